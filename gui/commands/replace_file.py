"""Before an export or a copy replaces a file that is already there: ask, the same way for every format.

Qt's save dialog asks about the name it returns; names typed in a field, suggested by us or completed
with an extension afterwards were never asked about, so Word and Excel exports replaced a hand-edited
draft silently.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from gui.widgets.shared import PlainMessageBox


def may_replace(parent: QWidget | None, path: str | Path, confirmed: str | Path | None = None) -> bool:
    """True when ``path`` does not exist, is the name the save dialog already confirmed, or the person
    agrees to replace it."""
    path = Path(path)
    if not path.exists():
        return True
    if confirmed is not None and Path(confirmed) == path:
        return True
    answer = PlainMessageBox.question(
        parent, QCoreApplication.translate("ReplaceFile", "Replace the file?"),
        QCoreApplication.translate("ReplaceFile", "{0} already exists. Replace it? What it holds now will be "
                                                  "lost.").format(path),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
