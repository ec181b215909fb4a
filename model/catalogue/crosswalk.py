"""Compare assessments on two editions of the catalogue: a record of the earlier one (as
model.cycle.next_cycle.snapshot makes it) expressed on the later one's edition through the mapping the later
document keeps of its move (model.catalogue.migrate), or a clear refusal when there is none."""

from __future__ import annotations

from typing import Any

from model.catalogue import Catalogue
from model.catalogue.migrate import carried_criteria
from model.errors import DocumentError


def _edition(record: dict[str, Any]) -> tuple[str, str]:
    catalogue = record.get("catalogue") or {}
    return str(catalogue.get("id") or ""), str(catalogue.get("version") or "")


def on_edition(before: dict[str, Any], migration: dict[str, Any] | None, catalogue: Catalogue,
               file: str = "") -> dict[str, Any]:
    """``before`` with its answers and action links on ``catalogue``'s edition: by the mapping of ``migration``
    (the later document's ``catalogue_migration``) when ``before`` is on the edition it was moved from. A split
    indicator's answer goes to each part, merged ones become one (the lowest level, the criteria of all), a
    removed one is left out. Raises DocumentError "other_edition" when no mapping joins the two editions."""
    target = (catalogue.id, catalogue.version)
    if _edition(before) == target:
        return before
    migration = migration or {}
    source = migration.get("from") or {}
    moved_to = migration.get("to") or {}
    if (str(source.get("id") or ""), str(source.get("version") or "")) != _edition(before) or \
            (str(moved_to.get("id") or ""), str(moved_to.get("version") or "")) != target:
        raise DocumentError("other_edition", file=file, before=" ".join(_edition(before)), now=" ".join(target))
    mapping = {str(k): [str(x) for x in v] for k, v in (migration.get("mapping") or {}).items()
               if isinstance(v, list)}
    known = set(catalogue.indicator_ids())
    responses: dict[str, dict[str, Any]] = {}
    sources: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for old_id, answer in (before.get("responses") or {}).items():
        for new_id in mapping.get(old_id, [old_id] if old_id in known else []):
            if new_id in known and isinstance(answer, dict):
                sources.setdefault(new_id, []).append((old_id, answer))
    for new_id, answers in sources.items():
        levels: list[int] = [a["level"] for _, a in answers if isinstance(a.get("level"), int) and not a.get("not_applicable")]
        responses[new_id] = {
            "level": min(levels) if levels else None,
            "not_applicable": all(bool(a.get("not_applicable")) for _, a in answers),
            "criteria_met": list(dict.fromkeys(c for old_id, a in answers for c in carried_criteria(
                [str(x) for x in a.get("criteria_met") or ()], old_id, new_id, catalogue))),
            "status": answers[0][1].get("status"),
        }
    actions = [dict(a, indicators=list(dict.fromkeys(new for ind in a.get("indicators") or ()
                                                     for new in mapping.get(ind, [ind]) if new in known)))
               for a in before.get("actions") or () if isinstance(a, dict)]
    return dict(before, responses=responses, actions=actions,
                catalogue={"id": catalogue.id, "version": catalogue.version, "sha256": catalogue.sha256})
