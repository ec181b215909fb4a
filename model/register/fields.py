"""The fields of an activity in the register, declared once: name -> (kind, bounds or choices).

Apart from model.register.activities (which validates and stores them) so that opening a document can make its
change-tracking triggers (model.document.tracking) without importing the register's code and Annex I.
"""

from __future__ import annotations

SECTORS = ("chemical", "oil_gas", "pipeline", "mining", "energy", "water", "food", "metallurgy", "other")
STATUSES = ("existing", "proposed", "modified")
TRANSBOUNDARY = ("undecided", "yes", "no", "discussion")
DATE_FIELDS = ("notified_on", "reply_on", "consultations_on", "safety_report_on", "last_inspection_on",
               "next_inspection_on", "onsite_plan_on", "offsite_plan_on", "last_exercise_on", "public_info_on")
# name -> (kind, bounds or choices)
FIELDS: dict[str, tuple[str, object]] = {
    "name": ("text", None), "operator": ("text", None), "address": ("text", None),
    "registration_number": ("text", None), "sector": ("choice", SECTORS), "status": ("choice", STATUSES),
    "permit": ("text", None), "region": ("text", None), "district": ("text", None),
    "latitude": ("number", (-90.0, 90.0)), "longitude": ("number", (-180.0, 180.0)), "river_basin": ("text", None),
    "border_km": ("number", (0.0, 20_000.0)), "water_km": ("number", (0.0, 20_000.0)),
    "downstream_countries": ("text", None), "transboundary": ("choice", TRANSBOUNDARY),
    "affected_countries": ("text", None), "transboundary_reasons": ("text", None),
    **{name: ("date", None) for name in DATE_FIELDS},
    "seismic_zone": ("text", None), "flood": ("flag", None), "mudflow": ("flag", None), "landslide": ("flag", None),
    "cluster": ("text", None), "scope_note": ("text", None),
}

__all__ = ["DATE_FIELDS", "FIELDS", "SECTORS", "STATUSES", "TRANSBOUNDARY"]
