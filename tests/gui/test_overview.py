"""The overview names the catalogue by its title and version, and says "provisional" once per place."""

from __future__ import annotations

import pytest

from gui.main_window import MainWindow
from gui.dialogs.new import NewAssessmentDialog
from model.app import settings as settings_store


@pytest.fixture
def window(qtbot, example_made):
    win = MainWindow(settings_store.Settings(), "en")
    qtbot.addWidget(win)
    win.show()
    win.open_example()
    yield win
    win.close_document()


def test_overview_shows_the_catalogue_title_and_version_not_its_id(window):
    window.show_overview()
    catalogue = window.session.catalogue
    text = window.overview.meta_label.text()
    assert catalogue.id not in text
    assert catalogue.title.text(window.overview.lang) in text and catalogue.version in text


def test_new_assessment_dialog_says_provisional_once(qtbot):
    dialog = NewAssessmentDialog(None, content_language="en")
    qtbot.addWidget(dialog)
    assert dialog.catalogue.provisional
    assert dialog.catalogue_label.text().lower().count("provisional") == 1, dialog.catalogue_label.text()
