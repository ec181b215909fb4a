"""File menu commands of the cycle: mark final, reopen for correction; and the frozen state of the window.

A final assessment is refused every write by the model (Assessment._check_writable); the window also stops
offering edits (read-only editors) and says in the status bar why, and what to do next.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QMessageBox

from gui.formats import format_date
from gui.messages import error_text
from model.cycle import final
from model.errors import TeiaError


class CycleMenu(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.act_finalize = QAction(window)
        self.act_finalize.triggered.connect(self.finalize)
        self.act_reopen = QAction(window)
        self.act_reopen.triggered.connect(self.reopen)
        menu = window.file_menu
        before = window.act_save_copy
        for action in (self.act_finalize, self.act_reopen):
            menu.insertAction(before, action)
        menu.insertSeparator(before)
        self.frozen_label = QLabel()
        self.frozen_label.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.frozen_label.hide()
        window.statusBar().addWidget(self.frozen_label)
        window.installEventFilter(self)
        self.retranslate()
        self.sync()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt naming)
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.act_finalize.setText(self.tr("Mark as &final (approved)…"))
        self.act_reopen.setText(self.tr("Reopen for &correction…"))
        self.sync()

    def _doc(self):
        session = self.window.session
        return None if session is None else session.doc

    def sync(self) -> None:
        """Enable the commands and freeze or free the editors after the document or its state changed."""
        doc = self._doc()
        frozen = doc is not None and doc.is_final()
        self.act_finalize.setEnabled(doc is not None and not frozen and not doc.readonly)
        self.act_reopen.setEnabled(frozen)
        self.window.indicator_page.set_frozen(frozen)
        if frozen:
            by, on = final.approval(doc)
            self.frozen_label.setText(self.tr(
                "Final: approved by {0} on {1}. Read-only — start the next self-assessment, or reopen it for a "
                "correction.").format(by, format_date(on)))
        self.frozen_label.setVisible(frozen)

    def finalize(self) -> None:
        doc = self._doc()
        if doc is None:
            return
        self.window.flush_pending()
        name, ok = QInputDialog.getText(
            self.window, self.tr("Mark as final"),
            self.tr("Who approved the assessment? The name goes into the approval block of the report, with "
                    "today's date. After this the assessment can no longer be changed."),
            QLineEdit.EchoMode.Normal, str(doc.meta().get("lead_authority") or ""))
        if not ok or not name.strip():
            return
        self._run(lambda: final.finalize(doc, by=name))

    def reopen(self) -> None:
        doc = self._doc()
        if doc is None:
            return
        why, ok = QInputDialog.getText(
            self.window, self.tr("Reopen for correction"),
            self.tr("Why must the final assessment be corrected? The reason is kept in the history."))
        if not ok or not why.strip():
            return
        self._run(lambda: final.reopen(doc, why=why))

    def _run(self, work) -> None:
        try:
            work()
        except TeiaError as error:
            QMessageBox.warning(self.window, self.tr("Not changed"), error_text(error))
            return
        self.window.session.metaChanged.emit()
        self.window._show_saved()
