"""Ratings that agree with their criteria, as the window shows them: the words of each finding and the panel
on the indicator page with the suggested level and the warnings (the rule itself is model.report.consistency)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from gui.widgets.shared import plain_label
from model.report import consistency
from model.catalogue import Indicator
from model.report.consistency import Finding
from model.document.assessment import Response

WARNING_STYLE = "QLabel { background: #fff4d6; color: #5c4400; border: 1px solid #e8c66a; padding: 6px; }"
MARK = "⚠"


def finding_text(finding: Finding) -> str:
    """One finding in a sentence of the interface language."""
    if finding.kind == consistency.COMPLETE_WITHOUT_EVIDENCE:
        return QCoreApplication.translate("Findings", "Marked complete, but no evidence is given.")
    if finding.kind == consistency.LEVEL_ABOVE_CRITERIA:
        text = QCoreApplication.translate(
            "Findings", "Level {0} claims more than the criteria ticked ({1} of {2}); they suggest level {3}.")
    else:
        text = QCoreApplication.translate(
            "Findings", "Level {0} is lower than the criteria ticked ({1} of {2}) show; they suggest level {3}.")
    suggested = "—" if finding.suggested is None else str(finding.suggested)
    return text.format(finding.level, finding.met, finding.total, suggested)


def findings_text(found: tuple[Finding, ...] | list[Finding]) -> str:
    return "\n".join(finding_text(f) for f in found)


class ConsistencyPanel(QFrame):
    """Under the levels: what the ticked criteria suggest (shown, never forced) and any warning."""

    levelChosen = Signal(int)  # the person chose to take the suggested level

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._suggested: int | None = None
        self._state: tuple | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.suggestion_label = plain_label()
        self.suggestion_label.setTextFormat(Qt.TextFormat.PlainText)  # level labels come from the catalogue
        self.suggestion_label.setWordWrap(True)
        self.use_button = QPushButton()
        self.use_button.clicked.connect(lambda: self._suggested is not None and self.levelChosen.emit(self._suggested))
        row.addWidget(self.suggestion_label, 1)
        row.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        self.warning_label = plain_label()
        self.warning_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(WARNING_STYLE)
        layout.addWidget(self.warning_label)
        self.warning_label.hide()
        self.use_button.hide()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and self._state is not None:
            self.show_response(*self._state)
        super().changeEvent(event)

    def show_response(self, indicator: Indicator, response: Response, lang: str) -> None:
        self._state = (indicator, response, lang)
        met, total = consistency.ticked(indicator, response.criteria_met), len(indicator.criteria)
        suggested = consistency.suggested_level(indicator, response.criteria_met)
        fitting = consistency.fitting_levels(indicator, response.criteria_met)
        self._suggested = suggested
        level = indicator.scale.level(suggested)
        if level is None:
            self.suggestion_label.setText("")
        else:
            self.suggestion_label.setText(self.tr(
                "Criteria ticked: {0} of {1}. Suggested level: {2} ({3}); levels that agree with the ticks: {4}."
            ).format(met, total, suggested, level.label.text(lang), ", ".join(str(v) for v in fitting)))
        differs = suggested is not None and not response.not_applicable and response.level != suggested
        self.use_button.setVisible(differs)
        self.use_button.setText(self.tr("Use level {0}").format(suggested))
        self.use_button.setAccessibleName(self.use_button.text())
        found = consistency.check(indicator, response)
        self.warning_label.setVisible(bool(found))
        self.warning_label.setText(f"{MARK} " + findings_text(found) if found else "")
        self.warning_label.setAccessibleName(self.warning_label.text())
