"""The register as a workbook for operators and regional offices: a template to fill (activities, substances,
drop-downs, instructions in three languages) and its import with a preview, validation and idempotency.

Each activity row carries its key (the activity's uid); a new row without one gets a key derived from the
document and the row's registration number (or name and operator), so importing the same workbook again
finds the activities it added instead of adding copies. The file is opened through model.formats.untrusted.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from model.document.assessment import Assessment
from model.errors import DocumentError, WorkbookError
from model.formats.xlsx import reopen_workbook
from model.formats.xlsx_save import save_workbook
from model.fileio import write_package
from model.register import activities as register
from model.register.calculator import SubstanceLine

FORMAT = "teia-register-workbook"
FORMAT_VERSION = "1"
META_SHEET = "_teia_register"
LISTS_SHEET = "_teia_register_lists"
ACTIVITY_SHEET, SUBSTANCE_SHEET, INSTRUCTIONS_SHEET = "Activities", "Substances", "Instructions"
MAX_ROWS = 60_000
ACTIVITY_COLUMNS = ("key", *register.FIELDS)
SUBSTANCE_COLUMNS = ("activity_key", "name", "named_id", "categories", "quantity_t", "cas", "form")
INSTRUCTIONS = {
    "en": "Fill one row per hazardous activity on the sheet Activities and one row per substance on the sheet "
          "Substances (the column activity_key repeats the key of its activity; for a new activity write any short "
          "code in both sheets). Quantities are the largest amounts present at any one time, in tonnes. Write "
          "dates as 2026-03-31. Choose sectors, Annex I named entries and physical forms from the lists. Do not "
          "rename the sheets or the columns.",
    "ru": "Заполните по одной строке на каждый вид опасной деятельности на листе Activities и по одной строке на "
          "каждое вещество на листе Substances (в столбце activity_key повторите ключ вида деятельности; для нового "
          "вида деятельности впишите любой короткий код на обоих листах). Количества — наибольшие одновременно "
          "находящиеся, в тоннах. Даты записывайте как 2026-03-31. Отрасли, поименованные вещества приложения I и "
          "физическое состояние выбирайте из списков. Не переименовывайте листы и столбцы.",
    "ky": "Activities барагына ар бир коркунучтуу ишмердүүлүк үчүн бир саптан, Substances барагына ар бир зат "
          "үчүн бир саптан толтуруңуз (activity_key тилкесинде ишмердүүлүктүн ачкычын кайталаңыз; жаңы ишмердүүлүк "
          "үчүн эки баракка тең каалаган кыска кодду жазыңыз). Сандар — бир эле убакта болгон эң көп өлчөм, "
          "тонна менен. Даталарды 2026-03-31 түрүндө жазыңыз. Тармактарды, I тиркемедеги аталган заттарды жана "
          "физикалык абалын тизмелерден тандаңыз. Барактардын жана тилкелердин атын өзгөртпөңүз.",
}


# ----------------------------------------------------------------- the template
def write_template(doc: Assessment, path: str | Path) -> Path:
    """A workbook with the register as it is now (an empty register gives an empty template)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment
    from openpyxl.worksheet.datavalidation import DataValidation

    annex = register.annex_for(doc)
    found = register.activities(doc)
    from openpyxl.worksheet.worksheet import Worksheet

    workbook = Workbook()
    instructions = workbook.active
    if not isinstance(instructions, Worksheet):  # a new workbook's first sheet; the stubs allow a chart sheet
        raise TypeError(f"a new workbook's active sheet is a {type(instructions).__name__}")
    instructions.title = INSTRUCTIONS_SHEET
    instructions.column_dimensions["A"].width = 120
    for row, lang in enumerate(("ru", "ky", "en"), start=1):
        instructions.cell(row=row, column=1, value=INSTRUCTIONS[lang]).alignment = Alignment(wrap_text=True,
                                                                                          vertical="top")
    instructions.cell(row=5, column=1, value=f"Annex I: {annex.label}" + (" (provisional)" if annex.provisional else ""))
    activities = workbook.create_sheet(ACTIVITY_SHEET)
    activities.append(list(ACTIVITY_COLUMNS))
    for activity in found:
        activities.append([activity.uid, *[_out(activity.values.get(name)) for name in register.FIELDS]])
    substances = workbook.create_sheet(SUBSTANCE_SHEET)
    substances.append(list(SUBSTANCE_COLUMNS))
    for activity in found:
        for line in activity.substances:
            substances.append([activity.uid, line.name, line.named_id, ", ".join(line.categories), line.quantity_t,
                               line.cas, line.form])
    lists = workbook.create_sheet(LISTS_SHEET)
    choices = {"sector": register.SECTORS, "status": register.STATUSES, "transboundary": register.TRANSBOUNDARY,
               "named_id": tuple(annex.named), "form": register.FORMS[1:], "flag": ("yes", "no")}
    for column, (key, values) in enumerate(choices.items(), start=1):
        for row, value in enumerate(values, start=1):
            lists.cell(row=row, column=column, value=value)
        letter = lists.cell(row=1, column=column).column_letter
        formula = f"'{LISTS_SHEET}'!${letter}$1:${letter}${len(values)}"
        targets = [(activities, ACTIVITY_COLUMNS, name) for name, (kind, _) in register.FIELDS.items()
                   if name == key or (key == "flag" and kind == "flag")]
        if key in SUBSTANCE_COLUMNS:
            targets.append((substances, SUBSTANCE_COLUMNS, key))
        for sheet, columns, name in targets:
            rule = DataValidation(type="list", formula1=formula, allow_blank=True)
            column_letter = sheet.cell(row=1, column=columns.index(name) + 1).column_letter
            rule.add(f"{column_letter}2:{column_letter}{max(5000, sheet.max_row + 500)}")
            sheet.add_data_validation(rule)
    lists.sheet_state = "veryHidden"
    meta = workbook.create_sheet(META_SHEET)
    for entry in (("format", FORMAT), ("format_version", FORMAT_VERSION),
                  ("document_id", str(doc.meta().get("document_id") or "")), ("annex", annex.label)):
        meta.append(list(entry))
    meta.sheet_state = "veryHidden"
    for sheet in (activities, substances):
        sheet.freeze_panes = "B2"
        for column in range(1, sheet.max_column + 1):
            sheet.column_dimensions[sheet.cell(row=1, column=column).column_letter].width = 18
    workbook.active = 1
    return write_package(path, lambda stream: save_workbook(workbook, stream), reopen_workbook)


