"""The main window: start page, navigator, overview and indicator pages, menus, status bar."""

from __future__ import annotations

from pathlib import Path

import logging
import sqlite3

from PySide6.QtCore import QByteArray, QEvent, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication, QDialog, QFileDialog, QMainWindow, QMessageBox, QSplitter, QStackedWidget, QToolBar,
    QVBoxLayout, QWhatsThis, QWidget,
)

from gui import i18n
from gui.commands.catalogue import CatalogueCommands
from gui.commands.contributions import ContributionCommands
from gui.commands.cycle import CycleMenu
from gui.commands.files import FileCommands
from gui.formats import format_timestamp
from gui.icons import app_icon
from gui.dialogs.indicator_list import IndicatorListDialog
from gui.pages.indicator import IndicatorPage
from gui.messages import error_text
from gui.widgets.navigator import Navigator, NavigatorPanel
from gui.pages.overview import OverviewPage
from gui.widgets.read_only_banner import ReadOnlyBanner
from gui.commands.replace_file import may_replace
from gui.session import DocumentSession
from gui.pages.start import StartPage
from gui.widgets.shared import PlainMessageBox, plain_label
from model import __version__
from model.document import actionplan
from model.document import backup
from model.document import file_kind
from model.document import search as indicator_filter
from model.app import paths
from model.document import recovery
from model.app import settings as settings_store
from model.app.log import LOGGER
from model.document.assessment import EXTENSION, Assessment, Response, default_user
from model.errors import DocumentError, TeiaError
from model.filenames import file_name_part


