"""The tailings block of a mining activity: the hazard-index parameters, the index with its terms, the
checklist answered question by question, and a finding turned into an action of the plan."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGroupBox, QHeaderView, QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem,
    QVBoxLayout,
)

from gui.register.edits import RegisterEdits
from gui.widgets.shared import plain_label, plain_tooltip
from model.document.assessment import Assessment
from model.errors import TeiaError
from model.register import activities as register
from model.register.activities import Activity
from model.register.tailings import action_for_finding, answer, builtin_method, index


class TailingsBlock(QGroupBox):
    """``stored(activity)`` after each change written through ``writer`` (undoable; refusals reported there)."""

    stored = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.method = builtin_method()
        self.doc: Assessment | None = None
        self.writer: RegisterEdits | None = None  # set by the activity editor that holds this block
        self.frozen = False
        self.activity: Activity | None = None
        self.lang = "en"
        self._loading = False
        layout = QVBoxLayout(self)
        self.note = plain_label()
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        form = QFormLayout()
        self.inputs: dict[str, QLineEdit | QComboBox] = {}
        self.input_labels: dict[str, QLabel] = {}
        for parameter in self.method.parameters.values():
            widget: QLineEdit | QComboBox
            if parameter.kind == "choice":
                widget = combo = QComboBox()
                combo.activated.connect(lambda _i, p=parameter.id: self._store(p))
            else:
                widget = line = QLineEdit()
                line.editingFinished.connect(lambda p=parameter.id: self._store(p))
            self.inputs[parameter.id] = widget
            self.input_labels[parameter.id] = plain_label()
            form.addRow(self.input_labels[parameter.id], widget)
        self.result = plain_label()
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setWordWrap(True)
        self.checklist = QTableWidget(0, 3)
        self.checklist.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.checklist.itemChanged.connect(self._note_edited)
        self.make_action = QPushButton()
        self.make_action.clicked.connect(self._make_action)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.result)
        layout.addWidget(self.checklist)
        layout.addWidget(self.make_action)
        self.retranslate()

    def show_activity(self, doc, activity, lang: str) -> None:
        self.doc, self.activity, self.lang = doc, activity, lang
        self._loading = True
        try:
            self._fill_choices()
            for key, widget in self.inputs.items():
                value = activity.tailings.get(key)
                if isinstance(widget, QComboBox):
                    widget.setCurrentIndex(max(0, widget.findData(value)))
                else:
                    widget.setText("" if value is None else f"{value:g}" if isinstance(value, float) else str(value))
            self._fill_checklist()
        finally:
            self._loading = False
        self.show_frozen()
        self._show_index()

    def show_frozen(self) -> None:
        for widget in self.inputs.values():
            if isinstance(widget, QLineEdit):
                widget.setReadOnly(self.frozen)
            else:
                widget.setEnabled(not self.frozen)
        for row in range(self.checklist.rowCount()):
            combo = self.checklist.cellWidget(row, 1)
            if combo is not None:
                combo.setEnabled(not self.frozen)
        self.checklist.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers if self.frozen else
                                       QTableWidget.EditTrigger.DoubleClicked | QTableWidget.EditTrigger.EditKeyPressed
                                       | QTableWidget.EditTrigger.AnyKeyPressed)
        self.make_action.setEnabled(not self.frozen)

    def _fill_choices(self) -> None:
        for key, widget in self.inputs.items():
            parameter = self.method.parameters[key]
            self.input_labels[key].setText(parameter.name.text(self.lang) + (f", {parameter.unit}" if parameter.unit else ""))
            widget.setAccessibleName(self.input_labels[key].text())  # a combo box is otherwise named by its choice
            if isinstance(widget, QComboBox):
                current = widget.currentData()
                widget.clear()
                widget.addItem("—", None)
                for choice, name in parameter.choices:
                    widget.addItem(name.text(self.lang), choice)
                widget.setCurrentIndex(max(0, widget.findData(current)))

    def _fill_checklist(self) -> None:
        answers = dict(self.method.answers)
        self.checklist.setRowCount(0)  # drops the previous facility's answer boxes
        if self.activity is None:
            return
        self.checklist.setRowCount(len(self.method.questions))
        for row, question in enumerate(self.method.questions):
            record = self.activity.checklist.get(question.id) or {}
            item = QTableWidgetItem(question.text.text(self.lang))  # a table item shows plain text
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setData(Qt.ItemDataRole.UserRole, question.id)
            self.checklist.setItem(row, 0, item)
            combo = QComboBox()
            combo.addItem("—", "")
            for key, name in answers.items():
                combo.addItem(name.text(self.lang), key)
            combo.setCurrentIndex(max(0, combo.findData(record.get("answer", ""))))
            combo.activated.connect(lambda _i, q=question.id, c=combo: self._answer(q, c.currentData()))
            combo.setAccessibleName(QCoreApplication.translate("Register", "Answer"))
            combo.setAccessibleDescription(question.text.text(self.lang))
            self.checklist.setCellWidget(row, 1, combo)
            self.checklist.setItem(row, 2, QTableWidgetItem(str(record.get("note", ""))))

    def _show_index(self) -> None:
        if self.activity is None:
            return
        result = index(self.activity.tailings, self.method)
        terms = " + ".join(f"{t.name.text(self.lang)} {result.scores[t.id]:.2f}" for t in self.method.hazard_terms)
        text = QCoreApplication.translate("Register", "Tailings hazard index = {terms} = {value}").format(terms=terms, value=f"{result.hazard:.2f}")
        text += "\n" + QCoreApplication.translate("Register", "Risk index (with exposure) = {value}").format(value=f"{result.risk:.2f}")
        if result.missing:
            text += "\n" + QCoreApplication.translate("Register", "Not given yet (counted as 0): {names}").format(
                names=", ".join(self.method.parameters[p].name.text(self.lang) for p in result.missing))
        self.result.setText(text)

    def _store(self, key: str) -> None:
        if self._loading or self.activity is None or self.writer is None:
            return
        widget = self.inputs[key]
        value = widget.currentData() if isinstance(widget, QComboBox) else widget.text().strip()
        parameters = {k: v for k, v in self.activity.tailings.items() if k != key}
        if value not in (None, ""):
            parameters[key] = value
        stored = self.writer.edit(self.activity.uid, register.set_tailings, parameters,
                                 text=QCoreApplication.translate("Register", "Edit the tailings facility {name}").format(
                                     name=self.activity.values.get("name") or ""))
        if stored is None:
            self.show_activity(self.doc, self.activity, self.lang)
            return
        self.activity = stored
        self._show_index()
        self.stored.emit(stored)

    def _answer(self, question_id: str, value: str) -> None:
        if self.activity is None or self.writer is None:
            return
        row = next(r for r in range(self.checklist.rowCount()) if self._question_id(r) == question_id)
        note_item = self.checklist.item(row, 2)
        note = note_item.text() if note_item is not None else ""
        stored = self.writer.edit(self.activity.uid, answer, question_id, value, note, self.method,
                                 text=QCoreApplication.translate("Register", "Answer the checklist of {name}").format(
                                     name=self.activity.values.get("name") or ""))
        if stored is not None:
            self.activity = stored
            self.stored.emit(stored)

    def _question_id(self, row: int) -> str | None:
        """The question a checklist row answers (its first column, set by _fill_checklist)."""
        item = self.checklist.item(row, 0)
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _note_edited(self, item) -> None:
        if self._loading or item.column() != 2 or self.activity is None:
            return
        combo = self.checklist.cellWidget(item.row(), 1)
        question_id = self._question_id(item.row())
        if question_id is not None:
            self._answer(question_id, combo.currentData() if isinstance(combo, QComboBox) else "")

    def _make_action(self) -> None:
        row = self.checklist.currentRow()
        if row < 0 or self.activity is None or self.doc is None or self.writer is None:
            return
        question_id = self._question_id(row)
        if question_id is None:
            return
        try:
            action = action_for_finding(self.doc, self.activity.uid, question_id, self.lang, self.method)
        except TeiaError as error:
            self.writer.failed.emit(error)
            return
        self.activity = register.activity(self.doc, self.activity.uid)
        self.make_action.setToolTip(plain_tooltip(action.title))
        self.writer.session.actionsChanged.emit()  # the plan and the overview show the new action
        self.writer.changed.emit(self.activity.uid, False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("Register", "Tailings management facility"))
        self.note.setText(QCoreApplication.translate("Register", "Provisional method: its terms and scores are loaded from a data file "
                                         "and must be checked against the published UNECE spreadsheet."))
        self.checklist.setHorizontalHeaderLabels([QCoreApplication.translate("Register", "Checklist question"), QCoreApplication.translate("Register", "Answer"),
                                                  QCoreApplication.translate("Register", "Finding")])
        self.make_action.setText(QCoreApplication.translate("Register", "Add an action to the plan for the selected finding"))
        self.checklist.setAccessibleName(QCoreApplication.translate("Register", "Checklist question"))
