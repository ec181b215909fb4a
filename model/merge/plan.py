"""What merging another copy of the assessment would change: a three-way merge of field versions.

Both copies know, for every field that changed, its version and the versions it replaced (model.document.tracking).
For a field whose versions differ: if ours descends from theirs, ours is newer and kept; if theirs descends
from ours, theirs is taken; otherwise both changed it since they had it in common, and when the values
differ that is a conflict for a person to resolve. Actions are matched by their key, attachments by their
content; a deleted action is offered as a deletion, a conflict when the other side changed it since.

Longer than 400 lines: the three-way comparison of fields, actions and attachments reads both copies once and
is one algorithm; its application and the register's part are modules of their own (apply.py, register.py).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import tempfile
import threading
from dataclasses import dataclass, field
from functools import cached_property
from operator import itemgetter
from pathlib import Path
from typing import Any, NamedTuple

from model.document import contributors
from model.document import integrity
from model.document import store
from model.merge import register as merge_register
from model.document.assessment import Assessment
from model.errors import DocumentError
from model.document.tracking import ACTION_FIELDS, INIT, LINKS, RESPONSE_FIELDS


class Side(NamedTuple):
    """One copy's value of a field and who set it, when, for which contributor (a tuple: made by the ten thousand)."""

    value: object
    version: str = INIT
    by: str = ""
    at: str = ""
    contributor: str = ""  # the contributor's name, "" for the lead's own file
    contributor_id: str = ""


class FieldChange(NamedTuple):
    key: str  # "r:1.2:evidence", "a:<uid>:lead", "new:<uid>", "delete:<uid>", "file:<indicator>:<sha256>"
    kind: str  # "field", "new_action", "delete_action" or "attachment"
    record: str  # "r:1.2" or "a:<uid>"
    field: str
    target: str  # what a person recognises: "1.2" or "3. Title"
    ours: Side
    theirs: Side
    conflict: bool
    payload: dict[str, Any] | None = None  # a new action's row and versions, a file's bytes

    @property
    def data(self) -> dict[str, Any]:
        """The payload of a new action or activity or of an attachment, which each has."""
        if self.payload is None:
            raise ValueError(f"{self.key} carries no payload")
        return self.payload


@dataclass(frozen=True)
class MergePlan:
    source: str  # the other file's name
    origin: str  # who it comes from: the contributor, or the file
    changes: tuple[FieldChange, ...]
    versions: tuple[tuple[str, str], ...] = field(repr=False, default=())  # their (version, parent) we lack
    tombstones: tuple[store.Row, ...] = field(repr=False, default=())
    history: tuple[store.Row, ...] = field(repr=False, default=())  # their history rows we do not have
    contributors: tuple[store.Row, ...] = field(repr=False, default=())  # their contributors we do not have

    @property
    def conflicts(self) -> tuple[FieldChange, ...]:
        return tuple(c for c in self.changes if c.conflict)

    def summary(self) -> dict[str, int]:
        return {"changes": len(self.changes) - len(self.conflicts), "conflicts": len(self.conflicts),
                "new_actions": sum(c.kind == "new_action" for c in self.changes),
                "deleted_actions": sum(c.kind == "delete_action" for c in self.changes),
                "new_activities": sum(c.kind == "new_activity" for c in self.changes),
                "deleted_activities": sum(c.kind == "delete_activity" for c in self.changes),
                "attachments": sum(c.kind == "attachment" for c in self.changes),
                "history": len(self.history)}


