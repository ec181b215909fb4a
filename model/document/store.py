"""The .teia file on disk: one SQLite database with our application id, schema and safety settings.

Opening is defensive: the 100-byte header is read before SQLite touches the file, so a file that is not
ours or is from a newer version is refused without being modified; then the schema is compared with ours
(no foreign tables, triggers or views) and `integrity_check` must pass.

Longer than 400 lines: the defensive open (header, schema comparison, integrity, journal ownership, pragmas)
is one sequence whose order matters; it is kept in one file so a reviewer sees every check and its order together.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import stat
import struct
import tempfile
import weakref
from functools import lru_cache
from pathlib import Path
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, BinaryIO

from model.errors import DocumentError

# A row as sqlite3 returns it (its cells are whatever the column holds) and the parameters of a statement.
Row = tuple[Any, ...]
Statement = tuple[str, tuple[object, ...]]  # SQL and its parameters, run in one transaction with others
if TYPE_CHECKING:
    from _typeshed import SupportsLenAndGetItem

    Parameters = SupportsLenAndGetItem[Any] | Mapping[str, Any]

APPLICATION_ID = 0x54454941  # "TEIA"
SCHEMA_VERSION = 4
SQLITE_MAGIC = b"SQLite format 3\x00"
MAX_DOCUMENT_BYTES = 4 * 1024 * 1024 * 1024

SCHEMA_V1 = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE catalogue (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    catalogue_id TEXT NOT NULL,
    version TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    json TEXT NOT NULL
);
CREATE TABLE response (
    indicator_id TEXT PRIMARY KEY,
    level INTEGER,
    not_applicable INTEGER NOT NULL DEFAULT 0,
    criteria_met TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started', 'draft', 'complete')),
    description TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '',
    gaps TEXT NOT NULL DEFAULT '',
    authority TEXT NOT NULL DEFAULT '',
    target_level INTEGER,
    revision INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT,
    updated_by TEXT
);
CREATE TABLE attachment (
    id INTEGER PRIMARY KEY,
    indicator_id TEXT NOT NULL,
    name TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    data BLOB NOT NULL,
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX attachment_indicator ON attachment (indicator_id);
CREATE TABLE action (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL DEFAULT '',
    gap TEXT NOT NULL DEFAULT '',
    expected_result TEXT NOT NULL DEFAULT '',
    target_level INTEGER,
    lead TEXT NOT NULL DEFAULT '',
    partners TEXT NOT NULL DEFAULT '',
    start_date TEXT,
    due_date TEXT,
    budget TEXT NOT NULL DEFAULT '',
    assistance_requested INTEGER NOT NULL DEFAULT 0,
    assistance_details TEXT NOT NULL DEFAULT '',
    priority TEXT NOT NULL DEFAULT 'medium' CHECK (priority IN ('high', 'medium', 'low')),
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'ongoing', 'done', 'cancelled')),
    progress_notes TEXT NOT NULL DEFAULT '',
    revision INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT ''
);
CREATE TABLE action_indicator (
    action_id INTEGER NOT NULL REFERENCES action (id) ON DELETE CASCADE,
    indicator_id TEXT NOT NULL,
    PRIMARY KEY (action_id, indicator_id)
);
CREATE INDEX action_indicator_indicator ON action_indicator (indicator_id);
CREATE TABLE history (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    by TEXT NOT NULL DEFAULT '',
    indicator_id TEXT,
    field TEXT NOT NULL,
    old TEXT,
    new TEXT,
    source TEXT NOT NULL DEFAULT 'edit'
);
CREATE INDEX history_indicator ON history (indicator_id);
"""


@lru_cache(maxsize=None)
def _reference(version: int) -> tuple[frozenset[tuple[str, str]], dict[str, tuple[Row, ...]], dict[str, str]]:
    """What a document of ``version`` holds, read from its schema built once in a database in memory: the (type,
    name) of every object, autoindexes included; the layout of every table and index; every CREATE statement."""
    con = sqlite3.connect(":memory:")
    try:
        con.executescript(SCHEMAS[version])
        found = con.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
        layout = {name: _layout_of(con, kind, name) for kind, name, _sql in found if kind in ("table", "index")}
    finally:
        con.close()
    return frozenset((kind, name) for kind, name, _sql in found), layout, {name: _folded(sql) for _k, name, sql in found}


