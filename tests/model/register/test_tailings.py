"""Tailings facilities: the index from the method file, the ranking, checklist findings linked to actions."""

from __future__ import annotations

import json
import math

import pytest

from model.document import actionplan
from model.catalogue import builtin_catalogue
from model.document.assessment import Assessment
from model.errors import DocumentError
from model.register import activities as register
from model.register.tailings import (
    TailingsMethodError, action_for_finding, answer, builtin_method, clean_parameters, findings, index, parse_method,
    ranking,
)
from model.app.resources import resource_path

METHOD = builtin_method()


@pytest.fixture
def doc(tmp_path):
    with Assessment.create(tmp_path / "t.teia", builtin_catalogue(), user="tester") as document:
        yield document


def test_the_index_adds_the_scores_the_method_file_gives():
    params = {"volume_m3": 10_000_000, "tox_class": "3", "management": "abandoned", "seismic": "high"}
    result = index(params, METHOD)
    assert result.scores["cap"] == pytest.approx(7.0)  # log10 of 10^7 m³
    assert result.hazard == pytest.approx(7 + 3 + 2 + 0 + 2 + 0)  # TAILINGS.md's worked illustration: 14
    assert "flood" in result.missing and "dam_condition" in result.missing
    assert result.dominant == "cap" and METHOD.provisional


def test_a_changed_score_table_changes_the_index_without_code():
    data = json.loads(resource_path("tailings", "tmf-method.json").read_text(encoding="utf-8"))
    data["hazard_terms"][1]["score"]["table"]["3"] = 10
    changed = parse_method(json.dumps(data))
    assert index({"tox_class": "3"}, changed).hazard == 10 and index({"tox_class": "3"}, METHOD).hazard == 3


def test_exposure_bands_raise_the_risk_index_only():
    near = index({"volume_m3": 1e6, "population_downstream": 5000, "water_km": 0.5, "border_km": 10}, METHOD)
    assert near.hazard == pytest.approx(6) and near.risk == pytest.approx(6 + 2 + 2 + 1)


@pytest.mark.parametrize("damage", [
    lambda d: d["hazard_terms"][0].__setitem__("parameter", "nothing"),
    lambda d: d["hazard_terms"][1]["score"].__setitem__("kind", "eval"),
    lambda d: d["hazard_terms"][1]["score"]["table"].__setitem__("3", float("inf")),
    lambda d: d.pop("checklist"),
    lambda d: d.__setitem__("format", 9),
])
def test_a_damaged_method_file_is_refused(damage):
    data = json.loads(resource_path("tailings", "tmf-method.json").read_text(encoding="utf-8"))
    damage(data)
    with pytest.raises(TailingsMethodError):
        parse_method(json.dumps(data))


def test_parameters_are_validated_against_the_method():
    assert clean_parameters({"volume_m3": "1 500 000", "tox_class": "cyanide"}, METHOD) == {
        "volume_m3": 1_500_000.0, "tox_class": "cyanide"}
    for bad in ({"volume_m3": -1}, {"tox_class": "9"}, {"colour": 1}, {"volume_m3": math.nan}):
        with pytest.raises(DocumentError):
            clean_parameters(bad, METHOD)


def test_ranking_puts_the_highest_hazard_first_and_skips_other_sectors(doc):
    small = register.add_activity(doc, {"name": "small", "sector": "mining"})
    big = register.add_activity(doc, {"name": "big", "sector": "mining"})
    depot = register.add_activity(doc, {"name": "depot", "sector": "oil_gas"})
    register.set_tailings(doc, small.uid, {"volume_m3": 1e5})
    register.set_tailings(doc, big.uid, {"volume_m3": 1e7, "tox_class": "cyanide"})
    register.set_tailings(doc, depot.uid, {"volume_m3": 1e9})
    ranked = ranking(register.activities(doc), METHOD)
    assert [a.values["name"] for a, _ in ranked] == ["big", "small"]


def test_a_finding_becomes_one_action_linked_to_the_tailings_indicator(doc):
    facility = register.add_activity(doc, {"name": "Хвостохранилище ң", "sector": "mining"})
    answer(doc, facility.uid, "monitoring.1", "no", "нет пьезометров")
    answer(doc, facility.uid, "general.1", "yes")
    found = findings(register.activity(doc, facility.uid), METHOD)
    assert [q.id for q, _ in found] == ["monitoring.1"]
    action = action_for_finding(doc, facility.uid, "monitoring.1")
    assert action.indicator_ids == ("3.7",) and action.gap == "нет пьезометров"
    assert action_for_finding(doc, facility.uid, "monitoring.1").uid == action.uid  # not made twice
    assert len(actionplan.actions(doc)) == 1
    assert register.activity(doc, facility.uid).checklist["monitoring.1"]["action_uid"] == action.uid
    with pytest.raises(DocumentError):
        answer(doc, facility.uid, "monitoring.1", "maybe")
