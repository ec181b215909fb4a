"""Numbers, percentages, dates, times and file sizes as people write them in English, Russian and Kyrgyz: the one
formatter of the reports (Word, Excel, print) and of the window (gui.formats only asks Qt for the language).

Typography: Russian and Kyrgyz write a decimal comma, group thousands with a space and put a space before the
per cent sign («42 %», as ГОСТ 8.417 writes a unit); English writes "2.5", "1,234" and "42%". Every space inside
a figure is a no-break space, so that "42" and "%" never land on two lines.
"""

from __future__ import annotations

from datetime import datetime

from model.timeutil import parse_iso

NBSP = "\u00a0"
LANGS = ("en", "ru", "ky")
# Day, month and year in every language; only the separator differs (Kyrgyz officials write dates as in Russian).
DATE_SEPARATOR = {"en": "/", "ru": ".", "ky": "."}
MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    # the genitive: «1 декабря 2026 г.»
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря"),
    # with the possessive ending, as the Convention's Kyrgyz texts write «2015-жылдын 15-декабры»
    # (a proposal that needs a native review, like translations/glossary.tsv)
    "ky": ("январы", "февралы", "марты", "апрели", "майы", "июну", "июлу", "августу", "сентябры", "октябры",
           "ноябры", "декабры"),
}
SIZE_UNITS = {"en": ("bytes", "KB", "MB", "GB"), "ru": ("байт", "КБ", "МБ", "ГБ"), "ky": ("байт", "КБ", "МБ", "ГБ")}


def language(lang: str) -> str:
    """The language whose conventions a text in ``lang`` follows: the first of "ru+en", English if unknown."""
    first = str(lang).split("+")[0]
    return first if first in LANGS else "en"


def _decimal_comma(lang: str) -> bool:
    return language(lang) in ("ru", "ky")


def number(value: float, lang: str, decimals: int | None = 1) -> str:
    """A number with ``decimals`` digits: "2.5" (en), "2,5" (ru, ky); thousands grouped ("1,234.5", "1 234,5").
    ``decimals`` None: as many as the value needs, up to six (0.001 t is not shown as 0)."""
    if decimals is None:
        text = f"{value:,.6f}".rstrip("0").rstrip(".")
    else:
        text = f"{value:,.{decimals}f}"
    if _decimal_comma(lang):
        return text.replace(",", NBSP).replace(".", ",")
    return text


def integer(value: int, lang: str) -> str:
    """A whole number with its thousands grouped: "40,000" (en), "40 000" (ru, ky)."""
    return number(value, lang, 0)


def percent(share: float, lang: str) -> str:
    """A share (0..1) as a whole percentage: "42%" (en), "42 %" (ru, ky, a no-break space)."""
    value = round(share * 100)
    return f"{value}{NBSP}%" if _decimal_comma(lang) else f"{value}%"


def _date_parts(iso: str | None) -> tuple[int, int, int] | None:
    try:
        found = datetime.strptime(str(iso or "")[:10], "%Y-%m-%d")
    except ValueError:
        return None
    return found.year, found.month, found.day


def date_numeric(iso: str | None, lang: str) -> str:
    """An ISO date (or the date of an ISO timestamp) in figures: 01.12.2026 (ru, ky), 01/12/2026 (en); a text
    that is no date is returned as it is."""
    parts = _date_parts(iso)
    if parts is None:
        return str(iso or "")
    year, month, day = parts
    sep = DATE_SEPARATOR[language(lang)]
    return f"{day:02d}{sep}{month:02d}{sep}{year:04d}"


def date_words(iso: str | None, lang: str) -> str:
    """An ISO date with the month in words: "1 December 2026", «1 декабря 2026 г.», «2026-жылдын 1-декабры»."""
    parts = _date_parts(iso)
    if parts is None:
        return str(iso or "")
    year, month, day = parts
    lang = language(lang)
    name = MONTHS[lang][month - 1]
    if lang == "ru":
        return f"{day} {name} {year}{NBSP}г."
    if lang == "ky":
        return f"{year}-жылдын {day}-{name}"
    return f"{day} {name} {year}"


def date(iso: str | None, lang: str) -> str:
    """A date as the reports write it: in words in English ("1 December 2026": 01/12/2026 reads as 12 January
    in the United States), in figures in Russian and Kyrgyz (01.12.2026, the form of official documents)."""
    return date_words(iso, lang) if language(lang) == "en" else date_numeric(iso, lang)


def moment(when: datetime, lang: str, seconds: bool = True) -> str:
    """An aware datetime in local time: "01.12.2026 19:37:00" (ru, ky), "01/12/2026 19:37" (en, no seconds)."""
    local = when.astimezone()
    clock = local.strftime("%H:%M:%S" if seconds else "%H:%M")
    return f"{date_numeric(local.date().isoformat(), lang)} {clock}"


def timestamp(value: str | None, lang: str, seconds: bool = False) -> str:
    """An ISO UTC timestamp from a document ("2026-12-01T19:37:00Z") in local time; anything else as it is."""
    when = parse_iso(value)
    if when is None:
        return value or ""
    return moment(when, lang, seconds)


def size(count: int, lang: str, decimals: int | None = None) -> str:
    """A file size: "512 bytes", "51 KB", "2,9 КБ", "20 MB" (units of 1024). ``decimals`` None: one decimal
    below 10, none from 10 on."""
    units = SIZE_UNITS[language(lang)]
    count = max(int(count), 0)
    if count < 1024:
        return f"{count}{NBSP}{units[0]}"
    value, unit = count / 1024, 1
    while value >= 1024 and unit < len(units) - 1:
        value, unit = value / 1024, unit + 1
    digits = (1 if value < 10 else 0) if decimals is None else decimals
    return f"{number(value, lang, digits)}{NBSP}{units[unit]}"
