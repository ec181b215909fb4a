"""Crash recovery state: a marker per running instance, removed on a clean exit, found again after a crash.

While the application runs, ``data_dir()/sessions/<pid>.json`` says which document is open and since when.
A clean exit removes it. At the next start, a marker whose process is gone means that run did not end
normally: ``pending_recovery()`` returns the document and its backups so the window can offer them. The
marker stays until the person has answered (``dismiss``), so the question is never skipped silently.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from model import fileio
from model.app import paths
from model.document.backup import Backup, backup_key, list_backups, list_backups_for_key
from model.document.assessment import Assessment
from model.errors import DocumentError
from model.timeutil import now_iso, parse_iso

FOLDER = "sessions"


@dataclass(frozen=True)
class Recovery:
    """A run that did not exit cleanly."""

    marker: Path
    pid: int
    started: datetime
    last_activity: datetime  # the later of the last marker update and the document's last write
    document: Path | None
    backups: list[Backup] = field(default_factory=list)

    @property
    def document_exists(self) -> bool:
        return self.document is not None and self.document.is_file()


def sessions_dir() -> Path:
    return paths.data_dir() / FOLDER


def marker_path(pid: int | None = None) -> Path:
    return sessions_dir() / f"{os.getpid() if pid is None else pid}.json"


def _write_marker(data: dict[str, Any], durable: bool = True) -> Path:
    target = marker_path()
    paths.ensure(sessions_dir())
    text = json.dumps(data, ensure_ascii=False)
    return fileio.atomic_write(target, lambda tmp: tmp.write_text(text, encoding="utf-8"), prefix=".session-",
                               durable=durable)


def _read_marker(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _write_marker_or_none(data: dict[str, Any], durable: bool = True) -> Path | None:
    """The marker written, or None when the profile folder cannot be written (full disk, read-only): crash
    recovery is then unavailable, but the application must start and keep working."""
    try:
        return _write_marker(data, durable)
    except (OSError, DocumentError) as exc:  # the one writer reports a full disk as DocumentError
        logging.getLogger("teia").warning("no session marker in %s: %s", sessions_dir(), exc)
        return None


def begin(document: Assessment | str | Path | None = None, *, durable: bool = True) -> Path | None:
    """Record that this process is running (with ``document`` open, if any); call at start-up.

    None when the profile folder cannot be written (the window then says so). The window writes it with
    ``durable=False`` before its first paint and calls ``make_durable`` after it: nothing can have been typed
    before, so nothing is lost if a power cut takes the marker with it."""
    stamp = now_iso()
    data = {"state": "running", "pid": os.getpid(), "started": stamp, "updated": stamp, "document": None,
            "backup_key": None}
    data.update(_document_fields(document))
    return _write_marker_or_none(data, durable)


def make_durable() -> None:
    """fsync this process's marker (written by ``begin(durable=False)``)."""
    fileio.make_durable(marker_path())


def set_document(document: Assessment | str | Path | None) -> Path | None:
    """Record which document this process now has open (or none); keeps the start time."""
    current = _read_marker(marker_path()) or {}
    stamp = now_iso()
    data = {"state": "running", "pid": os.getpid(), "started": current.get("started") or stamp, "updated": stamp}
    data.update(_document_fields(document))
    return _write_marker_or_none(data)


def _document_fields(document: Assessment | str | Path | None) -> dict[str, Any]:
    if document is None:
        return {"document": None, "backup_key": None}
    if isinstance(document, Assessment):
        return {"document": str(document.path.resolve()), "backup_key": backup_key(document)}
    return {"document": str(Path(document).resolve()), "backup_key": None}


def end() -> None:
    """A clean exit: remove this process's marker."""
    marker_path().unlink(missing_ok=True)


def process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        try:
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        finally:
            kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    return True


def pending_recoveries() -> list[Recovery]:
    """Runs that did not exit cleanly (their process is gone), newest first."""
    found = []
    try:
        markers = sorted(sessions_dir().glob("*.json"))
    except OSError:
        return []
    for marker in markers:
        data = _read_marker(marker)
        if data is None:
            # An unreadable marker still means a run did not end cleanly; it names no document.
            data = {"pid": _pid_from_name(marker)}
        pid = _int(data.get("pid"), _pid_from_name(marker))
        if process_alive(pid):
            continue
        found.append(_recovery(marker, pid, data))
    return sorted(found, key=lambda r: r.last_activity, reverse=True)


def pending_recovery() -> Recovery | None:
    """The most recent run that did not exit cleanly, with its document and backups; None if all was well."""
    found = pending_recoveries()
    return found[0] if found else None


def dismiss(recovery: Recovery) -> None:
    """The person has answered the recovery question: forget that run."""
    recovery.marker.unlink(missing_ok=True)


def _recovery(marker: Path, pid: int, data: dict[str, Any]) -> Recovery:
    try:
        fallback = datetime.fromtimestamp(marker.stat().st_mtime, timezone.utc)
    except OSError:
        fallback = datetime.now(timezone.utc)
    started = parse_iso(str(data.get("started") or "")) or fallback
    updated = parse_iso(str(data.get("updated") or "")) or started
    document = Path(data["document"]) if isinstance(data.get("document"), str) and data["document"] else None
    last = updated
    backups: list[Backup] = []
    if document is not None:
        try:
            last = max(last, datetime.fromtimestamp(document.stat().st_mtime, timezone.utc))
        except OSError:
            pass
        key = data.get("backup_key")
        try:
            backups = list_backups_for_key(key) if isinstance(key, str) and key else list_backups(document)
        except ValueError:
            backups = list_backups(document)
    return Recovery(marker=marker, pid=pid, started=started, last_activity=last, document=document,
                    backups=backups)


def _pid_from_name(marker: Path) -> int:
    return _int(marker.stem, 0)


def _int(value: object, default: int) -> int:
    if not isinstance(value, (str, int, float)):
        return default
    try:
        return int(value)
    except (ValueError, OverflowError):  # "abc", NaN; Infinity (json.loads reads it) overflows
        return default


__all__ = ["Recovery", "begin", "set_document", "end", "pending_recovery", "pending_recoveries", "dismiss",
           "process_alive", "sessions_dir"]