def expected_objects(version: int = SCHEMA_VERSION) -> frozenset[tuple[str, str]]:
    """(type, name) of every schema object a document of ``version`` has, autoindexes included."""
    return _reference(version)[0]


# Version 2: the contributing authorities and what each holds; what is needed to merge copies field by field
# (each field's version and the versions it replaced, deleted records, a stable key and origin per history
# row). See model.document.migrations (how a version 1 document is brought up) and model.merge.
SCHEMA_V2_ADDED = """
CREATE TABLE contributor (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    short_name TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT ''
);
CREATE TABLE assignment (
    item_id TEXT PRIMARY KEY,
    contributor_id TEXT NOT NULL REFERENCES contributor (id) ON DELETE CASCADE
);
CREATE TABLE field_state (
    record TEXT NOT NULL,
    field TEXT NOT NULL,
    version TEXT NOT NULL,
    changed_at TEXT,
    changed_by TEXT NOT NULL DEFAULT '',
    contributor_id TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (record, field)
);
CREATE TABLE field_version (
    version TEXT NOT NULL,
    parent TEXT NOT NULL,
    PRIMARY KEY (version, parent)
);
CREATE TABLE tombstone (
    record TEXT PRIMARY KEY,
    deleted_at TEXT NOT NULL,
    deleted_by TEXT NOT NULL DEFAULT ''
);
ALTER TABLE history ADD COLUMN uid TEXT;
ALTER TABLE history ADD COLUMN origin TEXT NOT NULL DEFAULT '';
CREATE INDEX history_uid ON history (uid);
"""
SCHEMA_V2 = SCHEMA_V1 + SCHEMA_V2_ADDED

# Version 3: the register of hazardous activities (model.register): each activity with its location,
# decisions and follow-up dates, its substances, the tailings block of a mining activity, and the Annex I
# edition the document calculates with (a snapshot, like the catalogue; absent until first needed).
SCHEMA_V3_ADDED = """
CREATE TABLE annex_edition (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    annex_id TEXT NOT NULL,
    edition TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    json TEXT NOT NULL
);
CREATE TABLE activity (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL DEFAULT '',
    operator TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    registration_number TEXT NOT NULL DEFAULT '',
    sector TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'existing' CHECK (status IN ('existing', 'proposed', 'modified')),
    permit TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    district TEXT NOT NULL DEFAULT '',
    latitude REAL,
    longitude REAL,
    river_basin TEXT NOT NULL DEFAULT '',
    border_km REAL,
    water_km REAL,
    downstream_countries TEXT NOT NULL DEFAULT '',
    transboundary TEXT NOT NULL DEFAULT 'undecided'
        CHECK (transboundary IN ('undecided', 'yes', 'no', 'discussion')),
    affected_countries TEXT NOT NULL DEFAULT '',
    transboundary_reasons TEXT NOT NULL DEFAULT '',
    notified_on TEXT,
    reply_on TEXT,
    consultations_on TEXT,
    safety_report_on TEXT,
    last_inspection_on TEXT,
    next_inspection_on TEXT,
    onsite_plan_on TEXT,
    offsite_plan_on TEXT,
    last_exercise_on TEXT,
    public_info_on TEXT,
    seismic_zone TEXT NOT NULL DEFAULT '',
    flood INTEGER NOT NULL DEFAULT 0,
    mudflow INTEGER NOT NULL DEFAULT 0,
    landslide INTEGER NOT NULL DEFAULT 0,
    cluster TEXT NOT NULL DEFAULT '',
    scope_note TEXT NOT NULL DEFAULT '',
    revision INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT ''
);
CREATE TABLE activity_substance (
    id INTEGER PRIMARY KEY,
    activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    named_id TEXT NOT NULL DEFAULT '',
    cas TEXT NOT NULL DEFAULT '',
    categories TEXT NOT NULL DEFAULT '',
    quantity_t REAL,
    form TEXT NOT NULL DEFAULT ''
);
CREATE INDEX activity_substance_activity ON activity_substance (activity_id, position);
CREATE TABLE tailings (
    activity_id INTEGER PRIMARY KEY REFERENCES activity (id) ON DELETE CASCADE,
    parameters TEXT NOT NULL DEFAULT '{}',
    checklist TEXT NOT NULL DEFAULT '{}'
);
"""
SCHEMA_V3 = SCHEMA_V2 + SCHEMA_V3_ADDED

