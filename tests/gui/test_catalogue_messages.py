"""Every problem a broken catalogue (file or workbook) can have reaches Russian and Kyrgyz users translated."""

from __future__ import annotations

import json
import string

import openpyxl
import pytest
from PySide6.QtWidgets import QApplication

from gui import i18n
from gui.messages import error_text, problem_text
from model.catalogue import MAX_CATALOGUE_BYTES, parse_catalogue
from model.catalogue.workbook_export import export_catalogue
from model.catalogue.workbook_import import read_workbook
from model.errors import CatalogueError, DocumentError, WorkbookError
from model.problems import PROBLEMS
from tests.conftest import DATA


@pytest.fixture
def languages(qapp):
    def switch(lang: str) -> None:
        i18n.install_language(lang)
        QApplication.processEvents()
    yield switch
    switch("en")


def _arguments(template: str) -> dict[str, str]:
    return {name: "7" for _, name, _, _ in string.Formatter().parse(template) if name}  # "7" shows in every language


def test_every_problem_code_has_a_translated_sentence(languages):
    languages("en")
    english = {code: problem_text(code, _arguments(template)) for code, template in PROBLEMS.items()}
    assert None not in english.values()
    for lang in ("ru", "ky"):
        languages(lang)
        same = [code for code, template in PROBLEMS.items() if problem_text(code, _arguments(template)) == english[code]]
        assert same == [], f"not translated into {lang}: {same}"


def _small() -> dict:
    return json.loads((DATA / "small-catalogue.json").read_text(encoding="utf-8"))


def _indicator(data: dict) -> dict:
    return data["areas"][0]["indicators"][0]


def _changed(change) -> str:
    data = _small()
    change(data)
    return json.dumps(data, ensure_ascii=False)


BROKEN_FILES = {
    "not_json": "{\"id\": ",
    "nested": "[" * 100_000,
    "long_number": _changed(lambda d: d.update(version=1)).replace('"version": 1', '"version": ' + "9" * 30),
    "not_a_number": _changed(lambda d: d.update(version=1)).replace('"version": 1', '"version": NaN'),
    "file_too_large": " " * (MAX_CATALOGUE_BYTES + 1),
    "lone_surrogate": _changed(lambda d: d["title"].update(en="x")).replace('"en": "x"', '"en": "\\ud800"'),
    "type": _changed(lambda d: d.update(areas={})),
    "enum": _changed(lambda d: d.update(status="final")),
    "missing_key": _changed(lambda d: d.pop("scale")),
    "unexpected_key": _changed(lambda d: d.update(colour="red")),
    "empty": _changed(lambda d: d.update(version="")),
    "too_long": _changed(lambda d: _indicator(d)["statement"].update(en="x" * 4001)),
    "pattern": _changed(lambda d: _indicator(d).update(id="1 1")),
    "minimum": _changed(lambda d: d["scale"]["levels"][0].update(value=-1)),
    "maximum": _changed(lambda d: d["scale"]["levels"][0].update(value=11)),
    "too_few": _changed(lambda d: _indicator(d).update(criteria=[])),
    "too_many": _changed(lambda d: _indicator(d).update(criteria=_indicator(d)["criteria"] * 21)),
    "one_of_keys": _changed(lambda d: _indicator(d).update(statement={})),
    "indicator_twice": _changed(lambda d: d["areas"][0]["indicators"][1].update(id=_indicator(d)["id"])),
    "id_twice": _changed(lambda d: _indicator(d)["criteria"][1].update(id=_indicator(d)["criteria"][0]["id"])),
    "not_cross_cutting": _changed(lambda d: _indicator(d).update(cross_cutting=["1"])),
    "same_level_value": _changed(lambda d: d["scale"]["levels"][1].update(value=0)),
}


@pytest.mark.parametrize("code", BROKEN_FILES)
def test_each_kind_of_broken_catalogue_is_explained_in_russian_and_kyrgyz(languages, code):
    with pytest.raises(CatalogueError) as caught:
        parse_catalogue(BROKEN_FILES[code], origin="/tmp/official.json")
    error = caught.value
    assert error.params["problem_code"] == code
    languages("en")
    english = error_text(error)
    for lang in ("ru", "ky"):
        languages(lang)
        shown = error_text(error)
        assert shown != english and "/tmp/official.json" in shown
        assert error.params["problem"] not in shown, f"the problem stayed English in {lang}: {shown}"


def _workbook_error(tmp_path, sheet: str, row: int, column: str, value) -> WorkbookError:
    from model.catalogue import load_catalogue

    path = export_catalogue(load_catalogue(DATA / "small-catalogue.json"), tmp_path / "c.xlsx")
    book = openpyxl.load_workbook(path)
    ws = book[sheet]
    header = [c.value for c in ws[1]]
    if value is None and row == 1:
        ws.delete_cols(header.index(column) + 1)
    else:
        ws.cell(row=row, column=header.index(column) + 1).value = value
    book.save(path)
    with pytest.raises(WorkbookError) as caught:
        read_workbook(path)
    return caught.value


@pytest.mark.parametrize("where", [("Indicators", 1, "statement_ru", None), ("Indicators", 3, "id", "1.1"),
                                   ("Criteria", 2, "indicator", "9.9"), ("Criteria", 2, "text_en", "x" * 4001),
                                   ("Scale", 2, "value", "high")])
def test_a_refused_workbook_names_sheet_and_cell_in_russian_and_kyrgyz(languages, tmp_path, where):
    error = _workbook_error(tmp_path, *where)
    languages("en")
    english = error_text(error)
    for lang in ("ru", "ky"):
        languages(lang)
        shown = error_text(error)
        assert shown != english
        assert error.params["sheet"] in shown and error.params["cell"] in shown
        assert error.params["problem"] not in shown


ERROR_KINDS = ([(DocumentError, kind) for kind in DocumentError.TEMPLATES]
               + [(WorkbookError, kind) for kind in WorkbookError.TEMPLATES])


def test_every_error_kind_reaches_the_interface_translated(languages):
    """gui/messages.py looks the model's own sentence up: every kind, in ru and ky, with its values."""
    def shown() -> dict[tuple, str]:
        return {(cls.__name__, kind): error_text(cls(kind, **_arguments(cls.TEMPLATES[kind])))
                for cls, kind in ERROR_KINDS}
    languages("en")
    english = shown()
    for lang in ("ru", "ky"):
        languages(lang)
        translated = shown()
        same = [key for key in english if translated[key] == english[key]]
        assert same == [], f"not translated into {lang}: {same}"


def test_the_window_adds_its_own_command_to_the_models_sentence(languages):
    languages("en")
    error = DocumentError("final", file="plan.teia")
    assert error_text(error).startswith(str(error) + "\n")
    assert "File → Start the next self-assessment" in error_text(error)
    assert "File →" not in str(error)  # the command line names its own verbs instead (cli/main.py)
