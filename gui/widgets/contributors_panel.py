"""The overview's table of contributing authorities: what each holds, how far it is, what it contributed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QProgressBar

from gui.formats import format_percent
from gui.widgets.shared import plain_label
from model.document import contributors


class ContributorsPanel(QGroupBox):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setHorizontalSpacing(12)
        self.grid.setColumnStretch(2, 1)
        self.hide()

    def show_doc(self, doc, responses: dict) -> None:
        self.setTitle(self.tr("Contributing authorities"))
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        rows = contributors.progress(doc, responses)
        self.setVisible(bool(rows))
        if not rows:
            return
        contributed: dict[str, int] = {}
        for names in contributors.provenance(doc).values():
            for holder in names:  # not "name": that is the QLabel of each row below
                contributed[holder] = contributed.get(holder, 0) + 1
        headers = (self.tr("Authority"), self.tr("Contact person"), self.tr("Complete"), "",
                   self.tr("Indicators changed"))
        for column, text in enumerate(headers):
            label = plain_label(text)
            label.setStyleSheet("font-weight: bold;")
            self.grid.addWidget(label, 0, column)
        for row, state in enumerate(rows, start=1):
            person = state.contributor
            name = plain_label(person.name + (f" ({person.short_name})" if person.short_name else ""))
            contact = plain_label(person.contact or "—")
            for label in (name, contact):
                label.setTextFormat(Qt.TextFormat.PlainText)  # typed by people
            bar = QProgressBar()
            bar.setRange(0, max(1, state.indicators))
            bar.setValue(state.complete)
            bar.setFormat(f"{state.complete}/{state.indicators}")
            bar.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(contact, row, 1)
            self.grid.addWidget(bar, row, 2)
            self.grid.addWidget(plain_label(format_percent(state.completion)), row, 3)
            self.grid.addWidget(plain_label(str(contributed.get(person.label, 0))), row, 4)
