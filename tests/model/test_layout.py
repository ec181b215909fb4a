"""One report layout (model.report.layout): the rows are decided there, and Word and the workbook place exactly
those rows — a renderer that adds, drops or rewrites a row fails here. (Print: tests/render/test_layout_print.py.)"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from docx import Document
from openpyxl import load_workbook

from model.document import contributors
from model.document.assessment import Assessment
from model.formats import docx as word
from model.formats import xlsx as excel
from model.register.report import summary_cells
from model.report import build as report
from model.report import formatting, layout
from tests.export_helpers import build_demo_with_actions

TODAY = date(2026, 3, 5)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = build_demo_with_actions(tmp_path_factory.mktemp("layout") / "demo.teia")
    with Assessment.open(path) as doc:
        doc.update_response("1.2", evidence="", authority="")
        contributors.add_contributor(doc, "Министерство экономики", "МЭ", "Асанова")
    with Assessment.open(path, readonly=True) as doc:
        yield doc


@pytest.fixture(scope="module")
def content(demo):
    return report.build(demo, "ru", report.ReportOptions(today=TODAY))


@pytest.fixture(scope="module")
def document(content, tmp_path_factory):
    return Document(str(word.write(content, tmp_path_factory.mktemp("docx") / "r.docx")))


def cells(table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def test_title_rows_say_each_detail_once_in_order(content):
    rows = layout.title_rows(content)
    labels = [label for label, _ in rows]
    assert labels == [content.text(k) for k in ("document_status", "date", "lead_authority", "authors",
                                                "contributors", "catalogue")]
    assert dict(rows)[content.text("date")] == "05.03.2026"
    assert "Министерство экономики (МЭ) — Асанова" in dict(rows)[content.text("contributors")]
    assert [label for label, _ in layout.title_rows(content, country=True)][0] == content.text("country")
    without = replace(content, title_page=replace(content.title_page, contributors=()))
    assert content.text("contributors") not in dict(layout.title_rows(without))


def test_word_places_the_title_rows_the_summary_and_the_action_cells(content, document):
    assert cells(document.tables[0]) == [[label, value] for label, value in layout.title_rows(content)]
    summary = next(t for t in document.tables if t.rows[0].cells[0].text == content.text("area")
                   and len(t.columns) == 5)
    assert cells(summary) == [layout.summary_headers(content)] + [
        [r.name, str(r.indicators), str(r.complete), r.completion_text, r.mean_text] for r in layout.summary_rows(content)]
    plan = next(t for t in document.tables if t.rows[0].cells[0].text == content.text("number")
                and len(t.columns) == 8)
    assert cells(plan) == [layout.action_headers(content)] + [
        ["\n".join(line.text for line in cell) for cell in layout.action_cells(content, action)]
        for action in content.actions]


def test_word_places_every_indicator_field_in_order(content, document):
    entries = content.indicators()
    tables = [t for t in document.tables if t.rows[0].cells[0].text == content.text("level")
              and t.rows[0].cells[1].text != content.text("scale_meaning")]  # not the scale of the introduction
    assert len(tables) == len(entries)
    for entry, table in zip(entries, tables):
        fields = layout.indicator_fields(content, entry)
        assert [row[0].split("\n")[0] for row in cells(table)] == [f.label for f in fields], entry.id
        shown = {f.key: row[1] for f, row in zip(fields, cells(table))}
        for f in fields:
            if f.text:
                assert shown[f.key] == f.text, (entry.id, f.key)
    empty = {f.key: f.text for f in layout.indicator_fields(content, next(e for e in entries if e.id == "1.2"))}
    assert empty["evidence"] == empty["authority"] == layout.EMPTY


def test_the_fields_follow_the_options_and_the_order_of_field_keys(demo):
    brief = report.build(demo, "en", report.ReportOptions(include_criteria=False, today=TODAY))
    for entry in brief.indicators():
        keys = [f.key for f in layout.indicator_fields(brief, entry)]
        assert "criteria" not in keys
        assert keys == sorted(keys, key=layout.FIELD_KEYS.index)
        assert keys[0] == "level" and keys[-1] == "status"


def test_action_cells_hold_the_action_in_the_report_language(content):
    action = next(a for a in content.actions if a.assistance_requested and a.start_date)
    number, title, indicators, lead, dates, priority, status, resources = layout.action_cells(content, action)
    assert [line.style for line in title] == ["bold", "", "italic"]  # title, the gap, the expected result
    assert title[1].text == f"{content.text('gap')}: {action.gap}"
    assert lead[-1] == layout.Line(f"{content.text('partners')}: {action.partners}", "italic")
    assert dates[0].text == "\n".join(formatting.date(d, "ru") for d in (action.start_date, action.due_date))
    assert resources[0].text.endswith(f"{content.text('assistance_requested')}: {action.assistance_details}")
    assert len(layout.action_cells(content, action)) == len(layout.action_headers(content))


def test_the_area_line_and_the_summary_use_the_one_formatter(content):
    section = content.sections[0]
    s = section.summary
    line = layout.area_line(content, s)
    assert f"{formatting.percent(s.completion, 'ru')} ({s.complete}/{s.indicators})" in line
    assert line.endswith(f"{formatting.number(s.mean_level, 'ru')} / {s.highest_level}")
    assert "\u00a0%" in line  # Russian: a no-break space before the per cent sign
    total = layout.summary_rows(content)[-1]
    assert total.total and total.name == content.text("total")


def test_the_workbook_places_the_title_rows_and_the_summary(content, tmp_path):
    book = load_workbook(excel.write(content, tmp_path / "r.xlsx"))
    sheet = book.worksheets[0]
    rows = layout.title_rows(content, country=True)
    assert [[sheet.cell(3 + i, 1).value, sheet.cell(3 + i, 2).value or ""] for i in range(len(rows))] == \
        [[label, value] for label, value in rows]
    names = [c.value for c in sheet["A"] if c.value]
    summary = layout.summary_rows(content)
    start = names.index(layout.summary_headers(content)[0])
    assert names[start + 1:start + 1 + len(summary)] == [r.name for r in summary]


def test_word_places_the_register_rows(content, document):
    annex = content.register
    table = next(t for t in document.tables if len(t.columns) == 6 and t.rows[1].cells[1].text == annex.rows[0].name)
    assert cells(table)[1:] == [list(summary_cells(entry, content.langs)) for entry in annex.rows]
