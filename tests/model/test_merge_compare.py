"""The merge's comparison, made in SQL with the other copy attached read-only: each kind of difference gives the
plan it must (equal values are no conflict, a field only they changed is taken, actions and attachments added,
edited and deleted on either side, a contribution's part), hostile field states are passed over, and the other
file is never written."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from model import merge
from model.document import actionplan
from model.document.tracking import INIT
from model.merge.plan import Side
from model.document.assessment import Assessment
from model.errors import DocumentError
from tests.model.test_merge import contribution, demo_file, lead, merged  # noqa: F401 - fixtures and helpers


def full_copy(lead, tmp_path) -> Path:  # noqa: F811
    """A copy of the whole assessment (not a contribution): every part of it may be changed there."""
    return lead.save_copy(tmp_path / "copy.teia")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_equal_values_are_no_conflict_and_a_field_only_they_changed_is_taken(lead, tmp_path):  # noqa: F811
    path = full_copy(lead, tmp_path)
    with Assessment.open(path) as theirs:
        theirs.user = "Айгүл"
        theirs.update_response("1.1", evidence="одинаково ң")  # both: the same value
        theirs.update_response("1.2", evidence="их")  # both: different values
        theirs.update_response("1.3", gaps="только у них ө")  # only there
        theirs.update_response("2.1", level=1)
    lead.update_response("1.1", evidence="одинаково ң")
    lead.update_response("1.2", evidence="наше")
    lead.update_response("2.2", gaps="только у нас ү")  # only here: kept
    before = digest(path)
    plan = merge.read(lead, path)
    assert digest(path) == before  # the other file is only read
    assert [(c.key, c.conflict) for c in plan.changes] == [
        ("r:1.2:evidence", True), ("r:1.3:gaps", False), ("r:2.1:level", False)]
    conflict, only_there = plan.changes[0], plan.changes[1]
    assert (conflict.ours.value, conflict.theirs.value, conflict.ours.by, conflict.theirs.by) == (
        "наше", "их", "lead", "Айгүл")
    assert conflict.ours.version != INIT and conflict.theirs.version != conflict.ours.version
    common = lead.query("SELECT version, changed_at, changed_by FROM field_state WHERE record = 'r:1.3' AND "
                        "field = 'gaps'")[0]  # the demo's version, which both had: theirs descends from it
    assert only_there.ours == Side(lead.response("1.3").gaps, common[0], common[2], common[1])
    assert (only_there.theirs.value, only_there.theirs.by, only_there.target) == ("только у них ө", "Айгүл", "1.3")
    assert plan.summary()["conflicts"] == 1 and plan.summary()["changes"] == 2
    merge.apply(lead, plan, default="theirs")
    assert lead.response("1.2").evidence == "их" and lead.response("2.2").gaps == "только у нас ү"
    assert merge.read(lead, path).changes == ()


def test_ours_is_kept_when_it_descends_from_theirs(lead, tmp_path):  # noqa: F811
    path = full_copy(lead, tmp_path)
    with Assessment.open(path) as theirs:
        theirs.update_response("1.1", evidence="их")
    merged(lead, path)
    lead.update_response("1.1", evidence="наше, после их")  # a newer version of the one we took
    assert merge.read(lead, path).changes == ()
    with Assessment.open(path) as theirs:  # and they take ours back: theirs is older, ours is taken
        plan = merge.read(theirs, lead.path)
        assert [(c.key, c.conflict, c.theirs.value) for c in plan.changes] == [
            ("r:1.1:evidence", False, "наше, после их")]


def test_actions_added_edited_and_deleted_on_either_side(lead, tmp_path):  # noqa: F811
    first, *others = actionplan.actions(lead)
    assert len(others) >= 8
    edited_there, edited_here, both_apart, both_same, relinked, gone_there, gone_there_edited_here, \
        gone_here, gone_here_edited_there = others[:9]
    path = full_copy(lead, tmp_path)
    with Assessment.open(path) as theirs:
        theirs.user = "Айгүл"
        actionplan.update_action(theirs, edited_there.id, lead="МЧС ң")
        actionplan.update_action(theirs, both_apart.id, budget="их бюджет")
        actionplan.update_action(theirs, both_same.id, partners="те же")
        actionplan.update_action(theirs, relinked.id, indicator_ids=("2.1", "1.1"))
        actionplan.delete_action(theirs, gone_there.id)
        actionplan.delete_action(theirs, gone_there_edited_here.id)
        actionplan.update_action(theirs, gone_here_edited_there.id, progress_notes="у них продолжается")
        added_there = actionplan.add_action(theirs, "Новое у них ө", ["1.2", "1.1"], lead="МЧС")
    actionplan.update_action(lead, edited_here.id, lead="Минприроды")
    actionplan.update_action(lead, both_apart.id, budget="наш бюджет")
    actionplan.update_action(lead, both_same.id, partners="те же")
    actionplan.update_action(lead, gone_there_edited_here.id, status="ongoing")
    actionplan.delete_action(lead, gone_here.id)
    actionplan.delete_action(lead, gone_here_edited_there.id)
    actionplan.add_action(lead, "Новое у нас", ["2.1"])
    numbers = {a.uid: n for n, a in enumerate(actionplan.actions(lead), start=1)}
    plan = merge.read(lead, path)
    got = sorted((c.kind, c.record, c.field, c.conflict) for c in plan.changes)
    assert got == sorted([
        ("field", f"a:{edited_there.uid}", "lead", False),
        ("field", f"a:{both_apart.uid}", "budget", True),
        ("field", f"a:{relinked.uid}", "indicator_ids", False),
        ("delete_action", f"a:{gone_there.uid}", "delete", False),
        ("delete_action", f"a:{gone_there_edited_here.uid}", "delete", True),
        ("new_action", f"a:{gone_here_edited_there.uid}", "action", True),  # deleted here, changed there since
        ("new_action", f"a:{added_there.uid}", "action", False)])
    by_key = {(c.record, c.field): c for c in plan.changes}
    lead_change = by_key[(f"a:{edited_there.uid}", "lead")]
    assert lead_change.target == f"{numbers[edited_there.uid]}. {edited_there.title}"[:80]
    assert (lead_change.ours.value, lead_change.ours.version, lead_change.theirs.value) == (
        edited_there.lead, INIT, "МЧС ң")
    links = by_key[(f"a:{relinked.uid}", "indicator_ids")]
    assert json.loads(str(links.theirs.value)) == ["1.1", "2.1"]
    assert json.loads(str(links.ours.value)) == sorted(relinked.indicator_ids)
    new = by_key[(f"a:{added_there.uid}", "action")]
    assert new.data["values"]["title"] == "Новое у них ө" and new.data["values"]["lead"] == "МЧС"
    assert json.loads(new.data["values"]["indicator_ids"]) == ["1.1", "1.2"]
    assert set(new.data["states"]) == {"indicator_ids"}  # added, then linked: the links have a version there
    revived = by_key[(f"a:{gone_here_edited_there.uid}", "action")]
    assert revived.data["values"]["progress_notes"] == "у них продолжается"
    assert revived.data["states"]["progress_notes"].by == "Айгүл"
    merge.apply(lead, plan, default="theirs")
    uids = {a.uid for a in actionplan.actions(lead)}
    assert added_there.uid in uids and gone_here_edited_there.uid in uids and gone_here.uid not in uids
    assert gone_there.uid not in uids and gone_there_edited_here.uid not in uids
    assert merge.read(lead, path).changes == ()


def test_attachments_added_there_once_and_not_again_once_removed_here(lead, tmp_path):  # noqa: F811
    shared = lead.add_attachment("1.1", "общий.txt", "общий ң".encode())
    path = full_copy(lead, tmp_path)
    with Assessment.open(path) as theirs:
        theirs.add_attachment("1.2", "их.txt", b"theirs")
        theirs.add_attachment("1.3", "the same.txt", b"same bytes")
    lead.add_attachment("1.3", "одно и то же.txt", b"same bytes")
    lead.remove_attachment(shared.id)  # they still have it: not brought back
    plan = merge.read(lead, path)
    assert [(c.kind, c.target, c.theirs.value) for c in plan.changes] == [("attachment", "1.2", "их.txt")]
    assert plan.changes[0].data["data"] == b"theirs"
    merge.apply(lead, plan)
    assert sorted(a.name for a in lead.attachments()) == ["их.txt", "одно и то же.txt"]
    assert merge.read(lead, path).changes == ()


def test_a_contribution_brings_only_what_it_changed_in_its_part(lead, tmp_path):  # noqa: F811
    path = contribution(lead, tmp_path, areas=["1"])
    with Assessment.open(path) as theirs:
        theirs.user = "Айгүл"
        theirs.update_response("1.1", evidence="от МЧС ң")
        theirs.update_response("1.2", gaps="одинаково")
        added = actionplan.add_action(theirs, "Мероприятие МЧС", ["1.1"])
    lead.update_response("1.2", gaps="одинаково")  # the same value: nothing to do
    lead.update_response("1.3", description="ведущий")  # their part, changed only here: kept
    lead.update_response("2.1", evidence="ведущий")  # outside their part
    plan = merge.read(lead, path)
    assert [(c.kind, c.key, c.conflict) for c in plan.changes] == [
        ("field", "r:1.1:evidence", False), ("new_action", f"new:{added.uid}", False)]
    change = plan.changes[0]
    assert (change.theirs.by, change.theirs.contributor, change.ours.contributor) == ("Айгүл", "МЧС", "")
    assert plan.origin == "МЧС" and plan.history  # their history rows, each added once
    merge.apply(lead, plan)
    assert lead.response("1.1").evidence == "от МЧС ң" and lead.response("1.3").description == "ведущий"
    again = merge.read(lead, path)
    assert again.changes == () and again.history == ()


def test_field_states_a_hostile_copy_invents_are_passed_over(lead, tmp_path):  # noqa: F811
    path = full_copy(lead, tmp_path)
    with Assessment.open(path) as theirs:
        theirs.update_response("1.1", evidence="их")
    uid = actionplan.actions(lead)[0].uid
    con = sqlite3.connect(path)
    con.executemany("INSERT INTO field_state (record, field, version, changed_at, changed_by, contributor_id) "
                    "VALUES (?, ?, ?, NULL, '', '')", [
                        ("r:1.2", "no_such_column", "v1"), (f"a:{uid}", "revision", "v2"), ("x:1.1", "evidence", "v3"),
                        (f"a:{uid}", "gap", INIT), ("r:no such indicator", "evidence", "v4")])
    con.commit()
    con.close()
    plan = merge.read(lead, path)
    assert [c.key for c in plan.changes] == ["r:1.1:evidence"]


def test_the_other_copy_is_attached_read_only_and_detached_after(lead, tmp_path):  # noqa: F811
    path = full_copy(lead, tmp_path)
    before = digest(path)
    with lead.attached(path, "other"):
        assert lead.query("SELECT count(*) FROM other.response") == lead.query("SELECT count(*) FROM main.response")
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            lead.query("INSERT INTO other.meta (key, value) VALUES ('x', 'y')")
    with pytest.raises(ValueError):
        with lead.attached(path, "other"):
            raise ValueError("a failure inside")
    assert "other" not in [row[1] for row in lead.query("PRAGMA database_list")]
    assert digest(path) == before
    with pytest.raises(ValueError):
        with lead.attached(path, "main; DROP TABLE meta"):
            pass
    with lead.transaction(), pytest.raises(RuntimeError):
        with lead.attached(path, "other"):
            pass


def test_the_collector_is_paused_while_the_plan_is_made_and_restored_after(lead, tmp_path, monkeypatch):  # noqa: F811
    import gc
    import importlib

    merge_plan = importlib.import_module("model.merge.plan")
    path = full_copy(lead, tmp_path)
    with Assessment.open(path) as theirs:
        theirs.update_response("1.1", evidence="их")
    seen = []
    real = merge_plan.plan
    monkeypatch.setattr(merge_plan, "plan", lambda *a, **k: (seen.append(gc.isenabled()), real(*a, **k))[1])
    assert gc.isenabled()
    assert [c.key for c in merge.read(lead, path).changes] == ["r:1.1:evidence"]
    assert seen == [False] and gc.isenabled()
    with pytest.raises(DocumentError) as refused:
        merge.read(lead, tmp_path / "missing.teia")
    assert refused.value.kind == "not_found" and gc.isenabled()
    gc.disable()  # a caller that had paused it itself: left paused
    try:
        merge.read(lead, path)
        assert not gc.isenabled()
    finally:
        gc.enable()
