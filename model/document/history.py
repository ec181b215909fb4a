"""The history of a document (who changed what, when and from where): the one statement that records a change,
and the reader of what was recorded.

Every writer (edits, actions, attachments, contributors, the register, cycles, merges, splits, catalogue
migrations, creation and repair) records through ``entry``, so each row has every column and the key of a
row (``uid``) is made the same way everywhere: given by a merge, or set by the document's trigger
(model.document.tracking) when left None.
"""

from __future__ import annotations

from dataclasses import dataclass

from model.document.core import DocumentCore
from model.document.store import Statement

INSERT = ("INSERT INTO history (at, by, indicator_id, field, old, new, source, origin, uid) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
FIELD = 3  # the position of ``field`` in an entry's parameters
EXTEND = "UPDATE history SET new = ?, at = ? WHERE id = ?"


def entry(at: str, by: str, field: str, *, indicator_id: str | None = None, old: object = None,
          new: object = None, source: str = "edit", origin: str = "", uid: str | None = None) -> Statement:
    """The (sql, parameters) that records one change, for ``Assessment.write`` or ``connection.execute(*…)``.

    ``old`` and ``new`` are stored as text (None stays NULL); ``source`` says what made the change ("edit",
    "import: book.xlsx", "merge: …"), ``origin`` whose copy it came from in a merge."""
    return INSERT, (at, by or "", indicator_id, field, as_text(old), as_text(new), source, origin or "", uid)


def extended(row_id: int, at: str, new: object) -> Statement:
    """The statement that extends the last entry instead of adding one (typing in one field continued)."""
    return EXTEND, (as_text(new), at, row_id)


def as_text(value: object) -> str | None:
    """A value as the history stores it: text, a list as "a, b", None as NULL."""
    if value is None:
        return None
    if isinstance(value, (tuple, list)):
        return ", ".join(str(item) for item in value)
    return str(value)


@dataclass(frozen=True)
class HistoryEntry:
    at: str
    by: str
    indicator_id: str | None
    field: str
    old: str | None
    new: str | None
    source: str


class DocumentHistory(DocumentCore):
    """Reading the history, newest first."""

    def history(self, indicator_id: str | None = None, limit: int = 500) -> list[HistoryEntry]:
        sql = "SELECT at, by, indicator_id, field, old, new, source FROM history"
        params: tuple[object, ...] = ()
        if indicator_id is not None:
            sql += " WHERE indicator_id = ?"
            params = (indicator_id,)
        sql += " ORDER BY id DESC LIMIT ?"
        return [HistoryEntry(*row) for row in self._con.execute(sql, (*params, limit))]


__all__ = ["INSERT", "EXTEND", "FIELD", "entry", "extended", "as_text", "HistoryEntry", "DocumentHistory"]
