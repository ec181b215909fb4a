"""Read a catalogue workbook back (``catalogue import``): every value checked, every problem named by sheet,
cell and a translatable problem code (WorkbookError "catalogue_cell"), then the whole catalogue validated as
any catalogue file is; a problem found there is traced back to the cell it came from.

The file is opened through model.formats.untrusted (size, compression, entities, rows bounded).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from model.catalogue import Catalogue, load_catalogue, parse_catalogue
from model.catalogue import layout

if TYPE_CHECKING:  # openpyxl is imported when a workbook is read, not at start-up
    from openpyxl import Workbook
from model.errors import CatalogueError, WorkbookError
from model.fileio import atomic_write, check_export_target
from model.formats import untrusted
from model.problems import problem


@dataclass
class _Row:
    number: int
    values: dict[str, str]  # column name -> text ("" for an empty cell)
    letters: dict[str, str]  # column name -> column letter

    def cell(self, column: str) -> str:
        return f"{self.letters[column]}{self.number}"


@dataclass
class _Reader:
    name: str
    languages: tuple[str, ...] = ()
    places: dict[str, tuple[str, str]] = field(default_factory=dict)  # JSON path -> (sheet, cell)

    def refuse(self, sheet: str, cell: str, code: str, **args: object) -> WorkbookError:
        return WorkbookError("catalogue_cell", file=self.name, sheet=sheet, cell=cell, **problem(code, **args))

    # ------------------------------------------------------------------ sheets
    def rows(self, workbook: Workbook, sheet: layout.Sheet) -> list[_Row]:
        from openpyxl.utils import get_column_letter

        if sheet.name not in workbook.sheetnames:
            raise WorkbookError("missing_sheet", file=self.name, sheet=sheet.name)
        # Read whole (the row count is bounded): a generator left open by a refusal keeps the file open.
        found = iter(list(workbook[sheet.name].iter_rows(values_only=True)))
        header = [untrusted.cell_value(v).strip() for v in next(found, ())]
        letters: dict[str, str] = {}
        text_column = re.compile(rf"^({'|'.join(sheet.texts) or '-'})_([a-z]{{2,3}})$")
        for index, name in enumerate(header):
            if not name:
                continue
            letter = get_column_letter(index + 1)
            known = name in sheet.plain or name in sheet.lists or text_column.match(name)
            if not known:
                raise self.refuse(sheet.name, f"{letter}1", "unknown_column", column=name)
            if name in letters:
                raise self.refuse(sheet.name, f"{letter}1", "id_twice", id=name)
            letters[name] = letter
        free = get_column_letter(len(header) + 1)
        for name in sheet.columns(layout.LANGUAGES_REQUIRED):
            if name not in letters:
                raise self.refuse(sheet.name, f"{free}1", "missing_column", column=name)
        extra = sorted({m.group(2) for m in map(text_column.match, letters) if m} - set(layout.LANGUAGES_REQUIRED))
        self.languages = tuple(dict.fromkeys((*self.languages, *layout.LANGUAGES_REQUIRED, *extra)))
        rows = []
        for number, values in enumerate(found, start=2):
            texts = {name: untrusted.cell_value(values[index]) if index < len(values) else ""
                     for name, index in ((n, _index(letter)) for n, letter in letters.items())}
            if not any(v.strip() for v in texts.values()):
                continue
            for name in sheet.plain:
                texts[name] = texts[name].strip()
            row = _Row(number, texts, letters)
            for name in sheet.required:
                if not row.values[name]:
                    raise self.refuse(sheet.name, row.cell(name), "required_value")
            for name in sheet.required_texts:
                if not any(row.values.get(f"{name}_{lang}", "").strip() for lang in self.languages):
                    raise self.refuse(sheet.name, row.cell(f"{name}_en"), "empty_text", column=name)
            rows.append(row)
        return rows

    def text(self, row: _Row, name: str, path: str, sheet: str) -> dict[str, str]:
        result = {}
        for lang in self.languages:
            column = f"{name}_{lang}"
            value = row.values.get(column, "")
            if value.strip():
                result[lang] = value
                self.places[f"{path}.{lang}"] = (sheet, row.cell(column))
        self.places[path] = (sheet, row.cell(f"{name}_en"))
        return result

    def place(self, path: str, sheet: str, row: _Row, column: str) -> None:
        self.places[path] = (sheet, row.cell(column))

    def unique(self, rows: list[_Row], sheet: str, key: Callable[[_Row], object]) -> None:
        seen: dict[object, int] = {}
        for row in rows:
            ident = key(row)
            if ident in seen:
                raise self.refuse(sheet, row.cell("id"), "id_twice_row", id=row.values["id"], row=seen[ident])
            seen[ident] = row.number

    # ------------------------------------------------------------------ the catalogue
    def catalogue_data(self, workbook: Workbook) -> dict[str, Any]:
        rows = {sheet.name: self.rows(workbook, sheet) for sheet in layout.SHEETS}
        identity, scale_rows = rows[layout.IDENTITY.name], rows[layout.SCALE.name]
        areas, indicators, criteria = rows[layout.AREAS.name], rows[layout.INDICATORS.name], rows[layout.CRITERIA.name]
        for sheet, found in ((layout.IDENTITY.name, identity), (layout.AREAS.name, areas),
                             (layout.INDICATORS.name, indicators), (layout.SCALE.name, scale_rows)):
            if not found:
                raise self.refuse(sheet, "A2", "no_rows")
        self.unique(areas, layout.AREAS.name, lambda r: r.values["id"])
        self.unique(indicators, layout.INDICATORS.name, lambda r: r.values["id"])
        self.unique(criteria, layout.CRITERIA.name, lambda r: (r.values["indicator"], r.values["id"]))
        head = identity[0]
        sheet = layout.IDENTITY.name
        self.choice(head, "status", layout.STATUSES, sheet)
        data: dict[str, Any] = {"$schema": "catalogue.schema.json", "id": head.values["id"], "version": head.values["edition"],
                      "status": head.values["status"], "title": self.text(head, "title", "title", sheet)}
        for key, column in (("id", "id"), ("version", "edition"), ("status", "status")):
            self.place(key, sheet, head, column)
        note = self.text(head, "note", "note", sheet)
        if note:
            data["note"] = note
        sources = split(head.values["sources"])
        if sources:
            data["sources"] = sources
            self.place("sources", sheet, head, "sources")
        self.place("", sheet, head, "id")
        self.place("(top level)", sheet, head, "id")
        self.place("(file)", sheet, head, "id")
        data["scale"] = self.scale(scale_rows, "", "scale")
        if data["scale"] is None:
            raise self.refuse(layout.SCALE.name, "A2", "no_rows")
        self.place("areas", layout.AREAS.name, areas[0], "id")
        by_indicator: dict[str, list[_Row]] = {}
        known = {r.values["id"] for r in indicators}
        for row in criteria:
            if row.values["indicator"] not in known:
                raise self.refuse(layout.CRITERIA.name, row.cell("indicator"), "unknown_indicator",
                                  id=row.values["indicator"], other=layout.INDICATORS.name)
            by_indicator.setdefault(row.values["indicator"], []).append(row)
        for row in scale_rows:
            owner = row.values["indicator"]
            if owner and owner not in known:
                raise self.refuse(layout.SCALE.name, row.cell("indicator"), "unknown_indicator", id=owner,
                                  other=layout.INDICATORS.name)
        area_ids = [r.values["id"] for r in areas]
        by_area: dict[str, list[_Row]] = {}
        for row in indicators:
            if row.values["area"] not in area_ids:
                raise self.refuse(layout.INDICATORS.name, row.cell("area"), "unknown_area", id=row.values["area"],
                                  other=layout.AREAS.name)
            by_area.setdefault(row.values["area"], []).append(row)
        data["areas"] = []
        for a_index, row in enumerate(areas):
            path = f"areas[{a_index}]"
            if row.values["id"] not in by_area:
                raise self.refuse(layout.AREAS.name, row.cell("id"), "no_indicators", id=row.values["id"],
                                  other=layout.INDICATORS.name)
            data["areas"].append(self.area(row, path, by_area[row.values["id"]], by_indicator, scale_rows))
        return data

    def area(self, row: _Row, path: str, indicators: list[_Row], criteria: dict[str, Any], scale_rows: list[_Row]) -> dict[str, Any]:
        sheet = layout.AREAS.name
        self.choice(row, "kind", layout.KINDS, sheet)
        area: dict[str, Any] = {"id": row.values["id"], "kind": row.values["kind"], "title": self.text(row, "title",
                                                                                             f"{path}.title", sheet)}
        for key in ("id", "kind"):
            self.place(f"{path}.{key}", sheet, row, key)
        self.place(path, sheet, row, "id")
        description = self.text(row, "description", f"{path}.description", sheet)
        if description:
            area["description"] = description
        references = split(row.values["references"])
        if references:
            area["references"] = references
            self.place(f"{path}.references", sheet, row, "references")
        area["indicators"] = []
        self.place(f"{path}.indicators", layout.INDICATORS.name, indicators[0], "id")
        for i_index, ind_row in enumerate(indicators):
            area["indicators"].append(self.indicator(ind_row, f"{path}.indicators[{i_index}]", criteria, scale_rows))
        return area

    def indicator(self, row: _Row, path: str, criteria: dict[str, Any], scale_rows: list[_Row]) -> dict[str, Any]:
        sheet = layout.INDICATORS.name
        ident = row.values["id"]
        if ident not in criteria:
            raise self.refuse(sheet, row.cell("id"), "no_criteria", id=ident, other=layout.CRITERIA.name)
        self.place(path, sheet, row, "id")
        self.place(f"{path}.id", sheet, row, "id")
        indicator: dict[str, Any] = {"id": ident, "statement": self.text(row, "statement", f"{path}.statement", sheet)}
        indicator["criteria"] = []
        self.place(f"{path}.criteria", layout.CRITERIA.name, criteria[ident][0], "id")
        for c_index, c_row in enumerate(criteria[ident]):
            where = f"{path}.criteria[{c_index}]"
            self.place(where, layout.CRITERIA.name, c_row, "id")
            self.place(f"{where}.id", layout.CRITERIA.name, c_row, "id")
            indicator["criteria"].append({"id": c_row.values["id"],
                                          "text": self.text(c_row, "text", f"{where}.text", layout.CRITERIA.name)})
        guidance = self.text(row, "guidance", f"{path}.guidance", sheet)
        if guidance:
            indicator["guidance"] = guidance
        for key in ("references", "cross_cutting"):
            values = split(row.values[key])
            if values:
                indicator[key] = values
                self.place(f"{path}.{key}", sheet, row, key)
        own = self.scale([r for r in scale_rows if r.values["indicator"] == ident], ident, f"{path}.scale")
        if own is not None:
            indicator["scale"] = own
        return indicator

    def scale(self, rows: list[_Row], owner: str, path: str) -> dict[str, Any] | None:
        sheet = layout.SCALE.name
        levels: list[dict[str, Any]] = []
        not_applicable: dict[str, Any] | None = None
        for row in rows:
            if row.values["indicator"] != owner:
                continue
            value = row.values["value"].lower()
            if value == layout.NOT_APPLICABLE:
                where = f"{path}.not_applicable"
                not_applicable = {"label": self.text(row, "label", f"{where}.label", sheet),
                                  "descriptor": self.text(row, "descriptor", f"{where}.descriptor", sheet)}
                self.place(where, sheet, row, "value")
                continue
            if not re.fullmatch(r"\d{1,2}", value) or int(value) > 10:
                raise self.refuse(sheet, row.cell("value"), "not_level", value=row.values["value"])
            where = f"{path}.levels[{len(levels)}]"
            self.place(where, sheet, row, "value")
            self.place(f"{where}.value", sheet, row, "value")
            levels.append({"value": int(value), "label": self.text(row, "label", f"{where}.label", sheet),
                           "descriptor": self.text(row, "descriptor", f"{where}.descriptor", sheet)})
        if not levels and not_applicable is None:
            return None
        first = next(r for r in rows if r.values["indicator"] == owner)
        self.place(path, sheet, first, "value")
        self.place(f"{path}.levels", sheet, first, "value")
        if not_applicable is None:
            raise self.refuse(sheet, first.cell("value"), "missing_key", key=layout.NOT_APPLICABLE)
        return {"levels": levels, "not_applicable": not_applicable}

    def choice(self, row: _Row, column: str, allowed: tuple[str, ...], sheet: str) -> None:
        if row.values[column] not in allowed:
            raise self.refuse(sheet, row.cell(column), "not_in_list", value=row.values[column],
                              allowed=", ".join(allowed))

    def traced(self, error: CatalogueError) -> WorkbookError:
        """A problem the catalogue's validation found, at the cell it came from."""
        path = str(error.params.get("entry", ""))
        while path not in self.places and path:
            cut = max(path.rfind("."), path.rfind("["))
            path = path[:cut] if cut > 0 else ""
        sheet, cell = self.places.get(path, (layout.IDENTITY.name, "A2"))
        code = str(error.params.get("problem_code") or "any_of")
        args = error.params.get("problem_args")
        return self.refuse(sheet, cell, code, **(args if isinstance(args, dict) else {}))


