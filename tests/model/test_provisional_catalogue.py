"""The provisional catalogue's content (issue 14, item 4): references, duplicates removed, the new indicators,
and documents made with the previous edition, which keep opening with their own catalogue."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from cli import verbs as commands
from model.report import build as report
from model.catalogue import builtin_catalogue
from model.document.assessment import Assessment

V1_SAMPLE = Path(__file__).resolve().parent.parent / "data" / "v1-assessment.teia"  # made with edition 2026.1
NEW = {"1.7": "1", "2.6": "2", "3.9": "3", "3.10": "3", "5.7": "5", "A.6": "A", "B.7": "B"}
REMOVED = {"A.2.c": "B.1.b", "A.3.b": "1.3.a", "A.4.b": "3.4.b", "4.3.c": "4.3.a", "5.2.c": "3.8.a", "A.5.c": "A.2.d"}


@pytest.fixture(scope="module")
def catalogue():
    return builtin_catalogue()


def _criterion_ids(catalogue) -> set[str]:
    return {c.id for ind in catalogue.indicators() for c in ind.criteria}


def test_references_name_the_articles_that_carry_each_obligation(catalogue):
    assert catalogue.indicator("1.1").references == ("Art. 4(1)", "Art. 17(1)", "Art. 18(6)")
    assert "Art. 17" not in catalogue.indicator("B.3").references  # the Programme's focal point is not Art. 17
    every = [r for area in catalogue.areas for r in area.references] + \
            [r for ind in catalogue.indicators() for r in ind.references]
    assert "ECE/CP.TEIA/2" not in every
    assert "decision 2000/3, ECE/CP.TEIA/2, annex IV" in catalogue.area("1").references
    assert "decision 2000/3, ECE/CP.TEIA/2, annex IV" in catalogue.indicator("1.4").references


def test_plans_for_shared_rivers_are_not_limited_to_activities_near_borders(catalogue):
    statement = catalogue.indicator("4.3").statement
    assert "near borders" not in statement["en"] and "upstream" in statement["en"]
    assert "вблизи границ" not in statement["ru"] and "вверх по течению" in statement["ru"]


def test_the_inquiry_criterion_can_be_checked_in_the_procedure(catalogue):
    text = next(c.text for c in catalogue.indicator("1.6").criteria if c.id == "1.6.d")
    assert "procedure refers to" in text["en"] and "Annex II" in text["en"]
    assert "процедуре комиссии по запросам" in text["ru"]
    assert "knows" not in text["en"]


def _old_copy(tmp_path: Path) -> Path:
    path = tmp_path / "old.teia"
    shutil.copy(V1_SAMPLE, path)
    return path


def test_each_obligation_is_assessed_in_one_place_and_the_note_says_what_went(catalogue, tmp_path):
    ids = _criterion_ids(catalogue)
    for removed, kept in REMOVED.items():
        assert removed not in ids and kept in ids, removed
        for lang in ("en", "ru", "ky"):
            assert removed in catalogue.note[lang], (removed, lang)
    assert catalogue.version == "2026.2"
    with Assessment.open(_old_copy(tmp_path)) as old:
        old_ids = _criterion_ids(old.catalogue)
    assert old_ids - ids == set(REMOVED)  # nothing else went, and no indicator was renumbered


def test_the_new_indicators_are_in_their_areas_in_three_languages(catalogue):
    for indicator_id, area_id in NEW.items():
        indicator = catalogue.indicator(indicator_id)
        assert indicator is not None and indicator.area_id == area_id, indicator_id
        texts = [indicator.statement, indicator.guidance] + [c.text for c in indicator.criteria]
        assert all(set(t) == {"en", "ru", "ky"} and all(v.strip() for v in t.values()) for t in texts)
    assert catalogue.indicator_count == 48 + len(NEW)


@pytest.mark.parametrize("indicator_id, reference, words", [
    ("3.9", "Art. 2(1)", ("earthquake", "mudflow", "tailings")),
    ("5.7", "Annex VII, para. 6", ("restor", "disposal")),
    ("B.7", "Art. 14", ("research", "less hazardous")),
    ("2.6", "Annex III, paras. 7–13", ("reasons", "renewed", "comment")),
    ("3.10", "Art. 7", ("developments", "neighbouring countries")),
    ("1.7", "Art. 2(2)", ("uranium", "radiolog", "chemical", "dam failure")),
    ("A.6", "Art. 22(2)", ("confidential", "secre", "personal data")),
])
def test_each_new_indicator_rests_on_its_article(catalogue, indicator_id, reference, words):
    indicator = catalogue.indicator(indicator_id)
    assert reference in indicator.references
    english = " ".join([indicator.statement["en"]] + [c.text["en"] for c in indicator.criteria]).lower()
    assert all(word in english for word in words), indicator_id


def test_a_document_of_the_previous_edition_opens_with_its_own_catalogue(tmp_path, catalogue):
    """A document keeps the catalogue it was made with: criteria that the new edition removed keep their ticks,
    its report lists them, and the check finds nothing missing."""
    path = _old_copy(tmp_path)
    with Assessment.open(path) as doc:  # migrated to the current schema, its catalogue untouched
        assert doc.catalogue.version == "2026.1" and doc.catalogue.indicator_count == 48
        assert "A.2.c" in doc.response("A.2").criteria_met and "A.4.b" in doc.response("A.4").criteria_met
        assert doc.catalogue.indicator("3.9") is None  # the new indicators belong to the new edition only
        content = report.build(doc, "en")
        assert content.total.indicators == 48
    summary = commands.summary(str(path))
    assert summary["indicators"] == 48
    with Assessment.create(tmp_path / "new.teia", catalogue, country="KG", user="test") as new:
        assert new.catalogue.version == "2026.2" and "A.2.c" not in new.catalogue.indicator("A.2").criterion_ids()


def test_every_reference_is_written_in_russian_and_kyrgyz_in_the_reports(catalogue):
    """model.catalogue.references shows a form it does not know as written: no English word may reach a Russian or
    Kyrgyz report from the catalogue's references."""
    from model.catalogue.references import references

    every = [area.references for area in catalogue.areas] + [ind.references for ind in catalogue.indicators()]
    for refs in every:
        for lang in ("ru", "ky"):
            shown = references(refs, lang)
            assert not re.search(r"\b(Art|Annex|annex|para|paras|decision)\b", shown), (refs, shown)
