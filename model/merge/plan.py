"""What merging another copy of the assessment would change: a three-way merge of field versions.

Both copies know, for every field that changed, its version and the versions it replaced (model.document.tracking).
For a field whose versions differ: if ours descends from theirs, ours is newer and kept; if theirs descends
from ours, theirs is taken; otherwise both changed it since they had it in common, and when the values
differ that is a conflict for a person to resolve. Actions are matched by their key, attachments by their
content; a deleted action is offered as a deletion, a conflict when the other side changed it since.

What goes over every field and every action is compared in SQL: the other copy (a private copy of the file,
checked as a document is opened) is attached read-only to our connection (Assessment.attached), and only the
fields whose versions differ, with the responses and actions they belong to, come into Python.

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

from model import collector
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


Parents = dict[str, str | tuple[str, ...]]  # version -> the version it replaced, or several (a merged field)


class _Copy:
    """What the merge reads of one copy by itself (its small tables and its version graph), each read once when
    first needed. What has a row per field or per action is compared in SQL instead (see _field_changes)."""

    def __init__(self, doc: Assessment) -> None:
        self.doc = doc

    @cached_property
    def names(self) -> dict[str, str]:
        return {c.id: c.label for c in contributors.contributors(self.doc)}

    @cached_property
    def contributor_rows(self) -> list[store.Row]:
        return self.doc.query("SELECT id, name, short_name, contact, created_at FROM contributor")

    @cached_property
    def tombstones(self) -> dict[str, store.Row]:
        return {row[0]: row for row in self.doc.query("SELECT record, deleted_at, deleted_by FROM tombstone")}

    @cached_property
    def files(self) -> dict[tuple[str, str], tuple[str, str, str]]:
        return {(i, s): (n, added_at, by) for i, s, n, added_at, by in self.doc.query(
            "SELECT indicator_id, sha256, name, added_at, added_by FROM attachment")}

    @cached_property
    def action_rows(self) -> dict[str, store.Row]:
        """Uid -> (id, uid, *ACTION_FIELDS) of every action, in the order they were added."""
        return {row[1]: row for row in self.doc.query(f"SELECT {_ACTION_COLUMNS} FROM action ORDER BY id")}

    @cached_property
    def numbers(self) -> dict[str, int]:
        """Action uid -> its number as the action plan shows it (1, 2, … in the order they were added)."""
        return {uid: n for n, uid in enumerate(self.action_rows, start=1)}

    @cached_property
    def response_rows(self) -> dict[str, store.Row]:
        """Indicator id -> (indicator_id, *RESPONSE_FIELDS)."""
        return {row[0]: row for row in self.doc.query(
            f"SELECT indicator_id, {', '.join(RESPONSE_FIELDS)} FROM response")}

    @cached_property
    def register(self) -> "merge_register.RegisterCopy":
        return merge_register.RegisterCopy(self.doc)

    @cached_property
    def version_rows(self) -> list[store.Row]:
        """Every (version, parent) of the copy's version graph, read once (the graph and the plan's list)."""
        return self.doc.query("SELECT version, parent FROM field_version")

    @cached_property
    def parents(self) -> Parents:
        """Version -> the version it replaced, or a tuple of them when it replaced several (a merged field);
        needed when both copies changed a field (ours is read while the other file is checked). Built by dict() of the rows, which most versions (one
        parent each) leave as they are; only a graph with merged fields is gone over again."""
        rows = self.version_rows
        parents: Parents = dict(rows)
        if len(parents) != len(rows):  # some version has several parents
            several: dict[str, list[str]] = {}
            for version, parent in rows:
                several.setdefault(version, []).append(parent)
            for version, found in several.items():
                if len(found) > 1:
                    parents[version] = tuple(found)
        return parents

    def side_of(self, state: store.Row | None, value: object) -> Side:
        """``value`` with the copy's (version, changed_at, changed_by, contributor id) of its field, or None."""
        if state is None:
            return Side(value)
        version, at, by, contributor_id = state
        # _make, not Side(...): tens of thousands are made, and the keyword-taking constructor is slow
        return _make_side((value, version, by or "", at or "", self.names.get(contributor_id, ""), contributor_id or ""))


