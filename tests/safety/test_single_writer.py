"""One writer per document: the lock holds whatever else the process opens and closes, names its holder, is
taken over after a crash, and a short-lived writer (a command) is waited for instead of reported as a window."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import types
from pathlib import Path

import pytest

from model.document import lock as lock_module
from model.document.assessment import Assessment
from model.errors import DocumentError
from model.document.lock import DocumentLock, lock_path, read_holder

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          timeout=120, cwd=ROOT, env=env)


def _sniff_like_a_file_dialog(path: Path) -> None:
    """What a file dialog or any other code of the same process may do with the open document."""
    with open(path, "rb") as handle:
        handle.read(512)
    fd = os.open(path, os.O_RDONLY)
    os.close(fd)
    other = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    other.close()


WINDOW_CHILD = textwrap.dedent("""
    import sys
    sys.path.insert(0, {root!r})
    from gui.app import create_application
    from gui.main_window import MainWindow
    from model.app.settings import Settings
    app = create_application()
    window = MainWindow(Settings(), "en")
    shown = []
    window._error = lambda title, error: shown.append(getattr(error, "kind", "?"))
    opened = window.open_path({path!r})
    print("OPENED" if opened else "REFUSED " + ",".join(shown))
""")


def test_a_window_keeps_the_document_after_other_opens_and_closes_in_its_process(small_catalogue, doc_path, tmp_path):
    workbook = tmp_path / "colleague.xlsx"
    doc = Assessment.create(doc_path, small_catalogue, holder="window")
    doc.user = "Айгүл"
    try:
        doc.update_response("1.1", criteria_met=("1.1.a",))
        _sniff_like_a_file_dialog(doc_path)
        assert _run("export", str(doc_path), "--format", "xlsx", "--lang", "en", "-o", str(workbook)).returncode == 0

        edit = _run("set", str(doc_path), "1.1", "--criteria", "1.1.b")
        assert edit.returncode == 1
        assert "already open in a window of Айгүл" in edit.stderr and len(edit.stderr.strip().splitlines()) == 1
        imported = _run("import", str(doc_path), str(workbook), "--yes")
        assert imported.returncode == 1 and "already open" in imported.stderr

        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TEIA_HOME": str(tmp_path / "other-home")}
        window = subprocess.run([sys.executable, "-c", WINDOW_CHILD.format(root=str(ROOT), path=str(doc_path))],
                                capture_output=True, text=True, timeout=120, env=env)
        assert window.stdout.strip() == "REFUSED locked_by", window.stderr
        assert doc.response("1.1").criteria_met == ("1.1.a",)
    finally:
        doc.close()
    assert not lock_path(doc_path).exists(), "closing removes the lock file"
    assert _run("set", str(doc_path), "1.1", "--criteria", "1.1.b").returncode == 0


def test_the_refusal_names_the_holder_and_a_reader_may_still_read(small_catalogue, doc_path):
    with Assessment.create(doc_path, small_catalogue, holder="window", user="Бакыт") as doc:
        doc.update_response("1.1", description="ң ө ү")
        with pytest.raises(DocumentError) as refused:
            Assessment.open(doc_path)
        assert refused.value.kind == "locked_by"
        assert refused.value.params["user"] == "Бакыт" and refused.value.params["host"]
        assert "UTC" in refused.value.params["since"]
        with Assessment.open(doc_path, readonly=True) as reader:
            assert reader.response("1.1").description == "ң ө ү"


def test_a_second_object_in_the_same_process_is_refused_too(small_catalogue, doc_path):
    """flock belongs to the open file, so even this process cannot open the document twice for writing."""
    with Assessment.create(doc_path, small_catalogue, holder="window"):
        with pytest.raises(DocumentError) as refused:
            Assessment.open(doc_path, holder="window")
        assert refused.value.kind == "locked_by"


def test_the_lock_of_a_killed_process_is_taken_over(small_catalogue, doc_path):
    Assessment.create(doc_path, small_catalogue).close()
    child = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(ROOT)!r})
        from model.document.assessment import Assessment
        doc = Assessment.open({str(doc_path)!r}, holder="window")
        print("HELD", flush=True)
        sys.stdin.read()
    """)], stdout=subprocess.PIPE, stdin=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "HELD"
        with pytest.raises(DocumentError) as refused:
            Assessment.open(doc_path)
        assert refused.value.kind == "locked_by" and refused.value.params["host"]
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdin.close()
        child.stdout.close()
    assert lock_path(doc_path).exists(), "a killed process leaves its lock file behind"
    with Assessment.open(doc_path) as doc:
        doc.update_response("1.1", description="after the crash")
        assert read_holder(doc_path).pid == os.getpid()


