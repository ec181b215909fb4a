"""The editor of one hazardous activity: identity, location, decision and dates, substances with the Annex I
calculation shown live with its formula, and the tailings block of a mining activity."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from gui.register.table_model import decision_names, sector_names
from gui.widgets.shared import plain_label
from model.register import activities as register
from model.register.activities import Activity, to_number
from model.register.annex1 import Annex1
from model.register.calculator import SubstanceLine, calculate, explain, formula
from model.register.labels import ratio

TEXT_FIELDS = ("name", "operator", "address", "registration_number", "permit", "region", "district", "latitude",
               "longitude", "river_basin", "border_km", "water_km", "downstream_countries", "affected_countries",
               "transboundary_reasons", *register.DATE_FIELDS, "seismic_zone", "cluster", "scope_note")
SUBSTANCE_COLUMNS = ("name", "named_id", "categories", "quantity_t", "cas")


def _plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)  # text from the document is never rich text
    label.setWordWrap(True)
    return label


def field_names() -> dict[str, str]:
    """The register's fields as the editor and the import preview name them."""
    return {
        "name": QCoreApplication.translate("Register", "Name"), "operator": QCoreApplication.translate("Register", "Operator"),
        "address": QCoreApplication.translate("Register", "Address"), "registration_number": QCoreApplication.translate("Register", "Registration number"),
        "permit": QCoreApplication.translate("Register", "Permit"), "region": QCoreApplication.translate("Register", "Region"),
        "district": QCoreApplication.translate("Register", "District"), "latitude": QCoreApplication.translate("Register", "Latitude"),
        "longitude": QCoreApplication.translate("Register", "Longitude"), "river_basin": QCoreApplication.translate("Register", "River basin"),
        "border_km": QCoreApplication.translate("Register", "Distance to the border, km"),
        "water_km": QCoreApplication.translate("Register", "Distance to a transboundary watercourse, km"),
        "downstream_countries": QCoreApplication.translate("Register", "Downstream countries"),
        "affected_countries": QCoreApplication.translate("Register", "Potentially affected countries"),
        "transboundary_reasons": QCoreApplication.translate("Register", "Reasons for the decision"),
        "notified_on": QCoreApplication.translate("Register", "Notified on"), "reply_on": QCoreApplication.translate("Register", "Reply received on"),
        "consultations_on": QCoreApplication.translate("Register", "Consultations held on"),
        "safety_report_on": QCoreApplication.translate("Register", "Safety report of"),
        "last_inspection_on": QCoreApplication.translate("Register", "Last inspection"),
        "next_inspection_on": QCoreApplication.translate("Register", "Next inspection due"),
        "onsite_plan_on": QCoreApplication.translate("Register", "On-site plan of"), "offsite_plan_on": QCoreApplication.translate("Register", "Off-site plan of"),
        "last_exercise_on": QCoreApplication.translate("Register", "Last exercise"),
        "public_info_on": QCoreApplication.translate("Register", "Public information last distributed"),
        "seismic_zone": QCoreApplication.translate("Register", "Seismic zone"), "cluster": QCoreApplication.translate("Register", "Cluster of neighbouring activities"),
        "scope_note": QCoreApplication.translate("Register", "Scope note (Art. 2(2) exclusions)"),
        "sector": QCoreApplication.translate("Register", "Sector"), "status": QCoreApplication.translate("Register", "Status"),
        "transboundary": QCoreApplication.translate("Register", "Capable of transboundary effects"),
        "flood": QCoreApplication.translate("Register", "floods"), "mudflow": QCoreApplication.translate("Register", "mudflows"),
        "landslide": QCoreApplication.translate("Register", "landslides"),
        "substances": QCoreApplication.translate("Register", "Substances"),
    }


