"""File → Import workbook: read a returned workbook, show its changes field by field, apply the accepted ones."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QListWidget,
                               QTableView, QVBoxLayout, QWidget)

from gui import jobs
from gui.session import document_and_session
from gui.widgets.findings import MARK, WARNING_STYLE, finding_text
from gui.messages import error_text
from gui.widgets.shared import PlainMessageBox, plain_label, plain_tooltip
from model.app import paths
from model.formats import xlsx_import as importer
from model.formats.import_review import ImportWarning

CONFLICT_COLOUR = QColor("#FCE4D6")


def field_name(field: str) -> str:
    names = {
        "level": QCoreApplication.translate("ImportDialog", "Level"),
        "status": QCoreApplication.translate("ImportDialog", "Status"),
        "criteria_met": QCoreApplication.translate("ImportDialog", "Criteria met"),
        "description": QCoreApplication.translate("ImportDialog", "Description"),
        "evidence": QCoreApplication.translate("ImportDialog", "Evidence"),
        "gaps": QCoreApplication.translate("ImportDialog", "Gaps"),
        "authority": QCoreApplication.translate("ImportDialog", "Responsible authority"),
        "action": QCoreApplication.translate("ImportDialog", "New action"),
        "delete": QCoreApplication.translate("ImportDialog", "Delete the action"),
        "title": QCoreApplication.translate("ImportDialog", "Action"),
        "indicator_ids": QCoreApplication.translate("ImportDialog", "Indicators"),
        "gap": QCoreApplication.translate("ImportDialog", "Gap addressed"),
        "expected_result": QCoreApplication.translate("ImportDialog", "Expected result"),
        "lead": QCoreApplication.translate("ImportDialog", "Lead"),
        "partners": QCoreApplication.translate("ImportDialog", "Partners"),
        "start_date": QCoreApplication.translate("ImportDialog", "Start"),
        "due_date": QCoreApplication.translate("ImportDialog", "Due"),
        "priority": QCoreApplication.translate("ImportDialog", "Priority"),
        "budget": QCoreApplication.translate("ImportDialog", "Resources"),
        "assistance_requested": QCoreApplication.translate("ImportDialog", "Assistance requested"),
        "assistance_details": QCoreApplication.translate("ImportDialog", "Assistance needed"),
        "progress_notes": QCoreApplication.translate("ImportDialog", "Progress notes"),
    }
    return names.get(field, field)


def warning_text(warning: ImportWarning) -> str:
    """A translated sentence for something the workbook holds that is not imported as it stands."""
    return warning.text(lambda source: QCoreApplication.translate(warning.CONTEXT, source))


class ChangesModel(QAbstractTableModel):
    """The changes of an ImportPlan, one per row, with a check box each (conflicts unchecked at first)."""

    APPLY, TARGET, FIELD, OLD, NEW, CONFLICT = range(6)

    def __init__(self, plan: importer.ImportPlan, parent=None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.accepted: set[str] = plan.default_accepted()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.plan.changes)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Apply"), self.tr("Indicator / action"), self.tr("Field"), self.tr("Current value"),
                self.tr("New value"), self.tr("Conflict"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        change = self.plan.changes[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == self.APPLY:
            return Qt.CheckState.Checked if change.key in self.accepted else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and change.conflict:
            return QBrush(CONFLICT_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.CONFLICT and change.conflict:
            return self.tr("This field was changed in the assessment after the workbook was exported. "
                           "Check the box to overwrite it with the workbook's value.")
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.OLD, self.NEW):
            return plain_tooltip(change.old if column == self.OLD else change.new)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.TARGET:
            return change.target
        if column == self.FIELD:
            return field_name(change.field)
        if column in (self.OLD, self.NEW):
            text = change.old if column == self.OLD else change.new
            text = text.replace("\n", " ⏎ ")
            return text if len(text) <= 120 else text[:119] + "…"
        if column == self.CONFLICT:
            return self.tr("changed after export") if change.conflict else ""
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == self.APPLY:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != self.APPLY:
            return False
        key = self.plan.changes[index.row()].key
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.accepted.add(key)
        else:
            self.accepted.discard(key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


class ImportDialog(QDialog):
    """Shows a plan's changes; Apply writes the checked ones in one transaction."""

    def __init__(self, doc, plan: importer.ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.plan = doc, plan
        self.applied: list[importer.Change] = []
        self.setWindowTitle(self.tr("Import {0}").format(plan.workbook))
        self.resize(980, 520)
        self.model = ChangesModel(plan, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((0, 60), (1, 170), (2, 150), (3, 230), (4, 230)):
            self.view.setColumnWidth(column, width)
        conflicts = len(plan.conflicts)
        summary = self.tr("%n change(s) from {0}.", "", len(plan.changes)).format(plan.workbook)
        if conflicts:
            summary += " " + self.tr("{0} of them were changed in the assessment after the export: they are not "
                                     "checked; check them to overwrite.").format(conflicts)
        self.summary = plain_label(summary)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # it names the workbook file
        # What the workbook holds that is not imported as it stands (texts from the workbook: plain text).
        self.warnings = plain_label("\n".join("⚠ " + warning_text(w) for w in plan.warnings))
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setWordWrap(True)
        self.warnings.setVisible(bool(plan.warnings))
        # What the consistency check finds in the changes checked now (a level that contradicts its criteria,
        # complete without evidence): shown before anything is applied, updated as boxes are (un)checked.
        self.findings_label = plain_label()
        self.findings_label.setTextFormat(Qt.TextFormat.PlainText)
        self.findings_label.setWordWrap(True)
        self.findings_label.setStyleSheet(WARNING_STYLE)
        self.findings_list = QListWidget()
        self.findings_list.setMaximumHeight(120)
        self.model.dataChanged.connect(lambda *_args: self.show_findings())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(self.tr("&Apply checked changes"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.warnings)
        layout.addWidget(self.findings_label)
        layout.addWidget(self.findings_list)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.show_findings(plan.findings)

    def show_findings(self, found: tuple | None = None) -> None:
        if found is None:
            found = importer.findings(self.doc, self.plan, self.model.accepted)
        self.findings_list.clear()
        for finding in found:
            self.findings_list.addItem(f"{finding.indicator_id}: {finding_text(finding)}")
        self.findings_label.setText(MARK + " " + self.tr(
            "After this import %n indicator(s) will need attention (they can be corrected later):", "",
            len({f.indicator_id for f in found})))
        self.findings_label.setVisible(bool(found))
        self.findings_list.setVisible(bool(found))

    def apply(self) -> None:
        try:
            self.applied = importer.apply(self.doc, self.plan, self.model.accepted)
        except Exception as error:
            PlainMessageBox.critical(self, self.tr("Import failed"), error_text(error))
            return
        self.accept()


def read_in_background(parent: QWidget | None, path: Path, reader: Callable[[Path], Any],
                       on_read: Callable[[Any], None], on_failure: Callable[[BaseException], None]) -> jobs.Job:
    """``reader(path)`` in a worker thread (the window keeps painting, with a busy cursor); then ``on_read`` with
    what it read, or ``on_failure`` with its error, on the GUI thread. Returns the running job."""
    from PySide6.QtWidgets import QApplication

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    job = jobs.run(parent, lambda _progress: reader(path), on_success=on_read, on_failure=on_failure)
    job.done.connect(QApplication.restoreOverrideCursor)
    return job


def _offer_register_import(parent, session, path: Path, error: BaseException) -> bool:
    """A register workbook given to the assessment's import: say what it is and offer the register's import
    (gui.register.import_dialog); True when that was offered, whatever the answer."""
    from model.errors import WorkbookError

    entry = getattr(parent, "register_entry", None)
    if entry is None or not (isinstance(error, WorkbookError) and error.kind == "not_ours"):
        return False
    from model.register import workbook as register_workbook

    try:
        register_workbook.read_workbook(path)
    except Exception:  # noqa: BLE001 - not a register workbook either: the first message stands
        return False
    answer = PlainMessageBox.question(parent, QCoreApplication.translate("ImportDialog", "Import workbook"),
                                      QCoreApplication.translate(
        "ImportDialog", "{0} is a register workbook of hazardous activities, not an assessment workbook. Import it "
                        "into the register? Every change is shown before it is applied.").format(path.name))
    if answer == PlainMessageBox.StandardButton.Yes:
        entry.import_workbook(str(path))
    return True


def run_import(parent: QWidget | None, doc_or_session, path: str | None = None,
               on_done: Callable[[list[importer.Change]], None] | None = None) -> jobs.Job | None:
    """Ask for a workbook, read it in the background, show its changes and apply the accepted ones; then
    ``on_done(the changes applied)`` (an empty list when nothing was). Returns the reading job (its ``done``
    signal comes after ``on_done``), or None when no file was chosen.

    With a session, staged typing is written first; afterwards the caller refreshes its views (and should
    clear the undo stack, whose steps predate the import).
    """
    doc, session = document_and_session(doc_or_session)
    finish = on_done or (lambda _applied: None)
    if path is None:
        path, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("ImportDialog", "Import workbook"),
                                              str(paths.user_folder(doc.path.parent)),
                                              QCoreApplication.translate("ImportDialog", "Excel workbooks (*.xlsx)"))
        if not path:
            finish([])
            return None
    if session is not None:
        session.flush()
    workbook = Path(path)
    title = QCoreApplication.translate("ImportDialog", "Import workbook")

    def failed(error: BaseException) -> None:
        if session is None or not _offer_register_import(parent, session, workbook, error):
            jobs.show_failure(parent, title, error)
        finish([])

    def read(content) -> None:
        if doc.closed:  # the document was closed while the workbook was being read
            finish([])
            return
        try:
            plan = importer.plan(doc, content)
        except Exception as error:  # noqa: BLE001 - a workbook of another assessment, …: one message
            failed(error)
            return
        if not plan.changes and not plan.warnings:
            PlainMessageBox.information(parent, title, QCoreApplication.translate(
                "ImportDialog", "{0} holds no changes for this assessment.").format(plan.workbook))
            finish([])
            return
        dialog = ImportDialog(doc, plan, parent)
        dialog.exec()
        finish(dialog.applied)

    return read_in_background(parent, workbook, importer.parse, read, failed)
