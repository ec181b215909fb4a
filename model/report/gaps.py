"""Consolidated gaps and priorities, and the requests for international assistance, built once for the
Word report and the PDF (as model.report.sections pieces).

A gap is an indicator rated below its target level (model.document.actionplan.gaps) or one whose gaps are described;
its priority is the highest priority of the actions that cover it (not cancelled); without one it is shown as
not covered yet.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from model.document import actionplan
from model.document.assessment import Assessment, Response

if TYPE_CHECKING:  # model.report.build imports this module
    from model.report.build import ActionEntry, Report
    from model.report.sections import Element

PRIORITY_ORDER = {p: i for i, p in enumerate(actionplan.PRIORITIES)}  # high first


@dataclass(frozen=True)
class GapLine:
    indicator_id: str
    area_id: str
    level: str  # "2 → 4", "2", "N/A"...
    gap: str
    priority: str  # "", "high", "medium", "low"
    actions: tuple[int, ...]  # the numbers of the actions (in the report's plan) that cover it


def build(doc: Assessment, responses: Mapping[str, Response], actions: Sequence[ActionEntry]) -> tuple[GapLine, ...]:
    below = set(actionplan.gaps(doc, responses))
    covering: dict[str, list[ActionEntry]] = {}
    for action in actions:
        if action.status != "cancelled":
            for indicator_id in action.indicator_ids:
                covering.setdefault(indicator_id, []).append(action)
    lines = []
    for indicator in doc.catalogue.indicators():
        response = responses[indicator.id]
        if indicator.id not in below and not response.gaps.strip():
            continue
        target = response.target_level if response.target_level is not None else indicator.scale.highest
        if response.not_applicable or response.level is None:
            level = "—"
        else:
            level = f"{response.level} \u2192 {target}" if response.level < target else str(response.level)
        found = covering.get(indicator.id, [])
        priority = min((a.priority for a in found), key=lambda p: PRIORITY_ORDER.get(p, 99), default="")
        lines.append(GapLine(indicator.id, indicator.area_id, level, response.gaps.strip(), priority, tuple(a.number for a in found)))
    return tuple(lines)


def _in_areas(report: Report, indicator_ids: Sequence[str], areas: tuple[str, ...]) -> bool:
    if not areas:
        return True
    wanted = {e.id for s in report.sections if s.id in areas for e in s.indicators}
    return any(i in wanted for i in indicator_ids)


def gap_elements(report: Report, areas: tuple[str, ...] = ()) -> list[Element]:
    """``areas``: only the gaps of these areas (a printout of some areas); all by default."""
    from model.report.sections import Heading, Para, Table, join

    r = report
    gaps = [g for g in r.gaps if not areas or g.area_id in areas]
    out: list[Element] = [Heading(r.text("gaps_priorities"), 1), Para(r.text("gaps_intro"), italic=True)]
    if not gaps:
        return out + [Para(r.text("no_gaps"))]
    uncovered = join(r.label("not_covered"))
    rows = tuple((g.indicator_id, g.level, g.gap or "—",
                  join(r.label(f"priority.{g.priority}")) if g.priority else "—",
                  ", ".join(str(n) for n in g.actions) if g.actions else uncovered) for g in gaps)
    out.append(Table((r.text("indicator"), r.text("level"), r.text("gaps"), r.text("priority"),
                      r.text("covered_by")), rows, (2.0, 1.8, 8.2, 2.2, 2.8)))
    count = sum(1 for g in gaps if not g.actions)
    out.append(Para(r.text("gaps_uncovered").format(count=count, total=len(gaps)), small=True))
    return out


def assistance_elements(report: Report, areas: tuple[str, ...] = ()) -> list[Element]:
    from model.report.sections import Heading, Para, Table

    r = report
    out: list[Element] = [Heading(r.text("assistance_requests"), 1), Para(r.text("assistance_intro"), italic=True)]
    wanted = [a for a in r.actions if (a.assistance_requested or a.assistance_details.strip())
              and _in_areas(r, a.indicator_ids, areas)]
    if not wanted:
        return out + [Para(r.text("no_assistance"))]
    rows = tuple((str(a.number), a.title, ", ".join(a.indicator_ids), a.assistance_details or "—", a.budget or "—")
                 for a in wanted)
    out.append(Table((r.text("number"), r.text("action"), r.text("linked_indicators"), r.text("assistance_details"),
                      r.text("estimated_resources")), rows, (1.0, 5.6, 2.2, 5.0, 3.2)))
    return out
