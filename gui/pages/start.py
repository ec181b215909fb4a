"""The start page: new assessment, open a file, recent files, the example."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from gui.widgets.shared import plain_label, plain_tooltip


class StartPage(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    exampleRequested = Signal()
    recentRequested = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        layout.setSpacing(14)
        self.title = plain_label()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.intro = plain_label()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        buttons = QHBoxLayout()
        self.new_button = QPushButton()
        self.open_button = QPushButton()
        self.example_button = QPushButton()
        for button, signal in ((self.new_button, self.newRequested), (self.open_button, self.openRequested),
                               (self.example_button, self.exampleRequested)):
            button.setMinimumHeight(40)
            button.clicked.connect(signal)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.recent_label = plain_label()
        layout.addWidget(self.recent_label)
        self.recent_list = QListWidget()
        self.recent_list.itemActivated.connect(
            lambda item: self.recentRequested.emit(item.data(Qt.ItemDataRole.UserRole)))
        layout.addWidget(self.recent_list, 100)
        layout.addStretch(1)  # takes the free space when there are no recent files, so nothing floats apart
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("TEIA Self-Assessment"))
        self.intro.setText(self.tr(
            "Prepare the country's self-assessment under the UNECE Convention on the Transboundary Effects of "
            "Industrial Accidents: go through the indicators area by area, record the level reached, the evidence, "
            "the gaps and the responsible authority. Every change is saved to the file at once."))
        self.new_button.setText(self.tr("New assessment…"))
        self.open_button.setText(self.tr("Open…"))
        self.example_button.setText(self.tr("Open the example"))
        self.recent_label.setText(self.tr("Recent assessments (double-click or Enter to open):"))

    def set_recent(self, files: list[str]) -> None:
        self.recent_list.clear()
        for name in files:
            path = Path(name)
            item = QListWidgetItem(f"{path.name}  —  {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(plain_tooltip(name))
            self.recent_list.addItem(item)
        self.recent_label.setVisible(bool(files))
        self.recent_list.setVisible(bool(files))
