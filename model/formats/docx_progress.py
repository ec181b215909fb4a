"""The Word report's "Progress since <previous assessment, date>" section: the two-polygon radar chart, the
mean level of each area before and now, and the indicators that changed (model.cycle.report_section)."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from model.cycle import report_section
from model.cycle.report_section import value_text
from model.formats.fitwidths import fit_columns
from model.report.sections import join

if TYPE_CHECKING:
    from model.formats.docx import _Writer

CHART_CM = (15.0, 9.5)


def write(w: _Writer, chart_png: bytes | None) -> None:
    """Add the section to the document of the writer ``w`` (model.formats.docx._Writer), if there is one."""
    section = w.r.progress
    if section is None:
        return
    r = w.r
    w._heading(join(section.heading), 1).paragraph_format.page_break_before = True
    w._text(w.d, r.text("progress_intro"))
    if chart_png:
        picture = w.d.add_paragraph()
        picture.alignment = w.WD_ALIGN.CENTER
        picture.paragraph_format.keep_with_next = True
        shape = picture.add_run().add_picture(io.BytesIO(chart_png), width=w.Cm(CHART_CM[0]), height=w.Cm(CHART_CM[1]))
        lines = [f"{r.text('progress_chart_caption')}:"] + [
            f"{a.area_id}. {join(a.title)}: {value_text(r, a.before)} → {value_text(r, a.now)}" for a in section.areas]
        shape._inline.docPr.set("descr", "\n".join(lines)[:4000])
        shape._inline.docPr.set("title", r.text("progress_chart_caption")[:255])
        caption = w._text(w.d, r.text("progress_chart_caption"), italic=True, size=9, align=w.WD_ALIGN.CENTER)
        caption.paragraph_format.space_after = w.Pt(10)
    _table(w, report_section.area_headers(r), report_section.area_rows(r), [10.0, 3.5, 3.5], right=(1, 2))
    w._text(w.d, "").paragraph_format.space_after = w.Pt(6)
    if not section.indicators:
        w._text(w.d, r.text("no_changes"), italic=True)
        return
    _table(w, report_section.indicator_headers(r), report_section.indicator_rows(r), [1.4, 2.5, 2.5, 3.0, 2.4, 5.2],
           right=(1, 2))


def _table(w: _Writer, headers: list[str], rows: list[list[str]], widths: list[float], right: tuple[int, ...]) -> None:
    table = w._table(len(rows) + 1, len(headers))
    for cell, text in zip(table.rows[0].cells, headers):
        w._text(cell, text, bold=True, size=9)
        w._shade(cell)
    w._row_flags(table.rows[0], header=True)
    for row, values in zip(table.rows[1:], rows):
        w._row_flags(row)
        cells = row.cells
        for column, text in enumerate(values):
            w._text(cells[column], text, size=9, align=w.WD_ALIGN.RIGHT if column in right else None)
    w._widths(table, fit_columns(headers, widths, 9))
