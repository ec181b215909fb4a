"""The comparison page: progress since the previous self-assessment (model.cycle.compare), per area and
per indicator, with the radar chart of both (before in a lighter dashed line)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from gui.formats import format_date, format_number
from gui.pages.indicator import shown
from gui.pages.overview import RadarWidget
from gui.widgets.shared import plain_tooltip
from model.cycle.compare import Comparison, area_scores


class ComparisonPage(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.result: Comparison | None = None
        self.catalogue = None
        self.lang = "en"
        self.from_copy = False
        layout = QVBoxLayout(self)
        self.title_label = QLabel()
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setWordWrap(True)
        self.title_label.setStyleSheet("font-size: 12pt; font-weight: bold;")
        layout.addWidget(self.title_label)
        self.note_label = QLabel()
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)
        self.note_label.setWordWrap(True)
        layout.addWidget(self.note_label)
        row = QHBoxLayout()
        self.radar = RadarWidget()
        self.radar.setMinimumSize(300, 260)
        row.addWidget(self.radar, 3)
        self.area_table = QTableWidget(0, 3)
        row.addWidget(self.area_table, 2)
        layout.addLayout(row, 2)
        self.table = QTableWidget(0, 7)
        layout.addWidget(self.table, 3)
        for table in (self.area_table, self.table):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.area_table.setWordWrap(True)
        self.area_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)  # one line per indicator; a long list of actions is in the tooltip
        self.table.horizontalHeader().setStretchLastSection(True)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_comparison(self, result: Comparison, catalogue, lang: str, *, from_copy: bool) -> None:
        self.result, self.catalogue, self.lang, self.from_copy = result, catalogue, lang, from_copy
        self.retranslate()

    def _value(self, value) -> str:
        if value is None:
            return "—"
        if value == "na":
            return self.tr("N/A")
        return format_number(value, 2) if isinstance(value, float) else str(value)

    def _change(self, item) -> str:
        words = {"up": self.tr("Higher (+{0})"), "down": self.tr("Lower ({0})"), "same": self.tr("Unchanged"),
                 "rated": self.tr("Rated now"), "unrated": self.tr("No longer rated"),
                 "now_applicable": self.tr("Now applicable"), "not_applicable": self.tr("Now not applicable"),
                 "added": self.tr("New in this edition"), "removed": self.tr("Not in this edition")}
        return words.get(item.change, item.change).format(item.delta if item.delta is not None else "")

    def retranslate(self) -> None:
        self.area_table.setHorizontalHeaderLabels([self.tr("Area"), self.tr("Before"), self.tr("Now")])
        self.area_table.setToolTip(self.tr("Mean level per area, before and now"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Indicator"), self.tr("Before"), self.tr("Now"), self.tr("Change"), self.tr("Criteria gained"),
            self.tr("Criteria lost"), self.tr("Actions completed in between")])
        result, catalogue = self.result, self.catalogue
        if result is None or catalogue is None:
            self.title_label.setText(self.tr("Progress since the previous assessment"))
            return
        self.title_label.setText(self.tr("Progress since {0}, {1}").format(
            result.before_title or self.tr("the previous assessment"), format_date(result.before_date)))
        improved = sum(i.change == "up" for i in result.indicators)
        lower = sum(i.change == "down" for i in result.indicators)
        note = self.tr("Higher: {0}; lower: {1}; unchanged: {2}.").format(
            improved, lower, sum(i.change == "same" for i in result.indicators))
        if self.from_copy:
            note += " " + self.tr("The previous assessment is read from the copy kept in this file.")
        self.note_label.setText(note)
        before_legend = self.tr("Before: {0}").format(format_date(result.before_date))
        labels = [f"{a.id}. {shown(a.title, self.lang)}" for a in catalogue.areas]
        before, now = area_scores(result, catalogue)
        self.radar.set_data(labels, now, before=before, legend=(before_legend, self.tr("Now")))
        titles = {a.id: shown(a.title, self.lang) for a in catalogue.areas}
        self.area_table.setRowCount(len(result.areas))
        for row, area in enumerate(result.areas):
            for column, text in enumerate((f"{area.id}. {titles.get(area.id, '')}", self._value(area.before),
                                           self._value(area.now))):
                self.area_table.setItem(row, column, QTableWidgetItem(text))
        self.area_table.resizeRowsToContents()
        self.table.setRowCount(len(result.indicators))
        for row, item in enumerate(result.indicators):
            texts = (item.id, self._value(item.before), self._value(item.now), self._change(item),
                     ", ".join(item.criteria_gained), ", ".join(item.criteria_lost), "; ".join(item.actions_completed))
            for column, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                if column >= 4 and text:
                    cell.setToolTip(plain_tooltip(text))  # action titles come from the file
                if column == 3 and item.change in ("up", "down"):
                    cell.setForeground(Qt.GlobalColor.darkGreen if item.change == "up" else Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
