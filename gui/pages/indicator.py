"""The indicator page: statement, criteria to tick, levels with descriptors, the four texts, attachments.

Longer than 400 lines: one page class with its fields, their signals and its attachments list; the rules it
shows (gap, consistency) are in model/. The next split is the attachments box into a widget of its own.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QFileDialog, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QMessageBox, QPlainTextEdit, QPushButton, QRadioButton,
    QLayout, QVBoxLayout, QWidget,
)

from gui.commands import open_with
from gui.widgets.findings import ConsistencyPanel
from gui.formats import format_date, format_size, format_timestamp, shown  # shown: also imported from here
from gui.messages import error_text
from gui.session import DocumentSession
from gui.widgets.keyboard import LevelKeys, chain_tab_order
from gui.widgets.shared import FOCUS_STYLE, PlainMessageBox, WrappedChoice, plain_label, scroll_page
from model.catalogue import Indicator
from model.document.assessment import MAX_ATTACHMENT_BYTES, Response
from model.errors import DocumentError
from model.document.store import open_regular
from model import fileio, filenames
from model.document import actionplan
from model import plan
from model.app import paths
from model.catalogue import references

NA_ID = 100  # button id of "not applicable" (levels are 0..10; -1 would mean "assign an id")


class GrowingTextEdit(QPlainTextEdit):
    """A plain-text field that grows with its content up to a limit, so the page scrolls instead."""

    def __init__(self, parent=None, min_lines: int = 3, max_lines: int = 14) -> None:
        super().__init__(parent)
        self.min_lines, self.max_lines = min_lines, max_lines
        self.setTabChangesFocus(True)
        self.textChanged.connect(self._fit)
        self._fit()

    def _fit(self) -> None:
        line = self.fontMetrics().lineSpacing()
        lines = max(self.min_lines, min(self.max_lines, int(self.document().size().height()) + 1))
        self.setFixedHeight(lines * line + 2 * int(self.document().documentMargin()) + 6)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        self._fit()


class IndicatorPage(QWidget):
    """Edits one response; every change goes through the DocumentSession (written within a second)."""

    previousRequested = Signal()
    nextRequested = Signal()
    actionRequested = Signal(int)  # show this action in the plan
    addActionRequested = Signal(str)  # add an action for this indicator's gap

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.session: DocumentSession | None = None
        self.indicator: Indicator | None = None
        self.lang = "en"
        self._loading = False
        from gui.widgets.indicator_help import IndicatorHelp

        self.context_help = IndicatorHelp(self)
        self.frozen = False  # a final assessment: shown, not edited

        self.scroll_area, body = scroll_page(self)  # not self.scroll: that is QWidget.scroll()
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)  # the one scroll_page() gave the page
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)

        self.area_label = plain_label()
        self.area_label.setWordWrap(True)
        self.area_label.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.area_label)
        self.statement_label = plain_label()
        self.statement_label.setWordWrap(True)
        self.statement_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.statement_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.statement_label.setFont(font)
        layout.addWidget(self.statement_label)
        self.refs_label = plain_label()
        self.refs_label.setWordWrap(True)
        layout.addWidget(self.refs_label)
        self.guidance_label = plain_label()
        self.guidance_label.setWordWrap(True)
        self.guidance_label.setStyleSheet("QLabel { background: palette(alternate-base); padding: 6px; }")
        layout.addWidget(self.guidance_label)

        self.criteria_box = QGroupBox()
        self.criteria_layout = QVBoxLayout(self.criteria_box)
        layout.addWidget(self.criteria_box)
        self.criteria_checks: list[QCheckBox] = []

        self.level_box = QGroupBox()
        self.level_layout = QVBoxLayout(self.level_box)
        self.level_group = QButtonGroup(self)
        self.level_group.setExclusive(True)
        self.level_group.idClicked.connect(self._level_clicked)
        self.level_keys = LevelKeys(self.level_group, NA_ID, lambda w: self.scroll_area.ensureWidgetVisible(w, 20, 40))
        layout.addWidget(self.level_box)
        self.consistency = ConsistencyPanel(body)  # the level the ticks suggest, and any warning
        self.consistency.levelChosen.connect(self._level_clicked)
        layout.addWidget(self.consistency)

        self.text_labels: dict[str, QLabel] = {}
        self.text_edits: dict[str, QPlainTextEdit | QLineEdit] = {}
        for field in ("description", "evidence", "gaps"):
            label = plain_label()
            edit = GrowingTextEdit(body)
            edit.textChanged.connect(lambda f=field, e=edit: self._text_changed(f, e.toPlainText()))
            label.setBuddy(edit)
            layout.addWidget(label)
            layout.addWidget(edit)
            self.text_labels[field], self.text_edits[field] = label, edit
        label = plain_label()
        authority = QLineEdit(body)
        authority.textChanged.connect(lambda value: self._text_changed("authority", value))
        label.setBuddy(authority)
        layout.addWidget(label)
        layout.addWidget(authority)
        self.text_labels["authority"], self.text_edits["authority"] = label, authority

        self.attach_box = QGroupBox()
        attach_layout = QVBoxLayout(self.attach_box)
        self.attach_list = QListWidget()
        self.attach_list.setMaximumHeight(110)
        self.attach_list.itemActivated.connect(lambda _item: self._open_attachment())  # double-click or Enter
        attach_layout.addWidget(self.attach_list)
        buttons = QHBoxLayout()
        self.add_attach_button = QPushButton()
        self.add_attach_button.clicked.connect(self._add_attachment)
        self.open_attach_button = QPushButton()
        self.open_attach_button.clicked.connect(self._open_attachment)
        self.remove_attach_button = QPushButton()
        self.remove_attach_button.clicked.connect(self._remove_attachment)
        self.attach_limit_label = plain_label()
        self.attach_limit_label.setStyleSheet("color: palette(mid);")
        for widget in (self.add_attach_button, self.open_attach_button, self.remove_attach_button):
            buttons.addWidget(widget)
        buttons.addWidget(self.attach_limit_label, 1)
        attach_layout.addLayout(buttons)
        layout.addWidget(self.attach_box)

        self.actions_box = QGroupBox()
        actions_layout = QVBoxLayout(self.actions_box)
        self.actions_list = QListWidget()
        self.actions_list.setMaximumHeight(110)
        self.actions_list.itemActivated.connect(
            lambda item: self.actionRequested.emit(int(item.data(Qt.ItemDataRole.UserRole))))
        actions_layout.addWidget(self.actions_list)
        action_buttons = QHBoxLayout()
        self.add_action_button = QPushButton()
        self.add_action_button.clicked.connect(lambda: self.indicator and self.addActionRequested.emit(self.indicator.id))
        self.gap_label = plain_label()
        self.gap_label.setWordWrap(True)
        action_buttons.addWidget(self.add_action_button)
        action_buttons.addWidget(self.gap_label, 1)
        actions_layout.addLayout(action_buttons)
        layout.addWidget(self.actions_box)

        self.complete_check = QCheckBox()
        # The style's focus mark on a check box is a faint dotted line: say clearly where the keyboard is.
        self.complete_check.setStyleSheet(FOCUS_STYLE)
        self.complete_check.toggled.connect(self._complete_toggled)
        layout.addWidget(self.complete_check)
        self.updated_label = plain_label()
        self.updated_label.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.updated_label)
        layout.addStretch(1)

        nav = QHBoxLayout()
        nav.setContentsMargins(16, 4, 16, 8)
        self.prev_button = QPushButton()
        self.prev_button.clicked.connect(self.previousRequested)
        self.next_button = QPushButton()
        self.next_button.clicked.connect(self.nextRequested)
        self.position_label = plain_label()
        nav.addWidget(self.prev_button)
        nav.addStretch(1)
        nav.addWidget(self.position_label)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        outer.addLayout(nav)
        self.retranslate()

    # ----------------------------------------------------------------- language
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.criteria_box.setTitle(self.tr("Criteria — tick those that are met"))
        self.level_box.setTitle(self.tr("Level reached"))
        self.text_labels["description"].setText(self.tr("&Description of the current situation"))
        self.text_labels["evidence"].setText(self.tr("&Evidence (laws, decrees, plans, reports, records)"))
        self.text_labels["gaps"].setText(self.tr("&Gaps and challenges"))
        self.text_labels["authority"].setText(self.tr("&Responsible authority"))
        self.text_edits["description"].setPlaceholderText(self.tr("What is in place today, and where?"))
        self.text_edits["evidence"].setPlaceholderText(self.tr("Documents that show it, with dates and numbers"))
        self.text_edits["gaps"].setPlaceholderText(self.tr("What is missing or does not work yet"))
        self.text_edits["authority"].setPlaceholderText(self.tr("Ministry, agency or service"))
        self.attach_box.setTitle(self.tr("Attachments (stored inside the assessment file)"))
        self.add_attach_button.setText(self.tr("Add file…"))
        self.open_attach_button.setText(self.tr("Open"))
        self.remove_attach_button.setText(self.tr("Remove"))
        self.attach_limit_label.setText(self.tr("Up to {0} per file").format(format_size(MAX_ATTACHMENT_BYTES, 0)))
        self.complete_check.setText(self.tr("&Complete — checked and agreed"))
        self.actions_box.setTitle(self.tr("Actions in the national action plan (double-click to open)"))
        self.add_action_button.setText(self.tr("Add an action for this gap"))
        self.prev_button.setText(self.tr("◀ Previous"))
        self.next_button.setText(self.tr("Next ▶"))
        self.prev_button.setToolTip(self.tr("Previous indicator (Ctrl+PgUp)"))
        self.next_button.setToolTip(self.tr("Next indicator (Ctrl+PgDown)"))
        self._describe()
        if self.indicator is not None and self.session is not None:
            self._fill_static()
            self._fill_response(self.session.response(self.indicator.id), force=False)

    # ----------------------------------------------------------------- showing an indicator
    def show_indicator(self, session: DocumentSession, indicator_id: str, lang: str) -> None:
        if self.session is not None and self.session is not session:
            self.session = None
        self.session, self.lang = session, lang
        self.indicator = session.catalogue.indicator(indicator_id)
        self._fill_static()
        self._fill_response(session.response(indicator_id), force=True)
        self.scroll_area.verticalScrollBar().setValue(0)

    def set_content_language(self, lang: str) -> None:
        self.lang = lang
        if self.indicator is not None and self.session is not None:
            self._fill_static()
            self._fill_response(self.session.response(self.indicator.id), force=False)

    def _fill_static(self) -> None:
        ind, lang, session = self.indicator, self.lang, self.session
        if ind is None or session is None:
            return
        area = session.catalogue.area(ind.area_id)
        self.area_label.setText("" if area is None else self.tr("Area {0}: {1}").format(area.id, shown(area.title, lang)))
        self.statement_label.setText(f"{ind.id}  {shown(ind.statement, lang)}")
        refs = references.references(ind.references, lang)
        if ind.cross_cutting:
            refs += "  ·  " + self.tr("Cross-cutting: {0}").format(", ".join(ind.cross_cutting))
        self.refs_label.setText(self.tr("Convention references: {0}").format(refs) if refs else "")
        self.guidance_label.setText(self.tr("Evidence to look for: {0}").format(shown(ind.guidance, lang))
                                    if ind.guidance else "")
        self.guidance_label.setVisible(bool(ind.guidance))

        _clear(self.criteria_layout)
        self.criteria_checks = []
        for criterion in ind.criteria:
            check = QCheckBox()
            check.setProperty("criterion_id", criterion.id)
            check.toggled.connect(self._criteria_changed)
            letter = references.criterion_label(criterion.id, lang)  # c) / в)
            choice = WrappedChoice(check, f"{letter}  {shown(criterion.text, lang)}")
            self.criteria_layout.addWidget(choice)
            self.criteria_checks.append(check)

        for button in self.level_group.buttons():
            self.level_group.removeButton(button)
        _clear(self.level_layout)
        # the scale's levels all have a number (None is only "not applicable", which gets NA_ID)
        levels = [(lvl.value, lvl) for lvl in ind.scale.levels if lvl.value is not None]
        levels.append((NA_ID, ind.scale.not_applicable))
        for value, level in levels:
            prefix = "—" if value == NA_ID else str(value)
            button = QRadioButton()
            self.level_group.addButton(button, value)
            self.level_keys.attach(button)
            choice = WrappedChoice(button, f"{prefix}  {shown(level.label, lang)}: {shown(level.descriptor, lang)}")
            self.level_layout.addWidget(choice)
        self._describe()
        self._chain_tab_order()
        self.criteria_layout.addStretch(1)
        self.level_layout.addStretch(1)
        total = session.catalogue.indicator_ids()
        self.position_label.setText(self.tr("Indicator {0} of {1}").format(total.index(ind.id) + 1, len(total)))
        self.prev_button.setEnabled(total.index(ind.id) > 0)
        self.next_button.setEnabled(total.index(ind.id) < len(total) - 1)

    def _describe(self) -> None:
        """Accessible descriptions: what each control is for and which keys work it, in the interface language."""
        ident = self.indicator.id if self.indicator is not None else ""
        for check in self.criteria_checks:
            check.setAccessibleDescription(self.tr("Criterion of indicator {0}; Space ticks or clears it.").format(ident))
        for button in self.level_group.buttons():
            button.setAccessibleDescription(self.tr(
                "Level of indicator {0}. The arrow keys choose the previous or next level, a digit chooses that "
                "level, N chooses not applicable.").format(ident))
        for field, edit in self.text_edits.items():
            edit.setAccessibleDescription(edit.placeholderText())
        self.attach_list.setAccessibleDescription(self.tr("Files attached to indicator {0}; Enter opens one.").format(ident))
        self.actions_list.setAccessibleDescription(self.tr("Actions linked to indicator {0}; Enter opens one in the plan.")
                                                   .format(ident))
        self.complete_check.setAccessibleDescription(self.tr("Mark the indicator complete when its answer is agreed."))
        for button in (self.add_attach_button, self.open_attach_button, self.remove_attach_button, self.add_action_button):
            button.setAccessibleDescription(button.text())
        for button in self.consistency.findChildren(QPushButton):
            button.setAccessibleDescription(self.tr("Choose the level that the ticked criteria suggest."))
        self.context_help.apply(self)  # tooltips and What's this? (Shift+F1) of every level and field

    def _chain_tab_order(self) -> None:
        """Tab goes down the page as it reads: criteria, level, texts, attachments, actions, complete, buttons."""
        chain_tab_order([self.criteria_box, *self.criteria_checks, *self.level_group.buttons(),
                         *self.consistency.findChildren(QPushButton), *self.text_edits.values(), self.attach_list,
                         self.add_attach_button, self.open_attach_button, self.remove_attach_button,
                         self.actions_list, self.add_action_button, self.complete_check, self.prev_button,
                         self.next_button])

    def _fill_response(self, response: Response, force: bool, lists: bool = True) -> None:
        self._loading = True
        try:
            for check in self.criteria_checks:
                check.setChecked(check.property("criterion_id") in response.criteria_met)
            target = NA_ID if response.not_applicable else response.level
            self.level_group.setExclusive(False)
            for button in self.level_group.buttons():
                button.setChecked(self.level_group.id(button) == target)
            self.level_group.setExclusive(True)
            for field, edit in self.text_edits.items():
                value = response.value(field)  # the four text fields of a Response are str
                assert isinstance(value, str), field
                current = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
                if force or current != value:
                    if isinstance(edit, QPlainTextEdit):
                        edit.setPlainText(value)
                    else:
                        edit.setText(value)
            self.complete_check.setChecked(response.status == "complete")
            if self.indicator is not None:
                self.consistency.show_response(self.indicator, response, self.lang)
            self.level_keys.update_tab_stop()
            if lists:
                self._fill_attachments()
                self.fill_actions()
            else:
                self._fill_gap(response)
            self._fill_updated(response)
        finally:
            self._loading = False

    def _fill_updated(self, response: Response) -> None:
        if response.updated_at:
            self.updated_label.setText(self.tr("Last changed {0} by {1}").format(
                format_timestamp(response.updated_at), response.updated_by or "—"))
        else:
            self.updated_label.setText(self.tr("Not started yet"))

    def _fill_attachments(self) -> None:
        self.attach_list.clear()
        if self.session is None or self.indicator is None:
            return
        for info in self.session.doc.attachments(self.indicator.id):
            item = QListWidgetItem(f"{info.name}  ({format_size(info.size)})")
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            self.attach_list.addItem(item)
        has = self.attach_list.count() > 0
        self.open_attach_button.setEnabled(has)
        self.remove_attach_button.setEnabled(has and not self.frozen)

    def set_frozen(self, frozen: bool) -> None:
        """Read-only editors for a final assessment (the model refuses its writes in any case)."""
        self.frozen = frozen
        for edit in self.text_edits.values():
            edit.setReadOnly(frozen)
        for widget in (self.criteria_box, self.level_box, self.consistency, self.add_attach_button,
                       self.add_action_button, self.complete_check):
            widget.setEnabled(not frozen)
        self.remove_attach_button.setEnabled(not frozen and self.attach_list.count() > 0)

    def fill_actions(self) -> None:
        if self.indicator is None or self.session is None:
            return
        self.actions_list.clear()
        for action in actionplan.actions_for(self.session.doc, self.indicator.id):
            item = QListWidgetItem(f"{action.title}  ({action.lead or '—'}, {format_date(action.due_date) or '—'})")
            item.setData(Qt.ItemDataRole.UserRole, action.id)
            self.actions_list.addItem(item)
        self._fill_gap(self.session.response(self.indicator.id))

    def _fill_gap(self, response: Response) -> None:
        if self.session is None or self.indicator is None:
            return
        target = plan.target_for(self.indicator, response)
        state = plan.gap_state(self.indicator, response)
        if state == plan.UNRATED:
            self.gap_label.setText(self.tr("Rate the indicator to see whether it has a gap."))
        elif state == plan.GAP:
            self.gap_label.setText(self.tr("Gap: level {0}, target {1}.").format(response.level, target))
        else:
            self.gap_label.setText(self.tr("No gap: the target level {0} is reached.").format(target))

    def refresh(self, indicator_id: str, stored: Response | None = None) -> None:
        """The model changed (undo, import, another field): show it without disturbing typing.

        With ``stored`` (one response just written: typing, a level, an undo) only its fields are set again,
        with the typing still staged on top; attachments and actions did not change and are not read again.
        """
        if self.indicator is None or self.session is None or indicator_id != self.indicator.id:
            return
        if stored is None:
            self._fill_response(self.session.response(indicator_id), force=False)
        else:
            self._fill_response(self.session.response(indicator_id), force=False, lists=False)

    # ----------------------------------------------------------------- edits
    def _text_changed(self, field: str, value: str) -> None:
        if not self._loading and self.indicator is not None and self.session is not None:
            self.session.stage(self.indicator.id, field, value)

    def _criteria_changed(self) -> None:
        if self._loading or self.indicator is None or self.session is None:
            return
        met = tuple(c.property("criterion_id") for c in self.criteria_checks if c.isChecked())
        self.session.change(self.indicator.id, "criteria_met", met, self.tr("Tick criteria of {0}").format(
            self.indicator.id))

    def _level_clicked(self, value: int) -> None:
        if self._loading or self.indicator is None or self.session is None:
            return
        label = self.tr("Set level of {0}").format(self.indicator.id)
        if value == NA_ID:
            self.session.change(self.indicator.id, "not_applicable", True, label)
        else:
            self.session.change(self.indicator.id, "level", value, label)

    def _complete_toggled(self, checked: bool) -> None:
        if self._loading or self.indicator is None or self.session is None:
            return
        self.session.change(self.indicator.id, "status", "complete" if checked else "draft",
                            self.tr("Mark {0}").format(self.indicator.id))

    def _add_attachment(self) -> None:
        if self.session is None or self.indicator is None:
            return
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"), str(paths.user_folder()))
        for name in names:
            try:
                with open_regular(name) as handle:  # never a pipe or a device: those could block or never end
                    # The real size, not the part read: a 30 MB file is refused as 30 MB, without reading it.
                    self.session.doc.check_attachment_size(name, os.fstat(handle.fileno()).st_size)
                    data = handle.read(MAX_ATTACHMENT_BYTES + 1)
            except DocumentError as error:  # refused before the file is read: too large
                PlainMessageBox.warning(self, self.tr("Attachment not added"), error_text(error))
            except OSError as error:
                PlainMessageBox.warning(self, self.tr("Attachment not added"),
                                        self.tr("{0} could not be read: {1}").format(name, error.strerror or error))
            else:  # through the session: a write that fails is said as every failed change is
                self.session.add_attachment(self.indicator.id, name, data)
        self._fill_attachments()

    def _selected_attachment(self) -> int | None:
        item = self.attach_list.currentItem() or self.attach_list.item(0)
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def _open_attachment(self) -> None:
        ident = self._selected_attachment()
        if ident is None or self.session is None:
            return
        info = self.session.doc.attachment(ident)
        folder = paths.ensure(paths.data_dir() / "opened-attachments")
        # The stored name comes from a document anyone may have edited: it may hold ../, C:\\ or NUL.
        target = filenames.path_in(folder, f"{info.id}-{filenames.safe_name(info.name)}")
        data = self.session.doc.attachment_data(ident)
        try:
            fileio.atomic_write(target, lambda tmp: tmp.write_bytes(data))
        except DocumentError as error:  # a full or read-only profile folder
            PlainMessageBox.warning(self, self.tr("Attachment not opened"), error_text(error))
            return
        open_with.open_file(self, target)

    def _remove_attachment(self) -> None:
        ident = self._selected_attachment()
        if ident is None or self.session is None:
            return
        info = self.session.doc.attachment(ident)
        answer = PlainMessageBox.question(self, self.tr("Remove attachment"),
                                          self.tr("Remove {0} from this indicator?").format(info.name))
        if answer == QMessageBox.StandardButton.Yes and self.session.remove_attachment(ident):
            self._fill_attachments()


def _clear(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()
