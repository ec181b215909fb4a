"""Word, Excel, PDF and "Save a copy" never replace a file that is already there without asking."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gui.dialogs import print_options as print_dialog
from render import printing
from gui.dialogs.export import ExportDialog
from gui.main_window import MainWindow
from gui.widgets.shared import PlainMessageBox
from model.app import settings as settings_store
from tests.gui.test_export_dialogs import demo_file, doc  # noqa: F401 - fixtures: the demo, a copy open
from tests.gui.conftest import finish

DRAFT = b"a Word draft edited by hand"


class Questions:
    """QMessageBox.question recorded and answered; other message boxes recorded."""

    def __init__(self, monkeypatch) -> None:
        self.asked: list[str] = []
        self.answer = QMessageBox.StandardButton.No
        self.errors: list[str] = []
        monkeypatch.setattr(PlainMessageBox, "question", staticmethod(self._question))
        for kind in ("critical", "warning", "information"):
            monkeypatch.setattr(PlainMessageBox, kind, staticmethod(lambda parent, title, text, *a: self.errors.append(
                text)))

    def _question(self, parent, title, text, *args):
        self.asked.append(text)
        return self.answer


@pytest.fixture
def questions(monkeypatch):
    return Questions(monkeypatch)


def export(qtbot, dialog: ExportDialog) -> None:
    with qtbot.waitSignal(dialog.exported, timeout=60000):
        dialog.start()


def press_export(qtbot, dialog: ExportDialog) -> bool:
    """Press Export; True if a file was being written (waited for, so no thread outlives the test)."""
    dialog.start()
    started = dialog.job is not None
    finish(qtbot, dialog.job)
    return started


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_export_asks_before_replacing_a_file_and_keeps_it_when_told_no(qtbot, doc, questions, fmt):
    dialog = ExportDialog(doc, fmt)
    qtbot.addWidget(dialog)
    existing = Path(dialog.path_edit.text())
    existing.write_bytes(DRAFT)

    assert not press_export(qtbot, dialog)  # "No": nothing written
    assert len(questions.asked) == 1 and existing.name in questions.asked[0]
    assert existing.read_bytes() == DRAFT

    questions.answer = QMessageBox.StandardButton.Yes
    export(qtbot, dialog)
    assert len(questions.asked) == 2 and existing.read_bytes() != DRAFT and existing.stat().st_size > 1000


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_a_new_file_is_written_without_a_question(qtbot, doc, questions, tmp_path, fmt):
    dialog = ExportDialog(doc, fmt)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / f"new.{fmt}"))
    export(qtbot, dialog)
    assert not questions.asked and (tmp_path / f"new.{fmt}").exists()


def test_a_name_the_save_dialog_confirmed_is_not_asked_again(qtbot, doc, questions, tmp_path, monkeypatch):
    chosen = tmp_path / "chosen.docx"
    chosen.write_bytes(DRAFT)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(chosen), "")))
    dialog = ExportDialog(doc, "docx")
    qtbot.addWidget(dialog)
    dialog.browse()  # Qt's save dialog has asked about replacing chosen.docx
    export(qtbot, dialog)
    assert not questions.asked and chosen.read_bytes() != DRAFT


def test_a_name_completed_with_its_extension_is_asked_about(qtbot, doc, questions, tmp_path, monkeypatch):
    existing = tmp_path / "report.xlsx"
    existing.write_bytes(DRAFT)
    # The save dialog returned "report" (it asked about "report", which does not exist); we add ".xlsx".
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "report"), "")))
    dialog = ExportDialog(doc, "xlsx")
    qtbot.addWidget(dialog)
    dialog.browse()
    assert dialog.path_edit.text() == str(existing)
    assert not press_export(qtbot, dialog)
    assert len(questions.asked) == 1 and existing.read_bytes() == DRAFT


def test_pdf_completed_with_its_extension_is_asked_about(qtbot, questions, tmp_path, monkeypatch):
    existing = tmp_path / "forms.pdf"
    existing.write_bytes(DRAFT)
    monkeypatch.setattr(print_dialog.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "forms"), "")))
    monkeypatch.setattr(print_dialog, "show_written", lambda *args: None)  # a written PDF's box would wait
    choice = print_dialog.PrintChoice(printing.PrintOptions(kind="blank", areas=("1",)), "ru")
    job = print_dialog.export_pdf(None, None, "ru", choice=choice)
    assert job is None  # answered No: nothing started
    assert len(questions.asked) == 1 and existing.read_bytes() == DRAFT


def test_save_a_copy_over_an_existing_file_asks(qtbot, demo_file, questions, tmp_path, monkeypatch):
    work = tmp_path / "work.teia"
    shutil.copy(demo_file, work)
    existing = tmp_path / "copy.teia"
    existing.write_bytes(DRAFT)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "copy"), "")))
    window = MainWindow(settings_store.Settings(), "en")
    qtbot.addWidget(window)
    assert window.open_path(str(work))
    try:
        assert not window.save_copy()
        assert len(questions.asked) == 1 and existing.read_bytes() == DRAFT
        questions.answer = QMessageBox.StandardButton.Yes
        assert window.save_copy()
        assert existing.read_bytes()[:16] == b"SQLite format 3\x00"
    finally:
        window.close_document()
