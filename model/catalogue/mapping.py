"""Which indicators of one edition of a catalogue become which of another: kept (same id), renamed, split
(one old → several new), merged (several old → one new) or removed. Read from a mapping workbook (its
template is written here for the two editions) or a JSON file; an indicator not named keeps its id if the
new edition has it and is removed otherwise.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from model.catalogue import Catalogue
from model.catalogue.workbook_import import split
from model.errors import CatalogueError, WorkbookError
from model.problems import problem

FORMAT = "teia-catalogue-map"
SHEET, NEW_SHEET, META_SHEET, LISTS_SHEET = "Mapping", "New indicators", "_teia_map", "_teia_map_lists"
COLUMNS = ("old_id", "old_statement", "new_id", "new_statement", "note")
MAX_ROWS = 10_010
MAX_MAP_BYTES = 5 * 1024 * 1024
INSTRUCTIONS = {
    "ru": "Сопоставление показателей двух редакций каталога. Одна строка на показатель прежней редакции: в "
          "столбце new_id укажите показатель новой редакции, в который он переходит. Несколько показателей через "
          "точку с запятой — показатель разделен (ответ копируется в каждый); один и тот же new_id у нескольких "
          "строк — показатели объединены (ответы соединяются с пометкой); пустой new_id — показателя нет в новой "
          "редакции (ответ сохраняется в приложении к отчету). Столбцы со статусами — для справки.",
    "ky": "Каталогдун эки редакциясынын көрсөткүчтөрүн салыштыруу. Мурунку редакциянын ар бир көрсөткүчү үчүн бир "
          "сап: new_id тилкесине ал өтө турган жаңы редакциянын көрсөткүчүн жазыңыз. Үтүрлүү чекит менен бир нече "
          "көрсөткүч — көрсөткүч бөлүнгөн (жооп ар бирине көчүрүлөт); бир нече сапта бир эле new_id — "
          "көрсөткүчтөр бириктирилген (жооптор белги менен кошулат); бош new_id — көрсөткүч жаңы редакцияда жок "
          "(жооп отчеттун тиркемесинде сакталат). Тексттер жазылган тилкелер — маалымат үчүн гана.",
    "en": "How the indicators of one edition of the catalogue become those of another. One row per indicator of "
          "the old edition: write in new_id the indicator of the new edition it becomes. Several, separated by "
          "semicolons: it is split (the answer is copied to each); the same new_id on several rows: they are "
          "merged (the answers are joined with a note); new_id empty: it is not in the new edition (the answer is "
          "kept in an annex of the report). The statement columns are for information only.",
}


@dataclass(frozen=True)
class Mapping:
    targets: dict[str, tuple[str, ...]]  # every old indicator id -> the new ids it becomes (() = removed)
    notes: dict[str, str] = field(default_factory=dict)
    new_ids: tuple[str, ...] = ()

    def sources(self) -> dict[str, tuple[str, ...]]:
        """Every new indicator id -> the old ids it takes its answer from (() = a new indicator)."""
        found: dict[str, list[str]] = {new: [] for new in self.new_ids}
        for old, news in self.targets.items():
            for new in news:
                found.setdefault(new, []).append(old)
        return {new: tuple(olds) for new, olds in found.items()}

    def summary(self) -> dict[str, int]:
        sources = self.sources()
        counts = {"kept": 0, "renamed": 0, "split": 0, "merged": 0, "removed": 0, "added": 0}
        for old, news in self.targets.items():
            if not news:
                counts["removed"] += 1
            elif len(news) > 1:
                counts["split"] += 1
            elif len(sources[news[0]]) > 1:
                counts["merged"] += 1
            else:
                counts["kept" if news[0] == old else "renamed"] += 1
        counts["added"] = sum(1 for olds in sources.values() if not olds)
        return counts

    def to_json(self, old: Catalogue, new: Catalogue) -> dict[str, Any]:
        return {"format": FORMAT, "from": {"id": old.id, "version": old.version},
                "to": {"id": new.id, "version": new.version},
                "indicators": {k: list(v) for k, v in self.targets.items()}, "notes": dict(self.notes)}


def build(old: Catalogue, new: Catalogue, named: dict[str, tuple[str, ...]] | None = None,
          notes: dict[str, str] | None = None) -> Mapping:
    """The mapping with ``named`` ids as given and every other one kept by id (or removed)."""
    named = named or {}
    new_ids = new.indicator_ids()
    known = set(new_ids)
    targets = {}
    for ind in old.indicator_ids():
        targets[ind] = named[ind] if ind in named else ((ind,) if ind in known else ())
    return Mapping(targets, dict(notes or {}), tuple(new_ids))


def identity(old: Catalogue, new: Catalogue) -> Mapping:
    return build(old, new)


# ----------------------------------------------------------------- reading a mapping file
def read_mapping(path: str | Path, old: Catalogue, new: Catalogue) -> Mapping:
    """A mapping from a workbook (.xlsx) or a JSON file; every problem names the row (or entry) and the id."""
    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        return _read_workbook(path, old, new)
    return _read_json(path, old, new)


def _read_json(path: Path, old: Catalogue, new: Catalogue) -> Mapping:
    from model.app.resources import read_data_file

    def refuse(entry: str, **found: object) -> CatalogueError:
        return CatalogueError(file=str(path), entry=entry, **found)
    text = read_data_file(path, MAX_MAP_BYTES, "a mapping", lambda **found: refuse("(file)", **found))
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise refuse("(file)", **problem("not_json", detail=str(exc)[:200])) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise refuse("format", **problem("const", allowed=repr(FORMAT)))
    rows = data.get("indicators")
    if not isinstance(rows, dict):
        raise refuse("indicators", **problem("type", expected="object", found=type(rows).__name__))
    raw_notes = data.get("notes")
    notes = raw_notes if isinstance(raw_notes, dict) else {}
    named: dict[str, tuple[str, ...]] = {}
    old_ids, new_ids = set(old.indicator_ids()), set(new.indicator_ids())
    for key, value in rows.items():
        values = [value] if isinstance(value, str) else value if isinstance(value, list) else None
        if values is None or not all(isinstance(v, str) for v in values):
            raise refuse(f"indicators.{key}", **problem("type", expected="array", found=type(value).__name__))
        if key not in old_ids:
            raise refuse(f"indicators.{key}", **problem("not_in_old", id=key))
        for item in values:
            if item not in new_ids:
                raise refuse(f"indicators.{key}", **problem("not_in_new", id=item))
        named[key] = tuple(dict.fromkeys(values))
    return build(old, new, named, {str(k): str(v) for k, v in notes.items() if isinstance(v, str)})


def _read_workbook(path: Path, old: Catalogue, new: Catalogue) -> Mapping:
    from model.formats import untrusted
    from openpyxl.utils import get_column_letter

    name = path.name

    def refuse(cell: str, code: str, **args: object) -> WorkbookError:
        return WorkbookError("catalogue_cell", file=name, sheet=SHEET, cell=cell, **problem(code, **args))
    with untrusted.open_workbook(path, MAX_ROWS) as workbook:
        if SHEET not in workbook.sheetnames:
            raise WorkbookError("missing_sheet", file=name, sheet=SHEET)
        rows = list(workbook[SHEET].iter_rows(values_only=True))
    header = [untrusted.cell_value(v).strip() for v in (rows[0] if rows else ())]
    columns = {}
    for wanted in ("old_id", "new_id", "note"):
        if wanted not in header:
            raise refuse(f"{get_column_letter(len(header) + 1)}1", "missing_column", column=wanted)
        columns[wanted] = header.index(wanted)
    old_ids, new_ids = set(old.indicator_ids()), set(new.indicator_ids())
    named: dict[str, tuple[str, ...]] = {}
    notes: dict[str, str] = {}
    first_row: dict[str, int] = {}
    for number, values in enumerate(rows[1:], start=2):
        cell = {key: untrusted.cell_value(values[i]) if i < len(values) else "" for key, i in columns.items()}
        old_id = cell["old_id"].strip()
        if not old_id and not cell["new_id"].strip():
            continue
        letter = {key: get_column_letter(i + 1) for key, i in columns.items()}
        if old_id not in old_ids:
            raise refuse(f"{letter['old_id']}{number}", "not_in_old", id=old_id)
        targets = split(cell["new_id"])
        for target in targets:
            if target not in new_ids:
                raise refuse(f"{letter['new_id']}{number}", "not_in_new", id=target)
        if old_id in named:  # a second row of the same old indicator: split further
            targets = [*named[old_id], *targets]
        first_row.setdefault(old_id, number)
        named[old_id] = tuple(dict.fromkeys(targets))
        if cell["note"].strip():
            notes[old_id] = "; ".join(filter(None, (notes.get(old_id), cell["note"].strip())))
    return build(old, new, named, notes)


# ----------------------------------------------------------------- the template
def write_template(old: Catalogue, new: Catalogue, out: str | Path, lang: str = "ru") -> Path:
    """A mapping workbook for two editions: one row per old indicator, the new id filled where it is the same."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.datavalidation import DataValidation

    from model.catalogue.workbook_export import put_cell
    from model.formats.xlsx import reopen_workbook
    from model.formats.xlsx_save import save_workbook
    from model.fileio import write_package

    style = {"font": Font(name="Arial", size=10), "wrap": Alignment(wrap_text=True, vertical="top")}
    mapping = identity(old, new)
    from openpyxl.worksheet.worksheet import Worksheet

    workbook = Workbook()
    instructions = workbook.active
    if not isinstance(instructions, Worksheet):  # a new workbook's first sheet; the stubs allow a chart sheet
        raise TypeError(f"a new workbook's active sheet is a {type(instructions).__name__}")
    instructions.title = "Instructions"
    instructions.column_dimensions["A"].width = 120
    for row, code in enumerate(("ru", "ky", "en"), start=1):
        put_cell(instructions, row, 1, INSTRUCTIONS[code], style)
    put_cell(instructions, 5, 1, f"{old.id} {old.version} → {new.id} {new.version}", style)
    sheet = workbook.create_sheet(SHEET)
    sheet.append(list(COLUMNS))
    for column, width in zip("ABCDE", (10, 60, 14, 60, 30)):
        sheet.column_dimensions[column].width = width
    for number, ind in enumerate(old.indicators(), start=2):
        target = mapping.targets[ind.id]
        new_ind = new.indicator(target[0]) if target else None
        for index, value in enumerate((ind.id, ind.statement.text(lang), target[0] if target else None,
                                       new_ind.statement.text(lang) if new_ind else None, None), start=1):
            put_cell(sheet, number, index, value, style)
    added = workbook.create_sheet(NEW_SHEET)
    added.append(["new_id", "new_statement"])
    added.column_dimensions["B"].width = 80
    taken = {i for news in mapping.targets.values() for i in news}
    for ind in new.indicators():
        if ind.id not in taken:
            added.append([ind.id, ind.statement.text(lang)])
    lists = workbook.create_sheet(LISTS_SHEET)
    for index, ind_id in enumerate(new.indicator_ids(), start=1):
        lists.cell(row=index, column=1, value=ind_id)
    lists.sheet_state = "veryHidden"
    rule = DataValidation(type="list", formula1=f"'{LISTS_SHEET}'!$A$1:$A${max(1, new.indicator_count)}",
                          allow_blank=True, showErrorMessage=False, showInputMessage=True)
    rule.add(f"C2:C{old.indicator_count + 200}")
    sheet.add_data_validation(rule)
    meta = workbook.create_sheet(META_SHEET)
    for entry in (("format", FORMAT), ("from", f"{old.id} {old.version}"), ("to", f"{new.id} {new.version}")):
        meta.append(list(entry))
    meta.sheet_state = "veryHidden"
    sheet.freeze_panes = "B2"
    return write_package(out, lambda stream: save_workbook(workbook, stream), reopen_workbook)
