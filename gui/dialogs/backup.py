"""File → Restore from backup: the automatic backups of a document, restored into a new file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QPushButton, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget,
)

from gui.formats import format_moment, format_size
from gui.messages import error_text
from gui.widgets.shared import PlainMessageBox, plain_label, plain_tooltip
from model.document import backup
from model.app import paths
from model.document.backup import Backup
from model.document.assessment import EXTENSION
from model.errors import TeiaError


def suggested_name(backup_item: Backup, folder: Path) -> Path:
    """A new file next to the document, named after it and the backup's time, that does not exist yet."""
    stem = Path(backup_item.source_name).stem
    base = f"{stem} {backup_item.created.astimezone().strftime('%Y-%m-%d %H-%M-%S')}"
    candidate = folder / f"{base}{EXTENSION}"
    counter = 2
    while candidate.exists():
        candidate = folder / f"{base} ({counter}){EXTENSION}"
        counter += 1
    return candidate


class BackupList(QTreeWidget):
    """Backups with their time, size and the file they were taken from, newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRootIsDecorated(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.backups: list[Backup] = []

    def set_backups(self, backups: list[Backup]) -> None:
        self.backups = list(backups)
        self.clear()
        for item_backup in self.backups:
            item = QTreeWidgetItem([format_moment(item_backup.created), format_size(item_backup.size),
                                    item_backup.source_name])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(2, plain_tooltip(str(item_backup.path)))
            self.addTopLevelItem(item)
        first = self.topLevelItem(0)
        if first is not None:  # the newest backup, when there is any
            self.setCurrentItem(first)
        for column in range(3):
            self.resizeColumnToContents(column)

    def retranslate(self) -> None:
        self.setHeaderLabels([self.tr("Time"), self.tr("Size"), self.tr("Taken from")])
        self.setAccessibleName(self.tr("Backups"))
        self.set_backups(self.backups)  # dates and sizes follow the interface language

    def selected(self) -> Backup | None:
        item = self.currentItem()
        if item is None:
            return None
        return self.backups[self.indexOfTopLevelItem(item)]


def restore_with_file_dialog(parent: QWidget, chosen: Backup, folder: Path) -> Path | None:
    """Ask where to put the restored copy (a new file), restore it; None if cancelled or refused."""
    name, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("BackupDialog", "Restore the backup into a new file"),
        str(suggested_name(chosen, folder)), QCoreApplication.translate("BackupDialog", "TEIA assessment (*.teia)"))
    if not name:
        return None
    target = Path(name)
    if target.suffix.lower() != EXTENSION:
        target = target.with_name(target.name + EXTENSION)
    try:
        return backup.restore_backup(chosen, target)
    except TeiaError as error:
        PlainMessageBox.warning(parent, QCoreApplication.translate("BackupDialog", "The backup was not restored"),
                                error_text(error))
        return None


class BackupDialog(QDialog):
    """Lists the backups of one document; "Restore…" writes the chosen one into a new file."""

    def __init__(self, backups: list[Backup], document: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = Path(document)
        self.restored_path: Path | None = None
        layout = QVBoxLayout(self)
        self.intro = plain_label()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.list = BackupList()
        self.list.set_backups(backups)
        self.list.itemDoubleClicked.connect(lambda *_: self.restore())
        layout.addWidget(self.list, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton()
        self.restore_button.setDefault(True)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.restore_button.setEnabled(bool(backups))
        self.retranslate()
        self.resize(620, 380)

    @classmethod
    def for_document(cls, source, parent: QWidget | None = None) -> "BackupDialog":
        """The dialog for an open Assessment (or a path to a document)."""
        path = Path(source.path if hasattr(source, "path") else source)
        return cls(backup.list_backups(source), path, parent)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Restore from backup"))
        if self.list.backups:
            self.intro.setText(self.tr(
                "A backup of {0} is taken each time it is opened; the last {1} are kept. Choose one to "
                "restore it into a new file. The document itself is not changed.").format(
                    self.document.name, QLocale().toString(backup.KEEP)))
        else:
            self.intro.setText(self.tr("There are no backups of {0} yet. A backup is taken each time a "
                                       "document is opened.").format(self.document.name))
        self.restore_button.setText(self.tr("&Restore into a new file…"))
        self.list.retranslate()

    def restore(self) -> None:
        chosen = self.list.selected()
        if chosen is None:
            return
        # Beside the document, unless its folder is gone (or is the application's own): then in Documents.
        restored = restore_with_file_dialog(self, chosen, paths.user_folder(self.document.parent))
        if restored is not None:
            self.restored_path = restored
            self.accept()
