"""Scale: merge two copies of a 2,000-indicator, 20,000-action assessment, 10% of the fields changed on each side.

Both copies come from one document (as a contribution and the lead's file do); each side then changes a
different random tenth of all fields (responses and actions; where the two tenths meet, with different
values: conflicts). Times merge.read (the plan: copy and open the other file, compare) and merge.apply
(one transaction), and checks that merging again finds nothing.

Usage: python bench/merge_2000.py [--indicators 2000] [--actions 20000] [--share 0.1] [--json]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, emit, insert_actions  # noqa: E402
from open_2000 import make_document  # noqa: E402

sys.path.insert(0, str(ROOT))
RESPONSE_TEXTS = ("description", "evidence", "gaps", "authority")
ACTION_TEXTS = ("title", "gap", "expected_result", "lead", "partners", "budget", "assistance_details",
                "progress_notes")


def change_a_share(path: Path, share: float, seed: int) -> int:
    """Change ``share`` of all fields of the document (chosen among its text fields); returns how many."""
    from model.document import tracking
    from model.document.assessment import Assessment

    with Assessment.open(path) as doc:
        indicators = [row[0] for row in doc.query("SELECT indicator_id FROM response")]
        uids = [row[0] for row in doc.query("SELECT uid FROM action")]
        fields = len(indicators) * len(tracking.RESPONSE_FIELDS) + len(uids) * (len(tracking.ACTION_FIELDS) + 1)
        wanted = int(fields * share)
        rng = random.Random(seed)
        pairs = [("r", i, f) for i in indicators for f in RESPONSE_TEXTS] + [("a", u, f) for u in uids
                                                                            for f in ACTION_TEXTS]
        chosen = rng.sample(pairs, wanted)
        statements = [
            (f"UPDATE response SET {f} = ?, revision = revision + 1 WHERE indicator_id = ?", (f"side {seed} {k}", key))
            if kind == "r" else
            (f"UPDATE action SET {f} = ?, revision = revision + 1 WHERE uid = ?", (f"side {seed} {k}", key))
            for k, (kind, key, f) in enumerate(chosen)]
        doc.write(statements)
    return wanted


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--indicators", type=int, default=2000)
    parser.add_argument("--actions", type=int, default=20000)
    parser.add_argument("--share", type=float, default=0.1)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="teia-bench-merge-") as folder:
        os.environ["TEIA_HOME"] = str(Path(folder) / "home")
        from model import merge
        from model.document.assessment import Assessment

        ours, theirs = Path(folder) / "ours.teia", Path(folder) / "theirs.teia"
        make_document(ours, args.indicators, 0)
        with Assessment.open(ours) as doc:
            insert_actions(doc, args.actions)
        shutil.copyfile(ours, theirs)
        changed_ours = change_a_share(ours, args.share, seed=1)
        changed_theirs = change_a_share(theirs, args.share, seed=2)
        with Assessment.open(ours) as doc:
            start, cpu = time.perf_counter(), time.process_time()
            plan = merge.read(doc, theirs)
            plan_s, plan_cpu_s = time.perf_counter() - start, time.process_time() - cpu
            start = time.perf_counter()
            applied = merge.apply(doc, plan, default="theirs")
            apply_s = time.perf_counter() - start
            again = merge.read(doc, theirs)
            if again.changes:
                raise SystemExit(f"merging again found {len(again.changes)} changes")
        # The CPU time too: on a machine shared with other work the wall time says more about the others.
        figures = {"merge_2000_s": plan_s, "plan_cpu_s": plan_cpu_s, "apply_s": apply_s, "changed_each_side": changed_theirs,
                   "changed_ours": changed_ours, "changes": len(plan.changes) - len(plan.conflicts),
                   "conflicts": len(plan.conflicts), "applied": applied, "transactions": 1}
    emit(figures, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
