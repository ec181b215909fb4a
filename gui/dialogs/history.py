"""Who changed what and when: the history kept in the document, for one indicator or the whole assessment.

The document records fields by their internal names ("criteria_met", "meta.title", "action 1a2b3c4d.due_date")
and how a change was made ("edit", "import: file.xlsx"); this dialog shows them in the interface language.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableView, QVBoxLayout

from gui.formats import format_date, format_timestamp
from gui.widgets.shared import plain_tooltip
from model.document.assessment import HistoryEntry


def field_names() -> dict[str, str]:
    """Every field the history records, by its internal name, as the person knows it."""
    return {
        # responses
        "description": QCoreApplication.translate("HistoryDialog", "Description"),
        "evidence": QCoreApplication.translate("HistoryDialog", "Evidence"),
        "gaps": QCoreApplication.translate("HistoryDialog", "Gaps and challenges"),
        "authority": QCoreApplication.translate("HistoryDialog", "Responsible authority"),
        "level": QCoreApplication.translate("HistoryDialog", "Level"),
        "not_applicable": QCoreApplication.translate("HistoryDialog", "Not applicable"),
        "criteria_met": QCoreApplication.translate("HistoryDialog", "Criteria met"),
        "status": QCoreApplication.translate("HistoryDialog", "Status"),
        "target_level": QCoreApplication.translate("HistoryDialog", "Target level"),
        "attachment": QCoreApplication.translate("HistoryDialog", "Attachment"),
        "created": QCoreApplication.translate("HistoryDialog", "Assessment created"),
        # assessment details
        "meta.country": QCoreApplication.translate("HistoryDialog", "Country"),
        "meta.title": QCoreApplication.translate("HistoryDialog", "Title"),
        "meta.lead_authority": QCoreApplication.translate("HistoryDialog", "Lead authority"),
        "meta.authors": QCoreApplication.translate("HistoryDialog", "Prepared by"),
        "meta.content_language": QCoreApplication.translate("HistoryDialog", "Language of the indicators"),
        "meta.final": QCoreApplication.translate("HistoryDialog", "Final version"),
        # actions
        "action": QCoreApplication.translate("HistoryDialog", "Action"),
        "action.title": QCoreApplication.translate("HistoryDialog", "Action title"),
        "action.gap": QCoreApplication.translate("HistoryDialog", "Gap being closed"),
        "action.expected_result": QCoreApplication.translate("HistoryDialog", "Expected result"),
        "action.target_level": QCoreApplication.translate("HistoryDialog", "Target level"),
        "action.lead": QCoreApplication.translate("HistoryDialog", "Lead authority"),
        "action.partners": QCoreApplication.translate("HistoryDialog", "Partners"),
        "action.start_date": QCoreApplication.translate("HistoryDialog", "Start"),
        "action.due_date": QCoreApplication.translate("HistoryDialog", "Due"),
        "action.budget": QCoreApplication.translate("HistoryDialog", "Resources"),
        "action.assistance_requested": QCoreApplication.translate("HistoryDialog", "International assistance requested"),
        "action.assistance_details": QCoreApplication.translate("HistoryDialog", "Assistance requested"),
        "action.priority": QCoreApplication.translate("HistoryDialog", "Priority"),
        "action.status": QCoreApplication.translate("HistoryDialog", "Status"),
        "action.progress_notes": QCoreApplication.translate("HistoryDialog", "Progress notes"),
        "action.indicator_ids": QCoreApplication.translate("HistoryDialog", "Indicators"),
    }


def value_names() -> dict[str, str]:
    """Stored codes that appear as values (statuses, priorities, yes/no)."""
    return {
        "draft": QCoreApplication.translate("HistoryDialog", "Draft"),
        "complete": QCoreApplication.translate("HistoryDialog", "Complete"),
        "planned": QCoreApplication.translate("HistoryDialog", "Planned"),
        "ongoing": QCoreApplication.translate("HistoryDialog", "Ongoing"),
        "done": QCoreApplication.translate("HistoryDialog", "Done"),
        "cancelled": QCoreApplication.translate("HistoryDialog", "Cancelled"),
        "high": QCoreApplication.translate("HistoryDialog", "High"),
        "medium": QCoreApplication.translate("HistoryDialog", "Medium"),
        "low": QCoreApplication.translate("HistoryDialog", "Low"),
        "True": QCoreApplication.translate("HistoryDialog", "Yes"),
        "False": QCoreApplication.translate("HistoryDialog", "No"),
    }


def source_names() -> dict[str, str]:
    return {
        "edit": QCoreApplication.translate("HistoryDialog", "In the window"),
        "create": QCoreApplication.translate("HistoryDialog", "New assessment"),
        "command line": QCoreApplication.translate("HistoryDialog", "Command line"),
        "demo": QCoreApplication.translate("HistoryDialog", "Example"),
    }


def _action_key(field: str) -> tuple[str | None, str]:
    """"action 1a2b3c4d.due_date" -> ("1a2b3c4d", "action.due_date"); other fields unchanged."""
    if field.startswith("action ") and "." in field:
        uid, key = field[len("action "):].split(".", 1)
        return uid, f"action.{key}"
    return None, field


def describe(entry: HistoryEntry, action_titles: dict[str, str] | None = None) -> tuple[str, str, str, str]:
    """What changed, the value before, after, and how — in the interface language."""
    uid, key = _action_key(entry.field)
    names = field_names()
    what = names.get(key, entry.field)
    if uid is not None and action_titles and uid in action_titles:
        what = f"{what} — {action_titles[uid]}"
    values = value_names()

    def value(text: str | None) -> str:
        if text is None:
            return ""
        if key.endswith("_date"):
            return format_date(text)
        if key in ("not_applicable", "meta.final") and text in ("1", "0"):
            text = "True" if text == "1" else "False"
        return values.get(text, text)

    source = entry.source or ""
    if source.startswith("import: "):
        how = QCoreApplication.translate("HistoryDialog", "Imported from {0}").format(source[len("import: "):])
    else:
        how = source_names().get(source, source)
    return what, value(entry.old), value(entry.new), how


class HistoryModel(QAbstractTableModel):
    def __init__(self, entries: list[HistoryEntry], headers: list[str], parent=None,
                 action_titles: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self.entries, self.headers = entries, headers
        self._rows = [(format_timestamp(e.at, with_seconds=True), e.by, e.indicator_id or "",
                       *describe(e, action_titles)) for e in entries]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        text = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(text)
        if len(text) > 120:
            return text[:117] + "…"
        return text


class HistoryDialog(QDialog):
    def __init__(self, entries: list[HistoryEntry], title: str, parent=None,
                 action_titles: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        headers = [self.tr("When"), self.tr("Who"), self.tr("Indicator"), self.tr("What"), self.tr("Before"),
                   self.tr("After"), self.tr("How")]
        self.model = HistoryModel(entries, headers, self, action_titles)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(title)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(3, min(self.table.columnWidth(3), 240))
        # Before and After share what is left: a long text (a whole description) must not push "How" off
        # screen; the full text is in the tooltip.
        for column in (4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 480)
