"""Write a merge plan's outcome into the assessment in one transaction: all of it, or nothing."""

from __future__ import annotations

import json
import uuid
from typing import Mapping

from model.document.assessment import Assessment
from model.errors import DocumentError
from model.merge import register as merge_register
from model.merge.plan import FieldChange, MergePlan, Side
from model.register import activities as register
from model.document.store import Statement
from model.timeutil import now_iso
from model.document.tracking import ACTION_FIELDS, INIT, LINKS, QUIET_OFF, QUIET_ON
from model.document import history

Statements = list[Statement]


def apply(doc: Assessment, plan: MergePlan, resolutions: Mapping[str, str] | None = None, *,
          default: str = "ours") -> int:
    """Apply every change and each conflict as resolved ("ours" or "theirs"; ``default`` for the rest).

    Returns how many changes and conflicts were written (a conflict kept as ours counts: the merge records
    that both versions were seen, so merging the same copy again finds nothing). Raises DocumentError
    ("stale") when the assessment changed since the plan was made.
    """
    resolutions = dict(resolutions or {})
    if any(v not in ("ours", "theirs") for v in (*resolutions.values(), default)):
        raise ValueError("a conflict is resolved as 'ours' or 'theirs'")
    if not plan.changes and not plan.history:
        return 0
    _check_still_current(doc, plan)
    stamp, source = now_iso(), f"merge: {plan.origin}"
    statements: Statements = [QUIET_ON]
    statements += [("INSERT OR IGNORE INTO contributor (id, name, short_name, contact, created_at) "
                    "VALUES (?, ?, ?, ?, ?)", row) for row in plan.contributors]
    statements += [("INSERT OR IGNORE INTO field_version (version, parent) VALUES (?, ?)", row)
                   for row in plan.versions]
    # Their history first, then what this merge did: the newest entry of a field says where it came from.
    statements += [history.entry(at, by, field, indicator_id=indicator_id, old=old, new=new, source=source,
                                 origin=origin or plan.origin, uid=uid)
                   for uid, at, by, indicator_id, field, old, new, source, origin in plan.history]
    applied = 0
    for change in plan.changes:
        take = not change.conflict or resolutions.get(change.key, default) == "theirs"
        if change.kind == "field" and change.record.startswith(merge_register.PREFIX):
            statements += _take_register_field(doc, change, stamp, doc.user, source) if take else _keep_field(change)
        elif change.kind == "field":
            statements += _take_field(change, stamp, doc.user, source) if take else _keep_field(change)
        elif change.kind == "new_activity":
            statements += _new_activity(doc, change, stamp, doc.user, source) if take else _keep_deleted(change)
        elif change.kind == "delete_activity":
            statements += _delete_activity(change, plan, stamp, doc.user, source) if take \
                else _keep_action(change, plan)
        elif change.kind == "new_action":
            statements += _new_action(change, stamp, doc.user, source) if take else _keep_deleted(change)
        elif change.kind == "delete_action":
            statements += _delete_action(change, plan, stamp, doc.user, source) if take else _keep_action(change, plan)
        elif change.kind == "attachment":
            statements += _attachment(change, stamp, doc.user, source)
        applied += 1
    statements += [("INSERT OR IGNORE INTO tombstone (record, deleted_at, deleted_by) VALUES (?, ?, ?)", row)
                   for row in plan.tombstones if not row[0].startswith(("a:", merge_register.PREFIX))]
    statements.append(QUIET_OFF)
    with doc.transaction():
        doc.write(statements)
    return applied


def _check_still_current(doc: Assessment, plan: MergePlan) -> None:
    states = {(r, f): v for r, f, v in doc.query("SELECT record, field, version FROM field_state")}
    uids = {row[0] for row in doc.query("SELECT uid FROM action")}
    activities = {a.uid for a in register.activities(doc)} if any(
        c.kind.endswith("_activity") for c in plan.changes) else set()
    for change in plan.changes:
        if change.kind == "field" and states.get((change.record, change.field), INIT) != change.ours.version:
            raise DocumentError("stale", file=plan.source, detail=f"{change.target} {change.field}")
        if change.kind in ("new_action", "delete_action") and (change.kind == "new_action") == (change.record[2:] in uids):
            raise DocumentError("stale", file=plan.source, detail=change.target)
        if change.kind.endswith("_activity") and (change.kind == "new_activity") == (change.record[2:] in activities):
            raise DocumentError("stale", file=plan.source, detail=change.target)


