"""Importing a filled-in workbook: changes, conflicts, history, and hostile workbooks that change nothing."""

from __future__ import annotations

import io
import shutil
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model.document import actionplan
from model.report import build as report
from model.document.assessment import Assessment
from model.errors import WorkbookError
from model.formats import xlsx as excel
from model.formats.text import cell_text, clean
from model.formats import untrusted
from model.formats import xlsx_import as importer
from tests.conftest import scaled
from tests.export_helpers import build_demo_with_actions


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    return build_demo_with_actions(tmp_path_factory.mktemp("demo") / "demo.teia")


@pytest.fixture
def doc(demo_file, tmp_path):
    path = tmp_path / "work.teia"
    shutil.copy(demo_file, path)
    with Assessment.open(path) as document:
        document.user = "focal point"
        yield document


def export(doc, tmp_path, lang="ru") -> Path:
    return excel.write(report.build(doc, lang), tmp_path / f"export-{lang}.xlsx")


def edit(path: Path, out: Path, changes: dict[tuple[int, str], object]) -> Path:
    """Change cells as a colleague would: {(sheet index, "C2"): value}."""
    workbook = openpyxl.load_workbook(path)
    for (index, ref), value in changes.items():
        cell = workbook.worksheets[index][ref]
        cell.value = value
        if isinstance(value, str):
            cell.data_type = "s"
    workbook.save(out)
    return out


def state(doc) -> tuple:
    return doc.responses(), actionplan.actions(doc), len(doc.history(limit=100000))


def test_unchanged_workbook_brings_no_changes(doc, tmp_path):
    for lang in ("en", "ky", "ru+en"):
        assert importer.read(doc, export(doc, tmp_path, lang)).changes == ()


def test_export_change_import(doc, tmp_path):
    original = export(doc, tmp_path)
    level4 = "4 — " + doc.catalogue.scale.level(4).label["ru"]
    filled = edit(original, tmp_path / "filled.xlsx", {
        (1, "C2"): level4, (1, "D3"): "Черновик", (1, "E2"): "1.1.c; 1.1.a", (1, "G4"): "=не формула, а текст ң",
        (1, "H5"): 42, (1, "C6"): "Не применимо", (1, "C7"): "2",
        (2, "F2"): "Министерство ң", (2, "B40"): "Новое мероприятие", (2, "C40"): "1.1, 2.1",
        (2, "I40"): datetime(2027, 3, 31), (2, "J40"): "Высокий", (2, "M40"): "Да",
    })
    plan = importer.read(doc, filled)
    fields = {(c.target if c.kind == "response" else c.kind, c.field) for c in plan.changes}
    assert ("1.1", "level") in fields and ("1.2", "status") in fields and ("1.3", "evidence") in fields
    assert ("1.4", "gaps") in fields and ("1.5", "level") in fields and ("action", "lead") in fields
    assert ("new_action", "action") in fields and not plan.conflicts
    applied = importer.apply(doc, plan)
    assert len(applied) == len(plan.changes)
    assert doc.response("1.1").level == 4 and doc.response("1.1").criteria_met == ("1.1.a", "1.1.c")
    assert doc.response("1.2").status == "draft"
    assert doc.response("1.3").evidence == "=не формула, а текст ң"
    assert doc.response("1.4").gaps == "42"
    assert doc.response("1.5").not_applicable
    new = actionplan.actions(doc)[-1]
    assert (new.title, new.indicator_ids, new.due_date, new.priority, new.assistance_requested) == (
        "Новое мероприятие", ("1.1", "2.1"), "2027-03-31", "high", True)
    assert actionplan.actions(doc)[0].lead == "Министерство ң"
    sources = {h.source for h in doc.history(limit=30)}
    assert sources == {"import: filled.xlsx"} or "import: filled.xlsx" in sources
    assert any(h.indicator_id == "1.1" and h.field == "level" and h.new == "4" and h.source == "import: filled.xlsx"
               for h in doc.history("1.1"))
    # the same workbook again brings nothing new for what is already there
    again = importer.read(doc, filled)
    assert {c.kind for c in again.changes} <= {"new_action"}


def test_conflicts_are_detected_and_left_out_by_default(doc, tmp_path):
    original = export(doc, tmp_path)
    filled = edit(original, tmp_path / "filled.xlsx", {(1, "F2"): "from the colleague", (1, "F3"): "also theirs"})
    doc.update_response("1.1", description="changed here after the export")
    doc.update_response("1.2", status="draft")  # another field: 1.2's description is not a conflict
    plan = importer.read(doc, filled)
    by_key = {c.key: c for c in plan.changes}
    assert by_key["1.1:description"].conflict and by_key["1.1:description"].old == "changed here after the export"
    assert not by_key["1.2:description"].conflict
    importer.apply(doc, plan)
    assert doc.response("1.1").description == "changed here after the export"
    assert doc.response("1.2").description == "also theirs"
    importer.apply(doc, importer.read(doc, filled), {"1.1:description"})
    assert doc.response("1.1").description == "from the colleague"


