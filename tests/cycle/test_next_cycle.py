"""The next self-assessment starts from the last: answers carried over and marked, unfinished actions kept."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cli import main
from model.document import actionplan as plan
from model.report import progress
from model.document import store
from model.catalogue import builtin_catalogue
from model.cycle import next_cycle
from model.document.assessment import Assessment
from model.errors import DocumentError

V3_SAMPLE = Path(__file__).resolve().parent.parent / "data" / "v3-assessment.teia"  # the format before 4


@pytest.fixture
def previous(tmp_path, capsys):
    path = tmp_path / "2025.teia"
    assert main.main(["demo", str(path)]) == 0
    with Assessment.open(path) as doc:
        actions = plan.actions(doc)
        plan.update_action(doc, actions[0].id, status="done")
        plan.update_action(doc, actions[1].id, status="ongoing", progress_notes="half way ң")
        doc.update_response("2.1", not_applicable=True)
    assert main.main(["finalize", str(path), "--by", "А. Асанова", "--date", "2025-12-01"]) == 0
    capsys.readouterr()
    return path


def test_next_cycle_carries_answers_and_unfinished_actions(previous, tmp_path, capsys):
    out = tmp_path / "2027.teia"
    assert main.main(["next-cycle", str(previous), "-o", str(out), "--title", "2027 ң", "--user", "Үсөн"]) == 0
    count = builtin_catalogue().indicator_count  # the example answers every indicator of the built-in catalogue
    assert f"{count} answer(s) carried over" in capsys.readouterr().out
    with Assessment.open(previous, readonly=True) as old:
        old_responses, old_actions = old.responses(), plan.actions(old)
        old_id = old.meta()["document_id"]
    with Assessment.open(out) as doc:
        meta = doc.meta()
        assert meta["title"] == "2027 ң" and not doc.is_final() and meta["document_id"] != old_id
        record = next_cycle.predecessor(doc)
        assert (record["id"], record["final_on"], record["approved_by"]) == (old_id, "2025-12-01", "А. Асанова")
        assert record["responses"]["2.1"]["not_applicable"] is True
        responses = doc.responses()
        assert all(r.status == "carried_over" for r in responses.values())
        for ind_id, r in responses.items():
            o = old_responses[ind_id]
            assert (r.level, r.not_applicable, r.criteria_met, r.evidence) == (o.level, o.not_applicable,
                                                                              o.criteria_met, o.evidence)
        assert progress.summarise(doc.catalogue, responses).carried_over == count
        unfinished = {a.uid for a in old_actions if a.status in ("planned", "ongoing")}
        carried = plan.actions(doc)
        assert {a.uid for a in carried} == unfinished and old_actions[0].uid not in unfinished
        ongoing = next(a for a in carried if a.uid == old_actions[1].uid)
        assert ongoing.progress_notes == "half way ң" and ongoing.indicator_ids == old_actions[1].indicator_ids
        assert any(e.field == f"action {ongoing.uid[:8]}.status" for e in doc.history(limit=5000))
        doc.update_response("1.1", evidence="updated")  # an edit clears the mark
        assert doc.response("1.1").status == "draft"
        assert next_cycle.confirm(doc, ["1.2", "1.1"]) == 1
        assert doc.response("1.2").status == "complete"


def test_next_cycle_never_overwrites_and_the_predecessor_is_untouched(previous, tmp_path, capsys):
    out = tmp_path / "exists.teia"
    out.write_text("keep me")
    before = previous.read_bytes()
    assert main.main(["next-cycle", str(previous), "-o", str(out)]) == 1
    assert "already exists" in capsys.readouterr().err and out.read_text() == "keep me"
    assert previous.read_bytes() == before
    assert not list(tmp_path.glob(".teia-next-*"))


def test_a_version_3_document_opens_migrated_and_keeps_its_answers(tmp_path):
    copy = tmp_path / "v3.teia"
    shutil.copyfile(V3_SAMPLE, copy)
    assert store.read_header(copy)[1] == 3
    with Assessment.open(copy, readonly=True) as doc:
        before = doc.responses()
    with Assessment.open(copy) as doc:
        assert doc.schema_version() == store.SCHEMA_VERSION
        assert doc.responses() == before and doc.response("1.1").evidence == "формат 3 ң"
        doc.update_response("1.1", status="carried_over")  # the wider status is accepted after migration
    with Assessment.open(copy, readonly=True) as doc:
        assert doc.response("1.1").status == "carried_over"


def test_version_3_refuses_the_carried_over_status(tmp_path):
    copy = tmp_path / "v3.teia"
    shutil.copyfile(V3_SAMPLE, copy)
    import sqlite3

    con = sqlite3.connect(copy)
    with pytest.raises(sqlite3.IntegrityError):
        con.execute("UPDATE response SET status = 'carried_over' WHERE indicator_id = '1.1'")
    con.close()
    with pytest.raises(DocumentError):
        Assessment.open(tmp_path / "missing.teia")
