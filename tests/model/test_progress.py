"""Completion and mean levels per area."""

from __future__ import annotations

from model.document.assessment import Response
from model.report.progress import summarise


def test_summary_counts_and_means(small_catalogue):
    responses = {
        "1.1": Response("1.1", level=4, status="complete", evidence="Decree 1"),
        "1.2": Response("1.2", level=1, status="draft"),
        "B.1": Response("B.1", not_applicable=True, status="complete", evidence=""),
    }
    summary = summarise(small_catalogue, responses)
    area1 = summary.area("1")
    assert (area1.indicators, area1.complete, area1.draft, area1.rated) == (2, 1, 1, 2)
    assert area1.mean_level == 2.5
    assert area1.score == 2.5 / 4
    assert area1.completion == 0.5
    area_b = summary.area("B")
    assert area_b.mean_level is None and area_b.score is None and area_b.not_applicable == 1
    assert summary.complete == 2 and summary.rated == 3
    assert summary.without_evidence == 1  # 1.2 has none; B.1 is not applicable
    assert round(summary.completion, 3) == round(2 / 3, 3)


def test_empty_assessment(small_catalogue):
    summary = summarise(small_catalogue, {})
    assert summary.not_started == 3 and summary.completion == 0 and summary.rated == 0


def test_without_evidence_lists_applicable_indicators_in_catalogue_order(small_catalogue):
    from model.report.progress import lacks_evidence, without_evidence

    responses = {"B.1": Response("B.1", evidence="   "), "1.1": Response("1.1", evidence="Decree 1"),
                 "1.2": Response("1.2", not_applicable=True), "9.9": Response("9.9")}  # 9.9: not in the catalogue
    assert without_evidence(small_catalogue, responses) == ["B.1"]
    assert without_evidence(small_catalogue, {}) == ["1.1", "1.2", "B.1"]  # unanswered: no evidence yet
    assert not lacks_evidence(Response("1.2", not_applicable=True)) and lacks_evidence(Response("1.1", evidence="\n"))
    assert summarise(small_catalogue, responses).without_evidence == len(without_evidence(small_catalogue, responses))
