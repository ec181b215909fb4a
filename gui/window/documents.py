"""The main window's document: new, open, the example, attach to the window, close, save a copy, refresh."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from gui import i18n
from gui.commands.replace_file import may_replace
from gui.messages import error_text
from gui.session import DocumentSession
from gui.widgets.first_paint import AfterFirstPaint
from gui.widgets.shared import PlainMessageBox
from gui.window.base import WindowPart
from model.app import paths
from model.app.log import LOGGER
from model.app import settings as settings_store
from model.document import backup, file_kind, recovery
from model.document.assessment import EXTENSION, Assessment
from model.errors import DocumentError, TeiaError
from model.filenames import file_name_part


class WindowDocuments(WindowPart):
    """Part of gui.main_window.MainWindow (a mixin): the document it shows, opened and closed."""

    def new_assessment(self) -> None:
        from gui.dialogs.new import NewAssessmentDialog

        from model.catalogue.installed import default_for_new

        dialog = NewAssessmentDialog(self, self.content_lang if self.session else self.language,
                                     self.settings.start_folder(), user=self.user_name(),
                                     catalogue=default_for_new(self.settings.default_catalogue).catalogue)
        # The dialog creates the file itself and stays open when that fails (with what was typed in it).
        if dialog.exec() != NewAssessmentDialog.DialogCode.Accepted or dialog.document is None:
            return
        self._attach(dialog.document)

    def open_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open an assessment"), str(self.settings.start_folder()),
                                              self.tr("TEIA assessment (*.teia);;All files (*)"))
        if name:
            self.open_path(name)

    def open_path(self, name: str) -> bool:
        path = Path(name)
        if self.session is not None and self.session.doc.path.resolve() == path.resolve():
            return True
        try:
            doc = Assessment.open(path, holder="window", fallback_read_only=True, full_check_later=True)
        except TeiaError as error:
            if isinstance(error, DocumentError) and error.kind == "not_ours" and file_kind.is_workbook(path):
                self.commands.offer_import(path)  # not a dead end: a workbook is imported, not opened
                return False
            if isinstance(error, DocumentError) and error.kind == "not_found":
                self.settings.remove_recent(path)
                self.refresh_recent()
            self._error(self.tr("The assessment was not opened"), error)
            return False
        doc.user = self.user_name()
        self._attach(doc)
        for notice in doc.notices:  # what opening found and did: a journal moved aside, missing rows added
            PlainMessageBox.information(self, self.tr("The assessment was opened"), error_text(notice))
        return True

    def open_recent(self, name: str) -> bool:
        """A recent assessment: opened, or — when it is not there any more — said so, with its backups."""
        if not Path(name).exists():
            self.commands.recent_missing(name)
            return False
        return self.open_path(name)

    def save_copy_to_edit(self) -> None:
        """From a document that can only be read: save a copy elsewhere and continue in the copy."""
        copy = self.save_copy()
        if copy is not None:
            self.open_path(str(copy))

    def open_example(self) -> None:
        from model.catalogue import builtin_catalogue
        from model.demo import build_demo

        folder = paths.ensure(paths.data_dir() / "examples")
        # One example per edition of the built-in catalogue: after an update the example shows the new
        # indicators, and the one a trainee may have filled in on the old edition is kept as it was.
        path = folder / f"example-{builtin_catalogue().version}{EXTENSION}"
        if not path.exists():
            try:
                build_demo(path).close()
            except TeiaError as error:
                self._error(self.tr("The example could not be created"), error)
                return
        self.open_path(str(path))

    def _attach(self, doc: Assessment) -> None:
        if not self.close_document():
            doc.close()
            return
        doc.held_by("window")  # others are refused at once, not asked to wait for a command to finish
        try:
            # A rotating copy, taken each time a document is opened: of a writable one in a thread, while the
            # document is shown (its writes wait for the copy, which is of the file as it is now).
            if doc.readonly:
                backup.make_backup(doc)
            else:
                backup.start_backup(doc)
        except (TeiaError, OSError) as error:
            logging.getLogger(LOGGER).warning("no backup of %s: %s", doc.path, error)
        AfterFirstPaint(self.document_view, lambda: self._opened(doc))
        self.session = DocumentSession(doc, self)
        self.session.responseChanged.connect(self._response_changed)
        self.session.saved.connect(lambda _stamp: self._show_saved())
        self.session.failed.connect(self._write_failed)
        self.session.metaChanged.connect(self.overview.refresh)
        self.session.metaChanged.connect(self.cycle.sync)
        self.session.actionsChanged.connect(self._actions_changed)
        self.session.undo_stack.canUndoChanged.connect(self._update_undo)
        self.session.undo_stack.canRedoChanged.connect(self._update_undo)
        self._write_error_shown = False
        meta_lang = str(doc.meta().get("content_language") or "")
        self.content_lang = meta_lang if meta_lang in i18n.LANGUAGES else self.language
        self.content_actions[self.content_lang].setChecked(True)
        self.navigator.nav_model.load(doc.catalogue, doc.responses(), self.content_lang)
        self.navigator.expandAll()
        if self._plan_view is not None:
            self._plan_view.show_session(self.session, self.content_lang)
        self.settings.add_recent(doc.path)
        self.settings.remember_folder(doc.path.resolve().parent)  # not if it is the examples or backups folder
        self.settings.open_document = str(doc.path.resolve())  # saved by _opened
        self.refresh_recent()
        self.read_only_banner.setVisible(doc.readonly)
        self.stack.setCurrentWidget(self.document_view)
        self.contributions.update()
        self.catalogue_commands.update()
        self.show_overview()
        self.update_title()
        self._show_saved()
        self._update_enabled()

    def _opened(self, doc: Assessment) -> None:
        """What opening writes outside the document, after the window has painted it: the settings (the recent
        files, the document to reopen) and the crash-recovery marker naming it; then the full check starts and the
        triggers the first write would make are made (typing is written 0.4 s after its last key at the earliest)."""
        settings_store.save(self.settings)
        if self.session is None or self.session.doc is not doc:
            return  # closed again at once: close_document has cleared the marker
        recovery.set_document(doc)
        self.session.start_full_check()  # opened after SQLite's quick check: the full one, in a worker
        doc.prepare_for_writes()  # the field-version triggers, now rather than in the first edit

    def close_document(self) -> bool:
        """Write what is pending and close; False if the user chose to stay because saving failed."""
        if self.session is None:
            return True
        if not self.session.flush():
            answer = PlainMessageBox.warning(
                self, self.tr("Changes not saved"),
                self.tr("The last changes could not be written to the file. Save a copy elsewhere before closing?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel)
            if answer == QMessageBox.StandardButton.Cancel:
                return False
            if answer == QMessageBox.StandardButton.Save and not self.save_copy():
                return False
        self.session.close()
        self.session.deleteLater()
        self.session = None
        recovery.set_document(None)
        self.settings.open_document = ""
        self._clear_pages()
        self.contributions.update()
        self.catalogue_commands.update()
        self.update_title()
        self._show_saved()
        self._update_enabled()
        return True

    def save_copy(self) -> Path | None:
        """The copy written, or None if none was."""
        if self.session is None:
            return None
        self.session.flush()
        copy_word = file_name_part(self.tr("copy", "suggested in the name of a copy: Assessment - copy.teia"))
        suggestion = str(self.settings.start_folder() / f"{self.session.doc.path.stem} - {copy_word}{EXTENSION}")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy as"), suggestion,
                                              self.tr("TEIA assessment (*.teia)"))
        if not name:
            return None
        confirmed = name  # the save dialog asked about this name, not about one completed with ".teia"
        if not name.lower().endswith(EXTENSION):
            name += EXTENSION
        if not may_replace(self, name, confirmed):
            return None
        try:
            self.session.doc.save_copy(name)
            # Typing that could not reach the original file goes into the copy too.
            if self.session.has_pending:
                with Assessment.open(name) as copy:
                    for (indicator_id, field), value in self.session.pending_edits().items():
                        copy.update_response(indicator_id, source="edit", **{field: value})
        except TeiaError as error:
            self._error(self.tr("The copy was not saved"), error)
            return None
        self.statusBar().showMessage(self.tr("A copy was saved as {0}").format(name), 8000)
        return Path(name)

    def refresh_views(self) -> None:
        """Show the document as it is now stored (after an import, for example)."""
        if self.session is None:
            return
        self.navigator.nav_model.refresh(self.session.doc.responses())
        if self._plan_view is not None:
            self._plan_view.reload()
        page = self.built_indicator_page()
        if page is not None and page.indicator is not None:
            page.refresh(page.indicator.id)
        self.overview.refresh()
        self.register_entry.refresh()


