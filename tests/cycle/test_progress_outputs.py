"""Word, workbook and PDF gain "Progress since <previous assessment, date>" when there is a predecessor."""

from __future__ import annotations

import shutil
import subprocess

import openpyxl
import pytest
from docx import Document

from cli import main
from model.document.assessment import Assessment
from model.report.build import build


@pytest.fixture
def pair(tmp_path, capsys):
    old, new = tmp_path / "2025.teia", tmp_path / "2027.teia"
    assert main.main(["demo", str(old)]) == 0
    assert main.main(["finalize", str(old), "--by", "А. Асанова", "--date", "2025-12-01"]) == 0
    assert main.main(["next-cycle", str(old), "-o", str(new)]) == 0
    assert main.main(["set", str(new), "1.1", "--level", "3", "--criteria", "1.1.a,1.1.b,1.1.c"]) == 0
    assert main.main(["set", str(new), "1.2", "--level", "na"]) == 0
    capsys.readouterr()
    old.unlink()  # the outputs use the copy kept in the new file
    return tmp_path, new


def test_report_section_only_with_a_predecessor(pair, tmp_path):
    folder, new = pair
    with Assessment.open(new, readonly=True) as doc:
        section = build(doc, "ru+en").progress
    assert section.heading[0].startswith("Прогресс с «") and section.heading[0].endswith("01.12.2025")
    assert section.heading[1].endswith(", 1 December 2025")  # as the title page writes dates, not 12/01
    changed = {i.id: i for i in section.indicators}
    assert changed["1.1"].now == 3 and changed["1.1"].change == "up" and changed["1.2"].now == "na"
    assert all(i.change != "same" or i.criteria_gained or i.criteria_lost or i.actions_completed
               for i in section.indicators)
    first = folder / "first.teia"
    assert main.main(["demo", str(first)]) == 0
    with Assessment.open(first, readonly=True) as doc:
        assert build(doc, "en").progress is None


def test_word_and_workbook_have_the_section_and_the_chart(pair, capsys):
    folder, new = pair
    word, book = folder / "r.docx", folder / "r.xlsx"
    assert main.main(["export", str(new), "--format", "docx", "--lang", "en", "-o", str(word)]) == 0
    document = Document(str(word))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert any(h.startswith("Progress since") and h.endswith("1 December 2025") for h in headings)
    assert len(document.inline_shapes) == 2  # the summary's chart and the two-polygon chart
    assert "before (dashed line) and now" in document.inline_shapes[1]._inline.docPr.get("title")
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert "Now not applicable" in cells and "Higher" in cells and any("+ 1.1.c" in c for c in cells)
    assert main.main(["export", str(new), "--format", "xlsx", "--lang", "en", "-o", str(book)]) == 0
    workbook = openpyxl.load_workbook(book)
    sheet = workbook["Progress"]
    assert sheet["A1"].value.startswith("Progress since") and sheet["B2"].value == "Before"
    assert len(sheet._charts) == 1
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert any(row[:4] == ["1.2", 2, "N/A", "Now not applicable"] for row in values)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_pdf_has_the_section(pair):
    folder, new = pair
    pdf = folder / "r.pdf"
    assert main.main(["export", str(new), "--format", "pdf", "--lang", "ky", "-o", str(pdf)]) == 0
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())  # lines joined: a long title wraps
    assert "баалоосунан бери жылыш, 01.12.2025" in text and "Эми колдонулбайт" in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_the_approval_block_names_the_approver_in_word_and_pdf(tmp_path, capsys):
    """A final assessment prints who approved it and when, where a draft leaves lines to sign."""
    path, pdf, word = tmp_path / "d.teia", tmp_path / "d.pdf", tmp_path / "d.docx"
    assert main.main(["demo", str(path)]) == 0
    assert main.main(["finalize", str(path), "--by", "Асанова Айгүл", "--date", "2026-11-30"]) == 0
    assert main.main(["export", str(path), "--format", "pdf", "--lang", "ru", "-o", str(pdf)]) == 0
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    signatures = text[text.rindex("Утвердил"):]
    assert "Асанова Айгүл" in signatures and "30.11.2026" in signatures
    assert main.main(["export", str(path), "--format", "docx", "--lang", "en", "-o", str(word)]) == 0
    last = Document(str(word)).tables[-1]
    assert [last.rows[2].cells[i].text for i in (1, 4)] == ["Асанова Айгүл", "30 November 2026"]
