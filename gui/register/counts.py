"""The register's counts as buttons (on the Register page and the overview): each offers its figure, with its
date, as a line of evidence for the indicators it supports; the insertion is an undoable edit."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QMenu, QSizePolicy, QToolButton, QWidget

from model.register.figures import COUNTS, RegisterFigures, supported, with_evidence_line


def count_names() -> dict[str, str]:
    return {"identified": QCoreApplication.translate("Register", "Identified"),
            "meets_annex_i": QCoreApplication.translate("Register", "Meeting Annex I"),
            "transboundary": QCoreApplication.translate("Register", "Capable of transboundary effects"),
            "notified": QCoreApplication.translate("Register", "Notified"),
            "safety_report": QCoreApplication.translate("Register", "With a safety report"),
            "offsite_plan": QCoreApplication.translate("Register", "With an off-site plan"),
            "inspected_this_year": QCoreApplication.translate("Register", "Inspected this year"),
            "public_informed": QCoreApplication.translate("Register", "Public informed")}


def evidence_sentence(key: str, figures: RegisterFigures) -> str:
    """The figure as a line of evidence: "Register of hazardous activities, 2026-12-01: meeting Annex I: 6 of 25." """
    return QCoreApplication.translate("Register", "Register of hazardous activities, {date}: {what}: {count} of {total}.") \
        .format(date=figures.as_of, what=count_names()[key], count=figures.counts[key],
                total=figures.counts["identified"])


def insert_evidence(session, indicator_id: str, key: str, figures: RegisterFigures) -> str | None:
    """Add the figure to the indicator's evidence through the session (Edit → Undo takes it back); the line
    added, or None when it was not (already there, or refused: the session reports why)."""
    sentence = evidence_sentence(key, figures)
    old = session.response(indicator_id).evidence or ""
    new = with_evidence_line(old, sentence)
    if new == old:
        return None
    if not session.change(indicator_id, "evidence", new, QCoreApplication.translate("Register", "Register figure")):
        return None
    return sentence


class CountButton(QToolButton):
    """A count with its name; a long name is shortened with "…" to the width the button gets, the figure never
    (the whole text stays its accessible name)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.full = ("", "")
        self.hint = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_count(self, name: str, count: int) -> None:
        self.full = (name, f": {count}")
        self.setAccessibleName(name + self.full[1])
        self.setToolTip(f"{name}{self.full[1]}\n{self.hint}".strip())  # the whole name when it is shortened
        self._elide()
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance("".join(self.full)) + 36, hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        return QSize(self.fontMetrics().horizontalAdvance("…" * 6 + self.full[1]) + 36,
                     super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        name, count = self.full
        room = max(0, self.width() - 36 - self.fontMetrics().horizontalAdvance(count))
        shown = self.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, room) + count
        if shown != self.text():
            self.setText(shown)


class RegisterCounts(QWidget):
    """Eight count buttons in ``columns`` columns (the page must fit 1024 pixels in every language)."""

    inserted = Signal(str, str)  # indicator id, the line added to its evidence

    def __init__(self, parent=None, columns: int = 3) -> None:
        super().__init__(parent)
        self.session = None
        self.figures: RegisterFigures | None = None
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.buttons: dict[str, CountButton] = {}
        for number, key in enumerate(COUNTS):
            button = CountButton()
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            button.setMenu(QMenu(button))
            button.menu().aboutToShow.connect(lambda k=key, b=button: self._fill_menu(k, b.menu()))
            self.buttons[key] = button
            grid.addWidget(button, number // columns, number % columns)
        self.retranslate()

    def show_figures(self, session, figures: RegisterFigures | None) -> None:
        self.session, self.figures = session, figures
        self._show()

    def _show(self) -> None:
        names = count_names()
        for key, button in self.buttons.items():
            button.set_count(names[key], self.figures.counts[key] if self.figures else 0)

    def offers(self, key: str) -> tuple[str, ...]:
        if self.session is None:
            return ()
        return supported(key, self.session.doc.catalogue.indicator_ids())

    def _fill_menu(self, key: str, menu: QMenu) -> None:
        menu.clear()
        if self.session is None or self.figures is None:
            return
        for indicator_id in self.offers(key):
            action = menu.addAction(QCoreApplication.translate(
                "Register", "Add to the evidence of indicator {id}").format(id=indicator_id))
            action.triggered.connect(lambda _=False, i=indicator_id, k=key: self.insert(i, k))

    def insert(self, indicator_id: str, key: str) -> str | None:
        if self.session is None or self.figures is None:
            return None
        sentence = insert_evidence(self.session, indicator_id, key, self.figures)
        if sentence is not None:
            self.inserted.emit(indicator_id, sentence)
        return sentence

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for button in self.buttons.values():
            tip = QCoreApplication.translate(
                "Register", "Click to add this figure, with its date, to the evidence of an indicator")
            button.hint = tip
            button.setAccessibleDescription(tip)
        self._show()


class RegisterOverview(QWidget):
    """The overview's block of the register: its title and counts; hidden while the register is empty."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QVBoxLayout

        from gui.widgets.shared import plain_label

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        self.title = plain_label(bold=True)
        self.title.setWordWrap(True)
        self.counts = RegisterCounts(columns=1)  # beside the navigator the overview has no room for more columns
        self.message = plain_label()
        self.message.setWordWrap(True)
        self.counts.inserted.connect(lambda i, text: self.message.setText(QCoreApplication.translate(
            "Register", "Added to the evidence of indicator {id}: {text}").format(id=i, text=text)))
        layout.addWidget(self.title)
        layout.addWidget(self.counts)
        layout.addWidget(self.message)
        self.retranslate()
        self.hide()

    def show_session(self, session) -> None:
        from model.register import activities as register
        from model.register.figures import figures_of

        doc = session.doc if session is not None else None
        figures = figures_of(doc) if doc is not None and register.count(doc) else None
        self.setVisible(figures is not None)
        if figures is not None and doc is not None:  # figures only come with a doc
            self.counts.show_figures(session, figures)
            self.counts.setEnabled(register.changeable(doc))  # a final assessment's evidence stays as approved

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate(
            "Register", "Register of hazardous activities (click a figure to add it to an indicator's evidence)"))
