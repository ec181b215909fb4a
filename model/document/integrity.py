"""What a document must hold beyond SQLite's own integrity: values of the declared types, one response per
indicator of its catalogue. Checked once when it is opened, so no reader meets a blob where it expects text.

SQLite stores any value in any column (a TEXT column takes a blob, an INTEGER column takes 'abc'); our own
writes never do that, so such a value comes from a damaged or hostile file. The rules are derived from the
schema itself (declared type and NOT NULL of every column), plus the forms that a type cannot express:
dates, the JSON lists.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

from model.document import store
from model.errors import DocumentError

LOGGER = "teia"
_DATE = "[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]"
# Columns whose text has a form; the SQL is true when the value is acceptable (NULL where the column allows it).
_FORMS = {
    ("action", "start_date"): f"start_date IS NULL OR (length(start_date) = 10 AND start_date GLOB '{_DATE}')",
    ("action", "due_date"): f"due_date IS NULL OR (length(due_date) = 10 AND due_date GLOB '{_DATE}')",
    # json_valid is false beyond SQLite's nesting limit (1,000), so a deeply nested list is refused here.
    # (Qualified names: inside the subquery, "value" and "type" would be json_each's own columns.)
    ("response", "criteria_met"): "CASE WHEN json_valid(response.criteria_met) AND json_type(response.criteria_met) = "
                                  "'array' THEN NOT EXISTS (SELECT 1 FROM json_each(response.criteria_met) AS j "
                                  "WHERE j.type != 'text') ELSE 0 END",
    ("meta", "value"): "meta.key != 'authors' OR CASE WHEN json_valid(meta.value) AND json_type(meta.value) = 'array' "
                       "THEN NOT EXISTS (SELECT 1 FROM json_each(meta.value) AS j WHERE j.type != 'text') ELSE 0 END",
    ("attachment", "size"): "size >= 0",
}
_TYPE_NAMES = {"text": "text", "integer": "a whole number", "blob": "binary data", "real": "a number",
               "null": "nothing"}


def _rules(version: int) -> dict[str, list[tuple[str, str, str]]]:
    """Per table: (column, SQL true when the value is acceptable, what is expected)."""
    rules: dict[str, list[tuple[str, str, str]]] = {}
    for name, layout in store.expected_layout(version).items():
        if not layout or len(layout[0]) != 6:  # an index (index_info has 3 fields)
            continue
        table = []
        for _cid, column, declared, notnull, _default, pk in layout:
            kind = declared.lower()
            if pk and kind == "integer":
                continue  # the rowid: always an integer
            # "=" and "IS NULL OR", not "typeof(...) IN (...)": the same rule, evaluated in 60 % of the time
            # (20,000 actions of 20 columns each are checked on every open).
            condition = f"typeof({column}) = '{kind}'"
            if not (notnull or pk):
                condition = f"{column} IS NULL OR {condition}"
            form = _FORMS.get((name, column))
            if form:
                condition = f"({condition}) AND ({form})"
            table.append((column, condition, _TYPE_NAMES.get(kind, kind)))
        rules[name] = table
    return rules


def check_values(con: sqlite3.Connection, path: Path, version: int) -> None:
    """Refuse a document holding a value of the wrong type or form, naming the first one (one line)."""
    for table, columns in _rules(version).items():
        if not columns:
            continue
        cases = " ".join(f"WHEN NOT ({condition}) THEN {index}" for index, (_c, condition, _e) in enumerate(columns))
        sql = f"SELECT rowid, CASE {cases} END AS bad FROM {table} WHERE bad IS NOT NULL LIMIT 1"
        try:
            row = con.execute(sql).fetchone()
        except sqlite3.DatabaseError as exc:
            raise store.damaged(path, str(exc)) from None
        if row is not None:
            column, _condition, expected = columns[row[1]]
            logging.getLogger(LOGGER).warning("%s: bad value in %s.%s, row %s", path, table, column, row[0])
            raise DocumentError("bad_values", file=str(path), table=table, column=column, row=row[0],
                                expected=expected)


class FullCheck:
    """SQLite's full integrity_check of a document opened after quick_check only (Assessment.open with
    ``full_check_later``): run once, on a connection of its own, by a worker thread (the window starts one) or
    else by the first write. Every write of the document waits for it (DocumentCore._check_writable), and a
    file that fails it is never written to: each write raises the problem found ("damaged_later")."""

    def __init__(self, path: Path, source: Path) -> None:
        self.path, self._source = path, source
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._started = False
        self._cancelled = False
        self._con: sqlite3.Connection | None = None
        self.problem: DocumentError | None = None

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def run(self) -> DocumentError | None:
        """The check's outcome (None: the file is sound); the first caller runs it, later ones wait for it."""
        with self._lock:
            first, self._started = not self._started, True
        if not first:
            self._done.wait()
            return self.problem
        try:
            self.problem = self._check()
        finally:
            self._done.set()
        return self.problem

    def _check(self) -> DocumentError | None:
        try:
            con = store.connect(self._source, readonly=True)
        except sqlite3.Error as exc:  # not there or not readable any more: not known to be sound either
            return DocumentError("unreadable", file=str(self.path), detail=str(exc))
        try:
            with self._lock:
                if self._cancelled:
                    return None
                self._con = con
            try:
                result = [str(row[0]) for row in con.execute("PRAGMA integrity_check(5)").fetchall()]
            except sqlite3.DatabaseError as exc:
                if self._cancelled:  # interrupted by cancel(): the document is closed, nothing to report
                    return None
                return store.damaged(self.path, str(exc), kind="damaged_later")
        finally:
            with self._lock:
                self._con = None
            con.close()
        if result != ["ok"]:
            return store.damaged(self.path, "; ".join(result), kind="damaged_later")
        return None

    def cancel(self) -> None:
        """The document is closed: a check under way is interrupted and waited for; one not started never runs."""
        with self._lock:
            self._cancelled = True
            if self._con is not None:
                self._con.interrupt()
            started = self._started
        if started:
            self._done.wait()


def missing_responses(con: sqlite3.Connection, indicator_ids: list[str]) -> list[str]:
    """Indicators of the catalogue that have no response row (each must have exactly one)."""
    stored = {row[0] for row in con.execute("SELECT indicator_id FROM response")}
    return [ind_id for ind_id in indicator_ids if ind_id not in stored]


__all__ = ["FullCheck", "check_values", "missing_responses"]
