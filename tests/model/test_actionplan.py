"""Actions linked to indicators, gaps, target levels and overdue actions."""

from __future__ import annotations

from datetime import date

import pytest

from model.document import actionplan as plan
from model.document.plan_rows import plan_rows
from model.document.assessment import Assessment
from model.errors import DocumentError


@pytest.fixture
def doc(small_catalogue, doc_path):
    with Assessment.create(doc_path, small_catalogue, user="ana") as document:
        yield document


def test_add_link_update_delete(doc, doc_path):
    action = plan.add_action(doc, "Утвердить перечень объектов", ["1.2", "1.1"], lead="МЧС", priority="high",
                             start_date="2026-01-01", due_date="2026-06-30", assistance_requested=True,
                             assistance_details="Обучение по Приложению I")
    assert action.indicator_ids == ("1.1", "1.2") and action.priority == "high" and action.assistance_requested
    assert [a.id for a in plan.actions_for(doc, "1.2")] == [action.id]
    changed = plan.update_action(doc, action.id, status="ongoing", indicator_ids=("B.1",), progress_notes="Ң ө ү")
    assert changed.status == "ongoing" and changed.indicator_ids == ("B.1",) and changed.revision == 1
    assert plan.actions_for(doc, "1.2") == []
    doc.close()
    with Assessment.open(doc_path) as again:
        [stored] = plan.actions(again)
        assert stored.progress_notes == "Ң ө ү" and stored.lead == "МЧС"
        assert again.action_count() == 1
        plan.delete_action(again, stored.id)
        assert plan.actions(again) == [] and again.query("SELECT COUNT(*) FROM action_indicator") == [(0,)]


@pytest.mark.parametrize("values", [
    {"priority": "urgent"}, {"status": "late"}, {"due_date": "31.12.2026"}, {"indicator_ids": ("9.9",)},
    {"start_date": "2026-05-01", "due_date": "2026-04-01"}, {"target_level": "high"}, {"colour": "red"},
])
def test_invalid_action_values(doc, values):
    values = {"indicator_ids": ("1.1",), **values}
    with pytest.raises(DocumentError):
        plan.add_action(doc, "x", **values)
    assert plan.actions(doc) == []


def test_gaps_and_target_levels(doc):
    doc.update_response("1.1", level=2)
    doc.update_response("1.2", level=4)
    doc.update_response("B.1", not_applicable=True)
    assert plan.gaps(doc) == ["1.1"]
    doc.update_response("1.1", target_level=2)
    assert plan.gaps(doc) == [] and plan.target_level(doc, "1.1") == 2
    doc.update_response("1.2", level=1, target_level=3)
    assert plan.gaps_without_actions(doc) == ["1.2"]
    action = plan.add_action(doc, "Review the list", ["1.2"])
    assert plan.gaps_without_actions(doc) == []
    plan.update_action(doc, action.id, status="cancelled")
    assert plan.gaps_without_actions(doc) == ["1.2"]
    # covered when any one of its actions is not cancelled, whichever comes first
    plan.add_action(doc, "Train the inspectors", ["1.1", "1.2"], status="ongoing")
    plan.add_action(doc, "Dropped", ["1.2"], status="cancelled")
    assert plan.gaps_without_actions(doc) == []


def test_overdue(doc):
    late = plan.add_action(doc, "late", ["1.1"], due_date="2026-01-10")
    plan.add_action(doc, "done late", ["1.1"], due_date="2026-01-10", status="done")
    plan.add_action(doc, "future", ["1.1"], due_date="2027-01-10")
    plan.add_action(doc, "no date", ["1.1"])
    today = date(2026, 3, 1)
    assert [a.title for a in plan.overdue(doc, today)] == ["late"]
    assert plan.overdue_count(doc, today) == 1
    assert plan.action(doc, late.id).is_overdue(today)
    assert plan.counts_by_status(doc) == {"planned": 3, "ongoing": 0, "done": 1, "cancelled": 0}


