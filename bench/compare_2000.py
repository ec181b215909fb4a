"""Scale: compare two 2,000-indicator assessments of one lineage (compare OLD NEW), 2,000 actions each.

The old document is made, the next self-assessment is started from it (next-cycle), then a third of the
answers and actions are changed in the new one. Times model.cycle.compare.compare_files (open both files,
their catalogue read and validated once as in a fresh process, snapshot them, compare every indicator and area) and compare.with_predecessor (from the kept copy alone).

Usage: python bench/compare_2000.py [--indicators 2000] [--actions 2000] [--json]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, emit, insert_actions  # noqa: E402
from open_2000 import make_document  # noqa: E402

sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--indicators", type=int, default=2000)
    parser.add_argument("--actions", type=int, default=2000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="teia-bench-compare-") as folder:
        os.environ["TEIA_HOME"] = str(Path(folder) / "home")
        from model.cycle import compare, next_cycle
        from model.document.assessment import Assessment

        old, new = Path(folder) / "old.teia", Path(folder) / "new.teia"
        make_document(old, args.indicators, 0)
        with Assessment.open(old) as doc:
            insert_actions(doc, args.actions)
        next_cycle.start_next(old, new)
        with Assessment.open(new) as doc:
            ids = list(doc.catalogue.indicator_ids())
            statements = [("UPDATE response SET level = ?, status = 'draft' WHERE indicator_id = ?", (n % 3, i))
                          for n, i in enumerate(ids) if n % 3 == 0]
            statements.append(("UPDATE action SET status = 'done' WHERE id % 3 = 0", ()))
            doc.write(statements)
        from model import catalogue

        catalogue._PARSED.clear()  # as in a fresh `compare` process: the catalogue is read and checked once
        start, cpu = time.perf_counter(), time.process_time()
        result, from_file = compare.compare_files(old, new)
        compare_s, compare_cpu_s = time.perf_counter() - start, time.process_time() - cpu
        with Assessment.open(new, readonly=True) as doc:
            start = time.perf_counter()
            kept = compare.with_predecessor(doc)
            kept_s = time.perf_counter() - start
        if not from_file or kept.indicators != result.indicators:
            raise SystemExit("the comparison from the kept copy differs from the one with the old file")
        changed = sum(item.change != "same" for item in result.indicators)
        figures = {"compare_2000_s": compare_s, "compare_cpu_s": compare_cpu_s, "from_kept_copy_s": kept_s,
                   "indicators": len(result.indicators), "changed": changed, "areas": len(result.areas),
                   "actions_completed": sum(len(item.actions_completed) for item in result.indicators)}
    emit(figures, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
