"""Fixtures shared by the window tests."""

from __future__ import annotations

import shutil

import pytest

from gui.main_window import MainWindow
from model.app import paths
from model.app import settings as settings_store
from model.catalogue import builtin_catalogue
from model.document.assessment import EXTENSION, Assessment


@pytest.fixture(autouse=True)
def _application(qapp):
    """Every window test has the QApplication, also one that names no Qt fixture (a QWidget made without it
    aborts the whole worker process, whichever test ran first in it)."""
    return qapp


@pytest.fixture
def empty_window(qtbot, tmp_path):
    """The window, shown, with a new empty assessment on the built-in catalogue open (closed afterwards)."""
    path = tmp_path / "empty.teia"
    Assessment.create(path, builtin_catalogue(), country="KG", title="T").close()
    win = MainWindow(settings_store.Settings(), "en")
    qtbot.addWidget(win)
    win.show()
    assert win.open_path(str(path))
    yield win
    if win.session is not None:
        win.close_document()


def finish(qtbot, job, timeout: int = 60000) -> None:
    """Wait on its ``done`` signal until a background job (gui.jobs) has ended and its callbacks have run."""
    if job is not None and job.is_running():
        with qtbot.waitSignal(job.done, timeout=timeout):
            pass


@pytest.fixture
def example_made(demo_template, teia_home):
    """This test's profile as on every start after the first: the example exists and Help ▸ Open the example
    opens a copy of it of this test's own. The first start, which builds it, is tested in test_example_edition
    and test_walkthrough."""
    path = paths.ensure(paths.data_dir() / "examples") / f"example-{builtin_catalogue().version}{EXTENSION}"
    shutil.copyfile(demo_template, path)
    return path
