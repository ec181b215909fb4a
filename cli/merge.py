"""The command-line verbs ``split`` and ``merge``; each returns the text to print."""

from __future__ import annotations

import json
from pathlib import Path

from model.document.assessment import Assessment
from model.errors import UserInputError
from model.merge import apply as apply_merge
from model.merge import read, split
from model.merge import register as merge_register
from model.merge.plan import MergePlan


def _ids(text: str | None) -> list[str] | None:
    return [p.strip() for p in text.split(",") if p.strip()] if text else None


def split_verb(path: str, name: str, out: str, *, areas: str | None = None, indicators: str | None = None,
               user: str | None = None) -> str:
    with Assessment.open(path) as doc:
        if user:
            doc.user = user
        written, who, held = split(doc, name, out, areas=_ids(areas), indicators=_ids(indicators))
    return f"Wrote {written}: the contribution of {who.name} ({len(held)} indicators: {', '.join(held)})."


def describe(plan: MergePlan) -> list[str]:
    lines = []
    for change in plan.changes:
        mark = "CONFLICT " if change.conflict else ""
        if change.kind == "field":
            ours, theirs = change.ours, change.theirs
            if change.record.startswith(merge_register.PREFIX):  # a register field: as a person reads it
                ours = ours._replace(value=merge_register.shown(change.field, ours.value))
                theirs = theirs._replace(value=merge_register.shown(change.field, theirs.value))
            lines.append(f"  {mark}{change.target} [{change.field}] {_short(ours.value)!r} -> {_short(theirs.value)!r}"
                         + (f"  (ours: {ours.by or '?'} {ours.at}; theirs: {theirs.by or '?'} {theirs.at})"
                            if change.conflict else ""))
        else:
            what = {"new_action": "new action", "delete_action": "delete action", "attachment": "attachment",
                    "new_activity": "new hazardous activity", "delete_activity": "delete hazardous activity"}
            lines.append(f"  {mark}{what[change.kind]}: {change.target}"
                         + (f" ({change.theirs.value})" if change.kind == "attachment" else ""))
    return lines


def _short(value: object, limit: int = 50) -> str:
    text = "" if value is None else str(value).replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def merge_verb(path: str, other: str, *, apply: bool = False, as_json: bool = False, take: str = "ours",
               user: str | None = None) -> str:
    if not Path(other).exists():
        raise UserInputError(detail=f"the file {other} does not exist")
    if take not in ("ours", "theirs"):
        raise UserInputError(detail="--take must be ours or theirs")
    with Assessment.open(path, readonly=not apply) as doc:
        if user:
            doc.user = user
        plan = read(doc, other)
        applied = apply_merge(doc, plan, default=take) if apply else 0
    figures = {**plan.summary(), "applied": applied, "source": plan.source, "origin": plan.origin}
    if as_json:
        return json.dumps(figures, ensure_ascii=False)
    head = (f"{plan.source} (from {plan.origin}): {figures['changes']} change(s), {figures['conflicts']} "
            f"conflict(s)")
    lines = [head, *describe(plan)]
    if not plan.changes:
        lines[0] += "; nothing to merge."
    elif not apply:
        lines.append("Nothing was changed. Run again with --yes to merge"
                     + (" (conflicts keep this assessment's value; --take theirs takes the other's)."
                        if plan.conflicts else "."))
    else:
        lines.append(f"Merged {applied} change(s) into {path}"
                     + (f"; conflicts resolved as {take}." if plan.conflicts else "."))
    return "\n".join(lines)
