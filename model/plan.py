"""Rules of the national action plan that the window and the reports share: an indicator's gap against its
target, the number an action carries in the plan, and which actions a filter of the plan view selects.

Pure functions on catalogue entries, responses and actions (no database, no Qt), tested in tests/model.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:  # the plan's rows live in model.document.actionplan, which uses the gap rule below
    from model.catalogue import Indicator
    from model.document.actionplan import Action
    from model.document.assessment import Response

# What an indicator's gap is: no level to compare yet (unrated or not applicable), below its target, or not.
UNRATED, GAP, REACHED = "unrated", "gap", "reached"


def target_for(indicator: Indicator, response: Response) -> int:
    """The level the country aims for: set per indicator, otherwise the highest level of its scale."""
    return response.target_level if response.target_level is not None else indicator.scale.highest


def gap_state(indicator: Indicator, response: Response) -> str:
    """UNRATED for a not-applicable or unrated indicator, GAP when its level is below ``target_for``, else REACHED."""
    if response.not_applicable or response.level is None:
        return UNRATED
    return GAP if response.level < target_for(indicator, response) else REACHED


def numbers(actions: Iterable[Action]) -> dict[int, int]:
    """Action id -> its number in the plan: 1, 2, … in the order the actions were made (their ids), as every
    printout, export and the plan view show it, whatever order or filter the view uses."""
    return numbers_of_ids(a.id for a in actions)


def numbers_of_ids(ids: Iterable[int]) -> dict[int, int]:
    """``numbers`` from the actions' ids alone (a plan whose actions are not built yet)."""
    return {action_id: n for n, action_id in enumerate(sorted(ids), start=1)}


@dataclass(frozen=True)
class ActionFilter:
    """What the plan view shows: each field set narrows the actions; an empty filter selects all."""

    area: str = ""
    authority: str = ""  # part of the lead or the partners, any case
    status: str = ""
    priority: str = ""
    overdue: bool = False
    text: str = ""  # part of the title or the expected result, any case
    indicator: str = ""

    def accepts(self, action: Action, today: date) -> bool:
        if self.area and self.area not in action.area_ids:
            return False
        if self.indicator and self.indicator not in action.indicator_ids:
            return False
        if self.status and action.status != self.status:
            return False
        if self.priority and action.priority != self.priority:
            return False
        if self.overdue and not action.is_overdue(today):
            return False
        if self.authority and self.authority.casefold() not in f"{action.lead} {action.partners}".casefold():
            return False
        if self.text and self.text.casefold() not in f"{action.title} {action.expected_result}".casefold():
            return False
        return True
