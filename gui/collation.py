"""Alphabetical order in the interface language (QCollator), for the action-plan table and other lists.

What QCollator (ICU) gives, checked in tests/gui/test_i18n.py:
- ky (ky_KG): the Kyrgyz alphabet — ё is its own letter after е, ң after н, ө after о, ү after у;
  Latin words come after Cyrillic ones.
- ru (ru_RU): ё sorts with е (ёлка before ель); ң ө ү fall after н о у as in ky; Latin after Cyrillic.
- en (en_GB): Latin before Cyrillic; Cyrillic letters as in ru.
Everywhere case is ignored and numbers compare by value, so indicator 1.10 comes after 1.9.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCollator, QCollatorSortKey, QLocale, QModelIndex, QPersistentModelIndex, Qt, \
    QSortFilterProxyModel

from gui.i18n import locale_for


def collator(lang: str | None = None) -> QCollator:
    """A collator for ``lang`` ("ru", "ky", "en"), or for the interface language when None."""
    locale = locale_for(lang) if lang else QLocale()
    result = QCollator(locale)
    result.setNumericMode(True)
    result.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return result


def sort_key(lang: str | None = None) -> Callable[[str], QCollatorSortKey]:
    """A key for sorted(): ``sorted(names, key=sort_key("ky"))``."""
    chosen = collator(lang)
    return lambda text: chosen.sortKey(text or "")


class CollatingProxyModel(QSortFilterProxyModel):
    """Sorts text columns in the interface language; numbers by value; empty cells first.

    The language is read from QLocale() (set by gui.i18n.install_language) each time the order is
    needed, so after a language switch a call to invalidate() is enough to re-sort.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._collator: QCollator | None = None
        self._locale_name = ""
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def current_collator(self) -> QCollator:
        name = QLocale().name()
        if self._collator is None or name != self._locale_name:
            self._collator, self._locale_name = collator(None), name
        return self._collator

    def lessThan(self, left: QModelIndex | QPersistentModelIndex,  # noqa: N802 (Qt naming)
                 right: QModelIndex | QPersistentModelIndex) -> bool:
        a, b = left.data(self.sortRole()), right.data(self.sortRole())
        return _less(a, b, self.current_collator())


def _less(a: Any, b: Any, chosen: QCollator) -> bool:
    if a is None or a == "":
        return not (b is None or b == "")
    if b is None or b == "":
        return False
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return a < b
    return chosen.compare(str(a), str(b)) < 0
