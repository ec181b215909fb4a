"""Small widgets the pages share."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton, QFrame, QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget,
)


class ClickableLabel(QLabel):
    def __init__(self, text: str, button: QAbstractButton, parent=None) -> None:
        super().__init__(text, parent)
        self.button = button

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        # A wrapped label's size hint is computed for a guessed width; pin its height to what the text
        # needs at the width it really got, so long lists have no gaps.
        needed = self.heightForWidth(self.width())
        if needed > 0 and needed != self.height():
            self.setFixedHeight(needed)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if event.button() == Qt.MouseButton.LeftButton and self.button.isEnabled():
            self.button.click()
        super().mouseReleaseEvent(event)


class WrappedChoice(QWidget):
    """A check box or radio button whose long text wraps (Qt's own buttons never wrap their text)."""

    def __init__(self, button: QAbstractButton, text: str, parent=None) -> None:
        super().__init__(parent)
        self.button = button
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 1, 0, 1)
        layout.setSpacing(6)
        # The button sits on the first line of the text, however many lines the text wraps to.
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.label = ClickableLabel(text, button, self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        # Never grow taller than the wrapped text: extra height in a group box goes below the last choice.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout.addWidget(self.label, 1)
        button.setAccessibleName(text)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt naming)
        self.label.setText(text)
        self.button.setAccessibleName(text)

    def text(self) -> str:
        return self.label.text()


def scroll_page(page: QWidget) -> tuple[QScrollArea, QWidget]:
    """Give ``page`` a frameless, resizable scroll area filling it; returns the area and the body to fill."""
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea(page)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    outer.addWidget(scroll)
    body = QWidget()
    scroll.setWidget(body)
    return scroll, body
