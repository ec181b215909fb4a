"""Fuzz the values inside a document and the limits of a catalogue (see test_fuzz.py for the byte-level targets).

Documents: a valid document with a value of every wrong type (blob, text that is not UTF-8, huge integer,
real, NULL, deeply nested JSON, a date that is no date) in every column of every table, CHECK constraints
ignored as a hostile file could: it must be refused with a DocumentError or open and read through.
Catalogues: one dimension at a time pushed to the limit the schema states (must be accepted) and one beyond
it (must be refused with a CatalogueError).
"""

from __future__ import annotations

import json
import sqlite3
import sys
from contextlib import closing
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from model.document import store
from model.catalogue import MAX_NUMBER_DIGITS, parse_catalogue
from model.errors import CatalogueError
from test_fuzz import FUZZ, OUTCOMES, _work_removed, check_document_bytes, real_document, work  # noqa: F401 - _work_removed: the folder removed after this module too

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from common import synthetic_catalogue_json  # noqa: E402

pytestmark = pytest.mark.slow


def _columns() -> list[tuple[str, str]]:
    return sorted((table, row[1]) for table, layout in store.expected_layout(store.SCHEMA_VERSION).items()
                  if layout and len(layout[0]) == 6 for row in layout)


COLUMNS = _columns()
WRONG_VALUES = st.one_of(
    st.binary(max_size=40).map(lambda raw: ("blob", raw)),
    st.binary(min_size=1, max_size=40).map(lambda raw: ("text bytes", raw)),  # stored as TEXT, maybe not UTF-8
    st.integers(-(2 ** 63), 2 ** 63 - 1).map(lambda n: ("value", n)),
    st.floats(allow_nan=True, allow_infinity=True).map(lambda x: ("value", x)),
    st.just(("value", None)),
    st.integers(1, 60_000).map(lambda depth: ("value", "[" * depth + "]" * depth)),
    st.sampled_from(["next Tuesday", "2024-13-45", "9999-99-99T99:99:99Z", "", "[1, 2]", "{\"a\": []}",
                     "[\"1.1.a\", 5]", "-1", "1e999"]).map(lambda text: ("value", text)),
)


def _filler(declared: str) -> object:
    return {"TEXT": "x", "INTEGER": 1, "BLOB": b"\0"}.get(declared.upper(), "x")


def wrong_value_document(table: str, column: str, kind: str, value: object) -> bytes | None:
    """The real document with ``value`` in every row of ``table.column`` (a row is added to an empty table);
    None when SQLite itself refuses to store it there (NOT NULL, UNIQUE)."""
    path = work() / "values.teia"
    path.write_bytes(real_document())
    layout = store.expected_layout(store.SCHEMA_VERSION)[table]
    try:
        with closing(sqlite3.connect(path, isolation_level=None)) as con:
            con.execute("PRAGMA ignore_check_constraints = ON")
            if con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0:
                needed = [(row[1], _filler(row[2])) for row in layout if row[3] and not row[5]]
                names = ", ".join(name for name, _ in needed) or None
                if names:
                    con.execute(f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(needed))})",
                                [v for _, v in needed])
                else:
                    con.execute(f"INSERT INTO {table} DEFAULT VALUES")
            if kind == "text bytes":
                con.execute(f"UPDATE {table} SET {column} = CAST(? AS TEXT)", (value,))
            else:
                con.execute(f"UPDATE {table} SET {column} = ?", (value,))
    except (sqlite3.IntegrityError, OverflowError):
        return None
    return path.read_bytes()


@FUZZ
@given(target=st.sampled_from(COLUMNS), wrong=WRONG_VALUES, readonly=st.booleans())
def test_document_loader_survives_wrong_values_in_every_column(target, wrong, readonly):
    data = wrong_value_document(*target, *wrong)
    if data is None:
        OUTCOMES[("document value", "not storable")] += 1
        return
    outcome = check_document_bytes(data, readonly)
    OUTCOMES[("document value", outcome.split(":")[0])] += 1


# ------------------------------------------------------------------------------------------ catalogue limits
@lru_cache(maxsize=1)
def _schema() -> dict:
    return json.loads((Path(store.__file__).parents[2] / "resources" / "catalogue" / "catalogue.schema.json")
                      .read_text(encoding="utf-8"))


def _limits() -> dict[str, int]:
    schema = _schema()
    defs = schema["$defs"]
    return {
        "areas": schema["properties"]["areas"]["maxItems"],
        "indicators": defs["area"]["properties"]["indicators"]["maxItems"],
        "criteria": defs["indicator"]["properties"]["criteria"]["maxItems"],
        "text": defs["text"]["properties"]["en"]["maxLength"],
        "identifier": 40,  # the identifier pattern: one character, then at most 39
        "version": schema["properties"]["version"]["maxLength"],
    }


def catalogue_at(dimension: str, size: int, surrogate: bool = False) -> str:
    if dimension == "areas":
        data = json.loads(synthetic_catalogue_json(size, 1, criteria=1))
    elif dimension == "indicators":
        data = json.loads(synthetic_catalogue_json(1, size, criteria=1))
    elif dimension == "criteria":
        data = json.loads(synthetic_catalogue_json(1, 1, criteria=1))
        criterion = data["areas"][0]["indicators"][0]["criteria"][0]
        data["areas"][0]["indicators"][0]["criteria"] = [{**criterion, "id": f"c{n}"} for n in range(size)]
    else:
        data = json.loads(synthetic_catalogue_json(1, 1, criteria=1))
        if dimension == "text":
            data["areas"][0]["indicators"][0]["statement"]["ky"] = "ң" * size
        elif dimension == "identifier":
            data["areas"][0]["indicators"][0]["id"] = "A" * size
        else:
            data["version"] = "7" * size
    text = json.dumps(data, ensure_ascii=False)
    if surrogate:
        text = text.replace('"version": "', '"version": "\\udc80', 1)
    return text


@FUZZ
@given(dimension=st.sampled_from(sorted(_limits())), beyond=st.booleans(), surrogate=st.booleans())
def test_catalogue_loader_at_and_beyond_the_limits(dimension, beyond, surrogate):
    text = catalogue_at(dimension, _limits()[dimension] + (1 if beyond else 0), surrogate)
    try:
        parse_catalogue(text, origin="limits.json")
        outcome = "accepted"
    except CatalogueError:
        outcome = "refused"
    OUTCOMES[("catalogue limit", f"{'beyond' if beyond or surrogate else 'at'} {outcome}")] += 1
    assert outcome == ("refused" if beyond or surrogate else "accepted"), (dimension, beyond, surrogate)


@FUZZ
@given(digits=st.integers(2, 6000), sign=st.booleans())  # 99 and more: beyond the largest level
def test_catalogue_loader_refuses_long_numbers_cleanly(digits, sign):
    number = ("-" if sign else "") + "9" * digits
    text = synthetic_catalogue_json(1, 1, criteria=1).replace('"value": 0', f'"value": {number}', 1)
    with pytest.raises(CatalogueError) as refused:
        parse_catalogue(text, origin="digits.json")
    OUTCOMES[("catalogue number", "refused")] += 1
    if digits > MAX_NUMBER_DIGITS:
        assert "digits" in str(refused.value)
