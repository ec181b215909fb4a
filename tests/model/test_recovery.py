"""Crash recovery state: a run that did not exit cleanly is found at the next start, with its backups."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from model.document import backup
from model.document import recovery
from model.document.assessment import Assessment

ROOT = Path(__file__).resolve().parents[2]


def _crashed_run(document: Path | None) -> int:
    """A separate process that starts a session and dies without a clean exit; returns its pid."""
    code = (f"import os, sys; sys.path.insert(0, {str(ROOT)!r})\n"
            "from model.document import recovery\n"
            f"recovery.begin({str(document)!r} if {document is not None} else None)\n"
            "print(os.getpid())\n"
            "os._exit(3)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 3, result.stderr
    return int(result.stdout)


@pytest.fixture
def doc(doc_path, small_catalogue):
    document = Assessment.create(doc_path, small_catalogue)
    yield document
    document.close()


def test_a_clean_exit_leaves_nothing_to_recover(doc):
    marker = recovery.begin(doc)
    assert marker.exists()
    assert recovery.pending_recovery() is None  # our own, still running
    recovery.end()
    assert not marker.exists()
    assert recovery.pending_recovery() is None


def test_a_run_that_died_is_offered_with_its_document_and_backups(doc, doc_path):
    doc.update_response("1.1", description="Кыргызстандын өнөр жайы ң")
    first = backup.make_backup(doc)
    doc.update_response("1.1", description="more")
    second = backup.make_backup(doc)
    doc.close()
    pid = _crashed_run(doc_path)
    found = recovery.pending_recovery()
    assert found is not None
    assert found.pid == pid
    assert found.document == doc_path.resolve()
    assert found.document_exists
    assert [b.path for b in found.backups] == [second.path, first.path]
    assert found.started <= found.last_activity <= datetime.now(timezone.utc)
    # Still offered until the person answers; then gone.
    assert recovery.pending_recovery() == found
    recovery.dismiss(found)
    assert recovery.pending_recovery() is None


def test_backups_are_found_by_the_key_recorded_even_if_the_document_is_gone(doc, doc_path):
    made = backup.make_backup(doc)
    recovery.set_document(doc)
    marker = recovery.marker_path()
    data = json.loads(marker.read_text(encoding="utf-8"))
    doc.close()
    doc_path.unlink()
    # The same record, as if written by a process that has since died.
    dead = recovery.sessions_dir() / "999999999.json"
    dead.write_text(json.dumps(dict(data, pid=999999999)), encoding="utf-8")
    recovery.end()
    found = recovery.pending_recovery()
    assert found is not None and found.pid == 999999999
    assert not found.document_exists
    assert [b.path for b in found.backups] == [made.path]


def test_a_run_without_a_document_is_still_reported():
    pid = _crashed_run(None)
    found = recovery.pending_recovery()
    assert found is not None and found.pid == pid
    assert found.document is None and found.backups == []


def test_another_running_instance_is_not_a_crash(tmp_path):
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        recovery.begin(tmp_path / "x.teia")
        own = json.loads(recovery.marker_path().read_text(encoding="utf-8"))
        (recovery.sessions_dir() / f"{sleeper.pid}.json").write_text(json.dumps(dict(own, pid=sleeper.pid)),
                                                                     encoding="utf-8")
        assert recovery.pending_recovery() is None
    finally:
        sleeper.kill()
        sleeper.wait()
    found = recovery.pending_recovery()
    assert found is not None and found.pid == sleeper.pid


def test_set_document_keeps_the_start_time_and_names_the_new_document(doc, tmp_path):
    recovery.begin()
    started = json.loads(recovery.marker_path().read_text(encoding="utf-8"))["started"]
    recovery.set_document(doc)
    data = json.loads(recovery.marker_path().read_text(encoding="utf-8"))
    assert data["started"] == started
    assert data["document"] == str(doc.path.resolve())
    assert data["backup_key"] == doc.meta()["document_id"]
    recovery.set_document(None)
    assert json.loads(recovery.marker_path().read_text(encoding="utf-8"))["document"] is None


def test_an_unreadable_marker_still_counts_as_an_unclean_exit():
    folder = recovery.sessions_dir()
    folder.mkdir(parents=True)
    (folder / "999999998.json").write_bytes(b"\x00{not json")
    found = recovery.pending_recovery()
    assert found is not None
    assert found.pid == 999999998 and found.document is None


@pytest.mark.parametrize("pid", ["Infinity", "NaN", "null", '"abc"', "[1]"])
def test_a_marker_with_a_pid_that_is_no_number_falls_back_to_its_name(pid):
    """json.loads reads Infinity, which int() cannot convert (OverflowError, not ValueError): start-up crashed."""
    folder = recovery.sessions_dir()
    folder.mkdir(parents=True)
    (folder / "999999997.json").write_text('{"pid": %s, "document": null}' % pid, encoding="utf-8")
    found = recovery.pending_recovery()
    assert found is not None
    assert found.pid == 999999997 and found.document is None


def test_the_most_recent_crash_comes_first(tmp_path):
    folder = recovery.sessions_dir()
    folder.mkdir(parents=True)
    for pid, stamp in ((999999991, "2024-01-01T10:00:00Z"), (999999992, "2025-03-01T10:00:00Z")):
        (folder / f"{pid}.json").write_text(json.dumps({"pid": pid, "started": stamp, "updated": stamp,
                                                       "document": None}), encoding="utf-8")
    found = recovery.pending_recoveries()
    assert [r.pid for r in found] == [999999992, 999999991]
    assert found[0].last_activity == datetime(2025, 3, 1, 10, tzinfo=timezone.utc)
