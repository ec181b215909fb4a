"""Seconds to render the printouts to PDF: the full blank form (built-in catalogue) and the filled demo.

Run: .venv/bin/python bench/pdf_timing.py  (no display needed)
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841 - kept for the run
    from render import printing
    from model.report import build as report
    from model.catalogue import builtin_catalogue
    from model.demo import build_demo
    from model.document.assessment import Assessment

    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        demo = tmp / "demo.teia"
        build_demo(demo).close()
        runs = [("blank", lang, lambda lang=lang: report.build_blank(builtin_catalogue(), lang)) for lang in
                ("ky", "ru", "ru+en")]
        for kind in ("filled", "plan"):
            for lang in ("ru", "ky", "ru+en"):
                def content(lang=lang):
                    with Assessment.open(demo, readonly=True) as doc:
                        return report.build(doc, lang)
                runs.append((kind, lang, content))
        print(f"{'printout':8} {'lang':6} {'pages':>5} {'build s':>8} {'pdf s':>7} {'KB':>6}")
        for kind, lang, make in runs:
            start = time.perf_counter()
            data = make()
            built = time.perf_counter() - start
            best = None
            for _ in range(3):
                start = time.perf_counter()
                path, pages = printing.write_pdf(data, tmp / f"{kind}-{lang}.pdf", printing.PrintOptions(kind=kind))
                took = time.perf_counter() - start
                best = took if best is None else min(best, took)
            size = path.stat().st_size / 1024
            print(f"{kind:8} {lang:6} {pages:5d} {built:8.3f} {best:7.2f} {size:6.0f}")


if __name__ == "__main__":
    main()
