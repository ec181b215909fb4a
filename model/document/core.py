"""What every part of an open document shares: its connection, the one write path (a transaction, committed
durably, refused for a read-only or final document), the file's identity and the lock.

The subjects build on it: model.document.meta, .responses, .attachments and .history; model.document.assessment
puts them together with opening, creating and copying a document.
"""

from __future__ import annotations

import getpass
import os
import re
import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, Self, Sequence

from model.catalogue import Catalogue
from model.document import journal
from model.document import store
from model.document import tracking
from model.document.integrity import FullCheck
from model.document.lock import DocumentLock
from model.errors import DocumentError
from model.timeutil import now_iso

SURROGATES = re.compile("[\ud800-\udfff]")
MAX_TEXT = 200_000


def default_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # getuser raises various errors when no login name exists
        return ""


class DocumentCore:
    """The connection and the write path of an open .teia document (see model.document.assessment.Assessment)."""

    def __init__(self, path: Path, con: sqlite3.Connection, catalogue: Catalogue, readonly: bool) -> None:
        self.path = path
        self._identity = _identity(path)
        self._con = con
        self.catalogue = catalogue
        self.readonly = readonly
        self._lock: DocumentLock | None = None
        self._private_copy: journal.PrivateCopy | None = None
        self.notices: list[DocumentError] = []  # what opening found and did (a journal moved aside, a repair)
        self.user = default_user()
        self.last_saved: str | None = None
        self._in_transaction = False
        self._unfrozen = False  # True only while model.cycle.final reopens a final assessment
        # What this connection last read or wrote (responses, the last history row, meta values), so that a
        # typed edit costs its writes only: emptied by every write, rollback included, and refilled only by
        # update_response with what it has just written itself. A writable document is held by one program
        # (model.document.lock), so nothing else changes the file under it; a read-only one never uses it.
        # Values of several kinds (rows, Responses, row ids), each read back by the one method that stores it.
        self._cache: dict[object, Any] = {}
        self._readers: list[threading.Thread] = []  # tasks reading the file on their own connection (wait_for)
        # Opened after quick_check only: SQLite's full check, which every write waits for (integrity.FullCheck).
        self.full_check: FullCheck | None = None
        # Writes record field versions through TEMP triggers (model.document.tracking), made on the connection at
        # opening, or for the window before its first write (sixteen statements off the first paint).
        self.tracks_fields = False
        self._tracking_on: sqlite3.Connection | None = None

    def held_by(self, program: str) -> None:
        """Say who holds the document ("window" or "command") to whoever is refused it."""
        if self._lock is not None:
            self._lock.set_user(self._user, program)

    @property
    def user(self) -> str:
        return self._user

    @user.setter
    def user(self, name: str) -> None:
        # A name from the command line may hold bytes that are not UTF-8 (lone surrogates): not storable.
        self._user = SURROGATES.sub("\ufffd", str(name).replace("\x00", ""))[:200]
        lock = getattr(self, "_lock", None)  # not there yet while __init__ sets the first name
        if lock is not None:
            lock.set_user(self._user)

    def wait_for(self, task: threading.Thread) -> None:
        """``task`` reads this file on a connection of its own, in one read transaction (the backup taken on
        opening, model.backup.start_backup): writes and closing wait until it ends, since SQLite cannot commit
        while another connection reads, and would give up on it after a second."""
        self._readers.append(task)

    def wait_for_readers(self) -> None:
        while self._readers:
            self._readers[0].join()
            self._readers.pop(0)

    def close(self) -> None:
        if self.full_check is not None:
            self.full_check.cancel()
        self.wait_for_readers()
        if self._con is not None:
            self._con.close()
            # closed: typed as always open, so that a use after close fails loudly instead of every use checking
            self._con = None  # type: ignore[assignment]
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        if self._private_copy is not None:
            self._private_copy.remove()
            self._private_copy = None

    @property
    def closed(self) -> bool:
        return self._con is None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # ----------------------------------------------------------------- transactions
    def write(self, statements: Sequence[store.Statement]) -> None:
        """Run statements in one transaction and commit durably; for model modules (e.g. the action plan)."""
        self._check_writable()
        con = self._con
        self._cache.clear()
        if self._in_transaction:  # inside transaction(): committed (or rolled back) there, all together
            try:
                _run(con, statements, self.path)
            except sqlite3.Error as exc:
                raise store.write_error(exc, self.path) from None
            return
        self._check_file_is_there()
        try:
            con.execute("BEGIN IMMEDIATE")
            try:
                _stamp_first(con)
                self._cache["last_rowid"] = _run(con, statements, self.path)
                con.execute("COMMIT")
            except BaseException:
                _rollback(con)
                raise
        except sqlite3.Error as exc:
            raise self._write_failed(exc) from None
        self._check_file_is_there()
        self.last_saved = now_iso()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Make every change inside the ``with`` block one transaction: all are kept, or none (an import)."""
        self._check_writable()
        if self._in_transaction:
            raise RuntimeError("transactions do not nest")
        self._check_file_is_there()
        con = self._con
        try:
            con.execute("BEGIN IMMEDIATE")
            _stamp_first(con)
        except sqlite3.Error as exc:
            _rollback(con)
            raise self._write_failed(exc) from None
        self._in_transaction = True
        self._cache.clear()
        try:
            yield
            con.execute("COMMIT")
        except sqlite3.Error as exc:
            _rollback(con)
            raise self._write_failed(exc) from None
        except BaseException:
            _rollback(con)
            raise
        finally:
            self._in_transaction = False
            self._cache.clear()  # what was written inside may have been rolled back
        self._check_file_is_there()
        self.last_saved = now_iso()

    def _check_writable(self) -> None:
        """The one gate of every write: a read-only file, or a final (approved) assessment, is not changed; a
        task still reading the file (wait_for) is waited for, and so is the full check of a file opened after a
        quick one (``full_check``): a file it finds damaged is never written to."""
        self.wait_for_readers()
        if self.readonly:
            raise DocumentError("read_only", file=str(self.path))
        if self.full_check is not None:
            if not self.full_check.done:
                self._check_file_is_there()  # a file gone is said so, not taken for a damaged one
            problem = self.full_check.run()  # at once when a worker has run it already
            if problem is not None:
                raise problem
        if not self._unfrozen and self.is_final():
            raise DocumentError("final", file=str(self.path))
        if self.tracks_fields and self._tracking_on is not self._con:  # a connection reopened after a failure too
            try:
                self.install_tracking()
            except sqlite3.Error as exc:
                raise store.write_error(exc, self.path) from None

    def prepare_for_writes(self) -> None:
        """Make now what the first write would make first (the field-version triggers of a writable document): the
        window calls it once the document is painted, so that neither the first paint nor the first edit pays for
        them (bench/edit_statements.py counts an edit's statements). A failure is left to the first write, which
        makes them again and reports it."""
        if self.readonly or not self.tracks_fields:
            return
        try:
            self.install_tracking()
        except sqlite3.Error:
            pass

    def install_tracking(self) -> None:
        """Make the field-version triggers on this connection (model.document.tracking), once."""
        if self._tracking_on is not self._con:
            tracking.install(self._con)
            self._tracking_on = self._con

    def change_count(self) -> int:
        """Rows changed through this document since it was opened: equal counts, nothing changed in between
        (the single writer makes it the whole story; derived figures are cached on it, model.register.figures)."""
        return self._con.total_changes

    def is_final(self) -> bool:
        """Marked final (approved): frozen until reopened for correction (model.cycle.final)."""
        row = self._meta_value("final")
        return row is not None and row[0] == "1"

    def _meta_value(self, key: str) -> store.Row | None:
        """One meta row as (value,), or None; remembered until the next write (see ``_cache``)."""
        if ("meta", key) in self._cache:
            cached = self._cache[("meta", key)]
            return cached if isinstance(cached, tuple) else None  # a row or None: stored below
        row: store.Row | None = self._con.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        if not self.readonly:
            self._cache[("meta", key)] = row
        return row

    @contextmanager
    def unfrozen(self) -> Iterator[None]:
        """Let writes through a final assessment; only for reopening it (model.cycle.final.reopen)."""
        self._unfrozen = True
        try:
            yield
        finally:
            self._unfrozen = False

    def _check_file_is_there(self) -> None:
        """Refuse to report an edit as saved when the file was deleted or replaced while open.

        On POSIX, SQLite keeps writing to a deleted file's inode without an error, and everything is
        lost when the document is closed; the open connection still holds it all for "Save a copy".
        """
        if _identity(self.path) != self._identity:
            raise DocumentError("file_gone", file=str(self.path))

    def _write_failed(self, exc: sqlite3.Error) -> DocumentError:
        """The error for a failed write; first make sure the document can still be read and copied.

        After an I/O error (a write-protected or pulled drive) SQLite may leave the connection unusable
        for reading too; it is reopened, read-only if the file cannot be written any more.
        """
        if _identity(self.path) != self._identity:
            return DocumentError("file_gone", file=str(self.path))
        error = store.write_error(exc, self.path)
        try:
            self._con.execute("SELECT COUNT(*) FROM meta").fetchone()
            return error
        except sqlite3.Error:
            pass
        try:
            self._con.close()
        except sqlite3.Error:
            pass
        try:
            writable = is_writable(self.path) and self._lock is not None
            from model.document.assessment import Assessment  # the class that opens documents, built on this one

            fresh = Assessment.open(self.path, readonly=not writable, _held=self._lock if writable else None)
            self._con, self.readonly = fresh._con, fresh.readonly
            if self._private_copy is not None:
                self._private_copy.remove()
            self._private_copy, fresh._private_copy, fresh._lock = fresh._private_copy, None, None
            return error
        except DocumentError:
            pass
        # The interrupted transaction left a journal that cannot be played back into a file that refuses
        # writes; the file itself was not changed (integrity_check confirms), so read it as it is.
        try:
            con = store.connect(self.path, readonly=True, immutable=True)
            if [row[0] for row in con.execute("PRAGMA integrity_check(1)")] == ["ok"]:
                self._con, self.readonly = con, True
            else:
                con.close()
        except sqlite3.Error:
            pass
        return error

    def query(self, sql: str, params: tuple[object, ...] = ()) -> list[store.Row]:
        """Read rows; for model modules that keep their own tables (the action plan)."""
        return self._con.execute(sql, params).fetchall()

    def database_file(self) -> Path:
        """The file this document's connection reads (its private copy, when it was opened from one)."""
        for _seq, name, file in self._con.execute("PRAGMA database_list").fetchall():
            if name == "main" and file:
                return Path(file)
        raise ValueError(f"{self.path.name} is not read from a file")

    @contextmanager
    def attached(self, path: Path, schema: str) -> Iterator[None]:
        """The database at ``path`` as ``schema`` on this connection for the block, so that a query joins it with
        the document (model.merge compares copies in SQL). Opened read-only (mode=ro: SQLite cannot write it;
        ``path`` has been checked as a document is), detached at the end whatever happened; refused inside a
        transaction, where SQLite cannot attach."""
        if not schema.isidentifier() or schema in ("main", "temp"):
            raise ValueError(f"not a schema name: {schema!r}")
        if self._in_transaction:
            raise RuntimeError("a database is not attached inside a transaction")
        con = self._con
        decoder = con.text_factory  # text of theirs that is not UTF-8 switches it only for the block
        try:
            con.execute(f"ATTACH DATABASE ? AS {schema}", (f"{path.resolve().as_uri()}?mode=ro",))
        except sqlite3.Error as exc:
            raise store.damaged(path, str(exc)) from None
        try:
            yield
        finally:
            con.text_factory = decoder
            con.execute(f"DETACH DATABASE {schema}")


def _identity(path: Path) -> tuple[int, int] | None:
    """Which file this is (device, inode); None if it is not there."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _stamp_first(con: sqlite3.Connection) -> None:
    """Change the meta row 'updated' before anything else: the meta page, which holds the document_id, is then
    the first page in the journal, so a journal left beside a file can be told to be its own (model.document.journal)."""
    con.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('updated', ?)", (now_iso(),))


def _run(con: sqlite3.Connection, statements: Sequence[store.Statement], path: Path) -> int | None:
    """Run the statements; an UPDATE that changes no row means the row is missing: nothing would be stored,
    so it is an error (the caller rolls back), never a success. Returns the row id of the last statement."""
    last_rowid = None
    for sql, params in statements:
        cursor = con.execute(sql, params)
        if cursor.rowcount == 0 and sql.lstrip().upper().startswith("UPDATE"):
            raise DocumentError("write_failed", file=str(path),
                                detail="the part of the document to change is missing; nothing was stored")
        last_rowid = cursor.lastrowid
    return last_rowid


def _rollback(con: sqlite3.Connection) -> None:
    """Roll back after a failure; a rollback that fails too (I/O error) must not hide the first error."""
    try:
        if con.in_transaction:
            con.execute("ROLLBACK")
    except sqlite3.Error:
        pass


def is_writable(path: Path) -> bool:
    # SQLite writes a journal beside the file, so the folder must be writable too.
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


__all__ = ["DocumentCore", "default_user", "is_writable", "MAX_TEXT", "SURROGATES"]