def test_a_change_made_during_review_stops_the_import(doc, tmp_path):
    filled = edit(export(doc, tmp_path), tmp_path / "filled.xlsx", {(1, "F2"): "theirs", (1, "F3"): "theirs too"})
    plan = importer.read(doc, filled)
    doc.update_response("1.1", description="typed while the dialog was open")
    before = state(doc)
    with pytest.raises(WorkbookError) as error:
        importer.apply(doc, plan)
    assert error.value.kind == "stale" and state(doc) == before


def test_a_failure_inside_apply_rolls_everything_back(doc, tmp_path, monkeypatch):
    filled = edit(export(doc, tmp_path), tmp_path / "filled.xlsx",
                  {(1, "F2"): "first", (2, "F2"): "second", (2, "B40"): "New"})
    plan = importer.read(doc, filled)
    before = state(doc)

    def broken(*args, **kwargs):
        raise OSError("disk full")
    monkeypatch.setattr(actionplan, "add_action", broken)
    with pytest.raises(OSError):
        importer.apply(doc, plan)
    assert state(doc) == before


# ------------------------------------------------------------------------------ wrong and hostile workbooks
def rewrite(path: Path, out: Path, replace: dict[str, bytes | None], add: dict[str, bytes] | None = None,
            compression=zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w", compression) as target:
        for info in source.infolist():
            data = replace.get(info.filename, source.read(info.filename))
            if data is not None:
                target.writestr(info.filename, data)
        for name, data in (add or {}).items():
            target.writestr(name, data)
    return out


def sheet_member(path: Path, index: int) -> str:
    return f"xl/worksheets/sheet{index + 1}.xml"


BILLION_LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                  b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>')


def hostile_cases(doc, tmp_path, other_doc_path) -> dict[str, Path]:
    original = export(doc, tmp_path)
    with zipfile.ZipFile(original) as archive:
        sheet = archive.read(sheet_member(original, 1))
    body = sheet.split(b"?>", 1)[1] if sheet.startswith(b"<?xml") else sheet
    other = {}
    with Assessment.open(other_doc_path) as other_doc:
        other["other_assessment"] = excel.write(report.build(other_doc, "ru"), tmp_path / "other.xlsx")
    workbook = openpyxl.load_workbook(original)
    del workbook[workbook.sheetnames[1]]
    workbook.save(tmp_path / "missing.xlsx")
    meta = openpyxl.load_workbook(original)
    meta[excel.META_SHEET]["B6"].value = "0" * 64
    meta.save(tmp_path / "catalogue.xlsx")
    removed = openpyxl.load_workbook(original)
    del removed[excel.META_SHEET]
    removed.save(tmp_path / "not_ours.xlsx")
    moved = openpyxl.load_workbook(original)
    moved.worksheets[1].insert_cols(3)
    moved.save(tmp_path / "columns.xlsx")
    rows = b"".join(b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>x</t></is></c></row>' % (i, i)
                    for i in range(1, 6000))
    many = sheet.split(b"<sheetData>")[0] + b"<sheetData>" + rows + b"</sheetData></worksheet>"
    (tmp_path / "not_a_workbook.xlsx").write_bytes(b"PK\x03\x04 this is not really a zip")
    return {
        **other,
        "missing_sheet": tmp_path / "missing.xlsx",
        "other_catalogue": tmp_path / "catalogue.xlsx",
        "not_ours": tmp_path / "not_ours.xlsx",
        "columns_changed": tmp_path / "columns.xlsx",
        "bad_value": edit(original, tmp_path / "bad.xlsx", {(1, "C2"): "seven"}),
        "bad_value:date_level": edit(original, tmp_path / "date.xlsx", {(1, "C3"): datetime(2026, 1, 1)}),
        "bad_value:status": edit(original, tmp_path / "status.xlsx", {(1, "D2"): "almost"}),
        "bad_value:criterion": edit(original, tmp_path / "crit.xlsx", {(1, "E2"): "9.9.z"}),
        "bad_value:due": edit(original, tmp_path / "due.xlsx", {(2, "I2"): "someday"}),
        "unknown_indicator": edit(original, tmp_path / "unknown.xlsx", {(1, "A2"): "9.9"}),
        "duplicate": edit(original, tmp_path / "dup.xlsx", {(1, "A3"): "1.1"}),
        "not_workbook": tmp_path / "not_a_workbook.xlsx",
        "too_large:bomb": rewrite(original, tmp_path / "bomb.xlsx", {}, {"xl/media/zeros.bin": b"\0" * 8_000_000}),
        "unsafe:entities": rewrite(original, tmp_path / "laughs.xlsx",
                                   {sheet_member(original, 1): BILLION_LAUGHS + body}),
        "unsafe:utf16": rewrite(original, tmp_path / "utf16.xlsx", {
            sheet_member(original, 1): (BILLION_LAUGHS.replace(b"<?xml version=\"1.0\"?>",
                                                               b'<?xml version="1.0" encoding="UTF-16"?>')
                                        + body).decode("utf-8").encode("utf-16")}),
        "too_many_rows": rewrite(original, tmp_path / "rows.xlsx", {sheet_member(original, 1): many}),
    }


def test_hostile_workbooks_are_refused_and_change_nothing(doc, tmp_path, small_catalogue):
    other_path = tmp_path / "other.teia"
    build_demo_with_actions(other_path, count=1)
    cases = hostile_cases(doc, tmp_path, other_path)
    before = state(doc)
    for case, path in cases.items():
        with pytest.raises(WorkbookError) as error:
            plan = importer.read(doc, path)
            importer.apply(doc, plan)
        assert error.value.kind == case.split(":")[0], (case, str(error.value))
        assert path.name in str(error.value) and "Nothing was imported" in str(error.value)
    assert state(doc) == before


def test_row_count_is_also_capped_while_reading(doc, tmp_path, monkeypatch):
    monkeypatch.setattr(importer, "MAX_ROWS", 20)  # below the scan's margin, so the reader's own cap acts
    monkeypatch.setattr(untrusted, "scan_xml", lambda *args: None)
    with pytest.raises(WorkbookError) as error:
        importer.read(doc, export(doc, tmp_path))
    assert error.value.kind == "too_many_rows"


# ------------------------------------------------------------------------------ arbitrary text
_PIECES = st.one_of(st.characters(), st.sampled_from(
    ["\x00", "\x01", "\x0b", "\x1f", "\r", "\r\n", "\n", "\t", "\ud800", "\ufffe", "\uffff", "=", "+", "-", "@",
     "ң", "_x0041_", " "]))
_TEXT = st.lists(_PIECES, max_size=30).map("".join)
# the document itself cannot store lone surrogates (SQLite text is UTF-8), so its own texts have none
_STORABLE = _TEXT.map(lambda text: "".join(ch for ch in text if not "\ud800" <= ch <= "\udfff"))


@pytest.fixture
def small_doc_path(tmp_path, small_catalogue):
    path = tmp_path / "small.teia"
    Assessment.create(path, small_catalogue, user="t").close()
    return path


def test_clean_is_idempotent_and_xml_safe():
    for text in ("a\x00b", "x\r\ny\rz", "\ud800q", "ok ң"):
        once = clean(text)
        assert clean(once) == once
        assert all(ch in "\t\n" or ord(ch) >= 32 for ch in once) and "\ud800" not in once


@pytest.mark.slow
@settings(max_examples=scaled(40, 15), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mine=_STORABLE, theirs=_TEXT)
def test_arbitrary_text_round_trips(small_doc_path, mine, theirs):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "doc.teia"
        shutil.copy(small_doc_path, path)
        with Assessment.open(path) as doc:
            doc.update_response("1.1", evidence=mine)
            stored = doc.response("1.1").evidence
            exported = excel.write(report.build(doc, "en"), Path(folder) / "w.xlsx")
            # what was written comes back as the documented normalisation, and proposes no change
            content = importer.parse(exported)
            assert content.exported_indicators["1.1"][1]["evidence"] == cell_text(stored)
            assert importer.plan(doc, content).changes == ()
            # a colleague's text comes back exactly as a cell can hold it
            wanted = cell_text(theirs)
            workbook = openpyxl.load_workbook(exported)
            cell = workbook["Indicators"]["G2"]
            cell.value = wanted
            cell.data_type = "s"
            buffer = io.BytesIO()
            workbook.save(buffer)
            (Path(folder) / "filled.xlsx").write_bytes(buffer.getvalue())
            plan = importer.read(doc, Path(folder) / "filled.xlsx")
            importer.apply(doc, plan)
            expected = wanted if wanted != cell_text(stored) else stored
            assert doc.response("1.1").evidence == expected


def test_the_preview_lists_what_the_consistency_check_finds_in_the_changes(doc, tmp_path):
    from model.report import consistency

    filled = edit(export(doc, tmp_path), tmp_path / "filled.xlsx", {
        (1, "C2"): "4", (1, "E2"): "1.1.a",  # 1.1: level 4 with one criterion of three ticked
        (1, "G3"): "",  # 1.2 stays complete, its evidence is emptied
        (1, "F4"): "Описание ң ө ү",  # 1.3: a harmless change
    })
    doc.update_response("2.1", level=4, criteria_met=())  # a finding the workbook does not touch: not listed
    plan = importer.read(doc, filled)
    assert [(f.indicator_id, f.kind) for f in plan.findings] == [
        ("1.1", consistency.LEVEL_ABOVE_CRITERIA), ("1.2", consistency.COMPLETE_WITHOUT_EVIDENCE)]
    assert doc.response("1.1").level != 4  # nothing is applied by the preview
    without_level = plan.default_accepted() - {"1.1:level"}
    assert [f.indicator_id for f in importer.findings(doc, plan, without_level)] == ["1.2"]
    assert importer.findings(doc, plan, set()) == ()


def test_the_command_line_preview_names_the_findings(doc, tmp_path):
    from cli import files as commands_io

    filled = edit(export(doc, tmp_path), tmp_path / "filled.xlsx", {(1, "C2"): "4", (1, "E2"): "1.1.a"})
    doc.close()
    text = commands_io.import_workbook(str(doc.path), str(filled))
    assert "needs attention after the import: 1.1: level 4 claims more than the criteria ticked (1 of 3)" in text
