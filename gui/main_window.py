"""The main window: its pages (gui.window.pages), menus (gui.window.menus) and document (gui.window.documents),
with the interface and content languages, the status bar and messages, help, and the window's state."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QByteArray, QEvent
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox

from gui import i18n
from gui.commands.catalogue import CatalogueCommands
from gui.commands.contributions import ContributionCommands
from gui.commands.cycle import CycleMenu
from gui.commands.files import FileCommands
from gui.formats import format_timestamp
from gui.icons import app_icon
from gui.messages import error_text
from gui.session import DocumentSession
from gui.widgets.first_paint import AfterFirstPaint
from gui.widgets.shared import PlainMessageBox, plain_label
from gui.window.documents import WindowDocuments
from gui.window.menus import WindowMenus
from gui.window.pages import WindowPages
from model import __version__
from model.app import settings as settings_store
from model.document.assessment import default_user
from model.errors import DocumentError


class MainWindow(WindowPages, WindowMenus, WindowDocuments, QMainWindow):
    def __init__(self, settings: settings_store.Settings | None = None, language: str = "en") -> None:
        super().__init__()
        self.settings = settings or settings_store.load()
        self.language = language
        self.session: DocumentSession | None = None
        self.content_lang = language
        self._write_error_shown = False
        self.contributions = ContributionCommands(self)
        self.catalogue_commands = CatalogueCommands(self)
        self._build_pages()
        # Its SVG loads Qt's SVG icon plugin (about 3 ms): after the first paint, where nobody waits for it.
        AfterFirstPaint(self.stack, lambda: self.setWindowIcon(app_icon()))

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

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._retranslate_menus()
        self.contributions.retranslate()
        self.catalogue_commands.retranslate()
        self.update_title()
        self._show_saved()

    # ----------------------------------------------------------------- help
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
        page = self.built_indicator_page()
        if page is not None:
            page.set_content_language(lang)
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
