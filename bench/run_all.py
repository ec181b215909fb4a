"""Run every benchmark (each in its own process), print figure / value / target / pass, write results.json.

Every figure is a ratio against the bare library measured in the same run, except the scale figures,
which are absolute (seconds and megabytes on this machine). `make bench` runs this; it takes 1-2 minutes,
plus 5-15 for the window kill test (bench/window_kills.py, 200 kills).

Usage: python bench/run_all.py [--quick]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results.json"

# (script, extra arguments, quick arguments)
SCRIPTS = (
    ("startup.py", ["--runs", "7"], ["--runs", "5"]),
    ("commit_latency.py", ["--samples", "400"], ["--samples", "300"]),
    ("export_ratio.py", ["--runs", "5"], ["--runs", "5"]),
    ("open_2000.py", [], []),
    ("merge_2000.py", [], []),
    ("register_5000.py", [], []),
    ("window_kills.py", ["--kills", "200"], ["--kills", "30"]),
    ("compare_2000.py", [], []),
    ("edit_statements.py", [], ["--edits", "5"]),
    ("first_paint_modules.py", [], []),
    ("import_2000.py", [], ["--runs", "1"]),
)
# Scripts that need longer than the usual 170 s (200 windows started, typed into and killed: 5-15 minutes).
TIMEOUTS = {"window_kills.py": 2400}
# Figures recorded in results.json beside the targets (counts that say what a target was measured on).
RECORDED = ("window_kills", "first_paint_modules", "first_paint_heavy", "floor_window_s", "startup_floor_ratio",
            "startup_over_floor_ratio")
# key: (target, unit, what it is)
TARGETS = {
    "startup_ratio": (1.3, "x", "cold start with the last document / bare QMainWindow"),
    "commit_p99_ratio": (2.0, "x", "p99 edit to durable commit / raw sqlite3 FULL commit"),
    "docx_ratio": (0.5, "x", "Word export / raw python-docx, same text (issue 19: keep it at most 0.5)"),
    "xlsx_ratio": (1.2, "x", "Excel export / raw openpyxl, same text"),
    "open_2000_s": (0.5, "s", "open 2,000 indicators + 20,000 actions, navigator + plan shown (issue 19)"),
    "rss_mb": (250.0, "MB", "peak resident memory of that process"),
    "merge_2000_s": (1.0, "s", "plan a merge of two such copies, 10% of the fields changed on each side"),
    "register_5000_s": (1.0, "s", "open 5,000 hazardous activities x 10 substances, every Annex I figure, Register "
                        "page shown"),
    "register_edit_s": (0.2, "s", "one field of one of those 5,000 activities edited: stored, calculated, table and "
                        "counts shown"),
    "window_max_lost_s": (1.0, "s", "longest typing lost when the typing window is killed (steady, bursts, mixed)"),
    "compare_2000_s": (0.5, "s", "compare two 2,000-indicator assessments of one lineage (both files opened)"),
    "import_2000_s": (2.0, "s", "import preview of a 2,000-row reviewed workbook (200 descriptions changed)"),
    "edit_statements": (3, "", "SQL statements per debounced edit in the window (BEGIN/COMMIT not counted)"),
    "first_paint_heavy_count": (0, "", "heavy modules (exports, import, printing, history...) imported before the "
                                "first paint; first_paint_modules: all of ours"),
}


def run(script: str, args: list[str]) -> dict:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    result = subprocess.run([sys.executable, str(HERE / script), *args, "--json"], capture_output=True, text=True,
                            env=env, timeout=TIMEOUTS.get(script, 170))
    if result.returncode != 0:
        raise RuntimeError(f"{script} failed (exit {result.returncode}):\n{result.stdout[-2000:]}\n"
                           f"{result.stderr[-3000:]}")
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    print(f"  {script}: {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="the minimum number of runs and samples")
    args = parser.parse_args()
    started = time.perf_counter()
    details: dict[str, dict] = {}
    for script, normal, quick in SCRIPTS:
        details[script] = run(script, quick if args.quick else normal)
    figures = {key: value for part in details.values() for key, value in part.items() if key in TARGETS}
    missing = sorted(set(TARGETS) - set(figures))
    if missing:
        raise RuntimeError(f"no figure for {', '.join(missing)}")

    rows = []
    for key, (target, unit, what) in TARGETS.items():
        value = figures[key]
        spread = next((part[f"{key}_spread"] for part in details.values() if f"{key}_spread" in part), None)
        if spread:  # run-by-run ratios: how noisy the machine was
            what = f"[min {spread[0]:.2f} / median {spread[1]:.2f} / max {spread[2]:.2f} over runs] {what}"
        rows.append((key, f"{value:.3f}", f"<= {target:g} {unit}", "pass" if value <= target else "FAIL", what))
    widths = [max(len(r[i]) for r in rows + [("figure", "value", "target", "result", "")]) for i in range(4)]
    header = ("figure", "value", "target", "result")
    print("  ".join(h.ljust(w) for h, w in zip(header, widths)) + "  what")
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row[:4], widths)) + "  " + row[4])
    elapsed = time.perf_counter() - started
    start = details["startup.py"]
    print(f"\nStart-up against a PySide6 window of our shape with none of our code (bench/floor_window.py): that "
          f"window / bare {start['startup_floor_ratio']:.2f}, ours / that window {start['startup_over_floor_ratio']:.2f}.")
    print(f"{sum(r[3] == 'pass' for r in rows)} of {len(rows)} targets met; {elapsed:.0f} s in all.")

    results = dict(figures)
    results.update({key: value for part in details.values() for key, value in part.items()
                    if key in RECORDED or key.endswith("_spread")})
    results["targets"] = {key: target for key, (target, _, _) in TARGETS.items()}
    results["passed"] = {key: figures[key] <= target for key, (target, _, _) in TARGETS.items()}
    results["details"] = details
    results["machine"] = {"python": platform.python_version(), "system": platform.platform(),
                          "cpus": os.cpu_count(), "seconds": round(elapsed, 1),
                          "date": time.strftime("%Y-%m-%dT%H:%M:%S")}
    RESULTS.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"Wrote {RESULTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