def _out(value: object) -> object:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return value


# ----------------------------------------------------------------- reading and planning
@dataclass(frozen=True)
class RegisterChange:
    kind: str  # "add" or "update"
    uid: str
    name: str
    values: dict[str, object]
    substances: tuple[SubstanceLine, ...] | None  # None: the substance table is unchanged


@dataclass(frozen=True)
class RegisterPlan:
    workbook: str
    changes: tuple[RegisterChange, ...] = field(default=())

    def summary(self) -> str:
        added = sum(c.kind == "add" for c in self.changes)
        return (f"{self.workbook}: {added} new activities, {len(self.changes) - added} changed"
                if self.changes else f"{self.workbook}: nothing to change")


@dataclass(frozen=True)
class RegisterRows:
    """What a register workbook holds, read and checked without the document (so it can be read off the GUI
    thread): its name, the assessment it was made for, and its non-empty rows with their row numbers."""

    workbook: str
    document_id: str
    activities: tuple[tuple[int, tuple[object, ...]], ...]
    substances: tuple[tuple[int, tuple[object, ...]], ...]


def read_plan(doc: Assessment, path: str | Path) -> RegisterPlan:
    """What importing the workbook would change; WorkbookError for a hostile, foreign or invalid file."""
    return plan_rows(doc, read_workbook(path))


def read_workbook(path: str | Path) -> RegisterRows:
    """The rows of a register workbook, through the defences of model.formats.untrusted; WorkbookError for a
    hostile file, one that is not a register workbook, a newer one, or one whose sheets or columns changed."""
    from model.formats import untrusted

    name = Path(path).name
    with untrusted.open_workbook(path, MAX_ROWS) as workbook:
        sheets = set(workbook.sheetnames)
        if META_SHEET not in sheets:
            raise WorkbookError("not_ours", file=name)
        meta = {str(r[0]): str(r[1] or "") for r in workbook[META_SHEET].iter_rows(values_only=True, max_col=2)
                if r and r[0] is not None}
        if meta.get("format") != FORMAT:
            raise WorkbookError("not_ours", file=name)
        if meta.get("format_version") != FORMAT_VERSION:
            raise WorkbookError("newer", file=name, version=meta.get("format_version", "?"))
        rows = {}
        for sheet, columns in ((ACTIVITY_SHEET, ACTIVITY_COLUMNS), (SUBSTANCE_SHEET, SUBSTANCE_COLUMNS)):
            if sheet not in sheets:
                raise WorkbookError("missing_sheet", file=name, sheet=sheet)
            found = list(workbook[sheet].iter_rows(values_only=True, max_col=len(columns)))
            if len(found) > MAX_ROWS:
                raise WorkbookError("too_many_rows", file=name, sheet=sheet, limit=MAX_ROWS)
            header = tuple(str(v or "").strip() for v in (found[0] if found else ()))
            for index, expected in enumerate(columns):
                got = header[index] if index < len(header) else ""
                if got != expected:
                    raise WorkbookError("columns_changed", file=name, sheet=sheet, column=index + 1,
                                        expected=expected, found=got)
            rows[sheet] = tuple((number, tuple(r) + (None,) * (len(columns) - len(r)))
                                for number, r in enumerate(found[1:], start=2) if any(v not in (None, "") for v in r))
    return RegisterRows(name, meta.get("document_id", ""), rows[ACTIVITY_SHEET], rows[SUBSTANCE_SHEET])


