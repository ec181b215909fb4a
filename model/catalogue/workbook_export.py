"""Write a catalogue as a workbook a secretariat can edit (``catalogue export``): instructions in three
languages, one sheet per part, one column per language, drop-downs where a value comes from a list."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from model.catalogue import Catalogue
from model.catalogue import layout
from model.formats.text import cell_text
from model.formats.xlsx import reopen_workbook
from model.formats.xlsx_save import save_workbook
from model.fileio import write_package

if TYPE_CHECKING:  # openpyxl is imported when a workbook is written, not at start-up
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

LIST_SEPARATOR = "; "


def joined(values: list[str]) -> str:
    """Several values in one cell: "; " between them, or one per line if a value holds a semicolon."""
    if any(";" in value for value in values):
        return "\n".join(values)
    return LIST_SEPARATOR.join(values)


def rows_of(data: dict[str, Any]) -> dict[str, list[dict[str, object]]]:  # the catalogue's JSON
    """The rows of each sheet, as {column: value}, from the catalogue's JSON data."""
    def texts(target: dict[str, object], name: str, text: object) -> None:
        for lang, value in (text if isinstance(text, dict) else {}).items():
            target[f"{name}_{lang}"] = value

    identity = {"id": data["id"], "edition": data["version"], "status": data["status"],
                "sources": joined(list(data.get("sources", [])))}
    texts(identity, "title", data["title"])
    texts(identity, "note", data.get("note"))
    scale, areas, indicators, criteria = [], [], [], []

    def levels(owner: str, raw: dict[str, Any]) -> None:
        for level in [*raw["levels"], {**raw["not_applicable"], "value": layout.NOT_APPLICABLE}]:
            row = {"indicator": owner, "value": level["value"]}
            texts(row, "label", level["label"])
            texts(row, "descriptor", level["descriptor"])
            scale.append(row)

    levels("", data["scale"])
    for area in data["areas"]:
        row = {"id": area["id"], "kind": area["kind"], "references": joined(area.get("references", []))}
        texts(row, "title", area["title"])
        texts(row, "description", area.get("description"))
        areas.append(row)
        for indicator in area["indicators"]:
            row = {"id": indicator["id"], "area": area["id"], "references": joined(indicator.get("references", [])),
                   "cross_cutting": joined(indicator.get("cross_cutting", []))}
            texts(row, "statement", indicator["statement"])
            texts(row, "guidance", indicator.get("guidance"))
            indicators.append(row)
            if "scale" in indicator:
                levels(indicator["id"], indicator["scale"])
            for criterion in indicator["criteria"]:
                row = {"id": criterion["id"], "indicator": indicator["id"]}
                texts(row, "text", criterion["text"])
                criteria.append(row)
    return {layout.IDENTITY.name: [identity], layout.SCALE.name: scale, layout.AREAS.name: areas,
            layout.INDICATORS.name: indicators, layout.CRITERIA.name: criteria}


