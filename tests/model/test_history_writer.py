"""model.document.history, the one history writer: every change is recorded by one statement with every column."""

from __future__ import annotations

import re
from pathlib import Path

from model.document import actionplan, history
from model.document.assessment import Assessment

ROOT = Path(__file__).resolve().parents[2]
# "INSERT INTO history", also "insert or ignore into  history": any hand-written row of the history table
HAND_WRITTEN = re.compile(r"insert\s+(?:or\s+\w+\s+)?into\s+(?:main\.)?history\b", re.IGNORECASE)


def test_no_history_row_is_written_anywhere_but_the_history_writer():
    found = []
    for folder in ("model", "gui", "cli", "render"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path == ROOT / "model" / "document" / "history.py":
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if HAND_WRITTEN.search(line):
                    found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert found == [], "record changes with model.document.history.entry"


def test_the_guard_sees_the_ways_an_insert_can_be_spelt():
    for text in ('"INSERT INTO history (at) VALUES (?)"', "insert or ignore into history", "INSERT  INTO main.history"):
        assert HAND_WRITTEN.search(text), text
    assert not HAND_WRITTEN.search("SELECT * FROM history") and not HAND_WRITTEN.search("INSERT INTO history_x")


def _rows(doc: Assessment) -> list[tuple]:
    return doc.query("SELECT at, by, indicator_id, field, old, new, source, origin, uid FROM history ORDER BY id")


def test_an_entry_fills_every_column_and_the_document_gives_it_a_key(doc_path, small_catalogue):
    with Assessment.create(doc_path, small_catalogue, user="Айгүл") as doc:
        doc.write([history.entry("2026-12-02T04:00:00", "Айгүл", "gaps", indicator_id="1.1", old=None,
                                 new=("ң", "ө"), source="import: book.xlsx")])
        at, by, indicator_id, field, old, new, source, origin, uid = _rows(doc)[-1]
    assert (at, by, indicator_id, field, old, new, source, origin) == (
        "2026-12-02T04:00:00", "Айгүл", "1.1", "gaps", None, "ң, ө", "import: book.xlsx", "")
    assert uid  # the trigger of model.document.tracking keys a row written without one


def test_a_merge_keeps_the_key_and_origin_it_brings(doc_path, small_catalogue):
    with Assessment.create(doc_path, small_catalogue) as doc:
        doc.write([history.entry("2026-12-01T10:00:00", "Бакыт", "evidence", indicator_id="1.2", new="Law 12",
                                 source="merge: colleague.teia", origin="colleague.teia", uid="their-key-1")])
        assert _rows(doc)[-1][-2:] == ("colleague.teia", "their-key-1")


def test_typing_on_extends_the_last_entry_instead_of_adding_one(doc_path, small_catalogue):
    with Assessment.create(doc_path, small_catalogue) as doc:
        doc.update_response("1.1", description="Д")
        doc.update_response("1.1", description="Дамба")
        entries = [e for e in doc.history("1.1") if e.field == "description"]
        assert len(entries) == 1 and entries[0].new == "Дамба" and entries[0].old == ""
        row_id = doc.query("SELECT MAX(id) FROM history")[0][0]
        doc.write([history.extended(row_id, "2026-12-02T05:00:00", ["a", "b"])])
        assert doc.query("SELECT new, at FROM history WHERE id = ?", (row_id,))[0] == ("a, b", "2026-12-02T05:00:00")


def test_the_writers_record_through_it(doc_path, small_catalogue):
    """Creation, a meta edit, an action and its deletion: each a full row, in order, with its source."""
    with Assessment.create(doc_path, small_catalogue, title="Т", user="tester") as doc:
        doc.set_meta(title="Өзгөртүлгөн")
        added = actionplan.add_action(doc, "Дамбаны текшерүү", ["1.1"])
        actionplan.delete_action(doc, added.id)
        rows = [(r[2], r[3], r[4], r[5], r[6], r[7]) for r in _rows(doc)]
    assert rows[0] == (None, "created", None, "Т", "create", "")
    assert (None, "meta.title", "Т", "Өзгөртүлгөн", "edit", "") in rows
    assert rows[-2:] == [("1.1", "action", None, "Дамбаны текшерүү", "edit", ""),
                         (None, "action", "Дамбаны текшерүү", None, "edit", "")]
