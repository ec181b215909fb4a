"""Two assessments on different editions are compared through the mapping of the move, or refused clearly."""

from __future__ import annotations

import json

import pytest

from model.catalogue.crosswalk import on_edition
from model.catalogue.mapping import build
from model.catalogue.migrate import migrate, migration_record
from model.document.creation import create_assessment
from model.document.assessment import Assessment
from model.errors import DocumentError
from tests.model.catalogue_io.editions import MAPPING, editions


def _record(doc) -> dict:
    """What model.cycle.next_cycle.snapshot keeps of a document (the parts a comparison reads)."""
    return {"id": doc.meta().get("document_id"), "catalogue": {"id": doc.catalogue.id, "version": doc.catalogue.version},
            "responses": {i: {"level": r.level, "not_applicable": r.not_applicable, "criteria_met": list(r.criteria_met),
                              "status": r.status} for i, r in doc.responses().items()},
            "actions": [{"uid": "a1", "title": "Обновить", "status": "done", "indicators": ["1.2", "B.1"]}]}


def test_an_earlier_record_is_expressed_on_the_new_edition(tmp_path):
    old, new = editions()
    with create_assessment(tmp_path / "old.teia", old) as doc:
        for ind, level in (("1.2", 2), ("1.3", 3), ("1.4", 4), ("1.5", 1), ("B.1", 2)):
            doc.update_response(ind, level=level, criteria_met=[f"{ind}.a"])
        before = _record(doc)
    migrate(tmp_path / "old.teia", new, tmp_path / "new.teia",
            mapping=build(old, new, {k: tuple(v) for k, v in MAPPING.items()}))
    with Assessment.open(tmp_path / "new.teia", readonly=True) as doc:
        moved = on_edition(before, migration_record(doc), doc.catalogue)
    assert moved["catalogue"]["version"] == "2027.1"
    answers = moved["responses"]
    assert (answers["1.20"]["level"], answers["1.20"]["criteria_met"]) == (2, ["1.20.a"])  # renamed
    assert answers["1.3"]["level"] == answers["1.6"]["level"] == 3  # split
    assert (answers["1.4"]["level"], answers["1.4"]["criteria_met"]) == (1, ["1.4.a"])  # merged: the lowest
    assert "B.1" not in answers and "B.2" not in answers  # removed; new
    assert moved["actions"][0]["indicators"] == ["1.20"]


def test_editions_without_a_mapping_between_them_are_refused(tmp_path):
    old, new = editions()
    with create_assessment(tmp_path / "old.teia", old) as doc:
        before = _record(doc)
    with pytest.raises(DocumentError) as caught:
        on_edition(before, None, new, "old.teia")
    assert caught.value.kind == "other_edition" and "2026.1" in str(caught.value.params)
    unrelated = {"from": {"id": "other", "version": "1"}, "to": {"id": new.id, "version": new.version}, "mapping": {}}
    with pytest.raises(DocumentError):
        on_edition(before, json.loads(json.dumps(unrelated)), new)
    assert on_edition(dict(before, catalogue={"id": new.id, "version": new.version}), None, new)["responses"]


def test_the_comparison_of_an_assessment_and_its_move_goes_through_the_mapping(tmp_path):
    from model.cycle.compare import compare_files

    old, new = editions()
    with create_assessment(tmp_path / "old.teia", old) as doc:
        doc.update_response("1.2", level=2)
        doc.update_response("1.1", level=1)
    migrate(tmp_path / "old.teia", new, tmp_path / "new.teia",
            mapping=build(old, new, {k: tuple(v) for k, v in MAPPING.items()}))
    with Assessment.open(tmp_path / "new.teia") as doc:
        doc.update_response("1.1", level=3)
    result, from_file = compare_files(tmp_path / "old.teia", tmp_path / "new.teia")
    changes = {item.id: item for item in result.indicators}
    assert from_file and (changes["1.20"].before, changes["1.20"].now, changes["1.20"].change) == (2, 2, "same")
    assert (changes["1.1"].before, changes["1.1"].now, changes["1.1"].change) == (1, 3, "up")
    assert changes["B.2"].change == "added" and "1.2" not in changes


def test_two_editions_never_joined_by_a_move_are_refused_by_the_comparison(tmp_path):
    from model.cycle.compare import compare_files

    old, new = editions()
    create_assessment(tmp_path / "old.teia", old).close()
    create_assessment(tmp_path / "other.teia", new).close()
    with pytest.raises(DocumentError) as caught:
        compare_files(tmp_path / "old.teia", tmp_path / "other.teia")
    assert caught.value.kind in ("other_edition", "other_lineage")
