"""The export and import dialogs: a file written off the GUI thread, open buttons, changes checked and applied."""

from __future__ import annotations

import shutil

import openpyxl
import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gui.dialogs import import_workbook as import_dialog
from gui.commands import open_with
from gui.dialogs.export import ExportDialog
from gui.widgets.shared import PlainMessageBox
from model.report import build as report
from model.document.assessment import Assessment
from model.formats import xlsx as excel
from tests.gui.conftest import finish
from tests.export_helpers import build_demo_with_actions


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    return build_demo_with_actions(tmp_path_factory.mktemp("demo") / "demo.teia")


@pytest.fixture
def doc(demo_file, tmp_path):
    path = tmp_path / "work.teia"
    shutil.copy(demo_file, path)
    with Assessment.open(path) as document:
        yield document


@pytest.fixture
def no_modals(monkeypatch):
    """Message boxes are recorded instead of waiting for a click."""
    shown = []
    for kind in ("critical", "information", "warning"):
        monkeypatch.setattr(PlainMessageBox, kind, staticmethod(lambda parent, title, text, *a, k=kind: shown.append(
            (k, text)) or QMessageBox.StandardButton.Ok))
    return shown


def test_export_word_off_the_gui_thread_then_open(qtbot, doc, tmp_path, monkeypatch, no_modals):
    opened = []
    monkeypatch.setattr(open_with.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    dialog = ExportDialog(doc, "docx")
    qtbot.addWidget(dialog)
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("ky"))
    assert dialog.path_edit.text().endswith("work-ky.docx")
    target = tmp_path / "out" / "report.docx"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target.with_suffix("")), ""))
    dialog.browse()
    assert dialog.path_edit.text() == str(target)
    with qtbot.waitSignal(dialog.exported, timeout=30000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert dialog.progress.isVisibleTo(dialog) and not dialog.export_button.isEnabled()
    assert not dialog.progress.isVisibleTo(dialog) and dialog.open_file_button.isVisibleTo(dialog)
    document = Document(str(target))
    assert len(document.inline_shapes) == 1  # the radar chart
    assert any("ү" in p.text or "ө" in p.text for p in document.paragraphs)
    qtbot.mouseClick(dialog.open_file_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened == [str(target), str(target.parent)]
    assert no_modals == []


def test_export_failure_becomes_a_message(qtbot, doc, tmp_path, no_modals):
    dialog = ExportDialog(doc, "xlsx")
    qtbot.addWidget(dialog)
    assert dialog.path_edit.text().endswith(".xlsx")
    dialog.path_edit.setText(str(tmp_path / "no such folder" / "book.xlsx"))
    dialog.start()
    finish(qtbot, dialog.job)
    assert dialog.job is None
    assert no_modals and no_modals[0][0] == "critical" and "no such folder" in no_modals[0][1]
    assert dialog.result_path is None and dialog.export_button.isEnabled()


def filled_workbook(doc, tmp_path):
    path = excel.write(report.build(doc, "en"), tmp_path / "book.xlsx")
    workbook = openpyxl.load_workbook(path)
    workbook["Indicators"]["F2"].value = "Filled by the colleague ң"
    workbook["Indicators"]["F3"].value = "Conflicting text"
    workbook.save(path)
    doc.update_response("1.2", description="changed after the export")
    return path


def test_import_dialog_lists_changes_and_applies_the_checked_ones(qtbot, doc, tmp_path, monkeypatch, no_modals):
    path = filled_workbook(doc, tmp_path)
    shown = []

    def fake_exec(dialog):
        shown.append(dialog)
        model = dialog.model
        assert model.rowCount() == 2
        rows = {model.index(r, model.TARGET).data(): r for r in range(2)}
        conflict_row = rows["1.2"]
        assert model.index(conflict_row, model.CONFLICT).data()
        assert model.index(conflict_row, model.APPLY).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
        assert model.index(rows["1.1"], model.APPLY).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        assert model.index(rows["1.1"], model.NEW).data() == "Filled by the colleague ң"
        assert model.index(rows["1.1"], model.FIELD).data() == "Description"
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
        return dialog.result()
    monkeypatch.setattr(import_dialog.ImportDialog, "exec", fake_exec)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    applied = []
    finish(qtbot, import_dialog.run_import(None, doc, on_done=applied.extend))
    assert shown and [c.key for c in applied] == ["1.1:description"]
    assert doc.response("1.1").description == "Filled by the colleague ң"
    assert doc.response("1.2").description == "changed after the export"
    assert doc.history("1.1")[0].source == "import: book.xlsx"
    assert no_modals == []


def test_import_dialog_checking_a_conflict_overwrites(qtbot, doc, tmp_path):
    path = filled_workbook(doc, tmp_path)
    plan = import_dialog.importer.read(doc, path)
    dialog = import_dialog.ImportDialog(doc, plan)
    qtbot.addWidget(dialog)
    model = dialog.model
    for row in range(model.rowCount()):
        model.setData(model.index(row, model.APPLY), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    dialog.apply()
    assert doc.response("1.2").description == "Conflicting text"


def test_a_foreign_workbook_gives_a_message_and_changes_nothing(qtbot, doc, tmp_path, no_modals):
    other = build_demo_with_actions(tmp_path / "other.teia", count=0)
    with Assessment.open(other) as other_doc:
        path = excel.write(report.build(other_doc, "en"), tmp_path / "other.xlsx")
    before = doc.responses()
    applied = [None]
    finish(qtbot, import_dialog.run_import(None, doc, str(path), on_done=lambda changes: applied.extend(changes)))
    assert applied == [None]
    assert no_modals[0][0] == "critical" and "another assessment" in no_modals[0][1]
    assert doc.responses() == before
    (tmp_path / "same.xlsx").write_bytes(excel.write(report.build(doc, "en"), tmp_path / "same2.xlsx").read_bytes())
    finish(qtbot, import_dialog.run_import(None, doc, str(tmp_path / "same.xlsx"), on_done=applied.extend))
    assert applied == [None]
    assert no_modals[1][0] == "information"


def test_import_dialog_lists_the_consistency_findings_and_follows_the_checks(qtbot, doc, tmp_path):
    path = excel.write(report.build(doc, "en"), tmp_path / "book.xlsx")
    workbook = openpyxl.load_workbook(path)
    workbook["Indicators"]["C2"].value = "4"  # 1.1: level 4 ...
    workbook["Indicators"]["E2"].value = ""  # ... with no criterion ticked
    workbook.save(path)
    plan = import_dialog.importer.read(doc, path)
    dialog = import_dialog.ImportDialog(doc, plan)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.findings_label.isVisible() and dialog.findings_list.count() == 1
    assert dialog.findings_list.item(0).text().startswith("1.1: Level 4")
    model = dialog.model
    for row in range(model.rowCount()):
        if model.plan.changes[row].field == "level":
            model.setData(model.index(row, model.APPLY), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert not dialog.findings_label.isVisible() and dialog.findings_list.count() == 0
