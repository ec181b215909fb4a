"""The register's activities as a Qt table model, sorted and filtered on Python lists (fluid with 5,000 rows)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from model.register.activities import Activity
from model.register.calculator import Result
from model.register.figures import RegisterFigures
from model.register.labels import ratio
from model.textsort import sort_key

COLUMNS = ("name", "operator", "region", "sector", "result", "s_health", "s_physical", "s_environment", "max_ratio",
           "transboundary", "next_inspection_on")
UID_ROLE = Qt.ItemDataRole.UserRole + 20


def sector_names() -> dict[str, str]:
    return {"chemical": QCoreApplication.translate("Register", "Chemical industry"), "oil_gas": QCoreApplication.translate("Register", "Oil and gas storage"),
            "pipeline": QCoreApplication.translate("Register", "Pipeline"), "mining": QCoreApplication.translate("Register", "Mining and tailings"),
            "energy": QCoreApplication.translate("Register", "Energy"), "water": QCoreApplication.translate("Register", "Water supply and treatment"),
            "food": QCoreApplication.translate("Register", "Food industry and refrigeration"), "metallurgy": QCoreApplication.translate("Register", "Metallurgy"),
            "other": QCoreApplication.translate("Register", "Other")}


def decision_names() -> dict[str, str]:
    return {"undecided": QCoreApplication.translate("Register", "Not decided"), "yes": QCoreApplication.translate("Register", "Capable"),
            "no": QCoreApplication.translate("Register", "Not capable"), "discussion": QCoreApplication.translate("Register", "Under discussion")}


@dataclass
class RegisterFilter:
    region: str = ""
    sector: str = ""
    result: str = ""  # "", "meets", "below"
    overdue: bool = False
    text: str = ""

    def accepts(self, activity: Activity, result: Result, today: date) -> bool:
        values = activity.values
        if self.region and values.get("region") != self.region:
            return False
        if self.sector and values.get("sector") != self.sector:
            return False
        if self.result and (self.result == "meets") != result.meets:
            return False
        if self.overdue and not activity.follow_up_overdue(today):
            return False
        if self.text and self.text.casefold() not in f"{values.get('name')} {values.get('operator')}".casefold():
            return False
        return True


class RegisterTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.lang = "en"
        self._all: list[Activity] = []
        self._figures: RegisterFigures | None = None
        self._rows: list[Activity] = []
        self.filter = RegisterFilter()
        self._sort = (-1, Qt.SortOrder.AscendingOrder)  # -1: in the order the activities were added
        self._text_keys: dict[str, object] = {}  # collation keys, made once per text (every edit reloads)
        self._sectors = sector_names()
        self._decisions = decision_names()

    def load(self, activities: list[Activity], figures: RegisterFigures, lang: str) -> None:
        self.beginResetModel()
        self._all, self._figures, self.lang = activities, figures, lang
        self._sectors, self._decisions = sector_names(), decision_names()
        self._apply()
        self.endResetModel()

    def retranslate(self) -> None:
        self._sectors, self._decisions = sector_names(), decision_names()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1))

    def set_filter(self, flt: RegisterFilter) -> None:
        self.beginResetModel()
        self.filter = flt
        self._apply()
        self.endResetModel()

    def activities(self) -> list[Activity]:
        """Every activity loaded, shown or filtered out, in the order they were added."""
        return list(self._all)

    def activity_at(self, row: int) -> Activity | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, uid: str) -> int:
        return next((i for i, a in enumerate(self._rows) if a.uid == uid), -1)

    def _apply(self) -> None:
        today = date.today()
        results = self._figures.results if self._figures else {}
        rows = [a for a in self._all if self.filter.accepts(a, results[a.uid], today)]
        column, order = self._sort
        if 0 <= column < len(COLUMNS):
            rows.sort(key=lambda a: self._key(a, COLUMNS[column], results), reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = rows

    def _key(self, activity: Activity, column: str, results: dict[str, Result]):
        result = results[activity.uid]
        if column in ("s_health", "s_physical", "s_environment"):
            return result.s(column[2:])
        if column == "max_ratio":
            return result.max_ratio
        if column == "result":
            return int(result.meets)
        text = self._sectors.get(str(activity.values.get("sector")), "") if column == "sector" else \
            str(activity.values.get(column) or "")
        key = self._text_keys.get(text)
        if key is None:
            key = self._text_keys[text] = sort_key(text)
        return key

    # ----------------------------------------------------------------- Qt interface
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply()
        self.layoutChanged.emit()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        activity = self._rows[index.row()]
        if role == UID_ROLE:
            return activity.uid
        if role != Qt.ItemDataRole.DisplayRole:
            if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[index.column()].startswith(("s_", "max")):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        column = COLUMNS[index.column()]
        if self._figures is None:  # rows come with their figures (load); none before the first load
            return None
        result = self._figures.results[activity.uid]
        if column == "result":
            return (QCoreApplication.translate("Register", "Meets") if result.meets
                    else QCoreApplication.translate("Register", "Below"))
        if column in ("s_health", "s_physical", "s_environment"):
            return ratio(result.s(column[2:]), self.lang)
        if column == "max_ratio":
            return f"{ratio(result.max_ratio, self.lang)} {result.max_entry}".strip()
        if column == "sector":
            return self._sectors.get(str(activity.values.get("sector")), "")
        if column == "transboundary":
            return self._decisions.get(str(activity.values.get("transboundary")), "")
        return str(activity.values.get(column) or "")

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "name": QCoreApplication.translate("Register", "Hazardous activity"), "operator": QCoreApplication.translate("Register", "Operator"),
            "region": QCoreApplication.translate("Register", "Region"), "sector": QCoreApplication.translate("Register", "Sector"),
            "result": QCoreApplication.translate("Register", "Annex I"), "s_health": QCoreApplication.translate("Register", "S health"),
            "s_physical": QCoreApplication.translate("Register", "S physical"), "s_environment": QCoreApplication.translate("Register", "S environment"),
            "max_ratio": QCoreApplication.translate("Register", "Largest q/Q"), "transboundary": QCoreApplication.translate("Register", "Transboundary effects"),
            "next_inspection_on": QCoreApplication.translate("Register", "Next inspection"),
        }[COLUMNS[section]]
