"""The banner over a document opened for reading only (a write-protected stick, a read-only file)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from gui.widgets.shared import plain_label


class ReadOnlyBanner(QFrame):
    """Says why nothing can be changed here and offers the way out: a copy that can be edited."""

    saveCopyRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#readOnlyBanner { background: #fff4ce; }")
        layout = QHBoxLayout(self)
        self.label = plain_label()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.button = QPushButton()
        self.button.clicked.connect(self.saveCopyRequested)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.label.setText(self.tr("This assessment is open for reading only: its file or its folder cannot be "
                                   "written (for example a write-protected USB stick). Nothing can be changed here."))
        self.button.setText(self.tr("Save a copy to edit"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
