"""The files SQLite keeps beside a document (a rollback journal, a WAL): used only when they are its own.

SQLite plays back any hot journal named ``<file>-journal`` into the file it finds beside, so a journal
copied from another document (or renamed by hand) would overwrite this one with that one's pages. Before
SQLite sees the file, the journal is checked: its header must match the document's page size, and a trial
playback on private copies (in a temporary folder) must give back this same document (the same
``document_id``; every write of ours journals the meta page, so a foreign journal brings the other one's).
Read-only opens never write: when the file needs a playback or holds a WAL, they read a private copy.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path

from model.errors import DocumentError

JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
LOGGER = "teia"


def journal_of(path: Path) -> Path:
    return Path(f"{path}-journal")


def wal_of(path: Path) -> Path:
    return Path(f"{path}-wal")


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def has_hot_journal(path: Path) -> bool:
    """A journal SQLite would play back: present, not empty, and not zeroed (a finished PERSIST journal)."""
    journal = journal_of(path)
    if _size(journal) == 0:
        return False
    try:
        with open(journal, "rb") as handle:
            first = handle.read(1)
    except OSError:
        return False
    return first not in (b"", b"\x00")


def page_size(header: bytes) -> int:
    value = struct.unpack(">H", header[16:18])[0]
    return 65536 if value == 1 else value


def uses_wal(header: bytes) -> bool:
    return len(header) >= 20 and (header[18] == 2 or header[19] == 2)


@dataclass
class PrivateCopy:
    """A copy of the document (with its side file) in a temporary folder, after SQLite finished it there."""

    folder: Path
    path: Path

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def private_copy(path: Path, side: Path | None) -> PrivateCopy:
    """Copy ``path`` and its side file (journal or WAL) to a temporary folder and let SQLite settle them there."""
    folder = Path(tempfile.mkdtemp(prefix="teia-read-"))
    copy = folder / "document.teia"
    try:
        shutil.copyfile(path, copy)
        if side is not None:
            suffix = "-journal" if str(side).endswith("-journal") else "-wal"
            shutil.copyfile(side, Path(f"{copy}{suffix}"))
        con = sqlite3.connect(copy, isolation_level=None)
        try:
            con.execute("PRAGMA trusted_schema = OFF")
            con.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()  # plays back the journal / reads the WAL
            con.execute("PRAGMA journal_mode = DELETE")  # folds a WAL into the copy
        finally:
            con.close()
    except (OSError, sqlite3.Error) as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise DocumentError("damaged", file=str(path), detail=f"could not read it beside its journal ({exc})") from None
    return PrivateCopy(folder, copy)


def _document_id(path: Path, *, immutable: bool) -> str | None:
    uri = path.resolve().as_uri() + "?mode=ro" + ("&immutable=1" if immutable else "")
    try:
        con = sqlite3.connect(uri, uri=True, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        con.execute("PRAGMA trusted_schema = OFF")
        row = con.execute("SELECT value FROM meta WHERE key = 'document_id'").fetchone()
        return row[0] if row and isinstance(row[0], str) else None
    except (sqlite3.Error, UnicodeDecodeError):
        return None
    finally:
        con.close()


def journaled_pages(journal: Path, page_bytes: int) -> dict[int, int]:
    """The pages a journal would put back (its synced records, every segment): number -> offset of the image."""
    pages: dict[int, int] = {}
    size = _size(journal)
    with open(journal, "rb") as handle:
        offset = 0
        while offset + 28 <= size:
            handle.seek(offset)
            head = handle.read(28)
            if head[:8] != JOURNAL_MAGIC:
                break
            records, _nonce, _original, sector, page = struct.unpack(">IIIII", head[8:28])
            if page != page_bytes or sector < 32 or sector > 65536:
                break
            offset += sector
            if records == 0xFFFFFFFF:  # a journal that was never synced: as many records as fit
                records = (size - offset) // (page + 8)
            for _ in range(records):
                if offset + page + 8 > size:
                    return pages
                handle.seek(offset)
                pages.setdefault(struct.unpack(">I", handle.read(4))[0], offset + 4)
                offset += page + 8
            offset = -(-offset // sector) * sector  # the next segment starts on a sector boundary
    return pages


def _meta_page(path: Path) -> int | None:
    """The page of the meta table (it fits on one), read without the journal."""
    try:
        con = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        row = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'meta'").fetchone()
        return row[0] if row and isinstance(row[0], int) else None
    except sqlite3.Error:
        return None
    finally:
        con.close()


def check_journal(path: Path, header: bytes) -> PrivateCopy | None:
    """With no hot journal: None. With this document's own: the played-back private copy.

    Every write of ours changes the meta row 'updated' first, so a journal left by our crash holds the meta
    page, with the document_id, among the pages it puts back. A journal is this document's only if it does
    and that id is ours; anything else raises DocumentError("foreign_journal") and nothing is changed.
    """
    if not has_hot_journal(path):
        return None
    journal = journal_of(path)
    try:
        with open(journal, "rb") as handle:
            head = handle.read(28)
        if len(head) < 28 or head[:8] != JOURNAL_MAGIC:
            return None  # an unfinished header: SQLite ignores such a journal (nothing was written to the file)
        journal_page = struct.unpack(">I", head[24:28])[0]
        if journal_page != page_size(header):
            raise _foreign(path, f"page size {journal_page}, the document's is {page_size(header)}")
        pages = journaled_pages(journal, journal_page)
    except OSError as exc:
        raise DocumentError("damaged", file=str(path), detail=f"its journal cannot be read ({exc})") from None
    if not pages:
        return None  # nothing synced, so nothing was written to the file: SQLite only removes the journal
    if 1 in pages:
        with open(journal, "rb") as handle:
            handle.seek(pages[1])
            _check_first_page(path, handle.read(100), header)
    copy = private_copy(path, journal)
    meta = _meta_page(path)
    if meta is None or meta in pages:
        # The journal puts back the meta page (always so for our own writes): it must hold our document_id.
        ours, played = _document_id(path, immutable=True), _document_id(copy.path, immutable=False)
        if played is None or (ours is not None and played != ours):
            copy.remove()
            raise _foreign(path, "it belongs to another document")
    return copy


def _check_first_page(path: Path, before: bytes, header: bytes) -> None:
    """The journal's copy of page 1 must be this file's header as it was before the interrupted transaction.

    Only a few fields change in a transaction (change counter, size, free list, schema cookie, the version
    that wrote it); the rest (page size, format, encoding, application id, user version) must be equal, and
    the change counter equal or one less (SQLite adds one when it writes page 1).
    """
    if any(before[a:b] != header[a:b] for a, b in ((0, 24), (44, 92))):
        raise _foreign(path, "its copy of the first page is not this file's")
    then, now = (struct.unpack(">I", h[24:28])[0] for h in (before, header))
    if now not in (then, (then + 1) & 0xFFFFFFFF):
        raise _foreign(path, f"it was made at change {then}, the file is at change {now}")


def _foreign(path: Path, reason: str) -> DocumentError:
    logging.getLogger(LOGGER).warning("foreign journal beside %s: %s", path, reason)
    return DocumentError("foreign_journal", file=str(path), journal=str(journal_of(path)))


def move_aside(path: Path) -> Path:
    """Rename a foreign journal out of SQLite's way (kept, never deleted); the new name."""
    journal = journal_of(path)
    for number in range(1, 1000):
        target = journal.with_name(f"{journal.name}.foreign-{number}")
        if not target.exists():
            journal.rename(target)
            return target
    raise DocumentError("foreign_journal", file=str(path), journal=str(journal))


__all__ = ["check_journal", "private_copy", "move_aside", "has_hot_journal", "uses_wal", "journal_of", "wal_of",
           "PrivateCopy"]
