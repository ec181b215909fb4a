"""Cold start of the application with its last document reopened, against a bare QMainWindow (same run).

Each start is a separate process (offscreen); runs alternate between ours, the bare window and the floor window
(bench/floor_window.py: a PySide6 window of our shape with none of our code) so all share the machine's noise. Ours: `python main.py` with TEIA_HOME settings naming the open document and
TEIA_STARTUP_PROBE=1 (gui/app.py prints STARTUP_READY after the first event-loop turn and quits).

Usage: python bench/startup.py [--runs 7] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, child_env, emit, median, run_child, spread  # noqa: E402


def prepare(folder: Path) -> Path:
    """A demo document and settings that name it as the document open at the last exit."""
    from model.demo import build_demo

    home = folder / "home"
    document = folder / "assessment.teia"
    build_demo(document).close()
    (home / "config").mkdir(parents=True)
    settings = {"open_document": str(document), "language": "ru", "recent_files": [str(document)]}
    (home / "config" / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    return home


def measure(runs: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        home = prepare(Path(tmp))
        env = child_env(home, TEIA_STARTUP_PROBE="1")
        main, bare = str(ROOT / "main.py"), str(ROOT / "bench" / "bare_window.py")
        floor = str(ROOT / "bench" / "floor_window.py")
        document = str(Path(tmp) / "assessment.teia")
        run_child([main], env)  # warm the file cache and write bytecode once, as any second start has it
        run_child([bare], env)
        run_child([floor], env)
        ours, baseline, floors = [], [], []
        for _ in range(runs):
            seconds, output = run_child([main], env)
            if document not in output:
                raise RuntimeError(f"the application started without reopening {document}:\n{output[-500:]}")
            ours.append(seconds)
            baseline.append(run_child([bare], env)[0])
            floors.append(run_child([floor], env)[0])
    return {"startup_s": median(ours), "bare_window_s": median(baseline), "floor_window_s": median(floors),
            "startup_ratio": median(ours) / median(baseline), "startup_ratio_spread": spread(ours, baseline),
            # what a window of our shape with no code of ours costs against the bare one, and ours against it
            "startup_floor_ratio": median(floors) / median(baseline),
            "startup_floor_ratio_spread": spread(floors, baseline),
            "startup_over_floor_ratio": median(ours) / median(floors),
            "startup_over_floor_ratio_spread": spread(ours, floors),
            "runs": runs}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    emit(measure(max(5, args.runs)), args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
