"""Import a filled register workbook in the window: read it off the GUI thread through the same defences as the
command line (model.register.workbook), show every change field by field, apply all of it in one transaction,
and take it back with Edit → Undo as one step."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from gui import jobs
from gui.dialogs.import_workbook import read_in_background
from gui.messages import error_text
from gui.register.editor import field_names
from gui.widgets.shared import PlainMessageBox, plain_label, plain_tooltip
from model.app import paths
from model.register import activities as register
from model.register import workbook
from model.register.activities import Activity


def preview_rows(doc, plan: workbook.RegisterPlan) -> list[tuple[str, str, str, str, str]]:
    """(what, activity, field, current value, new value) for every field the plan changes, as people read them."""
    names = field_names()
    rows = []
    for change in plan.changes:
        old = register.activity(doc, change.uid) if change.kind == "update" else None
        what = (QCoreApplication.translate("Register", "new") if change.kind == "add"
                else QCoreApplication.translate("Register", "changed"))
        for field, value in change.values.items():
            if change.kind == "add" and value in (None, "", False):
                continue
            before = "" if old is None else old.values.get(field)
            rows.append((what, change.name, names.get(field, field), _shown(before), _shown(value)))
        if change.substances is not None:
            rows.append((what, change.name, names["substances"], register.describe(old.substances) if old else "",
                         register.describe(change.substances)))
    return rows


def _shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else "—"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


class RegisterImported(QUndoCommand):
    """An applied register workbook: undo puts every activity it touched back as it was (those it added go),
    redo writes them as the import left them."""

    def __init__(self, edits, befores: list[tuple[str, Activity | None]], afters: list[Activity], text: str) -> None:
        super().__init__(text)
        self.edits, self.befores, self.afters = edits, befores, afters
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        for snapshot in self.afters:
            self.edits.put(snapshot)

    def undo(self) -> None:
        for uid, before in self.befores:
            if before is None:
                self.edits.remove(uid, again=True)
            else:
                self.edits.put(before)


class RegisterImportDialog(QDialog):
    """Every change of a register workbook, field by field; Import writes all of them in one transaction."""

    def __init__(self, doc, plan: workbook.RegisterPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.plan = doc, plan
        self.setWindowTitle(QCoreApplication.translate("Register", "Import {file}").format(file=plan.workbook))
        self.resize(960, 520)
        added = sum(c.kind == "add" for c in plan.changes)
        self.summary = plain_label(QCoreApplication.translate(
            "Register", "{file}: {added} new activities, {changed} changed. Nothing is written until you press "
                        "Import.").format(file=plan.workbook, added=added, changed=len(plan.changes) - added))
        self.summary.setWordWrap(True)
        rows = preview_rows(doc, plan)
        self.table = QTableWidget(len(rows), 5)
        self.table.setAccessibleName(QCoreApplication.translate("Register", "Changes in the workbook"))
        self.table.setHorizontalHeaderLabels([
            QCoreApplication.translate("Register", "Change"), QCoreApplication.translate("Register", "Hazardous activity"),
            QCoreApplication.translate("Register", "Field"), QCoreApplication.translate("Register", "Current value"),
            QCoreApplication.translate("Register", "New value")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in ((0, 80), (1, 240), (2, 170), (3, 200)):
            self.table.setColumnWidth(column, width)
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text.replace("\n", " ⏎ "))  # a table item shows plain text
                item.setToolTip(plain_tooltip(text))
                self.table.setItem(row, column, item)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(QCoreApplication.translate("Register", "&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)


def write_template(parent: QWidget | None, session, path: str | None = None) -> Path | None:
    """Save the register workbook for operators and regional offices (as ``register FILE --template``)."""
    from gui.commands.replace_file import may_replace

    title = QCoreApplication.translate("Register", "Register workbook for operators")
    if path is None:
        start = paths.user_folder(session.doc.path.parent) / f"{session.doc.path.stem} - register.xlsx"
        path, _ = QFileDialog.getSaveFileName(parent, title, str(start),
                                              QCoreApplication.translate("ImportDialog", "Excel workbooks (*.xlsx)"))
        if not path:
            return None
        confirmed = path
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        if not may_replace(parent, path, confirmed):
            return None
    session.flush()
    try:
        return workbook.write_template(session.doc, path)
    except Exception as error:  # noqa: BLE001 - shown to the person
        PlainMessageBox.warning(parent, title, error_text(error))
        return None


def run_register_import(parent: QWidget | None, session, path: str | None = None,
                        on_done: Callable[[int], None] | None = None) -> jobs.Job | None:
    """Ask for a register workbook, read it in the background, show its changes, import them on Import; then
    ``on_done(how many activities changed)``. Returns the reading job (its ``done`` signal comes after
    ``on_done``), or None when no file was chosen."""
    from gui.register.edits import edits_for

    doc = session.doc
    finish = on_done or (lambda _count: None)
    title = QCoreApplication.translate("Register", "Import a register workbook")
    if path is None:
        path, _ = QFileDialog.getOpenFileName(parent, title, str(paths.user_folder(doc.path.parent)),
                                              QCoreApplication.translate("ImportDialog", "Excel workbooks (*.xlsx)"))
        if not path:
            finish(0)
            return None
    session.flush()

    def failed(error: BaseException) -> None:  # a hostile or foreign file: one message, nothing written
        jobs.show_failure(parent, title, error)
        finish(0)

    def read(content) -> None:
        if doc.closed:  # the document was closed while the workbook was being read
            finish(0)
            return
        try:
            plan = workbook.plan_rows(doc, content)
        except Exception as error:  # noqa: BLE001
            failed(error)
            return
        if not plan.changes:
            PlainMessageBox.information(parent, title, QCoreApplication.translate(
                "Register", "{file} holds no changes for this register.").format(file=plan.workbook))
            finish(0)
            return
        dialog = RegisterImportDialog(doc, plan, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        finish(_apply(parent, session, plan, edits_for(session), title) if accepted else 0)

    return read_in_background(parent, Path(path), workbook.read_workbook, read, failed)


def _apply(parent: QWidget | None, session, plan: workbook.RegisterPlan, edits, title: str) -> int:
    """Apply the plan in one transaction, as one undo step; how many activities changed (0 on a failure)."""
    doc = session.doc
    befores = [(c.uid, register.activity(doc, c.uid) if c.kind == "update" else None) for c in plan.changes]
    try:
        count = workbook.apply(doc, plan)
    except Exception as error:  # noqa: BLE001 - the transaction was rolled back: nothing changed
        jobs.show_failure(parent, title, error)
        return 0
    afters = [register.activity(doc, c.uid) for c in plan.changes]
    session.undo_stack.push(RegisterImported(edits, befores, afters, QCoreApplication.translate(
        "Register", "Import {file}").format(file=plan.workbook)))
    if doc.last_saved:
        session.saved.emit(doc.last_saved)
    edits.changed.emit("", True)
    return count
