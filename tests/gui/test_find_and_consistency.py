"""Find and filter in the navigator; the consistency warning on the page, in the navigator and the overview."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui import i18n
from gui.widgets.findings import MARK
from gui.dialogs.indicator_list import IndicatorListDialog
from gui.main_window import MainWindow
from tests.gui.typing import type_text
from model.document import actionplan
from model.report import consistency
from model.app import settings as settings_store


@pytest.fixture
def window(qtbot, example_made):
    i18n.install_language("en")  # English plural forms ("1 indicator needs")
    win = MainWindow(settings_store.Settings(), "en")
    qtbot.addWidget(win)
    win.show()
    win.open_example()
    yield win
    win.close_document()


def test_ctrl_f_focuses_the_search_and_typing_filters_case_insensitively(window, qtbot):
    panel = window.navigator_panel
    window.show_indicator("2.1")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.indicator_page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is panel.search_edit
    doc = window.session.doc
    word = doc.catalogue.indicator("3.2").statement.text("ru").split()[1]  # the example is in Russian
    type_text(panel.search_edit, word.upper())
    shown = panel.shown_ids()
    assert "3.2" in shown and len(shown) < doc.catalogue.indicator_count
    folded = word.casefold()
    assert all(folded in doc.catalogue.indicator(i).statement.text("ru").casefold()
               or folded in (doc.response(i).evidence + doc.response(i).gaps + doc.response(i).description
                             + doc.response(i).authority).casefold() for i in shown)
    assert panel.count_label.isVisible() and str(len(shown)) in panel.count_label.text()
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Escape)
    assert panel.search_edit.text() == "" and len(panel.shown_ids()) == doc.catalogue.indicator_count


def test_search_finds_typed_evidence_with_kyrgyz_letters(window, qtbot):
    window.show_indicator("4.2")
    window.indicator_page.text_edits["evidence"].setPlainText("Токтом № 7: ҮЙРӨТҮҮ ҢАРК")
    window.session.flush()
    panel = window.navigator_panel
    panel.search_edit.setText("үйрөтүү ңарк")
    assert panel.shown_ids() == ["4.2"]


def test_filters_by_status_evidence_gap_and_attention(window):
    panel, doc = window.navigator_panel, window.session.doc
    doc.update_response("1.1", status="draft")
    doc.update_response("1.2", evidence="")
    window.refresh_views()
    panel.set_filter("draft")
    assert panel.shown_ids() == ["1.1"]
    panel.set_filter("complete")
    assert "1.1" not in panel.shown_ids() and "1.2" in panel.shown_ids()
    panel.set_filter("not_started")
    assert panel.shown_ids() == []
    panel.set_filter("no_evidence")
    assert panel.shown_ids() == ["1.2"]
    panel.set_filter("gap_without_action")
    assert panel.shown_ids() == actionplan.gaps_without_actions(doc)
    panel.set_filter("needs_attention")
    assert panel.shown_ids() == list(consistency.findings(doc.catalogue, doc.responses())) == ["1.2"]
    panel.set_filter("all")
    assert len(panel.shown_ids()) == doc.catalogue.indicator_count and not panel.count_label.isVisible()


def test_a_gap_filter_follows_a_new_action(window, qtbot):
    panel = window.navigator_panel
    panel.set_filter("gap_without_action")
    first = panel.shown_ids()[0]
    window.session.add_action("Close the gap", (first,))
    assert first not in panel.shown_ids()
    window.act_undo.trigger()
    assert first in panel.shown_ids()


def test_an_edit_does_not_hide_the_indicator_being_edited(window):
    panel = window.navigator_panel
    panel.set_filter("complete")
    window.show_indicator("1.3")
    window.indicator_page.complete_check.click()  # now a draft: no longer "complete"
    assert window.session.doc.response("1.3").status == "draft"
    assert "1.3" in panel.shown_ids()
    panel.set_filter("complete")
    assert "1.3" not in panel.shown_ids()


def _contradict(window, indicator_id="1.1"):
    page = window.indicator_page
    window.show_indicator(indicator_id)
    for check in page.criteria_checks[1:]:
        if check.isChecked():
            check.click()
    page.level_group.button(4).click()


def test_a_level_that_contradicts_the_ticks_is_warned_on_page_navigator_and_overview(window, qtbot):
    page, doc = window.indicator_page, window.session.doc
    _contradict(window)
    response = doc.response("1.1")
    assert response.level == 4 and len(response.criteria_met) < len(doc.catalogue.indicator("1.1").criteria)
    assert page.consistency.warning_label.isVisible()
    assert "Level 4" in page.consistency.warning_label.text()
    assert "Suggested level" in page.consistency.suggestion_label.text()
    assert MARK in window.navigator.nav_model.index_of("1.1").data()
    window.show_overview()
    assert window.overview.attention_button.isVisible()
    assert window.overview.attention_button.text().startswith(f"{MARK} 1 indicator needs attention")
    window.overview.attention_button.click()
    dialog = window.findChildren(IndicatorListDialog)[-1]
    assert [dialog.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(dialog.list.count())] == ["1.1"]
    dialog.close()
    # the suggestion is shown, never forced: one click takes it, and the warning goes
    window.show_indicator("1.1")
    suggested = consistency.suggested_level(doc.catalogue.indicator("1.1"), doc.response("1.1").criteria_met)
    assert page.consistency.use_button.isVisible() and doc.response("1.1").level == 4
    page.consistency.use_button.click()
    assert doc.response("1.1").level == suggested
    assert not page.consistency.warning_label.isVisible() and not page.consistency.use_button.isVisible()
    assert MARK not in window.navigator.nav_model.index_of("1.1").data()
    window.show_overview()
    assert not window.overview.attention_button.isVisible()


def test_complete_without_evidence_is_warned(window):
    page = window.indicator_page
    window.show_indicator("2.2")
    page.text_edits["evidence"].setPlainText("   ")
    window.session.flush()
    assert page.consistency.warning_label.isVisible() and "no evidence" in page.consistency.warning_label.text()
    assert MARK in window.navigator.nav_model.index_of("2.2").data()


def test_the_warnings_follow_the_interface_language(window, qtbot):
    _contradict(window)
    label = window.indicator_page.consistency.warning_label
    english = label.text()
    window.set_language("ru")
    try:
        qtbot.waitUntil(lambda: label.text() != english)
        russian = label.text()
        assert russian != english and "4" in russian
        assert russian.split(" ", 1)[1] in window.navigator.nav_model.index_of("1.1").data(Qt.ItemDataRole.ToolTipRole)
    finally:
        window.set_language("en")
        i18n.install_language("en")


def test_next_and_previous_walk_through_what_the_filter_shows(window, qtbot):
    panel = window.navigator_panel
    ids = window.session.catalogue.indicator_ids()
    panel.set_filter("gap_without_action")
    shown = panel.shown_ids()
    # start where the next indicator shown is not the next one of the catalogue
    i = next(i for i in range(len(shown) - 2) if ids.index(shown[i + 1]) > ids.index(shown[i]) + 1)
    window.show_indicator(shown[i])
    window.next_indicator()
    assert window.current_indicator() == shown[i + 1]
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_indicator() == shown[i + 2]
    window.previous_indicator()
    window.previous_indicator()
    assert window.current_indicator() == shown[i]
    panel.set_filter("all")
    window.next_indicator()
    assert window.current_indicator() == ids[ids.index(shown[i]) + 1]
