"""Files that are not files, side files that are not the document's, and the command line's edges: nothing
blocks, nothing is written by a read-only verb, no traceback."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from model.catalogue import load_catalogue
from model.document.assessment import Assessment
from model.errors import CatalogueError, DocumentError, WorkbookError

ROOT = Path(__file__).resolve().parents[2]
posix_only = pytest.mark.skipif(os.name != "posix", reason="FIFOs, /dev/zero and undecodable argv are POSIX")


def _run(*args: str | bytes, stdin=None, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, timeout=60,
                          cwd=ROOT, stdin=stdin, **kwargs)


@posix_only
def test_a_fifo_is_refused_at_once_as_document_catalogue_and_workbook(tmp_path, small_catalogue):
    fifo_doc, fifo_cat, fifo_book = tmp_path / "x.teia", tmp_path / "cat.json", tmp_path / "book.xlsx"
    for fifo in (fifo_doc, fifo_cat, fifo_book):
        os.mkfifo(fifo)
    with pytest.raises(DocumentError) as refused:
        Assessment.open(fifo_doc, readonly=True)
    assert refused.value.kind == "not_regular"
    with pytest.raises(CatalogueError):
        load_catalogue(fifo_cat)
    checked = _run("check", str(fifo_doc))  # the timeout above fails the test if anything waits for a writer
    assert checked.returncode == 1 and b"not a regular file" in checked.stderr
    assert _run("demo", str(tmp_path / "d.teia"), "--catalogue", str(fifo_cat)).returncode == 1
    real = tmp_path / "real.teia"
    Assessment.create(real, small_catalogue).close()
    for workbook in (fifo_book, "/dev/zero"):
        imported = _run("import", str(real), str(workbook))
        assert imported.returncode == 1 and b"Traceback" not in imported.stderr
    from model.formats import xlsx_import as xlsx

    with Assessment.open(real, readonly=True) as doc, pytest.raises(WorkbookError):
        xlsx.read(doc, Path("/dev/zero"))


@posix_only
def test_demo_does_not_replace_a_device_or_a_pipe(tmp_path):
    fifo = tmp_path / "pipe.teia"
    os.mkfifo(fifo)
    made = _run("demo", str(fifo), "--force")
    assert made.returncode == 1 and b"not a regular file" in made.stderr
    assert fifo.is_fifo()


@posix_only
def test_a_user_name_that_is_not_utf8_is_stored_replaced(tmp_path):
    path = tmp_path / "d.teia"
    assert _run("demo", str(path)).returncode == 0
    result = _run(b"set", str(path).encode(), b"1.1", b"--gaps", b"g", b"--user", b"\xff\xfeName")
    assert result.returncode == 0, result.stderr
    with Assessment.open(path, readonly=True) as doc:
        assert doc.history("1.1")[0].by == "\ufffd\ufffdName"


@posix_only
def test_check_into_a_closed_pipe_says_nothing_more(tmp_path):
    path = tmp_path / "d.teia"
    assert _run("demo", str(path)).returncode == 0
    reader = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "check", str(path), "--json"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    reader.stdout.readline()
    reader.stdout.close()  # like `| head -1`
    stderr = reader.stderr.read()
    reader.stderr.close()
    reader.wait(timeout=60)
    assert b"Traceback" not in stderr and b"Exception ignored" not in stderr, stderr


def _wal_document(path: Path, small_catalogue) -> None:
    with Assessment.create(path, small_catalogue) as doc:
        doc.update_response("1.1", description="до")
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA wal_autocheckpoint = 0")
    con.execute("UPDATE response SET description = 'в WAL' WHERE indicator_id = '1.1'")
    return con  # kept open: the -wal file holds the last change


def test_read_only_verbs_on_a_wal_file_leave_nothing_beside_it(tmp_path, small_catalogue):
    folder = tmp_path / "docs"
    folder.mkdir()
    path = folder / "wal.teia"
    con = _wal_document(path, small_catalogue)
    con.close()  # closing checkpoints and removes -wal and -shm; the header still says WAL
    assert sorted(p.name for p in folder.iterdir()) == ["wal.teia"]
    for verb in (["check", str(path)], ["export", str(path), "--format", "xlsx", "-o", str(folder / "o.xlsx")]):
        assert _run(*verb).returncode == 0
    assert sorted(p.name for p in folder.iterdir()) == ["o.xlsx", "wal.teia"]


def test_a_wal_with_changes_is_read_from_a_private_copy(tmp_path, small_catalogue):
    path = tmp_path / "wal.teia"
    con = _wal_document(path, small_catalogue)
    try:
        wal = Path(f"{path}-wal")
        saved = {p.name: p.read_bytes() for p in (path, wal)}
        # Another program still has it open: copy the three files away as they are, like a backup tool would.
        away = tmp_path / "away"
        away.mkdir()
        for name, data in saved.items():
            (away / name).write_bytes(data)
    finally:
        con.close()
    moved = away / "wal.teia"
    with Assessment.open(moved, readonly=True) as doc:
        assert doc.response("1.1").description == "в WAL"
    assert sorted(p.name for p in away.iterdir()) == ["wal.teia", "wal.teia-wal"]
    assert {name: (away / name).read_bytes() for name in saved} == saved


def _hot_journal(path: Path, *, ours: bool = True) -> bytes:
    """The journal a writer killed in the middle of a commit leaves: this application (``ours``) or another
    SQLite program, interrupted in a child process after its changes spilled into the file."""
    if ours:
        code = f"""
