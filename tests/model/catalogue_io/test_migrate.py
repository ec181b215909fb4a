"""Moving an assessment to another edition of the catalogue: a new document, the old one only read; answers
kept, renamed, split, merged or kept aside (not in the new edition), criteria by id, all marked carried over."""

from __future__ import annotations

import json

import pytest

from model.document import actionplan
from model.document import contributors
from model.catalogue.mapping import build, read_mapping, write_template
from model.catalogue.migrate import migrate, migration_record
from model.document.creation import create_assessment
from model.document.assessment import Assessment
from model.errors import CatalogueError, DocumentError, WorkbookError
from tests.model.catalogue_io.editions import MAPPING, editions


@pytest.fixture
def catalogues():
    return editions()


@pytest.fixture
def old_doc(tmp_path, catalogues):
    old, _ = catalogues
    path = tmp_path / "old.teia"
    with create_assessment(path, old) as doc:
        for ind, level in (("1.1", 3), ("1.2", 2), ("1.3", 1), ("1.4", 4), ("1.5", 2), ("B.1", 1)):
            doc.update_response(ind, level=level, description=f"Описание {ind} ң", evidence=f"Приказ {ind}",
                                criteria_met=[f"{ind}.a", f"{ind}.b"])
        doc.add_attachment("1.3", "приказ.pdf", b"%PDF-1.4 order")
        actionplan.add_action(doc, "Обновить перечень", ["1.2", "B.1"], lead="МЧС")
        who = contributors.add_contributor(doc, "Министерство чрезвычайных ситуаций", "МЧС")
        contributors.assign(doc, ["1.3", "B"], who.id)
    return path


def _mapping(catalogues):
    old, new = catalogues
    return build(old, new, {k: tuple(v) for k, v in MAPPING.items()})


def test_answers_follow_the_mapping_and_are_marked_carried_over(old_doc, tmp_path, catalogues):
    before = old_doc.read_bytes()
    out = tmp_path / "new.teia"
    result = migrate(old_doc, catalogues[1], out, mapping=_mapping(catalogues), user="Асан")
    assert old_doc.read_bytes() == before  # the old document is only read
    assert result.summary == {"kept": 1, "renamed": 1, "split": 1, "merged": 2, "removed": 1, "added": 1}
    assert result.not_in_new == ("B.1",)
    with Assessment.open(out, readonly=True) as doc:
        assert (doc.catalogue.version, doc.integrity_check()) == ("2027.1", ["ok"])
        answers = doc.responses()
        assert {i for i, r in answers.items() if r.status == "carried_over"} == {"1.1", "1.20", "1.3", "1.4", "1.6"}
        assert answers["B.2"].status == "not_started"
        assert (answers["1.1"].level, answers["1.1"].criteria_met) == (3, ("1.1.a", "1.1.b"))
        assert (answers["1.20"].level, answers["1.20"].description) == (2, "Описание 1.2 ң")  # renamed
        assert answers["1.20"].criteria_met == ("1.20.a", "1.20.b")  # criteria carried by their letter
        for part in ("1.3", "1.6"):  # split: copied to each
            assert (answers[part].level, answers[part].evidence) == (1, "Приказ 1.3")
            assert [a.name for a in doc.attachments(part)] == ["приказ.pdf"]
        merged = answers["1.4"]  # merged: the lowest level, both texts, a note
        assert merged.level == 2
        assert "1.4, 1.5" in merged.description and "Описание 1.4 ң" in merged.description
        assert "Описание 1.5 ң" in merged.description and "Приказ 1.5" in merged.evidence
        assert merged.criteria_met == ("1.4.a", "1.4.b")
        kept = migration_record(doc)["not_in_new_edition"]
        assert [(k["id"], k["level"], k["description"]) for k in kept] == [("B.1", 1, "Описание B.1 ң")]
        action = actionplan.actions(doc)[0]
        assert set(action.indicator_ids) == {"1.20"}  # linked to what 1.2 became; B.1's link is gone
        assert contributors.assignments(doc).keys() == {"1.3", "1.6", "B"}
        assert any(h.field == "catalogue" and h.new == "test-small 2027.1" for h in doc.history())


