"""A small window listing indicators (e.g. gaps without an action); activating one opens it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QListWidgetItem, QVBoxLayout

from gui.pages.indicator import shown
from gui.widgets.shared import plain_label
from model.catalogue import Catalogue


class IndicatorListDialog(QDialog):
    indicatorChosen = Signal(str)

    def __init__(self, parent, title: str, catalogue: Catalogue, indicator_ids: list[str], lang: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        hint = plain_label(self.tr("%n indicator(s). Double-click one to open it.", "", len(indicator_ids)))
        layout.addWidget(hint)
        self.list = QListWidget()
        self.list.setAccessibleName(title)
        self.list.setAccessibleDescription(hint.text())
        self.list.setWordWrap(True)
        for indicator_id in indicator_ids:
            indicator = catalogue.indicator(indicator_id)
            if indicator is None:  # an id from another catalogue edition: nothing to show or open
                continue
            item = QListWidgetItem(f"{indicator_id}  {shown(indicator.statement, lang)}")
            item.setData(Qt.ItemDataRole.UserRole, indicator_id)
            self.list.addItem(item)
        self.list.itemActivated.connect(lambda item: self.indicatorChosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(620, 420)
