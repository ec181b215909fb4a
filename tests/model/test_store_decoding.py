"""Text that is not UTF-8 in a document (damaged or hostile) reads as U+FFFD on every read path."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from model.document import actionplan
from model.document import store
from model.document.assessment import Assessment

BAD = "CAST(x'd09fd1ff' AS TEXT)"  # "П" then two bytes that are not UTF-8


def _document_with_actions(small_catalogue, doc_path, count: int = 30):
    with Assessment.create(doc_path, small_catalogue) as doc:
        for n in range(count):
            actionplan.add_action(doc, f"Действие ң {n}", ["1.1"])
        doc.update_response("1.2", description="Сүрөттөмө ө ү")
    return doc_path


def _spoil(path, sql: str) -> None:
    with closing(sqlite3.connect(path, isolation_level=None)) as con:
        con.execute(sql)


def test_a_clean_document_is_read_with_the_built_in_decoder(small_catalogue, doc_path):
    _document_with_actions(small_catalogue, doc_path)
    with Assessment.open(doc_path) as doc:
        assert len(actionplan.actions(doc)) == 30
        assert doc.response("1.2").description == "Сүрөттөмө ө ү"
        assert doc._con.text_factory is str  # no Python call per text cell


def test_a_bad_text_in_the_middle_of_a_fetchall_keeps_every_row(small_catalogue, doc_path):
    _document_with_actions(small_catalogue, doc_path)
    _spoil(doc_path, f"UPDATE action SET title = {BAD} WHERE id = 17")
    with Assessment.open(doc_path) as doc:
        titles = [a.title for a in actionplan.actions(doc)]
    assert len(titles) == 30
    assert titles[16] == "П\ufffd\ufffd"
    assert titles[15] == "Действие ң 15" and titles[17] == "Действие ң 17"


def test_a_bad_text_found_while_iterating_keeps_every_row(small_catalogue, doc_path):
    _document_with_actions(small_catalogue, doc_path)
    _spoil(doc_path, f"UPDATE response SET gaps = {BAD} WHERE indicator_id = '1.2'")
    with Assessment.open(doc_path) as doc:
        responses = doc.responses()  # iterates the cursor row by row
        assert set(responses) == {"1.1", "1.2", "B.1"}
        assert responses["1.2"].gaps == "П\ufffd\ufffd"
        assert responses["1.2"].description == "Сүрөттөмө ө ү"


def test_a_bad_text_in_the_first_row_and_fetchone(small_catalogue, doc_path):
    _document_with_actions(small_catalogue, doc_path)
    _spoil(doc_path, f"UPDATE response SET authority = {BAD} WHERE indicator_id = '1.1'")
    with Assessment.open(doc_path) as doc:
        assert doc.response("1.1").authority == "П\ufffd\ufffd"
        doc.update_response("1.1", authority="Оңдолду")
        assert doc.response("1.1").authority == "Оңдолду"


def test_fetchone_then_fetchall_and_fetchmany_after_a_bad_text(small_catalogue, doc_path):
    _document_with_actions(small_catalogue, doc_path)
    _spoil(doc_path, f"UPDATE action SET title = {BAD} WHERE id = 5")
    con = store.connect(doc_path, readonly=True)
    try:
        cursor = con.execute("SELECT id, title FROM action ORDER BY id")
        assert cursor.fetchone() == (1, "Действие ң 0")
        assert cursor.fetchmany(2) == [(2, "Действие ң 1"), (3, "Действие ң 2")]
        rest = cursor.fetchall()
        assert [r[0] for r in rest] == list(range(4, 31))
        assert rest[1] == (5, "П\ufffd\ufffd")
        con.text_factory = str
        cursor = con.execute("SELECT id, title FROM action ORDER BY id")
        assert cursor.fetchmany(3) == [(1, "Действие ң 0"), (2, "Действие ң 1"), (3, "Действие ң 2")]
        assert cursor.fetchmany(3) == [(4, "Действие ң 3"), (5, "П\ufffd\ufffd"), (6, "Действие ң 5")]
        assert len(cursor.fetchall()) == 24
    finally:
        con.close()


def test_other_errors_are_not_hidden(small_catalogue, doc_path):
    _document_with_actions(small_catalogue, doc_path)
    con = store.connect(doc_path, readonly=True)
    try:
        try:
            con.execute("SELECT no_such_column FROM action").fetchall()
        except sqlite3.OperationalError as exc:
            assert "no_such_column" in str(exc)
        else:
            raise AssertionError("a wrong query must still fail")
        assert con.text_factory is str
    finally:
        con.close()
