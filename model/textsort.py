"""Alphabetical order for Russian, Kyrgyz and English text, in pure Python (fast enough for 20,000 rows).

Python compares code points, which puts ё, ң, ө and ү after я. Here every Cyrillic letter gets its place in
the Kyrgyz alphabet (the Russian one plus ң after н, ө after о, ү after у), ё sorts with е as in dictionaries,
case is ignored, and digits and Latin letters keep their natural order before Cyrillic.
"""

from __future__ import annotations

import re

_KYRGYZ_RUSSIAN = "абвгдеёжзийклмнңоөпрстуүфхцчшщъыьэюя"
# Each Cyrillic letter is mapped into the private-use area in alphabet order (ё shares е's place), so plain
# string comparison, done in C, gives the right order; Latin letters and digits stay below them.
_TABLE = str.maketrans({letter: chr(0xE000 + index) for index, letter in enumerate(_KYRGYZ_RUSSIAN)})
_TABLE[ord("ё")] = _TABLE[ord("е")]
_NUMBER = re.compile(r"(\d+)")


def sort_key(text: str) -> tuple[tuple[int, int, str], ...]:
    """A key for sorted(): case-insensitive, Kyrgyz/Russian alphabet, numbers compared by value (1.2 < 1.10)."""
    folded = text.casefold().strip().translate(_TABLE)
    if _NUMBER.search(folded) is None:
        return ((1, 0, folded),)
    parts: list[tuple[int, int, str]] = []
    for chunk in _NUMBER.split(folded):
        if chunk.isdigit():
            parts.append((0, int(chunk), ""))
        elif chunk:
            parts.append((1, 0, chunk))
    return tuple(parts)
