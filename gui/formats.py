"""Dates, times, sizes and numbers in the interface language: model.report.formatting (the formatter of the
reports too, so the window and Word write "42 %" alike), in the language gui.i18n installed.

What only Qt needs is here: the date editors' display pattern, built from the same separator.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from gui.i18n import current_language
from model.report import formatting

if TYPE_CHECKING:
    from model.catalogue import Text


def date_pattern() -> str:
    """The Qt date pattern of the interface language (the display format of date editors): day, month, year."""
    sep = formatting.DATE_SEPARATOR[formatting.language(current_language())]
    return f"dd{sep}MM{sep}yyyy"


def format_moment(moment: datetime, with_seconds: bool = True) -> str:
    """A moment (aware datetime), in local time and the interface language's date format."""
    return formatting.moment(moment, current_language(), with_seconds)


def format_timestamp(value: str | None, with_seconds: bool = False) -> str:
    """An ISO UTC timestamp from a document ("2026-12-01T19:37:00Z"), shown in local time."""
    return formatting.timestamp(value, current_language(), with_seconds)


def format_date(value: str | None) -> str:
    """An ISO date (YYYY-MM-DD) in the interface language's date format."""
    return formatting.date_numeric(value, current_language()) if value else ""


def format_size(size: int, decimals: int | None = 1) -> str:
    """A file size as people read it in the interface language ("20,0 МБ", "51,2 KB"; ``decimals`` None: as the reports write it)."""
    return formatting.size(size, current_language(), decimals)


def format_percent(share: float) -> str:
    return formatting.percent(share, current_language())


def format_number(value: float, decimals: int = 1) -> str:
    return formatting.number(value, current_language(), decimals)


def shown(text: Text, lang: str) -> str:
    """A catalogue text in ``lang``; a fallback to another language is marked with its code."""
    value, used = text.resolve(lang)
    return value if used == lang else f"{value} [{used}]"
