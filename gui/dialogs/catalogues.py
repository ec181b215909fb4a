"""File → Catalogues…: the catalogues installed (built-in and loaded), their edition and status; add a catalogue
file, import an edited workbook, export one as a workbook, and choose the one new assessments use."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QPushButton, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget,
)

from gui.messages import error_text
from gui.widgets.shared import PlainMessageBox, plain_label, plain_tooltip
from model.catalogue import installed
from model.app.settings import Settings
from model.catalogue.installed import InstalledCatalogue
from model.errors import TeiaError


class CataloguesDialog(QDialog):
    """``settings`` holds ``default_catalogue``; ``save_settings`` is called when it changes."""

    def __init__(self, settings: Settings, save_settings: Callable[[Settings], None], lang: str = "ru",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings, self.save_settings, self.lang = settings, save_settings, lang
        self.items: list[InstalledCatalogue] = []
        layout = QVBoxLayout(self)
        self.intro = plain_label()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.default_button, self.add_button, self.import_button, self.export_button, self.remove_button = (
            QPushButton() for _ in range(5))
        for button, slot in ((self.default_button, self.use_as_default), (self.add_button, self.add_file),
                             (self.import_button, self.import_workbook), (self.export_button, self.export_workbook),
                             (self.remove_button, self.remove)):
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(900, 420)

    # ----------------------------------------------------------------- the list
    def refresh(self, select: Path | None | bool = False) -> None:
        current = self.selected()
        keep = select if select is not False else (current.path if current else None)
        self.items = installed.installed()
        default = installed.default_for_new(self.settings.default_catalogue)
        self.list.clear()
        for item in self.items:
            catalogue = item.catalogue
            row = QTreeWidgetItem([catalogue.title.text(self.lang), catalogue.edition, self._status(catalogue.status),
                                   str(catalogue.indicator_count),
                                   self.tr("built-in") if item.builtin or item.path is None else item.path.name,
                                   "✓" if item.catalogue.sha256 == default.catalogue.sha256 else ""])
            row.setToolTip(0, plain_tooltip(catalogue.title.text(self.lang)))
            if item.path is not None:
                row.setToolTip(4, plain_tooltip(str(item.path)))
            row.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row.setTextAlignment(5, Qt.AlignmentFlag.AlignCenter)
            self.list.addTopLevelItem(row)
            if item.path == keep:
                self.list.setCurrentItem(row)
        first = self.list.topLevelItem(0)
        if self.list.currentItem() is None and first is not None:
            self.list.setCurrentItem(first)
        self.list.setColumnWidth(0, 420)
        for column in range(1, 6):
            self.list.resizeColumnToContents(column)
        self._enable()

    def _status(self, status: str) -> str:
        return {"provisional": self.tr("provisional"), "official": self.tr("official"),
                "draft": self.tr("draft")}.get(status, status)

    def selected(self) -> InstalledCatalogue | None:
        row = self.list.currentItem()
        index = self.list.indexOfTopLevelItem(row) if row is not None else -1
        return self.items[index] if 0 <= index < len(self.items) else None

    def _enable(self) -> None:
        item = self.selected()
        self.default_button.setEnabled(item is not None)
        self.export_button.setEnabled(item is not None)
        self.remove_button.setEnabled(item is not None and not item.builtin)

    # ----------------------------------------------------------------- the commands
    def use_as_default(self) -> None:
        item = self.selected()
        if item is None:
            return
        self.settings.default_catalogue = "" if item.path is None else str(item.path)
        self.save_settings(self.settings)
        self.refresh()

    def _folder(self) -> str:
        return str(self.settings.start_folder())

    def add_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Add a catalogue file"), self._folder(),
                                              self.tr("Catalogue (*.json)"))
        if name:
            self._install(lambda: installed.install_file(name))

    def import_workbook(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import a catalogue workbook"), self._folder(),
                                              self.tr("Excel workbook (*.xlsx)"))
        if not name:
            return

        def install() -> InstalledCatalogue:
            from model.catalogue.workbook_import import read_workbook

            catalogue, text = read_workbook(name)
            return installed.install_text(text, origin=Path(name).name)
        self._install(install)

    def _install(self, install: Callable[[], InstalledCatalogue]) -> None:
        try:
            item = install()
        except TeiaError as error:
            PlainMessageBox.warning(self, self.tr("Catalogue not installed"), error_text(error))
            return
        self.refresh(select=item.path)
        PlainMessageBox.information(self, self.tr("Catalogue installed"), self.tr(
            "{0}, edition {1}: {2} indicators. Choose \"Use for new assessments\" to create new assessments with "
            "it.").format(item.catalogue.title.text(self.lang), item.catalogue.edition,
                          item.catalogue.indicator_count))

    def export_workbook(self) -> None:
        item = self.selected()
        if item is None:
            return
        suggested = Path(self._folder()) / f"{item.catalogue.id}-{item.catalogue.edition}.xlsx"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the catalogue as a workbook"), str(suggested),
                                              self.tr("Excel workbook (*.xlsx)"))
        if not name:
            return
        if not name.lower().endswith(".xlsx"):
            name += ".xlsx"
        from model.catalogue.workbook_export import export_catalogue

        try:
            path = export_catalogue(item.catalogue, name)
        except TeiaError as error:
            PlainMessageBox.warning(self, self.tr("Workbook not written"), error_text(error))
            return
        PlainMessageBox.information(self, self.tr("Workbook written"), self.tr(
            "The catalogue was written to {0}. Edit it in Excel or LibreOffice, then import it here.").format(path))

    def remove(self) -> None:
        item = self.selected()
        if item is None or item.builtin:
            return
        answer = PlainMessageBox.question(self, self.tr("Remove the catalogue"), self.tr(
            "Remove {0}, edition {1}, from the installed catalogues? Assessments made with it keep their own "
            "copy.").format(item.catalogue.title.text(self.lang), item.catalogue.edition))
        if answer != PlainMessageBox.StandardButton.Yes:
            return
        try:
            installed.remove(item)
        except (OSError, TeiaError) as error:
            PlainMessageBox.warning(self, self.tr("Catalogue not removed"), error_text(error))
            return
        if self.settings.default_catalogue and item.path == Path(self.settings.default_catalogue):
            self.settings.default_catalogue = ""
            self.save_settings(self.settings)
        self.refresh(select=None)

    # ----------------------------------------------------------------- language
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Catalogues of indicators"))
        self.intro.setText(self.tr(
            "The catalogues installed on this computer. New assessments use the one marked ✓; an assessment keeps "
            "the catalogue it was made with. To change a catalogue, export it as a workbook, edit it in Excel or "
            "LibreOffice (give it a new edition) and import it back."))
        self.list.setHeaderLabels([self.tr("Title"), self.tr("Edition"), self.tr("Status"), self.tr("Indicators"),
                                   self.tr("File"), self.tr("New assessments")])
        self.list.setAccessibleName(self.tr("Installed catalogues"))
        self.default_button.setText(self.tr("&Use for new assessments"))
        self.add_button.setText(self.tr("&Add a file…"))
        self.import_button.setText(self.tr("&Import a workbook…"))
        self.export_button.setText(self.tr("&Export as workbook…"))
        self.remove_button.setText(self.tr("&Remove"))
        self.refresh()
