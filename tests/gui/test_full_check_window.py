"""The window opens a document after SQLite's quick check and runs the full one in a worker: a file that fails
it is said to be damaged, and nothing typed afterwards is written to it."""

from __future__ import annotations

import hashlib
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from gui.main_window import MainWindow
from model.app import settings as settings_store

from tests.gui.conftest import finish

DATA = Path(__file__).resolve().parents[1] / "data"
sys.path.insert(0, str(DATA))

import make_samples  # noqa: E402


@pytest.fixture
def boxes(monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.windowTitle(), box.text())) or 0)
    return shown


@pytest.fixture
def window(qtbot):
    win = MainWindow(settings_store.Settings(), "en")
    qtbot.addWidget(win)
    win.show()
    yield win
    if win.session is not None:
        win.close_document()


def _damage_history_index(path: Path) -> None:
    with closing(sqlite3.connect(path)) as con:
        root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'history_indicator'").fetchone()[0]
        page_size = con.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    data[root * page_size - 2] ^= 0x01
    path.write_bytes(bytes(data))


def test_a_file_the_later_full_check_finds_damaged_is_said_so_and_never_written(window, boxes, qtbot, tmp_path):
    path = make_samples.good_document(tmp_path / "damaged.teia")
    _damage_history_index(path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert window.open_path(str(path))  # shown after the quick check
    assert window.session.full_check_job is None  # started once the document has been painted
    qtbot.waitUntil(lambda: window.session.full_check_job is not None)
    finish(qtbot, window.session.full_check_job)
    assert len(boxes) == 1, boxes
    title, text = boxes[0]
    assert "damaged" in text and "damaged.teia" in text and "Nothing has been written" in text
    window.session.stage("1.1", "description", "не будет записано")
    assert not window.session.flush()  # refused: kept in memory, not written
    assert window.saved_label.text().startswith("NOT SAVED")
    window.close_document()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_typing_before_the_check_started_runs_it_first_and_is_not_written(window, boxes, qtbot, tmp_path):
    path = make_samples.good_document(tmp_path / "damaged.teia")
    _damage_history_index(path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert window.open_path(str(path))
    window.session.stage("1.1", "description", "не будет записано")
    assert not window.session.flush()  # the write ran the check itself and was refused
    assert len(boxes) == 1 and "damaged" in boxes[0][1], boxes
    assert window.session.start_full_check() is None  # done already: no second check
    window.close_document()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_a_sound_file_opens_without_a_message_and_keeps_being_saved(window, boxes, qtbot, tmp_path):
    path = make_samples.good_document(tmp_path / "sound.teia")
    assert window.open_path(str(path))
    qtbot.waitUntil(lambda: window.session.full_check_job is not None)
    finish(qtbot, window.session.full_check_job)
    assert window.session.doc.full_check is not None and window.session.doc.full_check.problem is None
    window.session.stage("1.1", "description", "Жазылды ң")
    assert window.session.flush() and boxes == []
