"""New assessment: works on the first try in an empty profile; a failure keeps the dialog and what was typed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from gui.main_window import MainWindow
from gui.dialogs.new import NewAssessmentDialog
from gui.widgets.shared import PlainMessageBox
from model.app import paths
from model.app import settings as settings_store
from model.document.assessment import Assessment
from model.errors import DocumentError

TYPED = {"country_edit": "Кыргыз Республикасы", "title_edit": "Өз алдынча баалоо 2026",
         "lead_edit": "Өзгөчө кырдаалдар министрлиги", "authors_edit": "Асанова, Үсөнбаева"}


def _fill(dialog: NewAssessmentDialog) -> None:
    for name, text in TYPED.items():
        getattr(dialog, name).setText(text)


def _typed(dialog: NewAssessmentDialog) -> dict:
    return {name: getattr(dialog, name).text() for name in TYPED}


def _press_ok(dialog: NewAssessmentDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _no_message_boxes(monkeypatch) -> list:
    """Record any message box instead of waiting for a click (the dialog must say it all itself)."""
    shown: list = []
    for name in ("warning", "critical", "information"):
        for cls in (QMessageBox, PlainMessageBox):
            monkeypatch.setattr(cls, name, staticmethod(lambda *args, **kwargs: shown.append(args) or 0))
    return shown


def test_first_new_assessment_in_an_empty_profile_succeeds(qtbot, monkeypatch, tmp_path):
    home = tmp_path / "first-start"  # TEIA_HOME pointing to a folder with nothing in it, not even itself
    monkeypatch.setenv("TEIA_HOME", str(home))
    shown = _no_message_boxes(monkeypatch)
    window = MainWindow(settings_store.load(), "ru")
    qtbot.addWidget(window)
    window.show()

    def first_try(dialog: NewAssessmentDialog):
        _fill(dialog)
        _press_ok(dialog)  # the proposed file, in the proposed folder
        return dialog.result()

    monkeypatch.setattr(NewAssessmentDialog, "exec", first_try)
    window.new_assessment()
    assert shown == []
    assert window.session is not None
    path = window.session.doc.path
    assert path.parent == paths.documents_dir() and path.is_file()
    assert window.session.doc.meta()["country"] == TYPED["country_edit"]
    window.close_document()
    with Assessment.open(path) as doc:
        assert doc.meta()["authors"] == ["Асанова", "Үсөнбаева"]


def test_a_file_that_cannot_be_created_keeps_the_dialog_and_its_text(qtbot, monkeypatch, tmp_path):
    shown = _no_message_boxes(monkeypatch)
    blocker = tmp_path / "report.docx"  # a file where the folder should be
    blocker.write_bytes(b"not a folder")
    dialog = NewAssessmentDialog(None, "ru")
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(dialog)
    dialog.file_edit.setText(str(blocker / "kg.teia"))
    dialog.file_edit.setModified(True)
    _press_ok(dialog)
    assert dialog.isVisible() and dialog.document is None
    assert _typed(dialog) == TYPED and dialog.file_edit.text() == str(blocker / "kg.teia")
    assert dialog.error_label.isVisible()
    message = dialog.error_label.text()
    assert "not created" in message and str(blocker) in message and "last change" not in message
    assert blocker.read_bytes() == b"not a folder"

    # Any other failure of the writer (here a full disk) is also said in words about creating the file.
    def full(*args, **kwargs):
        raise DocumentError("write_failed", file=str(tmp_path / "kg.teia"), detail="database or disk is full")

    monkeypatch.setattr(Assessment, "create", full)
    dialog.file_edit.setText(str(tmp_path / "kg.teia"))
    _press_ok(dialog)
    assert dialog.isVisible() and _typed(dialog) == TYPED
    assert "full" in dialog.error_label.text() and "not created" in dialog.error_label.text()
    monkeypatch.undo()  # the disk has space again: the same dialog, OK once more, and it is created

    shown = _no_message_boxes(monkeypatch)
    _press_ok(dialog)
    assert not dialog.isVisible() and dialog.document is not None
    assert dialog.document.meta()["title"] == TYPED["title_edit"]
    dialog.document.close()
    assert shown == []


def test_an_existing_file_is_refused_inside_the_dialog(qtbot, monkeypatch, tmp_path):
    _no_message_boxes(monkeypatch)
    taken = tmp_path / "taken.teia"
    taken.write_bytes(b"someone's work")
    dialog = NewAssessmentDialog(None, "en", folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(dialog)
    dialog.file_edit.setText(str(taken))
    _press_ok(dialog)
    assert dialog.isVisible() and "already exists" in dialog.error_label.text()
    assert taken.read_bytes() == b"someone's work"


def test_after_the_example_new_files_are_proposed_in_the_documents_folder(qtbot, monkeypatch):
    _no_message_boxes(monkeypatch)
    window = MainWindow(settings_store.Settings(), "en")
    qtbot.addWidget(window)
    window.open_example()
    assert window.session is not None and paths.is_application_folder(window.session.doc.path.parent)
    proposed: list[str] = []

    def look(dialog: NewAssessmentDialog):
        proposed.append(dialog.file_edit.text())
        return NewAssessmentDialog.DialogCode.Rejected

    monkeypatch.setattr(NewAssessmentDialog, "exec", look)
    window.new_assessment()
    suggestions: list[str] = []
    monkeypatch.setattr("gui.window.documents.QFileDialog.getSaveFileName",
                        lambda parent, title, start, *rest: suggestions.append(start) or ("", ""))
    window.save_copy()
    window.close_document()
    assert [str(Path(p).parent) for p in proposed + suggestions] == [str(paths.documents_dir())] * 2
    assert settings_store.load().last_folder == ""
