"""The action plan as a Qt table model, with its own sorting and filtering (fluid with 20,000 actions).

What a filter selects and the number of each action are the plan's rules (model/plan.py); this module only
shows them.

Sorting and filtering happen on Python lists with precomputed keys (model.textsort) instead of a
QSortFilterProxyModel calling back into Python for every comparison, which is what keeps 20,000 rows fast.
"""

from __future__ import annotations

from typing import Callable, Sequence
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from gui.widgets.shared import plain_tooltip
from model.document import actionplan
from model.document.actionplan import Action
from model.document.plan_rows import PlanRows
from model.plan import ActionFilter, numbers_of_ids
from model.textsort import sort_key

COLUMNS = ("number", "title", "indicator_ids", "lead", "partners", "start_date", "due_date", "priority", "status",
           "assistance_requested", "expected_result", "progress_notes")
EDITABLE = {"title", "indicator_ids", "lead", "partners", "start_date", "due_date", "priority", "status",
            "assistance_requested", "expected_result", "progress_notes"}
ACTION_ROLE = Qt.ItemDataRole.UserRole + 10
PRIORITY_ORDER = {p: i for i, p in enumerate(actionplan.PRIORITIES)}
STATUS_ORDER = {s: i for i, s in enumerate(actionplan.ACTION_STATUSES)}


_NO_FILTER = ActionFilter()