def _state(change: FieldChange, side: Side, version: str | None = None) -> Statement:
    return ("INSERT OR REPLACE INTO field_state (record, field, version, changed_at, changed_by, contributor_id) "
            "VALUES (?, ?, ?, ?, ?, ?)", (change.record, change.field, version or side.version, side.at or None,
                                          side.by, side.contributor_id))


def _history(change: FieldChange, stamp: str, user: str, source: str, field: str, old: object,
             new: object) -> Statement:
    indicator_id = change.record[2:] if change.record.startswith("r:") else None
    return history.entry(stamp, user, field, indicator_id=indicator_id, old=_text(old), new=_text(new), source=source,
                         origin=source[len("merge: "):])


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _take_field(change: FieldChange, stamp: str, user: str, source: str) -> Statements:
    theirs = change.theirs
    at, by = theirs.at or stamp, theirs.by
    if change.record.startswith("r:"):
        target = change.record[2:]
        statements: Statements = [(f"UPDATE response SET {change.field} = ?, revision = revision + 1, updated_at = ?, "
                       "updated_by = ? WHERE indicator_id = ?", (theirs.value, at, by, target))]
        label = change.field
    elif change.field == LINKS:
        uid = change.record[2:]
        statements = [("DELETE FROM action_indicator WHERE action_id = (SELECT id FROM action WHERE uid = ?)", (uid,))]
        statements += [("INSERT INTO action_indicator (action_id, indicator_id) SELECT id, ? FROM action WHERE uid = ?",
                        (indicator_id, uid)) for indicator_id in json.loads(str(theirs.value))]
        statements.append(("UPDATE action SET revision = revision + 1 WHERE uid = ?", (uid,)))
        label = f"action {uid[:8]}.{change.field}"
    else:
        uid = change.record[2:]
        statements = [(f"UPDATE action SET {change.field} = ?, revision = revision + 1, updated_at = ?, "
                       "updated_by = ? WHERE uid = ?", (theirs.value, at, by, uid))]
        label = f"action {uid[:8]}.{change.field}"
    statements.append(_state(change, theirs))
    statements.append(_history(change, stamp, user, source, label, change.ours.value, theirs.value))
    return statements


def _merged_version(ours: str, theirs: str) -> tuple[str, Statements]:
    """A version that descends from both: the conflict was seen and decided, and is not offered again."""
    version = uuid.uuid4().hex[:16]
    return version, [("INSERT OR IGNORE INTO field_version (version, parent) VALUES (?, ?)", (version, parent))
                     for parent in (ours, theirs)]


def _keep_field(change: FieldChange) -> Statements:
    version, statements = _merged_version(change.ours.version, change.theirs.version)
    return [*statements, _state(change, change.ours, version)]


