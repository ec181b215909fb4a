"""A workbook colleagues can fill and send back (openpyxl), rendered from a model.report.build.Report.

Sheets: a summary; the indicators (one row each, Level and Status as dropdowns); the action plan
(priority, status and assistance as dropdowns, empty rows for new actions); hidden sheets with the
dropdown lists and with what identifies the workbook for the import: the assessment's document id, the
catalogue (id, version, sha256) and, per row, the revision and the exact cell values exported; texts
longer than a cell keep their rest on one more hidden sheet (model.formats.long_texts).
Text that looks like a formula (= + - @) is stored as text and shown as typed.

Longer than 400 lines: one writer class places every sheet (summary, indicators, plan, dropdown lists and the
hidden export record the import reads back); the rows themselves come from model.report.layout.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Callable, Literal, Sequence

from model import collector
from model.catalogue import references
from model.formats import long_texts, xlsx_save
from model.formats.text import EXCEL_CELL_LIMIT, cell_text
from model.fileio import write_package
from model.report import formatting, layout
from model.report.build import ActionEntry, IndicatorEntry, LevelChoice, Report
from model.report.sections import join

if TYPE_CHECKING:  # openpyxl is imported when a workbook is written, not at start-up
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.styles.cell_style import StyleArray
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.dimensions import RowDimension
    from openpyxl.worksheet.worksheet import Worksheet

FORMAT = "teia-workbook"
FORMAT_VERSION = "1"
META_SHEET = "_teia"
ROWS_SHEET = "_teia_indicators"
ACTION_ROWS_SHEET = "_teia_actions"
LISTS_SHEET = "_teia_lists"
INDICATOR_COLUMNS = ("id", "indicator", "level", "status", "criteria_met", "description", "evidence", "gaps",
                     "authority")
INDICATOR_FIELDS = ("level", "status", "criteria_met", "description", "evidence", "gaps", "authority")
ACTION_COLUMNS = ("number", "title", "indicator_ids", "gap", "expected_result", "lead", "partners", "start_date",
                  "due_date", "priority", "status", "budget", "assistance_requested", "assistance_details",
                  "progress_notes", "uid")
ACTION_FIELDS = ACTION_COLUMNS[1:-1]
HEADER_KEYS = {"id": "id", "indicator": "indicator", "level": "level", "status": "status",
               "criteria_met": "criteria_met", "description": "description", "evidence": "evidence", "gaps": "gaps",
               "authority": "authority", "number": "number", "title": "action", "indicator_ids": "linked_indicators",
               "gap": "gap", "expected_result": "expected_result", "lead": "lead", "partners": "partners",
               "start_date": "start_date", "due_date": "due_date", "priority": "priority",
               "budget": "budget", "assistance_requested": "assistance_requested",
               "assistance_details": "assistance_details", "progress_notes": "progress_notes", "uid": "key"}
INDICATOR_WIDTHS = (8, 50, 30, 16, 18, 55, 45, 40, 32)
ACTION_WIDTHS = (6, 40, 12, 30, 30, 26, 26, 12, 12, 18, 22, 24, 16, 28, 30, 38)
SUMMARY_WIDTHS = (46, 11, 11, 11, 12)  # 91 characters: a portrait page at 82 %, 8.2 pt
EMPTY_ACTION_ROWS = 25
MAX_DROPDOWN_ROWS = 1000
FONT_NAME = "Arial"  # present on every Windows; covers Kyrgyz ң ө ү


PRINT_SCALE = 85  # % : Arial 10 printed at 8.5 pt
MIN_PRINT_PT = 8.0
REPEATED_COLUMNS = 2  # id and statement (indicators), number and title (actions): on every printed page
PAGE_WIDTH_PT = {"landscape": 842 - 72, "portrait": 595 - 72}  # A4 less the 0.5 inch side margins


def column_points(width: float) -> float:
    """A column's printed width in points at 100 %, the wider of the two programs: LibreOffice prints a width
    of one character as 7 pt (measured on its PDF), Excel as 5.25 pt (7 px of Calibri 11's digit)."""
    return width * 7.0


def print_layout(widths: tuple[int, ...], page_pt: float) -> list[int] | None:
    """None if the columns fit the page at a readable size; else the columns after which a page ends,
    printing at PRINT_SCALE with the first REPEATED_COLUMNS repeated on every page."""
    total = sum(column_points(w) for w in widths)
    if not widths or total * MIN_PRINT_PT / 10 <= page_pt:
        return None
    room = page_pt * 100 / PRINT_SCALE - sum(column_points(w) for w in widths[:REPEATED_COLUMNS])
    breaks, used = [], 0.0
    for index, width in enumerate(widths[REPEATED_COLUMNS:], start=REPEATED_COLUMNS):
        points = column_points(width)
        if used and used + points > room:
            breaks.append(index)  # a break after column number ``index`` (1-based: the previous column)
            used = 0.0
        used += points
    return breaks


@lru_cache(maxsize=1)
def _fitted_row_class() -> type[RowDimension]:
    from openpyxl.worksheet.dimensions import RowDimension

    class FittedRow(RowDimension):
        customHeight = property(lambda self: False)  # openpyxl writes customHeight="1" whenever ht is set

    return FittedRow


def fitted_row(ws: Worksheet, index: int, height: float) -> RowDimension:
    """A row height that the spreadsheet may change: written without customHeight."""
    return _fitted_row_class()(ws, index=index, ht=height)


def headers(report_labels: Callable[[str], str], keys: tuple[str, ...]) -> list[str]:
    """Column titles in the export language(s): ``report_labels`` is Report.text or an equivalent."""
    return [report_labels(HEADER_KEYS[k]) for k in keys]


def level_text(choice: LevelChoice | None, not_rated: str = "") -> str:
    """What a Level cell shows: "2 — Partially in place", or the "not applicable" label."""
    if choice is None:
        return not_rated
    label = join(choice.label)
    return label if choice.value is None else f"{choice.value} — {label}"


def indicator_level_text(entry: IndicatorEntry) -> str:
    if entry.not_applicable:
        return level_text(entry.choices[-1])
    choice = next((c for c in entry.choices if c.value == entry.level and c.value is not None), None)
    return level_text(choice) if choice else ""


def indicator_values(report: Report, entry: IndicatorEntry) -> dict[str, str]:
    """The cell values of one indicator row, keyed by column, text as cell_text makes it (the importer compares
    against these)."""
    return {
        "id": cell_text(entry.id),
        "indicator": cell_text("\n".join([join(entry.statement, "\n"), *(
            f"{label}: {refs}" for label, refs in zip(report.label("references"), entry.references) if refs)])),
        "level": cell_text(indicator_level_text(entry)),
        "status": cell_text(join(entry.status_label)),
        "criteria_met": cell_text(", ".join(references.criterion_shown_id(c, report.langs[0])
                                            for c in entry.criteria_met)),
        "description": cell_text(entry.description),
        "evidence": cell_text(entry.evidence),
        "gaps": cell_text(entry.gaps),
        "authority": cell_text(entry.authority),
    }


def action_values(report: Report, action: ActionEntry) -> dict[str, object]:
    """The cell values of one action row, keyed by column, text as cell_text makes it."""
    return {
        "number": action.number, "title": cell_text(action.title),
        "indicator_ids": cell_text(", ".join(action.indicator_ids)),
        "gap": cell_text(action.gap), "expected_result": cell_text(action.expected_result),
        "lead": cell_text(action.lead), "partners": cell_text(action.partners),
        "start_date": cell_text(action.start_date), "due_date": cell_text(action.due_date),
        "priority": cell_text(join(action.priority_label)), "status": cell_text(join(action.status_label)),
        "budget": cell_text(action.budget),
        "assistance_requested": cell_text(report.text("yes") if action.assistance_requested else report.text("no")),
        "assistance_details": cell_text(action.assistance_details),
        "progress_notes": cell_text(action.progress_notes), "uid": cell_text(action.uid),
    }


def write(report: Report, path: str | Path) -> Path:
    """Write the workbook to ``path`` atomically."""
    # openpyxl's cells, styles and descriptors: the collector went over them for a tenth to a fifth of the time
    with collector.paused():
        workbook = render(report)

    def save(out: IO[bytes]) -> None:
        with collector.paused():
            xlsx_save.save_workbook(workbook, out)

    return write_package(path, save, reopen_workbook)


def reopen_workbook(path: Path) -> None:
    """The read-back of a written workbook (model.fileio.package_check, for every workbook writer): openpyxl's
    reader finds in the package the part of each type its content types declare, and the workbook and every
    sheet the workbook lists. The parts' XML is not read beyond that (the styles and each sheet's opening were
    three quarters of the check's time): openpyxl wrote it a moment before, and package_check has compared the
    file with those very bytes."""
    from openpyxl.reader.excel import ExcelReader

    reader = ExcelReader(str(path), read_only=True)
    try:
        reader.read_manifest()
        declared = [part.PartName[1:] for part in reader.package.Override]
        reader.read_workbook()
        sheets = [rel.target for _, rel in reader.parser.find_sheets()]
    finally:
        reader.archive.close()
    missing = [name for name in declared + sheets if name not in reader.valid_files]
    if missing or not sheets:
        raise ValueError(f"the workbook lacks {', '.join(missing) or 'its sheets'}")


def render(report: Report) -> Workbook:
    from openpyxl import Workbook

    workbook = Workbook()
    _Writer(workbook, report).run()
    return workbook


class _Writer:
    def __init__(self, workbook: Workbook, report: Report) -> None:
        from openpyxl.cell.cell import Cell
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
        from openpyxl.styles.cell_style import StyleArray

        self.Cell: Any = Cell  # (put() gives it any value a cell may hold; openpyxl types it)
        self.StyleArray = StyleArray
        self.wb, self.r = workbook, report
        self.font = Font(name=FONT_NAME, size=10)
        self.bold = Font(name=FONT_NAME, size=10, bold=True)
        self.title_font = Font(name=FONT_NAME, size=14, bold=True, color="1F3864")
        self.grey_font = Font(name=FONT_NAME, size=8, color="808080")
        self.header_fill = PatternFill("solid", fgColor="D9E1F2")
        self.fixed_fill = PatternFill("solid", fgColor="F2F2F2")
        side = Side(style="thin", color="A6A6A6")
        self.border = Border(left=side, right=side, top=side, bottom=side)
        self.wrap = Alignment(wrap_text=True, vertical="top")
        self.unlocked = Protection(locked=False)
        self.lists_column = 0
        self.styles: dict[tuple[object, ...], StyleArray] = {}  # what put() has styled: (font, fill, ...) -> the cell's StyleArray
        # The rows' cell values (text already cell_text), made once for the visible and the hidden sheet
        self.indicator_rows = [(entry, indicator_values(report, entry)) for entry in report.indicators()]
        self.action_rows = [(action, action_values(report, action)) for action in report.actions]
        self.long = long_texts.long_texts(report)  # texts longer than a cell: the rest goes on a hidden sheet

    # ----------------------------------------------------------------- helpers
    def put(self, ws: Worksheet, row: int, column: int, value: object, *, font: Font | None = None,
            fill: PatternFill | None = None, border: bool = True, number_format: str | None = None,
            cleaned: bool = False, locked: bool = True) -> None:
        """Write one cell; text is always text (never a formula) and XML-safe (``cleaned``: cell_text done);
        ``locked=False``: editable once the sheet is protected. The cell is made anew (one written there before
        is replaced)."""
        quote = False
        # Any: the fast path below sets openpyxl's private _value and _style, which its stubs do not declare
        cell: Any
        if isinstance(value, str):
            if not cleaned:
                value = cell_text(value)
            # Set as text: "=SUM(...)" typed by a user stays words, not a formula. Set directly: cell_text has
            # removed all that openpyxl's own check (one more scan of every text) would refuse.
            cell = self.Cell(ws, row=row, column=column)
            cell._value, cell.data_type = value, "s"
            quote = value[:1] in ("=", "+", "-", "@")  # and Excel keeps showing it as typed when edited
        else:
            cell = self.Cell(ws, row=row, column=column, value=value)  # openpyxl types numbers and dates
        # Made directly rather than through ws.cell(), which looks the position up twice on the way.
        sheet: Any = ws
        sheet._add_cell(cell)
        font = font or self.font
        # Assigning a font, fill or border makes openpyxl hash it and look it up in the workbook's list, which
        # was most of the export's time; a cell styled like an earlier one takes a copy of that one's style
        # indexes. (The number format a value brought with it, e.g. a date's, is part of the key when none is
        # given.)
        bound = None if number_format or cell._style is None else cell._style.numFmtId
        key = (id(font), id(fill), border, number_format, bound, quote, locked)
        style = self.styles.get(key)
        if style is not None:
            cell._style = self.StyleArray(style)
            return
        if quote:
            cell.quotePrefix = True
        cell.font = font
        cell.alignment = self.wrap
        if fill is not None:
            cell.fill = fill
        if border:
            cell.border = self.border
        if number_format:
            cell.number_format = number_format
        if not locked:
            cell.protection = self.unlocked
        self.styles[key] = self.StyleArray(cell._style)

    def fit_height(self, ws: Worksheet, row: int, values: Sequence[object], widths: tuple[int, ...]) -> None:
        """Give a row the height its wrapped text needs, as a fitted height, not a custom one: Excel shows it
        on opening (it does not fit rows of a file it did not write), and both Excel and LibreOffice still
        grow the row when more is typed into it (a custom height would cut that text on screen and paper)."""
        lines = 1
        for value, width in zip(values, widths):
            if isinstance(value, str):
                per_line = max(1, int(width * 1.05))
                if len(value) > per_line or "\n" in value:  # else one line, which the row has anyway
                    lines = max(lines, sum(max(1, -(-len(part) // per_line)) for part in value.split("\n")))
        ws.row_dimensions[row] = fitted_row(ws, row, min(409, 13 * lines + 3))

    def header(self, ws: Worksheet, titles: list[str], widths: tuple[int, ...]) -> None:
        from openpyxl.utils import get_column_letter

        for column, (title, width) in enumerate(zip(titles, widths), start=1):
            self.put(ws, 1, column, title, font=self.bold, fill=self.header_fill)
            ws.column_dimensions[get_column_letter(column)].width = width
        self.fit_height(ws, 1, titles, widths)
        ws.freeze_panes = "C2"
        ws.print_title_rows = "1:1"
        ws.auto_filter.ref = f"A1:{get_column_letter(len(titles))}1"

    def print_setup(self, ws: Worksheet, widths: tuple[int, ...] | None = None,
                    orientation: Literal["portrait", "landscape"] = "landscape") -> None:
        """A4, page numbers; fitted to the page's width if that keeps the text at 8 pt or more, else printed
        at PRINT_SCALE with the columns split over pages (the first two repeated on each)."""
        ws.page_setup.orientation = orientation
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.print_options.gridLines = False
        ws.page_margins.left = ws.page_margins.right = 0.5
        footer = ws.oddFooter
        if footer is not None and footer.center is not None:  # (openpyxl makes both; its stubs allow None)
            footer.center.text = "&P / &N"
        layout = print_layout(widths or (), PAGE_WIDTH_PT[orientation])
        fit = ws.sheet_properties.pageSetUpPr
        if fit is None:  # (openpyxl makes it with every sheet; its stubs allow None)
            from openpyxl.worksheet.properties import PageSetupProperties

            fit = ws.sheet_properties.pageSetUpPr = PageSetupProperties()
        if layout is None:  # fits at a readable size
            ws.page_setup.fitToWidth = 1
            ws.page_setup.fitToHeight = 0
            fit.fitToPage = True
            return
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.pagebreak import Break, ColBreak

        fit.fitToPage = False
        ws.page_setup.scale = PRINT_SCALE
        ws.print_title_cols = f"A:{get_column_letter(REPEATED_COLUMNS)}"
        breaks = ColBreak()
        for column in layout:
            breaks.append(Break(id=column))
        ws.col_breaks = breaks

    def protect(self, ws: Worksheet) -> None:
        """Lock the sheet against accidental edits (no password) but for the cells put with ``locked=False``;
        rows and columns can still be resized, filtered and sorted."""
        sheet = ws.protection
        sheet.sheet = True
        sheet.formatColumns = sheet.formatRows = sheet.formatCells = False  # False: allowed
        sheet.autoFilter = sheet.sort = False
        sheet.selectLockedCells = sheet.selectUnlockedCells = False

    def choice_list(self, values: list[str]) -> str:
        """Put a dropdown's values in a column of the hidden lists sheet; return the range formula."""
        from openpyxl.utils import get_column_letter, quote_sheetname

        ws = self.wb[LISTS_SHEET]
        self.lists_column += 1
        for row, value in enumerate(values, start=1):
            self.put(ws, row, self.lists_column, value, border=False)
        letter = get_column_letter(self.lists_column)
        return f"{quote_sheetname(LISTS_SHEET)}!${letter}$1:${letter}${len(values)}"

    def dropdown(self, ws: Worksheet, formula: str, cells: str, prompt_key: str, title_key: str) -> DataValidation:
        from openpyxl.worksheet.datavalidation import DataValidation

        validation = DataValidation(type="list", formula1=formula, allow_blank=True, showErrorMessage=True,
                                    showInputMessage=True)
        validation.errorTitle = self.r.text(title_key)[:32]
        validation.error = self.r.text("not_in_list")[:255]
        validation.promptTitle = self.r.text(title_key)[:32]
        validation.prompt = self.r.text(prompt_key)[:255]
        validation.errorStyle = "stop"
        ws.add_data_validation(validation)
        for part in cells.split():
            validation.add(part)
        return validation

    def hint(self, ws: Worksheet, cells: str, prompt_key: str, title_key: str) -> None:
        from openpyxl.worksheet.datavalidation import DataValidation

        validation = DataValidation(showInputMessage=True, showErrorMessage=False, allow_blank=True)
        validation.promptTitle = self.r.text(title_key)[:32]
        validation.prompt = self.r.text(prompt_key)[:255]
        ws.add_data_validation(validation)
        validation.add(cells)

    # ----------------------------------------------------------------- sheets
    def run(self) -> None:
        from openpyxl.worksheet.worksheet import Worksheet

        summary = self.wb.active
        if not isinstance(summary, Worksheet):  # a new workbook's first sheet; the stubs allow a chart sheet
            raise TypeError(f"a new workbook's active sheet is a {type(summary).__name__}")
        summary.title = self.r.text("sheet.summary", " - ")[:31]
        indicators = self.wb.create_sheet(self.r.text("sheet.indicators", " - ")[:31])
        actions = self.wb.create_sheet(self.r.text("sheet.actions", " - ")[:31])
        for name in (LISTS_SHEET, META_SHEET, ROWS_SHEET, ACTION_ROWS_SHEET):
            self.wb.create_sheet(name).sheet_state = "veryHidden"  # not in the "Unhide" list either
        self.summary(summary)
        self.indicators(indicators)
        self.actions(actions)
        self.meta(indicators.title, actions.title)
        if self.r.register is not None:
            from model.formats.xlsx_register import write_register_sheets

            write_register_sheets(self)  # its own sheets, after the plan; the importer does not read them
        if self.r.progress is not None:
            from model.formats.xlsx_progress import write_progress_sheet

            write_progress_sheet(self)  # progress since the previous assessment; not read by the importer
        hidden = [LISTS_SHEET, META_SHEET, ROWS_SHEET, ACTION_ROWS_SHEET]
        if self.long:
            self.long_texts(indicators, actions)
            hidden.append(long_texts.LONG_SHEET)
        for name in hidden:
            self.protect(self.wb[name])
        self.wb.active = 1

    def summary(self, ws: Worksheet) -> None:
        r, tp = self.r, self.r.title_page
        self.put(ws, 1, 1, tp.title or r.text("report_title"), font=self.title_font, border=False)
        ws.merge_cells("A1:E1")
        ws.row_dimensions[1].height = 40  # merged cells: no spreadsheet fits these, so the height is set
        row = 3
        for label, value in layout.title_rows(r, country=True):
            self.put(ws, row, 1, label, font=self.bold, fill=self.header_fill)
            self.put(ws, row, 2, value)
            ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=5)
            self.fit_height(ws, row, [label, value], (SUMMARY_WIDTHS[0], sum(SUMMARY_WIDTHS[1:])))
            row += 1
        self.put(ws, row + 1, 1, r.text("workbook_note"), border=False)
        ws.merge_cells(start_row=row + 1, start_column=1, end_row=row + 1, end_column=5)
        ws.row_dimensions[row + 1].height = 45
        row += 3
        titles = layout.summary_headers(r)
        widths = SUMMARY_WIDTHS
        for column, title in enumerate(titles, start=1):
            self.put(ws, row, column, title, font=self.bold, fill=self.header_fill)
        self.fit_height(ws, row, titles, widths)
        for area in layout.summary_rows(r):
            row += 1
            self.fit_height(ws, row, [area.name], widths)
            bold = self.bold if area.total else None
            self.put(ws, row, 1, area.name, font=bold)
            self.put(ws, row, 2, area.indicators, font=bold)
            self.put(ws, row, 3, area.complete, font=bold)
            self.put(ws, row, 4, area.completion, font=bold, number_format="0%")
            self.put(ws, row, 5, None if area.mean_level is None else round(area.mean_level, 2), font=bold,
                     number_format="0.00")
        for letter, width in zip("ABCDE", widths):
            ws.column_dimensions[letter].width = width
        self.print_setup(ws, widths, orientation="portrait")  # fits a portrait page at 8 pt or more

    def indicators(self, ws: Worksheet) -> None:
        r = self.r
        self.header(ws, headers(r.text, INDICATOR_COLUMNS), INDICATOR_WIDTHS)
        level_groups: dict[tuple[str, ...], list[str]] = {}
        entries = [entry for entry, _ in self.indicator_rows]
        for row, (entry, values) in enumerate(self.indicator_rows, start=2):
            for column, key in enumerate(INDICATOR_COLUMNS, start=1):
                fixed = key in ("id", "indicator")
                self.put(ws, row, column, values[key], fill=self.fixed_fill if fixed else None,
                         font=self.bold if key == "id" else None, cleaned=True, locked=fixed)
            self.fit_height(ws, row, [values[k] for k in INDICATOR_COLUMNS], INDICATOR_WIDTHS)
            choices = tuple(level_text(c) for c in entry.choices)
            level_groups.setdefault(choices, []).append(f"C{row}")
        last = len(entries) + 1
        for choices, cells in level_groups.items():
            self.dropdown(ws, self.choice_list(list(choices)), " ".join(cells), "choose_level", "level")
        statuses = [join(label) for _, label in r.status_choices()]
        if entries:
            self.dropdown(ws, self.choice_list(statuses), f"D2:D{last}", "choose_status", "status")
            self.hint(ws, f"E2:E{last}", "criteria_hint", "criteria_met")
            self.protect(ws)  # the id and the statement are locked, the rest of each row editable
        self.print_setup(ws, INDICATOR_WIDTHS)

    def actions(self, ws: Worksheet) -> None:
        r = self.r
        self.header(ws, headers(r.text, ACTION_COLUMNS), ACTION_WIDTHS)
        for row, (action, values) in enumerate(self.action_rows, start=2):
            for column, key in enumerate(ACTION_COLUMNS, start=1):
                value = values[key]
                if key in ("start_date", "due_date"):
                    value = date.fromisoformat(value) if isinstance(value, str) and value else None
                self.put(ws, row, column, value, number_format="yyyy-mm-dd" if key.endswith("_date") else None,
                         font=self.grey_font if key == "uid" else (self.bold if key == "number" else None),
                         fill=self.fixed_fill if key in ("number", "uid") else None, cleaned=True,
                         locked=key in ("number", "uid"))
            self.fit_height(ws, row, [values[k] for k in ACTION_COLUMNS], ACTION_WIDTHS)
        last = len(r.actions) + 1 + EMPTY_ACTION_ROWS
        for row in range(len(r.actions) + 2, last + 1):  # ready-made rows for new actions
            for column, key in enumerate(ACTION_COLUMNS, start=1):
                self.put(ws, row, column, None, number_format="yyyy-mm-dd" if key.endswith("_date") else None,
                         fill=self.fixed_fill if key in ("number", "uid") else None, locked=key in ("number", "uid"))
        col = {key: chr(ord("A") + i) for i, key in enumerate(ACTION_COLUMNS)}
        self.dropdown(ws, self.choice_list([join(label) for _, label in r.priority_choices()]),
                      f"{col['priority']}2:{col['priority']}{last}", "choose_priority", "priority")
        self.dropdown(ws, self.choice_list([join(label) for _, label in r.action_status_choices()]),
                      f"{col['status']}2:{col['status']}{last}", "choose_status", "status")
        self.dropdown(ws, self.choice_list([r.text("yes"), r.text("no")]),
                      f"{col['assistance_requested']}2:{col['assistance_requested']}{last}", "choose_yes_no",
                      "assistance_requested")
        for key in ("start_date", "due_date"):
            self.hint(ws, f"{col[key]}2:{col[key]}{last}", "date_hint", key)
        self.hint(ws, f"{col['uid']}2:{col['uid']}{last}", "key_hint", "key")
        self.hint(ws, f"{col['indicator_ids']}2:{col['indicator_ids']}{last}", "criteria_hint", "linked_indicators")
        # the key column is locked (the import matches rows by it); the number too, new rows included
        self.protect(ws)
        self.print_setup(ws, ACTION_WIDTHS)

    def long_texts(self, indicators: Worksheet, actions: Worksheet) -> None:
        """The parts of too-long texts beyond the cell, on a very hidden sheet; a note on each cut cell."""
        from openpyxl.comments import Comment

        ws = self.wb.create_sheet(long_texts.LONG_SHEET)
        ws.sheet_state = "veryHidden"
        for row, values in enumerate(long_texts.rows(self.long), start=1):
            for column, value in enumerate(values, start=1):
                self.put(ws, row, column, value, border=False)
        where: dict[tuple[str, str], tuple[Worksheet, int, tuple[str, ...]]] = {("indicator", e.id): (indicators, row, INDICATOR_COLUMNS)
                 for row, (e, _) in enumerate(self.indicator_rows, start=2)}
        where |= {("action", a.uid): (actions, row, ACTION_COLUMNS)
                  for row, (a, _) in enumerate(self.action_rows, start=2)}
        for item in self.long:
            sheet, row, columns = where[(item.kind, item.ident)]
            note = "\n\n".join(text.format(length=formatting.integer(item.length, lang),
                                             limit=formatting.integer(EXCEL_CELL_LIMIT, lang))
                                 for text, lang in zip(self.r.label("long_text_note"), self.r.langs))
            sheet.cell(row=row, column=columns.index(item.field) + 1).comment = Comment(note, "TEIA", 120, 360)

    def meta(self, indicators_title: str, actions_title: str) -> None:
        r, tp = self.r, self.r.title_page
        ws = self.wb[META_SHEET]
        rows = [("format", FORMAT), ("format_version", FORMAT_VERSION), ("document_id", r.document_id),
                ("catalogue_id", tp.catalogue_id), ("catalogue_version", tp.catalogue_version),
                ("catalogue_sha256", r.catalogue_sha256), ("lang", r.lang), ("exported", tp.date),
                ("indicators_sheet", indicators_title), ("actions_sheet", actions_title),
                ("indicator_columns", ",".join(INDICATOR_COLUMNS)), ("action_columns", ",".join(ACTION_COLUMNS))]
        for row, (key, text) in enumerate(rows, start=1):
            self.put(ws, row, 1, key, border=False)
            self.put(ws, row, 2, text, border=False)
        ws = self.wb[ROWS_SHEET]
        for column, title in enumerate(("indicator_id", "revision", *INDICATOR_FIELDS), start=1):
            self.put(ws, 1, column, title, border=False)
        for row, (entry, values) in enumerate(self.indicator_rows, start=2):
            for column, value in enumerate((entry.id, entry.revision, *(values[f] for f in INDICATOR_FIELDS)),
                                           start=1):
                self.put(ws, row, column, value, border=False, cleaned=column > 2)
        ws = self.wb[ACTION_ROWS_SHEET]
        for column, title in enumerate(("uid", "revision", *ACTION_FIELDS), start=1):
            self.put(ws, 1, column, title, border=False)
        for row, (action, cells) in enumerate(self.action_rows, start=2):
            for column, value in enumerate((action.uid, action.revision, *(cells[f] for f in ACTION_FIELDS)),
                                           start=1):
                self.put(ws, row, column, value, border=False, cleaned=column > 2)
