"""After a crash: "The application did not close normally … Recover work from <document>?" — never silent.

Offers the document the crashed run had open, and its automatic backups. Whatever the person chooses
(open the document, restore a backup into a new file, ignore), the question is answered and not asked
again; closing the dialog without choosing leaves it to be asked at the next start.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QGroupBox, QPushButton, QVBoxLayout, QWidget,
)

from gui.dialogs.backup import BackupList, format_moment, format_size, restore_with_file_dialog
from gui.widgets.shared import plain_label
from model.app import paths
from model.document import recovery as recovery_state
from model.document.recovery import Recovery

OPEN, RESTORE, IGNORE = "open", "restore", "ignore"


class RecoveryDialog(QDialog):
    """``choice`` is OPEN, RESTORE or IGNORE once answered (None if closed unanswered); ``path`` is what to open."""

    def __init__(self, recovery: Recovery, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recovery = recovery
        self.choice: str | None = None
        self.path: Path | None = None
        layout = QVBoxLayout(self)
        self.headline = plain_label(bold=True)
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)
        self.question = plain_label()
        self.question.setWordWrap(True)
        layout.addWidget(self.question)
        self.document_box = QGroupBox()
        document_layout = QVBoxLayout(self.document_box)
        self.document_label = plain_label()
        self.document_label.setWordWrap(True)
        document_layout.addWidget(self.document_label)
        layout.addWidget(self.document_box)
        self.backups_box = QGroupBox()
        backups_layout = QVBoxLayout(self.backups_box)
        self.backups = BackupList()
        self.backups.set_backups(recovery.backups)
        backups_layout.addWidget(self.backups)
        self.no_backups = plain_label()
        backups_layout.addWidget(self.no_backups)
        layout.addWidget(self.backups_box, 1)
        self.buttons = QDialogButtonBox()
        self.open_button = QPushButton()
        self.restore_button = QPushButton()
        self.ignore_button = QPushButton()
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.ignore_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.clicked.connect(self.open_document)
        self.restore_button.clicked.connect(self.restore_backup)
        self.ignore_button.clicked.connect(self.ignore)
        # The box's accepted/rejected signals are left unconnected: each button's slot answers and closes.
        layout.addWidget(self.buttons)
        self.open_button.setEnabled(recovery.document_exists)
        self.restore_button.setEnabled(bool(recovery.backups))
        self.backups.setVisible(bool(recovery.backups))
        self.no_backups.setVisible(not recovery.backups)
        (self.open_button if recovery.document_exists else self.restore_button).setDefault(True)
        self.retranslate()
        self.resize(640, 460)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        rec = self.recovery
        self.setWindowTitle(self.tr("Recover work"))
        self.headline.setText(self.tr("The application did not close normally on {0}.").format(
            format_moment(rec.last_activity)))
        if rec.document is None:
            self.question.setText(self.tr("No document was open at that time."))
        else:
            self.question.setText(self.tr("Recover work from {0}?").format(rec.document.name))
        self.document_box.setTitle(self.tr("Document"))
        if rec.document is None:
            self.document_label.setText(self.tr("None"))
        elif rec.document_exists:
            info = rec.document.stat()
            changed = datetime.fromtimestamp(info.st_mtime, timezone.utc)
            self.document_label.setText(self.tr("{0}\nLast saved {1}, {2}. Every change was saved as it was "
                                                "made, so it holds the work up to the moment of the problem.")
                                        .format(str(rec.document), format_moment(changed), format_size(info.st_size)))
        else:
            self.document_label.setText(self.tr("{0}\nThe file is no longer there (moved, deleted, or on a drive "
                                                "that is not connected). Restore a backup instead.")
                                        .format(str(rec.document)))
        self.backups_box.setTitle(self.tr("Automatic backups (taken when the document was opened)"))
        self.no_backups.setText(self.tr("There are no backups of this document."))
        self.open_button.setText(self.tr("&Open the document"))
        self.restore_button.setText(self.tr("&Restore the selected backup into a new file…"))
        self.ignore_button.setText(self.tr("&Ignore"))
        self.backups.retranslate()

    def _answer(self, choice: str, path: Path | None) -> None:
        self.choice, self.path = choice, path
        recovery_state.dismiss(self.recovery)
        self.accept()

    def open_document(self) -> None:
        if self.recovery.document_exists:
            self._answer(OPEN, self.recovery.document)

    def restore_backup(self) -> None:
        chosen = self.backups.selected()
        if chosen is None:
            return
        # Never into the backups folder itself, nor a folder that no longer exists.
        folder = paths.user_folder(self.recovery.document.parent if self.recovery.document is not None else None)
        restored = restore_with_file_dialog(self, chosen, folder)
        if restored is not None:
            self._answer(RESTORE, restored)

    def ignore(self) -> None:
        self._answer(IGNORE, None)
