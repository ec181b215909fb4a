"""The recovery question after a crash and File → Restore from backup (file dialogs patched)."""

from __future__ import annotations

import json
import os
from datetime import datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import QFileDialog

from gui import i18n
from gui.dialogs.backup import BackupDialog, format_moment, format_size
from gui.dialogs.recovery import IGNORE, OPEN, RESTORE, RecoveryDialog
from gui.widgets.shared import PlainMessageBox
from model.document import backup
from model.document import recovery
from model.document.assessment import Assessment


@pytest.fixture
def english(qapp):
    i18n.install_language("en")
    yield
    i18n.install_language("en")


@pytest.fixture
def doc_with_backups(doc_path, small_catalogue):
    doc = Assessment.create(doc_path, small_catalogue, title="Өз алдынча баалоо")
    made = []
    for text in ("биринчи ң", "экинчи ө", "үчүнчү ү"):
        doc.update_response("1.1", description=text)
        made.append(backup.make_backup(doc))
    yield doc, made
    doc.close()


@pytest.fixture
def save_as(monkeypatch):
    """Patch the save dialog: answer with the next queued path and record what was offered."""
    answers: list[str] = []
    offered: list[str] = []

    def fake(parent, caption, directory, filter_text="", *args, **kwargs):
        offered.append(directory)
        return (answers.pop(0) if answers else "", filter_text)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return answers, offered


@pytest.fixture
def warnings_shown(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(PlainMessageBox, "warning",
                        staticmethod(lambda parent, title, text, *a, **k: shown.append(text)))
    return shown


def _crash(document: Path | None, pid: int = 999999990, when: str = "2025-03-04T05:06:07Z") -> None:
    folder = recovery.sessions_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{pid}.json").write_text(json.dumps({
        "pid": pid, "started": when, "updated": when, "document": str(document) if document else None,
        "backup_key": None}), encoding="utf-8")


# ---------------------------------------------------------------------------------- restore from backup
def test_backup_dialog_lists_time_and_size_newest_first(qtbot, english, doc_with_backups):
    doc, made = doc_with_backups
    dialog = BackupDialog.for_document(doc)
    qtbot.addWidget(dialog)
    rows = [[dialog.list.topLevelItem(i).text(c) for c in range(3)] for i in range(dialog.list.topLevelItemCount())]
    assert len(rows) == 3
    assert [r[0] for r in rows] == [format_moment(b.created) for b in reversed(made)]
    assert rows[0][1] == format_size(made[-1].size)  # the one formatter, as the reports write sizes
    assert rows[0][1].endswith("\u00a0KB")
    assert all(r[2] == "assessment.teia" for r in rows)
    assert dialog.restore_button.isEnabled()
    assert "assessment.teia" in dialog.intro.text()


def test_backup_dialog_restores_the_chosen_one_into_a_new_file(qtbot, english, doc_with_backups, save_as, tmp_path):
    doc, made = doc_with_backups
    answers, offered = save_as
    dialog = BackupDialog.for_document(doc)
    qtbot.addWidget(dialog)
    dialog.list.setCurrentItem(dialog.list.topLevelItem(2))  # the oldest
    answers.append(str(tmp_path / "restored"))  # without the extension: it is added
    dialog.restore()
    assert dialog.result() == BackupDialog.DialogCode.Accepted
    assert dialog.restored_path == tmp_path / "restored.teia"
    assert Path(offered[0]).parent == doc.path.parent and offered[0].endswith(".teia")
    assert not Path(offered[0]).exists()
    with Assessment.open(dialog.restored_path) as restored:
        assert restored.response("1.1").description == "биринчи ң"
    assert doc.response("1.1").description == "үчүнчү ү"


def test_backup_dialog_never_overwrites(qtbot, english, doc_with_backups, save_as, warnings_shown, tmp_path):
    doc, _ = doc_with_backups
    answers, _ = save_as
    existing = tmp_path / "existing.teia"
    existing.write_bytes(b"keep me")
    dialog = BackupDialog.for_document(doc)
    qtbot.addWidget(dialog)
    answers.append(str(existing))
    dialog.restore()
    assert existing.read_bytes() == b"keep me"
    assert dialog.restored_path is None
    assert len(warnings_shown) == 1 and "existing.teia" in warnings_shown[0]


def test_backup_dialog_cancelled_file_dialog_restores_nothing(qtbot, english, doc_with_backups, save_as, tmp_path):
    doc, _ = doc_with_backups
    dialog = BackupDialog.for_document(doc)
    qtbot.addWidget(dialog)
    before = set(doc.path.parent.iterdir())
    dialog.restore()  # the patched dialog answers "" (Cancel)
    assert dialog.restored_path is None
    assert set(doc.path.parent.iterdir()) == before


