"""The answers of an assessment, one response per indicator: read, checked and changed with their history."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Any, Iterable

from model.catalogue import Indicator
from model.document import history
from model.document import store
from model.document.core import MAX_TEXT, SURROGATES, DocumentCore
from model.errors import DocumentError
from model.timeutil import now_iso, parse_iso

STATUSES = ("not_started", "draft", "complete", "carried_over")  # carried over: model.cycle.next_cycle
TEXT_FIELDS = ("description", "evidence", "gaps", "authority")
RESPONSE_FIELDS = ("level", "not_applicable", "criteria_met", "status", *TEXT_FIELDS, "target_level")
HISTORY_MERGE_SECONDS = 120


@dataclass(frozen=True)
class Response:
    indicator_id: str
    level: int | None = None
    not_applicable: bool = False
    criteria_met: tuple[str, ...] = ()
    status: str = "not_started"
    description: str = ""
    evidence: str = ""
    gaps: str = ""
    authority: str = ""
    target_level: int | None = None
    revision: int = 0
    updated_at: str | None = None
    updated_by: str | None = None

    @property
    def rated(self) -> bool:
        return self.level is not None or self.not_applicable

    def value(self, field: str) -> object:
        return getattr(self, field)


def _encode(field: str, value: object) -> object:
    if field == "criteria_met" and isinstance(value, (tuple, list)):  # update_response made it a tuple
        return json.dumps(list(value), ensure_ascii=False)
    if field == "not_applicable":
        return 1 if value else 0
    return value


class DocumentResponses(DocumentCore):
    """Reading, checking and changing the responses; also whether this file may change an indicator."""

    def _indicator(self, indicator_id: str) -> Indicator:
        indicator = self.catalogue.indicator(indicator_id)
        if indicator is None:
            raise DocumentError("unknown_indicator", indicator=indicator_id)
        return indicator

    def response(self, indicator_id: str) -> Response:
        self._indicator(indicator_id)
        known = self._cache.get(("response", indicator_id))
        if isinstance(known, Response):  # (only this method and update_response store this key)
            return known
        row = self._con.execute(f"SELECT {_COLUMNS} FROM response WHERE indicator_id = ?", (indicator_id,)).fetchone()
        response = _response(row) if row else Response(indicator_id)
        if row and not self.readonly:
            self._cache[("response", indicator_id)] = response
        return response

    def responses(self) -> dict[str, Response]:
        """Every indicator's response, in catalogue order: a dict of the caller's own. Remembered until the next
        write (see ``_cache``): opening a document shows them in the navigator and the overview at once."""
        known = self._cache.get("responses")
        if known is None:
            found = {row[0]: _response(row) for row in self._con.execute(f"SELECT {_COLUMNS} FROM response")}
            known = {ind_id: found.get(ind_id, Response(ind_id)) for ind_id in self.catalogue.indicator_ids()}
            if not self.readonly:
                self._cache["responses"] = known
        return dict(known)

    def editable(self, indicator_id: str) -> bool:
        """False for an indicator that this file, a contribution (model.merge.split), leaves to others."""
        row = self._meta_value("contribution_items")
        if row is None:
            return True
        try:
            return indicator_id in json.loads(row[0])
        except (json.JSONDecodeError, TypeError):
            return True

    def validate(self, indicator_id: str, **fields: object) -> dict[str, object]:
        """Check and normalise field values for an indicator; raises DocumentError('bad_value')."""
        indicator = self._indicator(indicator_id)
        clean: dict[str, object] = {}
        for field, value in fields.items():
            if field not in RESPONSE_FIELDS:
                raise DocumentError("bad_value", field=field, detail="unknown field")
            if field in ("level", "target_level"):
                if value is not None and (isinstance(value, bool) or value not in indicator.scale.values):
                    raise DocumentError("bad_value", field=field,
                                        detail=f"{value!r} is not a level of the scale {list(indicator.scale.values)}")
            elif field == "not_applicable":
                value = bool(value)
            elif field == "criteria_met":
                # a str is iterable too, but "c1" is no list of criteria; a number or None is not iterable at all
                items = list(value) if isinstance(value, Iterable) and not isinstance(value, str) else None
                if items is None or not all(isinstance(c, str) for c in items):
                    raise DocumentError("bad_value", field=field, detail="a list of criterion ids expected")
                value = tuple(dict.fromkeys(items))
                unknown = [c for c in value if c not in indicator.criterion_ids()]
                if unknown:
                    raise DocumentError("bad_value", field=field, detail=f"unknown criterion {unknown[0]}")
                value = tuple(c for c in indicator.criterion_ids() if c in value)
            elif field == "status":
                if value not in STATUSES:
                    raise DocumentError("bad_value", field=field, detail=f"{value!r} is not one of {STATUSES}")
            else:
                if not isinstance(value, str):
                    raise DocumentError("bad_value", field=field, detail="text expected")
                if len(value) > MAX_TEXT:
                    raise DocumentError("bad_value", field=field, detail=f"longer than {MAX_TEXT} characters")
                # NUL and lone surrogates (pasted from broken sources) cannot be stored as UTF-8 text.
                value = SURROGATES.sub("\ufffd", value.replace("\x00", ""))
            clean[field] = value
        return clean

    def update_response(self, indicator_id: str, *, source: str = "edit", **fields: object) -> Response:
        """Change fields of one response in one transaction, with a history entry per changed field.

        A level clears "not applicable" and the other way round; the first edit of a not-started
        indicator makes it a draft.
        """
        clean = self.validate(indicator_id, **fields)
        if not self.editable(indicator_id):
            raise DocumentError("not_yours", indicator=indicator_id)
        old = self.response(indicator_id)
        if clean.get("level") is not None:
            clean.setdefault("not_applicable", False)
        if clean.get("not_applicable"):
            clean.setdefault("level", None)
        # Any: each value has its field's type, checked by validate (what replace() below needs to know)
        changed: dict[str, Any] = {k: v for k, v in clean.items() if old.value(k) != v}
        if not changed:
            return old
        if old.status in ("not_started", "carried_over") and "status" not in changed:
            changed["status"] = "draft"  # an edit of a carried-over answer is its confirmation as a draft
        stamp = now_iso()
        assignments = ", ".join(f"{k} = ?" for k in changed)
        statements = [(
            f"UPDATE response SET {assignments}, revision = revision + 1, updated_at = ?, updated_by = ? "
            "WHERE indicator_id = ?",
            (*[_encode(k, v) for k, v in changed.items()], stamp, self.user, indicator_id),
        )]
        recorded = self._history(indicator_id, old, changed, stamp, source)
        statements += recorded
        kept = {key: value for key, value in self._cache.items()
                if key in (("meta", "final"), ("meta", "contribution_items"))}  # an edit does not change them
        last = self._cache.get("last_history_seen")
        self.write(statements)
        new = replace(old, **changed, revision=old.revision + 1, updated_at=stamp, updated_by=self.user)
        self._cache.update(kept)
        self._cache[("response", indicator_id)] = new
        sql, params = recorded[-1] if recorded else ("", ())
        if sql == history.EXTEND:  # the last row extended
            if isinstance(last, tuple):
                self._cache["last_history"] = (last[0], stamp, *last[2:])
        elif sql == history.INSERT and self._cache.get("last_rowid"):
            self._cache["last_history"] = (self._cache["last_rowid"], stamp, self.user, params[history.FIELD],
                                           indicator_id, source)
        return new

    def _history(self, indicator_id: str, old: Response, changed: dict[str, object], stamp: str,
                 source: str) -> list[store.Statement]:
        """History rows; typing in one field by one person within two minutes extends one row."""
        statements: list[store.Statement] = []
        last = self._cache.get("last_history")
        if last is None:
            last = self._con.execute(
                "SELECT id, at, by, field, indicator_id, source FROM history ORDER BY id DESC LIMIT 1").fetchone()
        self._cache["last_history_seen"] = last
        for field, value in changed.items():
            if field == "status" and len(changed) > 1 and old.status == "not_started":
                continue  # the automatic draft status is implied by the edit itself
            if (last and field in TEXT_FIELDS and last[3] == field and last[4] == indicator_id and last[2] == self.user
                    and last[5] == source == "edit" and _seconds_between(last[1], stamp) <= HISTORY_MERGE_SECONDS):
                statements.append(history.extended(last[0], stamp, value))
            else:
                statements.append(history.entry(stamp, self.user, field, indicator_id=indicator_id,
                                                old=old.value(field), new=value, source=source))
        return statements


_COLUMNS = ("indicator_id, level, not_applicable, criteria_met, status, description, evidence, gaps, authority, "
            "target_level, revision, updated_at, updated_by")


_new_response = object.__new__


def _response(row: store.Row) -> Response:
    if not row[3] or row[3] == "[]":
        criteria = []
    else:
        try:
            criteria = json.loads(row[3])
        except json.JSONDecodeError:
            criteria = []
    if not isinstance(criteria, list):
        criteria = []
    # Filled like Response(...) would, without its frozen __init__ (one object.__setattr__ per field): every
    # response is read each time the navigator or the overview is refreshed.
    response = _new_response(Response)
    response.__dict__.update(
        indicator_id=row[0], level=row[1] if isinstance(row[1], int) else None, not_applicable=bool(row[2]),
        criteria_met=tuple(str(c) for c in criteria), status=row[4] if row[4] in STATUSES else "draft",
        description=row[5] or "", evidence=row[6] or "", gaps=row[7] or "", authority=row[8] or "",
        target_level=row[9] if isinstance(row[9], int) else None, revision=int(row[10] or 0),
        updated_at=row[11], updated_by=row[12],
    )
    return response


def _seconds_between(earlier: str, later: str) -> float:
    a, b = parse_iso(earlier), parse_iso(later)
    if a is None or b is None:
        return float("inf")
    return (b - a).total_seconds()


__all__ = ["DocumentResponses", "Response", "STATUSES", "TEXT_FIELDS", "RESPONSE_FIELDS"]
