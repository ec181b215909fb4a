"""Dates and numbers in the interface language (QLocale.setDefault is set by gui.i18n)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QLocale

from model.timeutil import parse_iso


def format_timestamp(value: str | None, with_seconds: bool = False) -> str:
    """An ISO UTC timestamp from a document, shown in local time and the interface language."""
    moment = parse_iso(value)
    if moment is None:
        return value or ""
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))  # local time
    fmt = QLocale.FormatType.ShortFormat
    text = QLocale().toString(stamp, fmt)
    if with_seconds:
        text = QLocale().toString(stamp.date(), fmt) + " " + QLocale().toString(stamp.time(), "HH:mm:ss")
    return text


def format_percent(share: float) -> str:
    return QLocale().toString(round(share * 100)) + " %"


def format_number(value: float, decimals: int = 1) -> str:
    return QLocale().toString(value, "f", decimals)


def format_date(value: str | None) -> str:
    """An ISO date (YYYY-MM-DD) in the interface language's short format."""
    if not value:
        return ""
    day = QDate.fromString(value, "yyyy-MM-dd")
    return QLocale().toString(day, QLocale.FormatType.ShortFormat) if day.isValid() else value
