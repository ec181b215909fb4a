"""The user guide and the glossary in a window: chapters, search, links between chapters, a printable handout;
and the context help (F1 and a Help button) that every dialog gets without knowing about it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QDialogButtonBox, QFileDialog,
                               QHBoxLayout, QHeaderView, QLineEdit, QListWidget, QListWidgetItem,
                               QPushButton, QSplitter, QStackedWidget, QTableWidget,
                               QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget)

from gui.widgets.shared import PlainMessageBox, plain_label, plain_tooltip
from model.guide import SCREEN_CHAPTERS, chapter_html, load_glossary, search, search_glossary, shipped_guide

# The dialog classes of gui/ and the screen whose chapter explains them (a test checks that none is missing).
DIALOG_SCREENS = {
    "NewAssessmentDialog": "new",
    "DetailsDialog": "details",
    "HistoryDialog": "history",
    "BackupDialog": "backups",
    "RecoveryDialog": "recovery",
    "ExportDialog": "export",
    "PrintSetupDialog": "print",
    "ImportDialog": "import",
    "IndicatorListDialog": "overview",
    "HelpWindow": "",
    "Tour": "start",
    "ActionEditor": "plan",
    "ContributionsDialog": "import",  # the chapter on working with other agencies
    "MergeDialog": "import",
    "RegisterImportDialog": "import",  # a register workbook from operators or regional offices
    "CataloguesDialog": "new",  # the catalogue a new assessment uses
    "MoveDialog": "new",  # an assessment moved to another edition of the catalogue
}
GLOSSARY = "glossary"


class GuideBrowser(QTextBrowser):
    """Shows our own chapters only: links to other chapters are followed here, nothing is ever loaded from a
    path or the network (an image or a link in a chapter cannot reach a file)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, kind: int, name: QUrl | str):  # noqa: N802 (Qt's name)
        return None


