"""Storage problems: read-only, deleted, replaced or full storage gives a clear DocumentError, loses nothing,
and "Save a copy" to another folder still works.

These tests use the real kernel behaviour instead of imitations: a read-only bind mount (a write-protected
stick), `chattr +i` (the file refuses writes while open: the closest we can get to a drive that fails under
an open file), unlinking and replacing the open file, and a small tmpfs filled to the last byte. They need
root with mount rights (as in CI here) and are skipped, saying why, elsewhere. chmod is not used: root
ignores it.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from model.document import backup
from model.document.assessment import Assessment
from model.errors import DocumentError

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses Linux mounts and chattr")


def _run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True, check=False)


def _mount(*args: str) -> None:
    result = _run("mount", *args)
    if result.returncode != 0:
        pytest.skip(f"cannot mount here ({result.stderr.strip() or result.returncode})")


@pytest.fixture
def mounts():
    """Mount points to undo after the test, newest first."""
    made: list[Path] = []
    yield made
    for point in reversed(made):
        _run("umount", "-l", str(point))


@pytest.fixture
def tiny_disk(tmp_path, mounts) -> Path:
    point = tmp_path / "stick"
    point.mkdir()
    _mount("-t", "tmpfs", "-o", "size=400k", "tmpfs", str(point))
    mounts.append(point)
    return point


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _fill(folder: Path) -> Path:
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(fd)
    return filler


def _stored(path: Path, indicator: str = "1.1") -> str:
    with Assessment.open(path, readonly=True) as doc:
        assert doc.integrity_check() == ["ok"]
        return doc.response(indicator).description


@pytest.fixture
def write_protected(tmp_path, mounts, small_catalogue) -> Path:
    """A document (1.1 described) in a folder mounted read-only: a write-protected USB stick."""
    source = tmp_path / "source"
    source.mkdir()
    with Assessment.create(source / "doc.teia", small_catalogue) as doc:
        doc.update_response("1.1", description="Жазылган ң")
    stick = tmp_path / "protected"
    stick.mkdir()
    _mount("--bind", str(source), str(stick))
    mounts.append(stick)
    _mount("-o", "remount,ro,bind", str(stick))
    return stick / "doc.teia"


def test_a_write_protected_folder_opens_read_only_and_can_be_copied(tmp_path, write_protected):
    path = write_protected
    stick = path.parent
    before = _digest(path)

    with pytest.raises(DocumentError) as caught:
        Assessment.open(path)
    assert caught.value.kind == "read_only"
    with Assessment.open(path, readonly=True) as doc:
        assert doc.response("1.1").description == "Жазылган ң"
        with pytest.raises(DocumentError) as refused:
            doc.update_response("1.1", description="нельзя")
        assert refused.value.kind == "read_only"
        copy = doc.save_copy(tmp_path / "elsewhere.teia")
    assert _stored(copy) == "Жазылган ң"
    assert _digest(path) == before
    assert sorted(p.name for p in stick.iterdir()) == ["doc.teia"]


@pytest.fixture
def immutable(tmp_path):
    """Make files refuse writes with `chattr +i`; always undone, or the temporary folder could not be removed."""
    if not shutil.which("chattr"):
        pytest.skip("chattr is not installed")
    made: list[Path] = []
    # tmpfs (Debian 13's /tmp) takes chattr +i but still lets a file already open be written: then the test
    # would not test what it says. Probe with a scratch file held open like the document's connection.
    probe = tmp_path / "immutable-probe"
    probe.write_bytes(b"x")
    with open(probe, "r+b") as held:
        if _run("chattr", "+i", str(probe)).returncode == 0:
            try:
                held.write(b"y")
                held.flush()
                os.fsync(held.fileno())
                refused = False
            except OSError:
                refused = True
            finally:
                _run("chattr", "-i", str(probe))
            if not refused:
                pytest.skip("this file system lets an open file be written after chattr +i (tmpfs)")
    probe.unlink()

    def make(path: Path) -> None:
        result = _run("chattr", "+i", str(path))
        if result.returncode != 0:
            pytest.skip(f"chattr +i is not possible here: {result.stderr.strip()}")
        made.append(path)

    yield make
    for path in made:
        _run("chattr", "-i", str(path))


def test_a_file_that_refuses_writes_while_open_keeps_its_previous_state(doc_path, small_catalogue, immutable, tmp_path):
    doc = Assessment.create(doc_path, small_catalogue)
    try:
        doc.update_response("1.1", description="до ошибки ө")
        doc.add_attachment("1.1", "акт.txt", b"evidence")
        immutable(doc_path)
        before = _digest(doc_path)
        with pytest.raises(DocumentError) as caught:
            doc.update_response("1.1", description="после ошибки")
        assert caught.value.kind in ("read_only", "write_failed")
        # The window can still show everything and save it elsewhere.
        assert doc.response("1.1").description == "до ошибки ө"
        assert [a.name for a in doc.attachments()] == ["акт.txt"]
        copy = doc.save_copy(tmp_path / "copy.teia")
        assert _stored(copy) == "до ошибки ө"
        with pytest.raises(DocumentError) as again:
            doc.update_response("1.2", description="ещё")
        assert again.value.kind in ("read_only", "write_failed")
        assert _digest(doc_path) == before
    finally:
        doc.close()
    _run("chattr", "-i", str(doc_path))
    assert _stored(doc_path) == "до ошибки ө"


def test_a_file_deleted_while_open_is_never_reported_saved_and_can_be_copied(doc_path, small_catalogue, tmp_path):
    doc = Assessment.create(doc_path, small_catalogue)
    try:
        doc.update_response("1.1", description="сохранено ү")
        doc.update_response("1.2", evidence="Протокол")
        doc_path.unlink()
        with pytest.raises(DocumentError) as caught:
            doc.update_response("1.1", description="would vanish with the deleted file")
        assert caught.value.kind == "file_gone"
        assert "removed" in str(caught.value)
        assert doc.response("1.1").description == "сохранено ү"
        copy = doc.save_copy(tmp_path / "rescued.teia")
    finally:
        doc.close()
    assert _stored(copy) == "сохранено ү"
    assert _stored(copy, "1.2") == ""  # evidence is not the description
    with Assessment.open(copy) as rescued:
        assert rescued.response("1.2").evidence == "Протокол"


def test_a_file_replaced_while_open_is_not_written(doc_path, small_catalogue, tmp_path):
    doc = Assessment.create(doc_path, small_catalogue)
    try:
        doc.update_response("1.1", description="оригинал")
        doc_path.rename(tmp_path / "moved-away.teia")
        doc_path.write_bytes(b"someone else's file")
        with pytest.raises(DocumentError) as caught:
            doc.update_response("1.1", description="новое")
        assert caught.value.kind == "file_gone"
        assert doc_path.read_bytes() == b"someone else's file"
    finally:
        doc.close()
    assert _stored(tmp_path / "moved-away.teia") == "оригинал"


def test_a_full_disk_keeps_the_previous_state_and_recovers_when_space_is_freed(tiny_disk, small_catalogue, tmp_path):
    path = tiny_disk / "doc.teia"
    doc = Assessment.create(path, small_catalogue)
    try:
        doc.update_response("1.1", description="до заполнения")
        filler = _fill(tiny_disk)
        with pytest.raises(DocumentError) as caught:
            doc.add_attachment("1.1", "scan.pdf", os.urandom(300_000))
        assert caught.value.kind == "write_failed"
        assert "full" in str(caught.value)
        with pytest.raises(DocumentError):
            doc.update_response("1.2", description="ө" * 50_000)
        assert doc.response("1.1").description == "до заполнения"
        assert doc.attachments() == []
        copy = doc.save_copy(tmp_path / "copy-elsewhere.teia")
        assert _stored(copy) == "до заполнения"
        filler.unlink()
        doc.update_response("1.1", description="после освобождения")  # the same window goes on working
    finally:
        doc.close()
    assert _stored(path) == "после освобождения"


def test_a_full_disk_during_backup_is_a_clear_error(tiny_disk, small_catalogue, doc_path, monkeypatch):
    monkeypatch.setenv("TEIA_HOME", str(tiny_disk / "home"))
    with Assessment.create(doc_path, small_catalogue) as doc:
        doc.add_attachment("1.1", "big.bin", os.urandom(200_000))
        _fill(tiny_disk)
        with pytest.raises(DocumentError) as caught:
            backup.make_backup(doc)
        assert caught.value.kind == "not_written"  # "... was not written", not "the change could not be saved"
    assert not [p for p in (tiny_disk / "home").rglob("*") if p.is_file()]


def test_creating_a_document_on_a_full_disk_leaves_no_partial_file(tiny_disk, small_catalogue):
    _fill(tiny_disk)
    with pytest.raises(DocumentError) as caught:
        Assessment.create(tiny_disk / "new.teia", small_catalogue)
    assert caught.value.kind == "not_written"
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["filler"]


def test_a_closed_document_can_be_opened_again_while_an_old_cursor_is_alive(doc_path, small_catalogue):
    """An error kept for a message holds a cursor in its traceback; closing must still release the file."""
    doc = Assessment.create(doc_path, small_catalogue)
    cursor = doc._con.execute("SELECT indicator_id FROM response")
    assert cursor.fetchone() is not None  # a statement left in the middle of its rows
    doc.close()
    with Assessment.open(doc_path) as again:
        again.update_response("1.1", description="снова открыт")
    assert cursor is not None