_ACTION_COLUMNS = f"id, uid, {', '.join(ACTION_FIELDS)}"
_ACTION_INDEX = {f: i for i, f in enumerate(ACTION_FIELDS, start=2)}  # in a row (id, uid, *ACTION_FIELDS, …)
_make_side = Side._make
_make_change = FieldChange._make
_BY_RECORD_AND_FIELD = itemgetter(FieldChange._fields.index("record"), FieldChange._fields.index("field"))


Graph = tuple["_Copy", ...]  # the copies whose version graphs (.parents) are searched together


def _descends(graph: Graph, version: str, ancestor: str) -> bool:
    """Whether ``ancestor`` is ``version`` or one of the versions it replaced, in any of the copies' graphs."""
    return _reaches(_joined([copy.parents for copy in graph]), version, ancestor)


def _joined(maps: list[Parents]) -> Parents:
    """One parent map of several graphs: a version's parents in any of them (the copies share most versions,
    with the same parents, so the first map is copied and only versions the others know otherwise are added)."""
    joined = dict(maps[0])
    for parents in maps[1:]:
        shared = parents.keys() & joined.keys()
        for version in parents.keys() - shared:
            joined[version] = parents[version]
        for version in shared:
            found, known = parents[version], joined[version]
            if found != known:
                merged = dict.fromkeys((known,) if type(known) is str else known)
                merged.update(dict.fromkeys((found,) if type(found) is str else found))
                joined[version] = tuple(merged) if len(merged) > 1 else next(iter(merged))
    return joined


def _reaches(parents: Parents, version: str, ancestor: str) -> bool:
    """Whether ``ancestor`` is ``version`` or one of the versions it replaced (``parents``: see _joined)."""
    if version == ancestor or ancestor == INIT:
        return True
    seen, todo = {version}, [version]
    while todo:
        found = parents.get(todo.pop())
        if found is None:
            continue
        for parent in (found,) if type(found) is str else found:
            if parent == ancestor:
                return True
            if parent not in seen:
                seen.add(parent)
                todo.append(parent)
    return False


