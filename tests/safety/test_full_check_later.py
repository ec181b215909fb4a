"""A document opened after SQLite's quick_check only (the window's open): the full integrity_check follows, and
no write reaches a file that fails it — whether a worker ran the check first or the write itself has to."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import sys
import threading
from contextlib import closing
from pathlib import Path

import pytest

from model.document.assessment import Assessment
from model.errors import DocumentError

DATA = Path(__file__).resolve().parents[1] / "data"
sys.path.insert(0, str(DATA))

import make_samples  # noqa: E402


@pytest.fixture(scope="module")
def derived(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("derived")
    make_samples.make_derived_documents(folder)
    return folder


def _flip_in_index(path: Path, index: str) -> None:
    """Change one byte inside the last key stored on ``index``'s root page (as make_samples does)."""
    with closing(sqlite3.connect(path)) as con:
        root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (index,)).fetchone()[0]
        page_size = con.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    data[root * page_size - 2] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.fixture
def damaged(tmp_path) -> Path:
    """One byte of the history's index changed: quick_check passes, integrity_check does not (checked here, so
    that the tests below do test the deferred check and not the quick one); opening needs no repair."""
    path = make_samples.good_document(tmp_path / "damaged-history-index.teia")
    _flip_in_index(path, "history_indicator")
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
        assert con.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA integrity_check").fetchall() != [("ok",)]
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_damaged_file_is_shown_but_the_check_run_by_a_worker_finds_it_and_no_write_lands(damaged):
    before = _digest(damaged)
    doc = Assessment.open(damaged, full_check_later=True)  # quick_check only: opened
    try:
        assert doc.full_check is not None and not doc.full_check.done
        worker = threading.Thread(target=doc.full_check.run)
        worker.start()
        worker.join()
        assert doc.full_check.problem is not None and doc.full_check.problem.kind == "damaged_later"
        for _ in range(2):  # refused every time, not only the first
            with pytest.raises(DocumentError) as caught:
                doc.update_response("1.1", description="не записано")
            assert caught.value.kind == "damaged_later" and damaged.name in str(caught.value)
        with pytest.raises(DocumentError):
            with doc.transaction():
                pass
    finally:
        doc.close()
    assert _digest(damaged) == before


def test_a_write_before_any_worker_ran_the_check_runs_it_and_is_refused(damaged):
    before = _digest(damaged)
    with Assessment.open(damaged, full_check_later=True) as doc:
        assert doc.full_check is not None and not doc.full_check.done
        with pytest.raises(DocumentError) as caught:
            doc.set_meta(title="не записано")
        assert caught.value.kind == "damaged_later" and doc.full_check.done
    assert _digest(damaged) == before


def test_opened_with_the_full_check_at_once_the_same_file_is_refused(damaged):
    before = _digest(damaged)
    with pytest.raises(DocumentError) as caught:
        Assessment.open(damaged).close()
    assert caught.value.kind == "damaged"
    assert _digest(damaged) == before


def test_a_sound_file_is_written_after_its_check_which_runs_once(derived, tmp_path):
    path = tmp_path / "good.teia"
    make_samples.good_document(path)
    with Assessment.open(path, full_check_later=True) as doc:
        check = doc.full_check
        assert check is not None
        doc.update_response("1.1", description="Жазылды ң")  # runs the check first
        assert check.done and check.problem is None
        assert check.run() is None  # the outcome kept, not a second check
        doc.update_response("1.1", gaps="Дагы")
    with Assessment.open(path) as again:
        assert again.response("1.1").description == "Жазылды ң" and again.full_check is None


def test_a_damaged_index_found_by_the_repair_on_opening_refuses_the_file(derived, tmp_path):
    # make_samples' damaged index is the responses' own: a response seems missing, and adding it (a write) runs
    # the full check while opening.
    path = tmp_path / "damaged-index.teia"
    shutil.copy(derived / "damaged-index.teia", path)
    before, siblings = _digest(path), set(tmp_path.iterdir())
    with pytest.raises(DocumentError) as caught:
        Assessment.open(path, full_check_later=True).close()
    assert caught.value.kind == "damaged" and path.name in str(caught.value)
    assert _digest(path) == before and set(tmp_path.iterdir()) == siblings  # no journal, no lock left


def test_read_only_and_command_opens_check_in_full_at_once(derived, tmp_path):
    path = tmp_path / "good.teia"
    make_samples.good_document(path)
    with Assessment.open(path, readonly=True, full_check_later=True) as doc:
        assert doc.full_check is None
    with Assessment.open(path) as doc:
        assert doc.full_check is None


def test_closing_before_the_check_ran_leaves_nothing_running(damaged):
    before = _digest(damaged)
    doc = Assessment.open(damaged, full_check_later=True)
    check = doc.full_check
    assert check is not None
    doc.close()
    assert check.run() is None and check.problem is None  # cancelled: never runs once the document is closed
    assert _digest(damaged) == before


def test_a_file_gone_before_the_check_is_said_gone_and_a_file_that_cannot_be_read_is_not_called_sound(tmp_path):
    path = make_samples.good_document(tmp_path / "gone.teia")
    with Assessment.open(path, full_check_later=True) as doc:
        path.unlink()  # the USB stick pulled out before anything was written
        with pytest.raises(DocumentError) as caught:
            doc.update_response("1.1", description="не записано")
        assert caught.value.kind == "file_gone"
        problem = doc.full_check.run()  # a worker that comes too late: cannot read it, does not call it sound
        assert problem is not None and problem.kind == "unreadable"
