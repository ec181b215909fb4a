"""The window killed while someone types: seconds of typing lost, steady, in bursts and mixed.

    python bench/window_kills.py [--kills 200] [--workers 2] [--seed 11] [--json]

Each run starts the real main window on a document, types into an indicator's text field in one of three
rhythms (a key every 80-150 ms without a pause; bursts with pauses; mixed), SIGKILLs it after 0.2-3 s and
reads the file. The figure is the longest typing lost in any run: from the first key not on disk to the kill
(the promise: at most 1 s). Any damaged document or wrong text is a failure. Exits 1 on a failure.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "safety"))

from common import emit  # noqa: E402
from window_kill_harness import run_window_kills  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2, help="windows typing side by side")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="teia-window-kills-") as folder:
        figures = run_window_kills(args.kills, Path(folder), seed=args.seed, workers=args.workers)
    result = {
        "window_kills": figures.kills,
        "window_max_lost_s": round(figures.max_lost_s, 3),
        **{f"window_max_lost_{rhythm}_s": round(lost, 3) for rhythm, lost in figures.max_lost_by_rhythm.items()},
        "window_damaged": figures.damaged,
        "window_runs_with_loss": figures.runs_with_loss,
        "window_keys_typed": figures.keys_typed,
        "window_keys_stored": figures.keys_stored,
        "window_problems": len(figures.problems),
        "window_seconds": round(time.monotonic() - started, 1),
    }
    emit(result, args.json)
    for problem in figures.problems[:10]:
        print("PROBLEM:", problem, file=sys.stderr)
    return 0 if not figures.problems and figures.kills == args.kills else 1


if __name__ == "__main__":
    sys.exit(main())
