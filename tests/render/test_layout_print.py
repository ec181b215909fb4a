"""Print places the rows of model.report.layout, as Word does (tests/model/test_layout.py): the title page, every
field of an indicator in order, the summary and the action plan's cells — read back from the laid-out items."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QPdfWriter

from model.report import build as report
from model.report import layout
from render import forms, items, printing
from tests.export_helpers import build_demo_with_actions


@pytest.fixture(scope="module")
def content(tmp_path_factory):
    from model.document.assessment import Assessment

    path = build_demo_with_actions(tmp_path_factory.mktemp("print") / "demo.teia")
    with Assessment.open(path, readonly=True) as doc:
        return report.build(doc, "ky", report.ReportOptions(today=date(2026, 3, 5)))


def printout(content, tmp_path) -> tuple[forms.Printout, QPdfWriter]:
    """The print layout of ``content`` on an A4 PDF device at 300 dpi (keep the writer while the layout is used)."""
    writer = QPdfWriter(str(tmp_path / "x.pdf"))
    writer.setResolution(300)
    writer.setPageLayout(printing.PrintOptions().page_layout())
    rect = writer.pageLayout().paintRectPixels(300)
    return forms.Printout(content, items.Context(writer, float(rect.width()), float(rect.height())),
                          printing.PrintOptions()), writer


@pytest.fixture
def builder(qapp, content, tmp_path):
    made, writer = printout(content, tmp_path)
    yield made
    del writer


def texts(item) -> list[str]:
    """The texts of an item in reading order (a paragraph's line breaks back as "\\n")."""
    if isinstance(item, items.Paragraph):
        return [item.text.replace("\u2028", "\n")]
    if isinstance(item, items.Stack):
        return [t for _, inner in item.items for t in texts(inner)]
    if isinstance(item, items.Row):
        return [t for _, inner in item.cells for t in texts(inner)]
    return []


def rows(block) -> list[list[str]]:
    """The table rows of a block (its header first, if any): the texts of each cell."""
    found = [block.header] if block.header is not None else []
    found += [item for item in block.items if isinstance(item, items.Row) and item.border is not None]
    return [["\n".join(texts(inner)) for _, inner in row.cells] for row in found]


def test_the_title_page_has_the_title_rows(builder, content):
    title = builder.filled()[0]
    assert rows(title) == [[label, value or layout.EMPTY] for label, value in layout.title_rows(content)]


def test_every_indicator_has_its_fields_in_order(builder, content):
    for entry in content.indicators():
        labels = [cells[0] for cells in rows(builder.filled_indicator(entry))]  # the band (no border) is not a row
        assert labels == [f.label for f in layout.indicator_fields(content, entry)], entry.id


def test_the_summary_and_the_plan_have_the_layouts_cells(builder, content):
    summary = builder.summary_table()
    assert rows(summary) == [layout.summary_headers(content)] + [
        [r.name, str(r.indicators), str(r.complete), r.completion_text, r.mean_text] for r in layout.summary_rows(content)]
    plan = next(block for block in builder.plan() if block.header is not None)
    assert rows(plan) == [layout.action_headers(content)] + [
        ["\n".join(line.text for line in cell) for cell in layout.action_cells(content, action)]
        for action in content.actions]
