"""Automatic backups: a copy of each document when it is opened, the last ten kept, restored into a new file.

Backups live in ``paths.backup_dir()/<document id>/`` (the id stays with the document when it is renamed
or moved); each is a complete .teia written with SQLite's backup API, named by the time it was taken (UTC)
and the file it came from. A backup identical to the newest one is not written again, so opening a file
many times without changing it does not push its older versions out.
"""

from __future__ import annotations

import filecmp
import hashlib
import logging
import re
import shutil
import sqlite3
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from model import fileio
from model.app import paths
from model.document import store
from model.document.assessment import EXTENSION, Assessment
from model.errors import DocumentError

KEEP = 10
LOGGER = "teia"
_STAMP_FORMAT = "%Y%m%dT%H%M%S.%fZ"
_NAME = re.compile(r"^(?P<stamp>\d{8}T\d{6}\.\d{6}Z)(?:-(?P<n>\d+))?--(?P<source>.*)\.teia$")
_DOCUMENT_ID = re.compile(r"^[0-9a-fA-F-]{8,64}$")


@dataclass(frozen=True)
class Backup:
    path: Path
    created: datetime  # UTC, timezone-aware
    size: int
    source_name: str  # the file name of the document it was taken from

    @property
    def key(self) -> str:
        return self.path.parent.name


def backup_key(source: Assessment | str | Path) -> str:
    """The folder name for a document's backups: its document id, or a hash of its path if it has none."""
    if isinstance(source, Assessment):
        document_id = str(source.meta().get("document_id") or "")
        path = source.path
    else:
        path = Path(source)
        document_id = _read_document_id(path)
    if _DOCUMENT_ID.match(document_id):
        return document_id.lower()
    return "path-" + hashlib.sha256(str(path.resolve()).encode("utf-8")).hexdigest()[:32]


def _read_document_id(path: Path) -> str:
    try:
        with Assessment.open(path, readonly=True) as doc:
            return str(doc.meta().get("document_id") or "")
    except DocumentError:
        return ""


def backup_folder(key: str) -> Path:
    if not re.match(r"^[\w-]+$", key):
        raise ValueError(f"not a backup key: {key!r}")
    return paths.backup_dir() / key


def _safe_stem(path: Path) -> str:
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", path.stem).strip(" .")
    return stem[:80] or "document"


def make_backup(doc: Assessment, *, keep: int = KEEP) -> Backup:
    """Back up an open document now and drop the oldest backups beyond ``keep``; raises DocumentError."""
    return _make_backup(doc.copy_into, doc.path, backup_key(doc), keep)


def start_backup(doc: Assessment, *, keep: int = KEEP) -> "BackupTask":
    """Back up an open, writable document in a thread of its own (the window, on opening: the copy and its
    integrity check then run on the other core while the document is shown). The copy is of the file as it
    is when this returns: a read transaction on a connection of the task's own is taken here, and the
    document's writes and its closing wait for the task (Assessment.wait_for), since no commit can be made
    while another connection reads. Raises DocumentError when that connection cannot be had; what the task
    meets later is logged (as a failed backup on opening always was) and kept in ``error``."""
    if doc.readonly:
        raise ValueError("a read-only document is backed up with make_backup")
    task = BackupTask(doc, keep)
    try:
        task.start()
    except BaseException:
        task.discard()
        raise
    doc.wait_for(task)
    return task


class BackupTask(threading.Thread):
    """start_backup's thread: ``made`` is the backup (or the newest one, when nothing changed since)."""

    def __init__(self, doc: Assessment, keep: int) -> None:
        super().__init__(name="teia-backup", daemon=True)
        self.path, self.keep = doc.path, keep
        self.key = backup_key(doc)  # read here, on the document's own connection
        self.made: Backup | None = None
        self.error: BaseException | None = None
        try:
            self._source = store.connect(doc.path, readonly=True)
        except sqlite3.Error as exc:
            raise store.write_error(exc, doc.path) from None
        try:
            self._source.execute("BEGIN")
            self._source.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()  # the read lock: the file as now
        except sqlite3.Error as exc:
            self._source.close()
            raise store.write_error(exc, doc.path) from None

    def discard(self) -> None:
        """The thread could not be started: its read transaction is ended."""
        self._source.close()

    def _copy_into(self, tmp: Path) -> None:
        target = sqlite3.connect(tmp)
        try:
            self._source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()

    def run(self) -> None:
        try:
            self.made = _make_backup(self._copy_into, self.path, self.key, self.keep)
        except (DocumentError, OSError, sqlite3.Error) as exc:
            self.error = exc
            logging.getLogger(LOGGER).warning("no backup of %s: %s", self.path, exc)
        finally:
            self._source.close()  # ends the read transaction: the document's writes may go on


