"""The first-run tour: offered once, skippable, each step framing what it explains, in the interface language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect

from gui import i18n
from gui.main_window import MainWindow
from gui.widgets.tour import STEPS, Tour
from model.app import settings as settings_store


@pytest.fixture
def window(qtbot):
    i18n.install_language("en")
    win = MainWindow(settings_store.Settings(), "en")
    qtbot.addWidget(win)
    win.resize(1024, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    if win.session is not None:
        win.close_document()
    i18n.install_language("en")


def _framed(tour: Tour, widget) -> bool:
    frame = tour.highlight.geometry()
    target = QRect(widget.mapTo(tour.main_window, QPoint(0, 0)), widget.size())
    return tour.highlight.isVisible() and frame.contains(target)


def test_the_first_start_offers_the_tour_once(window, qtbot):
    window.first_run_tour()
    tours = window.findChildren(Tour)
    assert len(tours) == 1 and tours[0].isVisible()
    assert settings_store.load().tour_shown is True
    tours[0].close()
    qtbot.waitUntil(lambda: not window.findChildren(Tour))  # deleted on close
    window.first_run_tour()
    assert not window.findChildren(Tour)


def test_the_steps_frame_the_start_page_navigator_indicator_page_and_overview(window, qtbot):
    tour = window.start_tour()
    assert tour.counter.text() == f"Step 1 of {len(STEPS)}" and not tour.back_button.isEnabled()
    assert _framed(tour, window.start_page) and window.session is None
    tour.next_button.click()
    assert window.session is not None and tour.opened_example  # the example is opened, and the step says so
    assert "opened the example" in tour.body.text()
    assert _framed(tour, window.navigator)
    tour.next_button.click()
    assert window.pages.currentWidget() is window.indicator_page and _framed(tour, window.indicator_page)
    tour.next_button.click()
    assert window.pages.currentWidget() is window.overview and _framed(tour, window.overview)
    tour.next_button.click()
    assert STEPS[tour.step] == "end" and not tour.highlight.isVisible() and tour.next_button.text() == "Finish"
    tour.back_button.click()
    assert STEPS[tour.step] == "overview"
    tour.go(len(STEPS) - 1)
    tour.next_button.click()
    qtbot.waitUntil(lambda: not window.findChildren(Tour))


def test_skipping_changes_nothing(window, qtbot):
    tour = window.start_tour()
    tour.skip_button.click()
    qtbot.waitUntil(lambda: not window.findChildren(Tour))
    assert window.session is None


def test_the_tour_speaks_the_interface_language_and_follows_a_switch(window, qtbot):
    i18n.install_language("ky")
    tour = window.start_tour()
    assert tour.heading.text() == "Кош келиңиз" and tour.skip_button.text() == "Тааныштырууну өткөрүп жиберүү"
    i18n.install_language("ru")
    qtbot.waitUntil(lambda: tour.heading.text() == "Добро пожаловать")
    assert tour.counter.text() == f"Шаг 1 из {len(STEPS)}"
