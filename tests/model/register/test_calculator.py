"""The Annex I quantity test, checked against sums done by hand, and its invariants."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from model.register.annex1 import builtin_annex1
from model.register.calculator import SubstanceLine, calculate, calculate_cluster, explain

ANNEX = builtin_annex1()


def line(quantity, *categories, named=""):
    return SubstanceLine(name="x", named_id=named, categories=tuple(categories), quantity_t=quantity)


def test_chlorine_30_t_alone_meets_by_its_named_threshold():
    result = calculate([line(30, named="N10")], ANNEX)
    assert result.max_ratio == pytest.approx(30 / 25)
    assert result.max_entry == "N10" and result.meets and result.governing == ("single", "N10")
    assert "30 / 25 = 1.20" in explain(result, ANNEX, "en")
    assert "30 / 25 = 1,20" in explain(result, ANNEX, "ru")
    assert "Хлор" in explain(result, ANNEX, "ky")
    assert result.edition == "teia-annex1 2015"


def test_chlorine_20_t_with_its_category_h2_still_uses_the_named_threshold():
    result = calculate([line(20, "H2", "E1", named="N10")], ANNEX)
    assert result.s("health") == pytest.approx(20 / 25)  # not 20 / 200: the named entry overrides H2
    assert result.s("environment") == pytest.approx(20 / 25)
    assert not result.meets


def test_h1_10_t_and_h2_120_t_meet_through_the_health_sum():
    result = calculate([line(10, "H1"), line(120, "H2")], ANNEX)
    assert result.s("health") == pytest.approx(0.5 + 0.6)
    assert result.max_ratio == pytest.approx(0.6) and result.max_entry == "H2"
    assert result.meets and result.governing == ("sum", "health")
    assert result.governing_entry == "S_health"
    assert "10 / 20 (H1) + 120 / 200 (H2) = 1.10" in explain(result, ANNEX, "en")


def test_p5c_30000_t_and_p2_10_t_give_0_8_and_do_not_meet():
    result = calculate([line(30_000, "P5c"), line(10, "P2")], ANNEX)
    assert result.s("physical") == pytest.approx(0.6 + 0.2)
    assert result.s("health") == 0 and result.s("environment") == 0
    assert not result.meets and result.governing == ("sum", "physical")
    sentence = explain(result, ANNEX, "ru")
    assert "30\u00a0000 / 50\u00a0000 (P5c) + 10 / 50 (P2) = 0,80" in sentence and "Не соответствует" in sentence


def test_sodium_cyanide_by_categories_counts_in_health_and_environment():
    # not named: H1 (20 t) for health, E1 (200 t) for the environment
    result = calculate([line(15, "H1", "E1")], ANNEX)
    assert result.s("health") == pytest.approx(15 / 20)
    assert result.s("environment") == pytest.approx(15 / 200)
    assert result.max_ratio == pytest.approx(0.75)


def test_lowest_threshold_within_one_group_is_used():
    result = calculate([line(100, "H2", "H1")], ANNEX)  # both health: 100 / 20, not 100 / 200 + 100 / 20
    assert result.s("health") == pytest.approx(5.0)
    assert [t.entry for t in result.terms["health"]] == ["H1"]


def test_o_categories_have_a_threshold_but_stay_outside_the_sums():
    result = calculate([line(400, "O1")], ANNEX)
    assert result.sums == {"health": 0, "physical": 0, "environment": 0}
    assert result.max_ratio == pytest.approx(0.8) and not result.meets
    assert calculate([line(500, "O1")], ANNEX).meets


def test_two_lines_of_one_entry_are_added_for_the_single_test():
    result = calculate([line(15, named="N10"), line(15, named="N10")], ANNEX)
    assert result.max_ratio == pytest.approx(30 / 25) and result.meets


def test_sums_that_are_one_to_a_person_meet_despite_binary_rounding():
    result = calculate([line(2, "H1"), line(4, "H1"), line(14, "H1")], ANNEX)  # 0.1 + 0.2 + 0.7
    assert result.meets


def test_a_cluster_meets_where_each_neighbour_alone_does_not():
    depot_a, depot_b = [line(15_000, named="N34")], [line(12_000, named="N34")]
    assert not calculate(depot_a, ANNEX).meets and not calculate(depot_b, ANNEX).meets
    assert calculate_cluster([depot_a, depot_b], ANNEX).meets


def test_lines_without_quantity_or_entry_are_reported_not_counted():
    result = calculate([line(None, "H1"), line(5, "X9"), line(0, "H1")], ANNEX)
    assert result.unclassified == (1,) and not result.entries and not result.meets
    assert "cannot be applied" in explain(result, ANNEX, "en")


ENTRIES = [*ANNEX.categories, *ANNEX.named]
substances = st.builds(
    lambda q, cats, named: SubstanceLine("s", named, tuple(cats), q),
    st.floats(min_value=0.001, max_value=1e6, allow_nan=False),
    st.lists(st.sampled_from(list(ANNEX.categories)), max_size=3),
    st.one_of(st.just(""), st.sampled_from(list(ANNEX.named))),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(substances, max_size=8), substances)
def test_adding_a_substance_never_lowers_a_sum_or_the_largest_ratio(lines, extra):
    before, after = calculate(lines, ANNEX), calculate([*lines, extra], ANNEX)
    for group in ANNEX.summed_groups:
        assert after.s(group) >= before.s(group) - 1e-12
    assert after.max_ratio >= before.max_ratio - 1e-12
    assert after.meets or not before.meets


@settings(max_examples=200, deadline=None)
@given(st.lists(substances, min_size=1, max_size=8), st.floats(min_value=0.01, max_value=100))
def test_scaling_every_quantity_scales_every_ratio(lines, factor):
    scaled = [SubstanceLine(x.name, x.named_id, x.categories, x.quantity_t * factor) for x in lines]
    before, after = calculate(lines, ANNEX), calculate(scaled, ANNEX)
    for group in ANNEX.summed_groups:
        assert after.s(group) == pytest.approx(before.s(group) * factor, rel=1e-9, abs=1e-12)
    assert after.max_ratio == pytest.approx(before.max_ratio * factor, rel=1e-9)
    assert {e.entry: e.ratio * factor for e in before.entries} == pytest.approx(
        {e.entry: e.ratio for e in after.entries}, rel=1e-9)
