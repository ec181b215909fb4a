"""The window's catalogue commands: File → Catalogues… (installed catalogues, workbook export and import, the
default for new assessments) and File → Move to another catalogue… (a new assessment on another edition)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from gui.widgets.shared import PlainMessageBox
from model.app import settings as settings_store


class CatalogueCommands(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.act_catalogues = QAction(window)
        self.act_catalogues.triggered.connect(self.show_catalogues)
        self.act_move = QAction(window)
        self.act_move.triggered.connect(self.move)

    def retranslate(self) -> None:
        self.act_catalogues.setText(self.tr("Cata&logues…"))
        self.act_move.setText(self.tr("Move to another catalog&ue…"))
        self.update()

    def update(self) -> None:
        self.act_move.setEnabled(self.window.session is not None)

    def _lang(self) -> str:
        return self.window.content_lang if self.window.session else self.window.language

    def show_catalogues(self) -> None:
        from gui.dialogs.catalogues import CataloguesDialog

        CataloguesDialog(self.window.settings, settings_store.save, self._lang(), self.window).exec()

    def move(self) -> None:
        session = self.window.session
        if session is None:
            return
        from gui.dialogs.move import MoveDialog

        session.flush()  # what was typed a moment ago goes with the answers
        dialog = MoveDialog(session.doc, session.doc.path.resolve().parent, self._lang(), self.window.user_name(),
                            self.window)
        if dialog.exec() != MoveDialog.DialogCode.Accepted or dialog.result_path is None:
            return
        answer = PlainMessageBox.question(self.window, self.tr("Moved to another catalogue"), self.tr(
            "The new assessment was written to {0}; this one was not changed. Open the new one now?").format(
            dialog.result_path))
        if answer == PlainMessageBox.StandardButton.Yes:
            self.window.open_path(str(dialog.result_path))
