"""Consolidated gaps and priorities, and the table of requests for international assistance (model.report.gaps),
in the Word report."""

from __future__ import annotations

import pytest
from docx import Document

from model.document import actionplan
from model.report import build as report
from model.document.assessment import Assessment
from model.formats import docx as word


@pytest.fixture
def doc(tmp_path, demo_copy):
    with Assessment.open(demo_copy(tmp_path / "demo.teia")) as opened:
        yield opened


def table_after(document, heading: str):
    """The first table after the Heading 1 ``heading`` (the heading has a bookmark; its contents entry not)."""
    body = document.element.body
    seen = False
    for child in body.iterchildren():
        if child.tag.endswith("}p") and child.xpath("./w:bookmarkStart") and "".join(t.text or "" for t in child.iter(
                "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t")) == heading:
            seen = True
        elif seen and child.tag.endswith("}tbl"):
            return [[("".join(t.text or "" for t in tc.iter(
                "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t")))
                for tc in tr.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tc")]
                for tr in child.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tr")]
    raise AssertionError(f"no table after {heading}")


def test_every_gap_with_its_priority_and_whether_an_action_covers_it(doc, tmp_path):
    content = report.build(doc, "en")
    below = actionplan.gaps(doc)
    uncovered = actionplan.gaps_without_actions(doc)
    assert below and uncovered and set(uncovered) < set(below)
    rows = table_after(Document(str(word.write(content, tmp_path / "en.docx"))), "Consolidated gaps and priorities")
    assert rows[0] == ["Indicator", "Level", "Gaps", "Priority", "Actions"]
    by_id = {row[0]: row for row in rows[1:]}
    assert set(below) <= set(by_id)
    for indicator_id in uncovered:
        assert by_id[indicator_id][3:] == ["—", "No action yet"]
    numbers = {a.uid: a.number for a in content.actions}
    for action in actionplan.actions(doc):
        if action.status == "cancelled":
            continue
        for indicator_id in action.indicator_ids:
            assert str(numbers[action.uid]) in by_id[indicator_id][4].split(", ")
    high = [a for a in content.actions if a.priority == "high" and a.status != "cancelled"]
    assert by_id[high[0].indicator_ids[0]][3] == "High"


def test_requests_for_international_assistance_are_a_table_of_their_own(doc, tmp_path):
    content = report.build(doc, "ru")
    wanted = [a for a in content.actions if a.assistance_requested or a.assistance_details]
    assert wanted and len(wanted) < len(content.actions)
    rows = table_after(Document(str(word.write(content, tmp_path / "ru.docx"))), "Запросы о международной помощи")
    assert rows[0] == ["№", "Действие", "Показатели", "Необходимая помощь", "Оценка ресурсов"]
    assert [row[0] for row in rows[1:]] == [str(a.number) for a in wanted]
    first = wanted[0]
    assert rows[1][1:] == [first.title, ", ".join(first.indicator_ids), first.assistance_details or "—",
                           first.budget or "—"]