class MainWindow(QMainWindow):
    def __init__(self, settings: settings_store.Settings | None = None, language: str = "en") -> None:
        super().__init__()
        self.settings = settings or settings_store.load()
        self.language = language
        self.session: DocumentSession | None = None
        self.content_lang = language
        self._write_error_shown = False
        self.setWindowIcon(app_icon())

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.start_page = StartPage()
        self.start_page.newRequested.connect(self.new_assessment)
        self.start_page.openRequested.connect(self.open_dialog)
        self.start_page.exampleRequested.connect(self.open_example)
        self.start_page.recentRequested.connect(self.open_recent)
        self.stack.addWidget(self.start_page)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.navigator = Navigator()
        self.navigator.indicatorActivated.connect(self.show_indicator)
        self.navigator.areaActivated.connect(lambda _area: self.show_overview())
        self.pages = QStackedWidget()
        self.overview = OverviewPage()
        self.overview.areaRequested.connect(self._open_area)
        self.overview.actionsRequested.connect(lambda values: self.show_plan(**values))
        self.overview.indicatorsRequested.connect(self.show_indicator_list)
        self.indicator_page = IndicatorPage()
        self.indicator_page.previousRequested.connect(self.previous_indicator)
        self.indicator_page.nextRequested.connect(self.next_indicator)
        self.indicator_page.actionRequested.connect(self.show_action)
        self.indicator_page.addActionRequested.connect(self.add_action_for_gap)
        self._plan_view = None  # built the first time the plan is shown (keeps start-up short)
        self.pages.addWidget(self.overview)
        self.pages.addWidget(self.indicator_page)
        self.navigator_panel = NavigatorPanel(self.navigator)  # search and filter above the tree
        self.navigator_panel.gap_source = lambda: set(actionplan.gaps_without_actions(
            self.session.doc, self.navigator.nav_model.responses)) if self.session else set()
        self.splitter.addWidget(self.navigator_panel)
        self.contributions = ContributionCommands(self)  # a contribution's banner sits above the pages
        self.catalogue_commands = CatalogueCommands(self)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.contributions.banner)
        right_layout.addWidget(self.pages, 1)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 760])
        self.read_only_banner = ReadOnlyBanner()
        self.read_only_banner.saveCopyRequested.connect(self.save_copy_to_edit)
        self.document_view = QWidget()
        document_layout = QVBoxLayout(self.document_view)
        document_layout.setContentsMargins(0, 0, 0, 0)
        document_layout.addWidget(self.read_only_banner)
        document_layout.addWidget(self.splitter, 1)
        self.stack.addWidget(self.document_view)

        self.saved_label = plain_label()
        self.statusBar().addPermanentWidget(self.saved_label)
        self.commands = FileCommands(self)
        self._create_actions()
        self._create_menus()
        self.cycle = CycleMenu(self)  # mark final, reopen, the next self-assessment, comparison
        self.retranslate()
        self._restore_geometry()
        self.refresh_recent()
        self._update_enabled()
        app = QApplication.instance()
        assert isinstance(app, QApplication)  # a window exists only inside the running QApplication
        app.aboutToQuit.connect(self.flush_pending)
        app.focusChanged.connect(self._dialog_focused)  # F1 and a Help button for every dialog
        app.commitDataRequest.connect(self._commit_data)  # the desktop session is ending (log out)

    def flush_pending(self) -> None:
        """Write typing that is still waiting for its debounce timer."""
        if self.session is not None:
            self.session.flush()

    def _commit_data(self, _manager) -> None:
        self.flush_pending()

    # ----------------------------------------------------------------- actions and menus
    def _action(self, slot, shortcut=None) -> QAction:
        action = QAction(self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _create_actions(self) -> None:
        self.act_new = self._action(self.new_assessment, QKeySequence.StandardKey.New)
        self.act_open = self._action(self.open_dialog, QKeySequence.StandardKey.Open)
        self.act_example = self._action(self.open_example)
        self.act_save_copy = self._action(self.save_copy, "Ctrl+Shift+S")
        self.act_close = self._action(self.close_document, QKeySequence.StandardKey.Close)
        self.act_restore = self._action(self.commands.restore_from_backup)
        self.act_export_docx = self._action(lambda: self.commands.export("docx"), "Ctrl+E")
        self.act_export_xlsx = self._action(lambda: self.commands.export("xlsx"))
        self.act_import = self._action(self.commands.import_workbook, "Ctrl+I")
        self.act_export_pdf = self._action(self.commands.export_pdf)
        self.act_preview = self._action(self.commands.print_preview)
        self.act_print = self._action(self.commands.print_report, QKeySequence.StandardKey.Print)
        self.act_log_folder = self._action(self.commands.open_log_folder)
        self.act_details = self._action(self.commands.edit_details)
        self.act_history = self._action(self.commands.show_history)
        self.act_quit = self._action(self.close, QKeySequence.StandardKey.Quit)
        self.act_overview = self._action(self.show_overview, "Ctrl+Home")
        self.act_plan = self._action(lambda: self.show_plan(), "Ctrl+L")
        self.act_prev = self._action(self.previous_indicator, "Ctrl+PgUp")
        self.act_next = self._action(self.next_indicator, "Ctrl+PgDown")
        self.act_about = self._action(self.about)
        self.act_guide = self._action(lambda: self.context_help().open_screen(self.current_screen()),
                                      QKeySequence.StandardKey.HelpContents)
        self.act_glossary = self._action(lambda: self.context_help().open_chapter("glossary"))
        self.act_handout = self._action(self._save_handout)
        self.act_tour = self._action(self.start_tour)
        self.act_whats_this = self._action(QWhatsThis.enterWhatsThisMode, "Shift+F1")
        self.act_undo = self._action(lambda: self.session.undo_stack.undo() if self.session is not None else None,
                                     QKeySequence.StandardKey.Undo)
        self.act_redo = self._action(lambda: self.session.undo_stack.redo() if self.session is not None else None,
                                     QKeySequence.StandardKey.Redo)
        # A focused text field takes Ctrl+Z itself (ShortcutOverride); elsewhere it undoes whole changes.
        self.language_group = QActionGroup(self)
        self.language_actions = {}
        for code in i18n.LANGUAGES:
            action = QAction(i18n.NATIVE_NAMES[code], self, checkable=True)
            action.setData(code)
            action.setChecked(code == self.language)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self.content_group = QActionGroup(self)
        self.content_actions = {}
        for code in i18n.LANGUAGES:
            action = QAction(i18n.NATIVE_NAMES[code], self, checkable=True)
            action.triggered.connect(lambda _=False, c=code: self.set_content_language(c))
            self.content_group.addAction(action)
            self.content_actions[code] = action

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        for action in (self.act_new, self.act_open, self.act_example):
            self.file_menu.addAction(action)
        self.recent_menu = self.file_menu.addMenu("")
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_save_copy)
        self.file_menu.addAction(self.act_restore)
        self.file_menu.addSeparator()
        for action in (self.act_export_docx, self.act_export_xlsx, self.act_import, self.act_export_pdf):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.contributions.act_prepare)
        self.file_menu.addAction(self.contributions.act_merge)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.catalogue_commands.act_catalogues)
        self.file_menu.addAction(self.catalogue_commands.act_move)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_preview)
        self.file_menu.addAction(self.act_print)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_close)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.act_undo)
        self.edit_menu.addAction(self.act_redo)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.act_details)
        self.edit_menu.addAction(self.act_history)
        self.go_menu = bar.addMenu("")
        for action in (self.act_overview, self.act_plan, self.act_prev, self.act_next):
            self.go_menu.addAction(action)
        self.go_menu.addSeparator()
        self.go_menu.addAction(self.navigator_panel.find_action)
        from gui.register import RegisterEntry  # the Register page (gui/register/), built on first use

        self.register_entry = RegisterEntry(self)
        self.view_menu = bar.addMenu("")
        self.content_menu = self.view_menu.addMenu("")
        for action in self.content_actions.values():
            self.content_menu.addAction(action)
        self.language_menu = bar.addMenu("")
        for action in self.language_actions.values():
            self.language_menu.addAction(action)
        self.help_menu = bar.addMenu("")
        for action in (self.act_guide, self.act_glossary, self.act_handout, self.act_tour):
            self.help_menu.addAction(action)
        self.help_menu.addAction(self.act_whats_this)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.act_log_folder)
        self.help_menu.addAction(self.act_about)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.act_new, self.act_open, self.act_overview, self.act_plan, self.act_prev, self.act_next):
            self.toolbar.addAction(action)
        self.addToolBar(self.toolbar)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.content_menu.setTitle(self.tr("Language of the &indicators"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        texts = {
            self.act_new: self.tr("&New assessment…"), self.act_open: self.tr("&Open…"),
            self.act_example: self.tr("Open the &example"), self.act_save_copy: self.tr("Save a cop&y as…"),
            self.act_close: self.tr("&Close assessment"), self.act_quit: self.tr("&Quit"),
            self.act_overview: self.tr("&Overview"), self.act_plan: self.tr("Action p&lan"), self.act_prev: self.tr("&Previous indicator"),
            self.act_next: self.tr("&Next indicator"), self.act_about: self.tr("&About TEIA Self-Assessment"),
            self.act_guide: self.tr("&User guide"), self.act_glossary: self.tr("&Glossary"),
            self.act_handout: self.tr("Save the user guide as &PDF…"), self.act_tour: self.tr("Show the &tour again"),
            self.act_whats_this: self.tr("&What's this?"),
            self.act_undo: self.tr("&Undo"), self.act_redo: self.tr("&Redo"),
            self.act_restore: self.tr("Restore from &backup…"), self.act_export_docx: self.tr("Export &Word report…"),
            self.act_export_xlsx: self.tr("Export E&xcel workbook…"), self.act_import: self.tr("&Import workbook…"),
            self.act_export_pdf: self.tr("Export P&DF…"), self.act_preview: self.tr("Print pre&view…"),
            self.act_print: self.tr("&Print…"), self.act_log_folder: self.tr("Open the &log folder"),
            self.act_details: self.tr("Assessment &details…"), self.act_history: self.tr("&History of changes…"),
        }
        for action, text in texts.items():
            action.setText(text)
        self.contributions.retranslate()
        self.catalogue_commands.retranslate()
        self.update_title()
        self._show_saved()

    # ----------------------------------------------------------------- documents
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
            doc = Assessment.open(path, holder="window", fallback_read_only=True)
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
        recovery.set_document(doc)
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
        self.settings.open_document = str(doc.path.resolve())
        settings_store.save(self.settings)
        self.refresh_recent()
        self.read_only_banner.setVisible(doc.readonly)
        self.stack.setCurrentWidget(self.document_view)
        self.contributions.update()
        self.catalogue_commands.update()
        self.show_overview()
        self.update_title()
        self._show_saved()
        self._update_enabled()

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
        self.indicator_page.session = None
        self.indicator_page.indicator = None
        self.overview.session = None
        if self._plan_view is not None:
            self._plan_view.clear()
        self.stack.setCurrentWidget(self.start_page)
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
        if self.indicator_page.indicator is not None:
            self.indicator_page.refresh(self.indicator_page.indicator.id)
        self.overview.refresh()
        self.register_entry.refresh()

    # ----------------------------------------------------------------- navigation
    def current_screen(self) -> str:
        """Which screen is shown, as the user guide names it (F1 opens its chapter)."""
        if self.stack.currentWidget() is self.start_page:
            return "start"
        page = self.pages.currentWidget()
        return {id(self.overview): "overview", id(self.indicator_page): "indicator",
                id(self.plan_view): "plan"}.get(id(page), "overview")

    def context_help(self):
        """The user guide and the F1 / Help button of dialogs (gui.dialogs.help_window, imported on first use)."""
        if getattr(self, "_context_help", None) is None:
            from gui.dialogs.help_window import ContextHelp

            self._context_help = ContextHelp(self)
        return self._context_help

    def _dialog_focused(self, _old, new) -> None:
        if new is not None and isinstance(new.window(), QDialog) and getattr(self, "_context_help", None) is None:
            self.context_help()._focus_changed(None, new)  # from now on ContextHelp follows the focus itself

    def start_tour(self):
        from gui.widgets.tour import start_tour

        return start_tour(self)

    def first_run_tour(self) -> None:
        """On the very first start only: offer the tour once, whatever the person then does with it."""
        if self.settings.tour_shown:
            return
        self.settings.tour_shown = True
        settings_store.save(self.settings)
        self.start_tour()

    def _save_handout(self) -> None:
        from gui.dialogs.help_window import save_handout

        save_handout(self)

    def show_overview(self) -> None:
        if self.session is None:
            return
        self.session.flush()
        self.overview.show_session(self.session, self.content_lang)
        self.pages.setCurrentWidget(self.overview)

    def show_indicator(self, indicator_id: str) -> None:
        if self.session is None:
            return
        self.session.flush()
        self.indicator_page.show_indicator(self.session, indicator_id, self.content_lang)
        self.contributions.indicator_shown(indicator_id)
        self.pages.setCurrentWidget(self.indicator_page)
        self.navigator.select(indicator_id)

    @property
    def plan_view(self):
        """The action plan page, built on first use."""
        if self._plan_view is None:
            from gui.pages.actionplan import ActionPlanView

            self._plan_view = ActionPlanView()
            self._plan_view.indicatorRequested.connect(self.show_indicator)
            self.pages.addWidget(self._plan_view)
            if self.session is not None:
                self._plan_view.show_session(self.session, self.content_lang)
        return self._plan_view

    def show_plan(self, **filters) -> None:
        if self.session is None:
            return
        self.session.flush()
        self.plan_view.set_filter(**filters)
        self.pages.setCurrentWidget(self.plan_view)
        self.navigator.clearSelection()

    def show_action(self, action_id: int) -> None:
        """Open one action with all its fields (from an indicator page's list of actions)."""
        if self.session is None:
            return
        from gui.dialogs.action_editor import open_editor

        open_editor(self, self.session, self.content_lang, action_id)

    def add_action_for_gap(self, indicator_id: str) -> None:
        """A new action for an indicator's gap, pre-filled (gap, authority, one level up); added on OK."""
        if self.session is None:
            return
        from gui.dialogs.action_editor import open_editor

        self.session.flush()
        open_editor(self, self.session, self.content_lang,
                    initial=actionplan.draft_for_gap(self.session.doc, indicator_id))

    def show_indicator_list(self, title: str, indicator_ids: list) -> None:
        if self.session is None:
            return
        dialog = IndicatorListDialog(self, title, self.session.catalogue, list(indicator_ids), self.content_lang)
        dialog.indicatorChosen.connect(self.show_indicator)
        dialog.show()

    def _actions_changed(self) -> None:
        self.indicator_page.fill_actions()
        self.navigator_panel.actions_changed()
        if self.pages.currentWidget() is self.overview:
            self.overview.refresh()

    def _open_area(self, area_id: str) -> None:
        area = self.session.catalogue.area(area_id) if self.session else None
        if area and area.indicators:
            self.show_indicator(area.indicators[0].id)

    def current_indicator(self) -> str | None:
        if self.pages.currentWidget() is self.indicator_page and self.indicator_page.indicator:
            return self.indicator_page.indicator.id
        return None

    def _step(self, delta: int) -> None:
        if self.session is None:
            return
        # With a search or filter on, next and previous walk through the indicators it shows.
        shown = self.navigator_panel.shown_ids() if self.navigator_panel.rule().active else None
        target = indicator_filter.step(self.session.catalogue.indicator_ids(), shown, self.current_indicator(),
                                       delta)
        if target is not None:
            self.show_indicator(target)

    def next_indicator(self) -> None:
        self._step(1)

    def previous_indicator(self) -> None:
        self._step(-1)

    def _response_changed(self, indicator_id: str, response: Response) -> None:
        """One response stored: its row and its area in the navigator, and the page if it shows another field
        of it (an undo); nothing is read back from the file."""
        indicator = None if self.session is None else self.session.catalogue.indicator(indicator_id)
        if indicator is None:  # a signal of a session already closed, or of an id outside its catalogue
            return
        area_id = indicator.area_id
        nav_model = self.navigator.nav_model
        nav_model.responses[indicator_id] = response
        nav_model.refresh_area(area_id, nav_model.responses)
        self.indicator_page.refresh(indicator_id, response)

    # ----------------------------------------------------------------- languages
    def set_language(self, lang: str) -> None:
        if self.session is not None:
            self.session.flush()
        self.language = lang
        self.language_actions[lang].setChecked(True)
        i18n.install_language(lang)  # every widget receives LanguageChange and retranslates itself
        self.settings.language = lang
        settings_store.save(self.settings)

    def set_content_language(self, lang: str) -> None:
        self.content_lang = lang
        self.content_actions[lang].setChecked(True)
        if self.session is None:
            return
        self.overview.lang = lang
        if not self.session.set_meta(content_language=lang):  # stored: metaChanged has redrawn the overview
            self.overview.refresh()
        self.navigator.nav_model.lang = lang
        self.navigator.nav_model.refresh(self.session.doc.responses())
        self.indicator_page.set_content_language(lang)
        if self._plan_view is not None:
            self._plan_view.lang = lang
            self._plan_view.retranslate()

    # ----------------------------------------------------------------- status and messages
    def _show_saved(self) -> None:
        if self.session is None:
            self.saved_label.setText("")
        elif self.session.doc.last_saved:
            self.saved_label.setText(self.tr("All changes saved to disk at {0}").format(
                format_timestamp(self.session.doc.last_saved, with_seconds=True)))
            self.saved_label.setStyleSheet("")
        else:
            self.saved_label.setText(self.tr("Opened {0}").format(self.session.doc.path.name))

    def _write_failed(self, error: DocumentError) -> None:
        if error.refused_input:
            PlainMessageBox.warning(self, self.tr("Not changed"), error_text(error))  # refused input, file intact
            return
        self.saved_label.setText(self.tr("NOT SAVED — see the message"))
        self.saved_label.setStyleSheet("color: #b00020; font-weight: bold;")
        if self._write_error_shown:
            return
        self._write_error_shown = True
        box = PlainMessageBox(QMessageBox.Icon.Warning, self.tr("Changes not saved"), error_text(error),
                              QMessageBox.StandardButton.Close, self)
        copy_button = box.addButton(self.tr("Save a copy elsewhere…"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        if box.clickedButton() is copy_button and self.save_copy():
            self._write_error_shown = False

    def unexpected_error(self, error: BaseException) -> None:
        """A bug, not a user error: it is in the log; say so, and keep the work (already on disk)."""
        if isinstance(error, sqlite3.Error) and self.session is not None:
            # The file stopped answering while open (a USB stick pulled out, a network drive gone).
            self._write_failed(DocumentError("unreadable", file=str(self.session.doc.path), detail=str(error)))
            return
        self.flush_pending()
        PlainMessageBox.critical(self, self.tr("Unexpected error"), self.tr(
            "Something went wrong inside the application: {0}\nYour work up to the last change is saved in the file. "
            "The details are in the log (Help → Open the log folder).").format(str(error) or type(error).__name__))

    def _error(self, title: str, error: BaseException) -> None:
        PlainMessageBox.warning(self, title, error_text(error))

    def update_title(self) -> None:
        if self.session is None:
            self.setWindowTitle(self.tr("TEIA Self-Assessment"))
        else:
            self.setWindowTitle(f"{self.session.doc.path.name} — {self.tr('TEIA Self-Assessment')}")

    def _update_enabled(self) -> None:
        has = self.session is not None
        for action in (self.act_save_copy, self.act_close, self.act_overview, self.act_plan, self.act_prev,
                       self.act_next, self.act_restore, self.act_export_docx, self.act_export_xlsx, self.act_import,
                       self.act_export_pdf, self.act_preview, self.act_print, self.act_details, self.act_history):
            action.setEnabled(has)
        self.content_menu.setEnabled(has)
        self._update_undo()
        self.cycle.sync()

    def _update_undo(self) -> None:
        self.act_undo.setEnabled(self.session is not None and self.session.undo_stack.canUndo())
        self.act_redo.setEnabled(self.session is not None and self.session.undo_stack.canRedo())

    def refresh_recent(self) -> None:
        self.recent_menu.clear()
        for name in self.settings.recent_files:
            action = self.recent_menu.addAction(name)
            action.triggered.connect(lambda _=False, n=name: self.open_recent(n))
        self.recent_menu.setEnabled(bool(self.settings.recent_files))
        self.start_page.set_recent(self.settings.recent_files)

    def user_name(self) -> str:
        return self.settings.user_name or default_user()

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About TEIA Self-Assessment"), self.tr(
            "TEIA Self-Assessment {0}\n\nPrepares the self-assessment and the national action plan under the "
            "UNECE Convention on the Transboundary Effects of Industrial Accidents (Helsinki, 1992), following the "
            "Strategic Approach of the Assistance and Cooperation Programme (ECE/CP.TEIA/2008/5).\n\n"
            "Works without internet; every change is saved in the assessment file at once.").format(__version__))

    # ----------------------------------------------------------------- window state
    def _restore_geometry(self) -> None:
        if self.settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(self.settings.window_geometry.encode()))
        else:
            self.resize(1180, 760)
        if self.settings.window_state:
            self.restoreState(QByteArray.fromBase64(self.settings.window_state.encode()))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        open_document = str(self.session.doc.path.resolve()) if self.session else ""
        if not self.close_document():
            event.ignore()
            return
        self.settings.open_document = open_document
        self.settings.window_geometry = self.saveGeometry().toBase64().toStdString()
        self.settings.window_state = self.saveState().toBase64().toStdString()
        settings_store.save(self.settings)
        event.accept()
