"""Word and Excel write the Convention references and the criterion letters as each language does."""

from __future__ import annotations

import re

import openpyxl
import pytest
from docx import Document

from model.report import build as report
from model.errors import WorkbookError
from model.formats import docx as word
from model.formats import xlsx as excel
from model.formats import xlsx_import as importer
from tests.model.test_import_xlsx import demo_file, doc, edit, export  # noqa: F401 - fixtures and helpers

# Indicator 1.1 of the built-in catalogue refers to Art. 4(1), Art. 17(1) and Art. 18(6).
SHOWN = {"en": "Art. 4(1), Art. 17(1), Art. 18(6)", "ru": "ст. 4(1), ст. 17(1), ст. 18(6)",
         "ky": "4(1)-берене, 17(1)-берене, 18(6)-берене"}
LETTERS = {"en": ("a)", "b)", "c)"), "ru": ("а)", "б)", "в)"), "ky": ("а)", "б)", "в)")}


def word_text(path) -> str:
    document = Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


@pytest.mark.parametrize("lang", ["ru", "ky", "en"])
def test_word_report_writes_references_and_letters_in_its_language(doc, tmp_path, lang):
    text = word_text(word.write(report.build(doc, lang), tmp_path / f"r-{lang}.docx"))
    assert SHOWN[lang] in text
    for letter in LETTERS[lang]:
        assert re.search(rf"[■□] {re.escape(letter)} \S", text), letter
    if lang != "en":
        assert not re.search(r"\b(Art|Annex)\b|[■□] [a-c]\)", text)


def test_bilingual_word_report_has_both(doc, tmp_path):
    text = word_text(word.write(report.build(doc, "ky+ru"), tmp_path / "r.docx"))
    assert SHOWN["ky"] in text and SHOWN["ru"] in text


@pytest.mark.parametrize("lang", ["ru", "ky", "en"])
def test_workbook_writes_references_and_cyrillic_criterion_ids(doc, tmp_path, lang):
    sheet = openpyxl.load_workbook(excel.write(report.build(doc, lang), tmp_path / f"w-{lang}.xlsx")).worksheets[1]
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value == "1.1")
    assert SHOWN[lang] in sheet.cell(row, 2).value
    met = doc.response("1.1").criteria_met
    assert met, "the demo ticks criteria of 1.1"
    letters = {"a": "а", "b": "б", "c": "в"} if lang != "en" else {"a": "a", "b": "b", "c": "c"}
    assert sheet.cell(row, 5).value == ", ".join(f"1.1.{letters[c[-1]]}" for c in met)


def test_criteria_typed_with_cyrillic_or_latin_letters_are_imported(doc, tmp_path):
    original = export(doc, tmp_path, "ky")
    filled = edit(original, tmp_path / "filled.xlsx", {(1, "E2"): "1.1.в, 1.1.а", (1, "E3"): "1.2.b"})
    plan = importer.read(doc, filled)
    importer.apply(doc, plan)
    assert doc.response("1.1").criteria_met == ("1.1.a", "1.1.c")
    assert doc.response("1.2").criteria_met == ("1.2.b",)
    again = tmp_path / "again"
    again.mkdir()
    unchanged = importer.read(doc, export(doc, again, "ru"))  # its Cyrillic ids are what the assessment holds
    assert not [c for c in unchanged.changes if c.field == "criteria_met"]


def test_an_unknown_cyrillic_criterion_is_refused_as_written(doc, tmp_path):
    filled = edit(export(doc, tmp_path, "ru"), tmp_path / "bad.xlsx", {(1, "E2"): "1.1.я"})
    with pytest.raises(WorkbookError) as refused:
        importer.read(doc, filled)
    assert "1.1.я" in str(refused.value)
