"""The window and the printed PDF write Convention references and criterion letters as each language does."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QLabel

from render import printing
from gui.main_window import MainWindow
from gui.widgets.shared import WrappedChoice
from model.report import build as report
from model.app import settings as settings_store
from model.document.assessment import Assessment
from tests.export_helpers import build_demo_with_actions
from tests.gui.test_printing import pages_text
from tests.model.test_references_in_exports import LETTERS, SHOWN


@pytest.fixture
def demo(tmp_path):
    return build_demo_with_actions(tmp_path / "demo.teia")


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
def test_indicator_page_in_the_content_language(qtbot, demo, lang):
    window = MainWindow(settings_store.Settings(), "en")
    qtbot.addWidget(window)
    assert window.open_path(str(demo))
    try:
        window.set_content_language(lang)
        window.show_indicator("1.1")
        page = window.indicator_page
        assert SHOWN[lang] in page.refs_label.text()
        criteria = [w.label.text() for w in page.criteria_box.findChildren(WrappedChoice)]
        assert [text.split()[0] for text in criteria] == list(LETTERS[lang])
        if lang != "en":
            texts = " ".join(label.text() for label in page.findChildren(QLabel))
            assert not re.search(r"\b(Art|Annex)\b", texts)
    finally:
        window.close_document()


@pytest.mark.parametrize(("lang", "kind"), [("ru", "filled"), ("ky", "filled"), ("ky", "blank"), ("en", "filled")])
def test_printed_assessment_and_forms(qapp, demo, tmp_path, lang, kind):
    with Assessment.open(demo, readonly=True) as doc:
        content = report.build(doc, lang)
    out, _pages = printing.write_pdf(content, tmp_path / f"{lang}.pdf", printing.PrintOptions(kind=kind, areas=("1",)))
    text = "\n".join(pages_text(out, layout=False))
    flat = " ".join(text.split())
    assert SHOWN[lang] in flat
    first_criterion = content.sections[0].indicators[0].criteria[0]
    assert re.search(rf"^\s*{re.escape(LETTERS[lang][0])}\s*$|^\s*{re.escape(LETTERS[lang][0])}\s",
                     text, re.M), first_criterion
    if lang != "en":
        assert not re.search(r"\b(Art|Annex)\b", flat)