# Version 4: a response may be "carried over" from the previous self-assessment (model.cycle.next_cycle) until
# the user confirms or edits it; the status CHECK of the response table is widened (the table is rebuilt).
STATUS_CHECK_V3 = "CHECK (status IN ('not_started', 'draft', 'complete'))"
STATUS_CHECK_V4 = "CHECK (status IN ('not_started', 'draft', 'complete', 'carried_over'))"
SCHEMA_V4 = SCHEMA_V3.replace(STATUS_CHECK_V3, STATUS_CHECK_V4)
SCHEMAS = {1: SCHEMA_V1, 2: SCHEMA_V2, 3: SCHEMA_V3, 4: SCHEMA_V4}


def expected_layout(version: int = SCHEMA_VERSION) -> dict[str, tuple[Row, ...]]:
    """The columns of every table and index of a document of ``version`` (what PRAGMA table_info/index_info say)."""
    return _reference(version)[1]


def _layout_of(con: sqlite3.Connection, kind: str, name: str) -> tuple[Row, ...]:
    pragma = "table_info" if kind == "table" else "index_info"
    quoted = '"' + name.replace('"', '""') + '"'
    return tuple(tuple(row) for row in con.execute(f"PRAGMA {pragma}({quoted})"))


class NotRegularFile(OSError):
    """A path that is a folder, a device or a pipe: reading it could block forever or never end."""

    def __init__(self, path: object) -> None:
        super().__init__(errno.EINVAL, "not a regular file (a folder, a device or a pipe)", str(path))


def open_regular(path: str | Path) -> BinaryIO:
    """Open a file for reading only if it is a regular file; raises NotRegularFile (an OSError) otherwise.

    O_NONBLOCK makes opening a pipe return at once instead of waiting for a writer; fstat then tells what
    was opened (checking the name before opening would leave a moment in which it could be swapped).
    """
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotRegularFile(path)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def ensure_regular(path: str | Path) -> None:
    """Raise NotRegularFile (or the OSError of a missing file) unless ``path`` is a regular file."""
    with open_regular(path):
        pass


def read_raw_header(path: Path) -> bytes:
    """The 100-byte header of a document, read without SQLite (so nothing is written), or DocumentError."""
    try:
        with open_regular(path) as handle:
            header = handle.read(100)
    except FileNotFoundError:
        raise DocumentError("not_found", file=str(path)) from None
    except (IsADirectoryError, NotRegularFile):
        raise DocumentError("not_regular", file=str(path)) from None
    except PermissionError:
        raise DocumentError("unreadable", file=str(path), detail="permission denied") from None
    except OSError as exc:
        raise DocumentError("unreadable", file=str(path), detail=exc.strerror or str(exc)) from None
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise DocumentError("not_ours", file=str(path))
    return header


def ensure_regular_document(path: Path) -> None:
    """DocumentError("not_regular") for a folder, a device or a pipe where a document should be."""
    try:
        ensure_regular(path)
    except (IsADirectoryError, NotRegularFile):
        raise DocumentError("not_regular", file=str(path)) from None
    except OSError:
        pass  # missing or unreadable: the caller's own operation says so


def read_header(path: Path) -> tuple[int, int]:
    """(application_id, user_version) read straight from the file, without SQLite writing anything."""
    user_version, application_id = struct.unpack(">I4xI", read_raw_header(path)[60:72])
    return application_id, user_version


def check_openable(path: Path, application_id: int, version: int) -> None:
    """Refuse, from its header and size alone, a file that is not ours, made by a newer version, of a format
    we do not know or over MAX_DOCUMENT_BYTES: before anything opens or copies it (Assessment.open, the merge)."""
    if application_id != APPLICATION_ID:
        raise DocumentError("not_ours", file=str(path))
    if version > SCHEMA_VERSION:
        raise DocumentError("newer", file=str(path), version=version)
    if version not in SCHEMAS:
        raise damaged(path, f"unknown format {version}")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DocumentError("unreadable", file=str(path), detail=exc.strerror or str(exc)) from None
    if size > MAX_DOCUMENT_BYTES:
        raise damaged(path, "file too large")


def configure(con: sqlite3.Connection) -> None:
    con.execute("PRAGMA trusted_schema = OFF")
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("PRAGMA journal_mode = DELETE")
    con.execute("PRAGMA synchronous = FULL")


