"""No dead ends: a file no program opens, a workbook given to Open, a recent file that is gone."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gui.dialogs import backup as backup_dialog
from gui.dialogs import import_workbook as import_dialog
from gui.commands import open_with
from gui.dialogs import print_options as print_dialog
from gui.dialogs.backup import BackupDialog
from gui.main_window import MainWindow
from gui.widgets.shared import PlainMessageBox
from cli import files as commands_io
from model.app import settings as settings_store
from model.catalogue import builtin_catalogue
from model.document.assessment import Assessment
from model.document.file_kind import is_workbook


class Clicker:
    """Stands in for QMessageBox.exec: records each box and clicks the button whose text holds ``answer``."""

    def __init__(self, monkeypatch, *answers: str) -> None:
        self.answers = list(answers)
        self.boxes: list[dict] = []
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self(box))

    def __call__(self, box: QMessageBox) -> int:
        buttons = [b.text().replace("&", "") for b in box.buttons()]
        self.boxes.append({"title": box.windowTitle(), "text": box.text(), "info": box.informativeText(),
                           "buttons": buttons})
        answer = self.answers.pop(0) if self.answers else None
        if answer is not None:
            [button] = [b for b in box.buttons() if answer in b.text().replace("&", "")]
            button.click()
        return 0


@pytest.fixture
def window(qtbot):
    win = MainWindow(settings_store.Settings(), "en")
    qtbot.addWidget(win)
    win.show()
    yield win
    if win.session is not None:
        win.close_document()


def test_a_file_no_program_opens_is_said_and_its_folder_offered(qtbot, monkeypatch, tmp_path):
    written = tmp_path / "out" / "report.pdf"
    written.parent.mkdir()
    written.write_bytes(b"%PDF-1.4")
    asked: list[str] = []
    monkeypatch.setattr(open_with.QDesktopServices, "openUrl",
                        lambda url: asked.append(url.toLocalFile()) or url.toLocalFile() != str(written))
    clicks = Clicker(monkeypatch, None, "Open folder")
    box = print_dialog.PdfWrittenBox(None, str(written), 3)
    monkeypatch.setattr(print_dialog, "PdfWrittenBox", lambda *a: box)
    box.exec = lambda: box.open_file.click() or 0  # "Open file" in the "PDF written" message
    print_dialog.show_written(None, str(written), 3)
    assert clicks.boxes[0]["title"] == "No program to open the file"
    assert "report.pdf" in clicks.boxes[0]["text"] and str(written.parent) in clicks.boxes[0]["text"]
    assert asked == [str(written)]  # nothing else happened: the message stays until answered
    assert not open_with.open_file(None, written)  # ... and "Open folder" in it shows the folder
    assert asked == [str(written), str(written), str(written.parent)]


def test_a_folder_that_cannot_be_shown_is_named(qtbot, monkeypatch, tmp_path):  # qtbot: the QApplication
    monkeypatch.setattr(open_with.QDesktopServices, "openUrl", lambda url: False)
    clicks = Clicker(monkeypatch)
    assert not open_with.open_folder(None, tmp_path)
    assert str(tmp_path) in clicks.boxes[0]["text"]


@pytest.fixture
def workbook(tmp_path):
    doc = tmp_path / "kg.teia"
    Assessment.create(doc, builtin_catalogue(), country="KG", title="T").close()
    book = tmp_path / "from a colleague.xlsx"
    commands_io.export(str(doc), "xlsx", "ru", str(book))
    return doc, book


def test_opening_a_workbook_offers_to_import_it(window, monkeypatch, workbook):
    doc, book = workbook
    assert is_workbook(book) and not is_workbook(doc)
    imported: list = []
    monkeypatch.setattr(import_dialog, "run_import", lambda parent, session, path=None, on_done=None: imported.append(path))
    clicks = Clicker(monkeypatch, "Import into this assessment")
    assert window.open_path(str(doc))
    assert not window.open_path(str(book))
    assert "is an Excel workbook, not an assessment" in clicks.boxes[0]["text"]
    assert imported == [str(book)]
    assert window.session.doc.path == doc  # the assessment stays open


def test_opening_a_workbook_without_an_assessment_says_what_to_do(window, monkeypatch, workbook):
    _doc, book = workbook
    clicks = Clicker(monkeypatch)
    assert not window.open_path(str(book))
    [box] = clicks.boxes
    assert "Import workbook" in box["text"] and "not an assessment" in box["text"]
    assert not any("Import" in b for b in box["buttons"])


def test_a_missing_recent_file_is_said_and_can_leave_the_list(window, monkeypatch, tmp_path):
    gone = tmp_path / "stick" / "kg.teia"
    kept = tmp_path / "kept.teia"
    Assessment.create(kept, builtin_catalogue()).close()
    window.settings.recent_files = [str(gone), str(kept)]
    window.refresh_recent()
    clicks = Clicker(monkeypatch, "Keep in the list", "Remove from the list")
    window.start_page.recentRequested.emit(str(gone))
    assert "kg.teia is no longer in the folder" in clicks.boxes[0]["text"]
    assert "no automatic backup" in clicks.boxes[0]["info"]
    assert window.settings.recent_files == [str(gone), str(kept)]  # kept, as asked
    window.recent_menu.actions()[0].trigger()  # the same from File → Open recent
    assert len(clicks.boxes) == 2 and window.session is None
    assert window.settings.recent_files == [str(kept)]
    assert settings_store.load().recent_files == [str(kept)]
    assert window.start_page.recent_list.count() == 1


def test_a_missing_recent_file_offers_its_backups(window, monkeypatch, tmp_path):
    path = tmp_path / "stick" / "kg.teia"
    path.parent.mkdir()
    Assessment.create(path, builtin_catalogue(), country="Кыргызстан").close()
    assert window.open_path(str(path))  # opening takes a backup
    window.close_document()
    shutil.rmtree(path.parent)  # the stick is not there
    restored = tmp_path / "restored.teia"
    starts: list[str] = []
    monkeypatch.setattr(backup_dialog.QFileDialog, "getSaveFileName",
                        lambda parent, title, start, *a: starts.append(start) or (str(restored), ""))

    def choose_newest(dialog: BackupDialog) -> int:
        dialog.list.setCurrentItem(dialog.list.topLevelItem(0))
        dialog.restore()
        return dialog.result()

    monkeypatch.setattr(BackupDialog, "exec", choose_newest)
    monkeypatch.setattr(PlainMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    clicks = Clicker(monkeypatch, "Restore from a backup")
    window.start_page.recentRequested.emit(str(path))
    assert "newest automatic backup" in clicks.boxes[0]["info"]
    assert window.session is not None and window.session.doc.path == restored
    assert window.session.doc.meta()["country"] == "Кыргызстан"
    assert not starts[0].startswith(str(path.parent))  # not proposed in the folder that is gone


def test_an_existing_recent_file_opens(window, tmp_path, monkeypatch):
    path = tmp_path / "kg.teia"
    Assessment.create(path, builtin_catalogue()).close()
    window.settings.recent_files = [str(path)]
    window.refresh_recent()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    window.start_page.recentRequested.emit(str(path))
    assert window.session is not None and window.session.doc.path == path
