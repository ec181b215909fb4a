"""The import preview lists, as plain text, what a workbook holds that is not imported as it stands."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt

from gui.dialogs import import_workbook as import_dialog
from model.report import build as report
from model.document.assessment import Assessment
from model.formats import xlsx as excel
from tests.export_helpers import build_demo_with_actions


def test_the_preview_shows_warnings_and_names_a_deletion(qtbot, tmp_path):
    path = build_demo_with_actions(tmp_path / "doc.teia", count=2)
    with Assessment.open(path) as doc:
        exported = excel.write(report.build(doc, "en"), tmp_path / "book.xlsx")
        workbook = openpyxl.load_workbook(exported)
        workbook.worksheets[2].delete_rows(2)
        workbook.worksheets[1].insert_rows(3)
        workbook.worksheets[1]["B3"] = "<b>Note</b> from the ministry"
        workbook.save(tmp_path / "filled.xlsx")
        plan = import_dialog.importer.read(doc, tmp_path / "filled.xlsx")
        dialog = import_dialog.ImportDialog(doc, plan)
        qtbot.addWidget(dialog)
        text = dialog.warnings.text()
        assert dialog.warnings.textFormat() == Qt.TextFormat.PlainText and "<b>Note</b>" in text
        assert "row 3" in text and "1. Утвердить" in text
        model = dialog.model
        row = next(r for r, c in enumerate(plan.changes) if c.kind == "delete_action")
        assert model.index(row, model.FIELD).data() == "Delete the action"
        assert model.index(row, model.APPLY).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
