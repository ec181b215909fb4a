"""The action plan as the plan view reads it: every action's id at once, its fields only when it is shown."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, MutableSequence
from typing import overload

from model.document.actionplan import _COLUMNS_WITHOUT_LINKS, Action, _action, actions
from model.document.assessment import Assessment


class PlanRows(MutableSequence[Action]):
    """Every action of the plan in the order of their ids, each read and built into an ``Action`` only when it is
    first asked for: the plan view shows 20,000 actions numbered and in that order from their ids alone (the
    rows and their objects were half of its loading time) and reads the rows it paints, a block at a time;
    sorting by another column or filtering reads all the others at once first (``build_all``).

    ``fetch(ids)`` gives the actions with those ids (all of them for None); one that is not there any more
    (deleted by an import or a merge before the view reloads) is shown as an empty action with its number.
    """

    BLOCK = 200  # rows read at a time: a screenful or two

    def __init__(self, ids: list[int], fetch: Callable[[list[int] | None], dict[int, Action]] | None) -> None:
        self.ids = ids
        self._built: list[Action | None] = [None] * len(ids)
        self._missing = len(ids)
        self._fetch = fetch

    @classmethod
    def of(cls, actions: Iterable[Action]) -> "PlanRows":
        """Actions already built (a plan changed in memory, a test)."""
        built = list(actions)
        plan = cls([a.id for a in built], None)
        plan._built, plan._missing = list(built), 0
        return plan

    def __len__(self) -> int:
        return len(self.ids)

    @overload
    def __getitem__(self, index: int) -> Action: ...

    @overload
    def __getitem__(self, index: slice) -> list[Action]: ...

    def __getitem__(self, index: int | slice) -> Action | list[Action]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        built = self._built[index]
        if built is None:
            start = index if index >= 0 else index + len(self.ids)
            self._fill([p for p in range(start, min(start + self.BLOCK, len(self.ids))) if self._built[p] is None])
            built = self._built[index]
            assert built is not None  # filled above, by the action or its stand-in
        return built

    def build_all(self) -> None:
        """Read every action not read yet, in one query (before sorting or filtering on their fields)."""
        if self._missing:
            self._fill([p for p, built in enumerate(self._built) if built is None], everything=True)

    def _fill(self, positions: list[int], everything: bool = False) -> None:
        if not positions:
            return
        wanted = [self.ids[p] for p in positions]
        found = {} if self._fetch is None else self._fetch(None if everything else wanted)
        for position, action_id in zip(positions, wanted):
            self._built[position] = found.get(action_id) or Action(id=action_id, uid="", title="")
        self._missing -= len(positions)

    @overload
    def __setitem__(self, index: int, value: Action) -> None: ...

    @overload
    def __setitem__(self, index: slice, value: Iterable[Action]) -> None: ...

    def __setitem__(self, index: int | slice, value: Action | Iterable[Action]) -> None:
        if isinstance(index, slice) or not isinstance(value, Action):
            raise TypeError("one action at a time")
        if self._built[index] is None:
            self._missing -= 1
        self._built[index], self.ids[index] = value, value.id

    def __delitem__(self, index: int | slice) -> None:
        if isinstance(index, slice):
            raise TypeError("one action at a time")
        if self._built[index] is None:
            self._missing -= 1
        del self._built[index], self.ids[index]

    def insert(self, index: int, value: Action) -> None:
        self._built.insert(index, value)
        self.ids.insert(index, value.id)

    def __iter__(self) -> Iterator[Action]:
        self.build_all()
        for built in list(self._built):
            assert built is not None
            yield built


def plan_rows(doc: Assessment) -> PlanRows:
    """The actions as ``actions`` reads them, read and built on first use (see PlanRows)."""
    ids = [row[0] for row in doc.query("SELECT id FROM action ORDER BY id")]

    def fetch(wanted: list[int] | None) -> dict[int, Action]:
        if doc.closed:
            return {}
        if wanted is None:
            return {a.id: a for a in actions(doc)}
        marks = ", ".join("?" * len(wanted))
        links: dict[int, str] = dict(doc.query(
            "SELECT action_id, group_concat(indicator_id, char(31)) FROM action_indicator "
            f"WHERE action_id IN ({marks}) GROUP BY action_id", tuple(wanted)))
        rows = doc.query(f"SELECT {_COLUMNS_WITHOUT_LINKS} FROM action a WHERE a.id IN ({marks})", tuple(wanted))
        return {row[0]: _action((*row, links.get(row[0]))) for row in rows}

    return PlanRows(ids, fetch)
