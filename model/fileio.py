"""The one way a file is written: into a temporary file beside it, checked complete, flushed, then renamed.

Every writer (documents and their copies, backups, Word, Excel and PDF exports, settings, recovery markers)
goes through ``atomic_write``: a full disk, a pulled stick or a writer that fails half-way leaves the previous
file exactly as it was and raises a DocumentError; success is reported only for a complete file in place.
Also here: where an export may be written (``check_export_target``).
"""

from __future__ import annotations

import io
import os
import sqlite3
import stat
import zipfile
from pathlib import Path
from typing import Callable

from model.document import store
from model.errors import DocumentError

Writer = Callable[[Path], object]  # what it returns is not used (write_text returns a count)
Check = Callable[[Path], None]  # raises ValueError (or OSError) when the file is not complete


def atomic_write(target: str | Path, write: Writer, *, check: Check | None = None, replace: bool = True,
                 prefix: str = ".teia-", durable: bool = True) -> Path:
    """Let ``write`` fill a temporary file beside ``target``, ``check`` it, fsync it and rename it onto
    ``target`` (``replace=False``: only if ``target`` does not exist). Raises DocumentError; nothing is left
    behind on failure and an existing ``target`` is untouched.

    ``durable=False`` leaves out the two fsyncs: for a marker that only has to outlive a crash of this process
    (the rename is still atomic), written before the window's first paint and made durable with
    ``make_durable`` just after it. On a busy disk the fsyncs were most of the start's waiting (bench/startup.py,
    issue 19)."""
    target = Path(target)
    try:
        tmp = store.temp_file_beside(target, prefix, target.suffix or ".tmp")
    except DocumentError as error:  # e.g. the folder is gone (a removed stick): say so about this file
        raise _not_written(error, target) from None
    try:
        write(tmp)
        if check is not None:
            check(tmp)
        if durable:
            with open(tmp, "rb+") as handle:
                os.fsync(handle.fileno())
        if replace:
            os.replace(tmp, target)
        else:
            _place_without_overwriting(tmp, target)
        if durable:
            store.fsync_dir(target.parent if str(target.parent) else Path("."))
    except DocumentError:
        tmp.unlink(missing_ok=True)
        raise
    except ValueError as exc:  # the check: the writer reported success for an incomplete file
        tmp.unlink(missing_ok=True)
        raise DocumentError("not_written", file=str(target), detail=str(exc)) from None
    except PermissionError:
        # On Windows this is the usual case of an earlier export still open in Word or Excel.
        tmp.unlink(missing_ok=True)
        raise DocumentError("in_use", file=str(target)) from None
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        raise _not_written(store.write_error(exc, target), target, exc) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def make_durable(path: str | Path) -> bool:
    """fsync a file written with ``atomic_write(durable=False)`` and its folder; False when it is gone or cannot
    be flushed (it then stays as durable as the system makes it on its own)."""
    path = Path(path)
    try:
        with open(path, "rb+") as handle:
            os.fsync(handle.fileno())
    except OSError:
        return False
    store.fsync_dir(path.parent if str(path.parent) else Path("."))
    return True


def _not_written(error: DocumentError, target: Path, exc: BaseException | None = None) -> DocumentError:
    """"``target`` was not written: <the system's reason>", not the write failure of an assessment ("the
    change could not be saved") and without the temporary file's name, which means nothing to the reader."""
    if error.kind != "write_failed":
        return error  # read-only, locked, …: already said about ``target``
    exc = exc if exc is not None else error.__context__
    return DocumentError("not_written", file=str(target), detail=getattr(exc, "strerror", None) or str(exc))


def write_export(target: str | Path, write: Writer, check: Check) -> Path:
    """``atomic_write`` for an export (Word, Excel, PDF, the guide): never over an assessment or a device."""
    check_export_target(target, overwrite=True)  # whether to replace an existing export is asked before
    return atomic_write(target, write, check=check, prefix=".teia-export-")


def _place_without_overwriting(tmp: Path, target: Path) -> None:
    """Rename ``tmp`` to ``target`` only if ``target`` does not exist (a hard link is atomic about it)."""
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise DocumentError("exists", file=str(target)) from None
    except OSError:
        # File systems without hard links (FAT on USB sticks): check, then rename.
        if target.exists():
            raise DocumentError("exists", file=str(target)) from None
        os.replace(tmp, target)
        return
    tmp.unlink()


