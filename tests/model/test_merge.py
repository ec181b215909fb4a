"""Contributions split off an assessment and merged back field by field (three-way, by field versions)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from model import merge
from model.document import actionplan
from model.document import contributors
from model.demo import build_demo
from model.document.assessment import Assessment
from model.errors import DocumentError


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.teia"
    build_demo(path).close()
    return path


@pytest.fixture
def lead(demo_file, tmp_path):
    path = Path(shutil.copy(demo_file, tmp_path / "lead.teia"))
    with Assessment.open(path) as doc:
        doc.user = "lead"
        yield doc


def contribution(lead, tmp_path, name="МЧС", **items) -> Path:
    out, _, _ = merge.split(lead, name, tmp_path / f"{name}.teia", **(items or {"areas": ["1"]}))
    return out


def merged(lead, path, resolutions=None, default="ours") -> tuple[merge.MergePlan, int]:
    plan = merge.read(lead, path)
    return plan, merge.apply(lead, plan, resolutions, default=default)


def state(doc) -> tuple:
    return (doc.responses(), actionplan.actions(doc), [(a.indicator_id, a.sha256) for a in doc.attachments()],
            len(doc.history(limit=10**6)))


def test_split_edit_both_merge_then_merge_again_changes_nothing(lead, tmp_path):
    path = contribution(lead, tmp_path)
    with Assessment.open(path) as theirs:
        theirs.user = "Айгүл"
        theirs.update_response("1.1", evidence="Закон ң от МЧС")
        theirs.update_response("1.2", level=4)
        assert contributors.contribution(theirs).contributor.name == "МЧС"
    lead.update_response("1.3", gaps="ведущий орган")  # a field only we changed
    lead.update_response("2.1", description="ведущий орган")  # outside their part
    plan, applied = merged(lead, path)
    assert sorted((c.target, c.field) for c in plan.changes) == [("1.1", "evidence"), ("1.2", "level")]
    assert not plan.conflicts and applied == 2 and plan.origin == "МЧС"
    assert lead.response("1.1").evidence == "Закон ң от МЧС" and lead.response("1.2").level == 4
    assert lead.response("1.3").gaps == "ведущий орган" and lead.response("2.1").description == "ведущий орган"
    assert lead.history("1.1")[0].source == "merge: МЧС"
    before = state(lead)
    again = merge.read(lead, path)
    assert again.changes == () and again.history == ()
    assert merge.apply(lead, again) == 0 and state(lead) == before
    assert contributors.provenance(lead)["1.1"] == ["МЧС"]


def test_a_field_changed_in_both_is_a_conflict_resolved_per_field(lead, tmp_path):
    path = contribution(lead, tmp_path)
    with Assessment.open(path) as theirs:
        theirs.user = "Айгүл"
        theirs.update_response("1.1", evidence="их")
        theirs.update_response("1.2", evidence="их 2")
    lead.update_response("1.1", evidence="наше")
    lead.update_response("1.2", evidence="наше 2")
    plan = merge.read(lead, path)
    conflicts = {c.target: c for c in plan.conflicts}
    assert set(conflicts) == {"1.1", "1.2"}
    assert (conflicts["1.1"].ours.value, conflicts["1.1"].ours.by) == ("наше", "lead")
    assert (conflicts["1.1"].theirs.value, conflicts["1.1"].theirs.by, conflicts["1.1"].theirs.contributor) == (
        "их", "Айгүл", "МЧС")
    assert conflicts["1.1"].theirs.at and conflicts["1.1"].ours.at
    assert merge.apply(lead, plan, {conflicts["1.1"].key: "theirs"}) == 2
    assert lead.response("1.1").evidence == "их" and lead.response("1.2").evidence == "наше 2"
    assert merge.read(lead, path).changes == ()  # both decisions are remembered
    with Assessment.open(path) as theirs:  # they change both again: 1.1 we took, so it is taken; 1.2 we kept
        theirs.update_response("1.1", evidence="их 3")
        theirs.update_response("1.2", evidence="их 3")
    plan = merge.read(lead, path)
    assert [(c.target, c.conflict) for c in plan.changes] == [("1.1", False), ("1.2", True)]


def test_nothing_is_written_before_apply_and_a_change_meanwhile_stops_it(lead, tmp_path):
    path = contribution(lead, tmp_path)
    with Assessment.open(path) as theirs:
        theirs.update_response("1.1", evidence="их")
    before = state(lead)
    plan = merge.read(lead, path)
    assert state(lead) == before
    lead.update_response("1.1", evidence="наше")
    with pytest.raises(DocumentError) as error:
        merge.apply(lead, plan)
    assert error.value.kind == "stale" and lead.response("1.1").evidence == "наше"


def test_actions_merge_by_key_once(lead, tmp_path):
    kept = actionplan.actions(lead)
    path = contribution(lead, tmp_path)
    with Assessment.open(path) as theirs:
        added = actionplan.add_action(theirs, "Новое мероприятие ң", ["1.1"], lead="МЧС")
        actionplan.update_action(theirs, kept[0].id, lead="МЧС", indicator_ids=("1.1", "1.2"))
        actionplan.delete_action(theirs, kept[1].id)
    mine = actionplan.add_action(lead, "Наше мероприятие", ["2.1"])
    plan = merge.read(lead, path)
    kinds = sorted((c.kind, c.field) for c in plan.changes)
    assert kinds == [("delete_action", "delete"), ("field", "indicator_ids"), ("field", "lead"),
                     ("new_action", "action")]
    merge.apply(lead, plan)
    uids = {a.uid for a in actionplan.actions(lead)}
    assert added.uid in uids and mine.uid in uids and kept[1].uid not in uids
    first = actionplan.action(lead, kept[0].id)
    assert first.lead == "МЧС" and first.indicator_ids == ("1.1", "1.2")
    count = lead.action_count()
    assert merge.read(lead, path).changes == () and lead.action_count() == count


def test_an_action_deleted_there_but_edited_here_is_a_conflict(lead, tmp_path):
    kept = actionplan.actions(lead)[0]
    path = contribution(lead, tmp_path)
    with Assessment.open(path) as theirs:
        actionplan.delete_action(theirs, kept.id)
    actionplan.update_action(lead, kept.id, lead="Минприроды")
    plan = merge.read(lead, path)
    assert [(c.kind, c.conflict) for c in plan.changes] == [("delete_action", True)]
    merge.apply(lead, plan)  # kept as ours by default
    assert actionplan.action(lead, kept.id).lead == "Минприроды"
    assert merge.read(lead, path).changes == ()


def test_attachments_merge_by_content_once(lead, tmp_path):
    path = contribution(lead, tmp_path)
    with Assessment.open(path) as theirs:
        theirs.add_attachment("1.1", "закон.pdf", b"%PDF same bytes")
        theirs.add_attachment("1.2", "письмо.txt", "письмо ң".encode())
    lead.add_attachment("1.1", "law.pdf", b"%PDF same bytes")  # the same file, under another name
    plan = merge.read(lead, path)
    assert [(c.kind, c.target) for c in plan.changes] == [("attachment", "1.2")]
    merge.apply(lead, plan)
    assert sorted(a.name for a in lead.attachments()) == ["law.pdf", "письмо.txt"]
    assert lead.attachment_data(lead.attachments("1.2")[0].id) == "письмо ң".encode()
    assert merge.read(lead, path).changes == ()


def test_history_keeps_both_sides_with_their_origin(lead, tmp_path):
    path = contribution(lead, tmp_path)
    with Assessment.open(path) as theirs:
        theirs.user = "Айгүл"
        theirs.update_response("1.1", evidence="их")
    lead.update_response("2.1", evidence="наше")
    merged(lead, path)
    rows = lead.query("SELECT by, field, source, origin FROM history WHERE indicator_id = '1.1' ORDER BY id")
    assert ("Айгүл", "evidence", "edit", "МЧС") in rows  # their own entry, marked as theirs
    assert ("lead", "evidence", "merge: МЧС", "МЧС") in rows
    count = len(lead.history(limit=10**6))
    merged(lead, path)
    assert len(lead.history(limit=10**6)) == count


def test_a_copy_of_another_assessment_or_catalogue_is_refused_untouched(lead, tmp_path):
    other = build_demo(tmp_path / "other.teia")
    other.close()
    before = state(lead)
    with pytest.raises(DocumentError) as error:
        merge.read(lead, tmp_path / "other.teia")
    assert error.value.kind == "other_assessment"
    copy = lead.save_copy(tmp_path / "copy.teia")
    import sqlite3

    con = sqlite3.connect(copy)  # another edition of the catalogue: its version and text differ
    catalogue = json.loads(con.execute("SELECT json FROM catalogue").fetchone()[0])
    catalogue["version"] = catalogue["version"] + "-2"
    con.execute("UPDATE catalogue SET json = ?, version = ?", (json.dumps(catalogue, ensure_ascii=False),
                                                               catalogue["version"]))
    con.commit()
    con.close()
    with pytest.raises(DocumentError) as error:
        merge.read(lead, copy)
    assert error.value.kind == "other_catalogue"
    with pytest.raises(DocumentError) as error:
        merge.read(lead, lead.path)
    assert error.value.kind == "same_file"
    assert state(lead) == before


def test_a_contribution_changes_only_its_part(lead, tmp_path):
    path = contribution(lead, tmp_path, indicators=["1.1", "2.1"])
    with Assessment.open(path) as theirs:
        assert theirs.editable("2.1") and not theirs.editable("1.2")
        theirs.update_response("2.1", evidence="ok")
        with pytest.raises(DocumentError) as error:
            theirs.update_response("1.2", evidence="not mine")
        assert error.value.kind == "not_yours"
    assert contributors.holders(lead) == {"1.1": contributors.find(lead, "МЧС").id,
                                          "2.1": contributors.find(lead, "МЧС").id}


def test_the_lead_merges_two_contributions_then_they_take_back_the_whole(lead, tmp_path):
    first = contribution(lead, tmp_path, "МЧС", areas=["1"])
    second = contribution(lead, tmp_path, "ГЭТИ", areas=["2"])
    for path, indicator in ((first, "1.1"), (second, "2.1")):
        with Assessment.open(path) as theirs:
            theirs.update_response(indicator, evidence=f"от {path.stem}")
    merged(lead, first)
    merged(lead, second)
    assert lead.response("1.1").evidence == "от МЧС" and lead.response("2.1").evidence == "от ГЭТИ"
    progress = {p.contributor.name: p.indicators for p in contributors.progress(lead)}
    assert progress == {"МЧС": len(lead.catalogue.areas[0].indicators), "ГЭТИ": len(lead.catalogue.areas[1].indicators)}
    with Assessment.open(first) as theirs:  # the contributor brings its copy up to date from the lead's
        plan = merge.read(theirs, lead.path)
        assert [(c.target, c.conflict) for c in plan.changes] == [("2.1", False)]
        merge.apply(theirs, plan)
        assert merge.read(theirs, lead.path).changes == ()
