"""A child for the window kill test: the real main window, typing into an indicator page until it is killed.

Usage: python window_kill_child.py DOCUMENT SEED RHYTHM INDICATOR FIELD [--debounce-only]

RHYTHM is steady (a key every 80-150 ms, no pause), bursts (runs of keys, then pauses of 0.3-1.5 s) or
mixed (each gap drawn anew: mostly quick, sometimes a pause). After each key reaches the field (and so the
session) the child prints ``KEY <n> <time.monotonic()>``, flushed: the parent knows what was typed and when.
The characters are ``typed_text(seed)``, so the parent knows what each key was. ``--debounce-only`` puts
back the old behaviour (no maximum wait), so a test can prove that the harness sees typing lost.
"""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ALPHABET = "өнөр жай коопсуздугу ң ү Ө Ң Ү авария ёмкость 2026 № «»"
MAX_KEYS = 600
RHYTHMS = ("steady", "bursts", "mixed")


def typed_text(seed: int, count: int = MAX_KEYS) -> str:
    rng = random.Random(seed * 7919 + 1)
    return "".join(rng.choice(ALPHABET) for _ in range(count))


def gaps(seed: int, rhythm: str):
    """Milliseconds before each next key, for ever."""
    rng = random.Random(seed)
    if rhythm == "steady":
        base = rng.uniform(80, 150)
        while True:
            yield base * rng.uniform(0.9, 1.1)
    elif rhythm == "bursts":
        while True:
            fast = rng.uniform(40, 90)
            for _ in range(rng.randint(3, 25)):
                yield fast * rng.uniform(0.8, 1.2)
            yield rng.uniform(300, 1500)
    else:
        while True:
            roll = rng.random()
            yield rng.uniform(30, 200) if roll < 0.85 else rng.uniform(200, 1200)


def main(argv: list[str]) -> int:
    path, seed, rhythm, indicator_id, field = Path(argv[0]), int(argv[1]), argv[2], argv[3], argv[4]
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication

    from gui import session
    from gui.app import create_application
    from gui.main_window import MainWindow
    from model.app import settings as settings_store
    from tests.gui.typing import type_text

    if "--debounce-only" in argv[5:]:
        session.MAX_WAIT_MS = 10**9
    app: QApplication = create_application([sys.argv[0]])
    window = MainWindow(settings_store.Settings(), "en")
    window.show()
    if not window.open_path(str(path)):
        return 3
    window.show_indicator(indicator_id)
    edit = window.indicator_page.text_edits[field]
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    text = typed_text(seed)
    rhythm_gaps = gaps(seed, rhythm)
    parent = os.getppid()
    state = {"n": 0}
    out = sys.stdout

    def key() -> None:
        if os.getppid() != parent or state["n"] >= len(text):  # never outlive the harness
            app.quit()
            return
        type_text(edit, text[state["n"]])
        state["n"] += 1
        out.write(f"KEY {state['n']} {time.monotonic():.6f}\n")
        out.flush()
        QTimer.singleShot(max(1, round(next(rhythm_gaps))), key)

    out.write(f"READY {time.monotonic():.6f}\n")
    out.flush()
    QTimer.singleShot(0, key)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
