"""One action of the national action plan with all its fields, in a dialog: opened from the plan (double-click,
Enter, "Edit action…") and from an indicator page (its list of actions, "Add an action for this gap")."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QScrollArea, QToolButton, QVBoxLayout, QWidget,
)

from gui.pages.actionplan import priority_labels, status_labels
from gui.pages.indicator import GrowingTextEdit, shown
from gui.messages import error_text
from gui.widgets.shared import OptionalDateEdit, plain_label, plain_tooltip
from model.document import actionplan
from model.document.actionplan import Action
from model.errors import DocumentError

NO_DATE = OptionalDateEdit.EMPTY  # the lowest date of the editors stands for "no date" (shown as "—")


class DateField(QWidget):
    """A date that may be empty: tabbing through it leaves it empty, the × button empties it again."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = OptionalDateEdit()  # the plan's cells use the same editor and date format
        self.edit.setSpecialValueText("—")
        self.clear_button = QToolButton()
        self.clear_button.setText("×")
        self.clear_button.clicked.connect(lambda: self.edit.setDate(NO_DATE))
        layout.addWidget(self.edit)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)

    def value(self) -> str | None:
        return self.edit.iso()

    def set_value(self, value: str | None) -> None:
        self.edit.set_iso(value)


class ActionEditor(QDialog):
    """Edits every field of one action; OK writes the changes as one undoable step (or adds the action)."""

    def __init__(self, parent: QWidget | None, session, lang: str, action: Action | None = None,
                 initial: dict | None = None) -> None:
        super().__init__(parent)
        self.session, self.lang, self.action = session, lang, action
        self.result_action: Action | None = None
        catalogue = session.catalogue
        values = {name: getattr(action, name) for name in actionplan.EDITABLE} if action else dict(initial or {})

        self.title_edit = GrowingTextEdit(min_lines=2, max_lines=5)
        self.links = QListWidget()
        self.links.setMinimumHeight(90)
        self.links.setMaximumHeight(130)
        self.links.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long statements are elided
        self.links.setTextElideMode(Qt.TextElideMode.ElideRight)
        linked = set(values.get("indicator_ids") or ())
        first_checked = None
        for indicator in catalogue.indicators():
            item = QListWidgetItem(f"{indicator.id}  {shown(indicator.statement, lang)}")
            item.setData(Qt.ItemDataRole.UserRole, indicator.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if indicator.id in linked else Qt.CheckState.Unchecked)
            item.setToolTip(plain_tooltip(shown(indicator.statement, lang)))
            self.links.addItem(item)
            if first_checked is None and indicator.id in linked:
                first_checked = item
        self.gap_edit = GrowingTextEdit(min_lines=2, max_lines=6)
        self.expected_edit = GrowingTextEdit(min_lines=2, max_lines=6)
        self.target_combo = QComboBox()
        scale_owner = catalogue.indicator(next(iter(sorted(linked)), "")) if linked else None
        self._scale = scale_owner.scale if scale_owner else catalogue.scale
        self.lead_edit = QLineEdit()
        self.partners_edit = QLineEdit()
        self.start_field = DateField()
        self.due_field = DateField()
        self.budget_edit = GrowingTextEdit(min_lines=2, max_lines=5)
        self.assistance_check = QCheckBox()
        self.assistance_edit = GrowingTextEdit(min_lines=2, max_lines=5)
        self.priority_combo = QComboBox()
        self.status_combo = QComboBox()
        self.notes_edit = GrowingTextEdit(min_lines=2, max_lines=8)
        self.assistance_check.toggled.connect(self.assistance_edit.setEnabled)

        body = QWidget()
        self.form = QFormLayout(body)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.field_labels: dict[str, QLabel] = {}
        for name, widget in (("title", self.title_edit), ("indicator_ids", self.links), ("gap", self.gap_edit),
                             ("expected_result", self.expected_edit), ("target_level", self.target_combo),
                             ("lead", self.lead_edit), ("partners", self.partners_edit),
                             ("start_date", self.start_field), ("due_date", self.due_field),
                             ("budget", self.budget_edit), ("assistance_requested", self.assistance_check),
                             ("assistance_details", self.assistance_edit), ("priority", self.priority_combo),
                             ("status", self.status_combo), ("progress_notes", self.notes_edit)):
            label = plain_label()
            label.setBuddy(widget)
            self.field_labels[name] = label
            self.form.addRow(label, widget)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.error_label = plain_label()
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._fill(values)
        if first_checked is not None:
            self.links.scrollToItem(first_checked)
        self.resize(760, 660)
        self.title_edit.setFocus()

    # ----------------------------------------------------------------- language
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            current = self.values()
            self.retranslate()
            self._fill(current)
        super().changeEvent(event)

    def retranslate(self) -> None:
        if self.action is None:
            self.setWindowTitle(self.tr("New action"))
        else:
            self.setWindowTitle(self.tr("Action {0}").format(self.action.id))
        names = {
            "title": self.tr("&Action"), "indicator_ids": self.tr("&Indicators"),
            "gap": self.tr("&Gap being closed"), "expected_result": self.tr("E&xpected result"),
            "target_level": self.tr("&Target level"), "lead": self.tr("&Lead authority"),
            "partners": self.tr("&Partners"), "start_date": self.tr("&Start"), "due_date": self.tr("&Due"),
            "budget": self.tr("&Resources (budget, staff)"),
            "assistance_requested": self.tr("International assistance"),
            "assistance_details": self.tr("Assistance &needed"), "priority": self.tr("P&riority"),
            "status": self.tr("Stat&us"), "progress_notes": self.tr("Progress &notes"),
        }
        for name, label in self.field_labels.items():
            label.setText(names[name])
            buddy = label.buddy()
            if buddy is not None:
                buddy.setAccessibleName(names[name].replace("&", ""))
                if isinstance(buddy, DateField):
                    buddy.edit.setAccessibleName(names[name].replace("&", ""))
        self.title_edit.setPlaceholderText(self.tr("What will be done"))
        self.gap_edit.setPlaceholderText(self.tr("The gap of the indicator that this action closes"))
        self.assistance_check.setText(self.tr("Requested"))
        self.assistance_check.setToolTip(self.tr("Requested from the Convention's Assistance Programme or donors"))
        self.start_field.clear_button.setToolTip(self.tr("No start date"))
        self.due_field.clear_button.setToolTip(self.tr("No due date"))
        self.start_field.clear_button.setAccessibleName(self.tr("No start date"))
        self.due_field.clear_button.setAccessibleName(self.tr("No due date"))

    def _fill(self, values: dict) -> None:
        self.title_edit.setPlainText(str(values.get("title") or ""))
        self.gap_edit.setPlainText(str(values.get("gap") or ""))
        self.expected_edit.setPlainText(str(values.get("expected_result") or ""))
        self.target_combo.clear()
        self.target_combo.addItem("—", None)
        for level in self._scale.levels:
            self.target_combo.addItem(f"{level.value}  {shown(level.label, self.lang)}", level.value)
        target = values.get("target_level")
        self.target_combo.setCurrentIndex(max(0, self.target_combo.findData(target)) if target is not None else 0)
        self.lead_edit.setText(str(values.get("lead") or ""))
        self.partners_edit.setText(str(values.get("partners") or ""))
        self.start_field.set_value(values.get("start_date"))
        self.due_field.set_value(values.get("due_date"))
        self.budget_edit.setPlainText(str(values.get("budget") or ""))
        self.assistance_check.setChecked(bool(values.get("assistance_requested")))
        self.assistance_edit.setEnabled(bool(values.get("assistance_requested")))
        self.assistance_edit.setPlainText(str(values.get("assistance_details") or ""))
        for combo, labels, key, default in ((self.priority_combo, priority_labels(self), "priority", "medium"),
                                            (self.status_combo, status_labels(self), "status", "planned")):
            combo.clear()
            for code, label in labels.items():
                combo.addItem(label, code)
            combo.setCurrentIndex(max(0, combo.findData(values.get(key) or default)))
        self.notes_edit.setPlainText(str(values.get("progress_notes") or ""))
        if "indicator_ids" in values:
            linked = set(values.get("indicator_ids") or ())
            for row in range(self.links.count()):
                item = self.links.item(row)
                item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in linked
                                   else Qt.CheckState.Unchecked)

    # ----------------------------------------------------------------- values
    def values(self) -> dict[str, object]:
        """Every editable field as the model stores it."""
        linked = tuple(self.links.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.links.count())
                       if self.links.item(row).checkState() == Qt.CheckState.Checked)

        def text(edit: QPlainTextEdit) -> str:
            return edit.toPlainText().strip()

        return {
            "title": " ".join(self.title_edit.toPlainText().split()), "indicator_ids": linked,
            "gap": text(self.gap_edit), "expected_result": text(self.expected_edit),
            "target_level": self.target_combo.currentData(), "lead": self.lead_edit.text().strip(),
            "partners": self.partners_edit.text().strip(), "start_date": self.start_field.value(),
            "due_date": self.due_field.value(), "budget": text(self.budget_edit),
            "assistance_requested": self.assistance_check.isChecked(),
            "assistance_details": text(self.assistance_edit), "priority": self.priority_combo.currentData(),
            "status": self.status_combo.currentData(), "progress_notes": text(self.notes_edit),
        }

    def _refuse(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def accept(self) -> None:
        """Check, then write: a refused value keeps the dialog open with everything typed in it."""
        values = self.values()
        if not values["title"]:
            self._refuse(self.tr("Say what the action is: the action needs a title."))
            self.title_edit.setFocus()
            return
        try:
            actionplan.validate(self.session.doc, values)  # the rules, dates included, live in the model
        except DocumentError as error:
            self._refuse(error_text(error))
            if error.kind == "due_before_start":
                self.due_field.setFocus()
            return
        if self.action is None:
            title = values.pop("title")
            links = values.pop("indicator_ids")
            result = self.session.add_action(title, links, **values)
        else:
            changed = {k: v for k, v in values.items() if getattr(self.action, k) != v}
            result = self.session.update_action(self.action.id, **changed) if changed else self.action
        if result is None:  # the session has shown why (the file could not be written)
            self._refuse(self.tr("The action was not saved; see the message."))
            return
        self.result_action = result
        super().accept()


def open_editor(parent: QWidget, session, lang: str, action_id: int | None = None,
                initial: dict | None = None) -> ActionEditor | None:
    """Show the editor for an action (or a new one, starting from ``initial``) without blocking the window."""
    action = None
    if action_id is not None:
        try:
            action = actionplan.action(session.doc, action_id)
        except DocumentError as error:
            session.failed.emit(error)
            return None
    session.flush()
    dialog = ActionEditor(parent, session, lang, action, initial)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
