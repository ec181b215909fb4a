"""Scale: open a document with 5,000 hazardous activities x 10 substances, compute every Annex I figure
(each activity, each cluster, the counts) and show the Register page with its table and first editor.

The document is written once with plain SQL (not timed); the timed part is what a person waits for:
opening the file, reading the register, the calculation, and the page drawn.

Usage: python bench/register_5000.py [--activities 5000] [--substances 10] [--json]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, emit  # noqa: E402

sys.path.insert(0, str(ROOT))


def make_register(path: Path, activities: int, substances: int) -> None:
    from model.catalogue import builtin_catalogue
    from model.document.assessment import Assessment
    from model.register import activities as register
    from model.register.annex1 import builtin_annex1
    from model.timeutil import now_iso

    annex = builtin_annex1()
    named, categories = list(annex.named), list(annex.categories)
    rng = random.Random(5000)
    stamp = now_iso()
    regions = ["Чуйская", "Ошская", "Таласская", "Нарынская", "Иссык-Кульская", "Джалал-Абадская", "Баткенская"]
    with Assessment.create(path, builtin_catalogue(), user="bench") as doc:
        register.add_activity(doc, {"name": "first"})  # records the Annex I edition like a person's first edit
        rows = [(f"bench-{i}", f"Объект № {i} ң", f"Оператор {i % 300}", rng.choice(regions),
                 rng.choice(register.SECTORS), rng.choice(register.TRANSBOUNDARY), f"C{i // 4}" if i % 3 == 0 else "",
                 f"2026-0{1 + i % 9}-1{i % 10}", stamp, stamp) for i in range(activities)]
        lines = []
        for i in range(activities):
            for position in range(substances):
                kind = rng.random()
                lines.append((f"bench-{i}", position, f"Вещество {position}",
                              rng.choice(named) if kind < 0.4 else "",
                              ",".join(rng.sample(categories, rng.randint(1, 3))) if kind >= 0.4 else "",
                              round(rng.uniform(0.1, 500), 2)))
        doc.write([("DELETE FROM activity", ())] + [
            ("INSERT INTO activity (uid, name, operator, region, sector, transboundary, cluster, next_inspection_on, "
             "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row) for row in rows] + [
            ("INSERT INTO activity_substance (activity_id, position, name, named_id, categories, quantity_t) "
             "VALUES ((SELECT id FROM activity WHERE uid = ?), ?, ?, ?, ?, ?)", line) for line in lines])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--activities", type=int, default=5000)
    parser.add_argument("--substances", type=int, default=10)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="teia-bench-register-") as folder:
        os.environ["TEIA_HOME"] = str(Path(folder) / "home")
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        path = Path(folder) / "register.teia"
        make_register(path, args.activities, args.substances)
        from PySide6.QtWidgets import QApplication

        app = QApplication([])
        from gui.register.page import RegisterPage
        from gui.session import DocumentSession
        from model.document.assessment import Assessment

        page = RegisterPage()
        page.resize(1000, 700)
        start, cpu = time.perf_counter(), time.process_time()
        doc = Assessment.open(path)
        session = DocumentSession(doc)
        page.show_session(session, "ru")  # reads the register, computes every figure, fills table and editor
        page.show()
        app.processEvents()
        total, total_cpu = time.perf_counter() - start, time.process_time() - cpu
        rows = page.model.rowCount()
        meets = page.figures.counts["meets_annex_i"]
        clusters = len(page.figures.clusters)
        start = time.perf_counter()
        page.model.sort(5)
        app.processEvents()
        sort_s = time.perf_counter() - start
        # One field typed in the editor: stored, the activity calculated again, table and counts shown anew.
        start = time.perf_counter()
        page.editor.edits["operator"].setText("ОсОО «Жаңы»")
        page.editor.edits["operator"].editingFinished.emit()
        app.processEvents()
        edit_s = time.perf_counter() - start
        if page.model.activity_at(page.model.row_of(page.editor.activity.uid)).values["operator"] != "ОсОО «Жаңы»":
            raise SystemExit("the edit did not reach the table")
        session.close()
        doc.close()
    if rows != args.activities:
        raise SystemExit(f"the page shows {rows} activities, not {args.activities}")
    emit({"register_5000_s": round(total, 3), "register_5000_cpu_s": round(total_cpu, 3), "register_sort_s": round(sort_s, 3),
          "register_edit_s": round(edit_s, 3), "activities": rows,
          "substances_each": args.substances, "meeting_annex_i": meets, "clusters": clusters}, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
