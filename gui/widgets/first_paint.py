"""Run something once a widget has painted itself for the first time: work that must not delay what a
person sees first (the backup taken on opening, the settings and markers written at start)."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# A widget that is never painted (the window hidden or minimised at start) still gets it, this much later.
LATEST_MS = 2000


class AfterFirstPaint(QObject):
    """Calls ``done`` once: right after ``target``'s first paint has finished, or after ``latest_ms`` (None: only
    once it is painted, for what is needed only on a page someone looks at)."""

    def __init__(self, target: QWidget, done: Callable[[], object], latest_ms: int | None = LATEST_MS) -> None:
        super().__init__(target)
        self._target = target
        self._done: Callable[[], object] | None = done
        target.installEventFilter(self)
        if latest_ms is not None:
            QTimer.singleShot(latest_ms, self, self._call)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt naming)
        if watched is self._target and event.type() == QEvent.Type.Paint:
            self._target.removeEventFilter(self)
            QTimer.singleShot(0, self, self._call)  # after this paint, children included, has finished
        return False

    def _call(self) -> None:
        done, self._done = self._done, None
        if done is not None:
            self._target.removeEventFilter(self)
            done()
            self.deleteLater()
