"""Keyboard-only work on the indicator page: Tab goes down the page, arrows and digits choose a level, focus shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QImage, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from gui.pages.indicator import NA_ID
from gui.main_window import MainWindow
from model.app import settings as settings_store
from model.document.assessment import Assessment


@pytest.fixture
def window(qtbot, tmp_path, small_catalogue):
    path = tmp_path / "keys.teia"
    Assessment.create(path, small_catalogue, title="Клавиатура").close()
    win = MainWindow(settings_store.Settings(), "en")
    qtbot.addWidget(win)
    win.resize(1024, 720)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    assert win.open_path(str(path))
    first = small_catalogue.indicator_ids()[0]
    win.show_indicator(first)
    yield win
    win.close_document()


def _focus(widget, qtbot) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def test_tab_goes_down_the_page_criteria_and_level_first(window, qtbot):
    page = window.indicator_page
    _focus(page.criteria_checks[0], qtbot)
    visited = [QApplication.focusWidget()]
    for _ in range(40):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
        if visited[-1] is page.next_button or visited[-1] is page.prev_button and not page.next_button.isEnabled():
            break
    suggestion = [b for b in page.consistency.findChildren(QPushButton) if b.isVisible()]  # "use level n"
    expected_start = [*page.criteria_checks, page.level_group.buttons()[0], *suggestion, page.text_edits["description"],
                      page.text_edits["evidence"], page.text_edits["gaps"], page.text_edits["authority"]]
    assert visited[:len(expected_start)] == expected_start, [type(w).__name__ for w in visited]
    assert page.complete_check in visited and visited[-1] in (page.prev_button, page.next_button)
    body = page.scroll_area.widget()
    tops = [w.mapTo(body, QPoint(0, 0)).y() for w in visited if body.isAncestorOf(w)]
    assert tops == sorted(tops), "Tab must follow the page from top to bottom"
    # The levels are one Tab stop: the others are reached with the arrow keys.
    assert sum(1 for w in visited if w in page.level_group.buttons()) == 1


def test_arrow_keys_digits_and_n_choose_the_level(window, qtbot):
    page, session = window.indicator_page, window.session
    indicator = page.indicator.id
    assert session.response(indicator).level is None
    stop = page.level_group.buttons()[0]
    _focus(stop, qtbot)

    def key(k, text=""):
        QTest.keyClick(QApplication.focusWidget(), k, Qt.KeyboardModifier.NoModifier)

    key(Qt.Key.Key_Down)  # nothing chosen yet: the arrow chooses the level that has the focus
    assert session.response(indicator).level == 0
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Down)
    assert session.response(indicator).level == 2 and page.level_group.checkedId() == 2
    assert QApplication.focusWidget() is page.level_group.button(2)
    key(Qt.Key.Key_Up)
    assert session.response(indicator).level == 1
    window.session.undo_stack.undo()  # each choice is one undoable change, as a click is
    assert session.response(indicator).level == 2
    key(Qt.Key.Key_4)
    assert session.response(indicator).level == 4 and QApplication.focusWidget() is page.level_group.button(4)
    key(Qt.Key.Key_N)
    assert session.response(indicator).not_applicable and page.level_group.checkedId() == NA_ID
    key(Qt.Key.Key_0)
    response = session.response(indicator)
    assert response.level == 0 and not response.not_applicable
    # A level clears "not applicable": undo gives it back, and undo again the level before it.
    session.undo_stack.undo()
    assert session.response(indicator).not_applicable and page.level_group.checkedId() == NA_ID
    session.undo_stack.undo()
    assert (session.response(indicator).level, session.response(indicator).not_applicable) == (4, False)
    session.undo_stack.redo()
    session.undo_stack.redo()
    assert (session.response(indicator).level, session.response(indicator).not_applicable) == (0, False)
    # Tab now lands on the chosen level, not on the first one.
    assert page.level_group.button(0).focusPolicy() & Qt.FocusPolicy.TabFocus
    assert not page.level_group.button(3).focusPolicy() & Qt.FocusPolicy.TabFocus


def test_a_cyrillic_n_chooses_not_applicable(window, qtbot):
    page = window.indicator_page
    _focus(page.level_group.buttons()[0], qtbot)
    # A Russian layout: the key has no Latin code, only its text (QTest cannot type it).
    QApplication.sendEvent(QApplication.focusWidget(), QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, "н"))
    assert window.session.response(page.indicator.id).not_applicable


def _changed_pixels(before: QImage, after: QImage) -> int:
    return sum(1 for y in range(before.height()) for x in range(before.width()) if before.pixel(x, y) != after.pixel(x, y))


@pytest.mark.parametrize("which", ["criterion", "level", "complete"])
def test_the_focus_is_clearly_visible(window, qtbot, which):
    page = window.indicator_page
    button = {"criterion": page.criteria_checks[0], "level": page.level_group.buttons()[0],
              "complete": page.complete_check}[which]
    shown = button.parentWidget() if which != "complete" else button  # a criterion or level: its whole row
    page.text_edits["description"].setFocus()
    qtbot.waitUntil(lambda: not button.hasFocus())
    before = shown.grab().toImage()
    _focus(button, qtbot)
    after = shown.grab().toImage()
    # A ring around the whole row, not a few dotted pixels around the box.
    assert _changed_pixels(before, after) >= 2 * (shown.width() + shown.height())