def _new_action(change: FieldChange, stamp: str, user: str, source: str) -> Statements:
    values = change.data["values"]
    uid = change.record[2:]
    columns = ["uid", *ACTION_FIELDS, "created_at", "updated_at", "updated_by"]
    params = [uid, *(values[f] for f in ACTION_FIELDS), values["created_at"], stamp, change.theirs.by]
    statements: Statements = [(f"INSERT INTO action ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                               tuple(params))]
    statements += [("INSERT INTO action_indicator (action_id, indicator_id) SELECT id, ? FROM action WHERE uid = ?",
                    (indicator_id, uid)) for indicator_id in json.loads(str(values[LINKS]))]
    statements += [("INSERT OR REPLACE INTO field_state (record, field, version, changed_at, changed_by, "
                    "contributor_id) VALUES (?, ?, ?, ?, ?, ?)",
                    (change.record, field, side.version, side.at or None, side.by, side.contributor_id))
                   for field, side in change.data["states"].items()]
    statements.append(("DELETE FROM tombstone WHERE record = ?", (change.record,)))
    statements.append(history.entry(stamp, user, "action", new=values["title"], source=source,
                                    origin=source[len("merge: "):]))
    return statements


def _keep_deleted(change: FieldChange) -> Statements:
    """Their edits of an action deleted here were seen: each of its fields gets a version after both."""
    statements: Statements = []
    for field, side in change.data["states"].items():
        version, more = _merged_version(INIT, side.version)
        statements += more
        statements.append(("INSERT OR REPLACE INTO field_state (record, field, version, changed_at, changed_by, "
                           "contributor_id) VALUES (?, ?, ?, ?, ?, ?)",
                           (change.record, field, version, side.at or None, side.by, side.contributor_id)))
    return statements


def _tombstone(change: FieldChange, plan: MergePlan) -> Statement:
    row = next((t for t in plan.tombstones if t[0] == change.record), (change.record, change.theirs.at, change.theirs.by))
    return ("INSERT OR REPLACE INTO tombstone (record, deleted_at, deleted_by) VALUES (?, ?, ?)", tuple(row))


def _delete_action(change: FieldChange, plan: MergePlan, stamp: str, user: str, source: str) -> Statements:
    return [("DELETE FROM action WHERE uid = ?", (change.record[2:],)), _tombstone(change, plan),
            history.entry(stamp, user, "action", old=change.ours.value, source=source, origin=source[len("merge: "):])]


def _keep_action(change: FieldChange, plan: MergePlan) -> Statements:
    """Kept although deleted there: their tombstone is recorded here, so the deletion is not offered again."""
    return [_tombstone(change, plan)]


def _take_register_field(doc: Assessment, change: FieldChange, stamp: str, user: str, source: str) -> Statements:
    theirs = change.theirs
    uid = change.record[2:]
    statements = merge_register.take_field_statements(doc, uid, change.field, theirs.value, theirs.at or stamp,
                                                      theirs.by)
    statements.append(_state(change, theirs))
    statements.append(_history(change, stamp, user, source, f"register.{uid}.{change.field}",
                               merge_register.shown(change.field, change.ours.value),
                               merge_register.shown(change.field, theirs.value)))
    return statements


def _new_activity(doc: Assessment, change: FieldChange, stamp: str, user: str, source: str) -> Statements:
    uid = change.record[2:]
    statements = merge_register.new_activity_statements(doc, uid, change.data, stamp, change.theirs.by)
    statements += [("INSERT OR REPLACE INTO field_state (record, field, version, changed_at, changed_by, "
                    "contributor_id) VALUES (?, ?, ?, ?, ?, ?)",
                    (change.record, field, side.version, side.at or None, side.by, side.contributor_id))
                   for field, side in change.data["states"].items()]
    statements.append(("DELETE FROM tombstone WHERE record = ?", (change.record,)))
    statements.append(_history(change, stamp, user, source, f"register.{uid}.added", None, change.target))
    return statements


def _delete_activity(change: FieldChange, plan: MergePlan, stamp: str, user: str, source: str) -> Statements:
    uid = change.record[2:]
    return [("DELETE FROM activity WHERE uid = ?", (uid,)), _tombstone(change, plan),
            _history(change, stamp, user, source, f"register.{uid}.deleted", change.ours.value, None)]


def _attachment(change: FieldChange, stamp: str, user: str, source: str) -> Statements:
    data = change.data["data"]
    indicator_id = change.record[2:]
    return [("INSERT INTO attachment (indicator_id, name, size, sha256, data, added_at, added_by) "
             "VALUES (?, ?, ?, ?, ?, ?, ?)", (indicator_id, change.data["name"], len(data), change.data["sha256"],
                                              data, change.data["added_at"], change.data["added_by"])),
            _history(change, stamp, user, source, "attachment", None, change.data["name"])]
