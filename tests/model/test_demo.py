"""The example assessment: realistic targets, today's authority names, one spelling, the current catalogue."""

from __future__ import annotations

import json
import re

import pytest

from model import demo
from model.document import actionplan
from model.report import consistency
from model.catalogue import builtin_catalogue

# Bodies abolished or renamed (2021–2025) that the example once named; the new names are in model/demo.py.
GONE = ("Госэкотехинспекц", "Аппарат Кабинета Министров", "Государственное агентство архитектуры", "Кыргызгеолог",
        "Кризисн")


@pytest.fixture(scope="module")
def example(tmp_path_factory):
    doc = demo.build_demo(tmp_path_factory.mktemp("demo") / "example.teia")
    yield doc
    doc.close()


def _all_text(doc) -> str:
    parts = [json.dumps(doc.meta(), ensure_ascii=False)]
    for response in doc.responses().values():
        parts += [response.description, response.evidence, response.gaps, response.authority]
    for action in actionplan.actions(doc):
        parts += [action.title, action.lead, action.partners, action.assistance_details]
    return "\n".join(parts)


def test_the_example_uses_the_current_catalogue_and_answers_its_new_indicators(example):
    assert example.catalogue.sha256 == builtin_catalogue().sha256
    responses = example.responses()
    for indicator_id, (description, evidence, _gaps, authority) in demo.SPECIFIC.items():
        assert responses[indicator_id].description == description and responses[indicator_id].authority == authority
        assert responses[indicator_id].evidence == evidence
    linked = {i for action in actionplan.actions(example) for i in action.indicator_ids}
    assert {"2.6", "3.9", "5.7"} <= linked
    assert consistency.findings(example.catalogue, responses) == {}  # the example teaches the rule


def test_targets_are_level_3_unless_an_indicator_is_already_there(example):
    responses = example.responses()
    for indicator in example.catalogue.indicators():
        response = responses[indicator.id]
        assert response.target_level == (4 if response.level >= 3 else 3), indicator.id
    for action in actionplan.actions(example):
        levels = [responses[i].level for i in action.indicator_ids]
        assert action.target_level == (4 if min(levels) >= 3 else 3), action.title


def test_authority_names_exist_today_and_jalal_abad_has_one_spelling(example):
    text = _all_text(example)
    for name in GONE:
        assert name not in text, name
    assert "Служба экологического и технического надзора" in text
    assert not re.search(r"\bЖалал-Абад", text)  # the Russian spelling is «Джалал-Абад»
    assert "Джалал-Абад" in text
