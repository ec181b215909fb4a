"""The window's catalogue commands: File → Catalogues… (installed catalogues, workbook export and import, the
default for new assessments)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from model import settings as settings_store


class CatalogueCommands(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.act_catalogues = QAction(window)
        self.act_catalogues.triggered.connect(self.show_catalogues)

    def retranslate(self) -> None:
        self.act_catalogues.setText(self.tr("Cata&logues…"))
        self.update()

    def update(self) -> None:
        """After a document is opened or closed (nothing depends on it yet)."""

    def _lang(self) -> str:
        return self.window.content_lang if self.window.session else self.window.language

    def show_catalogues(self) -> None:
        from gui.catalogues_dialog import CataloguesDialog

        CataloguesDialog(self.window.settings, settings_store.save, self._lang(), self.window).exec()
