"""Import a register workbook in the window: the preview, validation, idempotency and hostile-file defences of
the command line (model.register.workbook), one undo step, and the entries that lead to it."""

from __future__ import annotations

import zipfile
from unittest import mock

import openpyxl
import pytest

from gui.register import import_dialog
from gui.register.import_dialog import RegisterImportDialog
from gui.widgets.shared import PlainMessageBox
from model.register import activities as register
from tests.gui.conftest import finish
from tests.gui.test_register_overview import window as example_window  # noqa: F401 - the example, open


@pytest.fixture
def window(example_window):  # noqa: F811
    example_window.register_entry.show()
    return example_window


def state(doc) -> list:
    return [(a.uid, a.values, a.substances) for a in register.activities(doc)]


def filled_workbook(page, tmp_path):
    """The page's workbook for operators with one activity changed and one added, as an office returns it."""
    path = page.write_template(str(tmp_path / "register.xlsx"))
    assert path is not None and path.exists()
    book = openpyxl.load_workbook(path)
    sheet = book["Activities"]
    columns = [c.value for c in sheet[1]]
    row = [None] * len(columns)
    row[0], row[columns.index("name")], row[columns.index("sector")] = "NEW1", "Склад хлора «Жаңы-Өстүк»", "water"
    sheet.append(row)
    sheet.cell(row=2, column=columns.index("operator") + 1, value="ОсОО «Жаңы оператор»")
    book["Substances"].append(["NEW1", "Хлор", "N10", None, 30, "", "liquefied_gas"])
    book.save(path)
    return path


def imported(qtbot, start):
    """Run an import that reads its workbook in the background, wait for its end; what it reported."""
    reported = []
    finish(qtbot, start(reported.append))
    assert len(reported) == 1, reported
    return reported[0]


def accept(dialog_class=RegisterImportDialog):
    return mock.patch.object(dialog_class, "exec", return_value=RegisterImportDialog.DialogCode.Accepted)


def test_the_preview_shows_each_change_and_import_then_undo_and_redo(qtbot, window, tmp_path):
    page = window.register_entry.page
    doc = window.session.doc
    first = register.activities(doc)[0]
    path = filled_workbook(page, tmp_path)
    before = state(doc)
    shown = []
    original = RegisterImportDialog.__init__

    def spy(self, *args, **kwargs):
        original(self, *args, **kwargs)
        shown.append([[self.table.item(r, c).text() for c in range(5)] for r in range(self.table.rowCount())])

    with mock.patch.object(RegisterImportDialog, "__init__", spy), \
            mock.patch.object(RegisterImportDialog, "exec", return_value=RegisterImportDialog.DialogCode.Rejected):
        assert imported(qtbot, lambda done: page.import_workbook(str(path), done)) == 0
    assert state(doc) == before  # the preview alone writes nothing
    rows = shown[0]
    assert ["changed", first.values["name"], "Operator", first.values["operator"], "ОсОО «Жаңы оператор»"] in rows
    assert any(r[0] == "new" and r[1] == "Склад хлора «Жаңы-Өстүк»" and r[2] == "Substances" and "N10" in r[4]
               for r in rows)

    with accept():
        assert imported(qtbot, lambda done: page.import_workbook(str(path), done)) == 2
    added = next(a for a in register.activities(doc) if a.values["name"] == "Склад хлора «Жаңы-Өстүк»")
    assert page.model.row_of(added.uid) >= 0 and page.figures.results[added.uid].meets
    assert register.activity(doc, first.uid).values["operator"] == "ОсОО «Жаңы оператор»"
    assert window.session.undo_stack.undoText() == "Import register.xlsx"
    window.act_undo.trigger()
    assert state(doc) == before and page.model.row_of(added.uid) == -1
    window.act_redo.trigger()
    assert register.activity(doc, added.uid).substances == added.substances
    assert register.activity(doc, first.uid).values["operator"] == "ОсОО «Жаңы оператор»"

    told = []
    with mock.patch.object(PlainMessageBox, "information", lambda *args: told.append(args[2])):
        assert imported(qtbot, lambda done: page.import_workbook(str(path), done)) == 0  # the same workbook again: no copies
    assert "no changes" in told[0]


def test_hostile_foreign_and_invalid_workbooks_are_refused_with_the_register_unchanged(qtbot, window, tmp_path):
    page = window.register_entry.page
    doc = window.session.doc
    path = page.write_template(str(tmp_path / "register.xlsx"))
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, source.read(info))
        target.writestr("xl/media/filler.xml", b"<a>" + b" " * (200 * 1024 * 1024) + b"</a>")
    renamed = tmp_path / "renamed.xlsx"
    book = openpyxl.load_workbook(path)
    book["Activities"].cell(row=1, column=2, value="renamed")
    book.save(renamed)
    text = tmp_path / "notes.xlsx"
    text.write_text("not a workbook", encoding="utf-8")
    before = state(doc)
    for file in (bomb, renamed, text):
        errors = []
        with mock.patch.object(PlainMessageBox, "critical", lambda *args: errors.append(args[2])), \
                mock.patch.object(RegisterImportDialog, "exec") as shown:
            assert imported(qtbot, lambda done: page.import_workbook(str(file), done)) == 0
        shown.assert_not_called()
        assert len(errors) == 1, file
    assert state(doc) == before


def test_the_file_menu_leads_to_the_register_import(qtbot, window, tmp_path):
    entry = window.register_entry
    assert entry.import_action in window.file_menu.actions()
    window.show_overview()
    path = filled_workbook(entry.page, tmp_path)
    with accept():
        assert imported(qtbot, lambda done: entry.import_workbook(str(path), done)) == 2
    assert window.pages.currentWidget() is entry.page


def test_a_read_only_document_refuses_the_import_and_keeps_its_register(qtbot, window, tmp_path, monkeypatch):
    page = window.register_entry.page
    doc = window.session.doc
    path = filled_workbook(page, tmp_path)
    before = state(doc)
    errors = []
    monkeypatch.setattr(doc, "readonly", True)
    with accept(), mock.patch.object(PlainMessageBox, "critical", lambda *args: errors.append(args[2])):
        assert imported(qtbot, lambda done: import_dialog.run_register_import(window, window.session, str(path), done)) == 0
    monkeypatch.setattr(doc, "readonly", False)
    assert errors and state(doc) == before


def test_a_register_workbook_given_to_the_assessment_import_is_offered_to_the_register(qtbot, window, tmp_path):
    from gui.dialogs.import_workbook import run_import

    page = window.register_entry.page
    path = filled_workbook(page, tmp_path)
    asked = []
    with mock.patch.object(PlainMessageBox, "question", lambda *args: asked.append(args[2]) or
                           PlainMessageBox.StandardButton.Yes), accept(), \
            mock.patch.object(PlainMessageBox, "critical") as refused:
        assert imported(qtbot, lambda done: run_import(window, window.session, str(path), done)) == []
        # the register's own import, started from the offer, in the background too
        qtbot.waitUntil(lambda: any(a.values["name"] == "Склад хлора «Жаңы-Өстүк»"
                                    for a in register.activities(window.session.doc)), timeout=60000)
    refused.assert_not_called()
    assert "register workbook" in asked[0] and path.name in asked[0]
    assert any(a.values["name"] == "Склад хлора «Жаңы-Өстүк»" for a in register.activities(window.session.doc))
