"""The window starts the next self-assessment and shows the progress since the previous one."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from cli import main
from gui.main_window import MainWindow
from gui.widgets.shared import PlainMessageBox
from model.app import settings as settings_store


def test_start_next_then_show_progress_in_the_window(qtbot, tmp_path, monkeypatch):
    old, new = tmp_path / "2025.teia", tmp_path / "2027.teia"
    assert main.main(["demo", str(old)]) == 0
    assert main.main(["finalize", str(old), "--by", "А. Асанова", "--date", "2025-12-01"]) == 0
    window = MainWindow(settings_store.Settings(), "en")
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(str(old))
    assert not window.cycle.act_progress.isEnabled()  # a first assessment has nothing to compare with
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(new), ""))
    window.cycle.start_next()
    assert window.session.doc.path == new and not window.session.doc.is_final()
    assert window.navigator.nav_model.responses["1.1"].status == "carried_over"
    window.show_indicator("1.2")
    window.indicator_page.level_group.button(0).click()  # an edit clears the mark
    assert window.session.doc.response("1.2").status == "draft"
    assert window.cycle.act_progress.isEnabled()
    window.cycle.show_progress()
    page = window.cycle.page
    assert window.pages.currentWidget() is page
    assert "2025" in page.title_label.text() or "1 December 2025" in page.title_label.text()
    assert page.radar.before is not None and len(page.radar.before) == len(page.radar.values)
    rows = {page.table.item(r, 0).text(): r for r in range(page.table.rowCount())}
    row = rows["1.2"]
    assert page.table.item(row, 2).text() == "0" and page.table.item(row, 3).text().startswith("Lower")
    assert page.area_table.rowCount() == len(window.session.catalogue.areas)
    old.unlink()  # the comparison with the predecessor needs only the copy kept in the new file
    window.cycle.show_progress()
    assert page.table.item(rows["1.2"], 2).text() == "0"
    warnings = []
    monkeypatch.setattr(PlainMessageBox, "warning", lambda *args: warnings.append(args[2]))
    stranger = tmp_path / "other.teia"
    assert main.main(["demo", str(stranger)]) == 0
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(stranger), ""))
    window.cycle.compare_with_file()
    assert warnings and "not of the same assessment lineage" in warnings[0]
    window.close_document()
