"""Bring a document made by an older version up to the current schema: one function per version.

Before anything is changed, the file is checked against its own (older) schema and copied into the
backups folder, where File → Restore from backup finds it; the migration then runs in one transaction,
so a crash leaves the old document as it was.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from model import fileio
from model.document import store
from model.errors import DocumentError

_RESPONSE_DEFAULTS = {"level": None, "not_applicable": 0, "criteria_met": "[]", "status": "not_started",
                      "description": "", "evidence": "", "gaps": "", "authority": "", "target_level": None}


def legacy_version(record: str, field: str, value: object) -> str:
    """The version of a value set before versions were kept: the same in every copy that holds that value."""
    text = json.dumps([record, field, value], ensure_ascii=False, default=str)
    return "legacy:" + hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()[:16]


def history_key(row: tuple[object, ...]) -> str:
    """A key for a history row written before rows had one; copies of one document agree on it."""
    text = json.dumps([str(v) if v is not None else None for v in row], ensure_ascii=False)
    return "legacy:" + hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()[:16]


def _to_2(con: sqlite3.Connection) -> None:
    """Contributors, assignments, field versions, tombstones; keys for the history written so far."""
    for statement in store.SCHEMA_V2_ADDED.split(";"):
        if statement.strip():
            con.execute(statement)
    rows = con.execute("SELECT id, at, by, indicator_id, field, old, new, source FROM history").fetchall()
    con.executemany("UPDATE history SET uid = ? WHERE id = ?", [(history_key(row[1:]), row[0]) for row in rows])
    columns = ", ".join(_RESPONSE_DEFAULTS)
    states = []
    for row in con.execute(f"SELECT indicator_id, updated_at, updated_by, {columns} FROM response"):
        record = f"r:{row[0]}"
        for field, value in zip(_RESPONSE_DEFAULTS, row[3:]):
            if value != _RESPONSE_DEFAULTS[field]:
                states.append((record, field, legacy_version(record, field, value), row[1], row[2] or ""))
    from model.document.tracking import ACTION_FIELDS, LINKS

    links = dict(con.execute("SELECT action_id, group_concat(indicator_id, ',') FROM "
                             "(SELECT * FROM action_indicator ORDER BY indicator_id) GROUP BY action_id"))
    names = ", ".join(ACTION_FIELDS)
    for row in con.execute(f"SELECT id, uid, updated_at, updated_by, {names} FROM action WHERE revision > 0"):
        record = f"a:{row[1]}"
        values = dict(zip(ACTION_FIELDS, row[4:]), **{LINKS: links.get(row[0])})
        for field, value in values.items():
            states.append((record, field, legacy_version(record, field, value), row[2], row[3] or ""))
    con.executemany("INSERT INTO field_state (record, field, version, changed_at, changed_by) VALUES (?, ?, ?, ?, ?)",
                    states)


def _to_3(con: sqlite3.Connection) -> None:
    """The register of hazardous activities (empty); the Annex I edition is recorded when first used."""
    for statement in store.SCHEMA_V3_ADDED.split(";"):
        if statement.strip():
            con.execute(statement)


def _to_4(con: sqlite3.Connection) -> None:
    """The "carried over" status: the response table rebuilt with the wider CHECK, every row kept.

    The old table is renamed away first, so the new one is made by our exact CREATE statement (a renamed
    table's statement would be rewritten by SQLite, and the schema check compares the statements).
    """
    create = store.SCHEMA_V4[store.SCHEMA_V4.index("CREATE TABLE response ("):]
    create = create[:create.index(");") + 2]
    con.execute("ALTER TABLE response RENAME TO response_v3")
    con.execute(create.rstrip(";"))
    con.execute("INSERT INTO response SELECT * FROM response_v3")
    con.execute("DROP TABLE response_v3")


MIGRATIONS = {2: _to_2, 3: _to_3, 4: _to_4}  # the function that makes version N from version N - 1


def upgrade(path: Path, version: int, *, keep_backup: bool = True) -> Path | None:
    """Migrate the document at ``path`` from ``version`` to the current one; returns the backup made first.

    ``keep_backup`` False: for a temporary copy (of a file to merge), which is not the person's document.
    """
    try:
        con = store.connect(path)
    except sqlite3.Error as exc:
        raise DocumentError("damaged", file=str(path), detail=str(exc)) from None
    try:
        store.verify_structure(con, path, version)
        backup = _backup(path) if keep_backup else None
        con.execute("BEGIN IMMEDIATE")
        try:
            for target in range(version + 1, store.SCHEMA_VERSION + 1):
                MIGRATIONS[target](con)
            con.execute(f"PRAGMA user_version = {store.SCHEMA_VERSION}")
            con.execute("COMMIT")
        except BaseException:
            if con.in_transaction:
                con.execute("ROLLBACK")
            raise
    except sqlite3.Error as exc:
        raise store.write_error(exc, path) from None
    finally:
        con.close()
    return backup


def _backup(path: Path) -> Path:
    """A byte copy of the file as it was, in the document's backups folder (written, then renamed)."""
    from model.document import backup  # the backups module reads documents: imported only when needed
    from model.app import paths

    folder = paths.ensure(backup.backup_folder(backup.backup_key(path)))
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S.%fZ")
    target = folder / f"{stamp}--{backup._safe_stem(path)} (format {store.read_header(path)[1]}).teia"
    return fileio.atomic_write(target, lambda tmp: shutil.copyfile(path, tmp), prefix=".teia-backup-")