def test_a_command_holding_the_document_is_waited_for_then_called_busy(small_catalogue, doc_path, monkeypatch):
    Assessment.create(doc_path, small_catalogue).close()
    with Assessment.open(doc_path) as first:  # a command-line verb, for a moment
        monkeypatch.setattr(lock_module, "COMMAND_WAIT_SECONDS", 0.2)
        with pytest.raises(DocumentError) as refused:
            Assessment.open(doc_path)
        assert refused.value.kind == "busy"
        assert "another command" in str(refused.value)
        first.update_response("1.1", description="first")


def test_parallel_set_commands_both_succeed(small_catalogue, doc_path):
    Assessment.create(doc_path, small_catalogue).close()
    runs = [subprocess.Popen([sys.executable, str(ROOT / "main.py"), "set", str(doc_path), indicator,
                              "--description", f"by {indicator}"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, cwd=ROOT) for indicator in ("1.1", "1.2", "1.1", "1.2")]
    results = [run.communicate(timeout=120) + (run.returncode,) for run in runs]
    assert [code for _out, _err, code in results] == [0, 0, 0, 0], results
    with Assessment.open(doc_path, readonly=True) as doc:
        assert doc.response("1.2").description == "by 1.2"


def test_demo_force_does_not_replace_an_open_document(tmp_path):
    path = tmp_path / "open.teia"
    assert _run("demo", str(path)).returncode == 0
    with Assessment.open(path, holder="window"):
        before = path.read_bytes()
        replaced = _run("demo", str(path), "--force")
        assert replaced.returncode == 1 and "already open" in replaced.stderr
        assert path.read_bytes() == before


def test_the_windows_branch_locks_a_byte_beyond_the_details(tmp_path, monkeypatch):
    """The Windows code path, with msvcrt imitated: a mandatory lock far beyond the holder's details (so others
    can read them), refused as busy when the byte is locked, unlocked on release."""
    calls: list[tuple] = []
    locked: set[str] = set()

    def locking(fd: int, mode: int, nbytes: int) -> None:
        where = os.lseek(fd, 0, os.SEEK_CUR)
        calls.append((mode, where, nbytes))
        key = os.readlink(f"/proc/self/fd/{fd}")
        if mode == fake.LK_NBLCK:
            if key in locked:
                raise PermissionError(13, "locked")
            locked.add(key)
        elif mode == fake.LK_UNLCK:
            locked.discard(key)

    fake = types.SimpleNamespace(LK_NBLCK=2, LK_UNLCK=0, locking=locking)
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    monkeypatch.setattr(lock_module.sys, "platform", "win32")
    document = tmp_path / "doc.teia"
    first = DocumentLock.acquire(document, user="Айжан", program="window", wait=0)
    assert calls == [(fake.LK_NBLCK, lock_module._WINDOWS_LOCK_OFFSET, 1)]
    assert read_holder(document).user == "Айжан"
    with pytest.raises(DocumentError) as refused:
        DocumentLock.acquire(document, user="other", wait=0)
    assert refused.value.kind == "locked_by"
    assert lock_module.is_held(document)
    first.release()
    assert (fake.LK_UNLCK, lock_module._WINDOWS_LOCK_OFFSET, 1) in calls
    assert not lock_path(document).exists()
    DocumentLock.acquire(document, user="other", wait=0).release()


def test_a_damaged_lock_file_is_taken_over(small_catalogue, doc_path):
    Assessment.create(doc_path, small_catalogue).close()
    lock_path(doc_path).write_bytes(b"\xff\xfe not json")
    with Assessment.open(doc_path) as doc:
        doc.update_response("1.1", description="fine")
