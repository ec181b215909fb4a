"""An assessment: one .teia document, edited through this class; every change is committed at once.

Every method that changes something runs one SQLite transaction (journal_mode=DELETE, synchronous=FULL),
so a crash, a kill or a power cut leaves either the old or the new state, never a broken file.
Here: opening, creating and copying a document. Its subjects live beside it and make up ``Assessment``:
the write path (model.document.core), details (.meta), responses (.responses), attachments (.attachments)
and the history (.history).
"""

from __future__ import annotations

import json
import sqlite3
import struct
from pathlib import Path
from typing import Iterable

from model.ids import new_uid
from model import fileio
from model.catalogue import Catalogue, parse_catalogue
from model.document import history
from model.document import integrity
from model.document import journal
from model.document import lock
from model.document import store
from model.document.attachments import MAX_ATTACHMENT_BYTES, AttachmentInfo, DocumentAttachments
from model.document.core import MAX_TEXT, default_user, is_writable
from model.document.history import DocumentHistory, HistoryEntry
from model.document.lock import DocumentLock
from model.document.meta import META_FIELDS, DocumentMeta, meta_record
from model.document.responses import RESPONSE_FIELDS, STATUSES, TEXT_FIELDS, Response
from model.errors import CatalogueError, DocumentError
from model.timeutil import now_iso

EXTENSION = ".teia"