def connect(path: Path, *, readonly: bool = False, immutable: bool = False) -> sqlite3.Connection:
    """A connection with our safety settings; ``immutable`` reads the file as it is (no journal, no locks)."""
    mode = "ro" if readonly else "rw"
    uri = f"{path.resolve().as_uri()}?mode={mode}" + ("&immutable=1" if immutable else "")
    # A writer waits this long for a reader's statement to end (and a reader for a commit): SQLite's locks are
    # held only during each statement or transaction; who may write at all is decided by model.document.lock.
    con = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=1.0, check_same_thread=False,
                          factory=_Connection)
    con.execute("PRAGMA trusted_schema = OFF")
    return con


def _decode_text(raw: bytes) -> str:
    return raw.decode("utf-8", "replace")


def _replacing(con: sqlite3.Connection, exc: sqlite3.Error) -> bool:
    """After a text that is not UTF-8: switch ``con`` to the replacing decoder; False if that cannot help."""
    if not str(exc).startswith("Could not decode") or con.text_factory is _decode_text:
        return False
    con.text_factory = _decode_text
    return True


class _Cursor(sqlite3.Cursor):
    """Reads text with SQLite's own fast decoder, and shows bytes that are not UTF-8 as U+FFFD.

    integrity_check does not look inside text values, so a damaged or hostile file may hold such bytes,
    which would make every read of that row raise. A Python decoder for every text cell is slow (a quarter
    of a second per 20,000 actions), so it is switched on for the connection only at the first bad text:
    a row that failed to decode stays current and is read again; the rows a failed fetchall had taken are
    read again by running the same query once more.
    """

    _query: tuple[str, Parameters] | None = None
    _taken = 0

    def execute(self, sql: str, parameters: Parameters = ()) -> "_Cursor":
        self._query, self._taken = (sql, parameters), 0
        try:
            return super().execute(sql, parameters)
        except sqlite3.OperationalError as exc:
            if not _replacing(self.connection, exc):
                raise
            return super().execute(sql, parameters)

    def __next__(self) -> Row:
        row: Row
        try:
            row = super().__next__()
        except sqlite3.OperationalError as exc:
            if not _replacing(self.connection, exc):
                raise
            row = super().__next__()
        self._taken += 1
        return row

    def fetchone(self) -> Row | None:
        row: Row | None
        try:
            row = super().fetchone()
        except sqlite3.OperationalError as exc:
            if not _replacing(self.connection, exc):
                raise
            row = super().fetchone()
        if row is not None:
            self._taken += 1
        return row

    def fetchmany(self, size: int | None = None) -> list[Row]:
        size = self.arraysize if size is None else size
        try:
            rows = super().fetchmany(size)
        except sqlite3.OperationalError as exc:
            rows = self._again(exc, size)
        self._taken += len(rows)
        return rows

    def fetchall(self) -> list[Row]:
        try:
            rows = super().fetchall()
        except sqlite3.OperationalError as exc:
            rows = self._again(exc)
        self._taken += len(rows)
        return rows

    def _again(self, exc: sqlite3.OperationalError, size: int | None = None) -> list[Row]:
        """After a fetch failed on a text that is not UTF-8: the next rows (``size``, or all), read again."""
        if self._query is None or not _replacing(self.connection, exc):
            raise exc
        taken = self._taken
        super().execute(*self._query)
        for _ in range(taken):
            super().fetchone()
        self._taken = taken
        return super().fetchall() if size is None else super().fetchmany(size)


class _Connection(sqlite3.Connection):
    """Every cursor is a _Cursor, including those Connection.execute makes; closing closes them too.

    A cursor still alive after close() (kept by an error's traceback, for example) keeps its statement, and
    SQLite then keeps the file open, with the exclusive lock, until that cursor is freed: reopening the
    document would say "already open".
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._cursors: weakref.WeakSet[sqlite3.Cursor] = weakref.WeakSet()

    # typeshed's overloads say cursor() without a factory gives a plain Cursor; here it gives a _Cursor
    def cursor(  # type: ignore[override]
        self, factory: Callable[[sqlite3.Connection], sqlite3.Cursor] = _Cursor
    ) -> sqlite3.Cursor:
        cursor = super().cursor(factory)
        self._cursors.add(cursor)
        return cursor

    def close(self) -> None:
        for cursor in list(self._cursors):
            try:
                cursor.close()
            except sqlite3.Error:
                pass
        super().close()

    def execute(self, sql: str, parameters: Parameters = ()) -> sqlite3.Cursor:
        return self.cursor().execute(sql, parameters)


def damaged(path: Path, detail: str, kind: str = "damaged") -> DocumentError:
    """A "damaged" error (or ``kind``) with a one-line summary; SQLite's whole report goes to the log."""
    logging.getLogger("teia").warning("%s is damaged: %s", path, detail)
    lines = [line for line in str(detail).replace("; ", "\n").split("\n") if line.strip()]
    informative = [line for line in lines if not line.startswith("***")] or lines or [""]
    first = " ".join(informative[0].split())  # integrity_check starts with "*** in database main ***"
    return DocumentError(kind, file=str(path), detail=first[:120] + ("…" if len(first) > 120 else ""))


