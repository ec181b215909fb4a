"""The national action plan: actions linked to indicators and the gaps they close (step 2 of the cycle)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from model.ids import new_uid
from model.document.assessment import Assessment, Response
from model.errors import DocumentError
from model import plan
from model.document.store import Row, Statement
from model.timeutil import now_iso
from model.document import history

PRIORITIES = ("high", "medium", "low")
ACTION_STATUSES = ("planned", "ongoing", "done", "cancelled")
OPEN_STATUSES = ("planned", "ongoing")
TEXT_FIELDS = ("title", "gap", "expected_result", "lead", "partners", "budget", "assistance_details",
               "progress_notes")
EDITABLE = (*TEXT_FIELDS, "target_level", "start_date", "due_date", "assistance_requested", "priority", "status",
            "indicator_ids")
MAX_TEXT = 50_000


@dataclass(frozen=True)
class Action:
    id: int
    uid: str
    title: str
    indicator_ids: tuple[str, ...] = ()
    gap: str = ""
    expected_result: str = ""
    target_level: int | None = None
    lead: str = ""
    partners: str = ""
    start_date: str | None = None  # ISO date, YYYY-MM-DD
    due_date: str | None = None
    budget: str = ""
    assistance_requested: bool = False
    assistance_details: str = ""
    priority: str = "medium"
    status: str = "planned"
    progress_notes: str = ""
    revision: int = 0
    created_at: str = ""
    updated_at: str = ""
    updated_by: str = ""

    def is_overdue(self, today: date | None = None) -> bool:
        if not self.due_date or self.status not in OPEN_STATUSES:
            return False
        return self.due_date < (today or date.today()).isoformat()

    @property
    def area_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(i.split(".")[0] for i in self.indicator_ids))


_COLUMNS = ("a.id, a.uid, a.title, a.gap, a.expected_result, a.target_level, a.lead, a.partners, a.start_date, "
            "a.due_date, a.budget, a.assistance_requested, a.assistance_details, a.priority, a.status, "
            "a.progress_notes, a.revision, a.created_at, a.updated_at, a.updated_by, "
            "(SELECT group_concat(indicator_id, char(31)) FROM action_indicator ai WHERE ai.action_id = a.id)")
_COLUMNS_WITHOUT_LINKS = _COLUMNS.rsplit(", (SELECT", 1)[0]


_new_action = object.__new__


def _action(row: Row) -> Action:
    (ident, uid, title, gap, expected, target, lead, partners, start, due, budget, assist, assist_details,
     priority, status, notes, revision, created, updated, by, links) = row
    # Filled like Action(...) would, without its frozen __init__ (one object.__setattr__ per field): plans
    # hold tens of thousands of actions and this is read whenever the plan or the overview is shown.
    action = _new_action(Action)
    action.__dict__.update(
        id=ident, uid=uid, title=title, indicator_ids=tuple(sorted(links.split("\x1f"))) if links else (), gap=gap,
        expected_result=expected, target_level=target if isinstance(target, int) else None, lead=lead,
        partners=partners, start_date=start, due_date=due, budget=budget, assistance_requested=bool(assist),
        assistance_details=assist_details, priority=priority, status=status, progress_notes=notes,
        revision=revision, created_at=created, updated_at=updated, updated_by=by,
    )
    return action


def actions(doc: Assessment) -> list[Action]:
    links = _links(doc)
    return [_action((*row, links.get(row[0]))) for row in _rows(doc)]


def _links(doc: Assessment) -> dict[int, str]:
    """Action id -> its indicator ids joined by U+001F."""
    # The links in one grouped query rather than a subquery per action (a third faster at 20,000 actions).
    return dict(doc.query("SELECT action_id, group_concat(indicator_id, char(31)) FROM action_indicator "
                          "GROUP BY action_id"))


def _rows(doc: Assessment) -> list[Row]:
    return doc.query(f"SELECT {_COLUMNS_WITHOUT_LINKS} FROM action a ORDER BY a.id")


def action(doc: Assessment, action_id: int) -> Action:
    rows = doc.query(f"SELECT {_COLUMNS} FROM action a WHERE a.id = ?", (action_id,))
    if not rows:
        raise DocumentError("bad_value", field="action", detail=f"no action {action_id}")
    return _action(rows[0])


def actions_for(doc: Assessment, indicator_id: str) -> list[Action]:
    rows = doc.query(f"SELECT {_COLUMNS} FROM action a WHERE a.id IN "
                     "(SELECT action_id FROM action_indicator WHERE indicator_id = ?) ORDER BY a.id", (indicator_id,))
    return [_action(r) for r in rows]


def _validate(doc: Assessment, values: dict[str, object]) -> dict[str, object]:
    clean: dict[str, object] = {}
    for key, value in values.items():
        if key not in EDITABLE:
            raise DocumentError("bad_value", field=key, detail="unknown field")
        if key in TEXT_FIELDS:
            if not isinstance(value, str) or len(value) > MAX_TEXT:
                raise DocumentError("bad_value", field=key, detail="text expected")
            value = value.replace("\x00", "")
        elif key in ("start_date", "due_date"):
            if value in (None, ""):
                value = None
            else:
                try:
                    value = date.fromisoformat(str(value)).isoformat()
                except ValueError:
                    raise DocumentError("bad_value", field=key, detail=f"{value!r} is not a date (YYYY-MM-DD)") from None
        elif key == "priority" and value not in PRIORITIES:
            raise DocumentError("bad_value", field=key, detail=f"{value!r} is not one of {PRIORITIES}")
        elif key == "status" and value not in ACTION_STATUSES:
            raise DocumentError("bad_value", field=key, detail=f"{value!r} is not one of {ACTION_STATUSES}")
        elif key == "assistance_requested":
            value = bool(value)
        elif key == "target_level":
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10):
                raise DocumentError("bad_value", field=key, detail=f"{value!r} is not a level")
        elif key == "indicator_ids":
            # a str is iterable too, but "1.2" is no list of indicators; a number or None is not iterable at all
            items = list(value) if isinstance(value, Iterable) and not isinstance(value, str) else None
            if items is None or not all(isinstance(i, str) for i in items):
                raise DocumentError("bad_value", field=key, detail="a list of indicator ids expected")
            value = tuple(dict.fromkeys(items))
            for indicator_id in value:
                if doc.catalogue.indicator(indicator_id) is None:
                    raise DocumentError("unknown_indicator", indicator=indicator_id)
        clean[key] = value
    check_dates(clean.get("start_date"), clean.get("due_date"))
    return clean


def _pop_links(clean: dict[str, object]) -> tuple[str, ...] | None:
    """The indicator ids taken out of values checked by _validate (which makes them a tuple of str)."""
    links = clean.pop("indicator_ids", None)
    if links is None:
        return None
    if not isinstance(links, tuple):
        raise TypeError(f"indicator_ids not checked by _validate: {links!r}")
    return tuple(str(i) for i in links)


def validate(doc: Assessment, values: dict[str, object]) -> dict[str, object]:
    """Check an action's field values as add_action and update_action would; raises DocumentError."""
    return _validate(doc, values)


