"""The Register page in the main window: a Go-menu entry (Ctrl+Shift+R) and the page, built on first use."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:  # built on first use (show), not when the window starts
    from gui.register.page import RegisterPage


class RegisterEntry(QObject):
    """Adds Go → Register of hazardous activities to ``window`` and shows the page there."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.page: RegisterPage | None = None
        self.action = QAction(window)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.action.triggered.connect(self.show)
        window.go_menu.addAction(self.action)
        window.go_menu.aboutToShow.connect(lambda: self.action.setEnabled(window.session is not None))
        # File → Import a register workbook…, beside the assessment's own workbook import
        self.import_action = QAction(window)
        self.import_action.triggered.connect(self.import_workbook)
        window.file_menu.insertAction(window.act_export_pdf, self.import_action)
        window.file_menu.aboutToShow.connect(self._update_import)
        window.installEventFilter(self)
        self.retranslate()

    def show(self) -> None:
        window = self.window
        if window.session is None:
            return
        window.session.flush()
        if self.page is None:
            from gui.register.page import RegisterPage

            self.page = RegisterPage()
            window.pages.addWidget(self.page)
        self.page.show_session(window.session, window.content_lang)
        window.pages.setCurrentWidget(self.page)

    def _update_import(self) -> None:
        from model.register.activities import changeable

        session = self.window.session
        self.import_action.setEnabled(session is not None and changeable(session.doc))

    def refresh(self) -> None:
        """Show the register as it is now stored (after a merge brought activities, for example)."""
        if self.page is not None and self.window.session is not None and self.page.session is self.window.session:
            self.page.reload()

    def import_workbook(self, path: str | None = None, on_done=None):
        """Show the register page and import a register workbook there (its preview, then Edit → Undo); see
        RegisterPage.import_workbook."""
        if self.window.session is None:
            return None
        self.show()
        if self.page is None:  # show() builds it whenever a session is open
            return None
        return self.page.import_workbook(path, on_done)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.action.setText(QCoreApplication.translate("Register", "Register of hazardous &activities"))
        self.import_action.setText(QCoreApplication.translate("Register", "Import a re&gister workbook…"))
