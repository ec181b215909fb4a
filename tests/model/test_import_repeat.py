"""Importing a workbook again, or a corrected copy of it, and the colleague edits an import cannot take."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from model.document import actionplan
from model.report import build as report
from model.formats import xlsx as excel
from model.formats import xlsx_import as importer
from tests.model.test_import_xlsx import demo_file, doc  # noqa: F401 (fixtures)


def export(doc, tmp_path) -> Path:
    return excel.write(report.build(doc, "ru"), tmp_path / "export.xlsx")


def edit(path: Path, out: Path, changes: dict[tuple[int, str], object], *, insert_row: int | None = None,
         delete_row: int | None = None) -> Path:
    workbook = openpyxl.load_workbook(path)
    if insert_row is not None:
        workbook.worksheets[1].insert_rows(insert_row)
    if delete_row is not None:
        workbook.worksheets[2].delete_rows(delete_row)
    for (index, ref), value in changes.items():
        workbook.worksheets[index][ref] = value
    workbook.save(out)
    return out


def new_action_row(doc) -> int:
    return doc.action_count() + 2  # the first empty row under the exported actions


def test_importing_the_same_workbook_twice_adds_the_new_action_once(doc, tmp_path):
    row = new_action_row(doc)
    filled = edit(export(doc, tmp_path), tmp_path / "filled.xlsx",
                  {(2, f"B{row}"): "Новое мероприятие ң", (2, f"C{row}"): "1.1", (2, f"F{row}"): "МЧС"})
    before = doc.action_count()
    importer.apply(doc, importer.read(doc, filled))
    assert doc.action_count() == before + 1
    again = importer.read(doc, filled)
    assert again.changes == ()
    assert importer.apply(doc, again) == []
    assert doc.action_count() == before + 1


def test_a_corrected_workbook_updates_the_action_it_created(doc, tmp_path):
    row = new_action_row(doc)
    original = export(doc, tmp_path)
    first = edit(original, tmp_path / "first.xlsx", {(2, f"B{row}"): "Обучение", (2, f"F{row}"): "МЧС"})
    importer.apply(doc, importer.read(doc, first))
    count = doc.action_count()
    corrected = edit(first, tmp_path / "corrected.xlsx", {(2, f"F{row}"): "Госэкотехинспекция"})
    plan = importer.read(doc, corrected)
    assert [(c.kind, c.field, c.new) for c in plan.changes] == [("action", "lead", "Госэкотехинспекция")]
    assert not plan.conflicts
    assert plan.changes[0].target == f"{count}. Обучение"  # named by its number and title, not by a row
    importer.apply(doc, plan)
    assert doc.action_count() == count
    assert actionplan.actions(doc)[-1].lead == "Госэкотехинспекция"
    assert importer.read(doc, corrected).changes == ()


def test_a_corrected_row_edited_in_the_assessment_meanwhile_is_a_conflict(doc, tmp_path):
    row = new_action_row(doc)
    first = edit(export(doc, tmp_path), tmp_path / "first.xlsx", {(2, f"B{row}"): "Обучение", (2, f"F{row}"): "МЧС"})
    importer.apply(doc, importer.read(doc, first))
    made = actionplan.actions(doc)[-1]
    actionplan.update_action(doc, made.id, lead="Минприроды")
    corrected = edit(first, tmp_path / "corrected.xlsx", {(2, f"F{row}"): "Госэкотехинспекция"})
    plan = importer.read(doc, corrected)
    assert [c.field for c in plan.conflicts] == ["lead"]
    importer.apply(doc, plan)
    assert actionplan.action(doc, made.id).lead == "Минприроды"


def test_a_deleted_action_row_is_offered_as_a_deletion_unchecked(doc, tmp_path):
    actions = actionplan.actions(doc)
    filled = edit(export(doc, tmp_path), tmp_path / "deleted.xlsx", {}, delete_row=3)  # the plan's second action
    plan = importer.read(doc, filled)
    deletions = [c for c in plan.changes if c.kind == "delete_action"]
    assert [(c.target, c.action_uid) for c in deletions] == [(f"2. {actions[1].title}"[:80], actions[1].uid)]
    assert [w.kind for w in plan.warnings] == ["deleted_row"]
    assert deletions[0].key not in plan.default_accepted()
    importer.apply(doc, plan)
    assert doc.action_count() == len(actions)
    importer.apply(doc, plan, {deletions[0].key})
    assert [a.uid for a in actionplan.actions(doc)] == [a.uid for a in actions if a.uid != actions[1].uid]


def test_an_added_column_is_a_warning(doc, tmp_path):
    filled = edit(export(doc, tmp_path), tmp_path / "column.xlsx", {(1, "J1"): "Комментарий", (1, "J2"): "см. письмо",
                                                                    (1, "G2"): "Новое свидетельство"})
    plan = importer.read(doc, filled)
    assert [(w.kind, w.params["column"], w.params["header"]) for w in plan.warnings] == [
        ("added_column", "J", "Комментарий")]
    assert [(c.target, c.field) for c in plan.changes] == [("1.1", "evidence")]


def test_a_note_row_between_indicators_is_skipped_with_a_warning(doc, tmp_path):
    filled = edit(export(doc, tmp_path), tmp_path / "note.xlsx",
                  {(1, "B4"): "Примечание: данные за 2025 год уточняются", (1, "G2"): "Новое свидетельство"},
                  insert_row=4)
    plan = importer.read(doc, filled)
    assert [(w.kind, w.params["row"]) for w in plan.warnings] == [("note_row", 4)]
    assert "Примечание" in plan.warnings[0].english()
    assert [(c.target, c.field) for c in plan.changes] == [("1.1", "evidence")]
    importer.apply(doc, plan)
    assert doc.response("1.1").evidence == "Новое свидетельство"


def test_an_untitled_action_row_is_skipped_with_a_warning(doc, tmp_path):
    row = new_action_row(doc)
    filled = edit(export(doc, tmp_path), tmp_path / "untitled.xlsx", {(2, f"D{row}"): "заметка без названия", (2, f"F{row}"): "МЧС"})
    plan = importer.read(doc, filled)
    assert plan.changes == () and [w.kind for w in plan.warnings] == ["untitled_row"]
