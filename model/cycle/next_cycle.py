"""The next self-assessment of the cycle, started from the last one.

The new document knows its predecessor (meta ``predecessor``: id, title, approval date and a frozen copy
of its responses and actions, so a comparison works when the old file is gone). Every answer is carried
over with the status "carried_over" until the user confirms or edits it; unfinished actions come with
their history, completed and cancelled ones stay in the predecessor. The catalogue edition is the
predecessor's.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from model import fileio
from model.document.assessment import Assessment, Response, meta_record
from model.document.store import Row, Statement
from model.errors import DocumentError, UserInputError
from model.timeutil import now_iso
from model.document import history as doc_history

UNFINISHED = ("planned", "ongoing")
_ACTION_COLUMNS = ("uid", "title", "gap", "expected_result", "target_level", "lead", "partners", "start_date",
                   "due_date", "budget", "assistance_requested", "assistance_details", "priority", "status",
                   "progress_notes", "revision", "created_at", "updated_at", "updated_by")
_ANSWER = ("level", "not_applicable", "criteria_met", "description", "evidence", "gaps", "authority", "target_level")


def snapshot(doc: Assessment) -> dict[str, Any]:  # JSON, kept in the next cycle's meta
    """What a later assessment keeps of this one: identity, approval, catalogue edition, responses, actions."""
    from model.document import actionplan

    meta = doc.meta()
    return {
        "id": str(meta.get("document_id") or ""), "title": str(meta.get("title") or ""),
        "final": bool(meta.get("final")), "final_on": str(meta.get("finalized_on") or ""),
        "approved_by": str(meta.get("finalized_by") or ""), "updated": str(meta.get("updated") or ""),
        "catalogue": {"id": doc.catalogue.id, "version": doc.catalogue.version, "sha256": doc.catalogue.sha256},
        "responses": {r.indicator_id: {"level": r.level, "not_applicable": r.not_applicable,
                                       "criteria_met": list(r.criteria_met), "status": r.status}
                      for r in doc.responses().values()},
        "actions": [{"uid": a.uid, "title": a.title, "status": a.status, "indicators": list(a.indicator_ids),
                     "updated_at": a.updated_at} for a in actionplan.actions(doc)],
        "predecessor_id": (predecessor(doc) or {}).get("id", ""),
    }


def predecessor(doc: Assessment) -> dict[str, Any] | None:
    """The frozen record of the previous assessment, or None for a first assessment."""
    data = meta_record(doc, "predecessor")  # meta_record: also for a blank form's stand-in (model.report.build)
    return data if data is not None and isinstance(data.get("responses"), dict) else None


def start_next(previous: str | Path, out: str | Path, *, title: str | None = None, user: str | None = None) -> Path:
    """Write the next self-assessment from the file ``previous`` (only read)."""
    with Assessment.open(previous, readonly=True) as prev:
        return start_next_from(prev, out, title=title, user=user)


def start_next_from(prev: Assessment, out: str | Path, *, title: str | None = None,
                    user: str | None = None) -> Path:
    """Write the next self-assessment from an open one (never over an existing file); built in a temporary
    file, then renamed, so an interrupted start leaves nothing half-made."""
    out = Path(out)
    if out.exists():
        raise DocumentError("exists", file=str(out))
    record = snapshot(prev)
    meta = prev.meta()
    actions = prev.query(f"SELECT id, {', '.join(_ACTION_COLUMNS)} FROM action WHERE status IN "
                         f"({', '.join('?' * len(UNFINISHED))}) ORDER BY id", UNFINISHED)
    links = prev.query("SELECT action_id, indicator_id FROM action_indicator")
    history = prev.query("SELECT at, by, indicator_id, field, old, new, source FROM history "
                         "WHERE field LIKE 'action%' ORDER BY id")
    answers = prev.responses()
    new_title = title if title is not None else str(meta.get("title") or "")
    if len(new_title) > 2000:
        raise UserInputError(detail="--title is too long")
    def build(tmp: Path) -> None:
        doc = Assessment.create(tmp, prev.catalogue, country=str(meta.get("country") or ""), title=new_title,
                                lead_authority=str(meta.get("lead_authority") or ""),
                                authors=_names(meta.get("authors")), content_language=str(
                                    meta.get("content_language") or "ru"), user=user, overwrite=True)
        with doc:
            _fill(doc, record, answers, actions, links, history)

    # the one atomic writer: checked as a document, and never placed over a file that appeared meanwhile
    fileio.atomic_write(out, build, check=fileio.check_teia, replace=False, prefix=".teia-next-")
    return out


def _names(value: object) -> list[str]:
    return [str(name) for name in value] if isinstance(value, list) else []  # meta() makes authors a list


def _fill(doc: Assessment, record: dict[str, Any], answers: Mapping[str, Response], actions: list[Row],
          links: list[Row], history: list[Row]) -> None:
    stamp = now_iso()
    statements: list[Statement] = [("INSERT OR REPLACE INTO meta (key, value) VALUES ('predecessor', ?)",
                   (json.dumps(record, ensure_ascii=False),))]
    for ind_id, r in answers.items():
        if not (r.rated or r.criteria_met or any(getattr(r, f) for f in ("description", "evidence", "gaps"))):
            continue
        values = [json.dumps(list(v), ensure_ascii=False) if f == "criteria_met" else
                  (1 if v else 0) if f == "not_applicable" else v for f, v in ((f, getattr(r, f)) for f in _ANSWER)]
        statements.append((f"UPDATE response SET {', '.join(f + ' = ?' for f in _ANSWER)}, status = 'carried_over', "
                           "revision = 1, updated_at = ?, updated_by = ? WHERE indicator_id = ?",
                           (*values, stamp, doc.user, ind_id)))
    names = ", ".join(_ACTION_COLUMNS)
    kept = {}
    for row in actions:
        kept[row[0]] = row[1]
        statements.append((f"INSERT INTO action ({names}) VALUES ({', '.join('?' * len(_ACTION_COLUMNS))})", row[1:]))
    statements += [("INSERT INTO action_indicator (action_id, indicator_id) SELECT id, ? FROM action WHERE uid = ?",
                    (ind, kept[action_id])) for action_id, ind in links if action_id in kept]
    prefixes = tuple(f"action {uid[:8]}." for uid in kept.values())
    titles = {row[2] for row in actions}
    statements += [doc_history.entry(at, by, field, indicator_id=indicator_id, old=old, new=new, source=source)
                   for at, by, indicator_id, field, old, new, source in history
                   if field.startswith(prefixes) or (field == "action" and new in titles)]
    statements.append(doc_history.entry(stamp, doc.user, "predecessor", new=f"{record['title']} ({record['id']})",
                                        source="next cycle"))
    doc.write(statements)


def confirm(doc: Assessment, indicator_ids: Iterable[str]) -> int:
    """Confirm carried-over answers as they are: complete if rated, else a draft. Returns how many."""
    count = 0
    for ind_id in indicator_ids:
        response = doc.response(ind_id)
        if response.status == "carried_over":
            doc.update_response(ind_id, status="complete" if response.rated else "draft")
            count += 1
    return count


def next_cycle_verb(previous: str, out: str, *, title: str | None = None, user: str | None = None) -> str:
    path = start_next(previous, out, title=title, user=user)
    with Assessment.open(path, readonly=True) as doc:
        carried = sum(r.status == "carried_over" for r in doc.responses().values())
        actions = doc.action_count()
    return (f"Wrote the next self-assessment to {out}: {carried} answer(s) carried over (to confirm or update), "
            f"{actions} unfinished action(s) carried with their history.")
