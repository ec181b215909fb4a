"""Every "Save a copy" offered after a failed write carries all the typing the window holds."""

from __future__ import annotations

from unittest import mock

import pytest
from PySide6.QtWidgets import QMessageBox

from gui import i18n
from gui.main_window import MainWindow
from gui.widgets.shared import PlainMessageBox
from model.app import settings as settings_store
from model.catalogue import builtin_catalogue
from model.document.assessment import Assessment
from tests.gui.typing import type_text

GAPS = "Жоопкерчилик бөлүштүрүлгөн эмес — ң ө ү"
EVIDENCE = "Приказ № 12 от 2025 года"


@pytest.fixture
def window(qtbot, tmp_path):
    i18n.install_language("ru")  # the message in Russian, as the officials see it
    path = tmp_path / "stick" / "kg.teia"
    path.parent.mkdir()
    Assessment.create(path, builtin_catalogue(), country="KG", title="T").close()
    win = MainWindow(settings_store.Settings(), "ru")  # not qtbot.addWidget: its closing would ask about a copy
    win.show()
    assert win.open_path(str(path))
    yield win
    # The file is gone: close without the question about a copy (each test has answered it already).
    with mock.patch.object(PlainMessageBox, "warning", return_value=QMessageBox.StandardButton.Discard), \
            mock.patch.object(QMessageBox, "exec", return_value=0):
        assert win.close_document()
    win.close()
    win.deleteLater()
    i18n.install_language("en")


def _type_after_the_file_was_deleted(window, qtbot):
    window.show_indicator("1.1")
    page = window.indicator_page
    type_text(page.text_edits["evidence"], EVIDENCE)
    assert window.session.flush()  # this much reached the file
    window.session.doc.path.unlink()  # the file is deleted (or its stick pulled) while open
    type_text(page.text_edits["gaps"], GAPS)


def _check_copy(copy) -> None:
    with Assessment.open(copy) as saved:
        response = saved.response("1.1")
        assert (response.gaps, response.evidence) == (GAPS, EVIDENCE)


def test_the_copy_offered_by_the_not_saved_message_has_the_new_typing(window, qtbot, monkeypatch, tmp_path):
    copy = tmp_path / "elsewhere.teia"
    monkeypatch.setattr("gui.window.documents.QFileDialog.getSaveFileName", lambda *a, **k: (str(copy), ""))
    messages: list[str] = []

    def press_save_a_copy(box: QMessageBox) -> int:
        messages.append(box.text())
        [button] = [b for b in box.buttons() if "копию" in b.text()]
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", press_save_a_copy)
    _type_after_the_file_was_deleted(window, qtbot)
    qtbot.waitUntil(lambda: bool(messages), timeout=3000)  # the debounce writes, fails, and says so
    assert "НЕ СОХРАНЕНО" in window.saved_label.text().upper()
    assert "удалён или переименован" in messages[0] and "removed" not in messages[0]  # all in Russian
    _check_copy(copy)


def test_the_copy_offered_on_closing_has_the_new_typing(window, qtbot, monkeypatch, tmp_path):
    copy = tmp_path / "on-closing.teia"
    monkeypatch.setattr("gui.window.documents.QFileDialog.getSaveFileName", lambda *a, **k: (str(copy), ""))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)  # the first message: closed without a copy
    monkeypatch.setattr(PlainMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Save)
    _type_after_the_file_was_deleted(window, qtbot)
    assert window.close_document()
    _check_copy(copy)


def test_save_a_copy_from_the_menu_while_writes_fail_has_the_new_typing(window, qtbot, monkeypatch, tmp_path):
    copy = tmp_path / "from-the-menu.teia"
    monkeypatch.setattr("gui.window.documents.QFileDialog.getSaveFileName", lambda *a, **k: (str(copy), ""))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    _type_after_the_file_was_deleted(window, qtbot)
    assert not window.session.flush()
    window.act_save_copy.trigger()
    _check_copy(copy)