class _Copy:
    """Everything of one copy the merge compares, read in a few queries (kept as rows: 20,000 actions)."""

    def __init__(self, doc: Assessment) -> None:
        self.doc = doc
        self.names = {c.id: c.label for c in contributors.contributors(doc)}
        self.contributor_rows = doc.query("SELECT id, name, short_name, contact, created_at FROM contributor")
        # (record, field) -> (version, changed_at, changed_by, contributor id)
        self.states = {(row[0], row[1]): row[2:] for row in doc.query(
            "SELECT record, field, version, changed_at, changed_by, contributor_id FROM field_state")}
        self.tombstones = {row[0]: row for row in doc.query("SELECT record, deleted_at, deleted_by FROM tombstone")}
        self.responses = {row[0]: row[1:] for row in doc.query(
            f"SELECT indicator_id, {', '.join(RESPONSE_FIELDS)} FROM response")}
        self.links: dict[int, list[str]] = {}
        for action_id, indicator_id in doc.query("SELECT action_id, indicator_id FROM action_indicator"):
            self.links.setdefault(action_id, []).append(indicator_id)
        self.action_rows = {row[1]: row for row in doc.query(
            f"SELECT id, uid, {', '.join(ACTION_FIELDS)}, created_at FROM action ORDER BY id")}
        self.numbers = {uid: n for n, uid in enumerate(self.action_rows, start=1)}
        self.files = {(i, s): (n, added_at, by) for i, s, n, added_at, by in doc.query(
            "SELECT indicator_id, sha256, name, added_at, added_by FROM attachment")}
        self.history_keys = {row[0] for row in doc.query("SELECT uid FROM history WHERE uid IS NOT NULL")}

    @cached_property
    def register(self) -> "merge_register.RegisterCopy":
        return merge_register.RegisterCopy(self.doc)

    @cached_property
    def version_rows(self) -> list[store.Row]:
        """Every (version, parent) of the copy's version graph, read once (the graph and the plan's list)."""
        return self.doc.query("SELECT version, parent FROM field_version")

    @cached_property
    def parents(self) -> dict[str, str | tuple[str, ...]]:
        """Version -> the version it replaced, or a tuple of them when it replaced several (a merged field);
        read only when both copies changed a field. Built by dict() of the rows, which most versions (one
        parent each) leave as they are; only a graph with merged fields is gone over again."""
        rows = self.version_rows
        parents: dict[str, str | tuple[str, ...]] = dict(rows)
        if len(parents) != len(rows):  # some version has several parents
            several: dict[str, list[str]] = {}
            for version, parent in rows:
                several.setdefault(version, []).append(parent)
            for version, found in several.items():
                if len(found) > 1:
                    parents[version] = tuple(found)
        return parents

    def action_value(self, uid: str, field_name: str) -> object:
        row = self.action_rows[uid]
        if field_name == LINKS:
            return json.dumps(sorted(self.links.get(row[0], ())))
        return row[_ACTION_INDEX[field_name]]

    def action_values(self, uid: str) -> dict[str, object]:
        values = {f: self.action_value(uid, f) for f in (*ACTION_FIELDS, LINKS)}
        values["created_at"] = self.action_rows[uid][-1]
        return values

    def title(self, uid: str) -> str:
        return str(self.action_rows[uid][_ACTION_INDEX["title"]])

    def side(self, record: str, field_name: str, value: object) -> Side:
        return self.side_of(self.states.get((record, field_name)), value)

    def side_of(self, state: store.Row | None, value: object) -> Side:
        if state is None:
            return Side(value)
        version, at, by, contributor_id = state
        # _make, not Side(...): tens of thousands are made, and the keyword-taking constructor is slow
        return _make_side((value, version, by or "", at or "", self.names.get(contributor_id, ""), contributor_id or ""))


_ACTION_INDEX = {f: i for i, f in enumerate(ACTION_FIELDS, start=2)}
_make_side = Side._make
_make_change = FieldChange._make
_BY_RECORD_AND_FIELD = itemgetter(FieldChange._fields.index("record"), FieldChange._fields.index("field"))


Graph = tuple["_Copy", ...]  # the copies whose version graphs (.parents) are searched together


def _descends(graph: Graph, version: str, ancestor: str) -> bool:
    """Whether ``ancestor`` is ``version`` or one of the versions it replaced."""
    if version == ancestor or ancestor == INIT:
        return True
    seen, todo = {version}, [version]
    maps = [copy.parents for copy in graph]
    while todo:
        current = todo.pop()
        for parents in maps:
            found = parents.get(current)
            if found is None:
                continue
            for parent in (found,) if type(found) is str else found:
                if parent == ancestor:
                    return True
                if parent not in seen:
                    seen.add(parent)
                    todo.append(parent)
    return False


