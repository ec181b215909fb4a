"""Scale: open a document with a synthetic catalogue of 2,000 indicators and 20,000 actions in the window and
show the navigator and the action plan (offscreen), in a fresh process; its peak resident memory.

The document is built first (bulk inserts in one transaction, as bench/plan_20000.py does); then a child
process starts the window and times MainWindow.open_path + show_plan until the events are processed.

Usage: python bench/open_2000.py [--indicators 2000] [--actions 20000] [--json]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, child_env, emit, insert_actions, synthetic_catalogue_json, text_of  # noqa: E402

AREAS = 8


def make_document(path: Path, indicators: int, actions: int) -> None:
    from model.catalogue import parse_catalogue
    from model.document.assessment import Assessment

    catalogue = parse_catalogue(synthetic_catalogue_json(AREAS, indicators // AREAS), origin="synthetic")
    doc = Assessment.create(path, catalogue, title="Масштаб ң ө ү", content_language="ru")
    # Half of the indicators answered, a third complete: the navigator shows every kind of mark.
    with doc.transaction():
        for n, indicator in enumerate(catalogue.indicators()):
            if n % 2:
                continue
            doc.update_response(indicator.id, level=n % 4, description=text_of(200, n),
                                status="complete" if n % 3 == 0 else "draft")
    insert_actions(doc, actions)
    doc.close()


def child(path: str) -> int:
    """In the fresh process: window first (not timed), then open and show both views (timed)."""
    from PySide6.QtWidgets import QApplication

    from gui.app import create_application
    from gui.main_window import MainWindow
    from model.app.settings import Settings

    app = create_application()
    window = MainWindow(Settings(), "ru")
    window.show()
    app.processEvents()
    start = time.perf_counter()
    if not window.open_path(path):
        raise SystemExit("the document did not open")
    window.show_plan()
    QApplication.processEvents()
    seconds = time.perf_counter() - start
    tree = window.navigator.nav_model
    navigator_rows = sum(tree.item(r).rowCount() for r in range(tree.rowCount()))
    plan_rows = window.plan_view.table.model().rowCount()
    if not (window.navigator.isVisible() and window.plan_view.isVisible()):
        raise SystemExit("the navigator or the action plan is not shown")
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux
    print(json.dumps({"open_2000_s": seconds, "rss_mb": rss_mb, "navigator_indicators": navigator_rows,
                      "plan_rows": plan_rows}))
    window.close_document()
    return 0


def measure(indicators: int, actions: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "scale.teia"
        started = time.perf_counter()
        make_document(path, indicators, actions)
        built = time.perf_counter() - started
        env = child_env(Path(tmp) / "home")
        result = subprocess.run([sys.executable, __file__, "--child", str(path)], env=env, capture_output=True,
                                text=True, timeout=120, cwd=str(ROOT))
        if result.returncode != 0:
            raise RuntimeError(f"the window process failed:\n{result.stdout[-2000:]}\n{result.stderr[-3000:]}")
        figures = json.loads(result.stdout.strip().splitlines()[-1])
    if figures["navigator_indicators"] != indicators or figures["plan_rows"] != actions:
        raise RuntimeError(f"the window shows {figures['navigator_indicators']} indicators and "
                           f"{figures['plan_rows']} actions, not {indicators} and {actions}")
    figures["build_document_s"] = built
    return figures


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--indicators", type=int, default=2000)
    parser.add_argument("--actions", type=int, default=20000)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.child)
    emit(measure(args.indicators, args.actions), args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
