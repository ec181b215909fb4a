"""Word and Excel export of a full assessment against the bare libraries writing the same text (same run).

The assessment: every indicator of the built-in catalogue rated, each of its four text fields about 1 KB of
Russian and Kyrgyz, and 200 actions. Ours: model.report.build.build + model.formats.docx / .xlsx write (what the
user waits for). The baseline: python-docx / openpyxl writing the same texts into tables of the same shape
(a two-column table per indicator, one action-plan table; the same sheets, rows and columns), with no
styling. Runs alternate, medians of at least five.

Usage: python bench/export_ratio.py [--runs 5] [--json]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import emit, fill_responses, insert_actions, median, spread  # noqa: E402


def make_document(path: Path):
    from model.catalogue import builtin_catalogue
    from model.document.assessment import Assessment

    doc = Assessment.create(path, builtin_catalogue(), country="Кыргызская Республика", title="Самооценка ң ө ү",
                            authors=["Айбек Өмүров"])
    fill_responses(doc, 1000)
    insert_actions(doc, 200, text_size=1000)
    return doc


def indicator_rows(report, entry) -> list[tuple[str, str]]:
    """The label and text of each row our Word table of an indicator has."""
    from model.report.build import join

    return [
        (report.text("level"), f"{entry.level} — {join(entry.level_label)}\n{join(entry.level_descriptor)}"),
        (report.text("criteria"), "\n".join(f"{c.id} {c.text[0]}" for c in entry.criteria)),
        (report.text("description"), entry.description), (report.text("evidence"), entry.evidence),
        (report.text("gaps"), entry.gaps), (report.text("authority"), entry.authority),
        (report.text("status"), join(entry.status_label)),
    ]


def action_cells(action) -> list[str]:
    from model.report.build import join

    return [str(action.number), f"{action.title}\n{action.gap}\n{action.expected_result}",
            ", ".join(action.indicator_ids), f"{action.lead}\n{action.partners}",
            f"{action.start_date or ''}\n{action.due_date or ''}", join(action.priority_label),
            join(action.status_label), action.budget]


def raw_docx(report, path: Path) -> None:
    from docx import Document

    from model.report.build import join

    document = Document()
    document.add_heading(report.title_page.title, level=0)
    table = document.add_table(rows=len(report.summary) + 1, cols=5)
    for row, area in zip(table.rows[1:], report.summary):
        for cell, text in zip(row.cells, (join(area.title), str(area.indicators), str(area.complete),
                                          f"{area.completion:.0%}", f"{area.mean_level or 0:.1f}")):
            cell.text = text
    for section in report.sections:
        document.add_heading(f"{section.id}. {join(section.title)}", level=1)
        for entry in section.indicators:
            document.add_heading(f"{entry.id}. {entry.statement[0]}", level=2)
            rows = indicator_rows(report, entry)
            table = document.add_table(rows=len(rows), cols=2)
            table.style = document.styles["Table Grid"]
            for row, (label, text) in zip(table.rows, rows):
                row.cells[0].text = label
                row.cells[1].text = text
    document.add_heading(report.text("action_plan"), level=1)
    table = document.add_table(rows=len(report.actions) + 1, cols=8)
    table.style = document.styles["Table Grid"]
    for row, action in zip(table.rows[1:], report.actions):
        for cell, text in zip(row.cells, action_cells(action)):
            cell.text = text
    document.save(str(path))


def raw_xlsx(report, path: Path) -> None:
    from openpyxl import Workbook

    from model.formats.xlsx import ACTION_COLUMNS, INDICATOR_COLUMNS, action_values, indicator_values

    workbook = Workbook()
    summary = workbook.active
    for area in report.summary:
        summary.append([area.area_id, area.indicators, area.complete, area.completion, area.mean_level])
    indicators, hidden_indicators = workbook.create_sheet("indicators"), workbook.create_sheet("rows")
    for entry in report.indicators():
        values = indicator_values(report, entry)
        indicators.append([values[k] for k in INDICATOR_COLUMNS])
        hidden_indicators.append([entry.id, entry.revision, *(values[k] for k in INDICATOR_COLUMNS[2:])])
    actions, hidden_actions = workbook.create_sheet("actions"), workbook.create_sheet("action rows")
    for action in report.actions:
        values = action_values(report, action)
        actions.append([values[k] for k in ACTION_COLUMNS])
        hidden_actions.append([action.uid, action.revision, *(values[k] for k in ACTION_COLUMNS[1:-1])])
    workbook.save(str(path))


def measure(runs: int) -> dict:
    from model.report import build as report_model
    from model.formats import docx
    from model.formats import xlsx

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        doc = make_document(folder / "full.teia")
        content = report_model.build(doc, "ru")
        if len(content.actions) != 200 or not all(len(e.description) >= 1000 for e in content.indicators()):
            raise RuntimeError("the assessment is not filled as the benchmark needs")
        timings: dict[str, list[float]] = {"docx": [], "raw_docx": [], "xlsx": [], "raw_xlsx": []}
        jobs = {
            "docx": lambda: docx.write(report_model.build(doc, "ru"), folder / "ours.docx"),
            "raw_docx": lambda: raw_docx(content, folder / "raw.docx"),
            "xlsx": lambda: xlsx.write(report_model.build(doc, "ru"), folder / "ours.xlsx"),
            "raw_xlsx": lambda: raw_xlsx(content, folder / "raw.xlsx"),
        }
        for job in jobs.values():  # imports and caches warmed before timing
            job()
        for _ in range(runs):
            for name, job in jobs.items():
                start = time.perf_counter()
                job()
                timings[name].append(time.perf_counter() - start)
        doc.close()
    m = {name: median(values) for name, values in timings.items()}
    return {"docx_s": m["docx"], "raw_docx_s": m["raw_docx"], "docx_ratio": m["docx"] / m["raw_docx"],
            "xlsx_s": m["xlsx"], "raw_xlsx_s": m["raw_xlsx"], "xlsx_ratio": m["xlsx"] / m["raw_xlsx"],
            "docx_ratio_spread": spread(timings["docx"], timings["raw_docx"]),
            "xlsx_ratio_spread": spread(timings["xlsx"], timings["raw_xlsx"]), "runs": runs}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    emit(measure(max(5, args.runs)), args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