def row_height(text: str, characters_per_line: int) -> float:
    """Points for a wrapped text in a column about ``characters_per_line`` wide (at most 400)."""
    lines = sum(max(1, -(-len(part) // characters_per_line)) for part in text.split("\n"))
    return min(400.0, 13.0 * lines + 2)


def _fit_to_page(ws: Worksheet) -> None:
    """Printed (or turned into PDF) landscape, as wide as the page: no column cut off onto a page of its own."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    fit = ws.sheet_properties.pageSetUpPr
    if fit is None:  # (openpyxl makes it with every sheet; its stubs allow None)
        from openpyxl.worksheet.properties import PageSetupProperties

        fit = ws.sheet_properties.pageSetUpPr = PageSetupProperties()
    fit.fitToPage = True


def put_cell(ws: Worksheet, row: int, column: int, value: object, style: dict[str, Any]) -> None:
    # Any: openpyxl's private _value, set below, is not in its stubs
    cell: Any = ws.cell(row=row, column=column)
    if isinstance(value, str):
        # Always text, never a formula: "=..." in a catalogue stays words (and the leading quote keeps it so
        # when the cell is edited).
        cell._value, cell.data_type = cell_text(value), "s"
        if value[:1] in ("=", "+", "-", "@"):
            cell.quotePrefix = True
    elif value is not None:
        cell.value = value
    cell.font, cell.alignment = style["font"], style["wrap"]


def render(data: dict[str, Any]) -> Workbook:
    """The openpyxl workbook of a catalogue's JSON data."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.worksheet import Worksheet

    style = {"font": Font(name="Arial", size=10), "wrap": Alignment(wrap_text=True, vertical="top")}
    bold, fill = Font(name="Arial", size=10, bold=True), PatternFill("solid", fgColor="D9E1F2")
    languages = layout.languages_of(data)
    workbook = Workbook()
    instructions = workbook.active
    if not isinstance(instructions, Worksheet):  # a new workbook's first sheet; the stubs allow a chart sheet
        raise TypeError(f"a new workbook's active sheet is a {type(instructions).__name__}")
    instructions.title = layout.INSTRUCTIONS_SHEET
    instructions.column_dimensions["A"].width = 120
    for row, lang in enumerate(("ru", "ky", "en"), start=1):
        put_cell(instructions, row, 1, layout.INSTRUCTIONS[lang][0], style)
        instructions.row_dimensions[row].height = row_height(layout.INSTRUCTIONS[lang][0], 130)
    _fit_to_page(instructions)
    rows = rows_of(data)
    sheets: dict[str, Worksheet] = {}
    for sheet in layout.SHEETS:
        ws = workbook.create_sheet(sheet.name)
        sheets[sheet.name] = ws
        columns = sheet.columns(languages)
        for index, name in enumerate(columns, start=1):
            cell = ws.cell(row=1, column=index, value=name)
            cell.font, cell.fill = bold, fill
            plain = name in sheet.plain
            ws.column_dimensions[get_column_letter(index)].width = 12 if plain else 40
            if plain:  # ids typed as 1.10 must stay text, not become the number 1.1
                for row in range(2, max(len(rows[sheet.name]) + 200, 500)):
                    ws.cell(row=row, column=index).number_format = "@"
        for number, values in enumerate(rows[sheet.name], start=2):
            for index, name in enumerate(columns, start=1):
                put_cell(ws, number, index, values.get(name), style)
            # Excel and LibreOffice do not grow a row for wrapped text they did not lay out themselves
            ws.row_dimensions[number].height = max(row_height(str(values.get(name) or ""), 44) for name in columns)
        _fit_to_page(ws)
        ws.freeze_panes = "C2" if len(sheet.plain) > 1 else "B2"
    lists = workbook.create_sheet(layout.LISTS_SHEET)
    for column, choices in enumerate((layout.STATUSES, layout.KINDS), start=1):
        for row, value in enumerate(choices, start=1):
            lists.cell(row=row, column=column, value=value)
    lists.sheet_state = "veryHidden"
    end = layout.MAX_ROWS

    def dropdown(sheet: str, column: str, formula: str, rows_to: int) -> None:
        ws = sheets[sheet]
        letter = get_column_letter(list(next(s for s in layout.SHEETS if s.name == sheet).columns(languages))
                                   .index(column) + 1)
        rule = DataValidation(type="list", formula1=formula, allow_blank=True, showErrorMessage=True,
                              showInputMessage=True)
        rule.add(f"{letter}2:{letter}{rows_to}")
        ws.add_data_validation(rule)

    dropdown(layout.IDENTITY.name, "status", f"'{layout.LISTS_SHEET}'!$A$1:$A${len(layout.STATUSES)}", 2)
    dropdown(layout.AREAS.name, "kind", f"'{layout.LISTS_SHEET}'!$B$1:$B${len(layout.KINDS)}", 200)
    dropdown(layout.INDICATORS.name, "area", f"'{layout.AREAS.name}'!$A$2:$A$200", 6000)
    dropdown(layout.CRITERIA.name, "indicator", f"'{layout.INDICATORS.name}'!$A$2:$A$6000", end)
    dropdown(layout.SCALE.name, "indicator", f"'{layout.INDICATORS.name}'!$A$2:$A$6000", 2000)
    meta = workbook.create_sheet(layout.META_SHEET)
    for entry in (("format", layout.FORMAT), ("format_version", layout.FORMAT_VERSION),
                  ("catalogue", f"{data['id']} {data['version']}")):
        meta.append(list(entry))
    meta.sheet_state = "veryHidden"
    workbook.active = 0
    return workbook


def export_catalogue(catalogue: Catalogue, out: str | Path) -> Path:
    """Write ``catalogue`` as a workbook at ``out`` (atomically; never over an assessment)."""
    workbook = render(json.loads(catalogue.source_json))
    return write_package(out, lambda stream: save_workbook(workbook, stream), reopen_workbook)
