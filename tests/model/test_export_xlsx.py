"""The workbook: re-opened with openpyxl; columns, dropdowns, hidden identification, text never a formula."""

from __future__ import annotations

import openpyxl
import pytest

from model.document import actionplan
from model.report import build as report
from model.catalogue import builtin_catalogue
from model.document.assessment import Assessment
from model.formats import xlsx as excel
from model.report.labels import LABELS
from tests.export_helpers import build_demo_with_actions


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = build_demo_with_actions(tmp_path_factory.mktemp("demo") / "demo.teia")
    with Assessment.open(path, readonly=True) as doc:
        yield doc


def sheet(workbook, key: str, langs: tuple[str, ...]):
    return workbook[report.join(tuple(LABELS[key][x] for x in langs), " - ")]


@pytest.mark.parametrize("lang", ["en", "ru", "ky", "ru+en"])
def test_round_trip_in_each_language(demo, tmp_path, lang):
    content = report.build(demo, lang)
    workbook = openpyxl.load_workbook(excel.write(content, tmp_path / f"w-{lang}.xlsx"))
    indicators = sheet(workbook, "sheet.indicators", content.langs)
    header = [c.value for c in indicators[1]]
    if lang == "en":
        assert header == ["ID", "Indicator", "Level", "Status", "Criteria met", "Description", "Evidence", "Gaps",
                          "Responsible authority"]
    else:
        assert header[2] == report.join(tuple(LABELS["level"][x] for x in content.langs))
    ids = [indicators.cell(row, 1).value for row in range(2, indicators.max_row + 1)]
    assert ids == builtin_catalogue().indicator_ids()
    response = demo.response("1.1")
    assert indicators["F2"].value == response.description and indicators["I2"].value == response.authority
    assert indicators["C2"].value.startswith(f"{response.level} — ")
    if "ky" in lang:
        assert "ү" in indicators["B2"].value or "ө" in indicators["B2"].value
    assert indicators.freeze_panes == "C2" and indicators.print_title_rows == "$1:$1"
    # printed at a readable size, the columns split over pages with id and statement repeated
    assert indicators.page_setup.orientation == "landscape" and int(indicators.page_setup.scale) == excel.PRINT_SCALE
    assert not indicators.sheet_properties.pageSetUpPr.fitToPage and indicators.print_title_cols == "$A:$B"
    assert indicators["F2"].alignment.wrap_text and indicators.column_dimensions["F"].width >= 40
    # dropdowns with their messages shown, the lists on a hidden sheet
    validations = indicators.data_validations.dataValidation
    lists = [v for v in validations if v.type == "list"]
    assert {str(v.sqref).split()[0].rstrip("0123456789") for v in lists} >= {"C", "D2:D"}
    assert all(v.showErrorMessage and v.showInputMessage and v.prompt for v in lists)
    assert all(v.formula1.startswith("'_teia_lists'!$") for v in lists)
    hidden = workbook[excel.LISTS_SHEET]
    assert hidden.sheet_state == "veryHidden"
    level_list = [c.value for c in next(hidden.iter_cols(min_col=1, max_col=1))]
    assert level_list[0].startswith("0 — ") and len(level_list) == 6
    # the action plan with its own dropdowns and a key per row
    plan = sheet(workbook, "sheet.actions", content.langs)
    assert [plan.cell(r, 16).value for r in range(2, 2 + len(content.actions))] == [a.uid for a in content.actions]
    assert len([v for v in plan.data_validations.dataValidation if v.type == "list"]) == 3
    # identification of the assessment and the exported revisions
    meta = dict(workbook[excel.META_SHEET].iter_rows(values_only=True))
    assert meta["document_id"] == demo.meta()["document_id"] and meta["catalogue_sha256"] == demo.catalogue.sha256
    assert meta["lang"] == lang and workbook[excel.META_SHEET].sheet_state == "veryHidden"
    rows = {r[0]: r[1] for r in workbook[excel.ROWS_SHEET].iter_rows(min_row=2, values_only=True)}
    assert rows == {i: r.revision for i, r in demo.responses().items()}
    action_rows = {r[0]: r[1] for r in workbook[excel.ACTION_ROWS_SHEET].iter_rows(min_row=2, values_only=True)}
    assert action_rows == {a.uid: a.revision for a in actionplan.actions(demo)}


