"""The window's file commands: export, import, PDF and printing, backups, crash recovery, details, history.

Kept apart from the main window (which owns menus, pages and navigation); dialogs and the printing code are
imported on first use so that they cost nothing at start-up.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from model import actionplan, paths, recovery, settings as settings_store


class FileCommands(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def export(self, fmt: str) -> None:
        from gui.export_dialog import run_export

        if self.window.session is not None:
            self.window.session.flush()
            run_export(self.window, self.window.session, fmt)

    def import_workbook(self) -> None:
        from gui.import_dialog import run_import

        if self.window.session is None:
            return
        applied = run_import(self.window, self.window.session)
        if applied:
            self.window.session.undo_stack.clear()  # its steps predate the import
            self.window.refresh_views()

    def export_pdf(self) -> None:
        from gui import print_dialog

        if self.window.session is not None:
            self.window.session.flush()
            # Beside the document, unless that is the application's own folder (the example): then in Documents.
            folder = paths.user_folder(self.window.session.doc.path.parent)
            print_dialog.export_pdf(self.window, self.window.session, self.window.content_lang, folder=str(folder))

    def print_preview(self) -> None:
        from gui import print_dialog

        if self.window.session is not None:
            self.window.session.flush()
            print_dialog.print_preview(self.window, self.window.session, self.window.content_lang)

    def print_report(self) -> None:
        from gui import print_dialog

        if self.window.session is not None:
            self.window.session.flush()
            print_dialog.print_report(self.window, self.window.session, self.window.content_lang)

    def restore_from_backup(self) -> None:
        from gui.backup_dialog import BackupDialog

        if self.window.session is None:
            return
        self.window.session.flush()
        dialog = BackupDialog.for_document(self.window.session.doc, self.window)
        if dialog.exec() and dialog.restored_path is not None:
            answer = QMessageBox.question(self.window, self.tr("Backup restored"), self.tr(
                "The backup was restored into {0}. Open it now?").format(str(dialog.restored_path)))
            if answer == QMessageBox.StandardButton.Yes:
                self.window.open_path(str(dialog.restored_path))

    def offer_recovery(self) -> None:
        """After a run that did not end normally: ask, never restore silently."""
        from gui.recovery_dialog import OPEN, RESTORE, RecoveryDialog

        pending = recovery.pending_recovery()
        if pending is None:
            return
        dialog = RecoveryDialog(pending, self.window)
        dialog.exec()
        if dialog.choice in (OPEN, RESTORE) and dialog.path is not None:
            self.window.open_path(str(dialog.path))

    def edit_details(self) -> None:
        from gui.details_dialog import DetailsDialog

        if self.window.session is None:
            return
        dialog = DetailsDialog(self.window.session.doc.meta(), self.window.settings.user_name or self.window.user_name(),
                               self.window)
        if dialog.exec() != DetailsDialog.DialogCode.Accepted:
            return
        if dialog.user_name() and dialog.user_name() != self.window.settings.user_name:
            self.window.settings.user_name = dialog.user_name()
            self.window.session.doc.user = dialog.user_name()
            settings_store.save(self.window.settings)
        self.window.session.set_meta(**dialog.values())
        self.window.update_title()

    def show_history(self) -> None:
        """The history of the indicator shown, or of the whole assessment."""
        from gui.history_dialog import HistoryDialog

        if self.window.session is None:
            return
        self.window.session.flush()
        current = self.window.current_indicator()
        title = (self.tr("History of indicator {0}").format(current) if current
                 else self.tr("History of the assessment"))
        titles = {a.uid[:8]: a.title for a in actionplan.actions(self.window.session.doc)}
        HistoryDialog(self.window.session.doc.history(current, limit=5000), title, self.window, titles).exec()

    def open_log_folder(self) -> None:
        folder = paths.ensure(paths.log_dir())
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
