"""Marking an assessment final (approved: by whom, on which date) and reopening it for correction.

A final assessment is frozen: ``Assessment._check_writable`` refuses every write (set, import, merge, the
window). Reopening is deliberate: it needs a reason, which the history keeps.
"""

from __future__ import annotations

from datetime import date

from model.document.assessment import Assessment
from model.errors import DocumentError, UserInputError
from model.timeutil import now_iso
from model.document import history

MAX_NAME = 500


def approval(doc: Assessment) -> tuple[str, str]:
    """(approved by, approval date as YYYY-MM-DD) of a final assessment; empty strings otherwise."""
    meta = doc.meta()
    if not meta.get("final"):
        return "", ""
    return str(meta.get("finalized_by") or ""), str(meta.get("finalized_on") or "")


def finalize(doc: Assessment, *, by: str, on: str | None = None) -> None:
    """Mark the assessment final, approved by ``by`` on ``on`` (default today); recorded in the history."""
    by = by.strip()
    if not by or len(by) > MAX_NAME:
        raise UserInputError(detail="give the name of who approved the assessment (--by NAME)")
    on = _check_date(on) if on else date.today().isoformat()
    if doc.is_final():
        raise DocumentError("final", file=str(doc.path))
    stamp = now_iso()
    doc.write([
        ("INSERT OR REPLACE INTO meta (key, value) VALUES ('final', '1')", ()),
        ("INSERT OR REPLACE INTO meta (key, value) VALUES ('finalized_by', ?)", (by,)),
        ("INSERT OR REPLACE INTO meta (key, value) VALUES ('finalized_on', ?)", (on,)),
        history.entry(stamp, doc.user, "meta.final", old="0", new=f"1 ({by}, {on})", source="finalize"),
    ])


def reopen(doc: Assessment, *, why: str) -> None:
    """Make a final assessment editable again for a correction; the reason goes into the history."""
    why = why.strip()
    if not why:
        raise UserInputError(detail="say why the final assessment is reopened (--why TEXT)")
    if not doc.is_final():
        raise UserInputError(detail=f"{doc.path} is not final; there is nothing to reopen")
    by, on = approval(doc)
    with doc.unfrozen():
        doc.write([
            ("INSERT OR REPLACE INTO meta (key, value) VALUES ('final', '0')", ()),
            history.entry(now_iso(), doc.user, "meta.final", old=f"1 ({by}, {on})", new=f"0: {why[:2000]}",
                          source="reopen"),
        ])


def _check_date(text: str) -> str:
    try:
        return date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise UserInputError(detail=f"--date must be a date as YYYY-MM-DD, not {text!r}") from None


def finalize_verb(path: str, *, by: str, on: str | None = None, user: str | None = None) -> str:
    with Assessment.open(path) as doc:
        if user:
            doc.user = user
        finalize(doc, by=by, on=on)
        by, on = approval(doc)
    return f"{path}: final, approved by {by} on {on}. It can no longer be changed; start the next " \
           f"self-assessment from it (next-cycle), or reopen it for a correction (reopen --why)."


def reopen_verb(path: str, *, why: str, user: str | None = None) -> str:
    with Assessment.open(path) as doc:
        if user:
            doc.user = user
        reopen(doc, why=why)
    return f"{path}: reopened for correction ({why.strip()}); mark it final again when the correction is done."
