"""The action plan page: a filterable, sortable table of actions edited in place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QHeaderView, QLineEdit, QMessageBox,
    QPushButton, QStyle, QStyledItemDelegate, QTableView, QVBoxLayout, QWidget,
)

from gui.pages.actionplan_model import COLUMNS, ActionTableModel
from model.plan import ActionFilter
from gui.formats import format_date
from gui.pages.indicator import shown
from gui.session import DocumentSession
from gui.widgets.shared import OptionalDateEdit, PlainMessageBox, plain_label
from model.document.plan_rows import plan_rows


# A fixed context: lupdate would file `widget.tr(...)` under "widget", a context Qt never asks for.
def priority_labels(widget: QWidget) -> dict[str, str]:
    return {"high": QCoreApplication.translate("ActionPlanView", "High"),
            "medium": QCoreApplication.translate("ActionPlanView", "Medium"),
            "low": QCoreApplication.translate("ActionPlanView", "Low")}


def status_labels(widget: QWidget) -> dict[str, str]:
    return {"planned": QCoreApplication.translate("ActionPlanView", "Planned"),
            "ongoing": QCoreApplication.translate("ActionPlanView", "Ongoing"),
            "done": QCoreApplication.translate("ActionPlanView", "Done"),
            "cancelled": QCoreApplication.translate("ActionPlanView", "Cancelled")}


class ActionDelegate(QStyledItemDelegate):
    """Date pickers for dates, drop-downs for priority and status, a line editor for the rest."""

    def __init__(self, view: "ActionPlanView") -> None:
        super().__init__(view)
        self.view = view

    def createEditor(self, parent, option, index):  # noqa: N802
        column = COLUMNS[index.column()]
        if column in ("start_date", "due_date"):
            return OptionalDateEdit(parent)
        if column in ("priority", "status"):
            editor = QComboBox(parent)
            labels = priority_labels(self.view) if column == "priority" else status_labels(self.view)
            for code, label in labels.items():
                editor.addItem(label, code)
            return editor
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, OptionalDateEdit):
            editor.set_iso(value)
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        if isinstance(editor, OptionalDateEdit):
            if editor.iso() != (index.data(Qt.ItemDataRole.EditRole) or None):
                model.setData(index, editor.iso(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


COLUMN_WIDTHS = (40, 340, 90, 180, 160, 95, 95, 85, 95, 40, 200, 200)  # for the texts of a typical plan


class ActionPlanView(QWidget):
    indicatorRequested = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.session: DocumentSession | None = None
        self.lang = "en"
        self.model = ActionTableModel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.title_label = plain_label()
        self.title_label.setStyleSheet("font-weight: bold; font-size: 13pt;")
        self.count_label = plain_label()  # beside the title: below the table it made the page too wide for 1024x768
        title_row = QHBoxLayout()
        title_row.addWidget(self.title_label)
        title_row.addStretch(1)
        title_row.addWidget(self.count_label)
        layout.addLayout(title_row)
        # Two rows of three: at 1024x768 one row would squeeze the text fields to "О…".
        filters = QGridLayout()
        filters.setHorizontalSpacing(8)
        self.area_combo = QComboBox()
        self.status_combo = QComboBox()
        self.priority_combo = QComboBox()
        self.authority_edit = QLineEdit()
        self.text_edit = QLineEdit()
        self.overdue_check = QCheckBox()
        for combo in (self.area_combo, self.status_combo, self.priority_combo):
            combo.currentIndexChanged.connect(self._apply_filter)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        for line in (self.authority_edit, self.text_edit):
            line.textChanged.connect(self._apply_filter)
            line.setClearButtonEnabled(True)
        self.overdue_check.toggled.connect(self._apply_filter)
        for position, widget in enumerate((self.area_combo, self.status_combo, self.priority_combo,
                                           self.authority_edit, self.text_edit, self.overdue_check)):
            filters.addWidget(widget, position // 3, position % 3)
        for column in range(3):
            filters.setColumnStretch(column, 1)
        layout.addLayout(filters)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(ActionDelegate(self))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Double-click and Enter open the action editor (every field); F2 or a click on the selected cell
        # still edits that cell in place.
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.installEventFilter(self)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(self._double_clicked)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(lambda: self.add_action())
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_selected)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.model.rowsInserted.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("National action plan"))
        self.model.headers = [self.tr("No."), self.tr("Action"), self.tr("Indicators"), self.tr("Lead authority"),
                              self.tr("Partners"), self.tr("Start"), self.tr("Due"), self.tr("Priority"),
                              self.tr("Status"), self.tr("Aid"), self.tr("Expected result"),
                              self.tr("Progress notes")]
        self.model.labels = {"priority": priority_labels(self), "status": status_labels(self)}
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self._fit_columns()
        self.authority_edit.setPlaceholderText(self.tr("Authority contains…"))
        self.text_edit.setPlaceholderText(self.tr("Action contains…"))
        # A placeholder is no name: a screen reader says what each filter and the table are.
        self.authority_edit.setAccessibleName(self.tr("Filter by lead authority or partner"))
        self.text_edit.setAccessibleName(self.tr("Filter by words in the action"))
        self.area_combo.setAccessibleName(self.tr("Filter by area"))
        self.status_combo.setAccessibleName(self.tr("Filter by status"))
        self.priority_combo.setAccessibleName(self.tr("Filter by priority"))
        self.table.setAccessibleName(self.tr("National action plan"))
        self.table.setAccessibleDescription(self.tr("One row per action; F2 edits a cell, Enter opens the action."))
        self.overdue_check.setText(self.tr("Overdue only"))
        self.add_button.setText(self.tr("Add action…"))
        self.edit_button.setText(self.tr("Edit action…"))
        self.edit_button.setToolTip(self.tr("Every field of the selected action (double-click or Enter)"))
        self.delete_button.setText(self.tr("Delete action"))
        self._fill_combo(self.status_combo, self.tr("All statuses"), status_labels(self))
        self._fill_combo(self.priority_combo, self.tr("All priorities"), priority_labels(self))
        self._fill_areas()
        self._update_count()

    def _fit_columns(self) -> None:
        """Each column at least as wide as its header in the interface language (with room for the sort mark)."""
        header = self.table.horizontalHeader()
        style = header.style()
        room = (2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
                + style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + 12)
        for column, width in enumerate(COLUMN_WIDTHS):
            needed = header.fontMetrics().horizontalAdvance(self.model.headers[column]) + room
            self.table.setColumnWidth(column, max(width, needed))

    @staticmethod
    def _fill_combo(combo: QComboBox, everything: str, labels: dict[str, str]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, "")
        for code, label in labels.items():
            combo.addItem(label, code)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _fill_areas(self) -> None:
        labels: dict[str, str] = {}
        if self.session is not None:
            labels = {a.id: f"{a.id}. {shown(a.title, self.lang)}" for a in self.session.catalogue.areas}
        self._fill_combo(self.area_combo, self.tr("All areas"), labels)

    # ----------------------------------------------------------------- data
    def show_session(self, session, lang: str) -> None:
        self.session, self.lang = session, lang
        self.model.commit = self._commit
        self.model.format_date = format_date
        session.actionChanged.connect(self.model.replace_action)  # e.g. Edit → Undo of a cell
        session.actionAdded.connect(self._action_added)  # from the editor, or Edit → Undo of a delete
        session.actionDeleted.connect(self._action_deleted)
        self._fill_areas()
        self.reload()

    def clear(self) -> None:
        """The document was closed: forget it."""
        self.session = None
        self.model.commit = None
        self.model.load([])
        self._fill_areas()

    def reload(self) -> None:
        if self.session is None:
            return
        self.model.load(plan_rows(self.session.doc))

    def set_filter(self, **values) -> None:
        """Show the plan filtered, e.g. set_filter(status="ongoing") or set_filter(overdue=True)."""
        for combo, key in ((self.area_combo, "area"), (self.status_combo, "status"),
                           (self.priority_combo, "priority")):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(values.get(key, ""))))
            combo.blockSignals(False)
        for edit, key in ((self.authority_edit, "authority"), (self.text_edit, "text")):
            edit.blockSignals(True)
            edit.setText(values.get(key, ""))
            edit.blockSignals(False)
        self.overdue_check.blockSignals(True)
        self.overdue_check.setChecked(bool(values.get("overdue")))
        self.overdue_check.blockSignals(False)
        self._indicator_filter = values.get("indicator", "")
        self._apply_filter()

    _indicator_filter = ""

    def _apply_filter(self) -> None:
        self.model.set_filter(ActionFilter(
            area=self.area_combo.currentData() or "", status=self.status_combo.currentData() or "",
            priority=self.priority_combo.currentData() or "", authority=self.authority_edit.text().strip(),
            text=self.text_edit.text().strip(), overdue=self.overdue_check.isChecked(),
            indicator=self._indicator_filter))

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("{0} of %n action(s) shown", "", self.model.total).format(
            self.model.rowCount()))

    def _commit(self, action_id: int, **fields):
        if self.session is None:  # the plan shows no document: nothing to write to
            return None
        return self.session.update_action(action_id, **fields)

    # ----------------------------------------------------------------- commands
    def add_action(self, initial: dict | None = None):
        """Open the action editor for a new action (nothing is added unless it is confirmed)."""
        if self.session is None:
            return None
        from gui.dialogs.action_editor import open_editor

        return open_editor(self.window(), self.session, self.lang, initial=initial)

    def edit_selected(self, index: QModelIndex | None = None):
        """Open the action editor for the current row (or the row of ``index``)."""
        index = self.table.currentIndex() if index is None else index
        if self.session is None or not index.isValid():
            return None
        from gui.dialogs.action_editor import open_editor

        return open_editor(self.window(), self.session, self.lang, self.model.action_at(index.row()).id)

    def _action_added(self, action, restored: bool) -> None:
        if self.model.row_of(action.id) >= 0:
            return
        if restored:
            self.reload()  # back in its place and with its number
            self.select_action(action.id)
            return
        self.set_filter()
        row = self.model.add(action)
        index = self.model.index(row, COLUMNS.index("title"))
        self.table.scrollTo(index)
        self.table.setCurrentIndex(index)

    def _action_deleted(self, action_id: int) -> None:
        self.model.remove(action_id)

    def delete_selected(self) -> None:
        index = self.table.currentIndex()
        if self.session is None or not index.isValid():
            return
        action = self.model.action_at(index.row())
        answer = PlainMessageBox.question(self, self.tr("Delete action"),
                                          self.tr("Delete the action \"{0}\"? (Edit → Undo brings it back.)").format(
                                              action.title))
        if answer == QMessageBox.StandardButton.Yes:
            self.session.delete_action(action.id)

    def select_action(self, action_id: int) -> None:
        row = self.model.row_of(action_id)
        if row < 0:
            self.set_filter()
            row = self.model.row_of(action_id)
        if row >= 0:
            index = self.model.index(row, 1)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def _double_clicked(self, index: QModelIndex) -> None:
        if COLUMNS[index.column()] == "number":  # the number is not editable: double-click opens the indicator
            action = self.model.action_at(index.row())
            if action.indicator_ids:
                self.indicatorRequested.emit(action.indicator_ids[0])
            return
        self.edit_selected(index)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.state()
                != QAbstractItemView.State.EditingState and self.table.currentIndex().isValid()):
            self.edit_selected()
            return True
        return super().eventFilter(watched, event)