def plan(ours_doc: Assessment, theirs_doc: Assessment, source: str, *, ours_copy: "_Copy | None" = None) -> MergePlan:
    """Compare ``theirs_doc`` with ``ours_doc``; raises DocumentError when it is not a copy of the same assessment.
    ``ours_copy``: ``ours_doc`` already read (read() reads it while the other file is being checked)."""
    ours_meta, theirs_meta = ours_doc.meta(), theirs_doc.meta()
    if ours_meta.get("document_id") != theirs_meta.get("document_id"):
        raise DocumentError("other_assessment", file=source)
    ours_cat, theirs_cat = ours_doc.catalogue, theirs_doc.catalogue
    if (ours_cat.id, ours_cat.version, ours_cat.sha256) != (theirs_cat.id, theirs_cat.version, theirs_cat.sha256):
        raise DocumentError("other_catalogue", file=source, detail=f"{theirs_cat.id} {theirs_cat.version}")
    ours = ours_copy if ours_copy is not None and ours_copy.doc is ours_doc else _Copy(ours_doc)
    theirs = _Copy(theirs_doc)
    parents: Graph = (ours, theirs)
    changes: list[FieldChange] = []

    # A field they never changed ("init" there) is kept as it is here, so only their changed fields are looked
    # at, and of those only the ones whose version differs from ours.
    response_index = {f: i for i, f in enumerate(RESPONSE_FIELDS)}
    for key, state in theirs.states.items():
        theirs_version = state[0]
        mine = ours.states.get(key)
        ours_version = mine[0] if mine else INIT
        if ours_version == theirs_version:
            continue
        record, field_name = key
        if record.startswith("r:"):
            indicator_id = target = record[2:]
            if indicator_id not in ours.responses or indicator_id not in theirs.responses:
                continue
            index = response_index[field_name]
            ours_value, theirs_value = ours.responses[indicator_id][index], theirs.responses[indicator_id][index]
        elif record.startswith("a:"):
            uid = record[2:]
            if uid not in ours.action_rows or uid not in theirs.action_rows:
                continue  # added or deleted on one side: see _action_changes
            ours_value, theirs_value = ours.action_value(uid, field_name), theirs.action_value(uid, field_name)
            target = ""
        elif record.startswith(merge_register.PREFIX):
            uid = record[2:]
            if uid not in ours.register.activities or uid not in theirs.register.activities \
                    or field_name not in merge_register.FIELDS:
                continue  # added or deleted on one side: see _activity_changes
            ours_value, theirs_value = ours.register.value(uid, field_name), theirs.register.value(uid, field_name)
            target = ours.register.title(uid)
        else:
            continue
        if ours_value == theirs_value:
            continue
        if ours_version == INIT:
            conflict = False  # changed only there: taken
        elif _descends(parents, ours_version, theirs_version):
            continue  # ours is the newer of the two: kept
        else:
            conflict = not _descends(parents, theirs_version, ours_version)
        if not target:
            target = f"{ours.numbers[uid]}. {ours.title(uid)}"[:80]
        changes.append(_make_change((f"{record}:{field_name}", "field", record, field_name, target,
                                     ours.side_of(mine, ours_value), theirs.side_of(state, theirs_value), conflict,
                                     None)))
    changes.sort(key=_BY_RECORD_AND_FIELD)
    changes += _action_changes(ours, theirs, parents)
    changes += _activity_changes(ours, theirs, parents)
    changes += _attachment_changes(ours, theirs)
    versions = tuple(theirs.version_rows)  # applied OR IGNORE
    history = tuple(theirs_doc.query(
        "SELECT uid, at, by, indicator_id, field, old, new, source, origin FROM history WHERE uid IS NOT NULL "
        "ORDER BY id"))
    history = tuple(row for row in history if row[0] not in ours.history_keys)
    known = {row[0] for row in ours.contributor_rows}
    origin = contributors.contribution(theirs_doc)
    return MergePlan(
        source=source, origin=origin.contributor.name if origin else source, changes=tuple(changes),
        versions=versions, tombstones=tuple(row for key, row in theirs.tombstones.items()
                                            if key not in ours.tombstones),
        history=history, contributors=tuple(r for r in theirs.contributor_rows if r[0] not in known))


_INIT_STATE = (INIT, None, "", "")


def _edited_since(copy: _Copy, other: _Copy, record: str, parents: Graph) -> bool:
    """Whether ``copy`` changed any field of ``record`` in a way ``other`` has not seen."""
    for (rec, field_name), state in copy.states.items():
        if rec == record:
            known = other.states.get((rec, field_name), _INIT_STATE)[0]
            if not _descends(parents, known, state[0]):
                return True
    return False


