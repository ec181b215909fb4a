"""The workbook's "Progress" sheet for an assessment with a predecessor: the mean level of each area before
and now with a radar chart of both series (Excel draws it), then the indicators that changed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from model.cycle.report_section import value_text
from model.report.build import Report
from model.report.sections import join

if TYPE_CHECKING:
    from model.formats.xlsx import _Writer


def _value(r: Report, value: object) -> object:
    """A level or a mean stays a number (the spreadsheet computes with it); "—" and "N/A" as the report writes."""
    if isinstance(value, float):
        return round(value, 2)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return value_text(r, value)


def write_progress_sheet(writer: _Writer) -> None:
    r, section = writer.r, writer.r.progress
    if section is None:
        return
    from openpyxl.chart import RadarChart, Reference

    from openpyxl.utils import get_column_letter

    ws = writer.wb.create_sheet(r.text("sheet.progress", " - ")[:31])
    widths = (48, 12, 12, 18, 18, 18, 60)
    for column, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(column)].width = width
    writer.put(ws, 1, 1, join(section.heading), font=writer.bold, border=False)
    ws.merge_cells("A1:G1")
    ws.row_dimensions[1].height = 32
    titles = [r.text("area"), r.text("before"), r.text("now")]
    for column, text in enumerate(titles, start=1):
        writer.put(ws, 2, column, text, font=writer.bold, fill=writer.header_fill)
    row = 2
    for area in section.areas:
        row += 1
        for column, value in enumerate((f"{area.area_id}. {join(area.title)}", _value(r, area.before),
                                        _value(r, area.now)), start=1):
            writer.put(ws, row, column, value)
    chart = RadarChart()
    chart.type = "marker"
    chart.title = r.text("mean_level")
    chart.y_axis.delete = False
    data = Reference(ws, min_col=2, max_col=3, min_row=2, max_row=row)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=3, max_row=row))
    before = chart.series[0]
    before.graphicalProperties.line.dashStyle = "dash"  # the previous assessment: dashed, as in the report
    before.graphicalProperties.line.solidFill = "8FA3C4"
    chart.series[1].graphicalProperties.line.solidFill = "1F3864"
    chart.width, chart.height = 17, 10
    ws.add_chart(chart, f"A{row + 2}")
    row += 24
    headers = [r.text("indicator"), r.text("before"), r.text("now"), r.text("change"), r.text("criteria_gained"),
               r.text("criteria_lost"), r.text("actions_completed")]
    for column, text in enumerate(headers, start=1):
        writer.put(ws, row, column, text, font=writer.bold, fill=writer.header_fill)
    for item in section.indicators:
        row += 1
        values = (item.id, _value(r, item.before), _value(r, item.now), join(item.change_label),
                  ", ".join(item.criteria_gained), ", ".join(item.criteria_lost), "\n".join(item.actions_completed))
        for column, value in enumerate(values, start=1):
            writer.put(ws, row, column, value)
    writer.print_setup(ws, widths)
