"""The action plan's rules shared by the window and the reports (model/plan.py), without a document or Qt."""

from __future__ import annotations

from datetime import date

import pytest

from model import plan
from model.document.actionplan import Action
from model.document.assessment import Response
from model.plan import ActionFilter

TODAY = date(2027, 3, 1)


@pytest.fixture
def indicator(small_catalogue):
    found = small_catalogue.indicator("1.1")
    assert found.scale.highest == 4
    return found


@pytest.mark.parametrize(("response", "state", "target"), [
    (Response("1.1"), plan.UNRATED, 4),  # nothing to compare yet
    (Response("1.1", level=2, not_applicable=True), plan.UNRATED, 4),
    (Response("1.1", level=3), plan.GAP, 4),  # no target set: the highest level of the scale
    (Response("1.1", level=4), plan.REACHED, 4),
    (Response("1.1", level=2, target_level=2), plan.REACHED, 2),  # the country's own target
    (Response("1.1", level=0, target_level=1), plan.GAP, 1),
    (Response("1.1", level=0, target_level=0), plan.REACHED, 0),  # a target of 0 is a target, not "unset"
])
def test_gap_against_the_target(indicator, response, state, target):
    assert plan.target_for(indicator, response) == target
    assert plan.gap_state(indicator, response) == state


def test_numbers_follow_the_order_actions_were_made_not_the_order_given():
    actions = [Action(id=9, uid="c", title="C"), Action(id=2, uid="a", title="A"), Action(id=5, uid="b", title="B")]
    assert plan.numbers(actions) == {2: 1, 5: 2, 9: 3}
    assert plan.numbers(actions[:1]) == {9: 1}  # numbered among what is in the plan now: no holes
    assert plan.numbers([]) == {}


def _action(**fields) -> Action:
    return Action(id=1, uid="u", title=fields.pop("title", "Train the inspectors"), **fields)


@pytest.mark.parametrize(("action_filter", "action", "accepted"), [
    (ActionFilter(), _action(), True),
    (ActionFilter(area="1"), _action(indicator_ids=("1.2", "B.1")), True),
    (ActionFilter(area="2"), _action(indicator_ids=("1.2", "B.1")), False),
    (ActionFilter(indicator="1.2"), _action(indicator_ids=("1.2",)), True),
    (ActionFilter(indicator="1.2"), _action(indicator_ids=("1.20",)), False),  # the id, not a part of it
    (ActionFilter(status="done"), _action(status="done"), True),
    (ActionFilter(status="done"), _action(status="ongoing"), False),
    (ActionFilter(priority="high"), _action(priority="low"), False),
    (ActionFilter(overdue=True), _action(due_date="2027-02-28"), True),
    (ActionFilter(overdue=True), _action(due_date="2027-02-28", status="done"), False),  # done is never late
    (ActionFilter(overdue=True), _action(due_date="2027-03-01"), False),  # due today is not yet late
    (ActionFilter(authority="мчс"), _action(partners="МЧС Кыргызстана"), True),  # any case, Cyrillic too
    (ActionFilter(authority="МЧС"), _action(lead="Минздрав"), False),
    (ActionFilter(text="өрт"), _action(expected_result="Өрт коопсуздугу"), True),
    (ActionFilter(text="inspectors", status="done"), _action(), False),  # every field set must hold
])
def test_filter_selects_what_the_plan_view_shows(action_filter, action, accepted):
    assert action_filter.accepts(action, TODAY) is accepted
