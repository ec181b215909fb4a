"""Ratings that agree with their criteria: the level the ticked criteria suggest, and what contradicts them.

The rule follows the descriptors of the catalogue's rating scale (resources/catalogue/*.json), which tie the
levels to the share of criteria met, not to single criteria:

    0 Not in place          "nothing exists"                 -> no criterion may be ticked
    1 Initial               "work has started, drafts exist" -> not every criterion may be ticked
    2 Partially in place    "some criteria are met"          -> at least one criterion is ticked
    3 In place              "all criteria are met"           -> every criterion is ticked
    4 Applied and reviewed  "all met, working, reviewed"     -> every criterion is ticked

The suggested level is the one whose descriptor matches the ticks exactly: none ticked -> 0, some -> 2,
all -> 3 (level 4 needs proof of practice that criteria cannot show, so it is never suggested). A scale that
an indicator overrides is read by position in the same way: its lowest level needs no ticks, its two highest
(one, on a scale of three levels or fewer) need all ticks, the level just above the lowest needs some left
unticked and the others need at least one tick. "Not applicable" is never contradicted.

Apart from the level, an indicator marked complete without any evidence is a finding.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Iterable, Mapping

from model.catalogue import Catalogue, Indicator, Scale
from model.document.assessment import Response

# Kinds of finding (the interface words them; exports and the command line may use the codes).
LEVEL_ABOVE_CRITERIA = "level_above_criteria"  # the level claims more criteria than are ticked
LEVEL_BELOW_CRITERIA = "level_below_criteria"  # the level claims fewer criteria than are ticked
COMPLETE_WITHOUT_EVIDENCE = "complete_without_evidence"


@dataclass(frozen=True)
class Finding:
    indicator_id: str
    kind: str
    level: int | None  # the level given
    met: int  # criteria ticked (of this indicator's own criteria)
    total: int  # criteria of the indicator
    suggested: int | None  # the level the ticks suggest
    fitting: tuple[int, ...]  # every level that agrees with the ticks


def _roles(scale: Scale) -> dict[int, str]:
    """Each level's requirement on the ticks: "none", "not_all", "some" or "all"."""
    return dict(_roles_of(scale.values))


@lru_cache(maxsize=64)
def _roles_of(values: tuple[int, ...]) -> tuple[tuple[int, str], ...]:
    """(level, requirement) lowest first, for a scale's values (a few scales serve thousands of indicators)."""
    ordered = sorted(values)
    top = 2 if len(ordered) > 3 else 1
    roles: list[tuple[int, str]] = []
    for position, value in enumerate(ordered):
        if position == 0:
            roles.append((value, "none"))
        elif position >= len(ordered) - top:
            roles.append((value, "all"))
        elif position == 1:
            roles.append((value, "not_all"))
        else:
            roles.append((value, "some"))
    return tuple(dict(roles).items())  # one entry per level, as a dict of them had


def _agrees(role: str, met: int, total: int) -> bool:
    return {"none": met == 0, "not_all": met < total, "some": met >= 1, "all": met == total}[role]


def ticked(indicator: Indicator, criteria_met: Iterable[str]) -> int:
    """How many of the indicator's own criteria are ticked (ids from another catalogue edition are ignored)."""
    own = set(indicator.criterion_ids())
    return len(own.intersection(criteria_met))


@lru_cache(maxsize=1024)
def _reading(values: tuple[int, ...], met: int, total: int) -> tuple[tuple[int, ...], int | None]:
    """The fitting levels and the suggested one, for a scale's values and ``met`` of ``total`` criteria ticked:
    all that the ticks say depends on these three, so a catalogue's thousands of indicators share a few."""
    roles = dict(_roles_of(values))
    fitting = tuple(value for value in sorted(roles) if _agrees(roles[value], met, total))
    levels = sorted(roles)
    if len(levels) < 2 or total == 0:
        suggested = None
    elif met == 0:
        suggested = levels[0]
    elif met == total:
        suggested = next(v for v in levels if roles[v] == "all")
    else:
        middle = [v for v in levels if roles[v] in ("some", "not_all")]
        suggested = middle[-1] if middle else None
    return fitting, suggested


