"""Who changed what and when: the history kept in the document, for one indicator or the whole assessment."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableView, QVBoxLayout

from gui.formats import format_timestamp
from model.document import HistoryEntry


class HistoryModel(QAbstractTableModel):
    def __init__(self, entries: list[HistoryEntry], headers: list[str], parent=None) -> None:
        super().__init__(parent)
        self.entries, self.headers = entries, headers

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self.entries[index.row()]
        values = (format_timestamp(entry.at, with_seconds=True), entry.by, entry.indicator_id or "", entry.field,
                  entry.old or "", entry.new or "", entry.source)
        text = values[index.column()]
        if role == Qt.ItemDataRole.DisplayRole and len(text) > 120:
            return text[:117] + "…"
        return text


class HistoryDialog(QDialog):
    def __init__(self, entries: list[HistoryEntry], title: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        headers = [self.tr("When"), self.tr("Who"), self.tr("Indicator"), self.tr("What"), self.tr("Before"),
                   self.tr("After"), self.tr("How")]
        self.model = HistoryModel(entries, headers, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 480)
