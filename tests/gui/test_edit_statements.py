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