class ActionTableModel(QAbstractTableModel):
    """Rows are the actions that pass the filter, in the chosen order. Edits go through ``commit``."""


    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all = PlanRows.of([])  # built on first use: only the rows painted, sorted or filtered on
        self._rows: list[int] = []  # positions in _all, filtered and sorted
        self._numbers: dict[int, int] = {}  # action id -> its number in the plan (1..n, by creation)
        self.filter = ActionFilter()
        self.sort_column, self.sort_order = 0, Qt.SortOrder.AscendingOrder
        self.labels: dict[str, dict[str, str]] = {"priority": {}, "status": {}}
        self.headers: list[str] = list(COLUMNS)
        self.commit: Callable[..., Action | None] | None = None  # (action_id, **fields), set by the view
        self.today = date.today()
        self._keys: dict[str, dict[int, tuple]] = {}  # column -> action id -> (action, sort key)
        self._sorted = False

    # ----------------------------------------------------------------- loading, filtering, sorting
    def load(self, actions: Sequence[Action]) -> None:
        """The plan's actions: a ``PlanRows`` (model.document.plan_rows) is kept as it is, unbuilt."""
        self.beginResetModel()
        self._all = actions if isinstance(actions, PlanRows) else PlanRows.of(actions)
        self._numbers = numbers_of_ids(self._all.ids)
        self._rows = self._select()
        self.endResetModel()

    def set_filter(self, action_filter: ActionFilter) -> None:
        if action_filter == self.filter:
            return  # the rows already are what this filter selects
        self.beginResetModel()
        self.filter = action_filter
        self._rows = self._select()
        self.endResetModel()

    def _select(self) -> list[int]:
        actions = self._all
        column = COLUMNS[self.sort_column]
        if self.filter != _NO_FILTER or column != "number":
            actions.build_all()  # every action is looked at: read the rest in one query, not a block at a time
        if self.filter == _NO_FILTER:  # every action (the plan as it is first shown): nothing to ask each one
            rows = list(range(len(actions)))
        else:
            rows = [i for i, a in enumerate(actions) if self.filter.accepts(a, self.today)]
        reverse = self.sort_order == Qt.SortOrder.DescendingOrder
        if column == "number":  # the numbers themselves: unique, nothing to precompute or cache
            numbers, ids = self._numbers, self._all.ids
            rows.sort(key=lambda i: numbers.get(ids[i], 0), reverse=reverse)
            return rows
        cache = self._keys.setdefault(column, {})

        def key(i: int) -> tuple:
            action = actions[i]
            found = cache.get(action.id)
            if found is None or found[0] is not action:
                found = cache[action.id] = (action, self._key(action, column))
            return found[1]

        rows.sort(key=key, reverse=reverse)
        return rows

    def _key(self, action: Action, column: str) -> tuple:
        if column == "number":
            return (self._numbers.get(action.id, 0),)
        if column == "priority":
            return (PRIORITY_ORDER.get(action.priority, 9), action.id)
        if column == "status":
            return (STATUS_ORDER.get(action.status, 9), action.id)
        if column == "assistance_requested":
            return (action.assistance_requested, action.id)
        if column in ("start_date", "due_date"):
            value = getattr(action, column)
            return (value is None, value or "", action.id)  # undated last
        if column == "indicator_ids":
            return (sort_key(" ".join(action.indicator_ids)), action.id)
        return (sort_key(str(getattr(action, column))), action.id)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if (column, order) == (self.sort_column, self.sort_order) and self._sorted:
            return
        self._sorted = True
        self.layoutAboutToBeChanged.emit()
        self.sort_column, self.sort_order = column, order
        self._rows = self._select()
        self.layoutChanged.emit()

    # ----------------------------------------------------------------- Qt model interface
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def action_at(self, row: int) -> Action:
        return self._all[self._rows[row]]

    def row_of(self, action_id: int) -> int:
        ids = self._all.ids
        for row, position in enumerate(self._rows):
            if ids[position] == action_id:
                return row
        return -1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        action = self.action_at(index.row())
        column = COLUMNS[index.column()]
        if role == ACTION_ROLE:
            return action.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(action, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == "indicator_ids":
                return ", ".join(action.indicator_ids)
            if column == "assistance_requested":
                return action.assistance_requested
            return getattr(action, column) if column != "number" else self._numbers.get(action.id)
        if role == Qt.ItemDataRole.ToolTipRole and column in ("title", "expected_result", "progress_notes", "partners"):
            return plain_tooltip(getattr(action, column) or "") or None
        if role == Qt.ItemDataRole.ForegroundRole and column == "due_date" and action.is_overdue(self.today):
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.BackgroundRole and column == "priority" and action.priority == "high":
            return QBrush(QColor("#fde7e9"))
        if role == Qt.ItemDataRole.CheckStateRole and column == "assistance_requested":
            return Qt.CheckState.Checked if action.assistance_requested else Qt.CheckState.Unchecked
        return None

    def _display(self, action: Action, column: str):
        if column == "number":
            return self._numbers.get(action.id)
        if column == "indicator_ids":
            return ", ".join(action.indicator_ids)
        if column in ("priority", "status"):
            return self.labels[column].get(getattr(action, column), getattr(action, column))
        if column == "assistance_requested":
            return None
        if column in ("start_date", "due_date"):
            value = getattr(action, column)
            return self.format_date(value) if value else ""
        return getattr(action, column)

    format_date = staticmethod(lambda value: value)  # replaced by the view with a locale-aware formatter

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        column = COLUMNS[index.column()]
        if column == "assistance_requested":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if column in EDITABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or self.commit is None:
            return False
        column = COLUMNS[index.column()]
        if column == "assistance_requested" and role == Qt.ItemDataRole.CheckStateRole:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole or column not in EDITABLE:
            return False
        if column == "indicator_ids":
            value = tuple(part.strip() for part in str(value).replace(";", ",").split(",") if part.strip())
        action = self.action_at(index.row())
        updated = self.commit(action.id, **{column: value})
        if updated is None:
            return False
        self.replace_action(updated)
        return True

    def replace_action(self, updated: Action) -> None:
        for position, action_id in enumerate(self._all.ids):
            if action_id == updated.id:
                self._all[position] = updated
                row = self.row_of(updated.id)
                if row >= 0:
                    self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
                return

    def add(self, action: Action) -> int:
        """Append a new action (shown even if the filter would hide it, so the user sees what was added)."""
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._all.append(action)
        self._numbers = numbers_of_ids(self._all.ids)
        self._rows.append(len(self._all) - 1)
        self.endInsertRows()
        return len(self._rows) - 1

    def remove(self, action_id: int) -> None:
        self.beginResetModel()
        ids = self._all.ids
        for position in reversed(range(len(ids))):
            if ids[position] == action_id:
                del self._all[position]
        self._numbers = numbers_of_ids(self._all.ids)  # as the plan is printed now: no hole where the action was
        self._rows = self._select()
        self.endResetModel()

    @property
    def total(self) -> int:
        return len(self._all)