def fitting_levels(indicator: Indicator, criteria_met: Iterable[str]) -> tuple[int, ...]:
    """The levels of the indicator's scale that agree with the ticked criteria, lowest first."""
    return _reading(indicator.scale.values, ticked(indicator, criteria_met), len(indicator.criteria))[0]


def suggested_level(indicator: Indicator, criteria_met: Iterable[str]) -> int | None:
    """The level whose descriptor matches the ticks exactly (None when the scale has a single level)."""
    return _reading(indicator.scale.values, ticked(indicator, criteria_met), len(indicator.criteria))[1]


def check(indicator: Indicator, response: Response) -> tuple[Finding, ...]:
    """What in one response contradicts its criteria or lacks evidence (empty when nothing does)."""
    level = response.level
    total = len(indicator.criteria)
    rated = not response.not_applicable and level is not None and total
    incomplete = response.status == "complete" and not response.not_applicable and not response.evidence.strip()
    if not rated and not incomplete:
        return ()  # nothing to contradict, nothing missing
    met = ticked(indicator, response.criteria_met)
    fitting, suggested = _reading(indicator.scale.values, met, total)
    found: list[Finding] = []

    def finding(kind: str) -> Finding:
        return Finding(indicator.id, kind, None if response.not_applicable else level, met, total, suggested,
                       fitting)

    if rated and level is not None and level not in fitting:  # (rated says level is not None; mypy cannot see it)
        above = fitting and level > max(fitting)
        found.append(finding(LEVEL_ABOVE_CRITERIA if above else LEVEL_BELOW_CRITERIA))
    if incomplete:
        found.append(finding(COMPLETE_WITHOUT_EVIDENCE))
    return tuple(found)


def findings(catalogue: Catalogue, responses: Mapping[str, Response]) -> dict[str, tuple[Finding, ...]]:
    """Every indicator that needs attention, in catalogue order, with its findings."""
    result: dict[str, tuple[Finding, ...]] = {}
    for indicator in catalogue.indicators():
        response = responses.get(indicator.id)
        if response is None:
            continue
        found = check(indicator, response)
        if found:
            result[indicator.id] = found
    return result


def findings_after(catalogue: Catalogue, responses: Mapping[str, Response],
                   changes: Mapping[str, Mapping[str, object]]) -> dict[str, tuple[Finding, ...]]:
    """The findings of the indicators that ``changes`` ({indicator id: {field: value}}) would touch, as they
    would be once the changes are written (used to warn in an import preview before anything is applied)."""
    projected: dict[str, Response] = {}
    for indicator_id, fields in changes.items():
        base = responses.get(indicator_id) or Response(indicator_id)
        # Any: replace() checks nothing at run time; the values come from an import preview, checked per field
        known: dict[str, Any] = {k: v for k, v in fields.items() if hasattr(base, k)}
        projected[indicator_id] = replace(base, **known)
    result: dict[str, tuple[Finding, ...]] = {}
    for indicator in catalogue.indicators():
        if indicator.id in projected:
            found = check(indicator, projected[indicator.id])
            if found:
                result[indicator.id] = found
    return result


def describe(finding: Finding) -> str:
    """One finding in an English sentence (the command line; the window words it in its own language)."""
    if finding.kind == COMPLETE_WITHOUT_EVIDENCE:
        return "marked complete, but no evidence is given"
    relation = "claims more than" if finding.kind == LEVEL_ABOVE_CRITERIA else "is lower than"
    suggested = "-" if finding.suggested is None else str(finding.suggested)
    return (f"level {finding.level} {relation} the criteria ticked ({finding.met} of {finding.total}); "
            f"they suggest level {suggested}")
