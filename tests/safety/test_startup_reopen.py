"""Start-up never crashes twice on the same document: a document that a start died (or failed) opening is not
reopened automatically at the next start; the window starts empty and says why.

The starts are real processes (``main.py`` with TEIA_STARTUP_PROBE=1, which quits after the first turn of
the event loop and prints the document it has open).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from model.document import recovery
from model.app import settings as settings_store

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(sys.platform.startswith("win"), reason="uses os._exit in a child start")

# A start that dies while it opens a document (the way /dev/zero in a label used to kill it).
DIES_WHILE_OPENING = """
import os, sys
sys.path.insert(0, {root!r})
from model.document.assessment import Assessment
Assessment.open = classmethod(lambda cls, *args, **kwargs: os._exit(9))
from cli import main
sys.exit(main.main([]))
"""


def _start(*, dies: bool = False) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TEIA_STARTUP_PROBE="1")
    command = ([sys.executable, "-c", DIES_WHILE_OPENING.format(root=str(ROOT))] if dies
               else [sys.executable, str(ROOT / "main.py")])
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)


def _opened(result: subprocess.CompletedProcess) -> str:
    lines = [line for line in result.stdout.splitlines() if line.startswith("STARTUP_READY")]
    assert lines, result.stdout + result.stderr
    return lines[-1].split(" ", 2)[2].strip() if lines[-1].count(" ") >= 2 else ""


@pytest.fixture
def last_open(tmp_path, demo_copy) -> Path:
    """A document named in the settings as the one open when the window last closed."""
    document = demo_copy(tmp_path / "last.teia")
    settings = settings_store.Settings(open_document=str(document), recent_files=[str(document)])
    settings_store.save(settings)
    return document


def test_the_last_document_is_reopened_and_the_marker_cleared(last_open):
    result = _start()
    assert result.returncode == 0, result.stderr
    assert _opened(result) == str(last_open.resolve())
    assert settings_store.load().opening_document == ""
    assert _opened(_start()) == str(last_open.resolve()), "and again at the next start"


def test_a_start_that_died_opening_the_document_does_not_reopen_it(last_open):
    crashed = _start(dies=True)
    assert crashed.returncode == 9
    assert settings_store.load().opening_document == str(last_open.resolve()), "the marker survives the crash"
    # The next start would first ask about recovering work (tests/safety/test_recovery_dialogs.py); here the
    # person has answered "ignore" already.
    shutil.rmtree(recovery.sessions_dir())
    result = _start()
    assert result.returncode == 0, result.stderr
    assert _opened(result) == "", "not reopened after the crash"
    after = settings_store.load()
    assert (after.open_document, after.opening_document) == ("", "")
    assert str(last_open.resolve()) in after.recent_files, "still in the recent list, to open by hand"


def test_a_document_that_fails_to_open_is_not_tried_again(last_open, qtbot, monkeypatch):
    from gui import app
    from gui.main_window import MainWindow
    from gui.widgets.shared import PlainMessageBox

    shown = []
    monkeypatch.setattr(PlainMessageBox, "warning", lambda *args, **kwargs: shown.append(args[2]))
    last_open.write_bytes(b"no longer an assessment")
    settings = settings_store.load()
    window = MainWindow(settings, "en")
    qtbot.addWidget(window)
    app._reopen(window, settings, settings.open_document)
    assert window.session is None and shown
    assert settings_store.load().open_document == ""
    assert settings_store.document_to_reopen(settings_store.load()) == (None, None)


def test_the_rule_for_reopening():
    crashed = settings_store.Settings(open_document="/a/x.teia", opening_document="/a/x.teia")
    assert settings_store.document_to_reopen(crashed) == (None, "/a/x.teia")
    other = settings_store.Settings(open_document="/a/x.teia", opening_document="/a/y.teia")
    assert settings_store.document_to_reopen(other) == ("/a/x.teia", None)
    assert settings_store.document_to_reopen(settings_store.Settings()) == (None, None)
