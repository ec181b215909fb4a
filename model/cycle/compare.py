"""Compare two self-assessments of one lineage: per indicator the level before and now, criteria gained and
lost, the actions completed in between; per area the mean level before and now.

The earlier side is a record as ``next_cycle.snapshot`` makes it, so the comparison works from the copy a
later assessment keeps of its predecessor when the old file is gone.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from model.catalogue import Catalogue
from model.cycle import next_cycle
from model.document.assessment import Assessment
from model.errors import DocumentError, UserInputError

DONE = "done"


@dataclass(frozen=True)
class IndicatorChange:
    id: str
    before: int | str | None  # a level, "na" (not applicable) or None (not rated / not in that edition)
    now: int | str | None
    change: str  # up, down, same, rated, unrated, now_applicable, not_applicable, added, removed
    delta: int | None
    criteria_gained: tuple[str, ...]
    criteria_lost: tuple[str, ...]
    actions_completed: tuple[str, ...]  # titles of the actions linked to it completed in between


@dataclass(frozen=True)
class AreaChange:
    id: str
    before: float | None
    now: float | None


@dataclass(frozen=True)
class Comparison:
    before_title: str
    before_date: str
    now_title: str
    indicators: tuple[IndicatorChange, ...]
    areas: tuple[AreaChange, ...]

    def to_json(self) -> dict[str, Any]:
        return {"before": {"title": self.before_title, "date": self.before_date}, "now": {"title": self.now_title},
                "indicators": [asdict(i) for i in self.indicators], "areas": [asdict(a) for a in self.areas]}


def _value(answer: dict[str, Any] | None) -> int | str | None:
    if not answer:
        return None
    if answer.get("not_applicable"):
        return "na"
    level = answer.get("level")
    return level if isinstance(level, int) and not isinstance(level, bool) else None


def _change(before: int | str | None, now: int | str | None, present_before: bool, present_now: bool) -> str:
    if not present_before:
        return "added"
    if not present_now:
        return "removed"
    if before == now:
        return "same"
    if before is None:
        return "rated"
    if now is None:
        return "unrated"
    if before == "na":
        return "now_applicable"
    if now == "na":
        return "not_applicable"
    return "up" if int(now) > int(before) else "down"  # levels: "na" and None are handled above


def compare_records(before: dict[str, Any], now: dict[str, Any], areas: list[tuple[str, list[str]]]) -> Comparison:
    """The comparison of two records (``next_cycle.snapshot``); ``areas``: (area id, indicator ids) of "now"."""
    old, new = before.get("responses") or {}, now.get("responses") or {}
    done_before = {a["uid"] for a in before.get("actions") or () if a.get("status") == DONE}
    completed: dict[str, list[str]] = {}
    for action in now.get("actions") or ():
        if action.get("status") == DONE and action.get("uid") not in done_before:
            for ind in action.get("indicators") or ():
                completed.setdefault(ind, []).append(str(action.get("title") or ""))
    order = [i for _, ids in areas for i in ids]
    known = set(order)
    order += [i for i in old if i not in known]
    changes = []
    for ind in order:
        a, b = old.get(ind), new.get(ind)
        va, vb = _value(a), _value(b)
        ca, cb = set((a or {}).get("criteria_met") or ()), set((b or {}).get("criteria_met") or ())
        delta = vb - va if isinstance(va, int) and isinstance(vb, int) else None
        changes.append(IndicatorChange(ind, va, vb, _change(va, vb, a is not None, b is not None), delta,
                                       tuple(sorted(cb - ca)), tuple(sorted(ca - cb)), tuple(completed.get(ind, ()))))
    area_changes = []
    for area_id, ids in areas:
        area_changes.append(AreaChange(area_id, _mean(old, ids), _mean(new, ids)))
    return Comparison(str(before.get("title") or ""), str(before.get("final_on") or before.get("updated") or "")[:10],
                      str(now.get("title") or ""), tuple(changes), tuple(area_changes))


def area_scores(result: Comparison, catalogue: Catalogue) -> tuple[list[float | None], list[float | None]]:
    """The radii (mean level / highest level of the area, 0..1) before and now, in the catalogue's area order."""
    by_id = {a.id: a for a in result.areas}
    before: list[float | None] = []
    now: list[float | None] = []
    for area in catalogue.areas:
        highest = max((ind.scale.highest for ind in area.indicators), default=0)
        change = by_id.get(area.id)
        for values, value in ((before, change.before if change else None), (now, change.now if change else None)):
            values.append(None if value is None or not highest else value / highest)
    return before, now


def _mean(responses: dict[str, Any], ids: list[str]) -> float | None:
    levels = [v for v in (_value(responses.get(i)) for i in ids) if isinstance(v, int)]
    return sum(levels) / len(levels) if levels else None


