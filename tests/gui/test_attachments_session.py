"""Attachments are written through the document session: a write that fails is said in the window's translated
words ("Changes not saved: …the file was removed…"), like any other change — never as an "Unexpected error"."""

from __future__ import annotations

from unittest import mock

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gui.main_window import MainWindow
from gui.widgets.shared import PlainMessageBox
from model.app import settings as settings_store
from model.catalogue import builtin_catalogue
from model.document.assessment import Assessment


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "kg.teia"
    with Assessment.create(path, builtin_catalogue(), country="KG", title="T") as doc:
        doc.add_attachment("1.1", "приказ ң.pdf", b"%PDF-1.4 order")
    win = MainWindow(settings_store.Settings(), "en")  # not qtbot.addWidget: closing it would ask about a copy
    win.show()
    assert win.open_path(str(path))
    win.show_indicator("1.1")
    yield win
    with mock.patch.object(PlainMessageBox, "warning", return_value=QMessageBox.StandardButton.Discard), \
            mock.patch.object(QMessageBox, "exec", return_value=0):
        win.close_document()
    win.close()
    win.deleteLater()


@pytest.fixture
def boxes(monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.windowTitle(), box.text())) or 0)
    return shown


def _listed(page) -> list[str]:
    return [page.attach_list.item(i).text() for i in range(page.attach_list.count())]


def test_an_attachment_that_cannot_be_stored_is_said_as_a_change_not_saved(window, boxes, tmp_path, monkeypatch):
    page = window.indicator_page
    scan = tmp_path / "скан.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(scan)], ""))
    before = _listed(page)
    window.session.doc.path.unlink()  # the stick pulled out while the document is open
    page._add_attachment()
    assert len(boxes) == 1, boxes
    title, text = boxes[0]
    assert title == "Changes not saved" and "was removed, renamed" in text and "kg.teia" in text
    assert "Unexpected" not in title + text
    assert _listed(page) == before and window.saved_label.text().startswith("NOT SAVED")


def test_removing_an_attachment_that_cannot_be_written_keeps_it_listed(window, boxes, monkeypatch):
    page = window.indicator_page
    before = _listed(page)
    assert len(before) == 1
    monkeypatch.setattr(PlainMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.session.doc.path.unlink()
    page._remove_attachment()
    assert len(boxes) == 1 and boxes[0][0] == "Changes not saved", boxes
    assert _listed(page) == before


def test_an_attachment_added_through_the_session_says_it_was_saved(window, tmp_path, monkeypatch, qtbot):
    page = window.indicator_page
    scan = tmp_path / "акт ө.pdf"
    scan.write_bytes(b"%PDF-1.4 act")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(scan)], ""))
    with qtbot.waitSignal(window.session.saved, timeout=10000):
        page._add_attachment()
    assert any(text.startswith("акт ө.pdf") for text in _listed(page))
    assert [a.name for a in window.session.doc.attachments("1.1")][-1] == "акт ө.pdf"
