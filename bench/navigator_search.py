"""Find and filter at scale: typing in the navigator's search box with 2,000 indicators, in the window (offscreen).

Times each keystroke (the filter applied and the events processed) and each choice of the filter box, and counts
the SQL statements the document runs meanwhile (the search works on what the navigator holds: none is expected
per keystroke; the "gap without an action" choice reads the links once).

Usage: python bench/navigator_search.py [--indicators 2000] [--json]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import child_env, emit  # noqa: E402
from open_2000 import make_document  # noqa: E402


def measure(indicators: int) -> dict:
    import os

    with tempfile.TemporaryDirectory() as tmp:
        for key, value in child_env(Path(tmp) / "home").items():
            os.environ[key] = value
        path = Path(tmp) / "scale.teia"
        make_document(path, indicators, actions=2000)
        from PySide6.QtWidgets import QApplication

        from gui.app import create_application
        from gui.main_window import MainWindow
        from model.app.settings import Settings

        app = create_application()
        window = MainWindow(Settings(), "ru")
        window.show()
        if not window.open_path(str(path)):
            raise SystemExit("the document did not open")
        app.processEvents()
        statements: list[str] = []
        window.session.doc._con.set_trace_callback(statements.append)
        panel = window.navigator_panel
        keystrokes = []
        for word in ("ӨНӨР", "көрсөткүч", "100"):
            panel.search_edit.clear()
            for end in range(1, len(word) + 1):
                started = time.perf_counter()
                panel.search_edit.setText(word[:end])
                QApplication.processEvents()
                keystrokes.append(time.perf_counter() - started)
        typing_sql = len(statements)
        shown_after_typing = len(panel.shown_ids())
        choices = {}
        for code in ("not_started", "draft", "complete", "no_evidence", "gap_without_action", "needs_attention",
                     "all"):
            panel.search_edit.clear()
            before = len(statements)
            started = time.perf_counter()
            panel.set_filter(code)
            QApplication.processEvents()
            choices[code] = (time.perf_counter() - started, len(statements) - before, len(panel.shown_ids()))
        window.session.doc._con.set_trace_callback(None)
        window.close_document()
    figures = {
        "indicators": indicators,
        "keystroke_median_ms": statistics.median(keystrokes) * 1000,
        "keystroke_max_ms": max(keystrokes) * 1000,
        "keystrokes": len(keystrokes),
        "sql_while_typing": typing_sql,
        "shown_after_typing": shown_after_typing,
    }
    for code, (seconds, sql, shown) in choices.items():
        figures[f"filter_{code}_ms"] = seconds * 1000
        figures[f"filter_{code}_sql"] = sql
        figures[f"filter_{code}_shown"] = shown
    return figures


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--indicators", type=int, default=2000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    emit(measure(args.indicators), args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
