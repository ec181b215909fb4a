"""Small widgets the pages share, and the one way to show text from a file: as plain text.

QLabel, QMessageBox and tooltips guess whether a text is HTML (Qt.mightBeRichText). Text from a catalogue,
a document or a workbook may hold ``<img src="/dev/zero">`` (Qt would read that path) or ``//host/share``
(an SMB connection on Windows), so it is never handed to them as rich text: labels and message boxes are
made with Qt.PlainText, tooltips are escaped into rich text that shows the characters as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import (
    QAbstractButton, QDateEdit, QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QScrollArea, QSizePolicy,
    QVBoxLayout, QWidget,
)

from gui.formats import date_pattern

_Buttons = QMessageBox.StandardButton


def plain_label(text: str = "", parent: QWidget | None = None, *, bold: bool = False) -> QLabel:
    """A QLabel that shows its text exactly as given, never as HTML (bold by its font, not by markup)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


def plain_tooltip(text: str) -> str:
    """A tooltip for text from a file: escaped (tooltips are always rich-text capable)."""
    return QtGuiNamespace.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal) if text else ""


class PlainMessageBox(QMessageBox):
    """A message box whose text is plain text; the static functions mirror QMessageBox's."""

    def __init__(self, icon: QMessageBox.Icon = QMessageBox.Icon.NoIcon, title: str = "", text: str = "",
                 buttons=_Buttons.NoButton, parent: QWidget | None = None) -> None:
        super().__init__(icon, title, "", buttons, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # before the text: a rich text is laid out when it is set
        self.setText(text)

    @classmethod
    def _ask(cls, icon, parent, title, text, buttons, default):
        box = cls(icon, title, text, buttons, parent)
        if default != _Buttons.NoButton:
            box.setDefaultButton(default)
        box.exec()
        return box.standardButton(box.clickedButton()) if box.clickedButton() else _Buttons.NoButton

    @classmethod
    def warning(cls, parent, title, text, buttons=_Buttons.Ok, default=_Buttons.NoButton):  # noqa: D102
        return cls._ask(QMessageBox.Icon.Warning, parent, title, text, buttons, default)

    @classmethod
    def critical(cls, parent, title, text, buttons=_Buttons.Ok, default=_Buttons.NoButton):  # noqa: D102
        return cls._ask(QMessageBox.Icon.Critical, parent, title, text, buttons, default)

    @classmethod
    def information(cls, parent, title, text, buttons=_Buttons.Ok, default=_Buttons.NoButton):  # noqa: D102
        return cls._ask(QMessageBox.Icon.Information, parent, title, text, buttons, default)

    @classmethod
    def question(cls, parent, title, text, buttons=_Buttons.Yes | _Buttons.No,  # noqa: D102
                 default=_Buttons.NoButton):
        return cls._ask(QMessageBox.Icon.Question, parent, title, text, buttons, default)


# For a check box or radio button with its own text: a ring in the highlight colour while it has the focus
# (the transparent border keeps the layout still when the focus comes and goes).
FOCUS_STYLE = ("QCheckBox, QRadioButton { border: 2px solid transparent; border-radius: 4px; padding: 2px 4px; }"
               " QCheckBox:focus, QRadioButton:focus { border-color: palette(highlight); }")


class ClickableLabel(QLabel):
    def __init__(self, text: str, button: QAbstractButton, parent=None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)
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
    """A check box or radio button whose long text wraps (Qt's own buttons never wrap their text).

    The button has no text of its own, so the style's focus mark (a dotted line around the text) would be
    a few faint pixels: the whole choice gets a ring in the highlight colour while its button has focus.
    """

    FOCUS_RING = 2  # pixels

    def __init__(self, button: QAbstractButton, text: str, parent=None) -> None:
        super().__init__(parent)
        self.button = button
        button.installEventFilter(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 3, 4, 3)
        layout.setSpacing(6)
        # The button sits on the first line of the text, however many lines the text wraps to.
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.label = ClickableLabel(text, button, self)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        # Never grow taller than the wrapped text: extra height in a group box goes below the last choice.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout.addWidget(self.label, 1)
        button.setAccessibleName(text)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt naming)
        if watched is self.button and event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.update()
        return False

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().paintEvent(event)
        if self.button.hasFocus():
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), self.FOCUS_RING)
            painter.setPen(pen)
            half = self.FOCUS_RING / 2
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 4, 4)
            painter.end()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt naming)
        self.label.setText(text)
        self.button.setAccessibleName(text)

    def text(self) -> str:
        return self.label.text()


class ElidedButton(QPushButton):
    """A button whose long text is shortened with "…" to the width it gets; the whole text is its tooltip
    and its accessible name. It asks for the width of its whole text but makes do with little."""

    def __init__(self, text: str, parent=None) -> None:
        super().__init__(text, parent)
        self.full_text = text
        # A push button's policy makes its whole text the minimum; this one may be narrower.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setToolTip(plain_tooltip(text))  # the text may come from a catalogue
        self.setAccessibleName(text)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self.full_text) + 16, hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        return QSize(self.fontMetrics().horizontalAdvance("…") * 8, super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        shown = self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, max(0, self.width() - 16))
        if shown != self.text():
            self.setText(shown)


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


class OptionalDateEdit(QDateEdit):
    """A date that may be empty, shown in the interface language's date format.

    Empty is the minimum date shown as blank: tabbing through an empty date leaves it empty (a plain
    QDateEdit always holds a date and would store today's). Delete or Backspace on a whole date empties it;
    the calendar of an empty date opens on the current month without choosing a day.
    """

    EMPTY = QDate(2000, 1, 1)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_pattern())
        self.setMinimumDate(self.EMPTY)
        self.setSpecialValueText(" ")
        self.setDate(self.EMPTY)

    def set_iso(self, value: str | None) -> None:
        day = QDate.fromString(value or "", "yyyy-MM-dd")
        self.setDate(day if day.isValid() and day > self.EMPTY else self.EMPTY)

    def iso(self) -> str | None:
        """The date as YYYY-MM-DD, or None when it is empty."""
        return None if self.date() <= self.EMPTY else self.date().toString("yyyy-MM-dd")

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        whole = self.lineEdit().selectedText() == self.lineEdit().text() or self.date() <= self.EMPTY
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and whole:
            self.setDate(self.EMPTY)
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().mousePressEvent(event)  # opens the calendar on the editor's date
        if self.date() <= self.EMPTY and self.calendarWidget() is not None:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
