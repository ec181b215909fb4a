"""The window shows a final assessment read-only, refuses its edits with the reason, and can reopen it."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog

from cli import main
from gui.main_window import MainWindow
from gui.widgets.shared import PlainMessageBox
from model.app import settings as settings_store
from model.document.assessment import Assessment


def test_final_assessment_is_read_only_in_the_window(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "d.teia"
    assert main.main(["demo", str(path)]) == 0
    assert main.main(["finalize", str(path), "--by", "А. Асанова", "--date", "2026-11-30"]) == 0
    warnings = []
    monkeypatch.setattr(PlainMessageBox, "warning", lambda *args: warnings.append(args[2]))
    window = MainWindow(settings_store.Settings(), "en")
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(str(path))
    window.show_indicator("1.1")
    page = window.indicator_page
    assert all(edit.isReadOnly() for edit in page.text_edits.values())
    assert not page.level_box.isEnabled() and not page.add_attach_button.isEnabled()
    assert not page.complete_check.isEnabled() and not page.add_action_button.isEnabled()
    assert window.cycle.frozen_label.isVisible() and "А. Асанова" in window.cycle.frozen_label.text()
    assert not window.cycle.act_finalize.isEnabled() and window.cycle.act_reopen.isEnabled()
    before = path.read_bytes()
    # Whatever reaches the session (an undo, an action editor, the details) is refused with the reason.
    assert not window.session.change("1.1", "evidence", "late", "edit")
    assert window.session.add_action("late") is None
    assert not window.session.set_meta(title="late")
    assert len(warnings) == 3 and all("is final (approved) and cannot be changed" in text for text in warnings)
    assert path.read_bytes() == before
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("a typo in 1.1", True))
    window.cycle.reopen()
    assert not window.cycle.frozen_label.isVisible() and not page.text_edits["evidence"].isReadOnly()
    assert page.level_box.isEnabled()
    assert window.session.change("1.1", "evidence", "corrected", "edit")
    window.close_document()
    with Assessment.open(path, readonly=True) as doc:
        assert doc.response("1.1").evidence == "corrected"
        assert any(entry.source == "reopen" and "a typo in 1.1" in entry.new for entry in doc.history())
