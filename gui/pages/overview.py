"""The overview (dashboard): completion and mean level per area, the radar chart, the action plan in figures."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import (
    QGridLayout, QHBoxLayout, QProgressBar, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget,
)

from gui.widgets.contributors_panel import ContributorsPanel
from gui.widgets.findings import MARK
from gui.widgets.first_paint import AfterFirstPaint
from gui.formats import format_number, format_percent, shown
from gui.i18n import current_language
from render.radar import paint_radar
from gui.session import DocumentSession
from gui.widgets.shared import ElidedButton, plain_label, scroll_page
from model.document import actionplan
from model.report import consistency
from model.report import progress

if TYPE_CHECKING:
    from gui.register.counts import RegisterOverview


class RadarWidget(QWidget):
    """The radar chart of the areas (mean level as a share of the highest level), drawn with QPainter."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.labels: list[str] = []
        self.values: list[float | None] = []
        self.before: list[float | None] | None = None
        self.legend: tuple[str, str] | None = None
        self.setMinimumSize(300, 300)  # beside the figures in the 660 pixels a 1024x768 screen leaves the page
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_data(self, labels: list[str], values: list[float | None], before: list[float | None] | None = None,
                 legend: tuple[str, str] | None = None) -> None:
        """``before``: the previous assessment's values, drawn under them (the comparison page)."""
        self.labels, self.values, self.before, self.legend = labels, values, before, legend
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        paint_radar(painter, QRectF(self.rect()).adjusted(8, 8, -8, -8), self.labels, self.values,
                    before=self.before, legend=self.legend, lang=current_language())
        painter.end()