def test_formula_like_text_is_stored_as_text(demo, tmp_path):
    path = tmp_path / "copy.teia"
    demo.save_copy(path)
    with Assessment.open(path) as doc:
        for ind, text in (("1.1", "=SUM(A1:A9)"), ("1.2", "+7 999"), ("1.3", "-1"), ("1.4", "@cmd")):
            doc.update_response(ind, evidence=text)
        content = report.build(doc, "en")
    out = excel.write(content, tmp_path / "w.xlsx")
    ws = openpyxl.load_workbook(out)["Indicators"]
    for row, text in ((2, "=SUM(A1:A9)"), (3, "+7 999"), (4, "-1"), (5, "@cmd")):
        cell = ws.cell(row, 7)
        assert cell.value == text and cell.data_type == "s"
    assert ws["G2"].quotePrefix
    plan = openpyxl.load_workbook(out)["Action plan"]
    titles = [plan.cell(r, 2) for r in range(2, plan.max_row + 1) if plan.cell(r, 2).value]
    formula_like = [c for c in titles if c.value.startswith("=HYPERLINK")]
    assert formula_like and formula_like[0].data_type == "s"
    # and nothing in the file is a formula element
    import zipfile

    with zipfile.ZipFile(out) as archive:
        assert not any(b"<f>" in archive.read(n) for n in archive.namelist() if n.startswith("xl/worksheets/"))


def test_control_characters_are_dropped_consistently(demo, tmp_path):
    path = tmp_path / "copy.teia"
    demo.save_copy(path)
    with Assessment.open(path) as doc:
        doc.update_response("1.1", gaps="a\x01b\x1fc\r\nd\re")
        content = report.build(doc, "en")
    ws = openpyxl.load_workbook(excel.write(content, tmp_path / "w.xlsx"))["Indicators"]
    assert ws["H2"].value == "abc\nd\ne"


def test_the_garbage_collector_is_paused_while_building_and_saving_and_restored_after(demo, tmp_path, monkeypatch):
    import gc

    from model.errors import DocumentError
    from model.formats import xlsx_save

    seen = []
    real_render, real_save = excel.render, xlsx_save.save_workbook
    monkeypatch.setattr(excel, "render", lambda content: (seen.append(("render", gc.isenabled())), real_render(content))[1])
    monkeypatch.setattr(xlsx_save, "save_workbook", lambda wb, out: (seen.append(("save", gc.isenabled())), real_save(wb, out))[1])
    content = report.build(demo, "ru")
    assert gc.isenabled()
    excel.write(content, tmp_path / "paused.xlsx")
    assert seen == [("render", False), ("save", False)] and gc.isenabled()
    openpyxl.load_workbook(tmp_path / "paused.xlsx").close()

    def failing(_wb, _out):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(xlsx_save, "save_workbook", failing)
    with pytest.raises(DocumentError) as failed:
        excel.write(content, tmp_path / "failed.xlsx")
    assert failed.value.kind == "not_written"  # raised where the file is written, as before
    assert gc.isenabled() and not (tmp_path / "failed.xlsx").exists()
    gc.disable()  # a caller that had paused it itself: left paused
    try:
        monkeypatch.setattr(xlsx_save, "save_workbook", real_save)
        excel.write(content, tmp_path / "again.xlsx")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_sheets_made_in_memory_are_what_openpyxl_itself_saves(demo, tmp_path):
    """model.formats.xlsx_save writes each sheet into memory, not into a temporary file: the parts, their order and
    their bytes are openpyxl's own (cell notes of a too-long text and a chart included), but for the save time."""
    import io
    import re
    import zipfile

    from openpyxl.chart import BarChart, Reference

    from model.formats import xlsx_save

    path = tmp_path / "copy.teia"
    demo.save_copy(path)
    with Assessment.open(path) as doc:
        doc.update_response("1.1", description="Длинный текст ң ө ү. " * 2000)  # over a cell: a note and a sheet
        content = report.build(doc, "ru")

    def made(save) -> dict[str, bytes]:
        workbook = excel.render(content)
        chart = BarChart()
        chart.add_data(Reference(workbook.worksheets[0], min_col=2, min_row=12, max_row=20))
        workbook.worksheets[0].add_chart(chart, "H2")
        out = io.BytesIO()
        save(workbook, out)
        with zipfile.ZipFile(out) as archive:
            assert archive.testzip() is None
            return {name: re.sub(rb"<dcterms:(?:created|modified)[^<]*<", b"", archive.read(name)) for name in archive.namelist()}

    ours, theirs = made(xlsx_save.save_workbook), made(lambda workbook, out: workbook.save(out))
    assert list(ours) == list(theirs)
    assert "xl/comments/comment1.xml" in ours and "xl/charts/chart1.xml" in ours
    assert [name for name in ours if ours[name] != theirs[name]] == []