def _areas(doc: Assessment) -> list[tuple[str, list[str]]]:
    return [(area.id, [ind.id for ind in area.indicators]) for area in doc.catalogue.areas]


def check_comparable(before: dict[str, Any], now: dict[str, Any], now_predecessor: dict[str, Any] | None, file: str = "") -> None:
    """Refuse two documents that are not of one lineage, or of different catalogue editions."""
    lineage = {now.get("id"), (now_predecessor or {}).get("id"), (now_predecessor or {}).get("predecessor_id")}
    if before.get("id") not in lineage and now.get("id") != before.get("predecessor_id"):
        raise DocumentError("other_lineage", file=file)
    a, b = before.get("catalogue") or {}, now.get("catalogue") or {}
    if (a.get("id"), a.get("version")) != (b.get("id"), b.get("version")):
        raise DocumentError("other_edition", file=file, before=f"{a.get('id')} {a.get('version')}",
                            now=f"{b.get('id')} {b.get('version')}")


def on_this_edition(before: dict[str, Any], doc: Assessment, file: str = "") -> dict[str, Any]:
    """``before`` on ``doc``'s catalogue edition: as it is when they share it, else through the mapping ``doc``
    keeps of its move to that edition (model.catalogue.crosswalk); DocumentError "other_edition" otherwise."""
    from model.catalogue.crosswalk import on_edition
    from model.catalogue.migrate import migration_record

    return on_edition(before, migration_record(doc), doc.catalogue, file)


def compare_open(other: Path, doc: Assessment) -> Comparison:
    """An open document compared with another file of its lineage, the earlier of the two as "before"."""
    with Assessment.open(other, readonly=True) as them:
        theirs, their_kept = next_cycle.snapshot(them), next_cycle.predecessor(them)
    ours, our_kept = next_cycle.snapshot(doc), next_cycle.predecessor(doc)
    if their_kept is not None and their_kept.get("id") == ours["id"]:  # the other file is the later one
        check_comparable(ours, theirs, their_kept, str(other))
        return compare_records(ours, theirs, _areas(doc))
    theirs = on_this_edition(theirs, doc, str(other))
    check_comparable(theirs, ours, our_kept, str(other))
    return compare_records(theirs, ours, _areas(doc))


def with_predecessor(doc: Assessment) -> Comparison | None:
    """The document against the copy of its predecessor it keeps (no old file needed); None for a first one."""
    record = next_cycle.predecessor(doc)
    if record is None:
        return None
    try:
        record = on_this_edition(record, doc)
    except DocumentError:
        pass  # a predecessor record without its edition (older files): compared by id, as before
    return compare_records(record, next_cycle.snapshot(doc), _areas(doc))


def compare_files(old: str | Path, new: str | Path) -> tuple[Comparison, bool]:
    """(the comparison, whether the old file itself was read); the copy kept in ``new`` if ``old`` is gone."""
    with Assessment.open(new, readonly=True) as later:
        now, kept, areas = next_cycle.snapshot(later), next_cycle.predecessor(later), _areas(later)
        if Path(old).exists():
            with Assessment.open(old, readonly=True) as doc:
                before = next_cycle.snapshot(doc)
            from_file = True
        elif kept is not None:
            before, from_file = kept, False
        else:
            raise UserInputError(detail=f"{old} does not exist, and {new} keeps no copy of a previous assessment")
        before = on_this_edition(before, later, str(old))
    check_comparable(before, now, kept, str(old))
    return compare_records(before, now, areas), from_file


def compare_verb(old: str, new: str, *, as_json: bool = False) -> str:
    result, from_file = compare_files(old, new)
    if as_json:
        return json.dumps(result.to_json(), ensure_ascii=False, indent=2)
    lines = [f"Progress since {result.before_title or old} ({result.before_date or '-'})"
             + ("" if from_file else f" — from the copy kept in {new}")]
    for area in result.areas:
        lines.append(f"  area {area.id:>3}: mean level {_fmt(area.before)} -> {_fmt(area.now)}")
    for item in result.indicators:
        if item.change == "same" and not (item.criteria_gained or item.criteria_lost or item.actions_completed):
            continue
        text = f"  {item.id:>6}: {_fmt(item.before)} -> {_fmt(item.now)} ({item.change})"
        if item.criteria_gained:
            text += f"; criteria gained {', '.join(item.criteria_gained)}"
        if item.criteria_lost:
            text += f"; lost {', '.join(item.criteria_lost)}"
        if item.actions_completed:
            text += f"; actions completed: {'; '.join(item.actions_completed)}"
        lines.append(text)
    return "\n".join(lines)


def _fmt(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.2f}"
    return "n/a" if value == "na" else str(value)
