"""Open a file or a folder with the system's programs — and say so when nothing opened it (no dead ends).

QDesktopServices.openUrl returns False when no program is associated with the file's type (a laptop without
Word or a PDF reader); without a message the button would simply do nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from gui.widgets.shared import PlainMessageBox


def open_folder(parent: QWidget | None, folder: str | Path) -> bool:
    """Show a folder in the file manager; if that is impossible, say where it is."""
    folder = Path(folder)
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        return True
    box = PlainMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("OpenWith", "Folder not shown"),
                          QCoreApplication.translate("OpenWith", "The folder could not be shown here. It is:\n{0}")
                          .format(str(folder)), QMessageBox.StandardButton.Close, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the path can be copied
    box.exec()
    return False


def open_file(parent: QWidget | None, path: str | Path) -> bool:
    """Open a file with the program the system associates with it; if there is none, say so, offer its folder."""
    path = Path(path)
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    title = QCoreApplication.translate("OpenWith", "No program to open the file")
    box = PlainMessageBox(QMessageBox.Icon.Information, title,
                          QCoreApplication.translate(
                              "OpenWith", "No program on this computer is set up to open {0}. The file is saved in the "
                                          "folder {1}; open it from there with a program that reads it, or copy it to "
                                          "another computer.").format(path.name, str(path.parent)),
                          QMessageBox.StandardButton.Close, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    folder_button = box.addButton(QCoreApplication.translate("OpenWith", "Open folder"),
                                  QMessageBox.ButtonRole.ActionRole)
    box.exec()
    if box.clickedButton() is folder_button:
        open_folder(parent, path.parent)
    return False
