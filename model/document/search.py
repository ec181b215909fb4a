"""Find and filter indicators: which ones the navigator shows for a search text and a few filters.

Matching is case-insensitive for Cyrillic and Latin alike (str.casefold, so Ң/ң, Ө/ө, Ү/ү, Ё/ё match), ё
matches е as Russian readers expect, and every word of the search must occur somewhere in the indicator's
id, statement (in the language shown), description, evidence, gaps or responsible authority.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Collection, Sequence

from model.catalogue import Indicator
from model.document.assessment import STATUSES, Response


def fold(text: str) -> str:
    """Text as compared by the search: case folded, ё as е, runs of white space as one space."""
    return " ".join(text.casefold().replace("ё", "е").split())


def haystack(indicator: Indicator, response: Response, lang: str) -> str:
    """Everything a search looks in for one indicator, folded once (kept until the response changes)."""
    parts = (indicator.id, indicator.statement.text(lang), response.description, response.evidence, response.gaps,
             response.authority)
    return fold("\n".join(parts))


@dataclass(frozen=True)
class IndicatorFilter:
    text: str = ""
    statuses: frozenset[str] = field(default_factory=frozenset)  # empty: any status
    no_evidence: bool = False
    gap_without_action: bool = False
    needs_attention: bool = False

    def __post_init__(self) -> None:
        unknown = set(self.statuses) - set(STATUSES)
        if unknown:
            raise ValueError(f"unknown status {sorted(unknown)}; use {STATUSES}")

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(fold(self.text).split())

    @property
    def active(self) -> bool:
        return bool(self.words or self.statuses or self.no_evidence or self.gap_without_action
                    or self.needs_attention)


def matches(rule: IndicatorFilter, folded: str, response: Response, *, gap_without_action: bool = False,
            needs_attention: bool = False) -> bool:
    """Whether one indicator passes: ``folded`` is its haystack(); the two flags are what the caller knows
    about it (a gap with no action linked, a finding of model.report.consistency)."""
    if rule.statuses and response.status not in rule.statuses:
        return False
    if rule.no_evidence and (response.not_applicable or response.evidence.strip()):
        return False
    if rule.gap_without_action and not gap_without_action:
        return False
    if rule.needs_attention and not needs_attention:
        return False
    return all(word in folded for word in rule.words)


def step(ids: Sequence[str], shown: Collection[str] | None, current: str | None, delta: int) -> str | None:
    """The indicator that next (delta > 0) or previous goes to, among those ``shown`` (all when None), in the
    catalogue order ``ids``; from an indicator the filter hides, the nearest shown one in that direction.
    None when there is none that way."""
    allowed = set(ids) if shown is None else set(shown)
    order = list(ids) if delta > 0 else list(reversed(ids))
    start = order.index(current) + 1 if current in order else 0
    return next((ident for ident in order[start:] if ident in allowed), None)