def test_the_word_report_has_an_annex_of_answers_not_in_the_new_edition(old_doc, tmp_path, catalogues):
    import docx

    from cli import files as commands_io

    out = tmp_path / "new.teia"
    migrate(old_doc, catalogues[1], out, mapping=_mapping(catalogues))
    commands_io.export(str(out), "docx", "en", str(tmp_path / "r.docx"), chart=None)
    text = "\n".join(p.text for p in docx.Document(tmp_path / "r.docx").paragraphs)
    annex = text[text.index("Not in the new edition of the catalogue\nThis assessment"):]
    assert "B.1 A focal point is nominated." in annex and "Описание B.1 ң" in annex
    commands_io.export(str(old_doc), "docx", "en", str(tmp_path / "old.docx"), chart=None)
    assert "Not in the new edition" not in "\n".join(p.text for p in docx.Document(tmp_path / "old.docx").paragraphs)


def test_without_a_mapping_answers_go_by_id(old_doc, tmp_path, catalogues):
    result = migrate(old_doc, catalogues[1], tmp_path / "new.teia")
    assert result.summary["removed"] == 3 and set(result.not_in_new) == {"1.2", "1.5", "B.1"}
    with Assessment.open(tmp_path / "new.teia", readonly=True) as doc:
        assert doc.responses()["1.4"].description == "Описание 1.4 ң"


def test_never_over_an_existing_file(old_doc, tmp_path, catalogues):
    out = tmp_path / "new.teia"
    out.write_bytes(b"keep me")
    with pytest.raises(DocumentError) as caught:
        migrate(old_doc, catalogues[1], out)
    assert caught.value.kind == "exists" and out.read_bytes() == b"keep me"


def test_the_mapping_template_filled_in_is_read_back(tmp_path, catalogues):
    import openpyxl

    old, new = catalogues
    path = write_template(old, new, tmp_path / "map.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book["Mapping"]
    rows = {sheet.cell(row=r, column=1).value: r for r in range(2, sheet.max_row + 1)}
    assert sheet.cell(row=rows["1.1"], column=3).value == "1.1" and sheet.cell(row=rows["1.2"], column=3).value is None
    sheet.cell(row=rows["1.2"], column=3).value = "1.20"
    sheet.cell(row=rows["1.3"], column=3).value = "1.3; 1.6"
    sheet.cell(row=rows["1.5"], column=3).value = "1.4"
    book.save(path)
    assert read_mapping(path, old, new).targets == _mapping(catalogues).targets
    sheet.cell(row=rows["1.5"], column=3).value = "9.9"
    book.save(path)
    with pytest.raises(WorkbookError) as caught:
        read_mapping(path, old, new)
    assert (caught.value.params["cell"], caught.value.params["problem_code"]) == (f"C{rows['1.5']}", "not_in_new")


def test_a_json_mapping_is_read_and_a_wrong_one_refused(tmp_path, catalogues):
    old, new = catalogues
    path = tmp_path / "map.json"
    path.write_text(json.dumps(_mapping(catalogues).to_json(old, new)), encoding="utf-8")
    assert read_mapping(path, old, new).targets == _mapping(catalogues).targets
    path.write_text(json.dumps({"format": "teia-catalogue-map", "indicators": {"7.7": ["1.1"]}}), encoding="utf-8")
    with pytest.raises(CatalogueError) as caught:
        read_mapping(path, old, new)
    assert caught.value.params["problem_code"] == "not_in_old"


def test_an_older_document_is_moved_without_changing_it(tmp_path):
    import shutil

    from model.catalogue import builtin_catalogue, parse_catalogue
    from tests.conftest import DATA

    source = tmp_path / "v1.teia"
    shutil.copyfile(DATA / "v1-assessment.teia", source)
    before = source.read_bytes()
    data = json.loads(builtin_catalogue().source_json)
    data["version"] = "2099.1"
    new = parse_catalogue(json.dumps(data, ensure_ascii=False))
    migrate(source, new, tmp_path / "moved.teia")
    assert source.read_bytes() == before
    with Assessment.open(tmp_path / "moved.teia", readonly=True) as doc:
        assert doc.catalogue.version == "2099.1" and doc.integrity_check() == ["ok"]


@pytest.mark.parametrize("sample", ["v1-assessment.teia", "v2-assessment.teia"])
def test_old_documents_record_the_edition_they_were_made_with(tmp_path, sample):
    """The catalogue table has always kept id, edition (version) and SHA-256 beside the snapshot."""
    import shutil
    import sqlite3

    from tests.conftest import DATA

    path = tmp_path / sample
    shutil.copyfile(DATA / sample, path)
    con = sqlite3.connect(path)
    stored = con.execute("SELECT catalogue_id, version, sha256 FROM catalogue").fetchone()
    con.close()
    with Assessment.open(path, readonly=True) as doc:
        assert (doc.catalogue.id, doc.catalogue.edition, doc.catalogue.sha256) == stored
