"""Open a workbook that came from outside: bounded in size and compression, no DTD or entity, a row cap,
then parsed by openpyxl through defusedxml. Used by every workbook importer (the assessment, the register).

Any problem raises WorkbookError ("not_workbook", "too_large", "unsafe", "too_many_rows"); nothing is read
into the assessment before the whole file has passed.
"""

from __future__ import annotations

import zipfile
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from model.errors import WorkbookError
from model.formats.text import clean
from model.document.store import ensure_regular

if TYPE_CHECKING:  # openpyxl is imported when a workbook is opened, not at start-up
    from openpyxl import Workbook

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_MEMBERS = 400
MAX_MEMBER_BYTES = 60 * 1024 * 1024
MAX_TOTAL_BYTES = 150 * 1024 * 1024
MAX_RATIO = 150  # uncompressed / compressed, for members larger than RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
CHUNK = 256 * 1024


def check_zip(path: Path, name: str, max_rows: int) -> None:
    """Refuse zip bombs, XML entity tricks and huge sheets before any XML is parsed."""
    try:
        ensure_regular(path)  # /dev/zero or a pipe would be read forever
        size = path.stat().st_size
    except OSError as exc:
        raise WorkbookError("not_workbook", file=name, detail=exc.strerror or str(exc)) from None
    if size > MAX_FILE_BYTES:
        raise WorkbookError("too_large", file=name, detail=f"{size // 1048576} MB")
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise WorkbookError("not_workbook", file=name, detail=str(exc)) from None
    with archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise WorkbookError("too_large", file=name, detail=f"{len(members)} parts")
        total = 0
        for info in members:
            total += info.file_size
            if info.file_size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES:
                raise WorkbookError("too_large", file=name, detail=f"{info.filename} unpacks to {info.file_size} bytes")
            if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(1, info.compress_size):
                raise WorkbookError("too_large", file=name,
                                    detail=f"{info.filename} is compressed {info.file_size // max(1, info.compress_size)}:1")
        for info in members:
            if info.filename.endswith((".xml", ".rels", ".vml")):
                scan_xml(archive, info, name, max_rows)


def scan_xml(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, max_rows: int) -> None:
    """Read one XML part in chunks: no DTD or entity, no more bytes than declared, not too many rows."""
    rows = 0
    read = 0
    tail = b""
    is_sheet = info.filename.startswith("xl/worksheets/")
    try:
        with archive.open(info) as stream:
            while True:
                chunk = stream.read(CHUNK)
                if not chunk:
                    break
                read += len(chunk)
                if read > info.file_size or read > MAX_MEMBER_BYTES:
                    raise WorkbookError("too_large", file=name, detail=f"{info.filename} unpacks to more than declared")
                data = tail + chunk
                if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
                    raise WorkbookError("unsafe", file=name, detail=f"a DTD or entity in {info.filename}")
                if is_sheet:
                    rows += data.count(b"<row ") + data.count(b"<row>")
                    if rows > max_rows + 10:
                        raise WorkbookError("too_many_rows", file=name, sheet=info.filename, limit=max_rows)
                tail = data[-8:]
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
        raise WorkbookError("not_workbook", file=name, detail=f"{info.filename}: {exc}") from None



@contextmanager
def open_workbook(path: str | Path, max_rows: int) -> Iterator[Workbook]:
    """The openpyxl workbook (read-only, formulas as text, no external links) of a file that passed the checks;
    an error while it is read inside the ``with`` block becomes a WorkbookError too."""
    path = Path(path)
    name = path.name
    check_zip(path, name, max_rows)
    import openpyxl
    from openpyxl.xml import DEFUSEDXML

    if not DEFUSEDXML:  # openpyxl parses untrusted XML safely only through defusedxml
        raise WorkbookError("unsafe", file=name, detail="defusedxml is not installed")

    def refused(exc: BaseException) -> WorkbookError:
        # openpyxl wraps the parser's error; a defusedxml refusal anywhere in the chain means "unsafe"
        link: BaseException | None = exc
        while link is not None:
            if type(link).__module__.startswith("defusedxml"):
                return WorkbookError("unsafe", file=name, detail=f"{type(link).__name__}: {link}"[:300])
            link = link.__cause__ or link.__context__
        return WorkbookError("not_workbook", file=name, detail=f"{type(exc).__name__}: {exc}"[:300])

    try:
        # data_only=False: a formula comes back as its text ("=..."), never as a computed or missing value
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=False, keep_links=False)
    except WorkbookError:
        raise
    except Exception as exc:  # openpyxl and the XML parser raise many kinds for a damaged file
        raise refused(exc) from None
    try:
        yield workbook
    except WorkbookError:
        raise
    except Exception as exc:
        raise refused(exc) from None
    finally:
        workbook.close()


def cell_value(value: object) -> str:
    """A cell value as the text the exporter wrote (numbers and dates typed by a colleague included)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    # Not cut to a cell's size: a text that was too long comes back whole (model.formats.long_texts).
    return clean(str(value)).strip("\n") if not isinstance(value, str) else clean(value)
