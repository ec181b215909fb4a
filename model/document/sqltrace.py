"""Count the SQL statements a connection runs (tests and bench/edit_statements.py: what one edit costs)."""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from typing import Iterator

TRANSACTION = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")


@contextmanager
def traced(con: sqlite3.Connection) -> Iterator[list[str]]:
    """The statements run inside the ``with`` block, as SQLite reports them.

    SQLite reports each trigger step again under the statement that fired it; those repeats are one
    statement the program ran, so consecutive identical texts are kept once.
    """
    seen: list[str] = []

    def record(sql: str) -> None:
        if not seen or seen[-1] != sql:
            seen.append(sql)

    con.set_trace_callback(record)
    try:
        yield seen
    finally:
        con.set_trace_callback(None)


def data_statements(statements: list[str]) -> list[str]:
    """Without BEGIN / COMMIT: the reads and writes themselves."""
    return [s for s in statements if not s.lstrip().upper().startswith(TRANSACTION)]
