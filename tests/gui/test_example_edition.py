"""Open the example: it is made with the built-in catalogue, even where an example of an older edition exists."""

from __future__ import annotations

import shutil
from pathlib import Path

from gui.main_window import MainWindow
from model.app import paths
from model.app import settings as settings_store
from model.catalogue import builtin_catalogue
from model.document.assessment import EXTENSION

V1_SAMPLE = Path(__file__).resolve().parent.parent / "data" / "v1-assessment.teia"  # edition 2026.1


def test_the_example_shows_the_current_edition_and_keeps_an_older_one(qtbot):
    folder = paths.ensure(paths.data_dir() / "examples")
    older = folder / f"example{EXTENSION}"  # where the example of edition 2026.1 was written
    shutil.copy(V1_SAMPLE, older)
    before = older.read_bytes()
    win = MainWindow(settings_store.Settings(), "en")
    qtbot.addWidget(win)
    win.show()
    win.open_example()
    try:
        doc = win.session.doc
        assert doc.catalogue.version == builtin_catalogue().version
        assert doc.catalogue.indicator("3.9") is not None
        assert Path(doc.path) != older
    finally:
        win.close_document()
    assert older.read_bytes() == before  # a trainee's work on the old example is left as it was
