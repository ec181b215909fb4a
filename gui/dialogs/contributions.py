"""File → Prepare contributions: the contributing authorities, who holds which area or indicator, and one
contribution file written for each of them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView, QPushButton, QTableWidget, QTableWidgetItem, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from gui.pages.indicator import shown
from gui.messages import error_text
from gui.widgets.shared import PlainMessageBox, plain_label, plain_tooltip
from model import merge
from model.document import contributors
from model.document.assessment import EXTENSION, Assessment
from model.errors import TeiaError
from model.filenames import file_name_part

NAME, SHORT, CONTACT = range(3)


class ContributionsDialog(QDialog):
    """Edits the list of contributing authorities and the assignments at once (each edit is saved)."""

    def __init__(self, doc: Assessment, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.lang = doc, lang
        self.written: list[Path] = []
        self.setWindowTitle(self.tr("Prepare contributions"))
        self.resize(900, 640)
        intro = plain_label(self.tr("Add the authorities that contribute to the assessment, give each the areas or "
                               "indicators it answers for, then write one contribution file for each. They fill "
                               "it in with this application and send it back: File → Merge a contribution."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Authority"), self.tr("Short name"), self.tr("Contact person")])
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.itemChanged.connect(self._edited)
        self.add_button = QPushButton(self.tr("&Add authority"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("&Remove authority"))
        self.remove_button.clicked.connect(self.remove)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.add_button)
        buttons_row.addWidget(self.remove_button)
        buttons_row.addStretch(1)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Area / indicator"), self.tr("Held by")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.setColumnWidth(1, 240)
        self.combos: dict[str, QComboBox] = {}
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.write_button = self.buttons.addButton(self.tr("&Write contribution files…"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.write_button.clicked.connect(self.write_files)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(plain_label(self.tr("Contributing authorities")))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons_row)
        layout.addWidget(plain_label(self.tr("Who holds what (an indicator follows its area unless it is given to "
                                        "someone else)")))
        layout.addWidget(self.tree, 2)
        layout.addWidget(self.buttons)
        self._fill_table()
        self._fill_tree()

    # ----------------------------------------------------------------- authorities
    def _fill_table(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for item in contributors.contributors(self.doc):
            row = self.table.rowCount()
            self.table.insertRow(row)
            for column, text in ((NAME, item.name), (SHORT, item.short_name), (CONTACT, item.contact)):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                self.table.setItem(row, column, cell)
        self.table.blockSignals(False)
        self.remove_button.setEnabled(self.table.rowCount() > 0)

    def _edited(self, cell: QTableWidgetItem) -> None:
        row = cell.row()
        items = [self.table.item(row, c) for c in (NAME, SHORT, CONTACT)]
        texts = [item.text() if item is not None else "" for item in items]
        try:
            contributors.update_contributor(self.doc, cell.data(Qt.ItemDataRole.UserRole), name=texts[NAME],
                                            short_name=texts[SHORT], contact=texts[CONTACT])
        except TeiaError as error:
            PlainMessageBox.warning(self, self.tr("Prepare contributions"), error_text(error))
            self._fill_table()
            return
        self._fill_tree()

    def add(self) -> None:
        number = len(contributors.contributors(self.doc)) + 1
        try:
            contributors.add_contributor(self.doc, self.tr("Authority {0}").format(number))
        except TeiaError as error:
            PlainMessageBox.warning(self, self.tr("Prepare contributions"), error_text(error))
            return
        self._fill_table()
        self._fill_tree()
        self.table.setCurrentCell(self.table.rowCount() - 1, NAME)
        added = self.table.item(self.table.rowCount() - 1, NAME)
        if added is not None:
            self.table.editItem(added)

    def remove(self) -> None:
        item = self.table.item(self.table.currentRow(), NAME)  # None when no row is current
        if item is None:
            return
        contributors.remove_contributor(self.doc, item.data(Qt.ItemDataRole.UserRole))
        self._fill_table()
        self._fill_tree()

    # ----------------------------------------------------------------- assignments
    def _fill_tree(self) -> None:
        people = contributors.contributors(self.doc)
        given = contributors.assignments(self.doc)
        self.tree.clear()
        self.combos.clear()
        for area in self.doc.catalogue.areas:
            area_item = QTreeWidgetItem([f"{area.id}. {shown(area.title, self.lang)}"])
            self.tree.addTopLevelItem(area_item)
            self._combo(area_item, area.id, people, given.get(area.id), self.tr("nobody"))
            for indicator in area.indicators:
                child = QTreeWidgetItem([f"{indicator.id}  {shown(indicator.statement, self.lang)}"])
                child.setToolTip(0, plain_tooltip(shown(indicator.statement, self.lang)))
                area_item.addChild(child)
                self._combo(child, indicator.id, people, given.get(indicator.id), self.tr("as its area"))

    def _combo(self, item: QTreeWidgetItem, item_id: str, people, current: str | None, empty: str) -> None:
        combo = QComboBox()
        combo.addItem(empty, None)
        for person in people:
            combo.addItem(person.label, person.id)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
        combo.currentIndexChanged.connect(lambda _i, c=combo, i=item_id: self._assign(i, c.currentData()))
        self.tree.setItemWidget(item, 1, combo)
        self.combos[item_id] = combo

    def _assign(self, item_id: str, contributor_id: str | None) -> None:
        try:
            contributors.assign(self.doc, [item_id], contributor_id)
        except TeiaError as error:
            PlainMessageBox.warning(self, self.tr("Prepare contributions"), error_text(error))

    # ----------------------------------------------------------------- files
    def write_files(self, folder: str | None = None) -> list[Path]:
        """One contribution per authority that holds something, in a folder the user chooses."""
        held = set(contributors.holders(self.doc).values())
        people = [p for p in contributors.contributors(self.doc) if p.id in held]
        title = self.tr("Prepare contributions")
        if not people:
            PlainMessageBox.information(self, title, self.tr("Give at least one area or indicator to an authority first."))
            return []
        if not folder:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the contribution files"),
                                                      str(self.doc.path.parent))
            if not folder:
                return []
        written = []
        for person in people:
            out = Path(folder) / f"{file_name_part(self.doc.path.stem)} - {file_name_part(person.label)}{EXTENSION}"
            try:
                written.append(merge.split(self.doc, person.name, out)[0])
            except TeiaError as error:
                PlainMessageBox.critical(self, title, error_text(error))
                break
        self.written += written
        if written:
            PlainMessageBox.information(self, title, self.tr("%n contribution file(s) written:", "", len(written))
                                    + "\n" + "\n".join(p.name for p in written))
        return written
