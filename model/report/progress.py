"""Completion and levels per area, computed from an assessment's responses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from model.catalogue import Area, Catalogue
from model.document.assessment import Response


@dataclass(frozen=True)
class AreaProgress:
    area_id: str
    indicators: int
    complete: int
    draft: int
    not_started: int
    rated: int
    not_applicable: int
    mean_level: float | None  # mean of the levels given, not-applicable excluded
    highest_level: int
    carried_over: int = 0  # answers of the previous self-assessment not yet confirmed (model.cycle)

    @property
    def completion(self) -> float:
        """Share of indicators marked complete, 0..1."""
        return self.complete / self.indicators if self.indicators else 0.0

    @property
    def score(self) -> float | None:
        """Mean level as a share of the highest level, 0..1 (the radar chart's radius)."""
        if self.mean_level is None or not self.highest_level:
            return None
        return self.mean_level / self.highest_level


@dataclass(frozen=True)
class Summary:
    areas: tuple[AreaProgress, ...]
    indicators: int
    complete: int
    draft: int
    not_started: int
    rated: int
    without_evidence: int
    carried_over: int = 0

    @property
    def completion(self) -> float:
        return self.complete / self.indicators if self.indicators else 0.0

    def area(self, area_id: str) -> AreaProgress | None:
        return next((a for a in self.areas if a.area_id == area_id), None)


def area_progress(area: Area, responses: Mapping[str, Response]) -> AreaProgress:
    rows = [responses.get(ind.id) or Response(ind.id) for ind in area.indicators]
    levels = [r.level for r in rows if r.level is not None and not r.not_applicable]
    highest = max((ind.scale.highest for ind in area.indicators), default=0)
    return AreaProgress(
        area_id=area.id,
        indicators=len(rows),
        complete=sum(r.status == "complete" for r in rows),
        draft=sum(r.status == "draft" for r in rows),
        not_started=sum(r.status == "not_started" for r in rows),
        rated=sum(r.rated for r in rows),
        not_applicable=sum(r.not_applicable for r in rows),
        mean_level=(sum(levels) / len(levels)) if levels else None,
        highest_level=highest,
        carried_over=sum(r.status == "carried_over" for r in rows),
    )


def summarise(catalogue: Catalogue, responses: Mapping[str, Response]) -> Summary:
    areas = tuple(area_progress(area, responses) for area in catalogue.areas)
    all_rows = [responses.get(i) or Response(i) for i in catalogue.indicator_ids()]
    return Summary(
        areas=areas,
        indicators=len(all_rows),
        complete=sum(a.complete for a in areas),
        draft=sum(a.draft for a in areas),
        not_started=sum(a.not_started for a in areas),
        rated=sum(a.rated for a in areas),
        without_evidence=sum(map(lacks_evidence, all_rows)),
        carried_over=sum(a.carried_over for a in areas),
    )


def lacks_evidence(response: Response) -> bool:
    """An applicable indicator whose evidence is empty (a not-applicable one needs none)."""
    return not response.not_applicable and not response.evidence.strip()


def without_evidence(catalogue: Catalogue, responses: Mapping[str, Response]) -> list[str]:
    """The ids of the indicators that lack evidence, in the catalogue's order (unanswered ones lack it too)."""
    return [i for i in catalogue.indicator_ids() if lacks_evidence(responses.get(i) or Response(i))]
