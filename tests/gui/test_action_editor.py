"""The action editor: every field of an action, opened from the plan and the indicator page; add and delete undoable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from gui.dialogs.action_editor import NO_DATE, ActionEditor
from gui.pages.actionplan_model import COLUMNS
from gui.main_window import MainWindow
from gui.widgets.shared import PlainMessageBox
from model.document import actionplan
from model.app import settings as settings_store

LONG = ("Разработать и утвердить порядок уведомления соседних стран о планируемых опасных видах деятельности "
        "вблизи границы, с участием Госэкотехинспекции, МЧС и МИД (ң ө ү)")


@pytest.fixture
def window(qtbot, example_made):
    win = MainWindow(settings_store.Settings(), "en")
    qtbot.addWidget(win)
    win.show()
    win.open_example()
    yield win
    win.close_document()


def _editor(window) -> ActionEditor:
    editors = [e for e in window.findChildren(ActionEditor) if e.isVisible()]
    assert len(editors) == 1
    return editors[0]


def _ok(editor: ActionEditor) -> None:
    editor.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_double_click_opens_every_field_and_ok_writes_one_undoable_step(window, qtbot):
    doc, view = window.session.doc, window.plan_view
    window.show_plan()
    action = view.model.action_at(0)
    view.table.doubleClicked.emit(view.model.index(0, COLUMNS.index("title")))
    editor = _editor(window)
    assert editor.values() == {name: getattr(action, name) for name in actionplan.EDITABLE} | {
        "gap": action.gap.strip(), "budget": action.budget.strip()}
    editor.title_edit.setPlainText(LONG)
    editor.budget_edit.setPlainText("1,2 млн сомов; 3 инспектора")
    editor.assistance_check.setChecked(True)
    editor.assistance_edit.setPlainText("Экспертная поддержка ЕЭК ООН")
    editor.gap_edit.setPlainText("Нет порядка уведомления")
    editor.target_combo.setCurrentIndex(editor.target_combo.findData(4))
    editor.due_field.edit.setDate(QDate(2030, 6, 30))
    _ok(editor)
    stored = actionplan.action(doc, action.id)
    assert (stored.title, stored.budget, stored.assistance_requested, stored.assistance_details, stored.gap,
            stored.target_level, stored.due_date) == (LONG, "1,2 млн сомов; 3 инспектора", True,
                                                      "Экспертная поддержка ЕЭК ООН", "Нет порядка уведомления", 4,
                                                      "2030-06-30")
    assert view.model.action_at(view.model.row_of(action.id)).title == LONG  # the table shows it
    window.act_undo.trigger()  # the whole dialog's change is one step
    again = actionplan.action(doc, action.id)
    assert (again.title, again.budget, again.target_level, again.due_date) == (
        action.title, action.budget, action.target_level, action.due_date)


def test_enter_and_the_edit_button_open_the_selected_action(window, qtbot):
    view = window.plan_view
    window.show_plan()
    view.table.setCurrentIndex(view.model.index(2, COLUMNS.index("lead")))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    editor = _editor(window)
    assert editor.action.id == view.model.action_at(2).id
    editor.reject()
    view.edit_button.click()
    assert _editor(window).action.id == view.model.action_at(2).id
    _editor(window).reject()


def test_the_indicator_pages_list_opens_the_action(window):
    doc = window.session.doc
    indicator_id = next(i for i in doc.catalogue.indicator_ids() if actionplan.actions_for(doc, i))
    window.show_indicator(indicator_id)
    page = window.indicator_page
    page.actions_list.itemActivated.emit(page.actions_list.item(0))
    editor = _editor(window)
    assert editor.action.id == actionplan.actions_for(doc, indicator_id)[0].id
    assert window.pages.currentWidget() is page
    editor.reject()


@pytest.mark.parametrize("problem", ["title", "dates"])
def test_a_refused_value_keeps_the_dialog_open_with_what_was_typed(window, problem):
    doc = window.session.doc
    before = len(actionplan.actions(doc))
    window.show_plan()
    window.plan_view.add_button.click()
    editor = _editor(window)
    editor.partners_edit.setText("Өкмөт")
    if problem == "dates":
        editor.title_edit.setPlainText("Обучение")
        editor.start_field.edit.setDate(QDate(2027, 5, 1))
        editor.due_field.edit.setDate(QDate(2027, 4, 1))
    _ok(editor)
    assert editor.isVisible() and editor.error_label.isVisible()
    assert ("title" if problem == "title" else "before the start") in editor.error_label.text()
    assert editor.partners_edit.text() == "Өкмөт" and len(actionplan.actions(doc)) == before
    editor.reject()


def test_an_empty_date_stays_empty(window):
    window.show_plan()
    window.plan_view.add_button.click()
    editor = _editor(window)
    assert editor.start_field.edit.date() == NO_DATE and editor.values()["start_date"] is None
    editor.start_field.edit.setDate(QDate(2027, 1, 15))
    editor.start_field.clear_button.click()
    assert editor.values()["start_date"] is None
    editor.reject()


def test_adding_and_deleting_can_be_undone_and_redone(window, monkeypatch):
    doc, view = window.session.doc, window.plan_view
    window.show_plan()
    count = len(actionplan.actions(doc))
    view.add_button.click()
    editor = _editor(window)
    editor.title_edit.setPlainText("Тренинг по Приложению I")
    _ok(editor)
    [added] = [a for a in actionplan.actions(doc) if a.title == "Тренинг по Приложению I"]
    assert view.model.row_of(added.id) >= 0 and view.model.total == count + 1
    window.act_undo.trigger()
    assert len(actionplan.actions(doc)) == count and view.model.row_of(added.id) < 0
    window.act_redo.trigger()
    back = actionplan.action(doc, added.id)
    assert (back.uid, back.title) == (added.uid, added.title) and view.model.row_of(added.id) >= 0

    monkeypatch.setattr(PlainMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    victim = view.model.action_at(0)
    links = victim.indicator_ids
    view.table.setCurrentIndex(view.model.index(0, 1))
    view.delete_button.click()
    assert view.model.row_of(victim.id) < 0 and all(a.id != victim.id for a in actionplan.actions(doc))
    window.act_undo.trigger()
    restored = actionplan.action(doc, victim.id)
    assert (restored.uid, restored.title, restored.indicator_ids) == (victim.uid, victim.title, links)
    assert view.model.row_of(victim.id) >= 0
    window.act_redo.trigger()
    assert all(a.id != victim.id for a in actionplan.actions(doc))
    window.act_undo.trigger()
    window.act_undo.trigger()  # and the earlier addition
    assert len(actionplan.actions(doc)) == count


def test_a_cell_edit_after_an_undone_delete_is_still_undoable(window, monkeypatch):
    doc, view = window.session.doc, window.plan_view
    window.show_plan()
    monkeypatch.setattr(PlainMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    victim = view.model.action_at(0)
    assert view.model.setData(view.model.index(0, COLUMNS.index("lead")), "Өкмөт")
    view.table.setCurrentIndex(view.model.index(view.model.row_of(victim.id), 1))
    view.delete_button.click()
    window.act_undo.trigger()  # the delete
    window.act_undo.trigger()  # the cell edit, on the action that came back
    assert actionplan.action(doc, victim.id).lead == victim.lead
