"""Context help on the indicator page: every level and field has a tooltip and a What's-this text in the
interface language, and catalogue text inside them cannot become markup."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QWhatsThis

from gui import i18n
from gui.main_window import MainWindow
from model.app import settings as settings_store
from model.catalogue import parse_catalogue
from model.document.assessment import Assessment


@pytest.fixture
def window(qtbot, tmp_path, small_catalogue_json):
    data = json.loads(json.dumps(small_catalogue_json))
    data["scale"]["levels"][0]["descriptor"]["ky"] = 'Жок <img src="/etc/issue"> <b>калың</b>'
    catalogue = parse_catalogue(json.dumps(data, ensure_ascii=False), origin="hostile.json")
    path = tmp_path / "help.teia"
    Assessment.create(path, catalogue, country="KG", title="T").close()
    i18n.install_language("ky")
    win = MainWindow(settings_store.Settings(), "ky")
    qtbot.addWidget(win)
    assert win.open_path(str(path))
    win.set_content_language("ky")
    win.show_indicator(next(catalogue.indicators()).id)
    yield win
    win.close_document()
    i18n.install_language("en")


def test_every_level_and_field_has_a_tooltip_and_whats_this_in_kyrgyz(window):
    page = window.indicator_page
    widgets = [*page.criteria_checks, *page.level_group.buttons(), *page.text_edits.values(), page.complete_check,
               page.attach_list, page.actions_list]
    assert len(page.level_group.buttons()) >= 3 and page.criteria_checks
    for widget in widgets:
        assert widget.toolTip().strip(), widget
        assert widget.whatsThis().strip(), widget
        assert "F1" in widget.whatsThis()
        assert any(letter in widget.whatsThis() for letter in "өүң"), widget.whatsThis()[:80]
    assert window.act_whats_this.shortcut().toString() == "Shift+F1" and window.act_whats_this.text() == "&Бул эмне?"


def test_catalogue_text_in_the_help_is_escaped(window):
    page = window.indicator_page
    level0 = page.level_group.buttons()[0]
    for text in (level0.toolTip(), level0.whatsThis()):
        assert "<img" not in text and "<b>" not in text
        assert "&lt;img" in text  # the words are still there, shown as they are written


def test_the_help_follows_a_language_switch(window, qtbot):
    page = window.indicator_page
    i18n.install_language("ru")
    qtbot.waitUntil(lambda: page.text_edits["evidence"].toolTip() == "Документы, которые это подтверждают, с "
                                                                         "номерами и датами.")
    assert "F1" in page.complete_check.whatsThis()


def test_whats_this_mode_is_entered_from_the_help_menu(window):
    window.act_whats_this.trigger()
    try:
        assert QWhatsThis.inWhatsThisMode()
    finally:
        QWhatsThis.leaveWhatsThisMode()