def _action_changes(ours: _Copy, theirs: _Copy, parents: Graph) -> list[FieldChange]:
    changes = []
    for uid in theirs.action_rows:
        if uid in ours.action_rows:
            continue
        record = f"a:{uid}"
        deleted_here = record in ours.tombstones
        if deleted_here and not _edited_since(theirs, ours, record, parents):
            continue  # deleted here after they had it, and not changed there since: stays deleted
        values = theirs.action_values(uid)
        title = str(values["title"])
        states = {f: theirs.side(r, f, None) for (r, f) in theirs.states if r == record}
        changes.append(FieldChange(
            f"new:{uid}", "new_action", record, "action", title[:80], Side(None),
            Side(title, by=states["title"].by if "title" in states else ""), conflict=deleted_here,
            payload={"values": values, "states": states}))
    for uid in ours.action_rows:
        record = f"a:{uid}"
        if uid in theirs.action_rows or record not in theirs.tombstones:
            continue  # made here after they had the copy: nothing to do
        if ours.tombstones.get(record) == theirs.tombstones[record]:
            continue  # their deletion was seen here and declined
        _, at, by = theirs.tombstones[record]
        title = ours.title(uid)
        changes.append(FieldChange(
            f"delete:{uid}", "delete_action", record, "delete", f"{ours.numbers[uid]}. {title}"[:80],
            Side(title), Side(None, by=by, at=at), conflict=_edited_since(ours, theirs, record, parents)))
    return changes


def _activity_changes(ours: _Copy, theirs: _Copy, parents: Graph) -> list[FieldChange]:
    """Hazardous activities added there (new, or a conflict when deleted here since) and deleted there."""
    changes = []
    mine, others = ours.register.activities, theirs.register.activities
    for uid, activity in others.items():
        record = f"{merge_register.PREFIX}{uid}"
        if uid in mine:
            continue
        deleted_here = record in ours.tombstones
        if deleted_here and not _edited_since(theirs, ours, record, parents):
            continue  # deleted here after they had it, and not changed there since: stays deleted
        states = {f: theirs.side(r, f, None) for (r, f) in theirs.states if r == record}
        title = theirs.register.title(uid)
        changes.append(FieldChange(
            f"new:{record}", "new_activity", record, "activity", title, Side(None),
            Side(title, by=activity.updated_by or "", at=activity.updated_at or ""), conflict=deleted_here,
            payload={**merge_register.snapshot_payload(activity), "states": states}))
    for uid in mine:
        record = f"{merge_register.PREFIX}{uid}"
        if uid in others or record not in theirs.tombstones:
            continue  # made here after they had the copy: nothing to do
        if ours.tombstones.get(record) == theirs.tombstones[record]:
            continue  # their deletion was seen here and declined
        _, at, by = theirs.tombstones[record]
        title = ours.register.title(uid)
        changes.append(FieldChange(
            f"delete:{record}", "delete_activity", record, "delete", title, Side(title), Side(None, by=by, at=at),
            conflict=_edited_since(ours, theirs, record, parents)))
    return changes


def _attachment_changes(ours: _Copy, theirs: _Copy) -> list[FieldChange]:
    changes = []
    for (indicator_id, sha256), (name, added_at, by) in theirs.files.items():
        record = f"f:{indicator_id}:{sha256}"
        if (indicator_id, sha256) in ours.files or record in ours.tombstones:
            continue
        changes.append(FieldChange(f"file:{indicator_id}:{sha256}", "attachment", f"r:{indicator_id}", "attachment",
                                   indicator_id, Side(None), Side(name, by=by, at=added_at), conflict=False,
                                   payload={"sha256": sha256}))
    return changes


