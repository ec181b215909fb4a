"""Ratings that agree with their criteria (model.report.consistency)."""

from __future__ import annotations

import copy
import json

import pytest

from model.report import consistency
from model.catalogue import builtin_catalogue, parse_catalogue
from model.document.assessment import Response

C12 = ("1.2.a", "1.2.b", "1.2.c")  # indicator 1.2 of the small catalogue has three criteria, scale 0..4


@pytest.mark.parametrize("met, fitting, suggested", [
    ((), (0, 1), 0),
    (("1.2.a",), (1, 2), 2),
    (("1.2.a", "1.2.c"), (1, 2), 2),
    (C12, (2, 3, 4), 3),
])
def test_fitting_and_suggested_levels_follow_the_share_of_criteria_met(small_catalogue, met, fitting, suggested):
    indicator = small_catalogue.indicator("1.2")
    assert consistency.fitting_levels(indicator, met) == fitting
    assert consistency.suggested_level(indicator, met) == suggested


@pytest.mark.parametrize("level, met, kind", [
    (4, ("1.2.a",), consistency.LEVEL_ABOVE_CRITERIA),
    (3, ("1.2.a", "1.2.b"), consistency.LEVEL_ABOVE_CRITERIA),
    (2, (), consistency.LEVEL_ABOVE_CRITERIA),
    (0, ("1.2.b",), consistency.LEVEL_BELOW_CRITERIA),
    (1, C12, consistency.LEVEL_BELOW_CRITERIA),
])
def test_a_level_that_contradicts_the_ticks_is_a_finding(small_catalogue, level, met, kind):
    indicator = small_catalogue.indicator("1.2")
    found = consistency.check(indicator, Response("1.2", level=level, criteria_met=met, status="draft"))
    assert [f.kind for f in found] == [kind]
    assert (found[0].level, found[0].met, found[0].total) == (level, len(met), 3)
    assert found[0].suggested == consistency.suggested_level(indicator, met)


@pytest.mark.parametrize("level, met", [(0, ()), (1, ()), (1, ("1.2.a",)), (2, ("1.2.a",)), (2, C12), (3, C12),
                                        (4, C12), (None, ("1.2.a",))])
def test_levels_that_agree_or_no_level_are_not_findings(small_catalogue, level, met):
    indicator = small_catalogue.indicator("1.2")
    assert consistency.check(indicator, Response("1.2", level=level, criteria_met=met)) == ()


def test_not_applicable_is_never_contradicted_and_needs_no_evidence(small_catalogue):
    indicator = small_catalogue.indicator("1.2")
    response = Response("1.2", not_applicable=True, criteria_met=C12, status="complete")
    assert consistency.check(indicator, response) == ()


def test_complete_without_evidence_is_a_finding_and_blank_evidence_counts_as_none(small_catalogue):
    indicator = small_catalogue.indicator("1.1")
    both = ("1.1.a", "1.1.b")
    blank = Response("1.1", level=3, criteria_met=both, status="complete", evidence="  \n ")
    assert [f.kind for f in consistency.check(indicator, blank)] == [consistency.COMPLETE_WITHOUT_EVIDENCE]
    draft = Response("1.1", level=3, criteria_met=both, status="draft")
    assert consistency.check(indicator, draft) == ()
    proved = Response("1.1", level=3, criteria_met=both, status="complete", evidence="Закон № 5 (ң ө ү)")
    assert consistency.check(indicator, proved) == ()


def test_both_findings_at_once(small_catalogue):
    indicator = small_catalogue.indicator("1.1")
    response = Response("1.1", level=4, criteria_met=(), status="complete")
    assert [f.kind for f in consistency.check(indicator, response)] == [
        consistency.LEVEL_ABOVE_CRITERIA, consistency.COMPLETE_WITHOUT_EVIDENCE]


def test_criteria_of_another_edition_are_not_counted(small_catalogue):
    indicator = small_catalogue.indicator("1.1")
    assert consistency.ticked(indicator, ("1.1.a", "9.9.z")) == 1
    found = consistency.check(indicator, Response("1.1", level=3, criteria_met=("1.1.a", "9.9.z")))
    assert [f.kind for f in found] == [consistency.LEVEL_ABOVE_CRITERIA]


def test_an_overriding_scale_is_read_by_position(small_catalogue_json):
    data = copy.deepcopy(small_catalogue_json)
    levels = data["scale"]["levels"]
    indicator = data["areas"][0]["indicators"][1]  # 1.2, three criteria
    indicator["scale"] = {"levels": [dict(levels[i], value=v) for i, v in ((0, 1), (2, 2), (3, 3))],
                          "not_applicable": data["scale"]["not_applicable"]}
    catalogue = parse_catalogue(json.dumps(data, ensure_ascii=False))
    ind = catalogue.indicator("1.2")
    # three levels 1..3: the lowest needs no ticks, the middle one leaves some unticked, the highest needs all
    assert consistency.fitting_levels(ind, ()) == (1, 2)
    assert consistency.fitting_levels(ind, ("1.2.a",)) == (2,)
    assert consistency.fitting_levels(ind, C12) == (3,)
    assert consistency.suggested_level(ind, ("1.2.a",)) == 2
    assert consistency.suggested_level(ind, C12) == 3


