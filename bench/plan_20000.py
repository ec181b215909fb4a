"""How long the action plan view takes with 20,000 actions: load, show, sort, filter (offscreen).

Usage: python bench/plan_20000.py [--actions 20000] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

WORDS = ("Утвердить", "Разработать", "Обучить", "Провести", "Өркүндөтүү", "Даярдоо", "Review", "перечень",
         "план", "учения", "инспекторов", "ң ө ү", "хвостохранилищ", "декларации", "пункт связи")


def make_document(path: Path, count: int):
    from model.catalogue import builtin_catalogue
    from model.document.assessment import Assessment

    doc = Assessment.create(path, builtin_catalogue())
    ids = doc.catalogue.indicator_ids()
    rng = random.Random(7)
    statements = []
    for n in range(count):
        uid = str(uuid.uuid4())
        title = " ".join(rng.choice(WORDS) for _ in range(8))
        due = f"20{rng.randint(24, 30)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        statements.append((
            "INSERT INTO action (uid, title, lead, priority, status, due_date, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
            (uid, title, rng.choice(WORDS), rng.choice(("high", "medium", "low")),
             rng.choice(("planned", "ongoing", "done", "cancelled")), due)))
        statements.append(("INSERT INTO action_indicator (action_id, indicator_id) SELECT id, ? FROM action "
                           "WHERE uid = ?", (rng.choice(ids), uid)))
    doc.write(statements)
    return doc


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--actions", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from gui.pages.actionplan_model import COLUMNS
    from gui.pages.actionplan import ActionPlanView
    from gui.session import DocumentSession

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        doc = make_document(Path(folder) / "big.teia", args.actions)
        session = DocumentSession(doc)
        opens, sorts, filters = [], [], []
        for _ in range(args.runs):
            view = ActionPlanView()
            view.resize(1200, 700)
            start = time.perf_counter()
            view.show_session(session, "ru")
            view.show()
            app.processEvents()
            opens.append(time.perf_counter() - start)
            start = time.perf_counter()
            view.table.sortByColumn(COLUMNS.index("title"), Qt.SortOrder.AscendingOrder)
            app.processEvents()
            sorts.append(time.perf_counter() - start)
            start = time.perf_counter()
            view.set_filter(status="ongoing", authority="план")
            app.processEvents()
            filters.append(time.perf_counter() - start)
            view.close()
            view.deleteLater()
        figures = {"actions": args.actions, "open_s": statistics.median(opens),
                   "sort_title_s": statistics.median(sorts), "filter_s": statistics.median(filters),
                   "open_and_sort_s": statistics.median(opens) + statistics.median(sorts)}
        session.close()
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key:>16}: {value:.3f}" if isinstance(value, float) else f"{key:>16}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
