"""The Register page: the counts offered as evidence, the filterable table of activities, the editor."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QLineEdit, QMenu, QPushButton, QScrollArea, QSplitter, QTableView,
    QToolButton, QVBoxLayout, QWidget,
)

from gui.messages import error_text
from gui.register.editor import ActivityEditor
from gui.register.table_model import RegisterFilter, RegisterTableModel, sector_names
from gui.widgets import plain_label
from model.register import activities as register
from model.register.figures import COUNTS, SUPPORTS, RegisterFigures, compute


def count_names() -> dict[str, str]:
    return {"identified": QCoreApplication.translate("Register", "Identified"), "meets_annex_i": QCoreApplication.translate("Register", "Meeting Annex I"),
            "transboundary": QCoreApplication.translate("Register", "Capable of transboundary effects"),
            "notified": QCoreApplication.translate("Register", "Notified"), "safety_report": QCoreApplication.translate("Register", "With a safety report"),
            "offsite_plan": QCoreApplication.translate("Register", "With an off-site plan"),
            "inspected_this_year": QCoreApplication.translate("Register", "Inspected this year"),
            "public_informed": QCoreApplication.translate("Register", "Public informed")}


def evidence_sentence(key: str, figures: RegisterFigures) -> str:
    """The figure as a line of evidence: "Register of hazardous activities, 2026-12-01: meeting Annex I: 6 of 25." """
    return QCoreApplication.translate("Register", "Register of hazardous activities, {date}: {what}: {count} of {total}.") \
        .format(date=figures.as_of, what=count_names()[key], count=figures.counts[key],
                total=figures.counts["identified"])


class RegisterPage(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.session = None
        self.lang = "en"
        self.figures: RegisterFigures | None = None
        self.annex = None
        layout = QVBoxLayout(self)
        self.title = plain_label()
        self.title.setObjectName("page-title")
        self.counts_row = QGridLayout()  # three columns: the page must fit 1024 pixels in every language
        self.count_buttons: dict[str, QToolButton] = {}
        for number, key in enumerate(COUNTS):
            button = QToolButton()
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            button.setMenu(QMenu(button))
            button.menu().aboutToShow.connect(lambda k=key, b=button: self._fill_evidence_menu(k, b.menu()))
            self.count_buttons[key] = button
            self.counts_row.addWidget(button, number // 3, number % 3)
        filters, buttons = QHBoxLayout(), QHBoxLayout()
        self.region, self.sector, self.result = QComboBox(), QComboBox(), QComboBox()
        self.overdue = QCheckBox()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        for widget in (self.search, self.region, self.sector, self.result):
            filters.addWidget(widget, 1)
        for combo in (self.region, self.sector, self.result):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            combo.activated.connect(self._filter)
        self.overdue.toggled.connect(self._filter)
        self.search.textChanged.connect(self._filter)
        self.add_button, self.delete_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(self._add)
        self.delete_button.clicked.connect(self._delete)
        buttons.addWidget(self.overdue)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        self.model = RegisterTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # added order at first
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setDefaultSectionSize(90)
        self.table.setColumnWidth(0, 260)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _prev: self._select(current.row()))
        self.editor = ActivityEditor()
        self.editor.changed.connect(self._activity_changed)
        self.editor.failed.connect(self._failed)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(scroll)
        splitter.setSizes([300, 400])
        self.message = plain_label()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addLayout(self.counts_row)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        self.retranslate()

    # ----------------------------------------------------------------- showing
    def show_session(self, session, lang: str) -> None:
        self.session, self.lang = session, lang
        self.reload()

    def reload(self) -> None:
        if self.session is None:
            return
        doc = self.session.doc
        self.annex = register.annex_for(doc)
        found = register.activities(doc)
        self.figures = compute(found, self.annex)
        current = self._current_uid()
        self.model.load(found, self.figures, self.lang)
        self._fill_regions(found)
        self._show_counts()
        row = self.model.row_of(current) if current else (0 if self.model.rowCount() else -1)
        self._select_row(row)

    def _current_uid(self) -> str:
        activity = self.editor.activity
        return activity.uid if activity is not None else ""

    def _select_row(self, row: int) -> None:
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self._select(row)

    def _select(self, row: int) -> None:
        activity = self.model.activity_at(row)
        if activity is not None:
            activity = register.activity(self.session.doc, activity.uid)
        self.editor.show_activity(self.session.doc if self.session else None, self.annex, activity, self.lang)

    def _fill_regions(self, found) -> None:
        current = self.region.currentData()
        self.region.clear()
        self.region.addItem(QCoreApplication.translate("Register", "All regions"), "")
        for region in sorted({str(a.values.get("region") or "") for a in found} - {""}):
            self.region.addItem(region, region)
        self.region.setCurrentIndex(max(0, self.region.findData(current)))

    def _show_counts(self) -> None:
        names = count_names()
        for key, button in self.count_buttons.items():
            button.setText(f"{names[key]}: {self.figures.counts[key] if self.figures else 0}")

    def _fill_evidence_menu(self, key: str, menu: QMenu) -> None:
        menu.clear()
        if self.session is None or self.figures is None:
            return
        catalogue = self.session.doc.catalogue
        for indicator_id in SUPPORTS[key]:
            if catalogue.indicator(indicator_id) is None:
                continue
            action = menu.addAction(QCoreApplication.translate(
                "Register", "Add to the evidence of indicator {id}").format(id=indicator_id))
            action.triggered.connect(lambda _=False, i=indicator_id, k=key: self.insert_evidence(i, k))

    def insert_evidence(self, indicator_id: str, key: str) -> None:
        """The figure with its date, as a new line of the indicator's evidence (undoable like typing)."""
        sentence = evidence_sentence(key, self.figures)
        old = self.session.response(indicator_id).evidence or ""
        new = f"{old.rstrip()}\n{sentence}" if old.strip() else sentence
        self.session.change(indicator_id, "evidence", new, QCoreApplication.translate("Register", "Register figure"))
        self.message.setText(QCoreApplication.translate("Register", "Added to the evidence of indicator {id}: {text}")
                             .format(id=indicator_id, text=sentence))

    # ----------------------------------------------------------------- editing
    def _filter(self, *_args) -> None:
        self.model.set_filter(RegisterFilter(region=self.region.currentData() or "",
                                             sector=self.sector.currentData() or "",
                                             result=self.result.currentData() or "", overdue=self.overdue.isChecked(),
                                             text=self.search.text().strip()))
        self._select_row(0 if self.model.rowCount() else -1)

    def _add(self) -> None:
        if self.session is None:
            return
        name = QCoreApplication.translate("Register", "New hazardous activity")
        try:
            added = register.add_activity(self.session.doc, {"name": name})
        except Exception as error:  # noqa: BLE001
            self._failed(error)
            return
        self.editor.activity = added
        self.reload()

    def _delete(self) -> None:
        activity = self.editor.activity
        if self.session is None or activity is None:
            return
        register.delete_activity(self.session.doc, activity.uid)
        self.editor.activity = None
        self.reload()

    def _activity_changed(self, _uid: str) -> None:
        self.message.clear()
        doc = self.session.doc
        found = register.activities(doc)
        self.figures = compute(found, self.annex, date.today())
        self.model.load(found, self.figures, self.lang)
        self._show_counts()
        row = self.model.row_of(_uid)
        if row >= 0:
            self.table.selectionModel().blockSignals(True)
            self.table.selectRow(row)
            self.table.selectionModel().blockSignals(False)

    def _failed(self, error) -> None:
        self.message.setText(error_text(error))

    # ----------------------------------------------------------------- language
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("Register", "Register of hazardous activities"))
        self.search.setPlaceholderText(QCoreApplication.translate("Register", "Search by name or operator"))
        self.overdue.setText(QCoreApplication.translate("Register", "Inspection overdue"))
        self.add_button.setText(QCoreApplication.translate("Register", "Add an activity"))
        self.delete_button.setText(QCoreApplication.translate("Register", "Delete the activity"))
        for combo, choices in (
                (self.sector, {"": QCoreApplication.translate("Register", "All sectors"), **sector_names()}),
                (self.result, {"": QCoreApplication.translate("Register", "Any result"), "meets": QCoreApplication.translate("Register", "Meets Annex I"),
                               "below": QCoreApplication.translate("Register", "Below Annex I")})):
            current = combo.currentData()
            combo.clear()
            for key, text in choices.items():
                combo.addItem(text, key)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        if self.region.count():
            self.region.setItemText(0, QCoreApplication.translate("Register", "All regions"))
        for key, button in self.count_buttons.items():
            button.setToolTip(QCoreApplication.translate("Register", "Click to add this figure, with its date, to the evidence of an indicator"))
        self._show_counts()
        self.model.retranslate()
