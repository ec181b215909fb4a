"""How many of our modules (gui.*, model.*, cli.*) are imported when the window with the last document reopened
is first shown, and which of the heavy ones (tests/gui/test_first_paint.py's list) among them: none expected.

Usage: python bench/first_paint_modules.py [--json]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, child_env, emit, run_child  # noqa: E402
from startup import prepare  # noqa: E402


def measure() -> dict:
    from tests.gui.test_first_paint import HEAVY

    with tempfile.TemporaryDirectory() as tmp:
        home = prepare(Path(tmp))
        _, output = run_child([str(ROOT / "main.py")], child_env(home, TEIA_STARTUP_PROBE="1"))
    line = next(line for line in output.splitlines() if line.startswith("STARTUP_MODULES "))
    modules = line.split()[1:]
    heavy = [m for m in modules if m.startswith(HEAVY)]
    return {"first_paint_modules": len(modules), "first_paint_heavy_count": len(heavy), "first_paint_heavy": heavy}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    emit(measure(), args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
