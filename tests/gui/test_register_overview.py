"""The overview shows the register's counts and offers each as evidence to the indicators it supports."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from gui.main_window import MainWindow
from model.app import settings as settings_store
from model.register import activities as register
from model.register.figures import COUNTS, compute


@pytest.fixture
def window(qtbot, example_made):
    win = MainWindow(settings_store.Settings(), "en")
    qtbot.addWidget(win)
    win.show()
    win.open_example()
    qtbot.waitUntil(lambda: win.overview.register_counts is not None)  # built after the first paint
    yield win
    win.close_document()


def test_the_overview_shows_every_count_of_the_register(window):
    block = window.overview.register_counts
    assert window.pages.currentWidget() is window.overview and block.isVisible()
    doc = window.session.doc
    counts = compute(register.activities(doc), register.annex_for(doc)).counts
    for key in COUNTS:
        button = block.counts.buttons[key]
        assert button.text().endswith(f": {counts[key]}") and button.accessibleName() == button.text()
    assert counts["identified"] >= 25


def test_a_click_on_a_count_puts_it_with_its_date_into_the_evidence_and_undo_takes_it_back(window):
    counts = window.overview.register_counts.counts
    menu = counts.buttons["notified"].menu()
    menu.aboutToShow.emit()
    texts = [a.text() for a in menu.actions()]
    assert texts == [f"Add to the evidence of indicator {i}" for i in ("2.1", "2.5")]
    before = window.session.doc.response("2.1").evidence
    menu.actions()[0].trigger()
    after = window.session.doc.response("2.1").evidence
    figures = counts.figures
    assert after.splitlines()[-1] == (f"Register of hazardous activities, {figures.as_of}: Notified: "
                                      f"{figures.counts['notified']} of {figures.counts['identified']}.")
    assert "2.1" in window.overview.register_counts.message.text()
    window.act_undo.trigger()
    assert window.session.doc.response("2.1").evidence == before


def test_an_assessment_without_a_register_shows_no_register_block(window, tmp_path):
    empty = tmp_path / "empty.teia"
    main = Path(__file__).resolve().parents[2] / "main.py"
    subprocess.run([sys.executable, str(main), "new", str(empty)], check=True, capture_output=True)
    assert window.open_path(str(empty))
    assert window.overview.register_counts is not None and not window.overview.register_counts.isVisible()
