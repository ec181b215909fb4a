"""The navigator: a tree of areas and their indicators with status marks and completion per area, and
above it a search box and a filter (which indicators to show)."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QLineEdit, QStyledItemDelegate, QTreeView, QVBoxLayout, QWidget,
)

from gui.widgets.findings import MARK, findings_text
from gui.icons import status_icon
from gui.widgets.shared import plain_label, plain_tooltip
from model.report import consistency
from model.report import progress
from model.catalogue import Catalogue
from model.document.assessment import Response
from model.document.search import IndicatorFilter, haystack, matches

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "area" or "indicator"


class NavigatorModel(QStandardItemModel):
    marksChanged = Signal()  # statuses, texts or findings were refreshed (a filter may need applying again)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: dict[str, QStandardItem] = {}
        self._areas: dict[str, QStandardItem] = {}
        self._shown: dict[object, tuple] = {}  # what each item shows now: refreshing 2,000 unchanged items is skipped
        self.responses: dict[str, Response] = {}  # as last shown: the filter works on these, not on the file
        self.findings: dict[str, tuple] = {}  # indicator id -> its model.report.consistency findings (only if any)
        self._folded: dict[str, tuple[Response, str, str]] = {}  # search text per indicator, kept until it changes
        self.catalogue: Catalogue | None = None
        self.lang = "en"
        self.holders: dict[str, str] = {}  # area or indicator id -> the contributor holding it (gui.commands.contributions)

    def load(self, catalogue: Catalogue, responses: dict[str, Response], lang: str) -> None:
        self.clear()
        self._items.clear()
        self._areas.clear()
        self._shown.clear()
        self.responses.clear()
        self.findings.clear()
        self._folded.clear()
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
            self.refresh_area(area.id, responses, notify=False)
        self.marksChanged.emit()

    def refresh_area(self, area_id: str, responses: dict[str, Response], notify: bool = True) -> None:
        """One area's completion and its indicators' marks (an edit changes only its own area)."""
        area = self.catalogue.area(area_id) if self.catalogue is not None else None
        if area is None:
            return
        state = progress.area_progress(area, responses)
        title = area.title.text(self.lang)
        holder = f"[{self.holders[area.id]}] " if area.id in self.holders else ""  # shown first: titles are cut
        text = f"{area.id}. {holder}{title}  ({state.complete}/{state.indicators})"
        if self._shown.get(("area", area.id)) != (text, title):
            self._shown[("area", area.id)] = (text, title)
            area_item = self._areas[area.id]
            area_item.setText(text)
            area_item.setToolTip(plain_tooltip(title))
        for indicator in area.indicators:
            self.refresh_indicator(indicator.id, responses.get(indicator.id) or Response(indicator.id))
        if notify:
            self.marksChanged.emit()

    def refresh_indicator(self, indicator_id: str, response: Response) -> None:
        item = self._items.get(indicator_id)
        if item is None or self.catalogue is None:
            return
        indicator = self.catalogue.indicator(indicator_id)
        if indicator is None:  # not in this catalogue: no row to refresh
            return
        self.responses[indicator_id] = response
        found = consistency.check(indicator, response)
        if found:
            self.findings[indicator_id] = found
        else:
            self.findings.pop(indicator_id, None)
        holder = self.holders.get(indicator_id, "")  # shown when not the same as its area's
        shown = (self.lang, response.status, found, holder)
        if self._shown.get(indicator_id) == shown:
            return
        self._shown[indicator_id] = shown
        statement = indicator.statement.text(self.lang)
        if holder:
            statement = f"[{holder}] {statement}"
        if found:
            item.setText(f"{indicator_id} {MARK}  {statement}")
            item.setToolTip(plain_tooltip(f"{statement}\n\n{MARK} {findings_text(found)}"))
        else:
            item.setText(f"{indicator_id}  {statement}")
            item.setToolTip(plain_tooltip(statement))
        item.setIcon(status_icon(response.status))
        item.setData(response.status, Qt.ItemDataRole.AccessibleDescriptionRole)

    def retranslate_marks(self) -> None:
        """The interface language changed: the tooltips of the ⚠ marks are written again."""
        self._shown.clear()
        self.refresh(dict(self.responses))

    def search_text(self, indicator_id: str) -> str:
        """The folded text the search looks in, computed again only when the response or language changed."""
        response = self.responses.get(indicator_id) or Response(indicator_id)
        cached = self._folded.get(indicator_id)
        if cached is not None and cached[0] is response and cached[1] == self.lang:
            return cached[2]
        indicator = self.catalogue.indicator(indicator_id) if self.catalogue is not None else None
        if indicator is None:  # no catalogue shown (yet), or an id outside it: nothing to find
            return ""
        folded = haystack(indicator, response, self.lang)
        self._folded[indicator_id] = (response, self.lang, folded)
        return folded

    def index_of(self, indicator_id: str) -> QModelIndex:
        item = self._items.get(indicator_id) or self._areas.get(indicator_id)
        return item.index() if item else QModelIndex()


class AreaCountDelegate(QStyledItemDelegate):
    """A long area name is shortened in its middle, so its completion "(x/y)" at the end stays readable."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 (Qt naming)
        super().initStyleOption(option, index)
        if index.data(KIND_ROLE) == "area":
            option.textElideMode = Qt.TextElideMode.ElideMiddle


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
        self.setItemDelegate(AreaCountDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setExpandsOnDoubleClick(True)
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


# What the filter box offers, in order: (code, IndicatorFilter fields).
FILTERS: tuple[tuple[str, dict[str, Any]], ...] = (  # the dicts are IndicatorFilter(**fields)
    ("all", {}),
    ("not_started", {"statuses": frozenset({"not_started"})}),
    ("draft", {"statuses": frozenset({"draft"})}),
    ("complete", {"statuses": frozenset({"complete"})}),
    ("carried_over", {"statuses": frozenset({"carried_over"})}),
    ("no_evidence", {"no_evidence": True}),
    ("gap_without_action", {"gap_without_action": True}),
    ("needs_attention", {"needs_attention": True}),
)


class NavigatorPanel(QWidget):
    """The search box and filter above the navigator; they only show or hide its rows.

    Matching is model.document.search's, on the responses the navigator already holds: a keystroke costs no
    query to the file (the list of gaps without an action, one query, is fetched when that filter is chosen).
    """

    def __init__(self, navigator: Navigator, parent=None) -> None:
        super().__init__(parent)
        self.navigator = navigator
        self.gap_source: Callable[[], set[str]] | None = None  # indicator ids with a gap and no action
        self._gap_ids: set[str] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _text: self.apply())
        self.search_edit.installEventFilter(self)
        self.filter_combo = QComboBox()
        self.filter_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.filter_combo.setMinimumContentsLength(10)
        self.filter_combo.currentIndexChanged.connect(lambda _index: self._filter_chosen())
        self.count_label = plain_label()
        self.count_label.setStyleSheet("color: palette(mid);")
        self.count_label.hide()
        layout.addWidget(self.search_edit)
        layout.addWidget(self.filter_combo)
        layout.addWidget(self.count_label)
        layout.addWidget(navigator, 1)
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self.focus_search)
        self.addAction(self.find_action)
        navigator.nav_model.modelReset.connect(self._document_changed)
        navigator.nav_model.marksChanged.connect(self._marks_changed)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.navigator.nav_model.retranslate_marks()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("Find… (Ctrl+F)"))
        self.search_edit.setToolTip(self.tr("Finds the words in the number, statement, description, evidence, "
                                            "gaps and responsible authority of each indicator"))
        self.search_edit.setAccessibleName(self.tr("Find indicators"))
        self.filter_combo.setAccessibleName(self.tr("Show indicators"))
        self.navigator.setAccessibleName(self.tr("Areas and indicators"))
        self.navigator.setAccessibleDescription(self.tr(
            "Each area with its completion and its indicators with their status; Enter opens one."))
        self.find_action.setText(self.tr("&Find indicator…"))
        labels = {"all": self.tr("All indicators"), "not_started": self.tr("Not started"),
                  "draft": self.tr("Draft"), "complete": self.tr("Complete"),
                  "carried_over": self.tr("Carried over — confirm or update"),
                  "no_evidence": self.tr("No evidence"), "gap_without_action": self.tr("Gap without an action"),
                  "needs_attention": self.tr("Needs attention")}
        current = self.filter_combo.currentData()
        self.filter_combo.blockSignals(True)
        self.filter_combo.clear()
        for code, _fields in FILTERS:
            self.filter_combo.addItem(labels[code], code)
        self.filter_combo.setCurrentIndex(max(0, self.filter_combo.findData(current)))
        self.filter_combo.blockSignals(False)
        self._show_count()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape and self.search_edit.text():
                self.search_edit.clear()
                return True
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._first_shown_to_focus()
                return True
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def set_filter(self, code: str = "all", text: str = "") -> None:
        self.filter_combo.setCurrentIndex(max(0, self.filter_combo.findData(code)))
        self.search_edit.setText(text)
        self.apply()

    def rule(self) -> IndicatorFilter:
        fields = dict(FILTERS)[self.filter_combo.currentData() or "all"]
        return IndicatorFilter(text=self.search_edit.text(), **fields)

    def actions_changed(self) -> None:
        """Actions were added, removed or relinked: gaps without an action may differ."""
        self._gap_ids = None
        if self.rule().gap_without_action:
            self.apply()

    def _document_changed(self) -> None:
        """Another document (or none): start without a search or filter."""
        self._gap_ids = None
        for widget in (self.search_edit, self.filter_combo):
            widget.blockSignals(True)
        self.search_edit.clear()
        self.filter_combo.setCurrentIndex(0)
        for widget in (self.search_edit, self.filter_combo):
            widget.blockSignals(False)
        self._show_count()

    def _marks_changed(self) -> None:
        self._gap_ids = None
        if self.rule().active:
            self.apply(keep_current=True)  # an edit must not hide the indicator being edited

    def _filter_chosen(self) -> None:
        self._gap_ids = None  # fetched again for this choice
        self.apply()

    def apply(self, keep_current: bool = False) -> None:
        """Show the rows that match, hide the others; areas with nothing to show are hidden too."""
        model, view = self.navigator.nav_model, self.navigator
        if model.catalogue is None:
            return
        rule = self.rule()
        gaps: set[str] = set()
        if rule.gap_without_action:
            if self._gap_ids is None:
                self._gap_ids = set(self.gap_source()) if self.gap_source else set()
            gaps = self._gap_ids
        current = view.currentIndex().data(ID_ROLE) if keep_current and view.currentIndex().isValid() else None
        self._shown_count = 0
        for area_row, area in enumerate(model.catalogue.areas):
            area_index = model.index(area_row, 0)
            visible_here = 0
            for row, indicator in enumerate(area.indicators):
                response = model.responses.get(indicator.id) or Response(indicator.id)
                show = not rule.active or indicator.id == current or matches(
                    rule, model.search_text(indicator.id), response, gap_without_action=indicator.id in gaps,
                    needs_attention=indicator.id in model.findings)
                if view.isRowHidden(row, area_index) == show:
                    view.setRowHidden(row, area_index, not show)
                visible_here += show
            hide_area = rule.active and not visible_here
            if view.isRowHidden(area_row, QModelIndex()) != hide_area:
                view.setRowHidden(area_row, QModelIndex(), hide_area)
            if rule.active and visible_here and not view.isExpanded(area_index):
                view.expand(area_index)
            self._shown_count += visible_here
        self._show_count()

    _shown_count = 0

    def shown_ids(self) -> list[str]:
        """The indicators the navigator shows now, in order."""
        model, view = self.navigator.nav_model, self.navigator
        if model.catalogue is None:
            return []
        result = []
        for area_row, area in enumerate(model.catalogue.areas):
            area_index = model.index(area_row, 0)
            if view.isRowHidden(area_row, QModelIndex()):
                continue
            result += [ind.id for row, ind in enumerate(area.indicators) if not view.isRowHidden(row, area_index)]
        return result

    def _show_count(self) -> None:
        model = self.navigator.nav_model
        active = model.catalogue is not None and self.rule().active
        self.count_label.setVisible(active)
        if active and model.catalogue is not None:
            total = model.catalogue.indicator_count
            self.count_label.setText(self.tr("{0} of %n indicator(s) shown", "", total).format(self._shown_count))

    def _first_shown_to_focus(self) -> None:
        shown = self.shown_ids()
        if shown:
            self.navigator.setFocus(Qt.FocusReason.OtherFocusReason)
            self.navigator.select(shown[0])
