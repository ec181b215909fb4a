"""Readable on a 1024x768 screen in every interface language: nothing cut, no header clipped, a steady navigator."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLineEdit, QScrollArea, QStyleOptionViewItem

from gui.app import FONT_FAMILIES
from gui.main_window import MainWindow
from gui.widgets.navigator import KIND_ROLE
from model.app import settings as settings_store
from tests.gui.test_i18n import languages, qm_dir, switch  # noqa: F401 - fixtures: fresh .qm files, back to en

CLIENT = (1024, 720)  # a 1024x768 screen less the title bar and the task bar


@pytest.fixture(params=["ru", "ky", "en"])
def window(qtbot, request, example_made):
    # The fonts the application really uses (gui.app), not the test machine's smaller default.
    default = QApplication.font()
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSize(10)
    QApplication.setFont(font)
    win = MainWindow(settings_store.Settings(), "en")
    qtbot.addWidget(win)
    win.resize(*CLIENT)
    win.show()
    switch(request.param, win)
    win.open_example()
    QApplication.processEvents()
    yield win
    switch("en", win)
    win.close_document()
    QApplication.setFont(default)


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_the_overview_fits_the_width(window):
    window.show_overview()
    _settle()
    scroll = window.overview.findChild(QScrollArea)
    assert scroll.horizontalScrollBar().maximum() == 0, "the overview's right column is cut"
    body = scroll.widget()
    for button in [*window.overview.status_buttons.values(), window.overview.gaps_button,
                   window.overview.evidence_button, window.overview.overdue_button]:
        assert button.sizeHint().width() <= button.width(), button.text()
        assert button.geometry().right() <= body.width()
    grid = window.overview.grid
    for column in range(grid.columnCount()):
        header = grid.itemAtPosition(0, column).widget()
        assert header.sizeHint().width() <= header.width(), header.text()


def test_the_plan_headers_and_filters_are_readable(window):
    window.show_plan()
    _settle()
    view = window.plan_view
    header = view.table.horizontalHeader()
    for column in range(view.model.columnCount()):
        text = view.model.headerData(column, Qt.Orientation.Horizontal)
        assert header.fontMetrics().horizontalAdvance(text) <= header.sectionSize(column), text
    for edit in view.findChildren(QLineEdit):
        if edit.isVisible() and edit.placeholderText():
            assert edit.width() >= edit.fontMetrics().averageCharWidth() * 16, edit.placeholderText()
    for combo in (view.area_combo, view.status_combo, view.priority_combo):
        assert combo.width() >= combo.fontMetrics().horizontalAdvance(combo.currentText()) + 24, combo.currentText()


def test_the_navigator_keeps_its_width_between_pages(window):
    widths = {}
    for name, show in (("overview", window.show_overview), ("indicator", lambda: window.show_indicator("B.1")),
                       ("plan", window.show_plan), ("overview again", window.show_overview)):
        show()
        _settle()
        widths[name] = window.navigator.width()
    assert len(set(widths.values())) == 1, widths


def test_long_area_names_keep_their_count(window):
    navigator = window.navigator
    model = navigator.model()
    delegate = navigator.itemDelegate()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        assert index.data(KIND_ROLE) == "area"
        option = QStyleOptionViewItem()
        option.initFrom(navigator)
        delegate.initStyleOption(option, index)
        room = navigator.visualRect(index).width() - navigator.iconSize().width() - 12
        shown = option.fontMetrics.elidedText(option.text, option.textElideMode, room)
        count = option.text[option.text.rindex("("):]
        assert shown.endswith(count), (option.text, shown)


def test_the_register_page_fits_beside_the_navigator(window):
    window.register_entry.show()
    _settle()
    page = window.register_entry.page
    assert window.width() <= CLIENT[0] and window.navigator_panel.width() >= 300, "the register page is too wide"
    for button in page.counts.buttons.values():
        assert button.text().endswith(button.accessibleName().rsplit(":", 1)[1])  # the figure is never cut
        assert button.geometry().right() <= page.width()
    header = page.table.horizontalHeader()
    for column in range(1, page.model.columnCount()):
        text = page.model.headerData(column, Qt.Orientation.Horizontal)
        assert header.fontMetrics().horizontalAdvance(text) <= header.sectionSize(column), text
