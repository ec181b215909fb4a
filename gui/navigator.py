"""The navigator: a tree of areas and their indicators with status marks and completion per area."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView

from gui.icons import status_icon
from model import progress
from model.catalogue import Catalogue
from model.document import Response

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "area" or "indicator"


class NavigatorModel(QStandardItemModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: dict[str, QStandardItem] = {}
        self._areas: dict[str, QStandardItem] = {}
        self._shown: dict[object, tuple] = {}  # what each item shows now: refreshing 2,000 unchanged items is skipped
        self.catalogue: Catalogue | None = None
        self.lang = "en"

    def load(self, catalogue: Catalogue, responses: dict[str, Response], lang: str) -> None:
        self.clear()
        self._items.clear()
        self._areas.clear()
        self._shown.clear()
        self.catalogue, self.lang = catalogue, lang
        bold = QFont()
        bold.setBold(True)
        root = self.invisibleRootItem()
        for area in catalogue.areas:
            area_item = QStandardItem()
            area_item.setEditable(False)
            area_item.setData(area.id, ID_ROLE)
            area_item.setData("area", KIND_ROLE)
            area_item.setFont(bold)
            self._areas[area.id] = area_item
            for indicator in area.indicators:
                item = QStandardItem()
                item.setEditable(False)
                item.setData(indicator.id, ID_ROLE)
                item.setData("indicator", KIND_ROLE)
                self._items[indicator.id] = item
                area_item.appendRow(item)
            root.appendRow(area_item)
        self.refresh(responses)

    def refresh(self, responses: dict[str, Response]) -> None:
        """Texts, status marks and per-area completion from the current responses and language."""
        if self.catalogue is None:
            return
        for area in self.catalogue.areas:
            self.refresh_area(area.id, responses)

    def refresh_area(self, area_id: str, responses: dict[str, Response]) -> None:
        """One area's completion and its indicators' marks (an edit changes only its own area)."""
        area = self.catalogue.area(area_id) if self.catalogue is not None else None
        if area is None:
            return
        state = progress.area_progress(area, responses)
        title = area.title.text(self.lang)
        text = f"{area.id}. {title}  ({state.complete}/{state.indicators})"
        if self._shown.get(("area", area.id)) != (text, title):
            self._shown[("area", area.id)] = (text, title)
            area_item = self._areas[area.id]
            area_item.setText(text)
            area_item.setToolTip(title)
        for indicator in area.indicators:
            self.refresh_indicator(indicator.id, responses.get(indicator.id) or Response(indicator.id))

    def refresh_indicator(self, indicator_id: str, response: Response) -> None:
        item = self._items.get(indicator_id)
        if item is None or self.catalogue is None or self._shown.get(indicator_id) == (self.lang, response.status):
            return
        self._shown[indicator_id] = (self.lang, response.status)
        statement = self.catalogue.indicator(indicator_id).statement.text(self.lang)
        item.setText(f"{indicator_id}  {statement}")
        item.setToolTip(statement)
        item.setIcon(status_icon(response.status))
        item.setData(response.status, Qt.ItemDataRole.AccessibleDescriptionRole)

    def index_of(self, indicator_id: str) -> QModelIndex:
        item = self._items.get(indicator_id) or self._areas.get(indicator_id)
        return item.index() if item else QModelIndex()


class Navigator(QTreeView):
    indicatorActivated = Signal(str)
    areaActivated = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.nav_model = NavigatorModel(self)
        self.setModel(self.nav_model)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setExpandsOnDoubleClick(True)
        self.setAccessibleName("navigator")
        self.selectionModel().currentChanged.connect(self._current_changed)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        if not _previous.isValid() and not self.selectionModel().isSelected(current):
            # The view took the first row as current only because it got the focus (the window just
            # showed a document): nothing was chosen, and showing the overview again costs a full refresh.
            return
        ident = current.data(ID_ROLE)
        if current.data(KIND_ROLE) == "indicator":
            self.indicatorActivated.emit(ident)
        else:
            self.areaActivated.emit(ident)

    def select(self, ident: str) -> None:
        index = self.nav_model.index_of(ident)
        if index.isValid() and index != self.currentIndex():
            self.setCurrentIndex(index)
            self.scrollTo(index)