def saved_in_memory(save: Callable[[io.BytesIO], None]) -> bytes:
    """What a library's ``save(file)`` writes, built in memory. python-docx and openpyxl leave their zip open
    when the disk fills, and Python closes it again while collecting it, printing "Exception ignored ...
    Traceback" after the error line; in memory nothing can fail half-way, and the write is one call."""
    buffer = io.BytesIO()
    save(buffer)
    return buffer.getvalue()


# ------------------------------------------------------------------------------------- completeness checks
def check_pdf(path: Path) -> None:
    """A PDF that Qt finished: the header, then the cross-reference trailer and %%EOF at the end."""
    size = path.stat().st_size
    with open(path, "rb") as handle:
        head = handle.read(8)
        handle.seek(max(0, size - 2048))
        tail = handle.read()
    if not head.startswith(b"%PDF-") or b"%%EOF" not in tail or b"startxref" not in tail:
        raise ValueError(f"the PDF is incomplete ({size} bytes, no trailer)")


def write_package(target: str | Path, save: Callable[[io.BytesIO], None], reopen: Callable[[Path], object]) -> Path:
    """``write_export`` for a Word or Excel file: ``save`` (a library's ``save(file)``) builds it in memory
    (``saved_in_memory``), the temporary file gets those bytes, and ``package_check`` reads them back."""
    made: list[bytes] = []

    def write(tmp: Path) -> None:
        made.append(saved_in_memory(save))
        tmp.write_bytes(made[-1])

    return write_export(target, write, lambda tmp: package_check(tmp, made[-1], reopen))


def package_check(path: Path, made: bytes, reopen: Callable[[Path], object]) -> None:
    """That the Word or Excel file at ``path`` is whole: the bytes the library ``made``, all of them and
    unchanged (read back from the file), a zip whose directory opens, and one ``reopen`` can read (the library
    opening the package as a program reading it does). Raises ValueError.

    The comparison is what catches a write cut short or damaged on its way to the disk; inflating every part
    again (zipfile's testzip) would only check the zip library's own sums of those same bytes."""
    written = path.read_bytes()
    if written != made:
        same = next((i for i, (a, b) in enumerate(zip(written, made)) if a != b), min(len(written), len(made)))
        raise ValueError(f"the file holds {len(written)} bytes of the {len(made)} written, the same up to byte {same}")
    try:
        with zipfile.ZipFile(path) as archive:
            if not archive.namelist():
                raise ValueError("an empty zip file")
    except (zipfile.BadZipFile, EOFError) as exc:
        raise ValueError(f"not a complete zip file ({exc})") from None
    try:
        reopen(path)
    except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
        raise ValueError(f"it cannot be read back ({exc})") from None


def check_teia(path: Path) -> None:
    """A complete SQLite file that passes its integrity check (copies and backups of a document)."""
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        result = [row[0] for row in con.execute("PRAGMA integrity_check(5)")]
    except sqlite3.DatabaseError as exc:
        raise ValueError(f"the copy is damaged ({exc})") from None
    finally:
        con.close()
    if result != ["ok"]:
        raise ValueError(f"the copy is damaged ({'; '.join(map(str, result))})")


# ------------------------------------------------------------------------------------------ where to write
def _is_assessment(path: Path) -> bool:
    try:
        return store.read_header(path)[0] == store.APPLICATION_ID
    except DocumentError:
        return False


def check_export_target(target: str | Path, *, sources: tuple[str | Path, ...] = (), overwrite: bool = False) -> Path:
    """Refuse an export over the document it comes from, over any assessment, over what is not a regular file
    (a device, a folder, a pipe) and, unless ``overwrite``, over an existing file. Returns the path."""
    target = Path(target)
    try:
        info = os.stat(target)
    except FileNotFoundError:
        return target
    except OSError as exc:
        raise DocumentError("not_written", file=str(target), detail=exc.strerror or str(exc)) from None
    for source in sources:
        try:
            if os.path.samefile(source, target):
                raise DocumentError("over_document", file=str(target))
        except OSError:
            continue
    if not stat.S_ISREG(info.st_mode):
        raise DocumentError("not_regular_target", file=str(target))
    if _is_assessment(target):
        raise DocumentError("over_document", file=str(target))
    if not overwrite:
        raise DocumentError("exists", file=str(target))
    return target


__all__ = ["atomic_write", "write_export", "write_package", "saved_in_memory", "check_pdf", "package_check",
           "check_teia", "check_export_target"]
