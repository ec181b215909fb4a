"""Text as Word and Excel files can hold it: the one normalisation both writers and the importer apply.

XML 1.0 cannot hold most control characters, lone surrogates, U+FFFE and U+FFFF; they are removed.
Line ends become "\n" (Word and Excel both show "\r\n" and "\r" as one line break). An Excel cell holds
at most 32,767 characters; longer text is cut there (the importer compares cut text with cut text, so an
unchanged long cell is never mistaken for an edit).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Callable

from model import store
from model.errors import DocumentError

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


def write_atomically(path: str | Path, write: Callable[[Path], None]) -> Path:
    """Let ``write`` fill a temporary file beside ``path``, then rename it: no half-written export remains."""
    path = Path(path)
    tmp = store.temp_file_beside(path, ".teia-export-", path.suffix)
    try:
        write(tmp)
        os.replace(tmp, path)
    except PermissionError:
        # On Windows this is the usual case of an earlier export still open in Word or Excel.
        tmp.unlink(missing_ok=True)
        raise DocumentError("in_use", file=str(path)) from None
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise store.write_error(exc, path) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


__all__ = ["clean", "cell_text", "write_atomically", "EXCEL_CELL_LIMIT"]
