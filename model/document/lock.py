"""The single-writer lock of a document: a lock file beside it, held for as long as the document is open.

SQLite's own locks cannot give this guarantee on Linux: they are POSIX record locks, which belong to the
process and the file, so closing *any* descriptor of the document in the process (a file dialog sniffing
its type, ``open(path).read()``) drops them silently. The lock here is taken on a separate file that nobody
else opens, with ``flock`` (POSIX: belongs to the open file description, not dropped by other closes) or
``msvcrt.locking`` (Windows: a byte-range lock of our handle). The operating system releases it when the
process dies, so a lock file left by a crash is simply taken over. The file holds who holds the lock
(name, computer, time, window or command line) for the refusal message.
"""

from __future__ import annotations

import errno
import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from model.errors import DocumentError
from model.timeutil import now_iso

# Windows locks are mandatory: other processes could not read the owner's details from a locked byte, so
# the byte locked lies far beyond them.
_WINDOWS_LOCK_OFFSET = 1 << 30
_MAX_INFO_BYTES = 4096
# A command-line verb holds a document for a fraction of a second: wait that long before saying "busy".
COMMAND_WAIT_SECONDS = 3.0
_POLL_SECONDS = 0.05


def lock_path(document: Path) -> Path:
    return document.with_name(f".~lock.{document.name}#")


@dataclass(frozen=True)
class Holder:
    user: str
    host: str
    since: str
    pid: int
    program: str  # "window" or "command"

    @classmethod
    def parse(cls, raw: bytes) -> "Holder | None":
        try:
            data = json.loads(raw.decode("utf-8"))
            holder = cls(str(data["user"])[:100], str(data["host"])[:100], str(data["since"])[:40],
                         int(data["pid"]), str(data["program"])[:20])
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, RecursionError):
            return None
        return holder


class _Busy(Exception):
    """The lock is held by another open file (another process, or another document object here)."""


def _try_lock_posix(fd: int) -> None:
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise _Busy from None
    except OSError as exc:
        # A file system without flock (some network shares): SQLite's own locks are all there is there.
        if exc.errno not in (errno.ENOLCK, errno.EOPNOTSUPP):
            raise


def _try_lock_windows(fd: int) -> None:
    import msvcrt

    os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
    try:
        # msvcrt's stubs declare its names for win32 only; this runs there (and in a test with msvcrt imitated)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
    except OSError:
        raise _Busy from None
    finally:
        os.lseek(fd, 0, os.SEEK_SET)


def _unlock_windows(fd: int) -> None:
    import msvcrt

    os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
    try:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]  # win32-only stubs, as above
    except OSError:
        pass


def _windows() -> bool:
    return sys.platform.startswith("win")


def host_name() -> str:
    """This computer's name, shown to others in a refusal. POSIX reads it from uname (what socket.gethostname
    returns there) without importing socket, which costs about 4 ms of the start."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


class DocumentLock:
    """Held while a document is open for writing; ``acquire`` refuses with DocumentError("locked"/"busy")."""

    def __init__(self, document: Path, fd: int, path: Path) -> None:
        self.document = document
        self.path = path
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, document: Path, *, user: str, program: str = "command",
                wait: float | None = None) -> "DocumentLock":
        """Take the lock; a lock held by a command-line verb is waited for (``wait`` seconds) first."""
        path = lock_path(document)
        deadline = time.monotonic() + (COMMAND_WAIT_SECONDS if wait is None else wait)
        while True:
            try:
                fd = cls._open_locked(path)
            except _Busy:
                holder = read_holder(document)
                if (holder is None or holder.program != "window") and time.monotonic() < deadline:
                    time.sleep(_POLL_SECONDS)
                    continue
                raise refusal(document, holder) from None
            except OSError as exc:
                from model.document.store import write_error

                raise write_error(exc, document) from None
            lock = cls(document, fd, path)
            lock._write_holder(Holder(user, host_name(), now_iso(), os.getpid(), program))
            return lock

    @staticmethod
    def _open_locked(path: Path) -> int:
        while True:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o666)
            try:
                (_try_lock_windows if _windows() else _try_lock_posix)(fd)
            except BaseException:
                os.close(fd)
                raise
            if _windows():
                return fd
            # The previous holder may have removed the file between our open and our lock: a lock on a file
            # no longer at ``path`` keeps nobody out, so take it again on the file that is there now.
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(path))
            except OSError:
                same = False
            if same:
                return fd
            os.close(fd)

    def _write_holder(self, holder: Holder) -> None:
        if self._fd is None:
            return  # released: set_user after release() must not raise TypeError from os.lseek(None)
        raw = json.dumps(holder.__dict__, ensure_ascii=False).encode("utf-8")
        try:
            os.lseek(self._fd, 0, os.SEEK_SET)
            os.ftruncate(self._fd, 0)
            os.write(self._fd, raw)
        except OSError:
            pass  # the details are a courtesy; the lock itself is held

    def set_user(self, user: str, program: str | None = None) -> None:
        """Show another name (the window's user setting) in the refusal others see."""
        old = read_holder(self.document)
        self._write_holder(Holder(user, host_name(), old.since if old else now_iso(), os.getpid(),
                                  program or (old.program if old else "command")))

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if _windows():
            _unlock_windows(fd)
            os.close(fd)
            try:
                self.path.unlink()
            except OSError:
                pass  # opened by someone else meanwhile: they take it over
            return
        try:
            # Removed while still locked, so nobody can take a lock on this file after we let go of it.
            self.path.unlink()
        except OSError:
            pass
        os.close(fd)


def read_holder(document: Path) -> Holder | None:
    try:
        with open(lock_path(document), "rb") as handle:
            return Holder.parse(handle.read(_MAX_INFO_BYTES))
    except OSError:
        return None


def is_held(document: Path) -> bool:
    """Whether a writer holds ``document`` now (without creating or changing anything)."""
    try:
        fd = os.open(lock_path(document), os.O_RDWR | getattr(os, "O_BINARY", 0))
    except OSError:
        return False
    try:
        (_try_lock_windows if _windows() else _try_lock_posix)(fd)
    except _Busy:
        return True
    except OSError:
        return False
    else:
        if _windows():
            _unlock_windows(fd)
        return False
    finally:
        os.close(fd)


def refusal(document: Path, holder: Holder | None) -> DocumentError:
    if holder is None:
        return DocumentError("locked", file=str(document))
    if holder.program != "window":
        return DocumentError("busy", file=str(document), user=holder.user, host=holder.host)
    return DocumentError("locked_by", file=str(document), user=holder.user or "?", host=holder.host or "?",
                         since=holder.since.replace("T", " ").replace("Z", " UTC"))


__all__ = ["DocumentLock", "Holder", "lock_path", "read_holder", "is_held", "COMMAND_WAIT_SECONDS"]