import os, sys
sys.path.insert(0, {str(ROOT)!r})
from model.document.assessment import Assessment
doc = Assessment.open({str(path)!r})
doc._con.execute("PRAGMA cache_size = 1")
with doc.transaction():
    for indicator in ("1.1", "1.2"):
        doc.update_response(indicator, description="half " * 40000)
    os._exit(9)  # killed before COMMIT: the journal stays, hot
"""
    else:
        code = f"""
import os, sqlite3
con = sqlite3.connect({str(path)!r}, isolation_level=None)
con.execute("PRAGMA cache_size = 1")
con.execute("BEGIN IMMEDIATE")
con.execute("UPDATE response SET description = hex(randomblob(30000))")
con.execute("INSERT INTO attachment (indicator_id, name, size, sha256, data, added_at) "
            "VALUES ('1.1', 'big', 1, 'x', zeroblob(400000), 'now')")
os._exit(9)
"""
    subprocess.run([sys.executable, "-c", code], timeout=60)
    return Path(f"{path}-journal").read_bytes()


@pytest.mark.parametrize("ours", [True, False], ids=["left-by-this-application", "left-by-another-program"])
def test_a_journal_of_another_document_is_never_played_back(tmp_path, small_catalogue, ours):
    mine, other = tmp_path / "ours.teia", tmp_path / "other" / "other.teia"
    other.parent.mkdir()
    for path, text in ((mine, "наш"), (other, "чужой")):
        with Assessment.create(path, small_catalogue) as doc:
            doc.update_response("1.1", description=text)
            if path == mine:  # another document has another history
                for n in range(3):
                    doc.update_response("1.2", description=f"ещё {n}")
    foreign = _hot_journal(other, ours=ours)
    assert foreign
    journal = Path(f"{mine}-journal")
    journal.write_bytes(foreign)
    before = mine.read_bytes()

    checked = _run("check", str(mine))
    assert checked.returncode == 0, checked.stderr
    assert b"warning:" in checked.stdout and b"another document" in checked.stdout and b": OK" in checked.stdout
    assert mine.read_bytes() == before and journal.read_bytes() == foreign, "a read-only verb never writes"

    with Assessment.open(mine) as doc:
        assert [n.kind for n in doc.notices] == ["foreign_journal_moved"]
        assert doc.response("1.1").description == "наш"
    assert not journal.exists()
    assert Path(f"{journal}.foreign-1").read_bytes() == foreign


def test_a_documents_own_hot_journal_is_played_back_without_writing_under_check(tmp_path, small_catalogue):
    path = tmp_path / "crashed.teia"
    with Assessment.create(path, small_catalogue) as doc:
        doc.update_response("1.1", description="сохранено")
    journal_bytes = _hot_journal(path)
    journal = Path(f"{path}-journal")
    before = path.read_bytes()
    with Assessment.open(path, readonly=True) as doc:
        assert doc.response("1.1").description == "сохранено"
        assert doc.notices == []
    assert path.read_bytes() == before and journal.read_bytes() == journal_bytes
    with Assessment.open(path) as doc:  # a writer rolls it back in place, as SQLite always did
        assert doc.response("1.1").description == "сохранено"
    assert not journal.exists()
    with closing(sqlite3.connect(path)) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
