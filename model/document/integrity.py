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
            allowed = [kind] if notnull or pk else [kind, "null"]
            condition = f"typeof({column}) IN ({', '.join(repr(a) for a in allowed)})"
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


def missing_responses(con: sqlite3.Connection, indicator_ids: list[str]) -> list[str]:
    """Indicators of the catalogue that have no response row (each must have exactly one)."""
    stored = {row[0] for row in con.execute("SELECT indicator_id FROM response")}
    return [ind_id for ind_id in indicator_ids if ind_id not in stored]


__all__ = ["check_values", "missing_responses"]
