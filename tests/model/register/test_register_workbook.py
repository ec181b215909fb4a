"""The register workbook: a template round trip (also re-saved by LibreOffice), import with preview and
idempotency, and hostile or invalid files refused with the document unchanged."""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest

from model.demo import build_demo
from model.document.assessment import Assessment
from model.errors import WorkbookError
from model.register import activities as register
from model.register import workbook
from tests.conftest import libreoffice_env


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("register-workbook")
    os.environ.setdefault("TEIA_HOME", str(folder / "home"))
    path = folder / "demo.teia"
    build_demo(path).close()
    return path


@pytest.fixture
def doc(demo_file, tmp_path):
    with Assessment.open(shutil.copy(demo_file, tmp_path / "d.teia")) as document:
        yield document


def _state(doc) -> list:
    return [(a.uid, a.values, a.substances) for a in register.activities(doc)]


def test_an_untouched_template_imports_as_no_change(doc, tmp_path):
    path = workbook.write_template(doc, tmp_path / "r.xlsx")
    names = openpyxl.load_workbook(path).sheetnames
    assert names[:3] == ["Instructions", "Activities", "Substances"]
    assert workbook.read_plan(doc, path).changes == ()


def test_a_template_re_saved_by_libreoffice_still_imports(doc, tmp_path):
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    path = workbook.write_template(doc, tmp_path / "r.xlsx")
    out = tmp_path / "lo"
    subprocess.run([soffice, "--headless", "--convert-to", "xlsx", "--outdir", str(out), str(path)], check=True,
                   capture_output=True, timeout=180, env=libreoffice_env(tmp_path))
    assert workbook.read_plan(doc, out / "r.xlsx").changes == ()


def test_new_and_changed_rows_are_imported_once(doc, tmp_path):
    path = workbook.write_template(doc, tmp_path / "r.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book["Activities"]
    columns = [c.value for c in sheet[1]]
    row = [None] * len(columns)
    row[0], row[columns.index("name")], row[columns.index("sector")] = "NEW1", "Склад хлора ң", "water"
    sheet.append(row)
    sheet.cell(row=2, column=columns.index("operator") + 1, value="Новый оператор ө")
    book["Substances"].append(["NEW1", "Хлор", "N10", None, 30, "", "liquefied_gas"])
    book.save(path)
    before = register.count(doc)
    plan = workbook.read_plan(doc, path)
    assert sorted(c.kind for c in plan.changes) == ["add", "update"]
    assert register.count(doc) == before  # the preview changes nothing
    workbook.apply(doc, plan)
    added = next(a for a in register.activities(doc) if a.values["name"] == "Склад хлора ң")
    assert added.substances[0].named_id == "N10" and added.substances[0].quantity_t == 30
    assert register.activities(doc)[0].values["operator"] == "Новый оператор ө"
    assert workbook.read_plan(doc, path).changes == ()  # importing again adds no copy
    assert register.count(doc) == before + 1


@pytest.mark.parametrize("damage, kind", [
    (lambda book: book["Substances"].append(["NOWHERE", "x", "", "H1", 1, "", ""]), "bad_value"),
    (lambda book: book["Substances"].append([book["Activities"]["A2"].value, "x", "N99", "", 1, "", ""]), "bad_value"),
    (lambda book: book["Activities"].cell(row=2, column=2 + list(register.FIELDS).index("latitude"), value=500),
     "bad_value"),
    (lambda book: book["Activities"].cell(row=1, column=2, value="renamed"), "columns_changed"),
    (lambda book: book.remove(book["_teia_register"]), "not_ours"),
])
def test_an_invalid_workbook_is_refused_and_changes_nothing(doc, tmp_path, damage, kind):
    path = workbook.write_template(doc, tmp_path / "r.xlsx")
    book = openpyxl.load_workbook(path)
    damage(book)
    book.save(path)
    before = _state(doc)
    with pytest.raises(WorkbookError) as caught:
        workbook.read_plan(doc, path)
    assert caught.value.kind == kind
    assert _state(doc) == before


def test_a_hostile_workbook_is_refused_before_it_is_parsed(doc, tmp_path):
    path = workbook.write_template(doc, tmp_path / "r.xlsx")
    hostile = tmp_path / "entity.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(hostile, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/workbook.xml":
                doctype = b'<!DOCTYPE x [<!ENTITY a "aaaa">]>'
                data = data.replace(b"?>", b"?>" + doctype, 1) if b"?>" in data else doctype + data
            target.writestr(info, data)
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, source.read(info))
        target.writestr("xl/media/filler.xml", b"<a>" + b" " * (200 * 1024 * 1024) + b"</a>")
    before = _state(doc)
    for file, kind in ((hostile, "unsafe"), (bomb, "too_large")):
        with pytest.raises(WorkbookError) as caught:
            workbook.read_plan(doc, file)
        assert caught.value.kind == kind
    assert _state(doc) == before


def test_a_workbook_of_another_assessment_is_refused(doc, tmp_path):
    from model.catalogue import builtin_catalogue

    with Assessment.create(tmp_path / "other.teia", builtin_catalogue()) as other:
        path = workbook.write_template(other, tmp_path / "other.xlsx")
    with pytest.raises(WorkbookError) as caught:
        workbook.read_plan(doc, path)
    assert caught.value.kind == "other_assessment"