class ActivityEditor(QWidget):
    """Edits one activity; every change goes through ``writer`` (gui.register.edits.RegisterEdits), which stores
    it, puts it on the undo stack and reports it or its refusal."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.doc = None
        self.writer = None
        self.frozen = False  # a read-only file or a final assessment: shown, not changed
        self.annex: Annex1 | None = None
        self.activity: Activity | None = None
        self.lang = "en"
        self._loading = False
        layout = QVBoxLayout(self)
        self.identity_box, identity = QGroupBox(), QFormLayout()
        self.location_box, location = QGroupBox(), QFormLayout()
        self.follow_box, follow = QGroupBox(), QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        for name in TEXT_FIELDS:
            edit = QLineEdit()
            edit.editingFinished.connect(lambda n=name: self._store(n, self.edits[n].text()))
            self.edits[name] = edit
            self.labels[name] = plain_label()
            self.labels[name].setBuddy(edit)
        if True:  # noqa: SIM108 - one block, in the order the form shows: identity, location, follow-up
            for name in ("name", "operator", "address", "registration_number", "permit"):
                identity.addRow(self.labels[name], self.edits[name])
            self.sector, self.status, self.decision = QComboBox(), QComboBox(), QComboBox()
            self.sector_label, self.status_label, self.decision_label = plain_label(), plain_label(), plain_label()
            identity.insertRow(1, self.sector_label, self.sector)
            identity.addRow(self.status_label, self.status)
            for name in ("region", "district", "latitude", "longitude", "river_basin", "border_km", "water_km",
                         "downstream_countries", "seismic_zone", "cluster"):
                location.addRow(self.labels[name], self.edits[name])
            self.natech = {name: QCheckBox() for name in ("flood", "mudflow", "landslide")}
            natech_row = QHBoxLayout()
            for name, box in self.natech.items():
                box.toggled.connect(lambda on, n=name: self._store(n, on))
                natech_row.addWidget(box)
            self.natech_label = plain_label()
            location.addRow(self.natech_label, natech_row)
            follow.addRow(self.decision_label, self.decision)
            for name in ("affected_countries", "transboundary_reasons", *register.DATE_FIELDS, "scope_note"):
                follow.addRow(self.labels[name], self.edits[name])
        for combo, field in ((self.sector, "sector"), (self.status, "status"), (self.decision, "transboundary")):
            combo.activated.connect(lambda _i, c=combo, f=field: self._store(f, c.currentData()))
        for form in (identity, location, follow):  # long labels (Kyrgyz, Russian) go above their field
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.identity_box.setLayout(identity)
        self.location_box.setLayout(location)
        self.follow_box.setLayout(follow)

        self.substance_box = QGroupBox()
        substances = QVBoxLayout(self.substance_box)
        self.table = QTableWidget(0, len(SUBSTANCE_COLUMNS))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(150)
        self.table.itemChanged.connect(self._substance_edited)
        buttons = QHBoxLayout()
        self.add_line, self.remove_line = QPushButton(), QPushButton()
        self.add_line.clicked.connect(self._add_line)
        self.remove_line.clicked.connect(self._remove_line)
        buttons.addWidget(self.add_line)
        buttons.addWidget(self.remove_line)
        buttons.addStretch(1)
        self.calculation = _plain(plain_label())
        self.calculation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sums = _plain(plain_label())
        substances.addWidget(self.table)
        substances.addLayout(buttons)
        substances.addWidget(self.sums)
        substances.addWidget(self.calculation)

        from gui.register.tailings_block import TailingsBlock

        self.tailings = TailingsBlock()
        self.tailings.stored.connect(self._tailings_stored)
        for group in (self.identity_box, self.substance_box, self.location_box, self.follow_box, self.tailings):
            layout.addWidget(group)
        layout.addStretch(1)
        self.retranslate()

    # ----------------------------------------------------------------- showing
    def show_activity(self, doc, annex: Annex1 | None, activity: Activity | None, lang: str, writer=None) -> None:
        self.doc, self.annex, self.activity, self.lang = doc, annex, activity, lang
        if writer is not None:
            self.writer = self.tailings.writer = writer
        self._loading = True
        try:
            self.setEnabled(activity is not None)
            self._show_frozen()
            values = activity.values if activity else {}
            for name, edit in self.edits.items():
                value = values.get(name)
                edit.setText("" if value is None else (f"{value:g}" if isinstance(value, float) else str(value)))
            for combo, field in ((self.sector, "sector"), (self.status, "status"), (self.decision, "transboundary")):
                combo.setCurrentIndex(max(0, combo.findData(values.get(field))))
            for name, box in self.natech.items():
                box.setChecked(bool(values.get(name)))
            self.table.setRowCount(0)
            for line in (activity.substances if activity else ()):
                self._append(line)
            self.tailings.setVisible(bool(activity and activity.is_mining))
            if activity is not None and activity.is_mining:
                self.tailings.show_activity(doc, activity, lang)
        finally:
            self._loading = False
        self._recalculate()

    def set_frozen(self, frozen: bool) -> None:
        self.frozen = self.tailings.frozen = frozen
        self._show_frozen()

    def _show_frozen(self) -> None:
        frozen = self.frozen
        for edit in self.edits.values():
            edit.setReadOnly(frozen)  # still selectable and readable by a screen reader
        for widget in (self.sector, self.status, self.decision, *self.natech.values(), self.add_line, self.remove_line):
            widget.setEnabled(not frozen)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers if frozen else
                                   QTableWidget.EditTrigger.DoubleClicked | QTableWidget.EditTrigger.EditKeyPressed
                                   | QTableWidget.EditTrigger.AnyKeyPressed)
        self.tailings.show_frozen()

    def _append(self, line: SubstanceLine) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        quantity = "" if line.quantity_t is None else f"{line.quantity_t:g}"
        for column, text in enumerate((line.name, line.named_id, ", ".join(line.categories), quantity, line.cas)):
            self.table.setItem(row, column, QTableWidgetItem(text))

    def lines(self) -> list[SubstanceLine]:
        """The substance table as typed (a quantity that is not a number counts as none)."""
        found = []
        for row in range(self.table.rowCount()):
            items = [self.table.item(row, c) for c in range(len(SUBSTANCE_COLUMNS))]
            cells = [(item.text() if item is not None else "").strip() for item in items]
            categories = tuple(c.strip() for c in cells[2].replace(";", ",").split(",") if c.strip())
            found.append(SubstanceLine(cells[0], cells[1].upper() if cells[1] else "", categories,
                                       to_number(cells[3]) if cells[3] else None, cells[4]))
        return found

    def _recalculate(self) -> None:
        """The calculation as the table stands now, with its formula (before anything is stored)."""
        if self.annex is None:
            return
        result = calculate(self.lines(), self.annex)
        parts = []
        for group in self.annex.summed_groups:
            terms = result.terms.get(group, ())
            parts.append(QCoreApplication.translate("Register", "S {group} = {formula} = {value}").format(
                group=self.annex.groups[group].text(self.lang), formula=formula(terms, self.lang),
                value=ratio(result.s(group), self.lang)))
        parts.append(QCoreApplication.translate("Register", "Annex I edition used: {edition}").format(edition=self.annex.label))
        self.sums.setText("\n".join(parts))
        self.calculation.setText(explain(result, self.annex, self.lang))

    # ----------------------------------------------------------------- storing
    def _store(self, field: str, value: object) -> None:
        if self._loading or self.activity is None or self.writer is None:
            return
        if self.activity.values.get(field) == value or (value == "" and self.activity.values.get(field) is None):
            return
        label = self.labels[field].text() if field in self.labels else field
        stored = self.writer.edit(self.activity.uid, register.update_activity, {field: value},
                                 text=QCoreApplication.translate("Register", "Edit {field} of {name}").format(
                                     field=label, name=self.activity.values.get("name") or ""))
        if stored is None:  # refused: explained by the page, the stored value shown again
            self.show_activity(self.doc, self.annex, self.activity, self.lang)
            return
        self.activity = stored
        if field == "sector":
            self.show_activity(self.doc, self.annex, self.activity, self.lang)

    def _substance_edited(self, _item) -> None:
        if self._loading:
            return
        self._recalculate()
        if self.activity is None or self.writer is None:
            return
        stored = self.writer.edit(self.activity.uid, register.set_substances, self.lines(),
                                 text=QCoreApplication.translate("Register", "Edit the substances of {name}").format(
                                     name=self.activity.values.get("name") or ""))
        if stored is not None:
            self.activity = stored

    def _add_line(self) -> None:
        self._loading = True
        self._append(SubstanceLine())
        self._loading = False
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        item = self.table.item(self.table.rowCount() - 1, 0)  # set by _append
        if item is not None:
            self.table.editItem(item)

    def _remove_line(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._substance_edited(None)

    def _tailings_stored(self, activity: Activity) -> None:
        self.activity = activity

    # ----------------------------------------------------------------- language
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.identity_box.setTitle(QCoreApplication.translate("Register", "Identity"))
        self.location_box.setTitle(QCoreApplication.translate("Register", "Location and natural hazards"))
        self.follow_box.setTitle(QCoreApplication.translate("Register", "Transboundary decision and follow-up"))
        self.substance_box.setTitle(QCoreApplication.translate("Register", "Substances and the Annex I calculation"))
        names = field_names()
        for name, label in self.labels.items():
            label.setText(names[name])
        for name in register.DATE_FIELDS:
            self.edits[name].setPlaceholderText(QCoreApplication.translate("Register", "YYYY-MM-DD"))
        self.sector_label.setText(QCoreApplication.translate("Register", "Sector"))
        self.status_label.setText(QCoreApplication.translate("Register", "Status"))
        self.decision_label.setText(QCoreApplication.translate("Register", "Capable of transboundary effects"))
        self.natech_label.setText(QCoreApplication.translate("Register", "Exposed to"))
        for combo, label in ((self.sector, self.sector_label), (self.status, self.status_label),
                             (self.decision, self.decision_label)):
            combo.setAccessibleName(label.text())  # a combo box is otherwise named by its current choice
        self.table.setAccessibleName(QCoreApplication.translate("Register", "Substances"))
        self.table.setAccessibleDescription(QCoreApplication.translate(
            "Register", "One row per substance; the calculation below follows each change"))
        self.natech["flood"].setText(QCoreApplication.translate("Register", "floods"))
        self.natech["mudflow"].setText(QCoreApplication.translate("Register", "mudflows"))
        self.natech["landslide"].setText(QCoreApplication.translate("Register", "landslides"))
        statuses = {"existing": QCoreApplication.translate("Register", "Existing"), "proposed": QCoreApplication.translate("Register", "Proposed"),
                    "modified": QCoreApplication.translate("Register", "Modified")}
        for combo, choices in ((self.sector, sector_names()), (self.status, statuses), (self.decision, decision_names())):
            current = combo.currentData()
            combo.clear()
            for key, text in choices.items():
                combo.addItem(text, key)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        self.table.setHorizontalHeaderLabels([
            QCoreApplication.translate("Register", "Substance"), QCoreApplication.translate("Register", "Named entry (N1–N48)"),
            QCoreApplication.translate("Register", "Categories (H1, P5c, E1 …)"), QCoreApplication.translate("Register", "Maximum quantity, t"), QCoreApplication.translate("Register", "CAS")])
        self.add_line.setText(QCoreApplication.translate("Register", "Add a substance"))
        self.remove_line.setText(QCoreApplication.translate("Register", "Remove the substance"))
        self._recalculate()
