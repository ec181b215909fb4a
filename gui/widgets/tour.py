"""The guided first run: a short, skippable tour of the start page, the navigator, the indicator page and the
overview, with a frame drawn around what each step explains. Help → Show the tour again restarts it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from gui.widgets.shared import plain_label

STEPS = ("start", "navigator", "indicator", "overview", "end")


class Highlight(QWidget):
    """A frame around the explained part of the window; it lets every click through."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground, True)
        self.target: QWidget | None = None
        self.hide()

    def follow(self, target: QWidget | None) -> None:
        self.target = target
        parent = self.parentWidget()  # the window the highlight is drawn over
        if target is None or parent is None or not target.isVisible():
            self.hide()
            return
        top_left = target.mapTo(parent, QPoint(0, 0))
        self.setGeometry(QRect(top_left, target.size()).adjusted(-4, -4, 4, 4))
        self.show()
        self.raise_()

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#e07b00"), 4))
        painter.drawRoundedRect(self.rect().adjusted(2, 2, -2, -2), 6, 6)


class Tour(QDialog):
    """The steps in a small window beside the main one; Next, Back and Skip; nothing is changed by it except
    that the example assessment is opened when no assessment is open (and the step says so)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("Tour")
        self.setWindowFlag(Qt.WindowType.Tool, True)
        self.main_window = window
        self.step = 0
        self.opened_example = False
        self.highlight = Highlight(window)
        self.counter = plain_label()
        self.heading = plain_label()
        self.heading.setStyleSheet("font-weight: bold; font-size: 12pt;")
        self.body = plain_label()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setMinimumWidth(340)
        self.back_button = QPushButton()
        self.next_button = QPushButton()
        self.skip_button = QPushButton()
        self.back_button.clicked.connect(lambda: self.go(self.step - 1))
        self.next_button.clicked.connect(self._next)
        self.skip_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counter)
        layout.addWidget(self.heading)
        layout.addWidget(self.body, 1)
        layout.addLayout(buttons)
        window.installEventFilter(self)  # keep the frame on its target when the window moves or resizes
        self.go(0)

    def texts(self, step: str) -> tuple[str, str]:
        if step == "start":
            return (self.tr("Welcome"), self.tr(
                "This short tour shows the four places you will use most. Start here: create a new assessment, "
                "open one that a colleague sent, or open the example to practise — the example is a copy, "
                "try anything in it."))
        if step == "navigator":
            opened = self.tr(" The tour has opened the example assessment so that there is something to see.") \
                if self.opened_example else ""
            return (self.tr("The navigator"), self.tr(
                "The areas and their indicators. The mark before an indicator shows its state: ○ not started, "
                "◐ draft, ● complete; the figure after an area shows how many are complete.") + opened)
        if step == "indicator":
            return (self.tr("The indicator page"), self.tr(
                "Tick the criteria that are met, choose the level, describe the situation, list the evidence and "
                "the gaps. Everything is saved within a second: there is no Save button."))
        if step == "overview":
            return (self.tr("The overview"), self.tr(
                "The dashboard of the assessment: the radar chart of the areas, the actions by status, the overdue "
                "actions and the gaps without an action. Click a figure to see the list behind it."))
        return (self.tr("That is all"), self.tr(
            "Press F1 on any screen to open the chapter of the user guide that explains it. Help → Show the "
            "tour again repeats this tour."))

    def _target(self, step: str) -> QWidget | None:
        window = self.main_window
        if step == "start":
            return window.start_page if window.session is None else window.toolbar
        if step in ("navigator", "indicator", "overview") and window.session is None:
            window.open_example()
            self.opened_example = window.session is not None
            if window.session is None:
                return None
        if step == "navigator":
            return window.navigator
        if step == "indicator":
            window.show_indicator(next(window.session.doc.catalogue.indicators()).id)
            return window.indicator_page
        if step == "overview":
            window.show_overview()
            return window.overview
        return None

    def _next(self) -> None:
        if self.step + 1 >= len(STEPS):
            self.close()
        else:
            self.go(self.step + 1)

    def go(self, step: int) -> None:
        self.step = max(0, min(step, len(STEPS) - 1))
        key = STEPS[self.step]
        self.highlight.follow(self._target(key))
        self.retranslate()
        self._place()

    def retranslate(self) -> None:
        key = STEPS[self.step]
        heading, body = self.texts(key)
        self.setWindowTitle(self.tr("A short tour"))
        self.counter.setText(self.tr("Step {0} of {1}").format(self.step + 1, len(STEPS)))
        self.heading.setText(heading)
        self.body.setText(body)
        self.back_button.setText(self.tr("Back"))
        self.back_button.setEnabled(self.step > 0)
        self.next_button.setText(self.tr("Finish") if key == "end" else self.tr("Next"))
        self.skip_button.setText(self.tr("Skip the tour"))
        self.next_button.setDefault(True)

    def _place(self) -> None:
        """Beside the frame, in the corner of the window it leaves free."""
        window = self.main_window
        self.adjustSize()
        frame = window.frameGeometry()
        target = self.highlight.geometry() if self.highlight.isVisible() else QRect()
        right_free = target.isNull() or target.center().x() < window.width() / 2
        x = frame.right() - self.width() - 24 if right_free else frame.left() + 24
        y = frame.bottom() - self.height() - 48
        self.move(x, max(frame.top() + 48, y))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.main_window and event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self.highlight.follow(self.highlight.target)
        return False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.highlight.hide()
        self.main_window.removeEventFilter(self)
        super().closeEvent(event)


def start_tour(window) -> Tour:
    tour = Tour(window)
    tour.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    tour.show()
    return tour
