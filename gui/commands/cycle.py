"""Commands of the cycle: mark final, reopen for correction, start the next self-assessment, compare; the
frozen state of the window and the comparison page.

A final assessment is refused every write by the model (Assessment._check_writable); the window also stops
offering edits (read-only editors) and says in the status bar why, and what to do next.
"""

from __future__ import annotations

from pathlib import Path

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit

from gui.formats import format_date
from gui.messages import error_text
from gui.widgets.shared import PlainMessageBox, plain_label
from model.cycle import final, next_cycle
from model.errors import TeiaError

if TYPE_CHECKING:  # imported when first shown (_show)
    from gui.pages.comparison import ComparisonPage


class CycleMenu(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.act_finalize = QAction(window)
        self.act_finalize.triggered.connect(self.finalize)
        self.act_reopen = QAction(window)
        self.act_reopen.triggered.connect(self.reopen)
        self.act_next = QAction(window)
        self.act_next.triggered.connect(self.start_next)
        self.act_compare_file = QAction(window)
        self.act_compare_file.triggered.connect(self.compare_with_file)
        self.act_progress = QAction(window)
        self.act_progress.triggered.connect(self.show_progress)
        menu = window.file_menu
        before = window.act_save_copy
        for action in (self.act_finalize, self.act_reopen, self.act_next, self.act_compare_file):
            menu.insertAction(before, action)
        menu.insertSeparator(before)
        window.go_menu.addSeparator()
        window.go_menu.addAction(self.act_progress)
        self.page: ComparisonPage | None = None  # the comparison page, made when first shown
        self.frozen_label = plain_label()  # names the approver, from the file
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
        self.act_reopen.setText(self.tr("Reopen for &a correction…"))
        self.act_next.setText(self.tr("&Start the next self-assessment…"))
        self.act_compare_file.setText(self.tr("Compare wit&h another assessment…"))
        self.act_progress.setText(self.tr("Pro&gress since the previous assessment"))
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
        self.act_next.setEnabled(doc is not None)
        self.act_compare_file.setEnabled(doc is not None)
        self.act_progress.setEnabled(doc is not None and next_cycle.predecessor(doc) is not None)
        page = self.window.built_indicator_page()  # one built later asks again (gui.window.pages)
        if page is not None:
            page.set_frozen(frozen)
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
            PlainMessageBox.warning(self.window, self.tr("Not changed"), error_text(error))
            return
        self.window.session.metaChanged.emit()
        self.window._show_saved()

    # ----------------------------------------------------------------- the next cycle and the comparison
    def start_next(self) -> None:
        doc = self._doc()
        if doc is None:
            return
        self.window.flush_pending()
        suggestion = str(doc.path.with_name(self.tr("{0} (next)").format(doc.path.stem) + doc.path.suffix))
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Start the next self-assessment"), suggestion,
                                              self.tr("TEIA assessment (*.teia)"))
        if not name:
            return
        if not name.endswith(".teia"):
            name += ".teia"
        try:
            path = next_cycle.start_next_from(doc, name, user=self.window.user_name())
        except TeiaError as error:
            PlainMessageBox.warning(self.window, self.tr("Not created"), error_text(error))
            return
        if self.window.open_path(str(path)):
            self.window.statusBar().showMessage(self.tr(
                "The answers were carried over: confirm or update each one (marked in the navigator)."), 15000)

    def show_progress(self) -> None:
        from model.cycle import compare

        doc = self._doc()
        result = None if doc is None else compare.with_predecessor(doc)
        if result is not None:
            self._show(result, from_copy=True)

    def compare_with_file(self) -> None:
        doc = self._doc()
        if doc is None:
            return
        self.window.flush_pending()
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Compare with another assessment"),
                                              str(doc.path.parent), self.tr("TEIA assessment (*.teia)"))
        if not name:
            return
        try:
            from model.cycle import compare

            result = compare.compare_open(Path(name), doc)
        except TeiaError as error:
            PlainMessageBox.warning(self.window, self.tr("Cannot compare"), error_text(error))
            return
        self._show(result, from_copy=False)

    def _show(self, result, *, from_copy: bool) -> None:
        from gui.pages.comparison import ComparisonPage

        if self.page is None:
            self.page = ComparisonPage()
            self.window.pages.addWidget(self.page)
        self.page.show_comparison(result, self._doc().catalogue, self.window.content_lang, from_copy=from_copy)
        self.window.pages.setCurrentWidget(self.page)
