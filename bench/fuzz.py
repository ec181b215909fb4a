"""Fuzz the document and catalogue loaders and the attachment names with many cases and print what happened.

    python bench/fuzz.py [--examples 10000] [--random] [--only document]

Runs every target of tests/safety/test_fuzz.py and test_fuzz_values.py with the given number of examples (--random draws new
cases instead of the fixed, derandomized sequence CI uses). Prints the cases run per target and their
outcomes (refused with which kind, opened, accepted); exits 1 if any unexpected exception escaped.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=10_000, help="cases per target")
    parser.add_argument("--random", action="store_true", help="new random cases instead of the fixed sequence")
    parser.add_argument("--only", default="", help="run only the targets whose name contains this, e.g. document")
    args = parser.parse_args()
    os.environ["TEIA_FUZZ_EXAMPLES"] = str(args.examples)
    if args.random:
        os.environ["TEIA_FUZZ_RANDOM"] = "1"
    os.environ.setdefault("TEIA_HOME", str(Path(os.environ.get("TMPDIR", "/tmp")) / "teia-fuzz-home"))
    sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "safety")]
    import logging

    logging.getLogger().addHandler(logging.NullHandler())  # the refusals' log lines, not the figures
    import test_fuzz
    import test_fuzz_values  # values of every wrong type in every column; catalogues at and beyond the limits

    targets = [getattr(module, name) for module in (test_fuzz, test_fuzz_values) for name in dir(module)
               if name.startswith("test_") and hasattr(getattr(module, name), "hypothesis") and args.only in name]
    failures = 0
    started = time.monotonic()
    for target in targets:
        before = sum(test_fuzz.OUTCOMES.values())
        t0 = time.monotonic()
        try:
            target()
            status = "ok"
        except Exception:  # a fuzz failure: print it and go on with the other targets
            failures += 1
            status = "FAILED"
            traceback.print_exc()
        cases = sum(test_fuzz.OUTCOMES.values()) - before
        print(f"{target.__name__}: {status}, {cases} loads in {time.monotonic() - t0:.1f} s")
    total = sum(test_fuzz.OUTCOMES.values())
    print(f"fuzz: {len(targets)} targets x {args.examples} examples, {total} loads in "
          f"{time.monotonic() - started:.0f} s, unexpected exceptions: {failures}")
    for (loader, outcome), count in sorted(test_fuzz.OUTCOMES.items()):
        print(f"  {loader:15} {outcome:30} {count}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
