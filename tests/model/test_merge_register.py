"""The register in the merge of contributions: per activity and per substance table, three-way by field versions,
with conflicts like the other fields; new and deleted activities; hostile values refused."""

from __future__ import annotations

import pytest

from model import merge
from model.document.assessment import Assessment
from model.errors import DocumentError
from model.register import activities as register
from model.register.calculator import SubstanceLine
from tests.model.test_merge import contribution, demo_file, lead, merged  # noqa: F401 - fixtures and helpers


def by_name(doc) -> dict:
    return {a.values["name"]: a for a in register.activities(doc)}


def rows(doc) -> list:
    return [(a.uid, a.values, a.substances, a.tailings, a.checklist) for a in register.activities(doc)]


def test_their_register_edits_are_merged_activity_by_activity_and_again_change_nothing(lead, tmp_path):  # noqa: F811
    path = contribution(lead, tmp_path)
    mine = register.activities(lead)
    a, b, d, e = mine[0], mine[1], mine[3], mine[4]
    with Assessment.open(path) as theirs:
        theirs.user = "Айгүл"
        register.update_activity(theirs, a.uid, {"operator": "ОсОО «Жаңы ээси»", "flood": True})
        register.set_substances(theirs, b.uid, (*b.substances, SubstanceLine("Хлор", "N10", (), 30.0)))
        added = register.add_activity(theirs, {"name": "Склад аммиака «Өзгөн»", "sector": "food"},
                                      [SubstanceLine("Аммиак", "N35", (), 250.0)])
        register.delete_activity(theirs, d.uid)
        register.set_tailings(theirs, a.uid, {"volume_m3": 1_200_000})
    register.update_activity(lead, e.uid, {"region": "Таласская"})  # only here: kept
    plan, applied = merged(lead, path)
    kinds = sorted((c.kind, c.field) for c in plan.changes)
    assert kinds == [("delete_activity", "delete"), ("field", "flood"), ("field", "operator"),
                     ("field", "substances"), ("field", "tailings"), ("new_activity", "activity")]
    assert not plan.conflicts and applied == 6
    assert plan.summary()["new_activities"] == 1 and plan.summary()["deleted_activities"] == 1
    now = {x.uid: x for x in register.activities(lead)}
    assert now[a.uid].values["operator"] == "ОсОО «Жаңы ээси»" and now[a.uid].values["flood"] is True
    assert now[a.uid].tailings == {"volume_m3": 1_200_000}
    assert now[b.uid].substances[-1] == SubstanceLine("Хлор", "N10", (), 30.0)
    assert now[added.uid].substances == added.substances and now[added.uid].values["sector"] == "food"
    assert d.uid not in now and now[e.uid].values["region"] == "Таласская"
    again = merge.read(lead, path)
    assert again.changes == ()


def test_both_changing_one_activity_is_a_conflict_resolved_either_way(lead, tmp_path):  # noqa: F811
    path = contribution(lead, tmp_path)
    first = register.activities(lead)[0]
    with Assessment.open(path) as theirs:
        theirs.user = "Айгүл"
        register.update_activity(theirs, first.uid, {"operator": "их оператор"})
        register.set_substances(theirs, first.uid, [SubstanceLine("Хлор", "N10", (), 5.0)])
    register.update_activity(lead, first.uid, {"operator": "наш оператор"})
    register.set_substances(lead, first.uid, [SubstanceLine("Хлор", "N10", (), 50.0)])
    plan = merge.read(lead, path)
    conflicts = {c.field: c for c in plan.conflicts}
    assert set(conflicts) == {"operator", "substances"}
    assert conflicts["operator"].ours.value == "наш оператор" and conflicts["operator"].theirs.value == "их оператор"
    assert conflicts["operator"].theirs.by == "Айгүл" and conflicts["operator"].target == first.values["name"]
    merge.apply(lead, plan, {conflicts["substances"].key: "theirs"})
    now = register.activity(lead, first.uid)
    assert now.values["operator"] == "наш оператор" and now.substances[0].quantity_t == 5.0
    assert merge.read(lead, path).changes == ()  # both decisions are remembered


def test_deleted_on_one_side_and_changed_on_the_other_is_a_conflict(lead, tmp_path):  # noqa: F811
    path = contribution(lead, tmp_path)
    one, two = register.activities(lead)[:2]
    with Assessment.open(path) as theirs:
        register.update_activity(theirs, one.uid, {"permit": "№ 77"})  # changed there, deleted here
        register.delete_activity(theirs, two.uid)  # deleted there, changed here
    register.delete_activity(lead, one.uid)
    register.update_activity(lead, two.uid, {"permit": "№ 88"})
    plan = merge.read(lead, path)
    assert sorted((c.kind, c.conflict) for c in plan.changes) == [("delete_activity", True), ("new_activity", True)]
    merge.apply(lead, plan)  # kept as here: one stays deleted, two stays
    assert [a.uid for a in register.activities(lead)].count(two.uid) == 1
    assert one.uid not in {a.uid for a in register.activities(lead)}
    assert merge.read(lead, path).changes == ()


def test_a_value_the_register_refuses_is_not_merged_and_nothing_is_written(lead, tmp_path):  # noqa: F811
    path = contribution(lead, tmp_path)
    first = register.activities(lead)[0]
    with Assessment.open(path) as theirs:
        register.update_activity(theirs, first.uid, {"operator": "кто-то"})
        theirs.write([("UPDATE activity SET latitude = 500, updated_at = updated_at WHERE uid = ?", (first.uid,))])
    before = rows(lead)
    plan = merge.read(lead, path)
    assert any(c.field == "latitude" for c in plan.changes)
    with pytest.raises(DocumentError) as caught:
        merge.apply(lead, plan)
    assert caught.value.kind == "bad_value" and "latitude" in str(caught.value)
    assert rows(lead) == before
