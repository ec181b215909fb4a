"""The action plan page and the dashboard: add from a gap, filter, sort, edit in place, figures match the model."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialogButtonBox, QStyleOptionViewItem

from gui.dialogs.action_editor import ActionEditor
from gui.pages.actionplan_model import COLUMNS
from gui.dialogs.indicator_list import IndicatorListDialog
from gui.main_window import MainWindow
from gui.widgets.shared import PlainMessageBox
from model.document import actionplan
from model.report import progress
from model.app import settings as settings_store


@pytest.fixture
def window(qtbot, example_made):
    win = MainWindow(settings_store.Settings(), "en")
    qtbot.addWidget(win)
    win.show()
    win.open_example()
    yield win
    win.close_document()


def col(name: str) -> int:
    return COLUMNS.index(name)


def test_add_action_from_a_gap_opens_the_editor_prefilled_and_adds_on_ok(window, qtbot):
    doc = window.session.doc
    gap_id = next(i for i in actionplan.gaps(doc) if not actionplan.actions_for(doc, i))
    window.show_indicator(gap_id)
    assert "Gap: level" in window.indicator_page.gap_label.text()
    window.indicator_page.add_action_button.click()
    editor = window.findChild(ActionEditor)
    assert editor is not None and editor.isVisible()
    response = doc.response(gap_id)
    values = editor.values()
    assert values["indicator_ids"] == (gap_id,) and values["gap"] == response.gaps.strip()
    assert values["lead"] == response.authority and values["target_level"] == response.level + 1
    assert actionplan.actions_for(doc, gap_id) == []  # nothing is added before OK
    editor.title_edit.setPlainText("Обновить перечень (ң ө ү)")
    editor.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    [action] = actionplan.actions_for(doc, gap_id)
    assert action.title == "Обновить перечень (ң ө ү)" and action.target_level == response.level + 1
    assert window.pages.currentWidget() is window.indicator_page
    assert window.indicator_page.actions_list.count() == 1
    assert gap_id not in actionplan.gaps_without_actions(doc)


def test_filters_and_sorting(window):
    view, model = window.plan_view, window.plan_view.model
    window.show_plan()
    total = len(actionplan.actions(window.session.doc))
    assert model.rowCount() == total >= 15
    view.set_filter(status="done")
    assert model.rowCount() == actionplan.counts_by_status(window.session.doc)["done"]
    assert all(model.action_at(r).status == "done" for r in range(model.rowCount()))
    view.set_filter(area="4")
    assert model.rowCount() > 0 and all("4" in model.action_at(r).area_ids for r in range(model.rowCount()))
    view.set_filter(authority="МИД")
    assert model.rowCount() > 0 and all("МИД" in model.action_at(r).lead + model.action_at(r).partners
                                        for r in range(model.rowCount()))
    view.set_filter(overdue=True)
    assert model.rowCount() == len(actionplan.overdue(window.session.doc))
    view.set_filter()
    view.table.sortByColumn(col("due_date"), Qt.SortOrder.DescendingOrder)
    dues = [model.action_at(r).due_date for r in range(model.rowCount())]
    assert dues == sorted(dues, reverse=True)
    view.table.sortByColumn(col("priority"), Qt.SortOrder.AscendingOrder)
    assert model.action_at(0).priority == "high"


def test_edit_in_place_with_editors(window, qtbot):
    view, model = window.plan_view, window.plan_view.model
    window.show_plan()
    row = 0
    action_id = model.action_at(row).id
    delegate = view.table.itemDelegate()
    option = QStyleOptionViewItem()
    status_index = model.index(row, col("status"))
    editor = delegate.createEditor(view.table.viewport(), option, status_index)
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findData("cancelled"))
    delegate.setModelData(editor, model, status_index)
    due_index = model.index(model.row_of(action_id), col("due_date"))
    editor = delegate.createEditor(view.table.viewport(), option, due_index)
    assert isinstance(editor, QDateEdit)
    editor.setDate(QDate(2031, 5, 17))
    delegate.setModelData(editor, model, due_index)
    title_index = model.index(model.row_of(action_id), col("title"))
    assert model.setData(title_index, "Жаңы аракет — ң ө ү")
    stored = actionplan.action(window.session.doc, action_id)
    assert (stored.status, stored.due_date, stored.title) == ("cancelled", "2031-05-17", "Жаңы аракет — ң ө ү")


def test_bad_indicator_link_is_refused_with_a_message(window, monkeypatch):
    shown = []
    monkeypatch.setattr(PlainMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    model = window.plan_view.model
    window.show_plan()
    before = model.action_at(0)
    assert not model.setData(model.index(0, col("indicator_ids")), "9.9")
    assert shown and "9.9" in shown[0]
    assert actionplan.action(window.session.doc, before.id).indicator_ids == before.indicator_ids


def test_dashboard_figures_match_the_model_and_open_lists(window, qtbot):
    window.show_overview()
    doc = window.session.doc
    page = window.overview
    counts = actionplan.counts_by_status(doc)
    assert page.status_buttons["ongoing"].text().endswith(f": {counts['ongoing']}")
    assert page.overdue_button.text().endswith(f": {len(actionplan.overdue(doc))}")
    assert page.gaps_button.text().endswith(f": {len(actionplan.gaps_without_actions(doc))}")
    page.status_buttons["ongoing"].click()
    assert window.pages.currentWidget() is window.plan_view
    assert window.plan_view.model.rowCount() == counts["ongoing"]
    window.show_overview()
    page.overdue_button.click()
    assert window.plan_view.model.rowCount() == len(actionplan.overdue(doc, date.today()))
    window.show_overview()
    page.gaps_button.click()
    dialogs = [w for w in window.findChildren(IndicatorListDialog)]
    assert dialogs and dialogs[-1].list.count() == len(actionplan.gaps_without_actions(doc))
    first = dialogs[-1].list.item(0)
    dialogs[-1].list.itemActivated.emit(first)
    assert window.current_indicator() == first.data(Qt.ItemDataRole.UserRole)
    dialogs[-1].close()
    assert page.radar.values == [a.score for a in progress.summarise(doc.catalogue, doc.responses()).areas]


def test_double_click_number_opens_the_indicator(window):
    window.show_plan()
    model = window.plan_view.model
    index = model.index(0, col("number"))
    window.plan_view.table.doubleClicked.emit(index)
    assert window.current_indicator() == model.action_at(0).indicator_ids[0]


def test_undo_and_redo_a_cell_edit(window):
    model = window.plan_view.model
    window.show_plan()
    action_id = model.action_at(0).id
    before = actionplan.action(window.session.doc, action_id).lead
    assert model.setData(model.index(0, col("lead")), "Өкмөт")
    window.act_undo.trigger()
    assert actionplan.action(window.session.doc, action_id).lead == before
    assert model.action_at(model.row_of(action_id)).lead == before, "the table shows the undone value"
    window.act_redo.trigger()
    assert actionplan.action(window.session.doc, action_id).lead == "Өкмөт"
    assert model.index(model.row_of(action_id), col("lead")).data() == "Өкмөт"


def test_the_unfiltered_plan_by_number_is_every_action_in_its_numbers_order(window):
    view, model = window.plan_view, window.plan_view.model
    window.show_plan()
    everything = actionplan.actions(window.session.doc)
    number_of = {a.id: n for n, a in enumerate(sorted(everything, key=lambda a: a.id), start=1)}

    def shown() -> list[int]:
        return [number_of[model.action_at(r).id] for r in range(model.rowCount())]

    assert shown() == list(range(1, len(everything) + 1))
    view.table.sortByColumn(col("number"), Qt.SortOrder.DescendingOrder)
    assert shown() == list(range(len(everything), 0, -1))
    view.set_filter(status="done")
    done = [number_of[a.id] for a in everything if a.status == "done"]
    assert shown() == sorted(done, reverse=True) and 0 < len(done) < len(everything)
    view.set_filter()
    view.table.sortByColumn(col("number"), Qt.SortOrder.AscendingOrder)
    assert shown() == list(range(1, len(everything) + 1))
