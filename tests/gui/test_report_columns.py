"""No word of a Word report's table headers breaks: measured with Qt's font metrics against the columns' widths.

LibreOffice draws Times New Roman with DejaVu Serif where Times is missing (here, and on many Linux desktops);
DejaVu Serif Bold is wider than Times New Roman Bold, so a header that fits in DejaVu fits in Word on Windows.
"""

from __future__ import annotations

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF

from model.report import build as report
from model.document.assessment import Assessment
from model.formats import docx as word
from model.formats.fitwidths import ADVANCE, CELL_PADDING_CM, PT_PER_CM
from model.report.labels import LABELS
from tests.export_helpers import build_demo_with_actions

LANGS = ("en", "ru", "ky", "ru+en", "ky+en")


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    path = build_demo_with_actions(tmp_path_factory.mktemp("demo") / "d.teia")
    out = {}
    with Assessment.open(path, readonly=True) as doc:
        for lang in LANGS:
            out[lang] = Document(str(word.write(report.build(doc, lang), tmp_path_factory.mktemp(lang) / "r.docx")))
    return out


def bold_width_pt(text: str, size_pt: float) -> float:
    font = QFont("DejaVu Serif")
    font.setPixelSize(1000)
    font.setBold(True)
    font.setKerning(False)
    return QFontMetricsF(font).horizontalAdvance(text) / 1000 * size_pt


def style_size(paragraph) -> float:
    style = paragraph.style
    while style is not None and style.font.size is None:
        style = style.base_style
    return style.font.size.pt if style is not None else 11.0


def overflowing(table, row, columns=None) -> list[str]:
    """The words of ``row``'s cells (those in ``columns``, or all) wider than their cell's text area."""
    grid = [int(c.get(qn("w:w"))) / 20 for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    bad, column = [], 0
    for index, tc in enumerate(row._tr.findall(qn("w:tc"))):
        span = tc.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}")
        span = int(span.get(qn("w:val"))) if span is not None else 1
        width = sum(grid[column:column + span])
        column += span
        if columns is not None and index not in columns:
            continue
        room = width - CELL_PADDING_CM * PT_PER_CM
        for p in tc.findall(qn("w:p")):
            paragraph = Paragraph(p, table)
            for w in paragraph.text.split():
                if bold_width_pt(w, style_size(paragraph)) > room:
                    bad.append(f"{w!r} in {width:.0f} pt")
    return bad


def is_header(row) -> bool:
    return row._tr.trPr is not None and row._tr.trPr.find(qn("w:tblHeader")) is not None


def test_fonts_are_there(qapp):
    assert "DejaVu Serif" in QFontDatabase.families()


def test_the_width_table_is_dejavu_serif_bold(qapp):
    for ch in "ПоказтелиӨңүWm№ ":
        assert abs(ADVANCE[ch] / 1000 * 100 - bold_width_pt(ch, 100)) < 0.1, ch


@pytest.mark.parametrize("lang", LANGS)
def test_no_header_word_breaks_in_any_table(qapp, reports, lang):
    """Header rows (summary, plan, annex, signatures) and label columns (title page, indicators) fit."""
    bad = []
    tables = reports[lang].tables
    assert len(tables) > 50
    for table in tables:
        if is_header(table.rows[0]) or table.rows[0].cells[0].text == "":  # a header row (signatures: first empty)
            bad += overflowing(table, table.rows[0])
        else:
            for row in table.rows:
                bad += overflowing(table, row, columns={0})
    assert not bad


@pytest.mark.parametrize("lang", LANGS)
def test_priority_and_status_of_actions_never_break(qapp, reports, lang):
    header = report.join(tuple(LABELS["priority"][x] for x in lang.split("+")))
    plan = next(t for t in reports[lang].tables if len(t.columns) == 8 and t.rows[0].cells[5].text == header)
    assert len(plan.rows) > 4
    assert not [w for row in plan.rows[1:] for w in overflowing(plan, row, columns={5, 6})]
