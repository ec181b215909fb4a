"""Every computed figure of the register: each activity's and each cluster's quantity test, and the counts
the overview offers as evidence for the indicators."""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from datetime import date

from collections.abc import Iterable

from model.document.assessment import Assessment
from model.register.activities import Activity
from model.register.annex1 import Annex1
from model.register.calculator import Result, calculate, calculate_cluster

# The counts of the overview, in the order shown, and the indicators each supports as evidence.
COUNTS = ("identified", "meets_annex_i", "transboundary", "notified", "safety_report", "offsite_plan",
          "inspected_this_year", "public_informed")
SUPPORTS: dict[str, tuple[str, ...]] = {
    "identified": ("1.2", "1.5"), "meets_annex_i": ("1.3", "1.5"), "transboundary": ("1.4", "1.5", "1.6"),
    "notified": ("2.1", "2.5"), "safety_report": ("3.2", "3.3"), "offsite_plan": ("4.2", "4.3"),
    "inspected_this_year": ("3.4",), "public_informed": ("6.1", "6.2"),
}


@dataclass(frozen=True)
class RegisterFigures:
    annex: Annex1
    results: dict[str, Result]  # activity uid -> its result
    clusters: dict[str, Result]  # cluster id -> the result of its activities together
    counts: dict[str, int]
    as_of: str  # ISO date the counts were made on

    def meets(self, uid: str) -> bool:
        return self.results[uid].meets


def compute(activities: list[Activity], annex: Annex1, today: date | None = None, *,
            known: dict[str, Result] | None = None, known_clusters: dict[str, Result] | None = None) -> RegisterFigures:
    """Every figure; ``known`` and ``known_clusters`` hold results already made for activities and clusters that
    did not change (not made again)."""
    today = today or date.today()
    known, known_clusters = known or {}, known_clusters or {}
    results = {a.uid: known.get(a.uid) or calculate(a.substances, annex) for a in activities}
    members: dict[str, list[Activity]] = {}
    for activity in activities:
        cluster = str(activity.values.get("cluster") or "")
        if cluster:
            members.setdefault(cluster, []).append(activity)
    clusters = {cid: known_clusters.get(cid) or calculate_cluster([a.substances for a in group], annex)
                for cid, group in sorted(members.items()) if len(group) > 1}
    year = str(today.year)
    counts = dict.fromkeys(COUNTS, 0)
    for activity in activities:
        values = activity.values
        counts["identified"] += 1
        counts["meets_annex_i"] += results[activity.uid].meets
        counts["transboundary"] += values.get("transboundary") == "yes"
        counts["notified"] += bool(values.get("notified_on"))
        counts["safety_report"] += bool(values.get("safety_report_on"))
        counts["offsite_plan"] += bool(values.get("offsite_plan_on"))
        counts["inspected_this_year"] += str(values.get("last_inspection_on") or "")[:4] == year
        counts["public_informed"] += bool(values.get("public_info_on"))
    return RegisterFigures(annex, results, clusters, counts, today.isoformat())


# Assessment -> (its state, figures)
_CACHE: weakref.WeakKeyDictionary[Assessment, tuple[tuple[int, date], RegisterFigures]] = weakref.WeakKeyDictionary()


def after_edit(figures: RegisterFigures, activities: list[Activity], changed: str, before: Activity | None = None,
               today: date | None = None) -> RegisterFigures:
    """The figures once the activity ``changed`` (``before`` as it was) was edited: only its own calculation and
    those of the clusters it left or joined are made again, so an edit stays quick with 5,000 activities."""
    known = {uid: result for uid, result in figures.results.items() if uid != changed}
    now = next((a for a in activities if a.uid == changed), None)
    touched = {str(x.values.get("cluster") or "") for x in (before, now) if x is not None}
    if before is None:
        touched = set(figures.clusters)  # not known what it was: every cluster is made again
    known_clusters = {cid: result for cid, result in figures.clusters.items() if cid not in touched}
    return compute(activities, figures.annex, today, known=known, known_clusters=known_clusters)


def figures_of(doc: Assessment, today: date | None = None) -> RegisterFigures:
    """Every figure of the document's register, computed again only when the document changed since (the
    overview asks on every refresh; 5,000 activities take half a second)."""
    from model.register import activities as register

    today = today or date.today()
    key = (doc.change_count(), today)
    cached = _CACHE.get(doc)
    if cached is not None and cached[0] == key:
        return cached[1]
    figures = compute(register.activities(doc), register.annex_for(doc), today)
    _CACHE[doc] = (key, figures)
    return figures


def supported(key: str, indicator_ids: Iterable[str]) -> tuple[str, ...]:
    """The indicators of a catalogue (its ids) that the count ``key`` is offered to as evidence."""
    known = set(indicator_ids)
    return tuple(i for i in SUPPORTS[key] if i in known)


def with_evidence_line(evidence: str, line: str) -> str:
    """The evidence with ``line`` added as its last line; unchanged when that very line is already there
    (a second click on the same figure of the same day adds nothing)."""
    if line in (old.strip() for old in evidence.splitlines()):
        return evidence
    return f"{evidence.rstrip()}\n{line}" if evidence.strip() else line


def activity_json(activity: Activity, result: Result) -> dict[str, object]:
    """One activity for ``register FILE --json`` (the keys the issue lists, exactly)."""
    return {
        "id": activity.uid, "name": activity.values.get("name", ""), "operator": activity.values.get("operator", ""),
        "meets_annex_i": result.meets, "s_health": round(result.s("health"), 6),
        "s_physical": round(result.s("physical"), 6), "s_environment": round(result.s("environment"), 6),
        "max_ratio": round(result.max_ratio, 6), "governing_entry": result.governing_entry,
        "substances": [{"name": s.name, "named_entry": s.named_id, "categories": list(s.categories),
                        "quantity_t": s.quantity_t, "cas": s.cas, "form": s.form} for s in activity.substances],
    }
