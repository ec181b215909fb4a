"""Write a contribution: a copy of the assessment in which one authority may change only what it holds."""

from __future__ import annotations

import json
from pathlib import Path

from model.document import contributors
from model.document.assessment import Assessment
from model.errors import DocumentError, UserInputError
from model.timeutil import now_iso
from model.document import history


def indicators_of(doc: Assessment, areas: list[str] | None = None,
                  indicators: list[str] | None = None) -> list[str]:
    """The indicator ids of these areas, or these indicators, checked against the catalogue."""
    if areas:
        known = {a.id: a for a in doc.catalogue.areas}
        unknown = [a for a in areas if a not in known]
        if unknown:
            raise UserInputError(detail=f"there is no area {unknown[0]} (the areas are {', '.join(known)})")
        return [i.id for a in areas for i in known[a].indicators]
    unknown = [i for i in indicators or () if doc.catalogue.indicator(i) is None]
    if unknown:
        raise DocumentError("unknown_indicator", indicator=unknown[0])
    return list(dict.fromkeys(indicators or ()))


def split(doc: Assessment, name: str, out: str | Path, *, areas: list[str] | None = None,
          indicators: list[str] | None = None) -> tuple[Path, contributors.Contributor, list[str]]:
    """Write the contribution of ``name`` (made a contributing authority if it is not one yet) to ``out``.

    With ``areas`` or ``indicators`` they are assigned to the contributor first; without, the contributor's
    current assignments are used. Returns the file, the contributor and the indicators it may change.
    """
    if contributors.contribution(doc) is not None:
        raise UserInputError(detail="this file is itself a contribution; prepare contributions from the assessment")
    if areas and indicators:
        raise UserInputError(detail="choose --areas or --indicators, not both")
    who = contributors.find(doc, name) or contributors.add_contributor(doc, name)
    if areas or indicators:
        contributors.assign(doc, list(areas or indicators or ()), who.id)
    held = [i for i, holder in contributors.holders(doc).items() if holder == who.id]
    if not held:
        raise UserInputError(detail=f"{who.name} holds no area or indicator; give --areas or --indicators")
    out = Path(out)
    if out.resolve() == doc.path.resolve():
        raise DocumentError("exists", file=str(out))
    doc.save_copy(out)
    stamp = now_iso()
    with Assessment.open(out) as copy:
        copy.write([
            ("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value)) for key, value in (
                ("contribution_for", who.id), ("contribution_name", who.name),
                ("contribution_items", json.dumps(held, ensure_ascii=False)), ("contribution_made", stamp))
        ] + [history.entry(stamp, doc.user, "contribution", new=who.name, source="split")])
    return out, who, held