def plan_rows(doc: Assessment, rows: RegisterRows) -> RegisterPlan:
    """What the rows would change in ``doc``; WorkbookError for another assessment's workbook or a bad value."""
    if rows.document_id and rows.document_id != str(doc.meta().get("document_id") or ""):
        raise WorkbookError("other_assessment", file=rows.workbook)
    return _plan(doc, rows.workbook, rows.activities, rows.substances)


def _plan(doc: Assessment, name: str, activity_rows: Iterable[tuple[int, tuple[object, ...]]],
          substance_rows: Iterable[tuple[int, tuple[object, ...]]]) -> RegisterPlan:
    annex = register.annex_for(doc)
    existing = {a.uid: a for a in register.activities(doc)}
    document_id = str(doc.meta().get("document_id") or "")
    keys: dict[str, str] = {}
    changes_by_key: dict[str, tuple[int, dict[str, object]]] = {}
    for number, row in activity_rows:
        key = str(row[0] or "").strip()
        values = dict(zip(register.FIELDS, row[1:]))
        try:
            clean = register.validate(values)
        except DocumentError as exc:
            raise WorkbookError("bad_value", file=name, sheet=ACTIVITY_SHEET, cell=f"row {number}",
                                detail=str(exc)) from None
        if key in existing:
            uid = key
        else:  # a new row: the same row imported again must find the same activity
            basis = clean.get("registration_number") or f"{clean.get('name')}|{clean.get('operator')}"
            uid = str(uuid.uuid5(uuid.NAMESPACE_URL, f"teia-register:{document_id}:{basis}"))
        if key and key in keys:
            raise WorkbookError("duplicate", file=name, sheet=ACTIVITY_SHEET, item=key,
                                first=changes_by_key[key][0], second=number)
        keys[key or uid] = uid
        changes_by_key[key or uid] = (number, clean)
    lines: dict[str, list[SubstanceLine]] = {}
    for number, row in substance_rows:
        key = str(row[0] or "").strip()
        if key not in keys:
            raise WorkbookError("bad_value", file=name, sheet=SUBSTANCE_SHEET, cell=f"A{number}",
                                detail=f"no activity with the key {key!r} on the sheet {ACTIVITY_SHEET}")
        quantity = register.to_number(row[4]) if row[4] not in (None, "") else None
        if row[4] not in (None, "") and quantity is None:
            raise WorkbookError("bad_value", file=name, sheet=SUBSTANCE_SHEET, cell=f"E{number}",
                                detail=f"{row[4]!r} is not a quantity in tonnes")
        categories = tuple(c.strip() for c in str(row[3] or "").replace(";", ",").split(",") if c.strip())
        line = SubstanceLine(str(row[1] or "").strip(), str(row[2] or "").strip().upper(), categories, quantity,
                             str(row[5] or "").strip(), str(row[6] or "").strip())
        try:
            register.validate_substance(line, annex, f"row {number}")
        except DocumentError as exc:
            raise WorkbookError("bad_value", file=name, sheet=SUBSTANCE_SHEET, cell=f"row {number}",
                                detail=str(exc)) from None
        lines.setdefault(keys[key], []).append(line)
    changes = []
    for key, (number, clean) in changes_by_key.items():
        uid = keys[key]
        new_lines = tuple(lines.get(uid, ()))
        old = existing.get(uid) or (register.activity(doc, uid) if _exists(doc, uid) else None)
        if old is None:
            changes.append(RegisterChange("add", uid, str(clean.get("name") or ""), clean, new_lines))
            continue
        changed = {k: v for k, v in clean.items() if old.values.get(k) != v}
        substances = new_lines if new_lines != old.substances else None
        if changed or substances is not None:
            changes.append(RegisterChange("update", uid, str(old.values.get("name") or ""), changed, substances))
    return RegisterPlan(name, tuple(changes))


def _exists(doc: Assessment, uid: str) -> bool:
    return bool(doc.query("SELECT 1 FROM activity WHERE uid = ?", (uid,)))


def apply(doc: Assessment, plan: RegisterPlan) -> int:
    """Write every change of the plan in one transaction; returns how many activities changed."""
    source = f"import: {plan.workbook}"
    with doc.transaction():
        for change in plan.changes:
            if change.kind == "add":
                register.add_activity(doc, change.values, change.substances or (), uid=change.uid, source=source)
                continue
            if change.values:
                register.update_activity(doc, change.uid, change.values, source=source)
            if change.substances is not None:
                register.set_substances(doc, change.uid, change.substances, source=source)
    return len(plan.changes)
