"""Dates, times, sizes and numbers in the interface language: the one formatter of the window.

QLocale.setDefault is set by gui.i18n. Qt's own short formats disagree between our languages (Kyrgyz
"1/12/26", Russian "01.12.2026"), so the date pattern is chosen here, once, and every label, table,
status bar and date editor uses it.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QLocale

from model.timeutil import parse_iso

if TYPE_CHECKING:
    from model.catalogue import Text

# Officials in Kyrgyzstan write dates as in Russian; English follows the British day/month order.
_DATE_PATTERNS = {QLocale.Language.Russian: "dd.MM.yyyy", QLocale.Language.Kyrgyz: "dd.MM.yyyy",
                  QLocale.Language.English: "dd/MM/yyyy"}


def date_pattern() -> str:
    """The Qt date pattern of the interface language (also the display format of date editors)."""
    locale = QLocale()
    pattern = _DATE_PATTERNS.get(locale.language())
    if pattern is None:
        pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in pattern:
            pattern = pattern.replace("yy", "yyyy")
    return pattern


def _date(day: QDate) -> str:
    return QLocale().toString(day, date_pattern())


def format_moment(moment: datetime, with_seconds: bool = True) -> str:
    """A moment (aware datetime), in local time and the interface language's date format."""
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))  # local time
    return _date(stamp.date()) + " " + QLocale().toString(stamp.time(), "HH:mm:ss" if with_seconds else "HH:mm")


def format_timestamp(value: str | None, with_seconds: bool = False) -> str:
    """An ISO UTC timestamp from a document ("2026-12-01T19:37:00Z"), shown in local time."""
    moment = parse_iso(value)
    if moment is None:
        return value or ""
    return format_moment(moment, with_seconds)


def format_date(value: str | None) -> str:
    """An ISO date (YYYY-MM-DD) in the interface language's date format."""
    if not value:
        return ""
    day = QDate.fromString(value, "yyyy-MM-dd")
    return _date(day) if day.isValid() else value


def format_size(size: int, decimals: int = 1) -> str:
    """A file size as people read it in the interface language ("20,0 МБ", "512 KB")."""
    return QLocale().formattedDataSize(size, decimals, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def format_percent(share: float) -> str:
    return QLocale().toString(round(share * 100)) + " %"


def format_number(value: float, decimals: int = 1) -> str:
    return QLocale().toString(value, "f", decimals)


def shown(text: Text, lang: str) -> str:
    """A catalogue text in ``lang``; a fallback to another language is marked with its code."""
    value, used = text.resolve(lang)
    return value if used == lang else f"{value} [{used}]"