def test_restore_puts_a_deleted_action_back_with_its_number_uid_fields_and_links(doc):
    first = plan.add_action(doc, "Провести обучение", ["1.2", "B.1"], gap="Нет подготовки (ң ө ү)",
                            expected_result="30 инспекторов", target_level=3, lead="МЧС", partners="Минприроды",
                            start_date="2026-02-01", due_date="2026-09-30", budget="12 000 сомов",
                            assistance_requested=True, assistance_details="UNECE", priority="high",
                            status="ongoing", progress_notes="Начато")
    plan.add_action(doc, "Second", ["1.1"])
    plan.delete_action(doc, first.id)
    restored = plan.restore_action(doc, first)
    for name in plan.EDITABLE + ("id", "uid", "created_at"):
        assert getattr(restored, name) == getattr(first, name), name
    assert [a.title for a in plan.actions(doc)] == ["Провести обучение", "Second"]
    assert [a.id for a in plan.actions_for(doc, "B.1")] == [first.id]
    with pytest.raises(DocumentError):
        plan.restore_action(doc, first)  # it is there already: not duplicated
    assert len(plan.actions(doc)) == 2


def test_draft_for_a_gap_prefills_gap_authority_and_one_level_up(doc):
    doc.update_response("1.2", level=1, gaps="Перечень не обновлялся с 2019 г. (ң ө ү)", authority="МЧС КР")
    draft = plan.draft_for_gap(doc, "1.2")
    assert draft == {"title": "", "indicator_ids": ("1.2",), "gap": "Перечень не обновлялся с 2019 г. (ң ө ү)",
                     "lead": "МЧС КР", "target_level": 2}
    doc.update_response("1.2", level=4)
    assert plan.draft_for_gap(doc, "1.2")["target_level"] == 4  # already at the top: stays there
    doc.update_response("1.1", not_applicable=True)
    assert plan.draft_for_gap(doc, "1.1")["target_level"] is None
    assert plan.draft_for_gap(doc, "B.1")["target_level"] is None  # not rated yet
    with pytest.raises(DocumentError):
        plan.draft_for_gap(doc, "9.9")


def test_a_due_date_changed_alone_cannot_fall_before_the_stored_start(doc):
    action = plan.add_action(doc, "Учение", ["1.1"], start_date="2026-05-01", due_date="2026-06-30")
    for values in ({"due_date": "2026-04-30"}, {"start_date": "2026-07-01"}):
        with pytest.raises(DocumentError) as refused:
            plan.update_action(doc, action.id, **values)
        assert refused.value.kind == "due_before_start"
    assert plan.action(doc, action.id) == action  # nothing changed
    assert plan.update_action(doc, action.id, due_date="2026-05-01").due_date == "2026-05-01"
    assert plan.update_action(doc, action.id, start_date=None, due_date="2026-01-01").due_date == "2026-01-01"


def test_plan_rows_are_the_actions_read_only_when_asked_for(doc):
    made = [plan.add_action(doc, f"Действие {n} ң", ["1.2", "1.1"] if n % 2 else [], lead="МЧС") for n in range(6)]
    rows = plan_rows(doc)
    rows.BLOCK = 2
    assert rows.ids == [a.id for a in made] and len(rows) == 6
    assert rows._built == [None] * 6  # nothing read but the ids
    everything = plan.actions(doc)
    assert rows[3] == everything[3] and rows[3] is rows[3] and rows[3].indicator_ids == ("1.1", "1.2")
    assert [p for p, b in enumerate(rows._built) if b is not None] == [3, 4]  # a block from the one asked for
    assert rows[-1] == everything[5]
    plan.delete_action(doc, made[0].id)  # gone before the view reloads: shown empty, with its number
    assert rows[0].id == made[0].id and rows[0].title == "" and rows[1] == everything[1]
    rows.build_all()
    assert None not in rows._built and list(rows)[2:] == everything[2:] and rows[2:4] == everything[2:4]
    changed = plan.update_action(doc, made[2].id, title="Другое")
    rows[2] = changed
    del rows[0]
    rows.append(made[0])
    assert rows.ids == [made[1].id, made[2].id, made[3].id, made[4].id, made[5].id, made[0].id]
    assert rows[1].title == "Другое" and rows[5] is made[0]
    with pytest.raises(TypeError):
        rows[0] = "not an action"  # type: ignore[call-overload]


def test_plan_rows_of_a_closed_document_are_stand_ins_not_an_error(doc):
    made = plan.add_action(doc, "Действие", ["1.1"])
    rows = plan_rows(doc)
    doc.close()
    assert rows[0].id == made.id and rows[0].title == ""
