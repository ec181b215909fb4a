"""The export and import verbs: files written, changes listed without --yes, applied with it."""

from __future__ import annotations

import shutil

import openpyxl
import pytest
from docx import Document

from cli import main
from model.document.assessment import Assessment
from tests.export_helpers import build_demo_with_actions


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    return build_demo_with_actions(tmp_path_factory.mktemp("demo") / "demo.teia")


@pytest.fixture
def doc_file(demo_file, tmp_path):
    return shutil.copy(demo_file, tmp_path / "work.teia")


def test_export_word_with_chart_and_excel(doc_file, tmp_path, capsys):
    out = tmp_path / "report.docx"
    assert main.main(["export", str(doc_file), "--format", "docx", "--lang", "ky", "-o", str(out)]) == 0
    document = Document(str(out))
    assert len(document.inline_shapes) == 1  # the radar chart drawn by Qt without a display
    assert any("ң" in p.text or "ү" in p.text for p in document.paragraphs)
    book = tmp_path / "book.xlsx"
    assert main.main(["export", str(doc_file), "--format", "xlsx", "--lang", "ru+en", "-o", str(book)]) == 0
    assert "Показатели - Indicators" in openpyxl.load_workbook(book).sheetnames
    assert "Wrote" in capsys.readouterr().out


def test_export_refuses_a_bad_language_in_one_line(doc_file, tmp_path, capsys):
    assert main.main(["export", str(doc_file), "--format", "xlsx", "--lang", "fr", "-o", str(tmp_path / "x.xlsx")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "Traceback" not in err and not (tmp_path / "x.xlsx").exists()


def test_import_lists_then_applies(doc_file, tmp_path, capsys):
    book = tmp_path / "book.xlsx"
    main.main(["export", str(doc_file), "--format", "xlsx", "--lang", "en", "-o", str(book)])
    workbook = openpyxl.load_workbook(book)
    workbook["Indicators"]["F2"].value = "Filled by the colleague ң"
    workbook["Indicators"]["F3"].value = "Their text for 1.2"
    workbook.save(book)
    with Assessment.open(doc_file) as doc:
        doc.update_response("1.2", description="changed after the export")
        before = doc.responses()
    capsys.readouterr()
    assert main.main(["import", str(doc_file), str(book)]) == 0
    out = capsys.readouterr().out
    assert "2 change(s), 1 conflict(s)" in out and "CONFLICT 1.2" in out and "Nothing was changed" in out
    with Assessment.open(doc_file) as doc:
        assert doc.responses() == before
    assert main.main(["import", str(doc_file), str(book), "--yes", "--user", "ana"]) == 0
    assert "left 1 conflict(s) unchanged" in capsys.readouterr().out
    with Assessment.open(doc_file) as doc:
        assert doc.response("1.1").description == "Filled by the colleague ң"
        assert doc.response("1.2").description == "changed after the export"
        entry = doc.history("1.1")[0]
        assert entry.source == "import: book.xlsx" and entry.by == "ana"
    assert main.main(["import", str(doc_file), str(book), "--yes", "--include-conflicts"]) == 0
    with Assessment.open(doc_file) as doc:
        assert doc.response("1.2").description == "Their text for 1.2"


def test_import_of_a_foreign_workbook_fails_cleanly(doc_file, tmp_path, capsys):
    other = build_demo_with_actions(tmp_path / "other.teia", count=1)
    book = tmp_path / "other.xlsx"
    main.main(["export", str(other), "--format", "xlsx", "-o", str(book)])
    capsys.readouterr()
    assert main.main(["import", str(doc_file), str(book), "--yes"]) == 1
    assert "belongs to another assessment" in capsys.readouterr().err
