"""Fixtures shared by the window tests."""

from __future__ import annotations

import shutil

import pytest

from gui.main_window import MainWindow
from model.app import paths
from model.app import settings as settings_store
from model.catalogue import builtin_catalogue
from model.document.assessment import EXTENSION, Assessment


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


@pytest.fixture
def example_made(demo_template, teia_home):
    """This test's profile as on every start after the first: the example exists and Help ▸ Open the example
    opens a copy of it of this test's own. The first start, which builds it, is tested in test_example_edition
    and test_walkthrough."""
    path = paths.ensure(paths.data_dir() / "examples") / f"example-{builtin_catalogue().version}{EXTENSION}"
    shutil.copyfile(demo_template, path)
    return path
