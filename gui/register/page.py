"""The Register page: the counts offered as evidence, the filterable table of activities, the editor."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QMenu, QPushButton, QScrollArea, QSplitter, QTableView,
    QToolButton, QVBoxLayout, QWidget,
)

from gui.messages import error_text
from gui.register.editor import ActivityEditor
from gui.register.counts import RegisterCounts
from gui.register.edits import RegisterEdits, edits_for
from gui.session import DocumentSession
from gui.register.table_model import RegisterFilter, RegisterTableModel, sector_names
from gui.widgets.shared import plain_label
from model.register import activities as register
from model.register.annex1 import Annex1
from model.register.figures import RegisterFigures, after_edit, compute


class RegisterPage(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.session: DocumentSession | None = None
        self.lang = "en"
        self.figures: RegisterFigures | None = None
        self.annex: Annex1 | None = None  # read by reload()
        layout = QVBoxLayout(self)
        self.title = plain_label()
        self.title.setObjectName("page-title")
        self.counts = RegisterCounts(columns=2)  # three do not fit 1024 pixels beside the navigator in Russian
        self.counts.inserted.connect(self._evidence_inserted)
        self.count_buttons = self.counts.buttons
        self.edits: RegisterEdits | None = None
        self.frozen = False
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
        # Paper and workbooks for operators and regional offices: one menu, so the row fits 1024 pixels.
        self.exchange_button = QToolButton()
        self.exchange_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.exchange_menu = QMenu(self.exchange_button)
        self.exchange_button.setMenu(self.exchange_menu)
        self.act_template = self.exchange_menu.addAction("")
        self.act_template.triggered.connect(lambda: self.write_template())
        self.act_import = self.exchange_menu.addAction("")
        self.act_import.triggered.connect(lambda: self.import_workbook())
        self.act_form = self.exchange_menu.addAction("")
        self.act_form.triggered.connect(lambda: self.export_blank_form())
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
        title_row = QHBoxLayout()  # the workbook and form menu beside the title: the rows below are full
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.exchange_button)
        layout.addLayout(title_row)
        layout.addWidget(self.counts)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        self.retranslate()

    # ----------------------------------------------------------------- showing
    def show_session(self, session, lang: str) -> None:
        if self.edits is not None and self.session is not session:
            try:
                self.edits.changed.disconnect(self._activity_changed)
                self.edits.failed.disconnect(self._failed)
            except (RuntimeError, TypeError):  # went with its closed session
                pass
            self.edits = None
        self.session, self.lang = session, lang
        if self.edits is None:
            self.edits = edits_for(session)
            self.edits.changed.connect(self._activity_changed)
            self.edits.failed.connect(self._failed)
            session.metaChanged.connect(self._meta_changed)  # marked final or reopened: frozen or free
        self.reload()

    def reload(self, current: str | None = None) -> None:
        if self.session is None:
            return
        doc = self.session.doc
        self.annex = register.annex_for(doc)
        found = register.activities(doc)
        self.figures = compute(found, self.annex)
        current = self._current_uid() if current is None else current
        self._set_frozen(not register.changeable(doc))
        self.model.load(found, self.figures, self.lang)
        self._fill_regions(found)
        self._show_counts()
        row = self.model.row_of(current) if current else -1
        self._select_row(row if row >= 0 else (0 if self.model.rowCount() else -1))

    def _meta_changed(self) -> None:
        if self.session is not None:
            frozen = not register.changeable(self.session.doc)
            if frozen != self.frozen:
                self._set_frozen(frozen)
                if not frozen:
                    self.message.clear()

    def _set_frozen(self, frozen: bool) -> None:
        """A read-only file or a final assessment: its register is shown and printed, not changed."""
        self.frozen = frozen
        self.editor.set_frozen(frozen)
        self.counts.setEnabled(not frozen)  # no figure added to an indicator's evidence either
        for control in (self.add_button, self.delete_button, self.act_import):
            control.setEnabled(not frozen)
        if frozen:
            self.message.setText(QCoreApplication.translate(
                "Register", "This assessment cannot be changed (final, or opened read-only): its register is shown "
                            "as it is."))

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
        if activity is not None and self.session is not None:
            activity = register.activity(self.session.doc, activity.uid)
        self.editor.show_activity(self.session.doc if self.session else None, self.annex, activity, self.lang,
                                  self.edits)

    def _fill_regions(self, found) -> None:
        current = self.region.currentData()
        self.region.clear()
        self.region.addItem(QCoreApplication.translate("Register", "All regions"), "")
        for region in sorted({str(a.values.get("region") or "") for a in found} - {""}):
            self.region.addItem(region, region)
        self.region.setCurrentIndex(max(0, self.region.findData(current)))

    def _show_counts(self) -> None:
        self.counts.show_figures(self.session, self.figures)

    def insert_evidence(self, indicator_id: str, key: str) -> str | None:
        """The figure with its date, as a new line of the indicator's evidence (undoable like typing)."""
        return self.counts.insert(indicator_id, key)

    def _evidence_inserted(self, indicator_id: str, sentence: str) -> None:
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
        if self.session is None or self.edits is None:  # both set together by show_session
            return
        added = self.edits.add({"name": QCoreApplication.translate("Register", "New hazardous activity")})
        if added is not None:
            self.reload(added.uid)

    def _delete(self) -> None:
        activity = self.editor.activity
        if self.session is None or self.edits is None or activity is None:
            return
        self.editor.activity = None
        if self.edits.delete(activity.uid) is None:
            self.reload(activity.uid)

    def _activity_changed(self, uid: str, again: bool) -> None:
        """A change stored: the figures, the counts and the row anew; after an undo or redo the editor too."""
        if again or not uid:
            self.reload(uid or None)
            return
        self.message.clear()
        if self.session is None or self.annex is None:  # a signal of a session this page no longer shows
            return
        # Only the edited activity is read and calculated again (5,000 activities stay quick to edit).
        fresh = register.activity(self.session.doc, uid)
        loaded = self.model.activities()
        before = next((a for a in loaded if a.uid == uid), None)
        found = [fresh if a.uid == uid else a for a in loaded] + ([fresh] if before is None else [])
        self.figures = after_edit(self.figures, found, uid, before, date.today()) if self.figures else \
            compute(found, self.annex, date.today())
        self.model.load(found, self.figures, self.lang)
        self._show_counts()
        row = self.model.row_of(uid)
        if row >= 0:
            self.table.selectionModel().blockSignals(True)
            self.table.selectRow(row)
            self.table.selectionModel().blockSignals(False)

    def write_template(self, path: str | None = None):
        """The register workbook for operators (File name asked unless ``path``); the file written, or None."""
        from gui.register.import_dialog import write_template

        written = write_template(self, self.session, path) if self.session is not None else None
        if written is not None:
            self.message.setText(QCoreApplication.translate("Register", "The register workbook was written to {file}.")
                                 .format(file=str(written)))
        return written

    def import_workbook(self, path: str | None = None, on_done=None):
        """Import a filled register workbook (with a preview; undoable), reading it in the background; then
        ``on_done(how many activities changed)``. Returns the reading job (gui.jobs), or None."""
        from gui.register.import_dialog import run_register_import

        if self.session is None:
            return None
        return run_register_import(self, self.session, path, on_done)

    def export_blank_form(self, *, path: str | None = None):
        """The blank form for operators as a PDF (as File → Export PDF → the register form), in the content
        language; returns the running job, or None when the person cancelled."""
        from gui.dialogs import print_options as print_dialog
        from render import printing

        choice = print_dialog.PrintChoice(printing.PrintOptions(kind="register_form"), self.lang)
        return print_dialog.export_pdf(self, self.session, self.lang, choice=choice, path=path)

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
        for widget, name in (
                (self.search, QCoreApplication.translate("Register", "Search by name or operator")),
                (self.region, QCoreApplication.translate("Register", "Show the activities of a region")),
                (self.sector, QCoreApplication.translate("Register", "Show the activities of a sector")),
                (self.result, QCoreApplication.translate("Register", "Show the activities by the Annex I result")),
                (self.table, QCoreApplication.translate("Register", "Hazardous activities"))):
            widget.setAccessibleName(name)
        self.table.setAccessibleDescription(QCoreApplication.translate(
            "Register", "Choose an activity to edit it below; click a column header to sort"))
        self.overdue.setAccessibleDescription(QCoreApplication.translate(
            "Register", "Show only the activities whose next inspection date has passed"))
        self.overdue.setText(QCoreApplication.translate("Register", "Inspection overdue"))
        self.add_button.setText(QCoreApplication.translate("Register", "Add an activity"))
        self.delete_button.setText(QCoreApplication.translate("Register", "Delete the activity"))
        self.exchange_button.setText(QCoreApplication.translate("Register", "Workbook and form"))
        self.exchange_button.setToolTip(QCoreApplication.translate(
            "Register", "Workbooks and printable forms for collecting operators' data for the register"))
        self.act_template.setText(QCoreApplication.translate("Register", "Register workbook for operators…"))
        self.act_import.setText(QCoreApplication.translate("Register", "Import a register workbook…"))
        self.act_form.setText(QCoreApplication.translate("Register", "Blank form (PDF)…"))
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
        self._show_counts()
        self.model.retranslate()
        self._fit_headers()

    def _fit_headers(self) -> None:
        """Each column at least as wide as its header in the interface language (never measured on 5,000 rows)."""
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        for column in range(1, self.model.columnCount()):
            text = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            header.resizeSection(column, max(90, metrics.horizontalAdvance(text) + 24))
