"""The navigator: marks follow the responses and the language; only a chosen row opens a page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from gui.main_window import MainWindow
from gui.widgets.navigator import ID_ROLE, Navigator
from model.app import settings as settings_store
from model.document.assessment import Assessment, Response


@pytest.fixture
def navigator(qtbot, small_catalogue, doc_path):
    with Assessment.create(doc_path, small_catalogue) as doc:
        responses = doc.responses()
    view = Navigator()
    qtbot.addWidget(view)
    view.nav_model.load(small_catalogue, responses, "ru")
    return view


def _text(view: Navigator, ident: str) -> str:
    return view.nav_model.index_of(ident).data(Qt.ItemDataRole.DisplayRole)


def _status(view: Navigator, ident: str) -> str:
    return view.nav_model.index_of(ident).data(Qt.ItemDataRole.AccessibleDescriptionRole)


def test_refresh_shows_new_statuses_completion_and_language(navigator, small_catalogue):
    area = small_catalogue.areas[0]
    assert _status(navigator, "1.1") == "not_started"
    assert _text(navigator, area.id).endswith(f"(0/{len(area.indicators)})")
    responses = {i: Response(i) for i in small_catalogue.indicator_ids()}
    responses["1.1"] = Response("1.1", level=1, status="complete", evidence="Decree")  # nothing to warn about
    navigator.nav_model.refresh(responses)
    assert _status(navigator, "1.1") == "complete"
    assert _status(navigator, "1.2") == "not_started"
    assert _text(navigator, area.id).endswith(f"(1/{len(area.indicators)})")
    ru = _text(navigator, "1.1")
    navigator.nav_model.refresh(responses)  # nothing changed: the same texts
    assert _text(navigator, "1.1") == ru
    navigator.nav_model.lang = "en"
    navigator.nav_model.refresh(responses)
    english = small_catalogue.indicator("1.1").statement.text("en")
    assert _text(navigator, "1.1") == f"1.1  {english}" != ru
    assert _text(navigator, area.id).startswith(f"{area.id}. {area.title.text('en')}")
    responses["1.1"] = Response("1.1", level=1, status="draft")
    navigator.nav_model.refresh_indicator("1.1", responses["1.1"])
    assert _status(navigator, "1.1") == "draft"


def test_focus_alone_opens_nothing_but_a_chosen_row_does(navigator, qtbot):
    chosen = []
    navigator.indicatorActivated.connect(lambda i: chosen.append(("indicator", i)))
    navigator.areaActivated.connect(lambda a: chosen.append(("area", a)))
    first = navigator.nav_model.index(0, 0)
    navigator.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
    assert chosen == []  # what a view does by itself when it gets the focus
    navigator.select("1.2")
    assert chosen == [("indicator", "1.2")]
    navigator.setCurrentIndex(navigator.nav_model.index_of("1"))
    assert chosen[-1] == ("area", "1")


def test_opening_a_document_refreshes_the_overview_once(qtbot, small_catalogue, doc_path, monkeypatch):
    Assessment.create(doc_path, small_catalogue).close()
    window = MainWindow(settings_store.Settings(), "en")
    qtbot.addWidget(window)
    window.show()
    refreshes = []
    original = window.overview.refresh
    monkeypatch.setattr(window.overview, "refresh", lambda: (refreshes.append(1), original())[1])
    assert window.open_path(str(doc_path))
    qtbot.wait(10)
    assert len(refreshes) == 1
    assert window.pages.currentWidget() is window.overview
    window.navigator.select("1.1")
    assert window.pages.currentWidget() is window.indicator_page
    assert window.navigator.currentIndex().data(ID_ROLE) == "1.1"
    window.close_document()
