"""What the parts of the main window (gui.window.*) are mixed into, as the type checker sees it: a
QMainWindow that also has the other parts' attributes (gui.main_window.MainWindow puts them together)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from gui.session import DocumentSession
    from model.app.settings import Settings

    class WindowPart(QMainWindow):
        settings: Settings
        session: DocumentSession | None
        language: str
        content_lang: str

        def __getattr__(self, name: str) -> Any: ...  # what another part (or MainWindow) defines
else:
    WindowPart = object