def test_findings_lists_only_indicators_that_need_attention_in_catalogue_order(small_catalogue):
    responses = {
        "B.1": Response("B.1", level=0, criteria_met=("B.1.a",)),
        "1.2": Response("1.2", level=3, criteria_met=C12, status="complete", evidence="Decree"),
        "1.1": Response("1.1", level=2, criteria_met=(), status="complete"),
    }
    found = consistency.findings(small_catalogue, responses)
    assert list(found) == ["1.1", "B.1"]
    assert [f.kind for f in found["1.1"]] == [consistency.LEVEL_ABOVE_CRITERIA, consistency.COMPLETE_WITHOUT_EVIDENCE]


def test_findings_after_projects_changes_onto_the_stored_responses(small_catalogue):
    stored = {"1.1": Response("1.1", level=1, criteria_met=(), evidence="Decree"),
              "1.2": Response("1.2", level=0, criteria_met=("1.2.a",))}
    changes = {"1.1": {"level": 3}, "B.1": {"status": "complete"}}
    found = consistency.findings_after(small_catalogue, stored, changes)
    assert list(found) == ["1.1", "B.1"]  # 1.2 is untouched by the changes: not listed
    assert found["1.1"][0].kind == consistency.LEVEL_ABOVE_CRITERIA
    assert found["B.1"][0].kind == consistency.COMPLETE_WITHOUT_EVIDENCE
    assert stored["1.1"].level == 1  # nothing stored was changed


def test_the_builtin_catalogue_rule_matches_its_descriptors():
    catalogue = builtin_catalogue()
    assert catalogue.scale.values == (0, 1, 2, 3, 4)  # the rule in the module docstring is written for this
    for indicator in catalogue.indicators():
        ids = indicator.criterion_ids()
        assert consistency.fitting_levels(indicator, ()) == (0, 1)
        assert consistency.fitting_levels(indicator, ids[:1]) == (1, 2)
        assert consistency.fitting_levels(indicator, ids) == (2, 3, 4)


def test_the_example_assessment_raises_no_finding(tmp_path):
    from model.demo import build_demo

    with build_demo(tmp_path / "example.teia") as doc:
        responses = doc.responses()
        assert consistency.findings(doc.catalogue, responses) == {}
        assert any(0 < len(r.criteria_met) < len(doc.catalogue.indicator(i).criteria) for i, r in responses.items())


def test_the_reading_of_the_ticks_is_shared_per_scale_and_count_never_across_scales(small_catalogue_json):
    """fitting_levels and suggested_level come from one cached reading per (scale values, ticked, total): an
    overriding scale of the same size still gets its own levels, and an indicator with nothing to check
    (unrated, or not applicable) has no findings whatever its ticks."""
    data = copy.deepcopy(small_catalogue_json)
    levels = data["scale"]["levels"]
    data["areas"][0]["indicators"][1]["scale"] = {
        "levels": [dict(levels[i], value=v) for i, v in ((0, 5), (1, 6), (2, 7), (3, 8), (4, 9))],
        "not_applicable": data["scale"]["not_applicable"]}
    catalogue = parse_catalogue(json.dumps(data, ensure_ascii=False))
    own = catalogue.indicator("1.2")  # levels 5..9, where the catalogue's scale has 0..4
    plain = parse_catalogue(json.dumps(small_catalogue_json, ensure_ascii=False)).indicator("1.2")
    for met in ((), C12[:1], C12):
        assert consistency.fitting_levels(plain, met)  # read first: the cache holds the 0..4 reading
        assert consistency.fitting_levels(own, met) == tuple(v + 5 for v in consistency.fitting_levels(plain, met))
        assert consistency.suggested_level(own, met) == consistency.suggested_level(plain, met) + 5
    assert consistency.check(own, Response("1.2", level=None, criteria_met=C12, status="draft")) == ()
    assert consistency.check(own, Response("1.2", level=9, not_applicable=True, criteria_met=(),
                                           status="complete")) == ()
    found = consistency.check(own, Response("1.2", level=9, criteria_met=(), status="complete"))
    assert [f.kind for f in found] == [consistency.LEVEL_ABOVE_CRITERIA, consistency.COMPLETE_WITHOUT_EVIDENCE]
    assert found[0].fitting == (5, 6) and found[0].suggested == 5