class _Versions:
    """Both copies' version graphs as one, read when a question first needs them (when both changed a field)."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph

    @cached_property
    def parents(self) -> Parents:
        return _joined([copy.parents for copy in self.graph])

    def descends(self, version: str, ancestor: str) -> bool:
        return version == ancestor or ancestor == INIT or _reaches(self.parents, version, ancestor)


# The comparison of every field state runs in SQL, with the other copy attached to ours' connection as "other"
# (read-only): only the fields whose versions differ come into Python. Ours' responses and actions are read
# while the other file is checked; theirs when a field of theirs differs (all once most do, each by its key
# otherwise). What SQL leaves out, Python would leave out too (equal bytes are equal text); what it hands over
# is compared again below, as before.
_CHANGED_STATES = (
    "SELECT t.record, t.field, t.version, t.changed_at, t.changed_by, t.contributor_id, "
    "o.version, o.changed_at, o.changed_by, o.contributor_id FROM other.field_state AS t "
    "LEFT JOIN main.field_state AS o ON o.record = t.record AND o.field = t.field "
    f"WHERE t.version IS NOT COALESCE(o.version, '{INIT}')")
_RESPONSE_INDEX = {f: i for i, f in enumerate(RESPONSE_FIELDS, start=1)}  # in a row (indicator_id, *RESPONSE_FIELDS)


def _field_changes(ours: _Copy, theirs: _Copy, versions: _Versions) -> list[FieldChange]:
    """Each field whose version differs, of a response, action or activity both copies have: taken when only
    they changed it or theirs descends from ours, kept when ours descends from theirs, otherwise a conflict
    (when the values differ at all). Rows: (record, field, their version, at, by, contributor id, ours)."""
    doc = ours.doc
    responses, actions, activities = [], [], []
    for row in doc.query(_CHANGED_STATES):
        prefix = row[0][:2]
        if prefix == "r:":
            responses.append(row)
        elif prefix == "a:":
            actions.append(row)
        elif prefix == merge_register.PREFIX:
            activities.append(row)
    found: list[tuple[store.Row, object, object, str]] = []  # (state row, our value, their value, target)
    if responses:
        mine, others = ours.response_rows, theirs.response_rows
        for row in responses:
            indicator_id, index = row[0][2:], _RESPONSE_INDEX.get(row[1])
            if indicator_id in mine and indicator_id in others and index is not None:
                found.append((row, mine[indicator_id][index], others[indicator_id][index], indicator_id))
    if actions:
        mine = ours.action_rows
        uids = list(dict.fromkeys(row[0][2:] for row in actions))
        # Reading all of theirs is quicker than looking each up once most are wanted.
        others = theirs.action_rows if 2 * len(uids) > len(mine) else {row[1]: row for row in doc.query(
            f"SELECT {_ACTION_COLUMNS} FROM other.action WHERE uid IN (SELECT value FROM json_each(?))",
            (json.dumps(uids),))}
        linked = [row[0][2:] for row in actions if row[1] == LINKS]
        if linked:  # the indicators an action serves, compared as the JSON list that is stored
            our_links = _links(doc, "main", [mine[uid][0] for uid in linked if uid in mine])
            their_links = _links(doc, "other", [others[uid][0] for uid in linked if uid in others])
        for row in actions:
            uid = row[0][2:]
            if uid not in mine or uid not in others:
                continue  # added or deleted on one side: see _action_changes
            ours_row, theirs_row = mine[uid], others[uid]
            if row[1] == LINKS:
                ours_value: object = json.dumps(sorted(our_links.get(ours_row[0], ())))
                theirs_value: object = json.dumps(sorted(their_links.get(theirs_row[0], ())))
            elif row[1] in _ACTION_INDEX:
                index = _ACTION_INDEX[row[1]]
                ours_value, theirs_value = ours_row[index], theirs_row[index]
            else:
                continue
            if ours_value != theirs_value:
                found.append((row, ours_value, theirs_value, f"{ours.numbers[uid]}. {ours_row[_TITLE]}"[:80]))
    for row in activities:
        uid, field_name = row[0][2:], row[1]
        if uid not in ours.register.activities or uid not in theirs.register.activities \
                or field_name not in merge_register.FIELDS:
            continue  # added or deleted on one side: see _activity_changes
        found.append((row, ours.register.value(uid, field_name), theirs.register.value(uid, field_name),
                      ours.register.title(uid)))
    changes: list[FieldChange] = []
    ours_names, theirs_names = ours.names, theirs.names
    for row, ours_value, theirs_value, target in found:
        record, field_name, theirs_version, ours_version = row[0], row[1], row[2], row[6]
        if ours_version is None:
            ours_version = INIT
        if ours_version == theirs_version or ours_value == theirs_value:
            continue
        if ours_version == INIT:
            conflict = False  # changed only there: taken
        elif versions.descends(ours_version, theirs_version):
            continue  # ours is the newer of the two: kept
        else:
            conflict = not versions.descends(theirs_version, ours_version)
        # _make, not Side(...): tens of thousands are made, and the keyword-taking constructor is slow
        if row[6] is None:
            ours_side = _make_side((ours_value, INIT, "", "", "", ""))
        else:
            ours_side = _make_side((ours_value, row[6], row[8] or "", row[7] or "", ours_names.get(row[9], ""),
                                    row[9] or ""))
        theirs_side = _make_side((theirs_value, theirs_version, row[4] or "", row[3] or "",
                                  theirs_names.get(row[5], ""), row[5] or ""))
        changes.append(_make_change((f"{record}:{field_name}", "field", record, field_name, target, ours_side,
                                     theirs_side, conflict, None)))
    changes.sort(key=_BY_RECORD_AND_FIELD)
    return changes


_TITLE = _ACTION_INDEX["title"]


def _links(doc: Assessment, schema: str, action_ids: list[int]) -> dict[int, list[str]]:
    """Action id -> the indicators it serves, of the copy ``schema`` ("main" or "other")."""
    links: dict[int, list[str]] = {}
    for action_id, indicator_id in doc.query(f"SELECT action_id, indicator_id FROM {schema}.action_indicator WHERE "
                                             "action_id IN (SELECT value FROM json_each(?))", (json.dumps(action_ids),)):
        links.setdefault(action_id, []).append(indicator_id)
    return links


def _states_of(doc: Assessment, schema: str, records: list[str]) -> dict[str, list[store.Row]]:
    """Record -> the field states of copy ``schema`` ("main" or "other") of those ``records``, each as (field,
    version, changed_at, changed_by, contributor id, the other copy's version of the field or None)."""
    if not records:
        return {}
    beside = "other" if schema == "main" else "main"
    found: dict[str, list[store.Row]] = {}
    for row in doc.query(
            f"SELECT s.record, s.field, s.version, s.changed_at, s.changed_by, s.contributor_id, x.version FROM "
            f"{schema}.field_state AS s LEFT JOIN {beside}.field_state AS x ON x.record = s.record AND x.field = "
            "s.field WHERE s.record IN (SELECT value FROM json_each(?)) ORDER BY s.rowid", (json.dumps(records),)):
        found.setdefault(row[0], []).append(row[1:])
    return found


def _edited_since(states: list[store.Row], versions: _Versions) -> bool:
    """Whether a copy changed any field of a record (its ``states``, from _states_of) in a way the other copy
    has not seen."""
    return any(not versions.descends(state[5] or INIT, state[1]) for state in states)


def plan(ours_doc: Assessment, theirs_doc: Assessment, source: str, *, ours_copy: "_Copy | None" = None) -> MergePlan:
    """Compare ``theirs_doc`` with ``ours_doc``; raises DocumentError when it is not a copy of the same assessment.
    ``ours_copy``: ``ours_doc`` already read (read() reads it while the other file is being checked). The file
    ``theirs_doc`` reads is attached to ``ours_doc``'s connection, read-only, while they are compared."""
    ours_meta, theirs_meta = ours_doc.meta(), theirs_doc.meta()
    if ours_meta.get("document_id") != theirs_meta.get("document_id"):
        raise DocumentError("other_assessment", file=source)
    ours_cat, theirs_cat = ours_doc.catalogue, theirs_doc.catalogue
    if (ours_cat.id, ours_cat.version, ours_cat.sha256) != (theirs_cat.id, theirs_cat.version, theirs_cat.sha256):
        raise DocumentError("other_catalogue", file=source, detail=f"{theirs_cat.id} {theirs_cat.version}")
    ours = ours_copy if ours_copy is not None and ours_copy.doc is ours_doc else _Copy(ours_doc)
    theirs = _Copy(theirs_doc)
    versions = _Versions((ours, theirs))
    with ours_doc.attached(theirs_doc.database_file(), "other"):
        changes = _field_changes(ours, theirs, versions)
        changes += _action_changes(ours, theirs, versions)
        changes += _activity_changes(ours, theirs, versions)
        # Their history rows that we do not have (by their key).
        history = tuple(ours_doc.query(
            "SELECT uid, at, by, indicator_id, field, old, new, source, origin FROM other.history AS h "
            "WHERE uid IS NOT NULL AND NOT EXISTS (SELECT 1 FROM main.history AS m WHERE m.uid = h.uid) ORDER BY id"))
    changes += _attachment_changes(ours, theirs)
    versions_rows = tuple(theirs.version_rows)  # applied OR IGNORE
    known = {row[0] for row in ours.contributor_rows}
    origin = contributors.contribution(theirs_doc)
    return MergePlan(
        source=source, origin=origin.contributor.name if origin else source, changes=tuple(changes),
        versions=versions_rows, tombstones=tuple(row for key, row in theirs.tombstones.items()
                                                 if key not in ours.tombstones),
        history=history, contributors=tuple(r for r in theirs.contributor_rows if r[0] not in known))


_THEIR_ACTION_COLUMNS = ", ".join(f"ta.{f}" for f in ACTION_FIELDS)
_GONE_THERE = "NOT EXISTS (SELECT 1 FROM other.action AS ta WHERE ta.uid = ma.uid)"


def _action_changes(ours: _Copy, theirs: _Copy, versions: _Versions) -> list[FieldChange]:
    """Their actions we do not have (new, or a conflict when deleted here since), ours they deleted."""
    changes = []
    query = ours.doc.query
    added = query(f"SELECT ta.id, ta.uid, {_THEIR_ACTION_COLUMNS}, ta.created_at FROM other.action AS ta WHERE NOT EXISTS "
                  "(SELECT 1 FROM main.action AS ma WHERE ma.uid = ta.uid) ORDER BY ta.id")
    states = _states_of(ours.doc, "other", [f"a:{row[1]}" for row in added])
    links = _links(ours.doc, "other", [row[0] for row in added]) if added else {}
    for row in added:
        uid = row[1]
        record = f"a:{uid}"
        deleted_here = record in ours.tombstones
        if deleted_here and not _edited_since(states.get(record, []), versions):
            continue  # deleted here after they had it, and not changed there since: stays deleted
        values: dict[str, object] = {f: row[i] for f, i in _ACTION_INDEX.items()}
        values[LINKS] = json.dumps(sorted(links.get(row[0], ())))
        values["created_at"] = row[-1]
        title = str(values["title"])
        sides = {state[0]: theirs.side_of(state[1:5], None) for state in states.get(record, [])}
        changes.append(FieldChange(
            f"new:{uid}", "new_action", record, "action", title[:80], Side(None),
            Side(title, by=sides["title"].by if "title" in sides else ""), conflict=deleted_here,
            payload={"values": values, "states": sides}))
    gone = query(f"SELECT ma.uid, ma.title FROM main.action AS ma WHERE {_GONE_THERE} AND EXISTS "
                 "(SELECT 1 FROM other.tombstone AS g WHERE g.record = 'a:' || ma.uid) ORDER BY ma.id")
    ours_states = _states_of(ours.doc, "main", [f"a:{row[0]}" for row in gone])
    for uid, title in gone:
        record = f"a:{uid}"
        if record not in theirs.tombstones:
            continue  # made here after they had the copy: nothing to do
        if ours.tombstones.get(record) == theirs.tombstones[record]:
            continue  # their deletion was seen here and declined
        _, at, by = theirs.tombstones[record]
        title = str(title)
        changes.append(FieldChange(
            f"delete:{uid}", "delete_action", record, "delete", f"{ours.numbers[uid]}. {title}"[:80],
            Side(title), Side(None, by=by, at=at),
            conflict=_edited_since(ours_states.get(record, []), versions)))
    return changes


def _activity_changes(ours: _Copy, theirs: _Copy, versions: _Versions) -> list[FieldChange]:
    """Hazardous activities added there (new, or a conflict when deleted here since) and deleted there."""
    changes = []
    mine, others = ours.register.activities, theirs.register.activities
    added = [uid for uid in others if uid not in mine]
    states = _states_of(ours.doc, "other", [f"{merge_register.PREFIX}{uid}" for uid in added])
    for uid in added:
        activity = others[uid]
        record = f"{merge_register.PREFIX}{uid}"
        deleted_here = record in ours.tombstones
        if deleted_here and not _edited_since(states.get(record, []), versions):
            continue  # deleted here after they had it, and not changed there since: stays deleted
        sides = {state[0]: theirs.side_of(state[1:5], None) for state in states.get(record, [])}
        title = theirs.register.title(uid)
        changes.append(FieldChange(
            f"new:{record}", "new_activity", record, "activity", title, Side(None),
            Side(title, by=activity.updated_by or "", at=activity.updated_at or ""), conflict=deleted_here,
            payload={**merge_register.snapshot_payload(activity), "states": sides}))
    gone = [uid for uid in mine if uid not in others and f"{merge_register.PREFIX}{uid}" in theirs.tombstones]
    ours_states = _states_of(ours.doc, "main", [f"{merge_register.PREFIX}{uid}" for uid in gone])
    for uid in gone:
        record = f"{merge_register.PREFIX}{uid}"
        if ours.tombstones.get(record) == theirs.tombstones[record]:
            continue  # their deletion was seen here and declined
        _, at, by = theirs.tombstones[record]
        title = ours.register.title(uid)
        changes.append(FieldChange(
            f"delete:{record}", "delete_activity", record, "delete", title, Side(title), Side(None, by=by, at=at),
            conflict=_edited_since(ours_states.get(record, []), versions)))
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
    # The plan is some 100,000 rows and tuples and no cycle (bench/merge_2000): the collector went over them,
    # and all else the program holds, several times while they were made (a quarter of the time).
    with collector.paused():
        return _read(doc, Path(path))


def _read(doc: Assessment, path: Path) -> MergePlan:
    if path.resolve() == doc.path.resolve():
        raise DocumentError("same_file", file=path.name)
    application_id, version = store.read_header(path)
    store.check_openable(path, application_id, version)  # before the copy: a newer, unknown or huge file is refused
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
        # while what the plan reads of our own document by itself (checked when it was opened) is read; nothing
        # of theirs is read before. The check runs on the connection the plan then reads with.
        con = _connect_copy(copy)
        check = _CopyCheck(con, copy)
        try:
            check.start()
            try:
                ours = _Copy(doc)
                for part in ("names", "contributor_rows", "tombstones", "files", "response_rows", "numbers", "parents"):
                    getattr(ours, part)
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