class Assessment(DocumentMeta, DocumentAttachments, DocumentHistory):
    """An open .teia document. Use ``create`` or ``open``; call ``close`` when done."""

    # ----------------------------------------------------------------- opening and creating
    @classmethod
    def create(cls, path: str | Path, catalogue: Catalogue, *, country: str = "", title: str = "",
               lead_authority: str = "", authors: Iterable[str] = (), content_language: str = "ru",
               user: str | None = None, overwrite: bool = False, holder: str = "command") -> "Assessment":
        """Write a new document atomically (built in a temporary file, then renamed) and open it.

        The lock is taken first: a document open elsewhere is never replaced by ``overwrite``.
        """
        path = Path(path)
        if path.exists() and not overwrite:
            raise DocumentError("exists", file=str(path))
        held = DocumentLock.acquire(path, user=user if user is not None else default_user(), program=holder)
        try:
            doc = cls._create(path, catalogue, country=country, title=title, lead_authority=lead_authority,
                              authors=authors, content_language=content_language, user=user, held=held)
        except BaseException:
            held.release()
            raise
        if user is not None:
            doc.user = user
        return doc

    @classmethod
    def _create(cls, path: Path, catalogue: Catalogue, *, country: str, title: str, lead_authority: str,
                authors: Iterable[str], content_language: str, user: str | None, held: DocumentLock) -> "Assessment":
        if path.exists():
            store.ensure_regular_document(path)

        def build(tmp: Path) -> None:
            con = sqlite3.connect(tmp, isolation_level=None)
            try:
                store.configure(con)
                con.execute(f"PRAGMA application_id = {store.APPLICATION_ID}")
                con.execute(f"PRAGMA user_version = {store.SCHEMA_VERSION}")
                con.execute("BEGIN")
                for statement in store.SCHEMAS[store.SCHEMA_VERSION].split(";"):
                    if statement.strip():
                        con.execute(statement)
                stamp = now_iso()
                meta = {
                    "document_id": new_uid(), "country": country, "title": title,
                    "lead_authority": lead_authority, "authors": json.dumps(list(authors), ensure_ascii=False),
                    "content_language": content_language, "created": stamp, "updated": stamp, "final": "0",
                }
                con.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta.items())
                con.execute("INSERT INTO catalogue (id, catalogue_id, version, sha256, json) VALUES (1, ?, ?, ?, ?)",
                            (catalogue.id, catalogue.version, catalogue.sha256, catalogue.source_json))
                con.executemany("INSERT INTO response (indicator_id) VALUES (?)",
                                [(ind_id,) for ind_id in catalogue.indicator_ids()])
                con.execute(*history.entry(stamp, user if user is not None else default_user(), "created", new=title,
                                           source="create"))
                con.execute("COMMIT")
            finally:
                con.close()

        fileio.atomic_write(path, build, check=fileio.check_teia, prefix=".teia-new-")
        return cls.open(path, _held=held)

    @classmethod
    def open(cls, path: str | Path, *, readonly: bool = False, holder: str = "command",
             fallback_read_only: bool = False, full_check_later: bool = False,
             _held: DocumentLock | None = None) -> "Assessment":
        """Open a document; refuse (without touching it) what is not ours, damaged or newer.

        Writing needs the document's lock (model.document.lock): ``holder`` ("window" or "command") is shown to whoever
        is refused. A file that cannot be written is refused, or with ``fallback_read_only`` opened for reading.
        ``full_check_later`` (the window): only SQLite's quick_check before the document is shown; the full
        integrity_check is ``doc.full_check``, to be run in a worker, and every write waits for it and is refused
        if it fails (model.document.integrity.FullCheck). A read-only document is always checked in full at once.
        ``_held``: the lock, already taken by the caller (who keeps it if opening fails).
        """
        path = Path(path)
        header = store.read_raw_header(path)
        version, application_id = struct.unpack(">I4xI", header[60:72])
        store.check_openable(path, application_id, version)
        if not readonly and not is_writable(path):
            if not fallback_read_only:
                raise DocumentError("read_only", file=str(path))
            readonly = True
        if readonly or _held is not None:
            return cls._open_checked(path, header, version, readonly, None if readonly else _held, False)
        held = DocumentLock.acquire(path, user=default_user(), program=holder)
        try:
            return cls._open_checked(path, header, version, readonly, held, full_check_later)
        except BaseException:
            held.release()
            raise

    @classmethod
    def _open_checked(cls, path: Path, header: bytes, version: int, readonly: bool,
                      held: DocumentLock | None, full_check_later: bool) -> "Assessment":
        notices: list[DocumentError] = []
        copy, immutable = None, False
        # A journal of a writer at work is not hot (SQLite sees its lock); only an orphaned one is checked.
        if not (readonly and lock.is_held(path)):
            try:
                copy = journal.check_journal(path, header)
            except DocumentError as exc:
                if exc.kind != "foreign_journal":
                    raise
                if readonly:  # the read-only verbs never write: read the file as it is, without the journal
                    notices.append(exc)
                    immutable = True
                else:
                    notices.append(DocumentError("foreign_journal_moved", file=str(path),
                                                 journal=str(journal.move_aside(path))))
            if copy is not None and not readonly:
                copy.remove()  # this document's own journal: SQLite plays it back in place
                copy = None
            if readonly and copy is None and not immutable and journal.uses_wal(header):
                # Reading a WAL file in place would leave -wal and -shm files beside it.
                wal = journal.wal_of(path)
                if wal.exists() and wal.stat().st_size > 0:
                    copy = journal.private_copy(path, wal)
                else:
                    immutable = True
        if not readonly and version < store.SCHEMA_VERSION:  # made by an older version: backed up, then migrated
            from model.document import migrations

            migrations.upgrade(path, version)
            version = store.SCHEMA_VERSION
        # Switching a WAL file to journal_mode=DELETE (store.configure) writes to it: checked in full first.
        later = full_check_later and not readonly and copy is None and not journal.uses_wal(header)
        try:
            doc = cls._connect(path, copy.path if copy else path, version, readonly, immutable, later)
        except BaseException:
            if copy is not None:
                copy.remove()
            raise
        doc._lock, doc._private_copy, doc.notices = held, copy, notices
        if not readonly:
            try:
                doc._add_missing_responses()  # a repair is a write: it runs a deferred full check first
            except DocumentError as exc:
                doc._lock = None  # the caller releases the lock it took
                doc.close()
                if exc.kind == "damaged_later":  # found while opening: the file is refused like any damaged one
                    raise DocumentError("damaged", **exc.params) from None
                raise
        return doc

    @classmethod
    def _connect(cls, path: Path, source: Path, version: int, readonly: bool, immutable: bool,
                 full_check_later: bool = False) -> "Assessment":
        try:
            con = store.connect(source, readonly=readonly, immutable=immutable)
        except sqlite3.Error as exc:
            raise store.damaged(path, str(exc)) from None
        try:
            if not readonly:
                # Fails at once when another program (an older version of this one) holds SQLite's own lock.
                con.execute("BEGIN IMMEDIATE")
                con.execute("COMMIT")
            store.verify_structure(con, path, version, quick=full_check_later)
            integrity.check_values(con, path, version)
            if not readonly:
                store.configure(con)
            row = con.execute("SELECT json FROM catalogue WHERE id = 1").fetchone()
            if row is None or not isinstance(row[0], str):
                raise store.damaged(path, "no catalogue")
            catalogue = parse_catalogue(row[0], origin=f"{path.name} (catalogue)")
        except sqlite3.Error as exc:
            con.close()
            if store.is_locked_error(exc):
                raise DocumentError("locked", file=str(path)) from None
            raise store.damaged(path, str(exc)) from None
        except CatalogueError as exc:
            con.close()
            raise store.damaged(path, str(exc)) from None
        except UnicodeDecodeError:
            # SQLite's message about a damaged schema can quote bytes that are not UTF-8; Python then fails
            # to build the sqlite3 error itself.
            con.close()
            raise store.damaged(path, "unreadable text in the file's structure") from None
        except DocumentError:
            con.close()
            raise
        doc = cls(path, con, catalogue, readonly)
        # Field versions for merging copies (model.merge). The window (full_check_later) has the triggers made
        # before the first write, off its first paint; a command, which writes at once, has them made here.
        doc.tracks_fields = not readonly and version >= 2
        if doc.tracks_fields and not full_check_later:
            doc.install_tracking()
        if full_check_later:
            doc.full_check = integrity.FullCheck(path, source)
        return doc

    def _add_missing_responses(self) -> None:
        """One response per indicator: rows a damaged or edited file lacks are added (otherwise edits of those
        indicators would store nothing), with a history entry and a notice."""
        missing = integrity.missing_responses(self._con, self.catalogue.indicator_ids())
        if not missing:
            return
        stamp = now_iso()
        self.write([("INSERT INTO response (indicator_id) VALUES (?)", (ind_id,)) for ind_id in missing] + [
            history.entry(stamp, self.user, "repaired", new=f"{len(missing)} missing responses added", source="repair")])
        self.notices.append(DocumentError("repaired", file=str(self.path), count=len(missing)))

    # ----------------------------------------------------------------- actions (the action plan)
    def action_count(self) -> int:
        return int(self._con.execute("SELECT COUNT(*) FROM action").fetchone()[0])


    # ----------------------------------------------------------------- whole-file operations
    def save_copy(self, destination: str | Path) -> Path:
        """Write a consistent copy with SQLite's backup API, atomically (temporary file, then rename)."""
        destination = Path(destination)
        if destination.resolve() == self.path.resolve():
            raise DocumentError("exists", file=str(destination))

        return fileio.atomic_write(destination, self.copy_into, check=fileio.check_teia, prefix=".teia-copy-")

    def copy_into(self, tmp: Path) -> None:
        """Fill the new file ``tmp`` with a consistent copy (SQLite's backup API); for writers that then change
        the copy before it is renamed into place (a move to another catalogue edition)."""
        target = sqlite3.connect(tmp)
        try:
            self._con.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()

    def integrity_check(self) -> list[str]:
        """["ok"], or what is wrong (SQLite sometimes reports severe damage as an error instead of rows)."""
        try:
            return [str(row[0]) for row in self._con.execute("PRAGMA integrity_check(20)")]
        except sqlite3.DatabaseError as exc:
            return [f"error: {exc}"]

    def schema_version(self) -> int:
        return int(self._con.execute("PRAGMA user_version").fetchone()[0])


__all__ = ["Assessment", "Response", "AttachmentInfo", "HistoryEntry", "STATUSES", "TEXT_FIELDS", "EXTENSION",
           "MAX_ATTACHMENT_BYTES", "MAX_TEXT", "META_FIELDS", "RESPONSE_FIELDS", "default_user", "meta_record"]