def check_dates(start: object, due: object) -> None:
    """An action cannot be due before it starts (ISO dates compare as text)."""
    if start and due and str(due) < str(start):
        raise DocumentError("due_before_start", start=start, due=due)


def add_action(doc: Assessment, title: str, indicator_ids: tuple[str, ...] | list[str] = (), *,
               source: str = "edit", uid: str | None = None, **values: object) -> Action:
    """A new action; ``uid`` is given by an import or a merge, whose repetition must find the same action."""
    clean = _validate(doc, {"title": title, "indicator_ids": tuple(indicator_ids), **values})
    links = _pop_links(clean) or ()
    uid = uid or new_uid()
    stamp = now_iso()
    columns = ["uid", "created_at", "updated_at", "updated_by", *clean]
    params = [uid, stamp, stamp, doc.user, *clean.values()]
    statements: list[Statement] = [
        (f"INSERT INTO action ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", tuple(params))]
    statements += [("INSERT INTO action_indicator (action_id, indicator_id) "
                    "SELECT id, ? FROM action WHERE uid = ?", (i, uid)) for i in links]
    statements.append(history.entry(stamp, doc.user, "action", indicator_id=links[0] if links else None, new=title,
                                    source=source))
    doc.write(statements)
    return _action(doc.query(f"SELECT {_COLUMNS} FROM action a WHERE a.uid = ?", (uid,))[0])


def update_action(doc: Assessment, action_id: int, *, source: str = "edit", **values: object) -> Action:
    old = action(doc, action_id)
    clean = _validate(doc, values)
    # One date changed alone (a cell of the plan) must still agree with the other, stored one.
    check_dates(clean.get("start_date", old.start_date), clean.get("due_date", old.due_date))
    changed = {k: v for k, v in clean.items() if getattr(old, k) != v}
    if not changed:
        return old
    stamp = now_iso()
    statements: list[Statement] = []
    links = _pop_links(changed)
    if changed:
        assignments = ", ".join(f"{k} = ?" for k in changed)
        statements.append((f"UPDATE action SET {assignments}, revision = revision + 1, updated_at = ?, updated_by = ? "
                           "WHERE id = ?", (*changed.values(), stamp, doc.user, action_id)))
    if links is not None:
        statements.append(("DELETE FROM action_indicator WHERE action_id = ?", (action_id,)))
        statements += [("INSERT INTO action_indicator (action_id, indicator_id) VALUES (?, ?)", (action_id, i))
                       for i in links]
        if not changed:
            statements.append(("UPDATE action SET revision = revision + 1, updated_at = ?, updated_by = ? WHERE id = ?",
                               (stamp, doc.user, action_id)))
        changed["indicator_ids"] = links
    for key, value in changed.items():
        statements.append(history.entry(stamp, doc.user, f"action {old.uid[:8]}.{key}", old=getattr(old, key),
                                        new=value, source=source))
    doc.write(statements)
    return action(doc, action_id)


