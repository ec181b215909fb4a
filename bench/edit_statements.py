"""SQL statements per debounced edit in the window (issue 18, item 6): typing in a field of the demo document,
written by the session's own debounce timer, counted with SQLite's trace callback (model.document.sqltrace).

The figure is the most statements any of the edits cost, BEGIN and COMMIT not counted; the SELECTs among
them are reported too (the edit should read nothing back).

Usage: python bench/edit_statements.py [--edits 10] [--json]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import emit  # noqa: E402


def measure(edits: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["TEIA_HOME"] = str(Path(tmp) / "home")
        from PySide6.QtCore import QEventLoop, QTimer
        from PySide6.QtWidgets import QApplication

        from gui.main_window import MainWindow
        from model.app import settings as settings_store
        from model.demo import build_demo
        from model.document.sqltrace import data_statements, traced
        from tests.gui.typing import type_text

        app = QApplication.instance() or QApplication([])
        path = Path(tmp) / "assessment.teia"
        build_demo(path).close()
        window = MainWindow(settings_store.Settings(), "en")
        window.show()
        if not window.open_path(str(path)):
            raise RuntimeError("the demo document did not open")
        indicator = window.session.catalogue.indicator_ids()[0]
        window.show_indicator(indicator)
        evidence = window.indicator_page.text_edits["evidence"]
        evidence.setFocus()
        counts, selects = [], []
        for number in range(edits + 1):
            with traced(window.session.doc._con) as seen:
                type_text(evidence, f" word {number}")
                while window.session.has_pending:  # the debounce timer writes it
                    loop = QEventLoop()
                    QTimer.singleShot(20, loop.quit)
                    loop.exec()
                app.processEvents()
            statements = data_statements(seen)
            if number:  # the first edit of a document may read the history's last row once
                counts.append(len(statements))
                selects.append(sum(s.lstrip().upper().startswith("SELECT") for s in statements))
        window.close_document()
        window.close()
    return {"edit_statements": max(counts), "edit_statements_min": min(counts), "edit_selects": max(selects),
            "edits": edits}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--edits", type=int, default=10)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    emit(measure(args.edits), args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
