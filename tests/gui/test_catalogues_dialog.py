"""File → Catalogues… and File → Move to another catalogue…: install an edited workbook, make it the default
for new assessments, and move an open assessment to it as a new file."""

from __future__ import annotations

import json

import openpyxl
from PySide6.QtWidgets import QFileDialog

from gui.dialogs.catalogues import CataloguesDialog
from gui.main_window import MainWindow
from gui.dialogs.move import MoveDialog
from gui.dialogs.new import NewAssessmentDialog
from gui.widgets.shared import PlainMessageBox
from model.app import settings as settings_store
from model.catalogue import builtin_catalogue
from model.catalogue import installed
from model.catalogue.workbook_export import export_catalogue
from model.document.creation import create_assessment
from model.document.assessment import Assessment
from tests.model.catalogue_io.editions import editions


def _boxes(monkeypatch) -> list:
    shown: list = []
    for kind in ("warning", "information", "question"):
        monkeypatch.setattr(PlainMessageBox, kind,
                            staticmethod(lambda parent, title, text, *a, **k: shown.append((title, text)) or
                                         PlainMessageBox.StandardButton.Yes))
    return shown


def _edited_workbook(tmp_path):
    path = export_catalogue(builtin_catalogue(), tmp_path / "official.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book["Catalogue"]
    header = [c.value for c in sheet[1]]
    sheet.cell(row=2, column=header.index("edition") + 1).value = "2027.1"
    sheet.cell(row=2, column=header.index("status") + 1).value = "official"
    book.save(path)
    return path


def test_an_imported_workbook_is_installed_and_becomes_the_default_for_new_assessments(qtbot, monkeypatch, tmp_path):
    shown = _boxes(monkeypatch)
    settings = settings_store.Settings()
    saved = []
    dialog = CataloguesDialog(settings, saved.append, "ru")
    qtbot.addWidget(dialog)
    assert dialog.list.topLevelItemCount() == 1  # the built-in catalogue only
    workbook = _edited_workbook(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(workbook), "")))
    dialog.import_workbook()
    assert dialog.list.topLevelItemCount() == 2 and "2027.1" in shown[-1][1]
    assert dialog.selected().catalogue.version == "2027.1"
    assert dialog.list.currentItem().text(1) == "2027.1"
    dialog.use_as_default()
    assert saved and settings.default_catalogue == str(dialog.selected().path)
    assert dialog.list.currentItem().text(5) == "✓"
    assert installed.default_for_new(settings.default_catalogue).catalogue.version == "2027.1"

    window = MainWindow(settings, "ru")
    qtbot.addWidget(window)
    seen = {}
    monkeypatch.setattr(NewAssessmentDialog, "exec", lambda d: seen.setdefault("catalogue", d.catalogue) and 0)
    window.new_assessment()
    assert (seen["catalogue"].version, seen["catalogue"].status) == ("2027.1", "official")


def test_a_broken_workbook_is_refused_with_the_sheet_and_cell(qtbot, monkeypatch, tmp_path):
    shown = _boxes(monkeypatch)
    workbook = _edited_workbook(tmp_path)
    book = openpyxl.load_workbook(workbook)
    book["Criteria"]["B2"].value = "9.9"
    book.save(workbook)
    dialog = CataloguesDialog(settings_store.Settings(), lambda s: None, "ru")
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(workbook), "")))
    dialog.import_workbook()
    assert dialog.list.topLevelItemCount() == 1
    assert "Criteria" in shown[-1][1] and "B2" in shown[-1][1]


def test_the_move_dialog_writes_a_new_assessment_and_leaves_the_open_one(qtbot, monkeypatch, tmp_path):
    _boxes(monkeypatch)
    old, new = editions()
    installed.install_text(new.source_json)
    path = tmp_path / "old.teia"
    with create_assessment(path, old) as doc:
        doc.update_response("1.1", level=3, evidence="Приказ ң")
    before = path.read_bytes()
    with Assessment.open(path) as doc:
        dialog = MoveDialog(doc, tmp_path, "ru", "Асан")
        qtbot.addWidget(dialog)
        assert dialog.target().version == "2027.1"
        assert dialog.move_button.isEnabled()
        counts = dialog.mapping.summary()
        assert str(counts["removed"]) in dialog.preview.text()
        dialog.file_edit.setText(str(tmp_path / "moved"))
        dialog._move()
        assert dialog.result_path == tmp_path / "moved.teia"
    assert path.read_bytes() == before
    with Assessment.open(tmp_path / "moved.teia", readonly=True) as moved:
        assert moved.catalogue.version == "2027.1" and moved.responses()["1.1"].evidence == "Приказ ң"
        assert json.loads(moved.meta()["catalogue_migration"])["by"] == "Асан"
