"""What a file that is not an assessment is, from its first bytes and its table of contents (never all of it)."""

from __future__ import annotations

import zipfile
from pathlib import Path

ZIP_MAGIC = b"PK\x03\x04"


def is_workbook(path: str | Path) -> bool:
    """An Excel workbook (.xlsx): a zip holding xl/workbook.xml. Reads only the zip's directory."""
    path = Path(path)
    try:
        if not path.is_file():
            return False
        with open(path, "rb") as handle:
            if handle.read(4) != ZIP_MAGIC:
                return False
        with zipfile.ZipFile(path) as archive:
            return "xl/workbook.xml" in archive.namelist()
    except (OSError, zipfile.BadZipFile, ValueError, RuntimeError):
        return False
