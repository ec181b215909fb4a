"""Comparison of two assessments of one lineage, on a constructed pair; it survives deleting the old file."""

from __future__ import annotations

import json

import pytest

from cli import main
from model.document import actionplan as plan
from model.cycle import compare, next_cycle
from model.document.assessment import Assessment
from model.errors import DocumentError


@pytest.fixture
def pair(tmp_path, capsys):
    old, new = tmp_path / "2025.teia", tmp_path / "2027.teia"
    assert main.main(["demo", str(old)]) == 0
    with Assessment.open(old) as doc:
        doc.update_response("1.1", level=1, criteria_met=("1.1.a",))
        doc.update_response("1.2", not_applicable=True)
        doc.update_response("1.3", level=2)
        doc.update_response("1.4", level=3)
        for action in plan.actions(doc):
            if action.status == "done":
                plan.update_action(doc, action.id, status="ongoing")
        ongoing = plan.add_action(doc, "Train inspectors ң", ("1.1",), status="ongoing")
    assert main.main(["finalize", str(old), "--by", "А. Асанова", "--date", "2025-12-01"]) == 0
    assert main.main(["next-cycle", str(old), "-o", str(new), "--title", "2027"]) == 0
    with Assessment.open(new) as doc:
        doc.update_response("1.1", level=2, criteria_met=("1.1.b",))
        doc.update_response("1.2", level=1)  # not applicable -> rated
        doc.update_response("1.3", not_applicable=True)  # rated -> not applicable
        doc.update_response("1.4", level=2)  # down
        carried = next(a for a in plan.actions(doc) if a.uid == ongoing.uid)
        plan.update_action(doc, carried.id, status="done")
    capsys.readouterr()
    return old, new


def _by_id(result):
    return {item.id: item for item in result.indicators}


def test_compare_gives_the_right_changes(pair):
    old, new = pair
    result, from_file = compare.compare_files(old, new)
    items = _by_id(result)
    assert from_file and result.before_date == "2025-12-01"
    assert (items["1.1"].before, items["1.1"].now, items["1.1"].change, items["1.1"].delta) == (1, 2, "up", 1)
    assert items["1.1"].criteria_gained == ("1.1.b",) and items["1.1"].criteria_lost == ("1.1.a",)
    assert items["1.1"].actions_completed == ("Train inspectors ң",)
    assert (items["1.2"].before, items["1.2"].now, items["1.2"].change) == ("na", 1, "now_applicable")
    assert (items["1.3"].before, items["1.3"].now, items["1.3"].change) == (2, "na", "not_applicable")
    assert (items["1.4"].change, items["1.4"].delta) == ("down", -1)
    assert items["1.5"].change == "same" and not items["1.5"].actions_completed
    with Assessment.open(old, readonly=True) as doc:
        ids = [i.id for i in doc.catalogue.areas[0].indicators]
        levels = [doc.response(i).level for i in ids if doc.response(i).level is not None
                  and not doc.response(i).not_applicable]
    area = result.areas[0]
    assert area.id == doc.catalogue.areas[0].id and area.before == pytest.approx(sum(levels) / len(levels))


def test_json_and_the_comparison_survives_deleting_the_old_file(pair, capsys):
    old, new = pair
    assert main.main(["compare", str(old), str(new), "--json"]) == 0
    with_file = json.loads(capsys.readouterr().out)
    assert {"id", "before", "now", "change"} <= set(with_file["indicators"][0])
    assert {"id", "before", "now"} <= set(with_file["areas"][0])
    old.unlink()
    assert main.main(["compare", str(old), str(new), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == with_file
    assert main.main(["compare", str(old), str(new)]) == 0
    text = capsys.readouterr().out
    assert "from the copy kept in" in text and "1.2: n/a -> 1 (now_applicable)" in text
    with Assessment.open(new, readonly=True) as doc:
        assert json.loads(json.dumps(compare.with_predecessor(doc).to_json()))["indicators"] == with_file["indicators"]


def test_an_indicator_added_in_the_new_edition_and_one_removed():
    before = {"responses": {"1.1": {"level": 1}, "9.9": {"level": 2}}, "actions": []}
    now = {"responses": {"1.1": {"level": 1}, "1.2": {"level": 3}}, "actions": []}
    items = _by_id(compare.compare_records(before, now, [("1", ["1.1", "1.2"])]))
    assert (items["1.2"].before, items["1.2"].now, items["1.2"].change) == (None, 3, "added")
    assert (items["9.9"].before, items["9.9"].now, items["9.9"].change) == (2, None, "removed")
    assert items["1.1"].change == "same"


def test_other_lineage_and_other_edition_are_refused_clearly(pair, tmp_path, capsys):
    old, new = pair
    stranger = tmp_path / "other.teia"
    assert main.main(["demo", str(stranger)]) == 0
    assert main.main(["compare", str(stranger), str(new)]) == 1
    assert "not of the same assessment lineage" in capsys.readouterr().err
    with Assessment.open(new, readonly=True) as doc:
        with pytest.raises(DocumentError) as caught:
            compare.compare_open(stranger, doc)
        assert caught.value.kind == "other_lineage"
        assert compare.compare_open(old, doc) == compare.compare_files(old, new)[0]
    with Assessment.open(old, readonly=True) as doc:
        before = next_cycle.snapshot(doc)
    with Assessment.open(new, readonly=True) as doc:
        now, kept = next_cycle.snapshot(doc), next_cycle.predecessor(doc)
    now["catalogue"] = dict(now["catalogue"], version="2030.1")
    with pytest.raises(DocumentError, match="another edition of the catalogue") as caught:
        compare.check_comparable(before, now, kept, "x.teia")
    assert caught.value.kind == "other_edition"
