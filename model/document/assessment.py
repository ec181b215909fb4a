"""An assessment: one .teia document, edited through this class; every change is committed at once.

Every method that changes something runs one SQLite transaction (journal_mode=DELETE, synchronous=FULL),
so a crash, a kill or a power cut leaves either the old or the new state, never a broken file.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import re
import sqlite3
import struct
import threading
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Protocol, Sequence

from model import fileio
from model.document import integrity
from model.document import journal
from model.document import lock
from model.document import store
from model.filenames import safe_name
from model.catalogue import Catalogue, Indicator, parse_catalogue
from model.errors import CatalogueError, DocumentError
from model.document.lock import DocumentLock
from model.timeutil import now_iso, parse_iso

EXTENSION = ".teia"
_SURROGATES = re.compile("[\ud800-\udfff]")
STATUSES = ("not_started", "draft", "complete", "carried_over")  # carried over: model.cycle.next_cycle
TEXT_FIELDS = ("description", "evidence", "gaps", "authority")
RESPONSE_FIELDS = ("level", "not_applicable", "criteria_met", "status", *TEXT_FIELDS, "target_level")
META_FIELDS = ("country", "title", "lead_authority", "authors", "content_language",
               "title_en", "title_ru", "title_ky", "summary_en", "summary_ru", "summary_ky",  # per language: report
               "meetings", "abbreviations", "focal_point")  # the report's methodology (model.report.intro)
MAX_TEXT = 200_000
MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
HISTORY_MERGE_SECONDS = 120


def default_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # getuser raises various errors when no login name exists
        return ""


@dataclass(frozen=True)
class Response:
    indicator_id: str
    level: int | None = None
    not_applicable: bool = False
    criteria_met: tuple[str, ...] = ()
    status: str = "not_started"
    description: str = ""
    evidence: str = ""
    gaps: str = ""
    authority: str = ""
    target_level: int | None = None
    revision: int = 0
    updated_at: str | None = None
    updated_by: str | None = None

    @property
    def rated(self) -> bool:
        return self.level is not None or self.not_applicable

    def value(self, field: str) -> object:
        return getattr(self, field)


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    indicator_id: str
    name: str
    size: int
    sha256: str
    added_at: str
    added_by: str


@dataclass(frozen=True)
class HistoryEntry:
    at: str
    by: str
    indicator_id: str | None
    field: str
    old: str | None
    new: str | None
    source: str


def _encode(field: str, value: object) -> object:
    if field == "criteria_met" and isinstance(value, (tuple, list)):  # update_response made it a tuple
        return json.dumps(list(value), ensure_ascii=False)
    if field == "not_applicable":
        return 1 if value else 0
    return value


def _as_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, (tuple, list)):
        return ", ".join(value)
    return str(value)


class Assessment:
    """An open .teia document. Use ``create`` or ``open``; call ``close`` when done."""

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
                    "document_id": str(uuid.uuid4()), "country": country, "title": title,
                    "lead_authority": lead_authority, "authors": json.dumps(list(authors), ensure_ascii=False),
                    "content_language": content_language, "created": stamp, "updated": stamp, "final": "0",
                }
                con.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta.items())
                con.execute("INSERT INTO catalogue (id, catalogue_id, version, sha256, json) VALUES (1, ?, ?, ?, ?)",
                            (catalogue.id, catalogue.version, catalogue.sha256, catalogue.source_json))
                con.executemany("INSERT INTO response (indicator_id) VALUES (?)",
                                [(ind_id,) for ind_id in catalogue.indicator_ids()])
                con.execute("INSERT INTO history (at, by, field, new, source) VALUES (?, ?, 'created', ?, 'create')",
                            (stamp, user if user is not None else default_user(), title))
                con.execute("COMMIT")
            finally:
                con.close()

        fileio.atomic_write(path, build, check=fileio.check_teia, prefix=".teia-new-")
        return cls.open(path, _held=held)

    @classmethod
    def open(cls, path: str | Path, *, readonly: bool = False, holder: str = "command",
             fallback_read_only: bool = False, _held: DocumentLock | None = None) -> "Assessment":
        """Open a document; refuse (without touching it) what is not ours, damaged or newer.

        Writing needs the document's lock (model.document.lock): ``holder`` ("window" or "command") is shown to whoever
        is refused. A file that cannot be written is refused, or with ``fallback_read_only`` opened for reading.
        ``_held``: the lock, already taken by the caller (who keeps it if opening fails).
        """
        path = Path(path)
        header = store.read_raw_header(path)
        version, application_id = struct.unpack(">I4xI", header[60:72])
        if application_id != store.APPLICATION_ID:
            raise DocumentError("not_ours", file=str(path))
        if version > store.SCHEMA_VERSION:
            raise DocumentError("newer", file=str(path), version=version)
        if version not in store.SCHEMAS:
            raise store.damaged(path, f"unknown format {version}")
        if path.stat().st_size > store.MAX_DOCUMENT_BYTES:
            raise store.damaged(path, "file too large")
        if not readonly and not _writable(path):
            if not fallback_read_only:
                raise DocumentError("read_only", file=str(path))
            readonly = True
        if readonly or _held is not None:
            return cls._open_checked(path, header, version, readonly, None if readonly else _held)
        held = DocumentLock.acquire(path, user=default_user(), program=holder)
        try:
            return cls._open_checked(path, header, version, readonly, held)
        except BaseException:
            held.release()
            raise

    @classmethod
    def _open_checked(cls, path: Path, header: bytes, version: int, readonly: bool,
                      held: DocumentLock | None) -> "Assessment":
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
        try:
            doc = cls._connect(path, copy.path if copy else path, version, readonly, immutable)
        except BaseException:
            if copy is not None:
                copy.remove()
            raise
        doc._lock, doc._private_copy, doc.notices = held, copy, notices
        if not readonly:
            doc._add_missing_responses()
        return doc

    @classmethod
    def _connect(cls, path: Path, source: Path, version: int, readonly: bool, immutable: bool) -> "Assessment":
        try:
            con = store.connect(source, readonly=readonly, immutable=immutable)
        except sqlite3.Error as exc:
            raise store.damaged(path, str(exc)) from None
        try:
            if not readonly:
                # Fails at once when another program (an older version of this one) holds SQLite's own lock.
                con.execute("BEGIN IMMEDIATE")
                con.execute("COMMIT")
            store.verify_structure(con, path, version)
            integrity.check_values(con, path, version)
            if not readonly:
                store.configure(con)
                if version >= 2:
                    from model.document import tracking

                    tracking.install(con)  # field versions for merging copies (model.merge)
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
        return cls(path, con, catalogue, readonly)

    def _add_missing_responses(self) -> None:
        """One response per indicator: rows a damaged or edited file lacks are added (otherwise edits of those
        indicators would store nothing), with a history entry and a notice."""
        missing = integrity.missing_responses(self._con, self.catalogue.indicator_ids())
        if not missing:
            return
        stamp = now_iso()
        self.write([("INSERT INTO response (indicator_id) VALUES (?)", (ind_id,)) for ind_id in missing] + [
            ("INSERT INTO history (at, by, field, new, source) VALUES (?, ?, 'repaired', ?, 'repair')",
             (stamp, self.user, f"{len(missing)} missing responses added"))])
        self.notices.append(DocumentError("repaired", file=str(self.path), count=len(missing)))

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
        self._user = _SURROGATES.sub("\ufffd", str(name).replace("\x00", ""))[:200]
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

    def __enter__(self) -> "Assessment":
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
        task still reading the file (wait_for) is waited for."""
        self.wait_for_readers()
        if self.readonly:
            raise DocumentError("read_only", file=str(self.path))
        if not self._unfrozen and self.is_final():
            raise DocumentError("final", file=str(self.path))

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
            writable = _writable(self.path) and self._lock is not None
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

    # ----------------------------------------------------------------- metadata
    def meta(self) -> dict[str, object]:
        data: dict[str, object] = dict(self._con.execute("SELECT key, value FROM meta").fetchall())
        try:
            authors = json.loads(str(data.get("authors") or "[]"))
            data["authors"] = [str(a) for a in authors] if isinstance(authors, list) else []
        except json.JSONDecodeError:
            data["authors"] = []
        data["final"] = data.get("final") == "1"
        return data

    def set_meta(self, **fields: object) -> None:
        """Change details of the assessment; ``final=True`` marks it final as approved by the user, today."""
        if fields.pop("final", None) and not self.is_final():
            if fields:
                self.set_meta(**fields)
            from model.cycle import final

            final.finalize(self, by=self.user)
            return
        current = self.meta()
        statements: list[store.Statement] = []
        for key, value in fields.items():
            if key not in META_FIELDS:
                raise DocumentError("bad_value", field=key, detail="unknown field")
            if key != "authors":
                stored = str(value)
            elif isinstance(value, str) or not isinstance(value, Iterable):  # "Ann" would be stored as A, n, n
                raise DocumentError("bad_value", field=key, detail="a list of names expected")
            else:
                stored = json.dumps(list(value), ensure_ascii=False)
            if len(stored) > MAX_TEXT:
                raise DocumentError("bad_value", field=key, detail="text too long")
            if current.get(key) == value:
                continue
            statements.append(("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, stored)))
            statements.append(("INSERT INTO history (at, by, field, old, new, source) VALUES (?, ?, ?, ?, ?, 'edit')",
                               (now_iso(), self.user, f"meta.{key}", _as_text(current.get(key)), _as_text(value))))
        if statements:
            self.write(statements)

    # ----------------------------------------------------------------- responses
    def _indicator(self, indicator_id: str) -> Indicator:
        indicator = self.catalogue.indicator(indicator_id)
        if indicator is None:
            raise DocumentError("unknown_indicator", indicator=indicator_id)
        return indicator

    def response(self, indicator_id: str) -> Response:
        self._indicator(indicator_id)
        known = self._cache.get(("response", indicator_id))
        if isinstance(known, Response):  # (only this method and update_response store this key)
            return known
        row = self._con.execute(f"SELECT {_COLUMNS} FROM response WHERE indicator_id = ?", (indicator_id,)).fetchone()
        response = _response(row) if row else Response(indicator_id)
        if row and not self.readonly:
            self._cache[("response", indicator_id)] = response
        return response

    def responses(self) -> dict[str, Response]:
        """Every indicator's response, in catalogue order: a dict of the caller's own. Remembered until the next
        write (see ``_cache``): opening a document shows them in the navigator and the overview at once."""
        known = self._cache.get("responses")
        if known is None:
            found = {row[0]: _response(row) for row in self._con.execute(f"SELECT {_COLUMNS} FROM response")}
            known = {ind_id: found.get(ind_id, Response(ind_id)) for ind_id in self.catalogue.indicator_ids()}
            if not self.readonly:
                self._cache["responses"] = known
        return dict(known)

    def editable(self, indicator_id: str) -> bool:
        """False for an indicator that this file, a contribution (model.merge.split), leaves to others."""
        row = self._meta_value("contribution_items")
        if row is None:
            return True
        try:
            return indicator_id in json.loads(row[0])
        except (json.JSONDecodeError, TypeError):
            return True

    def validate(self, indicator_id: str, **fields: object) -> dict[str, object]:
        """Check and normalise field values for an indicator; raises DocumentError('bad_value')."""
        indicator = self._indicator(indicator_id)
        clean: dict[str, object] = {}
        for field, value in fields.items():
            if field not in RESPONSE_FIELDS:
                raise DocumentError("bad_value", field=field, detail="unknown field")
            if field in ("level", "target_level"):
                if value is not None and (isinstance(value, bool) or value not in indicator.scale.values):
                    raise DocumentError("bad_value", field=field,
                                        detail=f"{value!r} is not a level of the scale {list(indicator.scale.values)}")
            elif field == "not_applicable":
                value = bool(value)
            elif field == "criteria_met":
                # a str is iterable too, but "c1" is no list of criteria; a number or None is not iterable at all
                items = list(value) if isinstance(value, Iterable) and not isinstance(value, str) else None
                if items is None or not all(isinstance(c, str) for c in items):
                    raise DocumentError("bad_value", field=field, detail="a list of criterion ids expected")
                value = tuple(dict.fromkeys(items))
                unknown = [c for c in value if c not in indicator.criterion_ids()]
                if unknown:
                    raise DocumentError("bad_value", field=field, detail=f"unknown criterion {unknown[0]}")
                value = tuple(c for c in indicator.criterion_ids() if c in value)
            elif field == "status":
                if value not in STATUSES:
                    raise DocumentError("bad_value", field=field, detail=f"{value!r} is not one of {STATUSES}")
            else:
                if not isinstance(value, str):
                    raise DocumentError("bad_value", field=field, detail="text expected")
                if len(value) > MAX_TEXT:
                    raise DocumentError("bad_value", field=field, detail=f"longer than {MAX_TEXT} characters")
                # NUL and lone surrogates (pasted from broken sources) cannot be stored as UTF-8 text.
                value = _SURROGATES.sub("\ufffd", value.replace("\x00", ""))
            clean[field] = value
        return clean

    def update_response(self, indicator_id: str, *, source: str = "edit", **fields: object) -> Response:
        """Change fields of one response in one transaction, with a history entry per changed field.

        A level clears "not applicable" and the other way round; the first edit of a not-started
        indicator makes it a draft.
        """
        clean = self.validate(indicator_id, **fields)
        if not self.editable(indicator_id):
            raise DocumentError("not_yours", indicator=indicator_id)
        old = self.response(indicator_id)
        if clean.get("level") is not None:
            clean.setdefault("not_applicable", False)
        if clean.get("not_applicable"):
            clean.setdefault("level", None)
        # Any: each value has its field's type, checked by validate (what replace() below needs to know)
        changed: dict[str, Any] = {k: v for k, v in clean.items() if old.value(k) != v}
        if not changed:
            return old
        if old.status in ("not_started", "carried_over") and "status" not in changed:
            changed["status"] = "draft"  # an edit of a carried-over answer is its confirmation as a draft
        stamp = now_iso()
        assignments = ", ".join(f"{k} = ?" for k in changed)
        statements = [(
            f"UPDATE response SET {assignments}, revision = revision + 1, updated_at = ?, updated_by = ? "
            "WHERE indicator_id = ?",
            (*[_encode(k, v) for k, v in changed.items()], stamp, self.user, indicator_id),
        )]
        history = self._history(indicator_id, old, changed, stamp, source)
        statements += history
        kept = {key: value for key, value in self._cache.items()
                if key in (("meta", "final"), ("meta", "contribution_items"))}  # an edit does not change them
        last = self._cache.get("last_history_seen")
        self.write(statements)
        new = replace(old, **changed, revision=old.revision + 1, updated_at=stamp, updated_by=self.user)
        self._cache.update(kept)
        self._cache[("response", indicator_id)] = new
        sql, params = history[-1] if history else ("", ())
        if sql.startswith("UPDATE history"):  # the last row extended: (new, at, id)
            if isinstance(last, tuple):
                self._cache["last_history"] = (last[0], stamp, *last[2:])
        elif sql.startswith("INSERT INTO history") and self._cache.get("last_rowid"):
            self._cache["last_history"] = (self._cache["last_rowid"], stamp, self.user, params[3], indicator_id,
                                           source)
        return new

    def _history(self, indicator_id: str, old: Response, changed: dict[str, object], stamp: str,
                 source: str) -> list[store.Statement]:
        """History rows; typing in one field by one person within two minutes extends one row."""
        statements: list[store.Statement] = []
        last = self._cache.get("last_history")
        if last is None:
            last = self._con.execute(
                "SELECT id, at, by, field, indicator_id, source FROM history ORDER BY id DESC LIMIT 1").fetchone()
        self._cache["last_history_seen"] = last
        for field, value in changed.items():
            if field == "status" and len(changed) > 1 and old.status == "not_started":
                continue  # the automatic draft status is implied by the edit itself
            if (last and field in TEXT_FIELDS and last[3] == field and last[4] == indicator_id and last[2] == self.user
                    and last[5] == source == "edit" and _seconds_between(last[1], stamp) <= HISTORY_MERGE_SECONDS):
                statements.append(("UPDATE history SET new = ?, at = ? WHERE id = ?", (_as_text(value), stamp, last[0])))
            else:
                statements.append((
                    "INSERT INTO history (at, by, indicator_id, field, old, new, source) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (stamp, self.user, indicator_id, field, _as_text(old.value(field)), _as_text(value), source)))
        return statements

    def history(self, indicator_id: str | None = None, limit: int = 500) -> list[HistoryEntry]:
        sql = "SELECT at, by, indicator_id, field, old, new, source FROM history"
        params: tuple[object, ...] = ()
        if indicator_id is not None:
            sql += " WHERE indicator_id = ?"
            params = (indicator_id,)
        sql += " ORDER BY id DESC LIMIT ?"
        return [HistoryEntry(*row) for row in self._con.execute(sql, (*params, limit))]

    # ----------------------------------------------------------------- attachments
    @staticmethod
    def check_attachment_size(name: str, size: int) -> None:
        """Refuse a file above the limit, naming its real size (callers check before reading it all)."""
        if size > MAX_ATTACHMENT_BYTES:
            raise DocumentError("too_large", name=Path(name).name, size=size, limit=MAX_ATTACHMENT_BYTES,
                                size_mb=round(size / 1048576, 1), limit_mb=MAX_ATTACHMENT_BYTES // 1048576)

    def add_attachment(self, indicator_id: str, name: str, data: bytes) -> AttachmentInfo:
        self._indicator(indicator_id)
        if not self.editable(indicator_id):
            raise DocumentError("not_yours", indicator=indicator_id)
        self.check_attachment_size(name, len(data))
        name = safe_name(name)  # on the way in; gui opens it through filenames.path_in again
        digest = hashlib.sha256(data).hexdigest()
        stamp = now_iso()
        self.write([
            ("INSERT INTO attachment (indicator_id, name, size, sha256, data, added_at, added_by) "
             "VALUES (?, ?, ?, ?, ?, ?, ?)", (indicator_id, name, len(data), digest, data, stamp, self.user)),
            ("INSERT INTO history (at, by, indicator_id, field, new, source) VALUES (?, ?, ?, 'attachment', ?, 'edit')",
             (stamp, self.user, indicator_id, name)),
        ])
        row = self._con.execute("SELECT MAX(id) FROM attachment").fetchone()
        return self.attachment(row[0])

    def attachment(self, attachment_id: int) -> AttachmentInfo:
        row = self._con.execute("SELECT id, indicator_id, name, size, sha256, added_at, added_by FROM attachment "
                                "WHERE id = ?", (attachment_id,)).fetchone()
        if row is None:
            raise DocumentError("bad_value", field="attachment", detail=f"no attachment {attachment_id}")
        return AttachmentInfo(*row)

    def attachments(self, indicator_id: str | None = None) -> list[AttachmentInfo]:
        sql = "SELECT id, indicator_id, name, size, sha256, added_at, added_by FROM attachment"
        params: tuple[object, ...] = ()
        if indicator_id is not None:
            sql += " WHERE indicator_id = ?"
            params = (indicator_id,)
        return [AttachmentInfo(*row) for row in self._con.execute(sql + " ORDER BY id", params)]

    def attachment_data(self, attachment_id: int) -> bytes:
        row = self._con.execute("SELECT data FROM attachment WHERE id = ?", (attachment_id,)).fetchone()
        if row is None:
            raise DocumentError("bad_value", field="attachment", detail=f"no attachment {attachment_id}")
        return bytes(row[0])

    def remove_attachment(self, attachment_id: int) -> None:
        info = self.attachment(attachment_id)
        if not self.editable(info.indicator_id):
            raise DocumentError("not_yours", indicator=info.indicator_id)
        self.write([
            ("DELETE FROM attachment WHERE id = ?", (attachment_id,)),
            ("INSERT INTO history (at, by, indicator_id, field, old, source) VALUES (?, ?, ?, 'attachment', ?, 'edit')",
             (now_iso(), self.user, info.indicator_id, info.name)),
        ])

    # ----------------------------------------------------------------- actions (the action plan)
    def action_count(self) -> int:
        return int(self._con.execute("SELECT COUNT(*) FROM action").fetchone()[0])

    def query(self, sql: str, params: tuple[object, ...] = ()) -> list[store.Row]:
        """Read rows; for model modules that keep their own tables (the action plan)."""
        return self._con.execute(sql, params).fetchall()

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


_COLUMNS = ("indicator_id, level, not_applicable, criteria_met, status, description, evidence, gaps, authority, "
            "target_level, revision, updated_at, updated_by")


_new_response = object.__new__


class _HasMeta(Protocol):
    def meta(self) -> Mapping[str, object]: ...


def meta_record(doc: _HasMeta, key: str) -> dict[str, Any] | None:
    """The JSON object a document keeps under ``key`` in its meta (the predecessor of a next cycle, the record of
    a catalogue move); None when it is absent or not an object. ``doc``: anything with ``meta()``."""
    text = doc.meta().get(key)
    if not isinstance(text, str):
        return None
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return None
    return data if isinstance(data, dict) else None


def _response(row: store.Row) -> Response:
    if not row[3] or row[3] == "[]":
        criteria = []
    else:
        try:
            criteria = json.loads(row[3])
        except json.JSONDecodeError:
            criteria = []
    if not isinstance(criteria, list):
        criteria = []
    # Filled like Response(...) would, without its frozen __init__ (one object.__setattr__ per field): every
    # response is read each time the navigator or the overview is refreshed.
    response = _new_response(Response)
    response.__dict__.update(
        indicator_id=row[0], level=row[1] if isinstance(row[1], int) else None, not_applicable=bool(row[2]),
        criteria_met=tuple(str(c) for c in criteria), status=row[4] if row[4] in STATUSES else "draft",
        description=row[5] or "", evidence=row[6] or "", gaps=row[7] or "", authority=row[8] or "",
        target_level=row[9] if isinstance(row[9], int) else None, revision=int(row[10] or 0),
        updated_at=row[11], updated_by=row[12],
    )
    return response


def _seconds_between(earlier: str, later: str) -> float:
    a, b = parse_iso(earlier), parse_iso(later)
    if a is None or b is None:
        return float("inf")
    return (b - a).total_seconds()


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


def _writable(path: Path) -> bool:
    # SQLite writes a journal beside the file, so the folder must be writable too.
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


__all__ = ["Assessment", "Response", "AttachmentInfo", "HistoryEntry", "STATUSES", "TEXT_FIELDS", "EXTENSION",
           "MAX_ATTACHMENT_BYTES"]
