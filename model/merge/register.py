"""The register of hazardous activities in a merge: activities matched by their key (uid), each field, the
substance table and the tailings block merged like the fields of responses and actions.

Their versions come from model.document.tracking (record "g:<uid>"; fields: the register's FIELDS, "substances",
"tailings"); an activity added on one side is offered as a new activity, one deleted there (a tombstone) as a
deletion, a conflict when the other side changed it since. What is taken is validated as the window's edits
are (model.register.activities), so a contribution cannot bring a value the register would refuse.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cached_property
from typing import Any

from model.document.assessment import Assessment
from model.register import activities as register
from model.register.activities import Activity
from model.register.calculator import SubstanceLine
from model.document.store import Statement

SUBSTANCES, TAILINGS = "substances", "tailings"
FIELDS = (*register.FIELDS, SUBSTANCES, TAILINGS)
PREFIX = "g:"


def substances_json(lines: Iterable[SubstanceLine]) -> str:
    return json.dumps([[x.name, x.named_id, list(x.categories), x.quantity_t, x.cas, x.form] for x in lines],
                      ensure_ascii=False)


def substances_from_json(text: str) -> tuple[SubstanceLine, ...]:
    return tuple(SubstanceLine(str(n), str(i), tuple(str(c) for c in cats), q, str(cas), str(form))
                 for n, i, cats, q, cas, form in json.loads(text))


def tailings_json(activity: Activity) -> str:
    return json.dumps({"parameters": activity.tailings, "checklist": activity.checklist}, ensure_ascii=False,
                      sort_keys=True)


class RegisterCopy:
    """One copy's register as a merge compares it (read once, all activities with their substances)."""

    def __init__(self, doc: Assessment) -> None:
        self.doc = doc

    @cached_property
    def activities(self) -> dict[str, Activity]:
        return {a.uid: a for a in register.activities(self.doc)}

    def value(self, uid: str, field: str) -> object:
        """What is compared and stored: a field's value, or the whole substance table / tailings block as JSON."""
        activity = self.activities[uid]
        if field == SUBSTANCES:
            return substances_json(activity.substances)
        if field == TAILINGS:
            return tailings_json(activity)
        return activity.values.get(field)

    def title(self, uid: str) -> str:
        activity = self.activities[uid]
        return str(activity.values.get("name") or activity.values.get("operator") or uid[:8])[:80]


def shown(field: str, value: object) -> object:
    """A value as a person reads it in the merge's preview ("Chlorine N10 30 t; …", not JSON)."""
    if not isinstance(value, str):
        return value
    if field == SUBSTANCES:
        return register.describe(substances_from_json(value))
    if field == TAILINGS:
        data = json.loads(value)
        return "; ".join(f"{k}: {v}" for k, v in sorted(data.get("parameters", {}).items())) + (
            f" (+{len(data.get('checklist', {}))})" if data.get("checklist") else "")
    return value


def snapshot_payload(activity: Activity) -> dict[str, Any]:
    return {"values": dict(activity.values), "substances": substances_json(activity.substances),
            "tailings": tailings_json(activity), "created_at": ""}


# ----------------------------------------------------------------- what applying writes
Statements = list[Statement]


def take_field_statements(doc: Assessment, uid: str, field: str, value: object, at: str, by: str) -> Statements:
    """Statements that set one merged field of activity ``uid`` to ``value`` (checked as an edit would be)."""
    touch = ("UPDATE activity SET revision = revision + 1, updated_at = ?, updated_by = ? WHERE uid = ?", (at, by, uid))
    if field == SUBSTANCES:
        lines = substances_from_json(str(value))
        return [("DELETE FROM activity_substance WHERE activity_id = (SELECT id FROM activity WHERE uid = ?)", (uid,)),
                *register._substance_statements(doc, "(SELECT id FROM activity WHERE uid = ?)", uid, lines), touch]
    if field == TAILINGS:
        return [*_tailings_statements(doc, uid, str(value)), touch]
    clean = register.validate({field: value})[field]
    return [(f"UPDATE activity SET {field} = ?, revision = revision + 1, updated_at = ?, updated_by = ? WHERE uid = ?",
             (register._stored(clean), at, by, uid))]


def _tailings_statements(doc: Assessment, uid: str, text: str) -> Statements:
    from model.register.tailings import builtin_method, clean_parameters

    data = json.loads(text)
    parameters = clean_parameters(data.get("parameters") or {}, builtin_method())
    checklist = data.get("checklist") or {}
    if not isinstance(checklist, dict):
        checklist = {}
    texts = [json.dumps(v, ensure_ascii=False, sort_keys=True) for v in (parameters, checklist)]
    return [("INSERT INTO tailings (activity_id, parameters, checklist) SELECT id, ?, ? FROM activity WHERE uid = ? "
             "ON CONFLICT (activity_id) DO UPDATE SET parameters = excluded.parameters, checklist = excluded.checklist",
             (*texts, uid))]


def new_activity_statements(doc: Assessment, uid: str, payload: dict[str, Any], at: str, by: str) -> Statements:
    """Statements that add their activity ``uid`` as it is there (values checked, substances checked)."""
    values = {**register._DEFAULTS, **register.validate(payload["values"])}
    columns = ", ".join(register._COLUMNS)
    statements: Statements = [(
        f"INSERT INTO activity (uid, {columns}, created_at, updated_at, updated_by) VALUES "
        f"(?, {', '.join('?' * len(register._COLUMNS))}, ?, ?, ?)",
        (uid, *[register._stored(values[c]) for c in register._COLUMNS], at, at, by))]
    statements += register._snapshot_statements(doc)
    statements += register._substance_statements(doc, "(SELECT id FROM activity WHERE uid = ?)", uid,
                                                 substances_from_json(payload["substances"]))
    if json.loads(payload["tailings"]) != {"parameters": {}, "checklist": {}}:
        statements += _tailings_statements(doc, uid, payload["tailings"])
    return statements