def delete_action(doc: Assessment, action_id: int, *, source: str = "edit") -> None:
    old = action(doc, action_id)
    doc.write([
        ("DELETE FROM action WHERE id = ?", (action_id,)),
        history.entry(now_iso(), doc.user, "action", old=old.title, source=source),
    ])


def restore_action(doc: Assessment, snapshot: Action, *, source: str = "undo") -> Action:
    """Put a deleted action back exactly as it was (same number, uid, fields and links): undoing a delete,
    or redoing an add, must give back the action that later undo steps (cell edits) refer to."""
    if doc.query("SELECT 1 FROM action WHERE id = ? OR uid = ?", (snapshot.id, snapshot.uid)):
        raise DocumentError("bad_value", field="action", detail=f"action {snapshot.id} exists already")
    clean = _validate(doc, {key: getattr(snapshot, key) for key in EDITABLE})
    links = _pop_links(clean) or ()
    stamp = now_iso()
    columns = ["id", "uid", "revision", "created_at", "updated_at", "updated_by", *clean]
    params = [snapshot.id, snapshot.uid, snapshot.revision + 1, snapshot.created_at or stamp, stamp, doc.user,
              *clean.values()]
    statements: list[Statement] = [
        (f"INSERT INTO action ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", tuple(params))]
    statements += [("INSERT INTO action_indicator (action_id, indicator_id) VALUES (?, ?)", (snapshot.id, i))
                   for i in links]
    statements.append(history.entry(stamp, doc.user, "action", indicator_id=links[0] if links else None,
                                    new=snapshot.title, source=source))
    doc.write(statements)
    return action(doc, snapshot.id)


def draft_for_gap(doc: Assessment, indicator_id: str, response: Response | None = None) -> dict[str, object]:
    """The fields a new action for an indicator's gap starts with: the link, the gap text, the indicator's
    responsible authority as lead, and a target one level above the current one (within the scale; none when
    the indicator is unrated or not applicable). ``response`` may carry typing not yet written."""
    indicator = doc.catalogue.indicator(indicator_id)
    if indicator is None:
        raise DocumentError("unknown_indicator", indicator=indicator_id)
    response = response or doc.response(indicator_id)
    target = None
    if not response.not_applicable and response.level is not None:
        higher = [v for v in indicator.scale.values if v > response.level]
        target = min(higher) if higher else response.level
    return {"title": "", "indicator_ids": (indicator_id,), "gap": response.gaps, "lead": response.authority,
            "target_level": target}


def target_level(doc: Assessment, indicator_id: str) -> int:
    """The level the country aims for: set per indicator, otherwise the highest of its scale."""
    indicator = doc.catalogue.indicator(indicator_id)
    if indicator is None:
        raise DocumentError("unknown_indicator", indicator=indicator_id)
    return plan.target_for(indicator, doc.response(indicator_id))


def gaps(doc: Assessment, responses: Mapping[str, Response] | None = None) -> list[str]:
    """Rated indicators below their target level (not-applicable and unrated ones excluded)."""
    responses = responses if responses is not None else doc.responses()  # one query, not one per indicator
    return [indicator.id for indicator in doc.catalogue.indicators()
            if plan.gap_state(indicator, responses[indicator.id]) == plan.GAP]


def gaps_without_actions(doc: Assessment, responses: Mapping[str, Response] | None = None) -> list[str]:
    # Per linked indicator, stop at its first action not cancelled (through the indicator's index), rather than
    # joining every link to its action: a quarter of the time with 20,000 actions.
    linked = {row[0] for row in doc.query(
        "SELECT d.indicator_id FROM (SELECT DISTINCT indicator_id FROM action_indicator) d WHERE EXISTS "
        "(SELECT 1 FROM action_indicator ai JOIN action a ON a.id = ai.action_id "
        "WHERE ai.indicator_id = d.indicator_id AND a.status != 'cancelled')")}
    return [i for i in gaps(doc, responses) if i not in linked]


def counts_by_status(doc: Assessment) -> dict[str, int]:
    found: dict[str, int] = dict(doc.query("SELECT status, COUNT(*) FROM action GROUP BY status"))
    return {status: int(found.get(status, 0)) for status in ACTION_STATUSES}


def overdue_count(doc: Assessment, today: date | None = None) -> int:
    day = (today or date.today()).isoformat()
    return int(doc.query("SELECT COUNT(*) FROM action WHERE due_date < ? AND status IN ('planned', 'ongoing')",
                         (day,))[0][0])


def overdue(doc: Assessment, today: date | None = None) -> list[Action]:
    day = (today or date.today()).isoformat()
    rows = doc.query(f"SELECT {_COLUMNS} FROM action a WHERE a.due_date < ? AND a.status IN ('planned', 'ongoing') "
                     "ORDER BY a.due_date", (day,))
    return [_action(r) for r in rows]