def _make_backup(copy_into: Callable[[Path], None], source: Path, key: str, keep: int) -> Backup:
    folder = backup_folder(key)
    try:
        paths.ensure(folder)
    except OSError as exc:
        raise store.write_error(exc, folder) from None
    stamp = datetime.now(timezone.utc)
    name = f"{stamp.strftime(_STAMP_FORMAT)}--{_safe_stem(source)}{EXTENSION}"
    target = folder / name
    counter = 1
    while target.exists():
        target = folder / f"{stamp.strftime(_STAMP_FORMAT)}-{counter}--{_safe_stem(source)}{EXTENSION}"
        counter += 1
    fileio.atomic_write(target, copy_into, check=fileio.check_teia, prefix=".teia-copy-")
    existing = [b for b in list_backups_for_key(folder.name) if b.path != target]
    if existing and existing[0].size == target.stat().st_size and filecmp.cmp(existing[0].path, target, shallow=False):
        # Nothing changed since the newest backup: keep that one, so older versions are not rotated out.
        target.unlink()
        return existing[0]
    for old in list_backups_for_key(folder.name)[keep:]:
        try:
            old.path.unlink()
        except OSError:
            pass  # a backup that cannot be removed now is tried again next time
    return _backup(target)


def _stamp_time(stamp: str) -> datetime:
    """The moment of a name's stamp (_STAMP_FORMAT, digits checked by _NAME); not strptime, whose first call
    compiles a dozen regular expressions, in the backup thread, while the window paints the document."""
    return datetime(int(stamp[0:4]), int(stamp[4:6]), int(stamp[6:8]), int(stamp[9:11]), int(stamp[11:13]),
                    int(stamp[13:15]), int(stamp[16:22]), tzinfo=timezone.utc)


def _backup(path: Path) -> Backup:
    match = _NAME.match(path.name)
    if match is None:
        raise ValueError(f"not a backup: {path}")
    created = _stamp_time(match["stamp"])
    return Backup(path=path, created=created, size=path.stat().st_size, source_name=match["source"] + EXTENSION)


def list_backups_for_key(key: str) -> list[Backup]:
    """Backups in one backup folder, newest first."""
    folder = backup_folder(key)
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        if _NAME.match(entry.name) and entry.is_file():
            try:
                found.append(_backup(entry))
            except OSError:
                continue  # removed while we looked
    return sorted(found, key=lambda b: (b.created, b.path.name), reverse=True)


def list_backups(source: Assessment | str | Path) -> list[Backup]:
    """The backups of a document (open, or a path to it), newest first, with time and size (of an open one,
    once the backup its opening started is written)."""
    if isinstance(source, Assessment):
        source.wait_for_readers()
    return list_backups_for_key(backup_key(source))


def backups_named(document: str | Path) -> list[Backup]:
    """Backups taken of a file with this name, newest first: for a document no longer there to read its id."""
    source_name = _safe_stem(Path(document)) + EXTENSION
    try:
        folders = [entry.name for entry in paths.backup_dir().iterdir() if entry.is_dir()]
    except OSError:
        return []
    found = []
    for key in folders:
        try:
            found += [b for b in list_backups_for_key(key) if b.source_name == source_name]
        except ValueError:  # a folder that is not one of ours
            continue
    return sorted(found, key=lambda b: (b.created, b.path.name), reverse=True)


def restore_backup(backup: Backup | str | Path, new_path: str | Path) -> Path:
    """Copy a backup into a NEW file (never over an existing one) after checking that it opens; returns it."""
    source = backup.path if isinstance(backup, Backup) else Path(backup)
    new_path = Path(new_path)
    if new_path.exists():
        raise DocumentError("exists", file=str(new_path))
    with Assessment.open(source, readonly=True) as doc:
        if doc.integrity_check() != ["ok"]:
            raise DocumentError("damaged", file=str(source), detail="integrity check failed")
    return fileio.atomic_write(new_path, lambda tmp: shutil.copyfile(source, tmp), check=fileio.check_teia,
                               replace=False, prefix=".teia-restore-")


__all__ = ["Backup", "KEEP", "backup_key", "backup_folder", "make_backup", "list_backups", "list_backups_for_key",
           "restore_backup"]
