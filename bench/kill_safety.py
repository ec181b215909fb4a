"""Kill-safety figures: SIGKILL a child editing a document many times and count what survived.

    python bench/kill_safety.py --kills 1000 [--workers 2] [--seed 7]

Prints kills survived, edits committed, verified and lost (lost must be 0), and how many kills left an
interrupted transaction (a hot journal) that the next open rolled back. Exits 1 if anything was lost.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "safety"))

from kill_harness import run_kills  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2, help="documents killed side by side")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    started = time.monotonic()

    with tempfile.TemporaryDirectory(prefix="teia-kills-") as folder:
        figures = run_kills(args.kills, Path(folder), seed=args.seed, workers=args.workers)
    elapsed = time.monotonic() - started
    each = elapsed / max(figures.kills, 1) * 1000
    print(f"kill safety: {figures.kills} kills in {elapsed:.1f} s ({each:.0f} ms each)")
    print(f"  documents that opened with integrity ok: {figures.survived} of {figures.kills}")
    print(f"  edits reported committed: {figures.edits_committed}; verified on disk: {figures.edits_verified}; "
          f"lost: {figures.edits_lost}")
    print(f"  edit in flight at the kill: found applied {figures.in_flight_applied}, absent {figures.in_flight_absent}")
    print(f"  kills that left a hot journal (rolled back on open): {figures.hot_journals}; "
          f"kills before the document was open: {figures.killed_before_ready}")
    for problem in figures.problems[:20]:
        print("  PROBLEM:", problem)
    return 0 if not figures.problems and figures.survived == figures.kills else 1


if __name__ == "__main__":
    sys.exit(main())
