"""Scale: the import preview of a 2,000-row workbook (File → Import reviewed Excel workbook, up to the list of
changes shown for review): a 2,000-indicator assessment exported to Excel, one description in ten changed in
the workbook as a reviewer would, then read back against the document (model.formats.xlsx_import.read).

Usage: python bench/import_2000.py [--indicators 2000] [--json]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import emit, median  # noqa: E402
from open_2000 import make_document  # noqa: E402

DESCRIPTION_COLUMN = "F"  # of the indicators sheet, as tests/model/test_import_xlsx.py edits it


def measure(indicators: int, runs: int) -> dict:
    from openpyxl import load_workbook

    from model.report import build as report
    from model.document.assessment import Assessment
    from model.formats import xlsx
    from model.formats import xlsx_import as importer

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        make_document(folder / "scale.teia", indicators, 200)
        doc = Assessment.open(folder / "scale.teia")
        exported = folder / "exported.xlsx"
        xlsx.write(report.build(doc, "ru"), exported)
        workbook = load_workbook(exported)
        sheet = workbook.worksheets[1]  # the indicators (0 is the cover)
        for row in range(2, indicators + 2, 10):
            sheet[f"{DESCRIPTION_COLUMN}{row}"] = f"Проверено рецензентом ң {row}"
        reviewed = folder / "reviewed.xlsx"
        workbook.save(reviewed)
        timings, changes = [], 0
        for _ in range(runs):
            start = time.perf_counter()
            plan = importer.read(doc, reviewed)
            timings.append(time.perf_counter() - start)
            changes = len(plan.changes)
        doc.close()
    expected = len(range(2, indicators + 2, 10))
    if changes < expected:
        raise RuntimeError(f"the preview found {changes} changes, not the {expected} made in the workbook")
    return {"import_2000_s": median(timings), "import_2000_spread_s": [min(timings), max(timings)],
            "import_changes": changes, "import_rows": indicators}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--indicators", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    emit(measure(args.indicators, args.runs), args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
