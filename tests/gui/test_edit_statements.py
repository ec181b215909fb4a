"""A typed edit costs its writes only: the edit carries the stored response to the navigator and the page, and
nothing is read back from the file (issue 18, item 6: at most 3 SQL statements per debounced edit)."""

from __future__ import annotations

import pytest

from model.document.assessment import Assessment
from model.document.sqltrace import data_statements, traced
from tests.gui.typing import type_text

MAX_STATEMENTS = 3  # the meta stamp, the response, its history row (BEGIN and COMMIT around them)


@pytest.fixture
def window(empty_window):
    return empty_window


def _debounced(window, qtbot, widget, text: str) -> list[str]:
    """The statements of one debounced edit: typed, then written by the session's own timer."""
    with traced(window.session.doc._con) as statements:
        type_text(widget, text)
        qtbot.waitUntil(lambda: not window.session.has_pending, timeout=3000)
    return statements


def test_a_debounced_edit_costs_at_most_three_statements_and_no_read(window, qtbot):
    window.show_indicator("1.1")
    evidence = window.indicator_page.text_edits["evidence"]
    evidence.setFocus()
    _debounced(window, qtbot, evidence, "first words")  # the first edit of a document may read its history once
    statements = data_statements(_debounced(window, qtbot, evidence, " and more"))

    assert [s for s in statements if s.lstrip().upper().startswith("SELECT")] == []
    assert len(statements) <= MAX_STATEMENTS, statements
    # ...and what was written is what the window shows, without reading it back.
    assert window.navigator.nav_model.responses["1.1"].evidence == "first words and more"
    assert window.navigator.nav_model.responses["1.1"].status == "draft"
    with traced(window.session.doc._con) as later:
        stored = window.session.doc.response("1.1")
    assert later == [] and stored.evidence == "first words and more"


def test_what_the_window_remembers_is_what_the_file_holds(window, qtbot, tmp_path):
    """The remembered response and history row agree with the file after edits, an undo and a level."""
    window.show_indicator("1.1")
    evidence = window.indicator_page.text_edits["evidence"]
    evidence.setFocus()
    _debounced(window, qtbot, evidence, "one")
    window.session.change("1.1", "level", 2, "level")
    _debounced(window, qtbot, evidence, " two")
    window.session.undo_stack.undo()
    assert evidence.toPlainText() == "one"
    doc = window.session.doc
    remembered = doc.response("1.1")
    copy = tmp_path / "copy.teia"
    doc.save_copy(copy)
    with Assessment.open(copy, readonly=True) as probe:
        assert probe.response("1.1") == remembered
        assert [(e.field, e.new) for e in probe.history("1.1")][:2] == [(e.field, e.new) for e in doc.history("1.1")][:2]


def test_once_the_document_is_painted_the_first_edit_makes_no_trigger(window, qtbot):
    """The field-version triggers are made after the first paint (WindowDocuments._opened), neither before it nor
    in the first edit."""
    doc = window.session.doc
    qtbot.waitUntil(lambda: doc._tracking_on is doc._con, timeout=3000)
    window.show_indicator("1.1")
    evidence = window.indicator_page.text_edits["evidence"]
    evidence.setFocus()
    statements = data_statements(_debounced(window, qtbot, evidence, "first words"))
    assert [s for s in statements if "TRIGGER" in s.upper()] == []
    assert len(statements) <= MAX_STATEMENTS + 1, statements  # + the history's last row, read once


def test_an_overview_never_painted_does_not_read_the_register(qtbot, tmp_path):
    """The register block reads and calculates the register: for an overview nobody has looked at (the window
    hidden, or another page shown at once), not even after first_paint.LATEST_MS."""
    from gui.main_window import MainWindow
    from gui.widgets import first_paint
    from model.app import settings as settings_store
    from model.demo import build_demo

    path = tmp_path / "demo.teia"
    build_demo(path).close()
    win = MainWindow(settings_store.Settings(), "en")
    qtbot.addWidget(win)
    assert win.open_path(str(path))  # never shown
    qtbot.wait(first_paint.LATEST_MS + 300)
    assert win.overview.register_counts is None
    win.show()
    qtbot.waitUntil(lambda: win.overview.register_counts is not None, timeout=3000)
    assert win.overview.register_counts.isVisibleTo(win.overview)  # the demo has a register
    win.close_document()
