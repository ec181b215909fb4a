"""Text as Word and Excel files can hold it: the one normalisation both writers and the importer apply.

XML 1.0 cannot hold most control characters, lone surrogates, U+FFFE and U+FFFF; they are removed.
Line ends become "\n" (Word and Excel both show "\r\n" and "\r" as one line break). An Excel cell holds
at most 32,767 characters: a longer text shows its first part in the cell and keeps the rest on a hidden
sheet (model.formats.long_texts), which the importer puts back.
"""

from __future__ import annotations

import re

EXCEL_CELL_LIMIT = 32_767
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean(text: str | None) -> str:
    """The documented normalisation: XML-impossible characters dropped, line ends made "\n"."""
    if not text:
        return ""
    return _NOT_XML.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def cell_text(text: str | None) -> str:
    """``clean`` and cut to what one Excel cell can hold."""
    return clean(text)[:EXCEL_CELL_LIMIT]


__all__ = ["clean", "cell_text", "EXCEL_CELL_LIMIT"]