class HelpWindow(QDialog):
    """Chapters on the left (filtered by the search box), the chapter or the glossary on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setObjectName("HelpWindow")
        self.current = "getting-started"
        self.search_box = QLineEdit()
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self._fill_list)
        self.search_box.returnPressed.connect(self._open_first_hit)
        self.chapters = QListWidget()
        self.chapters.setWordWrap(True)
        self.chapters.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chapters.currentItemChanged.connect(self._chosen)
        self.browser = GuideBrowser()
        self.browser.anchorClicked.connect(self._link)
        self.glossary_filter = QLineEdit()
        self.glossary_filter.setClearButtonEnabled(True)
        self.glossary_filter.textChanged.connect(self._fill_glossary)
        self.glossary = QTableWidget(0, 3)
        self.glossary.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.glossary.setWordWrap(True)
        self.glossary.verticalHeader().hide()
        self.glossary.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        glossary_page = QWidget()
        column = QVBoxLayout(glossary_page)
        column.setContentsMargins(0, 0, 0, 0)
        self.glossary_label = plain_label()
        column.addWidget(self.glossary_label)
        column.addWidget(self.glossary_filter)
        column.addWidget(self.glossary)
        self.right = QStackedWidget()
        self.right.addWidget(self.browser)
        self.right.addWidget(glossary_page)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_box)
        left_layout.addWidget(self.chapters)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 640])
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_handout)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search_box.setFocus)
        self.resize(940, 640)
        self.retranslate()

    # ------------------------------------------------------------------------------------------ language
    def lang(self) -> str:
        from gui.i18n import current_language

        return current_language()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("User guide — TEIA Self-Assessment"))
        self.search_box.setPlaceholderText(self.tr("Search the guide (Ctrl+F)"))
        self.search_box.setAccessibleName(self.tr("Search the guide"))
        self.chapters.setAccessibleName(self.tr("Chapters"))
        self.browser.setAccessibleName(self.tr("Chapter text"))
        self.glossary_label.setText(self.tr("The agreed terms in the three languages. Type to filter."))
        self.glossary_filter.setPlaceholderText(self.tr("Filter the terms"))
        self.glossary_filter.setAccessibleName(self.tr("Filter the terms"))
        self.glossary.setAccessibleName(self.tr("Glossary"))
        self.glossary.setHorizontalHeaderLabels([self.tr("English"), self.tr("Russian"), self.tr("Kyrgyz")])
        self.save_button.setText(self.tr("Save as PDF for printing…"))
        self.close_button.setText(self.tr("Close"))
        self._fill_list()
        self._fill_glossary()
        self.show_chapter(self.current)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------------------------------ content
    def _fill_list(self) -> None:
        guide = shipped_guide(self.lang())
        query = self.search_box.text().strip()
        self.chapters.blockSignals(True)
        self.chapters.clear()
        if query:
            entries = [(hit.chapter_id, hit.title, hit.snippet) for hit in search(guide, query)]
            entries += [(GLOSSARY, self.tr("Glossary"), "")] if search_glossary(load_glossary(), query) else []
        else:
            entries = [(c.id, c.title, "") for c in guide.chapters] + [(GLOSSARY, self.tr("Glossary"), "")]
        for chapter_id, title, snippet in entries:
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, chapter_id)
            item.setToolTip(plain_tooltip(snippet))
            self.chapters.addItem(item)
            if chapter_id == self.current:
                self.chapters.setCurrentItem(item)
        self.chapters.blockSignals(False)
        if query and not entries:
            self.chapters.addItem(QListWidgetItem(self.tr("Nothing found")))
        if query:
            self.glossary_filter.setText(query)

    def _fill_glossary(self) -> None:
        terms = search_glossary(load_glossary(), self.glossary_filter.text())
        self.glossary.setRowCount(len(terms))
        for row, term in enumerate(terms):
            for col, text in enumerate((term.en, term.ru, term.ky)):
                self.glossary.setItem(row, col, QTableWidgetItem(text))
        self.glossary.resizeRowsToContents()

    def _chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        chapter_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if chapter_id:
            self.show_chapter(chapter_id)

    def _open_first_hit(self) -> None:
        first = self.chapters.item(0)
        if first is not None and first.data(Qt.ItemDataRole.UserRole):
            self.chapters.setCurrentItem(first)
            self.chapters.setFocus()

    def _link(self, url: QUrl) -> None:
        if url.scheme() == "chapter":
            self.show_chapter(url.path())

    def show_chapter(self, chapter_id: str) -> None:
        if chapter_id == GLOSSARY:
            self.current = GLOSSARY
            self.right.setCurrentIndex(1)
            return
        chapter = shipped_guide(self.lang()).chapter(chapter_id)
        if chapter is None:
            return
        self.current = chapter_id
        self.browser.setHtml(chapter_html(chapter))
        self.right.setCurrentIndex(0)
        words = self.search_box.text().split()
        if words:  # show where the searched word stands (QTextDocument.find ignores case, Cyrillic included)
            self.browser.find(words[0])
        for row in range(self.chapters.count()):
            item = self.chapters.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == chapter_id and self.chapters.currentItem() is not item:
                self.chapters.blockSignals(True)
                self.chapters.setCurrentItem(item)
                self.chapters.blockSignals(False)

    def save_handout(self) -> None:
        save_handout(self)


def save_handout(parent: QWidget) -> None:
    """Ask where, then write the guide with the glossary as a PDF in the interface language."""
    HandoutSaver(parent).run()


class HandoutSaver(QObject):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent

    def run(self) -> None:
        from render.guide_pdf import write_guide_pdf
        from gui.i18n import current_language
        from gui.messages import error_text
        from model.errors import TeiaError
        from model.app.paths import documents_dir

        name = self.tr("TEIA user guide") + ".pdf"
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save the user guide as PDF"),
                                              str(documents_dir() / name), self.tr("PDF files (*.pdf)"))
        if not path:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written, pages = write_guide_pdf(current_language(), path)
        except (TeiaError, OSError) as error:
            QGuiApplication.restoreOverrideCursor()
            PlainMessageBox.warning(self.window, self.tr("The guide was not saved"), error_text(error))
            return
        QGuiApplication.restoreOverrideCursor()
        PlainMessageBox.information(self.window, self.tr("The guide was saved"),
                                    self.tr("{file} was written (%n page(s)).", "", pages).format(file=str(written)))


class ContextHelp(QObject):
    """F1 and a Help button for every dialog, and the one help window of the main window."""

    def __init__(self, main_window: QWidget) -> None:
        super().__init__(main_window)
        self.main_window = main_window
        self.window: HelpWindow | None = None
        app = QApplication.instance()
        assert isinstance(app, QApplication)  # widgets exist only inside the running QApplication
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        dialog = new.window() if new is not None else None
        # only the application's own dialogs: a message box or Qt's file dialog gets no Help button
        if isinstance(dialog, QDialog) and DIALOG_SCREENS.get(type(dialog).__name__):
            self.attach(dialog)

    def attach(self, dialog: QDialog) -> None:
        """Give ``dialog`` an F1 shortcut and, when it has a button box, a Help button — once: a second F1
        shortcut in the same window would make both ambiguous, and neither would fire."""
        if dialog.property("teia_help"):
            return
        dialog.setProperty("teia_help", True)
        screen = DIALOG_SCREENS.get(type(dialog).__name__, "start")
        QShortcut(QKeySequence.StandardKey.HelpContents, dialog, lambda: self.open_screen(screen, dialog))
        box = dialog.findChild(QDialogButtonBox)
        if box is not None and box.button(QDialogButtonBox.StandardButton.Help) is None:
            box.addButton(QDialogButtonBox.StandardButton.Help)
            box.helpRequested.connect(lambda: self.open_screen(screen, dialog))

    def open_screen(self, screen: str, over: QWidget | None = None) -> HelpWindow:
        return self.open_chapter(SCREEN_CHAPTERS.get(screen, "getting-started"), over)

    def open_chapter(self, chapter_id: str, over: QWidget | None = None) -> HelpWindow:
        """Show the chapter; over a modal dialog a window of the dialog's own, so the dialog does not block it."""
        if over is not None and over is not self.main_window:
            window = HelpWindow(over)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        else:
            if self.window is None:
                self.window = HelpWindow(self.main_window)
            window = self.window
        window.search_box.clear()
        window.show_chapter(chapter_id)
        window.show()
        window.raise_()
        window.activateWindow()
        return window
