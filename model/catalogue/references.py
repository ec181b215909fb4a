"""Convention references and criterion letters as each language writes them.

The catalogue gives references in English ("Art. 4(1)", "Annex III", "ECE/CP.TEIA/2, para 5"). Russian
writes «ст. 4(1)», «приложение III», «п. 5»; Kyrgyz puts the number first: «4(1)-берене», «III тиркеме»,
«5-пункт». Criteria are lettered a), b), c) in the catalogue and а), б), в) in Russian and Kyrgyz texts,
as in the Russian text of the Convention. A form not recognised here is shown as written, never guessed.
"""

from __future__ import annotations

import re
from typing import Iterable

# Latin a..z and the letters Russian (and Kyrgyz) legal texts enumerate with: а б в г д е ж з и к л м н о
# п р с т у ф х ц ч ш щ э (ё, й, ъ, ы, ь are skipped in enumerations).
_LATIN = "abcdefghijklmnopqrstuvwxyz"
_CYRILLIC = "абвгдежзиклмнопрстуфхцчшщэ"
_TO_CYRILLIC = str.maketrans(_LATIN, _CYRILLIC)
_TO_LATIN = str.maketrans(_CYRILLIC, _LATIN)
CYRILLIC_LETTERS = ("ru", "ky")

_DASH = r"\s*[-–—]\s*"
_NUMBER = r"\d+(?:\([0-9a-z]{1,4}\))*"  # 4, 4(1), 4(1)(a)
_ROMAN = r"[IVXLC]+|\d+"  # Annex III (an annex may be numbered in digits in another catalogue)
_SYMBOL = re.compile(r"^[A-Z]{2,}(?:/[A-Za-z0-9.]+)+$")  # a UN document symbol, the same in every language

# (pattern, {lang: (one, range, pair)}): "{0}" the first number, "{1}" the second.
_FORMS: list[tuple[re.Pattern[str], dict[str, tuple[str, str, str]]]] = [
    (re.compile(rf"^(?:Art|Article)s?\.?\s*({_NUMBER})(?:(?:{_DASH}|\s+(and|&)\s+)({_NUMBER}))?$", re.I),
     {"ru": ("ст. {0}", "ст. {0}–{1}", "ст. {0} и {1}"),
      "ky": ("{0}-берене", "{0}–{1}-беренелер", "{0} жана {1}-беренелер")}),
    (re.compile(rf"^Annex(?:es)?\s+({_ROMAN})(?:(?:{_DASH}|\s+(and|&)\s+)({_ROMAN}))?$", re.I),
     {"ru": ("приложение {0}", "приложения {0}–{1}", "приложения {0} и {1}"),
      "ky": ("{0} тиркеме", "{0}–{1} тиркемелер", "{0} жана {1} тиркемелер")}),
    (re.compile(rf"^Part\s+({_ROMAN})()()$", re.I),
     {"ru": ("часть {0}", "", ""), "ky": ("{0} бөлүк", "", "")}),
    (re.compile(rf"^(?:§§?|paras?\.?|paragraphs?)\s*({_NUMBER})(?:(?:{_DASH}|\s+(and|&)\s+)({_NUMBER}))?$", re.I),
     {"ru": ("п. {0}", "пп. {0}–{1}", "пп. {0} и {1}"),
      "ky": ("{0}-пункт", "{0}–{1}-пункттар", "{0} жана {1}-пункттар")}),
    (re.compile(r"^decisions?\s+(\d+/\d+)(?:\s+(and|&)\s+(\d+/\d+))?$", re.I),
     {"ru": ("решение {0}", "", "решения {0} и {1}"), "ky": ("{0}-чечим", "", "{0} жана {1}-чечимдер")}),
    (re.compile(r"^annex()()()$", re.I), {"ru": ("приложение", "", ""), "ky": ("тиркеме", "", "")}),
]


def _subparagraphs(number: str, lang: str) -> str:
    """"4(1)(a)" -> "4(1)(а)" in Russian and Kyrgyz: letters in brackets are Cyrillic there."""
    if lang not in CYRILLIC_LETTERS:
        return number
    return re.sub(r"\(([a-z])\)", lambda m: f"({m.group(1).translate(_TO_CYRILLIC)})", number)


def _part(text: str, lang: str) -> str:
    stripped = text.strip()
    if lang not in CYRILLIC_LETTERS or not stripped or _SYMBOL.match(stripped):
        return text
    for pattern, forms in _FORMS:
        match = pattern.match(stripped)
        if match is None:
            continue
        first, joiner, second = match.groups()
        one, span, pair = forms[lang]
        first, second = _subparagraphs(first or "", lang), _subparagraphs(second or "", lang)
        template = one if not second else (pair if joiner else span)
        leading = text[:len(text) - len(text.lstrip())]
        return leading + template.format(first, second)
    return text


def reference(text: str, lang: str) -> str:
    """One reference of the catalogue as ``lang`` writes it; every part separated by a comma or a
    semicolon on its own ("ECE/CP.TEIA/2, para 5" -> "ECE/CP.TEIA/2, п. 5"); unknown parts unchanged."""
    pieces = re.split(r"([,;])", text)
    return "".join(piece if piece in (",", ";") else _part(piece, lang) for piece in pieces)


def references(texts: Iterable[str], lang: str, sep: str = ", ") -> str:
    """An indicator's references as one line in ``lang``."""
    return sep.join(reference(text, lang) for text in texts)


def criterion_letter(criterion_id: str, lang: str) -> str:
    """The letter of a criterion ("1.1.c" -> "c"; "в" in Russian and Kyrgyz); other last parts unchanged."""
    last = criterion_id.rsplit(".", 1)[-1]
    if lang in CYRILLIC_LETTERS and len(last) == 1 and last in _LATIN:
        return last.translate(_TO_CYRILLIC)
    return last


def criterion_label(criterion_id: str, lang: str) -> str:
    """How a criterion is listed: "c)" / "в)"."""
    return f"{criterion_letter(criterion_id, lang)})"


def criterion_shown_id(criterion_id: str, lang: str) -> str:
    """A criterion's full id as a workbook shows it: "1.1.c" / "1.1.в"."""
    head, _, last = criterion_id.rpartition(".")
    return f"{head}.{criterion_letter(criterion_id, lang)}" if head else criterion_letter(criterion_id, lang)


def criterion_id(shown: str) -> str:
    """The catalogue's id of a criterion written with a Cyrillic letter ("1.1.в" -> "1.1.c"); others unchanged."""
    head, dot, last = shown.rpartition(".")
    if len(last) == 1 and last.lower() in _CYRILLIC:
        return f"{head}{dot}{last.lower().translate(_TO_LATIN)}"
    return shown
