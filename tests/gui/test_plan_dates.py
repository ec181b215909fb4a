"""The plan's date cells: the interface language's format, empty stays empty, a due date before the start is refused."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from gui import i18n
from gui.pages.actionplan_model import COLUMNS
from gui.formats import date_pattern, format_date
from gui.main_window import MainWindow
from gui.widgets.shared import PlainMessageBox
from model.document import actionplan
from model.app import settings as settings_store


@pytest.fixture
def plan(qtbot, example_made):
    i18n.install_language("en")  # whatever locale an earlier test left
    win = MainWindow(settings_store.Settings(), "en")
    qtbot.addWidget(win)
    win.show()
    win.open_example()
    win.show_plan()
    yield win.plan_view
    win.close_document()
    i18n.install_language("en")


def _editor(view, action_id: int, column: str):
    index = view.model.index(view.model.row_of(action_id), COLUMNS.index(column))
    delegate = view.table.itemDelegate()
    editor = delegate.createEditor(view.table.viewport(), QStyleOptionViewItem(), index)
    delegate.setEditorData(editor, index)
    return delegate, editor, index


def test_the_date_editor_writes_dates_as_the_cell_shows_them(plan):
    i18n.install_language("ky")
    action = actionplan.actions(plan.session.doc)[0]
    _delegate, editor, index = _editor(plan, action.id, "due_date")
    assert editor.displayFormat() == date_pattern() == "dd.MM.yyyy"
    assert editor.text() == index.data() == format_date(action.due_date)


def test_tabbing_through_an_empty_date_leaves_it_empty(plan):
    doc = plan.session.doc
    action = next(a for a in actionplan.actions(doc) if a.start_date is None) if any(
        a.start_date is None for a in actionplan.actions(doc)) else actionplan.update_action(
        doc, actionplan.actions(doc)[0].id, start_date=None)
    plan.reload()
    before = len(doc.history(limit=5000))
    delegate, editor, index = _editor(plan, action.id, "start_date")
    assert editor.text().strip() == ""
    delegate.setModelData(editor, plan.model, index)  # what Tab out of the editor does
    assert actionplan.action(doc, action.id).start_date is None
    assert index.data() == "" and len(doc.history(limit=5000)) == before


def test_a_due_date_before_the_start_is_refused_with_a_message(plan, monkeypatch):
    shown = []
    monkeypatch.setattr(PlainMessageBox, "warning", lambda *args, **kwargs: shown.append(args[2]))
    doc = plan.session.doc
    action = actionplan.update_action(doc, actionplan.actions(doc)[0].id, start_date="2027-03-05",
                                      due_date="2027-06-30")
    plan.reload()
    delegate, editor, index = _editor(plan, action.id, "due_date")
    editor.setDate(QDate(2027, 1, 15))
    delegate.setModelData(editor, plan.model, index)
    assert actionplan.action(doc, action.id).due_date == "2027-06-30"
    assert len(shown) == 1 and "15/01/2027" in shown[0] and "05/03/2027" in shown[0], shown
    assert index.data(Qt.ItemDataRole.DisplayRole) == format_date("2027-06-30")
