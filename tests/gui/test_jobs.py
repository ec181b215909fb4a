"""gui.jobs, the one background-job helper: work off the GUI thread, its outcome and progress back on it."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from gui import jobs
from gui.widgets.shared import PlainMessageBox
from model.errors import DocumentError

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes recorded instead of shown: (title, text)."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(PlainMessageBox, "critical", staticmethod(
        lambda parent, title, text, *args: shown.append((title, text))))
    return shown


def test_the_work_runs_in_a_worker_thread_and_its_result_arrives_on_the_gui_thread(qtbot, boxes):
    threads, results = {}, []

    def work(progress):
        threads["work"] = threading.current_thread()
        return 42

    def success(value):
        threads["success"] = threading.current_thread()
        results.append(value)

    job = jobs.run(None, work, on_success=success)
    with qtbot.waitSignal(job.done, timeout=10000):
        pass
    assert results == [42] and job.outcome == "succeeded" and job.result == 42
    assert threads["success"] is threading.main_thread() and threads["work"] is not threading.main_thread()
    assert boxes == []


def test_done_comes_after_the_callback_has_run(qtbot):
    order = []
    job = jobs.run(None, lambda progress: "read", on_success=lambda value: order.append(value))
    job.done.connect(lambda: order.append("done"))
    with qtbot.waitSignal(job.done, timeout=10000):
        pass
    assert order == ["read", "done"]


def test_a_failure_becomes_the_translated_one_line_message(qtbot, boxes):
    error = DocumentError("not_written", file="/stick/report.docx", detail="No space left on device")
    received = []

    def work(progress):
        raise error

    job = jobs.run(None, work, on_failure=lambda exc: (received.append(exc),
                                                        jobs.show_failure(None, "Export failed", exc)))
    with qtbot.waitSignal(job.done, timeout=10000):
        pass
    assert received == [error] and job.outcome == "failed" and job.error is error
    assert len(boxes) == 1
    title, text = boxes[0]
    assert title == "Export failed"
    assert "/stick/report.docx" in text and "No space left on device" in text and "Unexpected" not in text


def test_without_a_failure_callback_the_failure_is_shown_and_a_bug_is_logged(qtbot, boxes, caplog):
    def work(progress):
        raise KeyError("a bug")

    job = jobs.run(None, work, on_success=lambda value: pytest.fail("no success after a failure"))
    with qtbot.waitSignal(job.done, timeout=10000):
        pass
    assert len(boxes) == 1 and "a bug" in boxes[0][1]
    assert any(record.exc_info and record.exc_info[0] is KeyError for record in caplog.records)


def test_progress_is_reported_in_order_on_the_gui_thread(qtbot):
    steps, threads = [], set()

    def work(progress):
        for done in range(4):
            assert progress(done, 3)
        return "written"

    def step(done, total):
        threads.add(threading.current_thread())
        steps.append((done, total))

    job = jobs.run(None, work, on_progress=step)
    with qtbot.waitSignal(job.done, timeout=10000):
        pass
    assert steps == [(0, 3), (1, 3), (2, 3), (3, 3)] and threads == {threading.main_thread()}
    assert job.outcome == "succeeded"


def test_cancel_stops_the_work_at_its_next_step_and_is_not_a_failure(qtbot, boxes):
    started, stopped = threading.Event(), []

    def work(progress):
        started.set()
        for _ in range(100000):
            if not progress(0, 0):
                raise jobs.Cancelled
            threading.Event().wait(0.001)  # one step of real work
        return "finished anyway"

    job = jobs.run(None, work, on_success=lambda value: pytest.fail("cancelled work succeeded"),
                   on_cancel=lambda: stopped.append(True))
    assert started.wait(10)
    job.cancel()
    with qtbot.waitSignal(job.done, timeout=10000):
        pass
    assert stopped == [True] and job.outcome == "cancelled" and boxes == []


def test_the_window_keeps_working_while_a_job_runs(qtbot):
    """A timer on the GUI thread keeps firing while the work is blocked; only then is the work released."""
    release, ticks = threading.Event(), []
    job = jobs.run(None, lambda progress: release.wait(30) and "released")
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=10000)
    assert job.is_running()
    release.set()
    with qtbot.waitSignal(job.done, timeout=10000):
        pass
    timer.stop()
    assert job.result == "released"


def test_closing_the_dialog_that_started_a_job_does_not_end_it(qtbot):
    """The job belongs to the application, not to the widget over which it reports."""
    from PySide6.QtWidgets import QDialog

    dialog = QDialog()
    release, results = threading.Event(), []
    job = jobs.run(dialog, lambda progress: release.wait(30) and "kept", on_success=results.append)
    dialog.deleteLater()
    qtbot.waitUntil(lambda: not _valid(dialog), timeout=10000)
    release.set()
    with qtbot.waitSignal(job.done, timeout=10000):
        pass
    assert results == ["kept"]


def _valid(widget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


def test_gui_work_off_the_thread_goes_through_jobs():
    """One helper: no other worker thread, nested event loop or running-jobs registry in gui/."""
    found = []
    for path in sorted((ROOT / "gui").rglob("*.py")):
        if path.name == "jobs.py" and path.parent.name == "gui":
            continue
        text = path.read_text(encoding="utf-8")
        for pattern in (r"\bQThread\b", r"\bQThreadPool\b", r"\bQRunnable\b", r"threading\.Thread\b",
                        r"\bQEventLoop\b", r"_RUNNING\b", r"hasattr\([^)]*\"flush\""):
            if re.search(pattern, text):
                found.append(f"{path.relative_to(ROOT)}: {pattern}")
    assert found == []