def test_backup_dialog_without_backups_says_so(qtbot, english, doc_path, small_catalogue):
    with Assessment.create(doc_path, small_catalogue) as doc:
        dialog = BackupDialog.for_document(doc)
        qtbot.addWidget(dialog)
        assert dialog.list.topLevelItemCount() == 0
        assert not dialog.restore_button.isEnabled()
        assert "no backups" in dialog.intro.text()


# ---------------------------------------------------------------------------------- recovery question
def test_recovery_dialog_names_the_time_and_document_and_opens_it(qtbot, english, doc_with_backups):
    doc, made = doc_with_backups
    doc.close()
    _crash(doc.path)
    pending = recovery.pending_recovery()
    dialog = RecoveryDialog(pending)
    qtbot.addWidget(dialog)
    expected_time = format_moment(pending.last_activity)
    assert "did not close normally on " + expected_time in dialog.headline.text()
    assert dialog.question.text() == "Recover work from assessment.teia?"
    assert str(doc.path.resolve()) in dialog.document_label.text()
    assert dialog.backups.topLevelItemCount() == 3
    assert dialog.open_button.isEnabled() and dialog.open_button.isDefault()
    dialog.open_button.click()
    assert dialog.choice == OPEN and dialog.path == doc.path.resolve()
    assert recovery.pending_recovery() is None


def test_recovery_dialog_restores_a_backup_into_a_new_file(qtbot, english, doc_with_backups, save_as, tmp_path):
    doc, made = doc_with_backups
    doc.close()
    _crash(doc.path)
    answers, _ = save_as
    answers.append(str(tmp_path / "recovered.teia"))
    dialog = RecoveryDialog(recovery.pending_recovery())
    qtbot.addWidget(dialog)
    dialog.backups.setCurrentItem(dialog.backups.topLevelItem(1))
    dialog.restore_button.click()
    assert dialog.choice == RESTORE and dialog.path == tmp_path / "recovered.teia"
    with Assessment.open(dialog.path) as restored:
        assert restored.response("1.1").description == "экинчи ө"
    assert recovery.pending_recovery() is None


def test_recovery_dialog_when_the_document_is_gone_offers_only_backups(qtbot, english, doc_with_backups):
    doc, _ = doc_with_backups
    recovery.begin(doc)  # records the backup key, as the window does
    doc.close()
    marker = recovery.marker_path()
    data = json.loads(marker.read_text(encoding="utf-8"))
    recovery.end()
    (recovery.sessions_dir() / "999999989.json").write_text(json.dumps(dict(data, pid=999999989)), encoding="utf-8")
    os.unlink(doc.path)
    dialog = RecoveryDialog(recovery.pending_recovery())
    qtbot.addWidget(dialog)
    assert not dialog.open_button.isEnabled()
    assert dialog.restore_button.isEnabled() and dialog.restore_button.isDefault()
    assert "no longer there" in dialog.document_label.text()
    assert dialog.backups.topLevelItemCount() == 3


def test_ignoring_is_an_answer_but_closing_asks_again(qtbot, english):
    _crash(None)
    dialog = RecoveryDialog(recovery.pending_recovery())
    qtbot.addWidget(dialog)
    assert dialog.question.text() == "No document was open at that time."
    assert not dialog.restore_button.isEnabled() and not dialog.open_button.isEnabled()
    dialog.reject()  # Esc or the window's close button
    assert dialog.choice is None
    assert recovery.pending_recovery() is not None
    again = RecoveryDialog(recovery.pending_recovery())
    qtbot.addWidget(again)
    again.ignore_button.click()
    assert again.choice == IGNORE
    assert recovery.pending_recovery() is None


def test_recovery_time_follows_the_interface_language(qtbot, qapp):
    _crash(None, when="2025-03-04T05:06:07Z")
    pending = recovery.pending_recovery()
    try:
        i18n.install_language("ru")
        dialog = RecoveryDialog(pending)
        qtbot.addWidget(dialog)
        local = QDateTime.fromSecsSinceEpoch(int(datetime(2025, 3, 4, 5, 6, 7, tzinfo=timezone.utc).timestamp()))
        russian_date = i18n.locale_for("ru").toString(local.date(), QLocale.FormatType.ShortFormat)
        assert russian_date in dialog.headline.text()
        assert "04.03.2025" in dialog.headline.text()
    finally:
        i18n.install_language("en")