def expected_sql(version: int = SCHEMA_VERSION) -> dict[str, str]:
    """The CREATE statement of every schema object (whitespace folded): constraints are part of the schema."""
    return _reference(version)[2]


def _folded(sql: object) -> str:
    return " ".join(str(sql).split()) if sql is not None else ""


def verify_structure(con: sqlite3.Connection, path: Path, version: int, *, quick: bool = False) -> None:
    """Refuse damaged files and files whose schema is not exactly ours.

    integrity_check, not quick_check: a damaged index passes quick_check and then breaks reads and writes that
    use it. ``quick`` (the window's open, model.document.integrity.FullCheck) runs quick_check here, a third of
    the time with 20,000 actions, only because integrity_check follows in a worker before anything is written.
    """
    try:
        result = con.execute(f"PRAGMA {'quick_check' if quick else 'integrity_check'}(5)").fetchall()
    except sqlite3.DatabaseError as exc:
        if is_locked_error(exc):
            raise DocumentError("locked", file=str(path)) from None
        raise damaged(path, str(exc)) from None
    if [r[0] for r in result] != ["ok"]:
        raise damaged(path, "; ".join(str(r[0]) for r in result))
    try:
        found = {(kind, name): sql for kind, name, sql in con.execute("SELECT type, name, sql FROM sqlite_master")}
    except sqlite3.DatabaseError as exc:
        raise damaged(path, str(exc)) from None
    expected = expected_objects(version)
    foreign = sorted(set(found) - expected)
    if foreign:
        detail = ", ".join(f"{kind} {name}" for kind, name in foreign[:5])
        raise DocumentError("foreign_schema", file=str(path), detail=detail)
    missing = sorted(expected - set(found))
    if missing:
        raise damaged(path, "missing " + ", ".join(n for _, n in missing[:5]))
    # Same names are not enough: a table whose columns or constraints differ (edited or damaged schema text,
    # a CHECK removed) is not ours.
    layout = expected_layout(version)
    statements = expected_sql(version)
    try:
        for kind, name in sorted(expected):
            if name in layout and _layout_of(con, kind, name) != layout[name]:
                raise DocumentError("foreign_schema", file=str(path), detail=f"{kind} {name} has other columns")
            if _folded(found[(kind, name)]) != statements.get(name, ""):
                raise DocumentError("foreign_schema", file=str(path), detail=f"{kind} {name} has other rules")
    except sqlite3.DatabaseError as exc:
        raise damaged(path, str(exc)) from None


def is_locked_error(exc: sqlite3.Error) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def write_error(exc: sqlite3.Error | OSError, path: Path) -> DocumentError:
    text = str(exc)
    if isinstance(exc, sqlite3.Error) and is_locked_error(exc):
        return DocumentError("locked", file=str(path))
    if "readonly" in text or "read-only" in text or isinstance(exc, PermissionError):
        return DocumentError("read_only", file=str(path))
    return DocumentError("write_failed", file=str(path), detail=text)


def _default_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


# Files a person shares (documents, copies, exports) get the usual permissions, not mkstemp's private 0600.
DEFAULT_FILE_MODE = _default_mode()


def temp_file_beside(target: Path, prefix: str, suffix: str = ".tmp") -> Path:
    """An empty temporary file in ``target``'s folder (so a rename onto ``target`` is atomic)."""
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, name = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=folder)
        os.close(fd)
        if os.name == "posix":
            os.chmod(name, DEFAULT_FILE_MODE)
    except OSError as exc:
        raise write_error(exc, target) from None
    return Path(name)


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); a no-op where directories cannot be opened (Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
