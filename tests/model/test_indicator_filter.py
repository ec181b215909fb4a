"""Find and filter indicators (model.document.search)."""

from __future__ import annotations

import pytest

from model.document.assessment import Response
from model.document.search import IndicatorFilter, fold, haystack, matches


def _hay(catalogue, indicator_id, lang="ru", **fields):
    response = Response(indicator_id, **fields)
    return haystack(catalogue.indicator(indicator_id), response, lang), response


@pytest.mark.parametrize("typed", ["ОРГАН", "орган", "Орган устанавливает", "1.1", "ОПАСНЫЕ ВИДЫ"])
def test_russian_statement_and_id_match_whatever_the_case(small_catalogue, typed):
    folded, response = _hay(small_catalogue, "1.1")
    assert matches(IndicatorFilter(text=typed), folded, response)


def test_kyrgyz_letters_match_case_insensitively(small_catalogue):
    folded, response = _hay(small_catalogue, "1.2", lang="ky", gaps="Мониторинг ҮЧҮН каражат жок, ӨРТ, ҢАЗАР")
    for typed in ("жаңыртылып", "ЖАҢЫРТЫЛЫП", "үчүн", "өрт", "ңазар"):
        assert matches(IndicatorFilter(text=typed), folded, response), typed
    assert not matches(IndicatorFilter(text="учун"), folded, response)  # ү is not у


def test_yo_matches_ye_and_every_word_must_occur(small_catalogue):
    folded, response = _hay(small_catalogue, "1.1", evidence="Приказ МЧС; учёт объектов")
    assert matches(IndicatorFilter(text="учет"), folded, response)
    assert matches(IndicatorFilter(text="Учёт  приказ"), folded, response)
    assert not matches(IndicatorFilter(text="учет постановление"), folded, response)


def test_searches_evidence_gaps_description_and_authority_not_other_languages(small_catalogue):
    folded, response = _hay(small_catalogue, "B.1", lang="en", description="Focal point in MES",
                            evidence="Decree 12", gaps="No budget", authority="Ministry of Emergency Situations")
    for typed in ("decree 12", "budget", "mes", "emergency"):
        assert matches(IndicatorFilter(text=typed), folded, response), typed
    assert not matches(IndicatorFilter(text="координационный"), folded, response)


def test_status_and_evidence_filters(small_catalogue):
    folded, draft = _hay(small_catalogue, "1.1", status="draft")
    assert matches(IndicatorFilter(statuses=frozenset({"draft"})), folded, draft)
    assert not matches(IndicatorFilter(statuses=frozenset({"complete", "not_started"})), folded, draft)
    assert matches(IndicatorFilter(no_evidence=True), folded, draft)
    _, proved = _hay(small_catalogue, "1.1", evidence="Decree")
    assert not matches(IndicatorFilter(no_evidence=True), folded, proved)
    _, na = _hay(small_catalogue, "1.1", not_applicable=True)
    assert not matches(IndicatorFilter(no_evidence=True), folded, na)  # not applicable needs no evidence


def test_gap_and_attention_filters_use_what_the_caller_knows(small_catalogue):
    folded, response = _hay(small_catalogue, "1.1")
    rule = IndicatorFilter(gap_without_action=True, text="орган")
    assert matches(rule, folded, response, gap_without_action=True)
    assert not matches(rule, folded, response, gap_without_action=False)
    attention = IndicatorFilter(needs_attention=True)
    assert matches(attention, folded, response, needs_attention=True)
    assert not matches(attention, folded, response)


def test_empty_filter_is_inactive_and_matches_everything(small_catalogue):
    folded, response = _hay(small_catalogue, "1.1")
    assert not IndicatorFilter(text="   ").active
    assert IndicatorFilter(no_evidence=True).active
    assert matches(IndicatorFilter(), folded, response)


def test_unknown_status_is_refused():
    with pytest.raises(ValueError):
        IndicatorFilter(statuses=frozenset({"done"}))


def test_fold():
    assert fold("  ҢӨҮ Ёлка\nДА ") == "ңөү елка да"


def test_step_walks_through_the_shown_indicators_in_catalogue_order():
    from model.document.search import step

    ids = ["1.1", "1.2", "1.3", "2.1", "2.2"]
    assert step(ids, None, "1.2", 1) == "1.3" and step(ids, None, "1.2", -1) == "1.1"
    assert step(ids, None, None, 1) == "1.1" and step(ids, None, None, -1) == "2.2"
    assert step(ids, None, "2.2", 1) is None and step(ids, None, "1.1", -1) is None
    shown = ["1.1", "2.1"]
    assert step(ids, shown, "1.1", 1) == "2.1" and step(ids, shown, "2.1", -1) == "1.1"
    assert step(ids, shown, "1.2", 1) == "2.1" and step(ids, shown, "1.3", -1) == "1.1"  # from a hidden one
    assert step(ids, shown, "2.1", 1) is None and step(ids, [], "1.1", 1) is None
