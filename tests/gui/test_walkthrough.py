"""A user's walk-through: new assessment, rate three indicators, type evidence, close, reopen — all there."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import SIGNAL, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from gui.pages.indicator import NA_ID
from tests.gui.typing import type_text
from gui.main_window import MainWindow
from gui.dialogs.new import NewAssessmentDialog
from gui.session import DEBOUNCE_MS
from gui.widgets.shared import PlainMessageBox
from model.app import settings as settings_store
from model.catalogue import builtin_catalogue
from model.document.assessment import Assessment

KY = "Жоопкерчилик: Өзгөчө кырдаалдар министрлиги — ң ө ү"


@pytest.fixture
def window(qtbot):
    win = MainWindow(settings_store.Settings(), "en")
    qtbot.addWidget(win)
    win.show()
    yield win
    if win.session is not None:
        win.close_document()


def _create(window, qtbot, monkeypatch, path):
    def fake_exec(dialog: NewAssessmentDialog):
        dialog.country_edit.setText("Кыргыз Республикасы")
        dialog.title_edit.setText("Өз алдынча баалоо 2026")
        dialog.lead_edit.setText("МЧС")
        dialog.authors_edit.setText("Асанова, Үсөнбаева")
        dialog.file_edit.setText(str(path))
        dialog.file_edit.setModified(True)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewAssessmentDialog, "exec", fake_exec)
    window.new_assessment()
    assert window.session is not None


def test_new_rate_type_close_reopen(window, qtbot, monkeypatch, tmp_path):
    path = tmp_path / "kg.teia"
    _create(window, qtbot, monkeypatch, path)
    page = window.indicator_page
    for indicator_id, level in (("1.1", 2), ("1.2", 4), ("2.1", NA_ID)):
        window.show_indicator(indicator_id)
        button = page.level_group.button(level)
        qtbot.waitUntil(button.isVisible)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    window.show_indicator("1.1")
    evidence = page.text_edits["evidence"]
    evidence.setFocus()
    type_text(evidence, KY)
    page.criteria_checks[0].click()
    # Typing reaches the disk within a second of the last keystroke, without any explicit save: wait for the
    # session to have nothing staged (it keeps an edit staged until it is written), no longer than that.
    qtbot.waitUntil(lambda: not window.session.has_pending, timeout=DEBOUNCE_MS + 300)
    on_disk = tmp_path / "bytes-on-disk.teia"  # the window holds the file; read a byte copy of it
    shutil.copyfile(path, on_disk)
    with Assessment.open(on_disk) as probe:
        assert probe.response("1.1").evidence == KY
    assert "saved" in window.saved_label.text().lower()
    window.close()
    assert window.session is None

    with Assessment.open(path) as doc:
        r11, r12, r21 = doc.response("1.1"), doc.response("1.2"), doc.response("2.1")
        assert (r11.level, r11.evidence, r11.status) == (2, KY, "draft")
        assert r11.criteria_met == (doc.catalogue.indicator("1.1").criteria[0].id,)
        assert r12.level == 4
        assert r21.not_applicable
        assert doc.meta()["authors"] == ["Асанова", "Үсөнбаева"]

    reopened = MainWindow(settings_store.load(), "en")
    qtbot.addWidget(reopened)
    assert reopened.settings.recent_files[0] == str(path.resolve())
    assert reopened.open_path(str(path))
    reopened.show_indicator("1.1")
    assert reopened.indicator_page.text_edits["evidence"].toPlainText() == KY
    assert reopened.indicator_page.level_group.checkedId() == 2
    reopened.close()


def test_navigation_keyboard_and_completion(window, qtbot, monkeypatch, tmp_path):
    _create(window, qtbot, monkeypatch, tmp_path / "nav.teia")
    ids = window.session.catalogue.indicator_ids()
    window.next_indicator()
    assert window.current_indicator() == ids[0]
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_indicator() == ids[1]
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.current_indicator() == ids[0]
    window.indicator_page.complete_check.click()
    area_item = window.navigator.nav_model.item(0)
    assert "(1/" in area_item.text()
    assert window.session.doc.response(ids[0]).status == "complete"


def test_undo_redo_a_level(window, qtbot, monkeypatch, tmp_path):
    _create(window, qtbot, monkeypatch, tmp_path / "undo.teia")
    window.show_indicator("1.1")
    window.indicator_page.level_group.button(3).click()
    assert window.session.doc.response("1.1").level == 3
    window.act_undo.trigger()
    assert window.session.doc.response("1.1").level is None
    assert window.indicator_page.level_group.checkedId() == -1 or \
        not window.indicator_page.level_group.checkedButton()
    window.act_redo.trigger()
    assert window.session.doc.response("1.1").level == 3
    assert window.indicator_page.level_group.checkedId() == 3


def test_refused_file_shows_message_and_stays_untouched(window, qtbot, monkeypatch, tmp_path):
    bogus = tmp_path / "letter.teia"
    bogus.write_bytes(b"not an assessment")
    shown = []
    monkeypatch.setattr(PlainMessageBox, "warning", lambda *args, **kw: shown.append(args[2]))
    assert not window.open_path(str(bogus))
    assert shown and "not a TEIA self-assessment document" in shown[0]
    assert bogus.read_bytes() == b"not an assessment"
    assert window.session is None


def test_second_window_same_document_is_refused(window, qtbot, monkeypatch, tmp_path):
    path = tmp_path / "shared.teia"
    _create(window, qtbot, monkeypatch, path)
    other = MainWindow(settings_store.Settings(), "en")
    qtbot.addWidget(other)
    shown = []
    monkeypatch.setattr(PlainMessageBox, "warning", lambda *args, **kw: shown.append(args[2]))
    assert not other.open_path(str(path))
    assert "already open" in shown[0]


def test_example_opens_and_overview_shows_areas(window, qtbot):
    window.open_example()
    assert window.session is not None
    assert window.pages.currentWidget() is window.overview
    assert window.overview.provisional_label.isVisibleTo(window)
    assert str(builtin_catalogue().indicator_count) in window.overview.total_label.text()


@pytest.mark.parametrize("how", ["close window", "quit", "log out"])
def test_typing_is_flushed_at_once_on_close_quit_and_logout(qtbot, monkeypatch, tmp_path, how):
    from PySide6.QtWidgets import QApplication

    window = MainWindow(settings_store.Settings(), "en")
    qtbot.addWidget(window)
    window.show()
    path = tmp_path / f"{how}.teia"
    _create(window, qtbot, monkeypatch, path)
    window.show_indicator("1.2")
    gaps = window.indicator_page.text_edits["gaps"]
    type_text(gaps, "Нет перечня — ң")
    assert window.session.has_pending, "the debounce timer has not fired yet"
    if how == "close window":
        window.close()
    elif how == "quit":
        QApplication.instance().aboutToQuit.emit()
    else:
        # The signal carries a QSessionManager that only a real desktop session can create: check the
        # connection, then call the slot it reaches.
        app = QApplication.instance()
        assert app.receivers(SIGNAL("commitDataRequest(QSessionManager&)")) >= 1
        window._commit_data(None)
    if window.session is not None:
        assert not window.session.has_pending
        copy = tmp_path / "copy.teia"
        shutil.copyfile(path, copy)
        path = copy
    with Assessment.open(path) as doc:
        assert doc.response("1.2").gaps == "Нет перечня — ң"
    if window.session is not None:
        window.close_document()


def test_details_and_history(window, qtbot, monkeypatch, tmp_path):
    from gui.dialogs.details import DetailsDialog
    from gui.dialogs.history import HistoryDialog

    _create(window, qtbot, monkeypatch, tmp_path / "details.teia")

    def fill(dialog):
        dialog.country_edit.setText("Кыргызстан")
        dialog.final_check.setChecked(final)
        dialog.user_edit.setText("Ү. Асанова")
        return DetailsDialog.DialogCode.Accepted

    final = False
    monkeypatch.setattr(DetailsDialog, "exec", fill)
    window.commands.edit_details()
    meta = window.session.doc.meta()
    assert meta["country"] == "Кыргызстан" and meta["final"] is False
    assert window.settings.user_name == "Ү. Асанова"
    window.show_indicator("1.1")
    window.indicator_page.level_group.button(1).click()
    seen = []
    monkeypatch.setattr(HistoryDialog, "exec", lambda d: seen.append(d) or 0)
    window.commands.show_history()
    model = seen[0].model
    assert model.rowCount() == 1
    assert [model.index(0, c).data() for c in (1, 2, 3, 5)] == ["Ү. Асанова", "1.1", "Level", "1"]  # the field in words, not its internal name
    final = True  # ticked in the details: final, approved by the user, and the page is read-only at once
    window.commands.edit_details()
    assert window.session.doc.meta()["finalized_by"] == "Ү. Асанова"
    assert not window.indicator_page.level_box.isEnabled()


def test_a_failed_write_keeps_the_typing_and_offers_a_copy(window, qtbot, monkeypatch, tmp_path):
    """The stick was pulled or the disk is full: say so, keep the text, and let the user save a copy."""
    from model.errors import DocumentError

    _create(window, qtbot, monkeypatch, tmp_path / "stick.teia")
    window.show_indicator("1.1")
    doc = window.session.doc

    def fail(*_args, **_kwargs):
        raise DocumentError("write_failed", file=str(doc.path), detail="disk I/O error")

    monkeypatch.setattr(doc, "update_response", fail)
    offered = []

    def fake_exec(box):
        offered.append([b.text() for b in box.buttons()])
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    type_text(window.indicator_page.text_edits["evidence"], "Акт № 7")
    assert not window.session.flush()
    assert window.session.has_pending, "the typing that could not be written is kept"
    assert "NOT SAVED" in window.saved_label.text()
    assert offered and any("Save a copy" in text for text in offered[0])
    monkeypatch.undo()  # writing works again (e.g. the copy goes to another disk)
    copy = tmp_path / "elsewhere.teia"
    monkeypatch.setattr("gui.window.documents.QFileDialog.getSaveFileName", lambda *a, **k: (str(copy), ""))
    assert window.save_copy()
    with Assessment.open(copy) as saved:
        assert saved.response("1.1").evidence == "Акт № 7"


def test_a_file_that_stops_answering_gets_the_storage_message(window, qtbot, monkeypatch, tmp_path):
    """Reads failing while open (a pulled stick) are not shown as a bug but as a storage problem."""
    import sqlite3

    _create(window, qtbot, monkeypatch, tmp_path / "pulled.teia")
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    window.unexpected_error(sqlite3.OperationalError("disk I/O error"))
    assert shown and "cannot be read any more" in shown[0]
    assert "NOT SAVED" in window.saved_label.text()
