"""The new-assessment dialog: who, where, which language, which catalogue — and it creates the file.

The file is created when OK is pressed, by the dialog itself: if that fails, the dialog stays open with
everything typed in it and says why the file could not be created.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLayout, QLineEdit,
    QPushButton, QVBoxLayout, QWidget,
)

from gui.i18n import NATIVE_NAMES
from gui.messages import error_text
from gui.widgets.shared import PlainMessageBox, plain_label
from model.app import paths
from model.catalogue import Catalogue, builtin_catalogue, load_catalogue
from model.document.creation import create_assessment, split_names, with_extension
from model.document.assessment import EXTENSION, Assessment
from model.errors import CatalogueError, TeiaError


@dataclass
class NewAssessment:
    path: Path
    catalogue: Catalogue
    country: str
    title: str
    lead_authority: str
    authors: list[str]
    content_language: str


class NewAssessmentDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, content_language: str = "ru", folder: str | Path = "",
                 user: str | None = None, catalogue: Catalogue | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue or builtin_catalogue()  # the default for new assessments (File → Catalogues…)
        self.result_data: NewAssessment | None = None
        self.document: Assessment | None = None  # the created document, open, once OK succeeded
        self.user = user
        self.folder = paths.user_folder(folder)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form = form
        self.country_edit = QLineEdit()
        self.title_edit = QLineEdit()
        self.lead_edit = QLineEdit()
        self.authors_edit = QLineEdit()
        self.language_combo = QComboBox()
        for code in ("ru", "ky", "en"):
            self.language_combo.addItem(NATIVE_NAMES[code], code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(content_language)))
        self.catalogue_label = plain_label()
        self.catalogue_label.setWordWrap(True)
        self.catalogue_button = QPushButton()
        self.catalogue_button.clicked.connect(self._choose_catalogue)
        self.file_edit = QLineEdit()
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self._choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        self.labels = [plain_label() for _ in range(7)]
        rows: list[QWidget | QLayout] = [self.country_edit, self.title_edit, self.lead_edit, self.authors_edit, self.language_combo,
                self.catalogue_label, file_row]
        for label, field in zip(self.labels, rows):
            form.addRow(label, field)
            if field is self.catalogue_label:  # the wrapped text alone in its row gets the height it needs
                button_row = QHBoxLayout()
                button_row.addWidget(self.catalogue_button)
                button_row.addStretch(1)
                form.addRow("", button_row)
        layout.addLayout(form)
        self.error_label = plain_label()  # why the last OK did not create the file
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the path the person typed
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.country_edit.textChanged.connect(self._suggest_file)
        self.retranslate()
        self._suggest_file()
        self.resize(640, self.sizeHint().height())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New assessment"))
        texts = [self.tr("&Country:"), self.tr("&Title:"), self.tr("&Lead authority:"),
                 self.tr("&Prepared by (names, separated by commas):"), self.tr("Language of the &indicators:"),
                 self.tr("Catalogue:"), self.tr("&File:")]
        buddies = [self.country_edit, self.title_edit, self.lead_edit, self.authors_edit, self.language_combo,
                   self.catalogue_button, self.file_edit]
        for label, text, buddy in zip(self.labels, texts, buddies):
            label.setText(text)
            label.setBuddy(buddy)
        self.country_edit.setPlaceholderText(self.tr("e.g. Kyrgyz Republic"))
        self.title_edit.setPlaceholderText(self.tr("Self-assessment under the Industrial Accidents Convention"))
        self.lead_edit.setPlaceholderText(self.tr("e.g. Ministry of Emergency Situations"))
        self.catalogue_button.setText(self.tr("Load from file…"))
        self.browse_button.setText(self.tr("Browse…"))
        self._show_catalogue()

    def _show_catalogue(self) -> None:
        lang = self.language_combo.currentData() or "en"
        title = self.catalogue.title.text(lang)
        if self.catalogue.provisional:  # its title says "(provisional)" already: once is enough
            text = self.tr("{0} — version {1}, {2} indicators").format(
                title, self.catalogue.version, self.catalogue.indicator_count)
        else:
            text = self.tr("{0} — version {1} ({2}), {3} indicators").format(
                title, self.catalogue.version, self.tr("official"), self.catalogue.indicator_count)
        self.catalogue_label.setText(text)

    def _choose_catalogue(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Load a catalogue"), str(self.folder),
                                              self.tr("Catalogue (*.json)"))
        if not name:
            return
        try:
            self.catalogue = load_catalogue(name)
        except CatalogueError as error:
            PlainMessageBox.warning(self, self.tr("Catalogue not loaded"), error_text(error))
            return
        self._show_catalogue()

    def _suggest_file(self) -> None:
        if self.file_edit.isModified():
            return
        country = self.country_edit.text().strip() or "assessment"
        safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in country).strip().replace(" ", "-")
        candidate = self.folder / f"{safe}{EXTENSION}"
        counter = 2
        while candidate.exists():
            candidate = self.folder / f"{safe}-{counter}{EXTENSION}"
            counter += 1
        self.file_edit.setText(str(candidate))

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the new assessment as"), self.file_edit.text(),
                                              self.tr("TEIA assessment (*.teia)"))
        if name:
            if not name.lower().endswith(EXTENSION):
                name += EXTENSION
            self.file_edit.setText(name)
            self.file_edit.setModified(True)

    def show_error(self, text: str) -> None:
        """Say, inside the dialog, why no file was created; everything typed stays as it is."""
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        if text:  # grow to hold the message; the wrapped catalogue line must not be squeezed
            width, layout = self.width(), self.layout()
            assert layout is not None  # set in __init__
            layout.activate()
            height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else 0
            self.resize(width, max(self.height(), height, self.sizeHint().height()))
        self.file_edit.setFocus()

    def accept(self) -> None:
        """Create the file; only when that worked does the dialog close."""
        path_text = self.file_edit.text().strip()
        if not path_text:
            self.show_error(self.tr("Choose where to save the assessment."))
            return
        data = NewAssessment(
            path=with_extension(path_text), catalogue=self.catalogue, country=self.country_edit.text().strip(),
            title=self.title_edit.text().strip() or self.title_edit.placeholderText(),
            lead_authority=self.lead_edit.text().strip(), authors=split_names([self.authors_edit.text()]),
            content_language=self.language_combo.currentData())
        try:
            self.document = create_assessment(
                data.path, data.catalogue, country=data.country, title=data.title,
                lead_authority=data.lead_authority, authors=data.authors, content_language=data.content_language,
                user=self.user)
        except TeiaError as error:
            self.show_error(error_text(error))  # every sentence is about creating the file (model.document.creation)
            return
        self.result_data = data
        self.show_error("")
        super().accept()
