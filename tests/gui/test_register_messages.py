"""A refused Annex I table is explained in the interface language, naming the file and the entry."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QApplication

from gui import i18n
from gui.messages import error_text
from model.register.annex1 import Annex1Error, parse_annex1


@pytest.fixture
def refusal(qapp) -> Annex1Error:
    with pytest.raises(Annex1Error) as caught:
        parse_annex1(json.dumps({"format": 1}), origin="/tmp/annex-edited.json")
    yield caught.value
    i18n.install_language("en")
    QApplication.processEvents()


def test_annex1_refusal_is_translated(refusal):
    i18n.install_language("en")
    english = error_text(refusal)
    assert "Annex I" in english and "/tmp/annex-edited.json" in english
    for lang in ("ru", "ky"):
        i18n.install_language(lang)
        QApplication.processEvents()
        shown = error_text(refusal)
        assert shown != english and "/tmp/annex-edited.json" in shown
        # the entry: a path as it is; "(top level)" in the interface language, like the problem itself
        assert refusal.params["entry"] not in shown and refusal.params["problem"] not in shown
