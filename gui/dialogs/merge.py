"""File → Merge a contribution: what another copy brings, its conflicts side by side, applied when confirmed."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QFileDialog, QGridLayout, QGroupBox,
                               QHeaderView, QPlainTextEdit, QPushButton, QTableView,
                               QVBoxLayout, QWidget)

from gui.formats import format_timestamp
from gui.dialogs.import_workbook import CONFLICT_COLOUR, field_name
from gui.messages import error_text
from gui.widgets.shared import PlainMessageBox, plain_label
from model import merge
from model.merge import register as merge_register
from model.merge.plan import FieldChange, MergePlan, Side

OURS, THEIRS = "ours", "theirs"


def change_field(change: FieldChange) -> str:
    names = {
        "new_action": QCoreApplication.translate("MergeDialog", "New action"),
        "delete_action": QCoreApplication.translate("MergeDialog", "Delete the action"),
        "attachment": QCoreApplication.translate("MergeDialog", "New attachment"),
        "new_activity": QCoreApplication.translate("MergeDialog", "New hazardous activity"),
        "delete_activity": QCoreApplication.translate("MergeDialog", "Delete the hazardous activity"),
    }
    if change.kind == "field" and change.record.startswith(merge_register.PREFIX):
        from gui.register.editor import field_names

        return field_names().get(change.field, change.field)
    return names.get(change.kind) or field_name(change.field)


def value_text(change: FieldChange, side: Side) -> str:
    if change.kind in ("delete_action", "delete_activity") and side is change.theirs:
        return QCoreApplication.translate("MergeDialog", "(deleted)")
    if change.kind in ("new_action", "new_activity", "attachment") and side is change.ours:
        return QCoreApplication.translate("MergeDialog", "(not here)")
    if side.value is None:
        return ""
    if change.record.startswith(merge_register.PREFIX):
        return str(merge_register.shown(change.field, side.value))
    return str(side.value)


def who_text(side: Side) -> str:
    """"Айгүл (МЧС), 01.12.2026 10:15": who changed it last there, for whom, when."""
    who = side.by or "—"
    if side.contributor:
        who += f" ({side.contributor})"
    return f"{who}, {format_timestamp(side.at)}" if side.at else who


class MergeModel(QAbstractTableModel):
    TARGET, FIELD, OURS_VALUE, THEIRS_VALUE, DECISION = range(5)

    def __init__(self, plan: MergePlan, parent=None) -> None:
        super().__init__(parent)
        # Conflicts first: they are what needs a person.
        self.changes = sorted(plan.changes, key=lambda c: not c.conflict)
        self.decisions: dict[str, str] = {c.key: OURS for c in self.changes if c.conflict}

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.changes)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Indicator / action"), self.tr("Field"), self.tr("In this assessment"),
                self.tr("In the other copy"), self.tr("Outcome"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        change = self.changes[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.BackgroundRole and change.conflict:
            return QBrush(CONFLICT_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.OURS_VALUE, self.THEIRS_VALUE):
            side = change.ours if column == self.OURS_VALUE else change.theirs
            return value_text(change, side) + "\n" + who_text(side)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.TARGET:
            return change.target
        if column == self.FIELD:
            return change_field(change)
        if column in (self.OURS_VALUE, self.THEIRS_VALUE):
            text = value_text(change, change.ours if column == self.OURS_VALUE else change.theirs).replace("\n", " ⏎ ")
            return text if len(text) <= 100 else text[:99] + "…"
        if not change.conflict:
            return self.tr("taken from the other copy")
        if self.decisions[change.key] == OURS:
            return self.tr("conflict: keep this assessment's")
        return self.tr("conflict: take the other copy's")

    def decide(self, rows: list[int], decision: str) -> None:
        for row in rows:
            change = self.changes[row]
            if change.conflict:
                self.decisions[change.key] = decision
        if rows:
            self.dataChanged.emit(self.index(min(rows), self.DECISION), self.index(max(rows), self.DECISION))


class MergeDialog(QDialog):
    """The plan of a merge; conflicts shown side by side and decided one by one or all at once."""

    def __init__(self, doc, plan: MergePlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.plan = doc, plan
        self.applied = 0
        self.setWindowTitle(self.tr("Merge {0}").format(plan.source))
        self.resize(1000, 640)
        self.model = MergeModel(plan, self)
        conflicts = len(plan.conflicts)
        self.summary = plain_label(self.tr("From {0} ({1}): {2} change(s) to take, {3} conflict(s). Nothing is changed "
                                      "until you press Merge.").format(plan.origin, plan.source,
                                                                      len(plan.changes) - conflicts, conflicts))
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((0, 110), (1, 170), (2, 240), (3, 240)):
            self.view.setColumnWidth(column, width)
        self.view.selectionModel().currentRowChanged.connect(lambda current, _old: self._show(current.row()))

        self.side_box = QGroupBox(self.tr("Side by side"))
        grid = QGridLayout(self.side_box)
        self.ours_who, self.theirs_who = plain_label(), plain_label()
        self.ours_text, self.theirs_text = QPlainTextEdit(), QPlainTextEdit()
        for column, (title, who, text) in enumerate(((self.tr("This assessment"), self.ours_who, self.ours_text),
                                                     (self.tr("The other copy"), self.theirs_who, self.theirs_text))):
            heading = plain_label(title, bold=True)
            who.setTextFormat(Qt.TextFormat.PlainText)  # names typed by people
            text.setReadOnly(True)
            grid.addWidget(heading, 0, column)
            grid.addWidget(who, 1, column)
            grid.addWidget(text, 2, column)
        self.keep_button = QPushButton(self.tr("&Keep this assessment's"))
        self.keep_button.clicked.connect(lambda: self._decide_selected(OURS))
        self.take_button = QPushButton(self.tr("&Take the other copy's"))
        self.take_button.clicked.connect(lambda: self._decide_selected(THEIRS))
        grid.addWidget(self.keep_button, 3, 0)
        grid.addWidget(self.take_button, 3, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.keep_all = self.buttons.addButton(self.tr("Keep all of &ours"), QDialogButtonBox.ButtonRole.ActionRole)
        self.keep_all.clicked.connect(lambda: self.model.decide(list(range(self.model.rowCount())), OURS))
        self.take_all = self.buttons.addButton(self.tr("Take all of t&heirs"), QDialogButtonBox.ButtonRole.ActionRole)
        self.take_all.clicked.connect(lambda: self.model.decide(list(range(self.model.rowCount())), THEIRS))
        for button in (self.keep_all, self.take_all):
            button.setEnabled(bool(conflicts))
        self.merge_button = self.buttons.addButton(self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 3)
        layout.addWidget(self.side_box, 2)
        layout.addWidget(self.buttons)
        if self.model.rowCount():
            self.view.selectRow(0)
        self._show(0)

    def _show(self, row: int) -> None:
        change = self.model.changes[row] if 0 <= row < len(self.model.changes) else None
        self.side_box.setEnabled(change is not None)
        if change is None:
            return
        self.ours_text.setPlainText(value_text(change, change.ours))
        self.theirs_text.setPlainText(value_text(change, change.theirs))
        self.ours_who.setText(who_text(change.ours))
        self.theirs_who.setText(who_text(change.theirs))
        for button in (self.keep_button, self.take_button):
            button.setEnabled(change.conflict)

    def _decide_selected(self, decision: str) -> None:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        self.model.decide(rows, decision)

    def apply(self) -> None:
        try:
            self.applied = merge.apply(self.doc, self.plan, self.model.decisions)
        except Exception as error:
            PlainMessageBox.critical(self, self.tr("Merge failed"), error_text(error))
            return
        self.accept()


def run_merge(parent: QWidget | None, session, path: str | None = None) -> int:
    """Ask for a contribution, show what it brings, merge it when confirmed; how many changes were written."""
    doc = session.doc
    title = QCoreApplication.translate("MergeDialog", "Merge a contribution")
    if path is None:
        path, _ = QFileDialog.getOpenFileName(parent, title, str(doc.path.parent), QCoreApplication.translate(
            "MergeDialog", "TEIA self-assessments (*.teia)"))
        if not path:
            return 0
    session.flush()
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        plan = merge.read(doc, path)
    except Exception as error:
        QApplication.restoreOverrideCursor()
        PlainMessageBox.critical(parent, title, error_text(error))
        return 0
    QApplication.restoreOverrideCursor()
    if not plan.changes:
        if plan.history:  # only their history is new: kept too, so that it is not offered again
            merge.apply(doc, plan)
        PlainMessageBox.information(parent, title, QCoreApplication.translate(
            "MergeDialog", "{0} brings nothing new for this assessment.").format(plan.source))
        return 0
    dialog = MergeDialog(doc, plan, parent)
    dialog.exec()
    return dialog.applied
