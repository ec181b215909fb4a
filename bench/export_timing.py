"""Time exporting the example assessment (48 indicators, its actions topped up to at least 20) to Word and Excel.

Prints the median of 5 runs for: building the report, the radar chart, the Word file, the workbook, and
reading a returned workbook back (parse + plan). Run: .venv/bin/python bench/export_timing.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtGui import QGuiApplication  # noqa: E402

from render.radar import radar_png  # noqa: E402
from model.document import actionplan  # noqa: E402
from model.report import build as report
from model.demo import build_demo  # noqa: E402
from model.formats import docx  # noqa: E402
from model.formats import xlsx
from model.formats import xlsx_import as importer  # noqa: E402

RUNS = 5


def median_ms(work) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    app = QGuiApplication([])  # noqa: F841 (the chart needs it)
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        doc = build_demo(folder / "demo.teia")
        for index in range(max(0, 20 - doc.action_count())):
            actionplan.add_action(doc, f"Мероприятие {index + 1}: обучение инспекторов (ң ө ү)", ["3.1", "B.2"],
                                  lead="МЧС", priority="medium", due_date="2026-12-31")
        content = report.build(doc, "ru")
        chart = radar_png(*report.chart_data(content))
        figures = {
            "report.build (ru)": median_ms(lambda: report.build(doc, "ru")),
            "report.build (ru+en)": median_ms(lambda: report.build(doc, "ru+en")),
            "radar chart PNG": median_ms(lambda: radar_png(*report.chart_data(content))),
            "Word .docx (ru, with chart)": median_ms(lambda: docx.write(content, folder / "r.docx", chart_png=chart)),
            "Word .docx (ru+en)": median_ms(lambda: docx.write(report.build(doc, "ru+en"), folder / "b.docx",
                                                               chart_png=chart)),
            "Excel .xlsx (ru)": median_ms(lambda: xlsx.write(content, folder / "w.xlsx")),
            "import read+plan (xlsx)": median_ms(lambda: importer.read(doc, folder / "w.xlsx")),
        }
        figures["total Word export (build + chart + write)"] = (
            figures["report.build (ru)"] + figures["radar chart PNG"] + figures["Word .docx (ru, with chart)"])
        figures["total Excel export (build + write)"] = figures["report.build (ru)"] + figures["Excel .xlsx (ru)"]
        print(f"Example assessment: {doc.catalogue.indicator_count} indicators, {doc.action_count()} actions; "
              f"median of {RUNS} runs")
        for name, ms in figures.items():
            print(f"  {name:<45} {ms:8.1f} ms")
        print(f"  sizes: docx {(folder / 'r.docx').stat().st_size // 1024} KB, "
              f"xlsx {(folder / 'w.xlsx').stat().st_size // 1024} KB")
        doc.close()


if __name__ == "__main__":
    main()
