"""The window's file commands: export, import, PDF and printing, backups, crash recovery, details, history.

Kept apart from the main window (which owns menus, pages and navigation); dialogs and the printing code are
imported on first use so that they cost nothing at start-up.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox

from gui.commands import open_with
from gui.widgets.shared import PlainMessageBox
from model.document import actionplan
from model.document import backup
from model.app import paths
from model.document import recovery
from model.app import settings as settings_store


class FileCommands(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def export(self, fmt: str) -> None:
        from gui.dialogs.export import run_export

        if self.window.session is not None:
            self.window.session.flush()
            run_export(self.window, self.window.session, fmt)

    def import_workbook(self) -> None:
        self._import(None)

    def _import(self, path: str | None) -> None:
        from gui.dialogs.import_workbook import run_import

        if self.window.session is None:
            return
        session = self.window.session

        def imported(applied: list) -> None:
            if applied and self.window.session is session:
                session.undo_stack.clear()  # its steps predate the import
                self.window.refresh_views()

        run_import(self.window, session, path, imported)

    def export_pdf(self) -> None:
        from gui.dialogs import print_options as print_dialog

        if self.window.session is not None:
            self.window.session.flush()
            # Beside the document, unless that is the application's own folder (the example): then in Documents.
            folder = paths.user_folder(self.window.session.doc.path.parent)
            print_dialog.export_pdf(self.window, self.window.session, self.window.content_lang, folder=str(folder))

    def print_preview(self) -> None:
        from gui.dialogs import print_options as print_dialog

        if self.window.session is not None:
            self.window.session.flush()
            print_dialog.print_preview(self.window, self.window.session, self.window.content_lang)

    def print_report(self) -> None:
        from gui.dialogs import print_options as print_dialog

        if self.window.session is not None:
            self.window.session.flush()
            print_dialog.print_report(self.window, self.window.session, self.window.content_lang)

    def restore_from_backup(self) -> None:
        from gui.dialogs.backup import BackupDialog

        if self.window.session is None:
            return
        self.window.session.flush()
        self._restore(BackupDialog.for_document(self.window.session.doc, self.window))

    def _restore(self, dialog) -> None:
        """Run a backup dialog; offer to open what it restored."""
        if dialog.exec() and dialog.restored_path is not None:
            answer = PlainMessageBox.question(self.window, self.tr("Backup restored"), self.tr(
                "The backup was restored into {0}. Open it now?").format(str(dialog.restored_path)))
            if answer == QMessageBox.StandardButton.Yes:
                self.window.open_path(str(dialog.restored_path))

    def offer_import(self, path: Path) -> None:
        """File → Open was given a workbook: say what it is, and offer to import it into the open assessment."""
        box = PlainMessageBox(QMessageBox.Icon.Information, self.tr("This is a workbook"), "",
                              QMessageBox.StandardButton.Close, self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        session = self.window.session
        import_button = None
        if session is None:
            box.setText(self.tr(
                "{0} is an Excel workbook, not an assessment. A workbook exported from an assessment brings its "
                "answers back into it: open that assessment first, then choose File → Import workbook.").format(
                    path.name))
        else:
            box.setText(self.tr(
                "{0} is an Excel workbook, not an assessment. Import the answers filled in it into {1}? Every "
                "change is shown before it is applied.").format(path.name, session.doc.path.name))
            import_button = box.addButton(self.tr("&Import into this assessment…"),
                                          QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        if import_button is not None and box.clickedButton() is import_button:
            self._import(str(path))

    def recent_missing(self, name: str) -> None:
        """A recent assessment is not where it was: say so, offer its backups, let it leave the list."""
        from gui.dialogs.backup import BackupDialog
        from gui.formats import format_moment

        path = Path(name)
        backups = backup.backups_named(path)
        box = PlainMessageBox(QMessageBox.Icon.Warning, self.tr("Assessment not found"), self.tr(
            "{0} is no longer in the folder {1}. It may have been moved, renamed or deleted, or it is on a USB "
            "stick or network drive that is not connected now.").format(path.name, str(path.parent)),
            QMessageBox.StandardButton.NoButton, self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        if backups:
            box.setInformativeText(self.tr("The newest automatic backup of a file with this name is from {0}.")
                                   .format(format_moment(backups[0].created)))
        else:
            box.setInformativeText(self.tr("There is no automatic backup of it on this computer."))
        restore = (box.addButton(self.tr("Restore from a &backup…"), QMessageBox.ButtonRole.ActionRole)
                   if backups else None)
        remove = box.addButton(self.tr("&Remove from the list"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep in the list"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore or keep)
        box.exec()
        clicked = box.clickedButton()
        if clicked is remove:
            self.window.settings.remove_recent(path)
            settings_store.save(self.window.settings)
            self.window.refresh_recent()
        elif restore is not None and clicked is restore:
            self._restore(BackupDialog(backups, path, self.window))

    def offer_recovery(self) -> None:
        """After a run that did not end normally: ask, never restore silently."""
        from gui.dialogs.recovery import OPEN, RESTORE, RecoveryDialog

        pending = recovery.pending_recovery()
        if pending is None:
            return
        dialog = RecoveryDialog(pending, self.window)
        dialog.exec()
        if dialog.choice in (OPEN, RESTORE) and dialog.path is not None:
            self.window.open_path(str(dialog.path))

    def edit_details(self) -> None:
        from gui.dialogs.details import DetailsDialog

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
        from gui.dialogs.history import HistoryDialog

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
        open_with.open_folder(self.window, folder)