class FigureButton(QPushButton):
    """A figure on the dashboard; clicking it opens the matching list."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet("QPushButton { text-align: left; padding: 6px 10px; }")


class OverviewPage(QWidget):
    areaRequested = Signal(str)
    actionsRequested = Signal(dict)  # a filter for the action plan, e.g. {"status": "ongoing"}
    indicatorsRequested = Signal(str, list)  # a title and the indicator ids to list

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.session: DocumentSession | None = None
        self.lang = "en"
        _scroll, body = scroll_page(self)
        self.layout_ = QVBoxLayout(body)
        self.layout_.setContentsMargins(20, 16, 20, 16)
        self.title_label = plain_label()
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.layout_.addWidget(self.title_label)
        self.meta_label = plain_label()
        self.meta_label.setWordWrap(True)
        self.layout_.addWidget(self.meta_label)
        self.provisional_label = plain_label()
        self.provisional_label.setWordWrap(True)
        self.provisional_label.setStyleSheet(
            "QLabel { background: #fff4d6; color: #5c4400; border: 1px solid #e8c66a; padding: 8px; }")
        self.layout_.addWidget(self.provisional_label)
        self.total_label = plain_label()
        self.total_label.setWordWrap(True)
        self.layout_.addWidget(self.total_label)
        self.attention_button = FigureButton()  # ratings that contradict their criteria, complete without evidence
        self.attention_button.setStyleSheet(
            "QPushButton { text-align: left; padding: 6px 10px; background: #fff4d6; color: #5c4400; "
            "border: 1px solid #e8c66a; }")
        self.attention_button.clicked.connect(lambda: self.indicatorsRequested.emit(
            self.tr("Indicators that need attention"), self._attention))
        self._attention: list[str] = []
        self.layout_.addWidget(self.attention_button)
        row = QHBoxLayout()
        self.radar = RadarWidget()
        row.addWidget(self.radar, 3)
        figures = QVBoxLayout()
        self.figures_title = plain_label()
        self.figures_title.setStyleSheet("font-weight: bold;")
        figures.addWidget(self.figures_title)
        self.status_buttons: dict[str, FigureButton] = {}
        for status in actionplan.ACTION_STATUSES:
            button = FigureButton()
            button.clicked.connect(lambda _=False, s=status: self.actionsRequested.emit({"status": s}))
            self.status_buttons[status] = button
            figures.addWidget(button)
        self.overdue_button = FigureButton()
        self.overdue_button.clicked.connect(lambda: self.actionsRequested.emit({"overdue": True}))
        figures.addWidget(self.overdue_button)
        self.gaps_button = FigureButton()
        self.gaps_button.clicked.connect(lambda: self.indicatorsRequested.emit(
            self.tr("Gaps without an action"), self._gaps))
        figures.addWidget(self.gaps_button)
        self.evidence_button = FigureButton()
        self.evidence_button.clicked.connect(lambda: self.indicatorsRequested.emit(
            self.tr("Indicators without evidence"), self._without_evidence))
        figures.addWidget(self.evidence_button)
        figures.addStretch(1)
        row.addLayout(figures, 2)
        self.layout_.addLayout(row)
        self._gaps: list[str] = []
        self._without_evidence: list[str] = []
        self.contributors_panel = ContributorsPanel()  # shown when the assessment has contributing authorities
        self.layout_.addWidget(self.contributors_panel)
        # The register's counts, offered as evidence: built, read and calculated once the page has painted (its
        # import and the Annex I calculation are about 12 ms that the first look at the overview does not wait for).
        self.register_counts: RegisterOverview | None = None
        self._register_slot = self.layout_.count()
        AfterFirstPaint(self, self._build_register_counts, latest_ms=None)  # not for an overview never shown
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setColumnStretch(1, 1)
        self.layout_.addLayout(self.grid)
        self.layout_.addStretch(1)

    def _build_register_counts(self) -> None:
        from gui.register.counts import RegisterOverview

        self.register_counts = RegisterOverview()
        self.layout_.insertWidget(self._register_slot, self.register_counts)
        self.register_counts.show_session(self.session)  # hidden while no assessment (or no register) is shown

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)

    def show_session(self, session: DocumentSession, lang: str) -> None:
        self.session, self.lang = session, lang
        self.refresh()

    def refresh(self) -> None:
        if self.session is None:
            return
        doc = self.session.doc
        meta = doc.meta()
        catalogue = doc.catalogue
        self.title_label.setText(str(meta.get("title") or self.tr("Untitled assessment")))
        parts = [self.tr("Country: {0}").format(meta.get("country") or "—"),
                 self.tr("Lead authority: {0}").format(meta.get("lead_authority") or "—")]
        authors = meta.get("authors")  # a list of names (model.document.assessment META)
        if isinstance(authors, (list, tuple)) and authors:
            parts.append(self.tr("Prepared by: {0}").format(", ".join(str(name) for name in authors)))
        parts.append(self.tr("Catalogue: {0}, version {1}").format(shown(catalogue.title, self.lang), catalogue.version))
        self.meta_label.setText("\n".join(parts))
        self.provisional_label.setVisible(catalogue.provisional)
        self.provisional_label.setText(self.tr(
            "This catalogue is provisional: its indicators are written from the Convention's articles and annexes, "
            "not the official wording of the benchmarks. You can load the official catalogue from a file when it "
            "is available (File → New assessment)."))
        responses = self.session.doc.responses()
        summary = progress.summarise(catalogue, responses)
        self.total_label.setText(self.tr("Complete: {0} of {1} indicators ({2}); rated: {3}; drafts: {4}").format(
            summary.complete, summary.indicators, format_percent(summary.completion), summary.rated, summary.draft))
        self._refresh_dashboard(summary, responses)
        self.contributors_panel.show_doc(doc, responses)
        if self.register_counts is not None:
            self.register_counts.show_session(self.session)
        self._attention = list(consistency.findings(catalogue, responses))
        self.attention_button.setVisible(bool(self._attention))
        self.attention_button.setText(MARK + " " + self.tr("%n indicator(s) need attention", "",
                                                           len(self._attention)))
        self.attention_button.setToolTip(self.tr(
            "A level that contradicts the criteria ticked, or complete without evidence. Click for the list."))
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        headers = [self.tr("Area"), "", self.tr("Complete"), self.tr("Mean level")]
        for column, text in enumerate(headers):
            label = plain_label(text, bold=True)
            self.grid.addWidget(label, 0, column)
        for row, (area, state) in enumerate(zip(catalogue.areas, summary.areas), start=1):
            button = ElidedButton(f"{area.id}. {shown(area.title, self.lang)}")
            button.setFlat(True)
            button.setStyleSheet("QPushButton { text-align: left; padding: 2px; }")
            button.clicked.connect(lambda _=False, a=area.id: self.areaRequested.emit(a))
            self.grid.addWidget(button, row, 0)
            bar = QProgressBar()
            bar.setRange(0, state.indicators)
            bar.setValue(state.complete)
            bar.setFormat(f"{state.complete}/{state.indicators}")
            bar.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grid.addWidget(bar, row, 1)
            self.grid.addWidget(plain_label(format_percent(state.completion)), row, 2)
            mean = "—" if state.mean_level is None else f"{format_number(state.mean_level)} / {state.highest_level}"
            self.grid.addWidget(plain_label(mean), row, 3)

    def _refresh_dashboard(self, summary: progress.Summary, responses: dict) -> None:
        if self.session is None:
            return
        doc = self.session.doc
        catalogue = doc.catalogue
        self.radar.set_data([f"{a.id}. {shown(a.title, self.lang)}" for a in catalogue.areas],
                            [state.score for state in summary.areas])
        self.figures_title.setText(self.tr("Action plan"))
        counts = actionplan.counts_by_status(doc)
        names = {"planned": self.tr("Planned actions: {0}"), "ongoing": self.tr("Ongoing actions: {0}"),
                 "done": self.tr("Done actions: {0}"), "cancelled": self.tr("Cancelled actions: {0}")}
        for status, button in self.status_buttons.items():
            button.setText(names[status].format(counts[status]))
        overdue = actionplan.overdue_count(doc)
        self.overdue_button.setText(self.tr("Overdue actions: {0}").format(overdue))
        self.overdue_button.setStyleSheet("QPushButton { text-align: left; padding: 6px 10px; %s }" % (
            "color: #b00020; font-weight: bold;" if overdue else ""))
        self._gaps = actionplan.gaps_without_actions(doc, responses)
        self.gaps_button.setText(self.tr("Gaps without an action: {0}").format(len(self._gaps)))
        self._without_evidence = progress.without_evidence(doc.catalogue, responses)
        self.evidence_button.setText(self.tr("Indicators without evidence: {0}").format(len(self._without_evidence)))
