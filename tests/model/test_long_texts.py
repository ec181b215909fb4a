"""Texts longer than an Excel cell (32,767 characters) survive the workbook round trip whole: the export keeps
the rest on a hidden sheet and names the fields, the import puts them back together, and a workbook that lost
the rest never writes a cut text over the full one (also through LibreOffice)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from model.document import actionplan
from model.report import build as report
from model.document.assessment import Assessment
from model.formats import long_texts
from model.formats import xlsx
from model.formats.text import EXCEL_CELL_LIMIT
from model.formats import xlsx_import as importer
from tests.conftest import libreoffice_env

LONG = ("Протокол проверки № 7 — ң ө ү. " * 2300)[:67_258]  # the length lost in the issue


@pytest.fixture
def long_doc(doc_path, small_catalogue):
    with Assessment.create(doc_path, small_catalogue) as doc:
        doc.update_response("1.1", evidence=LONG, description="short")
        actionplan.add_action(doc, "Обучение", ["1.1"], progress_notes=LONG[::-1][:40_000])
    return doc_path


def _export(path, out):
    with Assessment.open(path, readonly=True) as doc:
        content = report.build(doc, "ru")
    return xlsx.write(content, out), long_texts.long_texts(content)


def test_the_export_names_the_long_fields_and_keeps_them_whole(long_doc, tmp_path):
    book, found = _export(long_doc, tmp_path / "book.xlsx")
    assert [(t.kind, t.field, t.length) for t in found] == [("indicator", "evidence", 67_258),
                                                            ("action", "progress_notes", 40_000)]
    assert found[0].describe() == "1.1 evidence (67,258 characters)"
    from openpyxl import load_workbook

    workbook = load_workbook(book)
    sheet = workbook[workbook.sheetnames[1]]
    assert len(sheet["G2"].value) == EXCEL_CELL_LIMIT and sheet["G2"].comment is not None
    assert workbook[long_texts.LONG_SHEET].sheet_state == "veryHidden"


def test_an_unchanged_long_text_is_no_change_and_an_edit_keeps_the_rest(long_doc, tmp_path):
    book, _ = _export(long_doc, tmp_path / "book.xlsx")
    with Assessment.open(long_doc) as doc:
        assert importer.read(doc, book).changes == ()
    from openpyxl import load_workbook

    workbook = load_workbook(book)
    sheet = workbook[workbook.sheetnames[1]]
    sheet["G2"].value = "Дополнено: " + sheet["G2"].value[len("Дополнено: "):]  # an edit at the start
    workbook.save(book)
    with Assessment.open(long_doc) as doc:
        plan = importer.read(doc, book)
        assert [c.field for c in plan.changes] == ["evidence"]
        importer.apply(doc, plan)
        stored = doc.response("1.1").evidence
    assert len(stored) == len(LONG) and stored.startswith("Дополнено: ") and stored[11:] == LONG[11:]


def test_a_workbook_that_lost_the_rest_never_cuts_the_stored_text(long_doc, tmp_path):
    book, _ = _export(long_doc, tmp_path / "book.xlsx")
    from openpyxl import load_workbook

    workbook = load_workbook(book)
    del workbook[long_texts.LONG_SHEET]  # e.g. re-saved by a program that drops hidden sheets
    workbook.save(book)
    with Assessment.open(long_doc) as doc:
        plan = importer.read(doc, book)
        assert plan.changes == ()
        importer.apply(doc, plan)
        assert doc.response("1.1").evidence == LONG


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_the_round_trip_through_libreoffice_keeps_the_whole_text(long_doc, tmp_path):
    book, _ = _export(long_doc, tmp_path / "book.xlsx")
    out = tmp_path / "resaved"
    out.mkdir()
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", str(out), str(book)],
                   env=libreoffice_env(tmp_path), capture_output=True, timeout=240, check=True)
    resaved = out / "book.xlsx"
    assert resaved.exists()
    with Assessment.open(long_doc) as doc:
        plan = importer.read(doc, resaved)
        assert [c for c in plan.changes if c.field in ("evidence", "progress_notes")] == []
        importer.apply(doc, plan)
        assert doc.response("1.1").evidence == LONG
        assert actionplan.actions(doc)[0].progress_notes == LONG[::-1][:40_000]


def test_the_command_line_says_which_texts_were_too_long(long_doc, tmp_path, capsys):
    from cli import main

    assert main.main(["export", str(long_doc), "--format", "xlsx", "-o", str(tmp_path / "b.xlsx")]) == 0
    out = capsys.readouterr().out
    assert "1.1 evidence (67,258 characters)" in out and "action 1 progress_notes (40,000 characters)" in out
