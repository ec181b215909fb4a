"""A document's structure against its catalogue, and its values against their types: missing response rows
are added (never an edit that is "saved" while nothing is stored); wrong values are refused in one line."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from model.document import actionplan
from model.document.assessment import Assessment
from model.errors import DocumentError

ROOT = Path(__file__).resolve().parents[2]


def _sql(path: Path, *statements: str) -> None:
    with closing(sqlite3.connect(path, isolation_level=None)) as con:
        for sql in statements:
            con.execute(sql)


def test_missing_response_rows_are_added_and_edits_are_stored(small_catalogue, doc_path):
    Assessment.create(doc_path, small_catalogue).close()
    _sql(doc_path, "DELETE FROM response WHERE indicator_id IN ('1.1', '1.2')")
    with Assessment.open(doc_path) as doc:
        assert [n.kind for n in doc.notices] == ["repaired"] and doc.notices[0].params["count"] == 2
        doc.update_response("1.1", description="stored")
    with Assessment.open(doc_path, readonly=True) as doc:
        assert doc.response("1.1").description == "stored"
        assert doc.history()[-0].field in ("description", "repaired")
        assert any(entry.field == "repaired" for entry in doc.history())


def test_an_update_that_changes_no_row_is_an_error_not_a_success(small_catalogue, doc_path):
    with Assessment.create(doc_path, small_catalogue) as doc:
        doc._con.execute("DELETE FROM response WHERE indicator_id = '1.1'")  # lost behind the open document's back
        with pytest.raises(DocumentError) as refused:
            doc.update_response("1.1", description="would be lost")
        assert refused.value.kind == "write_failed"
        assert not [e for e in doc.history() if e.new == "would be lost"], "nothing half-written"
        action = actionplan.add_action(doc, "План", ("1.2",))
        doc._con.execute("DELETE FROM action WHERE id = ?", (action.id,))
        with pytest.raises(DocumentError):
            actionplan.update_action(doc, action.id, title="gone")


def test_read_only_views_of_a_document_missing_rows_show_them_not_started(small_catalogue, doc_path):
    Assessment.create(doc_path, small_catalogue).close()
    _sql(doc_path, "DELETE FROM response WHERE indicator_id = '1.1'")
    with Assessment.open(doc_path, readonly=True) as doc:
        assert doc.response("1.1").status == "not_started"
    with closing(sqlite3.connect(doc_path)) as con:
        assert con.execute("SELECT COUNT(*) FROM response WHERE indicator_id = '1.1'").fetchone()[0] == 0, \
            "a read-only open never writes"


@pytest.mark.parametrize("statement", [
    "UPDATE response SET description = x'00ff' WHERE indicator_id = '1.1'",
    "UPDATE response SET revision = 'x' WHERE indicator_id = '1.1'",
    "UPDATE response SET updated_at = x'01' WHERE indicator_id = '1.1'",
    "UPDATE response SET level = 'high' WHERE indicator_id = '1.1'",
    "UPDATE response SET criteria_met = '" + "[" * 50_000 + "]" * 50_000 + "' WHERE indicator_id = '1.1'",
    "UPDATE response SET criteria_met = '{\"a\": 1}' WHERE indicator_id = '1.1'",
    "UPDATE history SET at = x'01'",
    "UPDATE response SET not_applicable = 'yes' WHERE indicator_id = '1.1'",
    "UPDATE meta SET value = x'00' WHERE key = 'title'",
])
def test_a_value_of_the_wrong_type_is_refused_in_one_line_by_every_verb(small_catalogue, doc_path, statement):
    with Assessment.create(doc_path, small_catalogue) as doc:
        doc.update_response("1.1", description="x")
    _sql(doc_path, statement)
    for readonly in (False, True):
        with pytest.raises(DocumentError) as refused:
            Assessment.open(doc_path, readonly=readonly)
        assert refused.value.kind == "bad_values"
    for verb in (["check", str(doc_path)], ["set", str(doc_path), "1.1", "--gaps", "g"],
                 ["export", str(doc_path), "--format", "xlsx", "-o", str(doc_path.with_suffix(".xlsx"))]):
        result = subprocess.run([sys.executable, str(ROOT / "main.py"), *verb], capture_output=True, text=True,
                                timeout=120, cwd=ROOT)
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1 and "wrong type" in result.stderr


def test_a_damaged_file_is_refused_in_one_line_with_the_details_in_the_log(small_catalogue, doc_path, caplog):
    Assessment.create(doc_path, small_catalogue).close()
    data = bytearray(doc_path.read_bytes())
    data[len(data) // 2: len(data) // 2 + 4096] = bytes(range(256)) * 16
    doc_path.write_bytes(bytes(data))
    with pytest.raises(DocumentError) as refused:
        Assessment.open(doc_path, readonly=True)
    assert refused.value.kind == "damaged"
    assert "\n" not in str(refused.value) and len(refused.value.params["detail"]) <= 121
    assert any("is damaged" in record.getMessage() for record in caplog.records)
