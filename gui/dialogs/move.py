"""File → Move to another catalogue…: choose the new edition (and a mapping between the editions), see what
happens to the indicators, and write a new assessment on it; the open one is not changed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLineEdit, QPushButton,
    QVBoxLayout, QWidget,
)

from gui.messages import error_text
from gui.widgets.shared import PlainMessageBox, plain_label
from model.catalogue import Catalogue, load_catalogue
from model.catalogue import installed
from model.catalogue.mapping import Mapping, build, read_mapping
from model.document.assessment import EXTENSION, Assessment
from model.errors import TeiaError


class MoveDialog(QDialog):
    """Writes the new document when "Move" is pressed; ``result_path`` is where, once done."""

    def __init__(self, doc: Assessment, folder: Path, lang: str = "ru", user: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.folder, self.lang, self.user = doc, Path(folder), lang, user
        self.result_path: Path | None = None
        self.mapping_path: Path | None = None
        self.mapping: Mapping | None = None
        # Offered first: later editions of this catalogue, newest first; then the others (an official one).
        others = [item.catalogue for item in installed.installed() if item.catalogue.sha256 != doc.catalogue.sha256]
        self.catalogues: list[Catalogue] = sorted(
            others, key=lambda c: (c.id != doc.catalogue.id, c.provisional, [-ord(ch) for ch in c.version]))
        layout = QVBoxLayout(self)
        self.intro = plain_label()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.current_label, self.current = plain_label(), plain_label()
        self.current.setWordWrap(True)
        self.target_label = plain_label()
        self.target_combo = QComboBox()
        # Catalogue titles are long: the box must not make the dialog wider than a 1024-pixel screen.
        self.target_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.target_combo.setMinimumContentsLength(30)
        self.target_combo.currentIndexChanged.connect(lambda *_: self._preview())
        self.load_button = QPushButton()
        self.load_button.clicked.connect(self._load_catalogue)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target_combo, 1)
        target_row.addWidget(self.load_button)
        self.mapping_label = plain_label()
        self.mapping_edit = QLineEdit()
        self.mapping_edit.setReadOnly(True)
        self.mapping_button, self.clear_button, self.template_button = QPushButton(), QPushButton(), QPushButton()
        self.mapping_button.clicked.connect(self._choose_mapping)
        self.clear_button.clicked.connect(self._clear_mapping)
        self.template_button.clicked.connect(self._write_template)
        mapping_row = QHBoxLayout()
        mapping_row.addWidget(self.mapping_edit, 1)
        for button in (self.mapping_button, self.clear_button, self.template_button):
            mapping_row.addWidget(button)
        self.preview = plain_label()
        self.preview.setWordWrap(True)
        self.file_label = plain_label()
        self.file_edit = QLineEdit()
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self._choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        form.addRow(self.current_label, self.current)
        form.addRow(self.target_label, target_row)
        form.addRow(self.mapping_label, mapping_row)
        form.addRow(self.file_label, file_row)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.move_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._move)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.file_edit.setText(str(self.folder / (self.tr("{0} (new edition)").format(doc.path.stem) + EXTENSION)))
        self.retranslate()
        self.resize(860, 420)

    # ----------------------------------------------------------------- choices
    def _fill_targets(self) -> None:
        chosen = self.target()
        self.target_combo.blockSignals(True)
        self.target_combo.clear()
        for catalogue in self.catalogues:
            # The edition first: the title is long and is cut at the box's end.
            self.target_combo.addItem(self.tr("Edition {0}, {1} indicators — {2}").format(
                catalogue.edition, catalogue.indicator_count, catalogue.title.text(self.lang)))
        if chosen in self.catalogues:
            self.target_combo.setCurrentIndex(self.catalogues.index(chosen))
        self.target_combo.blockSignals(False)

    def target(self) -> Catalogue | None:
        index = self.target_combo.currentIndex()
        return self.catalogues[index] if 0 <= index < len(self.catalogues) else None

    def _load_catalogue(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Load a catalogue"), str(self.folder),
                                              self.tr("Catalogue (*.json)"))
        if not name:
            return
        try:
            catalogue = load_catalogue(name)
        except TeiaError as error:
            PlainMessageBox.warning(self, self.tr("Catalogue not loaded"), error_text(error))
            return
        if catalogue.sha256 not in {c.sha256 for c in self.catalogues}:
            self.catalogues.append(catalogue)
        self._fill_targets()
        self.target_combo.setCurrentIndex(next(i for i, c in enumerate(self.catalogues)
                                               if c.sha256 == catalogue.sha256))
        self._preview()

    def _choose_mapping(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the mapping between the editions"),
                                              str(self.folder), self.tr("Mapping (*.xlsx *.json)"))
        if name:
            self.mapping_path = Path(name)
            self.mapping_edit.setText(name)
            self._preview()

    def _clear_mapping(self) -> None:
        self.mapping_path = None
        self.mapping_edit.clear()
        self._preview()

    def _write_template(self) -> None:
        target = self.target()
        if target is None:
            return
        suggested = self.folder / f"mapping {self.doc.catalogue.edition} - {target.version}.xlsx"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Write a mapping template"), str(suggested),
                                              self.tr("Excel workbook (*.xlsx)"))
        if not name:
            return
        from model.catalogue.mapping import write_template

        try:
            path = write_template(self.doc.catalogue, target, name if name.lower().endswith(".xlsx")
                                  else name + ".xlsx", lang=self.lang)
        except TeiaError as error:
            PlainMessageBox.warning(self, self.tr("Workbook not written"), error_text(error))
            return
        PlainMessageBox.information(self, self.tr("Workbook written"), self.tr(
            "The mapping template was written to {0}. Fill the column new_id, then choose it here.").format(path))

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("The new assessment"), self.file_edit.text(),
                                              self.tr("TEIA assessment (*.teia)"))
        if name:
            self.file_edit.setText(name)

    # ----------------------------------------------------------------- preview and move
    def _preview(self) -> None:
        target = self.target()
        self.mapping = None
        self.move_button.setEnabled(False)
        self.template_button.setEnabled(target is not None)
        if target is None:
            self.preview.setText(self.tr("No other catalogue is installed: load the new edition from a file, or "
                                         "install it under File → Catalogues…."))
            return
        try:
            self.mapping = (read_mapping(self.mapping_path, self.doc.catalogue, target) if self.mapping_path
                            else build(self.doc.catalogue, target))
        except TeiaError as error:
            self.preview.setText(error_text(error))
            return
        counts = self.mapping.summary()
        self.preview.setText(self.tr(
            "Indicators of this assessment: {0} kept, {1} renamed, {2} split, {3} merged, {4} not in the new "
            "edition (their answers go to an annex of the report); {5} new indicators. Every answer carried over "
            "is marked \"Carried over — confirm or update\" until it is checked against the new wording.").format(
            counts["kept"], counts["renamed"], counts["split"], counts["merged"], counts["removed"],
            counts["added"]))
        self.move_button.setEnabled(True)

    def _move(self) -> None:
        target, mapping = self.target(), self.mapping
        text = self.file_edit.text().strip()
        if target is None or mapping is None or not text:
            return
        path = Path(text if text.lower().endswith(EXTENSION) else text + EXTENSION)
        from model.catalogue.migrate import migrate_from

        try:
            result = migrate_from(self.doc, target, path, mapping=mapping, user=self.user)
        except TeiaError as error:
            PlainMessageBox.warning(self, self.tr("The new assessment was not written"), error_text(error))
            return
        self.result_path = result.path
        self.accept()

    # ----------------------------------------------------------------- language
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Move to another catalogue"))
        self.intro.setText(self.tr(
            "Write a new assessment on another edition of the catalogue of indicators. Answers go to the indicator "
            "with the same id, or as the mapping between the editions says. This assessment is not changed."))
        self.current_label.setText(self.tr("Now:"))
        catalogue = self.doc.catalogue
        self.current.setText(self.tr("{0} — edition {1}, {2} indicators").format(
            catalogue.title.text(self.lang), catalogue.edition, catalogue.indicator_count))
        self.target_label.setText(self.tr("&New edition:"))
        self.target_label.setBuddy(self.target_combo)
        self.load_button.setText(self.tr("Load from file…"))
        self.mapping_label.setText(self.tr("&Mapping:"))
        self.mapping_label.setBuddy(self.mapping_button)
        self.mapping_edit.setPlaceholderText(self.tr("none: by indicator id"))
        self.mapping_button.setText(self.tr("Choose…"))
        self.clear_button.setText(self.tr("Clear"))
        self.template_button.setText(self.tr("Write a template…"))
        self.file_label.setText(self.tr("New &file:"))
        self.file_label.setBuddy(self.file_edit)
        self.browse_button.setText(self.tr("Browse…"))
        self.move_button.setText(self.tr("&Move"))
        self._fill_targets()
        self._preview()
