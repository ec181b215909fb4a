"""The main window's actions, menus and toolbar: built at start (shortcuts work at once), their texts in the
interface language, enabled while a document is open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QToolBar, QWhatsThis

from gui import i18n
from gui.window.base import WindowPart


class WindowMenus(WindowPart):
    """Part of gui.main_window.MainWindow (a mixin): File, Edit, Go, View, Language and Help."""

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


    def _retranslate_menus(self) -> None:
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

