"""The register of hazardous activities in the Word report: a summary table, then the calculation of each
activity that meets the Annex I quantity test (rows from model.register.report)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from model.formats.fitwidths import fit_columns
from model.register.report import SUMMARY_COLUMNS, SUMMARY_WEIGHTS, label, summary_cells

if TYPE_CHECKING:
    from model.formats.docx import _Writer


def write_register_annex(writer: _Writer) -> None:
    annex, langs = writer.r.register, writer.r.langs
    if annex is None:  # (called only when there is one)
        return
    writer._heading(label("register_annex", langs), 1)
    writer._text(writer.d, label("register_intro", langs), italic=True, size=10)
    writer._text(writer.d, annex.edition, size=10)
    if annex.provisional_note:
        writer._text(writer.d, annex.provisional_note, italic=True, size=9)
    headers = [label(k, langs, "\n") for k in SUMMARY_COLUMNS]
    table = writer._table(len(annex.rows) + 1, len(headers))
    writer._row_flags(table.rows[0], header=True)
    for cell, text in zip(table.rows[0].cells, headers):
        writer._text(cell, text, bold=True, size=8)
        writer._shade(cell)
    for row, entry in zip(table.rows[1:], annex.rows):
        writer._row_flags(row)
        cells = summary_cells(entry, langs)
        for cell, text in zip(row.cells, cells):
            writer._text(cell, text, size=8, bold=entry.meets and text is cells[-1])
    writer._widths(table, fit_columns(headers, list(SUMMARY_WEIGHTS), 8))
    meeting = [entry for entry in annex.rows if entry.meets]
    if meeting:
        writer._text(writer.d, label("calculations", langs), bold=True, size=11, keep=True)
    for entry in meeting:
        writer._text(writer.d, f"{entry.number}. {entry.name}", bold=True, size=10, keep=True)
        for line in entry.calculation:
            writer._text(writer.d, line, size=9)
