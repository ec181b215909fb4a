"""The "Progress since <previous assessment, date>" section of the outputs (Word, PDF, workbook): plain data
built from model.cycle.compare, for a document that has a predecessor."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from model.cycle import compare
from model.document.assessment import Assessment
from model.report import formatting
from model.report import sections as report_sections
from model.report.labels import LABELS
from model.languages import in_language

if TYPE_CHECKING:  # model.report.build imports this module
    from model.report.build import Report

Texts = tuple[str, ...]


@dataclass(frozen=True)
class ProgressArea:
    area_id: str
    title: Texts
    before: float | None  # mean level
    now: float | None
    highest: int


@dataclass(frozen=True)
class ProgressIndicator:
    id: str
    before: int | str | None  # a level, "na" or None
    now: int | str | None
    change: str
    change_label: Texts
    criteria_gained: tuple[str, ...]
    criteria_lost: tuple[str, ...]
    actions_completed: tuple[str, ...]


@dataclass(frozen=True)
class ProgressSection:
    before_title: str
    before_date: str  # ISO date
    heading: Texts  # "Progress since <title>, <date>" in each language
    areas: tuple[ProgressArea, ...]
    indicators: tuple[ProgressIndicator, ...]  # those that changed, in catalogue order

    def chart_data(self, labels: list[str]) -> tuple[list[str], list[float | None], list[float | None]]:
        """Labels, radii now and radii before (0..1 or None) for the two-polygon radar chart."""
        def share(value: float | None, highest: int) -> float | None:
            return None if value is None or not highest else value / highest
        return (labels, [share(a.now, a.highest) for a in self.areas],
                [share(a.before, a.highest) for a in self.areas])


def _label(key: str, lang: str) -> str:
    return in_language(LABELS[key], lang)


def build(doc: Assessment, langs: tuple[str, ...]) -> ProgressSection | None:
    """The section for ``doc`` against the copy of its predecessor it keeps; None for a first assessment."""
    result = compare.with_predecessor(doc)
    if result is None:
        return None
    title = result.before_title
    heading = tuple(_label("progress_since", lang).format(title=title or _label("previous_assessment", lang),
                                                         date=formatting.date(result.before_date, lang)) for lang in langs)
    catalogue = doc.catalogue
    by_id = {a.id: a for a in result.areas}
    areas = []
    for area in catalogue.areas:
        change = by_id.get(area.id)
        areas.append(ProgressArea(area.id, tuple(area.title.text(lang) for lang in langs),
                                  change.before if change else None, change.now if change else None,
                                  max((ind.scale.highest for ind in area.indicators), default=0)))
    indicators = tuple(
        ProgressIndicator(i.id, i.before, i.now, i.change, tuple(_label(f"change.{i.change}", lang) for lang in langs),
                          i.criteria_gained, i.criteria_lost, i.actions_completed)
        for i in result.indicators
        if i.change != "same" or i.criteria_gained or i.criteria_lost or i.actions_completed)
    return ProgressSection(title, result.before_date, heading, tuple(areas), indicators)


def criteria_text(item: ProgressIndicator) -> str:
    """Criteria gained and lost in one cell: "+ 1.1.b" and "− 1.1.a", one line each."""
    lines = [f"+ {c}" for c in item.criteria_gained] + [f"\u2212 {c}" for c in item.criteria_lost]
    return "\n".join(lines)


# The section's rows, for Word (model.formats.docx_progress) and print (render.progress): placed, not decided, there.
def value_text(report: Report, value: object) -> str:
    """A level, "N/A" or "—"; a mean level with two decimals, as the comparison page shows it."""
    if value is None:
        return "\u2014"
    if value == "na":
        return report.text("not_applicable_short")
    return formatting.number(value, report.langs[0], 2) if isinstance(value, float) else str(value)


def _section(report: Report) -> ProgressSection:
    if report.progress is None:
        raise ValueError("the report has no progress section (a first assessment)")
    return report.progress


def area_headers(report: Report) -> list[str]:
    return [report.text(k) for k in ("area", "before", "now")]


def area_rows(report: Report) -> list[list[str]]:
    """Each area: its name, its mean level before and now."""
    return [[f"{a.area_id}. {report_sections.join(a.title)}", value_text(report, a.before), value_text(report, a.now)]
            for a in _section(report).areas]


def indicator_headers(report: Report) -> list[str]:
    return [report.text(k) for k in ("indicator", "before", "now", "change", "criteria", "actions_completed")]


def indicator_rows(report: Report) -> list[list[str]]:
    """Each indicator that changed: its level before and now, the change, the criteria, the actions done."""
    return [[i.id, value_text(report, i.before), value_text(report, i.now), report_sections.join(i.change_label),
             criteria_text(i), "\n".join(i.actions_completed)] for i in _section(report).indicators]
