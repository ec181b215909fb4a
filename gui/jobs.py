"""Background work for the window: a function runs in a worker thread; its success, failure and progress are
reported on the GUI thread (in the spirit of Anki's ``CollectionOp``). The one way the window works off its thread.

    job = jobs.run(parent, lambda progress: write(content, path, progress),
                   on_success=show_written, on_failure=lambda error: jobs.show_failure(parent, title, error))

The work receives a ``Progress``: calling it reports a step and returns False once the person cancelled; work
that stops for that raises ``Cancelled``. Work must not touch widgets or an open document's connection: hand it
plain data (a built ``Report``, a path) and do the rest in ``on_success``. No nested event loop: the caller
returns at once and continues in its callbacks; ``done`` is emitted after the last callback has run.
"""

from __future__ import annotations

import logging
import threading
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QWidget

from model.errors import TeiaError


class Cancelled(Exception):
    """Raised by work that stopped because the person cancelled it (reported to ``on_cancel``, not as a failure)."""


class Progress:
    """Handed to the work: ``progress(done, total)`` reports a step (shown on the GUI thread) and is False once
    the job was cancelled; ``progress.cancelled`` says the same without reporting."""

    def __init__(self, report: Callable[[int, int], None]) -> None:
        self._report = report
        self._stop = threading.Event()

    def __call__(self, done: int, total: int) -> bool:
        self._report(done, total)
        return not self._stop.is_set()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()


class _Worker(QThread):
    """The thread of one job: runs it and hands the outcome back through the job's queued signals."""

    def __init__(self, job: "Job") -> None:
        super().__init__(job)
        self.job = job

    def run(self) -> None:
        self.job._work_in_thread()


class Job(QObject):
    """One piece of background work; create it with ``run``. Signals arrive on the GUI thread."""

    succeeded = Signal(object)  # what the work returned
    failed = Signal(object)  # the exception
    progressed = Signal(int, int)  # done, total
    cancelled = Signal()
    done = Signal()  # after whichever of the three above, once its callback has run

    # emitted from the worker thread; the job lives on the GUI thread, so Qt queues them there
    _ended = Signal(str, object)
    _stepped = Signal(int, int)

    def __init__(self, parent: QWidget | None, work: Callable[[Progress], Any], *,
                 on_success: Callable[[Any], None] | None = None,
                 on_failure: Callable[[BaseException], None] | None = None,
                 on_progress: Callable[[int, int], None] | None = None,
                 on_cancel: Callable[[], None] | None = None) -> None:
        # Owned by the application, not by ``parent``: closing a dialog must not destroy a running thread.
        super().__init__(QCoreApplication.instance())
        self.parent_widget = parent
        self.work = work
        self.progress = Progress(self._stepped.emit)
        self.outcome: str | None = None  # "succeeded", "failed" or "cancelled" once done
        self.result: Any = None
        self.error: BaseException | None = None
        self._on_success, self._on_failure, self._on_cancel = on_success, on_failure, on_cancel
        self._on_progress = on_progress
        self._ended.connect(self._end)
        self._stepped.connect(self._step)
        self._worker = _Worker(self)
        app = QCoreApplication.instance()
        if app is not None:  # quitting with a job still running: let it end rather than kill its thread
            app.aboutToQuit.connect(self._worker.wait)

    def start(self) -> "Job":
        self._worker.start()
        return self

    def cancel(self) -> None:
        """Ask the work to stop at its next step (it learns it from ``Progress``)."""
        self.progress._stop.set()

    def is_running(self) -> bool:
        return self.outcome is None

    def wait(self) -> None:
        """Block until the work has returned (its callbacks run later, from the event loop)."""
        self._worker.wait()

    def _work_in_thread(self) -> None:
        try:
            result = self.work(self.progress)
        except Cancelled:
            self._ended.emit("cancelled", None)
        except Exception as error:  # noqa: BLE001 - handed to the GUI thread, never lost in the thread
            self._ended.emit("failed", error)
        else:
            self._ended.emit("succeeded", result)

    @Slot(int, int)
    def _step(self, done: int, total: int) -> None:
        if self.outcome is not None:
            return  # a step queued before the end arrived late
        self.progressed.emit(done, total)
        if self._on_progress is not None:
            self._on_progress(done, total)

    @Slot(str, object)
    def _end(self, outcome: str, value: object) -> None:
        self._worker.wait()  # its run() has returned already: this only joins the thread
        self.outcome = outcome
        try:
            if outcome == "succeeded":
                self.result = value
                self.succeeded.emit(value)
                if self._on_success is not None:
                    self._on_success(value)
            elif outcome == "failed":
                assert isinstance(value, BaseException)
                self.error = value
                if not isinstance(value, TeiaError):  # a bug, not a user's situation: keep its traceback
                    logging.getLogger(__name__).error("background work failed", exc_info=value)
                self.failed.emit(value)
                if self._on_failure is not None:
                    self._on_failure(value)
                else:
                    show_failure(self.parent_widget, QCoreApplication.translate("Jobs", "The work was not finished"), value)
            else:
                self.cancelled.emit()
                if self._on_cancel is not None:
                    self._on_cancel()
        finally:
            self.done.emit()
            app = QCoreApplication.instance()
            if app is not None:
                app.aboutToQuit.disconnect(self._worker.wait)
            self.deleteLater()


def run(parent: QWidget | None, work: Callable[[Progress], Any], **callbacks: Any) -> Job:
    """Start ``work(progress)`` in a worker thread; ``on_success(result)``, ``on_failure(error)``,
    ``on_progress(done, total)`` and ``on_cancel()`` are called on the GUI thread. Returns the running job.
    Without ``on_failure`` a failure is shown in a message box over ``parent``."""
    return Job(parent, work, **callbacks).start()


def show_failure(parent: QWidget | None, title: str, error: BaseException) -> None:
    """The failure as the translated one-line message of gui.messages, in a message box (text shown as plain)."""
    from gui.messages import error_text
    from gui.widgets.shared import PlainMessageBox

    PlainMessageBox.critical(parent, title, error_text(error))


__all__ = ["Cancelled", "Job", "Progress", "run", "show_failure"]
