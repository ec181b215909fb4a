"""The register of hazardous activities in the Excel export: one sheet of activities with every Annex I figure,
one of their substances (rows from model.register.report)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from model.register.report import label, result_text

if TYPE_CHECKING:
    from model.formats.xlsx import _Writer


def write_register_sheets(writer: _Writer) -> None:
    annex, langs = writer.r.register, writer.r.langs
    if annex is None:  # (called only when there is one)
        return
    ws = writer.wb.create_sheet(label("sheet_register", langs, " - ")[:31])
    titles = [label(k, langs) for k in ("number", "activity", "operator", "region", "s_health", "s_physical",
                                        "s_environment", "largest", "result", "calculation")]
    widths: tuple[int, ...] = (6, 40, 24, 16, 10, 10, 10, 14, 14, 80)
    writer.header(ws, titles, widths)
    for index, entry in enumerate(annex.rows, start=2):
        values = [entry.number, entry.name, entry.operator, entry.region, entry.s_health, entry.s_physical,
                  entry.s_environment, entry.largest, result_text(entry.meets, langs), "\n".join(entry.calculation)]
        for column, value in enumerate(values, start=1):
            writer.put(ws, index, column, value)
    ws.cell(row=len(annex.rows) + 3, column=2, value=annex.edition)
    if annex.provisional_note:
        ws.cell(row=len(annex.rows) + 4, column=2, value=annex.provisional_note)
    writer.print_setup(ws, widths)
    subs = writer.wb.create_sheet(label("sheet_substances", langs, " - ")[:31])
    titles = [label(k, langs) for k in ("number", "activity", "substance", "named_entry", "categories", "quantity")]
    widths = (6, 40, 40, 14, 18, 16)
    writer.header(subs, titles, widths)
    row = 2
    for entry in annex.rows:
        for name, named, categories, quantity in entry.substances:
            for column, value in enumerate((entry.number, entry.name, name, named, categories, quantity), start=1):
                writer.put(subs, row, column, value)
            row += 1
    writer.print_setup(subs, widths)