def _index(letter: str) -> int:
    from openpyxl.utils import column_index_from_string

    return column_index_from_string(letter) - 1


def split(text: str) -> list[str]:
    """The values of a list cell: one per line if there are several lines, else separated by semicolons."""
    parts = text.split("\n") if "\n" in text else text.split(";")
    return [part.strip() for part in parts if part.strip()]


def read_workbook(path: str | Path) -> tuple[Catalogue, str]:
    """The catalogue a workbook holds and its JSON text; WorkbookError naming sheet and cell otherwise."""
    name = Path(path).name
    reader = _Reader(name)
    with untrusted.open_workbook(path, layout.MAX_ROWS) as workbook:
        if layout.META_SHEET in workbook.sheetnames:
            meta = {str(r[0]): str(r[1] or "") for r in workbook[layout.META_SHEET].iter_rows(values_only=True,
                                                                                                 max_col=2)
                    if r and r[0] is not None}
            if meta.get("format") == layout.FORMAT and meta.get("format_version", "") > layout.FORMAT_VERSION:
                raise WorkbookError("newer", file=name, version=meta.get("format_version"))
        data = reader.catalogue_data(workbook)
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    try:
        return parse_catalogue(text, origin=name), text
    except CatalogueError as exc:
        raise reader.traced(exc) from None


def import_catalogue(workbook: str | Path, out: str | Path, *, force: bool = False) -> Catalogue:
    """Read ``workbook`` and write its catalogue as JSON at ``out`` (atomically; checked by reading it back)."""
    catalogue, text = read_workbook(workbook)
    check_export_target(out, overwrite=force)

    def check(tmp: Path) -> None:
        if load_catalogue(tmp).sha256 != catalogue.sha256:
            raise ValueError("the catalogue read back differs from the one written")
    atomic_write(out, lambda tmp: tmp.write_bytes(text.encode("utf-8")), check=check, prefix=".teia-export-")
    return catalogue