def read(doc: Assessment, path: str | Path) -> MergePlan:
    """Plan the merge of the file at ``path`` into ``doc``; the file itself is only read (a copy is opened)."""
    path = Path(path)
    if path.resolve() == doc.path.resolve():
        raise DocumentError("same_file", file=path.name)
    application_id, version = store.read_header(path)
    if application_id != store.APPLICATION_ID:
        raise DocumentError("not_ours", file=str(path))
    with tempfile.TemporaryDirectory(prefix="teia-merge-") as folder:
        copy = Path(folder) / "other.teia"
        try:
            shutil.copyfile(path, copy)
        except OSError as exc:
            raise DocumentError("unreadable", file=str(path), detail=exc.strerror or str(exc)) from None
        if version < store.SCHEMA_VERSION:  # an older copy: migrated here, the file itself stays as it is
            from model.document import migrations

            migrations.upgrade(copy, version, keep_backup=False)
        # The other file is checked (SQLite's integrity check, on the other core: it holds no Python lock)
        # while our own document, checked when it was opened, is read; nothing of theirs is read before. The
        # check runs on the connection the plan then reads with, so its pages are read from the file once.
        con = _connect_copy(copy)
        check = _CopyCheck(con, copy)
        try:
            check.start()
            try:
                ours = _Copy(doc)
            finally:
                check.join()
            check.raise_found()
        except BaseException:
            con.close()
            raise
        with _open_copy(copy, doc, checked=con) as other:
            result = plan(doc, other, path.name, ours_copy=ours)
            if any(c.kind == "attachment" for c in result.changes):
                result = _with_file_data(result, other)
    return result


class _CopyCheck(threading.Thread):
    """The checks Assessment.open makes of a file (structure, then values), on ``con`` in a thread of their own
    (the caller does not use ``con`` until it has joined the thread); ``raise_found`` raises, in the caller's
    thread, what they found."""

    def __init__(self, con: sqlite3.Connection, copy: Path) -> None:
        super().__init__(name="teia-merge-check", daemon=True)
        self.con, self.copy = con, copy
        self.found: BaseException | None = None

    def run(self) -> None:
        try:
            _check_connection(self.con, self.copy)
        except BaseException as exc:  # handed to the caller's thread
            self.found = exc

    def raise_found(self) -> None:
        if self.found is not None:
            found, self.found = self.found, None
            raise found


def _connect_copy(copy: Path) -> sqlite3.Connection:
    try:
        return store.connect(copy, readonly=True)  # check_same_thread=False: checked in _CopyCheck's thread
    except sqlite3.Error as exc:
        raise DocumentError("damaged", file=str(copy), detail=str(exc)) from None


def _check_connection(con: sqlite3.Connection, copy: Path) -> None:
    version = store.read_header(copy)[1]
    store.verify_structure(con, copy, version)
    integrity.check_values(con, copy, version)  # a value of the wrong type would break the plan


def _open_copy(copy: Path, doc: Assessment, *, checked: sqlite3.Connection | None = None) -> Assessment:
    """The other file, checked as Assessment.open checks it (``checked``: a connection to it that _CopyCheck
    has checked, used from here on); its catalogue, when it is ours byte for byte, is not parsed again
    (validating a large catalogue is most of the time of opening it)."""
    con = checked if checked is not None else _connect_copy(copy)
    try:
        if checked is None:
            _check_connection(con, copy)
        row = con.execute("SELECT json FROM catalogue WHERE id = 1").fetchone()
        if row is None or not isinstance(row[0], str):
            raise DocumentError("damaged", file=str(copy), detail="no catalogue")
        if hashlib.sha256(row[0].encode("utf-8")).hexdigest() == doc.catalogue.sha256:
            return Assessment(copy, con, doc.catalogue, readonly=True)
    except (sqlite3.Error, DocumentError):
        con.close()
        raise
    con.close()
    return Assessment.open(copy, readonly=True)  # another catalogue: plan() says which


def _with_file_data(result: MergePlan, other: Assessment) -> MergePlan:
    changes = []
    for change in result.changes:
        if change.kind == "attachment":
            indicator_id = change.record[2:]
            row = other.query("SELECT name, data, added_at, added_by FROM attachment WHERE indicator_id = ? AND "
                              "sha256 = ? ORDER BY id LIMIT 1", (indicator_id, change.data["sha256"]))[0]
            change = FieldChange(change.key, change.kind, change.record, change.field, change.target, change.ours,
                                 change.theirs, change.conflict,
                                 payload={**(change.payload or {}), "name": row[0], "data": bytes(row[1]), "added_at": row[2],
                                          "added_by": row[3]})
        changes.append(change)
    return MergePlan(result.source, result.origin, tuple(changes), result.versions, result.tombstones,
                     result.history, result.contributors)
