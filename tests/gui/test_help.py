"""The help window, F1 on every screen and dialog, and the glossary."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from gui import i18n
from gui.dialogs.help_window import DIALOG_SCREENS, HelpWindow
from gui.main_window import MainWindow
from model.guide import SCREEN_CHAPTERS

GUI = Path(__file__).resolve().parents[2] / "gui"


@pytest.fixture
def window(qtbot, tmp_path):
    from cli import verbs as commands
    from model.app import settings as settings_store

    i18n.install_language("en")
    win = MainWindow(settings_store.Settings(), "en")
    qtbot.addWidget(win)
    path = tmp_path / "demo.teia"
    commands.demo(str(path))
    assert win.open_path(str(path))
    yield win
    if win.session is not None:
        win.close_document()
    i18n.install_language("en")


def _shown_title(help_window: HelpWindow) -> str:
    return help_window.browser.document().firstBlock().text()


def test_f1_opens_the_chapter_of_the_screen_on_show(window, qtbot):
    window.show_overview()
    window.act_guide.trigger()
    help_window = window.context_help().window
    assert help_window.isVisible() and help_window.current == SCREEN_CHAPTERS["overview"]
    window.show_indicator(next(window.session.doc.catalogue.indicators()).id)
    window.act_guide.trigger()
    assert help_window.current == "rating" and _shown_title(help_window) == "How to rate an indicator"
    window.show_plan()
    window.act_guide.trigger()
    assert help_window.current == "action-plan"


def test_every_dialog_of_the_interface_has_a_chapter():
    """A new dialog class in gui/ must be given its chapter in DIALOG_SCREENS (F1 and its Help button)."""
    dialogs = set()
    for path in GUI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ClassDef) and any(getattr(b, "id", getattr(b, "attr", "")) == "QDialog"
                                                       for b in node.bases):
                dialogs.add(node.name)
    assert dialogs, "no dialog found: the scan is broken"
    missing = dialogs - set(DIALOG_SCREENS)
    assert not missing, f"dialogs without a help chapter: {sorted(missing)}"
    for screen in DIALOG_SCREENS.values():
        assert screen == "" or screen in SCREEN_CHAPTERS


def test_a_dialog_gets_f1_and_a_help_button_that_open_its_chapter(window, qtbot):
    from gui.dialogs.details import DetailsDialog

    dialog = DetailsDialog(window.session.doc.meta(), "Асанова", window)
    qtbot.addWidget(dialog)
    window.context_help().attach(dialog)
    box = dialog.findChild(QDialogButtonBox)
    help_button = box.button(QDialogButtonBox.StandardButton.Help)
    assert help_button is not None
    help_button.click()
    shown = [w for w in dialog.findChildren(HelpWindow) if w.isVisible()]
    assert len(shown) == 1 and shown[0].current == SCREEN_CHAPTERS["details"]
    shown[0].close()
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_F1)
    assert any(w.isVisible() and w.current == SCREEN_CHAPTERS["details"] for w in dialog.findChildren(HelpWindow))


def test_a_dialog_that_gets_the_focus_is_given_its_help(window, qtbot):
    from gui.dialogs.details import DetailsDialog

    dialog = DetailsDialog(window.session.doc.meta(), "Асанова", window)
    qtbot.addWidget(dialog)
    window._dialog_focused(None, dialog.findChild(QDialogButtonBox))
    assert dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Help) is not None


def test_a_message_box_gets_no_help_button(window, qtbot):
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, "t", "text", QMessageBox.StandardButton.Ok, window)
    qtbot.addWidget(box)
    window._dialog_focused(None, box)
    window.context_help()._focus_changed(None, box)
    assert box.button(QMessageBox.StandardButton.Help) is None


def test_links_between_chapters_are_followed_and_nothing_else_is_loaded(qtbot):
    help_window = HelpWindow()
    qtbot.addWidget(help_window)
    help_window.show_chapter("strategic-approach")
    help_window._link(QUrl("chapter:action-plan"))
    assert help_window.current == "action-plan"
    help_window._link(QUrl("http://example.org/x"))
    help_window._link(QUrl("file:///etc/issue"))
    assert help_window.current == "action-plan"
    assert help_window.browser.loadResource(2, QUrl("file:///etc/issue")) is None
    assert not help_window.browser.openExternalLinks() and not help_window.browser.openLinks()


def test_search_lists_matching_chapters_and_enter_opens_the_first(qtbot):
    i18n.install_language("ru")
    try:
        help_window = HelpWindow()
        qtbot.addWidget(help_window)
        help_window.search_box.setText("ХВОСТОХРАНИЛИЩ")
        ids = [help_window.chapters.item(i).data(256) for i in range(help_window.chapters.count())]
        assert "hazardous-activities" in ids and "glossary" in ids and "rating" not in ids
        help_window._open_first_hit()
        assert help_window.current == ids[0]
        assert help_window.browser.textCursor().selectedText().casefold() == "хвостохранилищ"
        help_window.search_box.setText("zzzqqq")
        assert help_window.chapters.count() == 1 and help_window.chapters.item(0).data(256) is None
    finally:
        i18n.install_language("en")


def test_the_help_window_follows_the_interface_language(qtbot):
    help_window = HelpWindow()
    qtbot.addWidget(help_window)
    help_window.show_chapter("rating")
    assert _shown_title(help_window) == "How to rate an indicator"
    i18n.install_language("ky")
    try:
        qtbot.waitUntil(lambda: _shown_title(help_window) == "Көрсөткүчтү кантип баалоо керек")
        assert help_window.windowTitle().startswith("Колдонуучунун колдонмосу")
        assert help_window.chapters.item(0).text() == "Иштей баштоо"
    finally:
        i18n.install_language("en")


def test_the_glossary_filters_in_every_language(qtbot):
    help_window = HelpWindow()
    qtbot.addWidget(help_window)
    help_window.show_chapter("glossary")
    total = help_window.glossary.rowCount()
    assert total >= 40
    help_window.glossary_filter.setText("КАЛДЫК")
    assert help_window.glossary.rowCount() == 1
    assert help_window.glossary.item(0, 2).text() == "калдык сактагыч"
