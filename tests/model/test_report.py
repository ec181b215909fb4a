"""The report model: every indicator and action, labels in three languages, bilingual texts."""

from __future__ import annotations

from datetime import date

import pytest

from model.report import build as report
from model.catalogue import builtin_catalogue
from model.document.assessment import Assessment
from model.errors import UserInputError
from model.report.labels import LABELS
from tests.export_helpers import build_demo_with_actions


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = build_demo_with_actions(tmp_path_factory.mktemp("demo") / "demo.teia")
    with Assessment.open(path, readonly=True) as doc:
        yield doc


def test_every_label_exists_in_three_languages():
    for key, texts in LABELS.items():
        assert set(texts) == {"en", "ru", "ky"}, key
        assert all(t.strip() for t in texts.values()), key
    assert LABELS["action_plan"]["ru"] == "Национальный план действий"
    assert LABELS["authority"]["ru"] == "Ответственный орган"
    assert "самостоятельная оценка" in LABELS["report_title"]["ru"].lower()


@pytest.mark.parametrize("lang, langs", [("en", ("en",)), ("ky", ("ky",)), ("ru+en", ("ru", "en"))])
def test_build_holds_everything(demo, lang, langs):
    content = report.build(demo, lang, report.ReportOptions(today=date(2026, 3, 1)))
    assert content.langs == langs and content.bilingual == (len(langs) == 2)
    assert [e.id for e in content.indicators()] == builtin_catalogue().indicator_ids()
    assert [s.area_id for s in content.summary] == ["1", "2", "3", "4", "5", "6", "A", "B"]
    tp = content.title_page
    assert tp.country == "Кыргызская Республика" and tp.date == "2026-03-01" and tp.provisional
    assert tp.status == tuple(LABELS["draft_document"][x] for x in langs)
    assert "Н. Үсөнбаева (МПРЭТН)" in tp.authors
    entry = content.indicators()[0]
    response = demo.response(entry.id)
    assert entry.level == response.level and entry.description == response.description
    assert len(entry.statement) == len(langs) and entry.criteria_met == response.criteria_met
    assert entry.level_label == tuple(builtin_catalogue().scale.level(response.level).label[x] for x in langs)
    assert len(content.actions) == demo.action_count() >= 5 and content.actions[0].number == 1
    for action in content.actions:
        assert action.priority_label == tuple(LABELS[f"priority.{action.priority}"][x] for x in langs)
    assert content.actions[-1].title.startswith("=HYPERLINK")
    count = builtin_catalogue().indicator_count
    assert content.total.indicators == count and content.total.complete == count


def test_final_status_and_chart_data(demo, tmp_path):
    path = tmp_path / "copy.teia"
    demo.save_copy(path)
    with Assessment.open(path) as doc:
        doc.set_meta(final=True)
        content = report.build(doc, "ky")
    assert content.title_page.status == (LABELS["final_document"]["ky"],)
    labels, values = report.chart_data(content)
    assert labels[0].startswith("1. ") and len(values) == 8
    assert all(0 <= v <= 1 for v in values)


def test_actions_can_be_left_out_and_languages_are_checked(demo):
    assert report.build(demo, "en", report.ReportOptions(include_actions=False)).actions == ()
    for bad in ("fr", "ru+ru", "ru+en+ky", ""):
        with pytest.raises(UserInputError):
            report.build(demo, bad)


def test_join_writes_equal_texts_once():
    assert report.join(("Критерий", "Критерий")) == "Критерий"
    assert report.join(("Уровень", "Level")) == "Уровень / Level"
