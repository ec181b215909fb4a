"""The workbook in office software: rows that grow with what is typed, readable printing, protected keys."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile

import openpyxl
import pytest
from lxml import etree

from model.report import build as report
from model.document.assessment import Assessment
from model.formats import xlsx as excel
from tests.export_helpers import build_demo_with_actions

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


@pytest.fixture(scope="module")
def workbook_path(tmp_path_factory):
    folder = tmp_path_factory.mktemp("wb")
    path = build_demo_with_actions(folder / "demo.teia")
    with Assessment.open(path, readonly=True) as doc:
        return excel.write(report.build(doc, "ru"), folder / "w.xlsx")


def sheet_xml(path, index: int) -> etree._Element:
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read(f"xl/worksheets/sheet{index}.xml"))


def test_rows_of_the_indicators_and_actions_have_no_custom_height(workbook_path):
    for index in (2, 3):  # indicators, actions
        rows = sheet_xml(workbook_path, index).iter(f"{MAIN}row")
        heights = []
        for row in rows:
            assert row.get("customHeight") in (None, "0", "false"), (index, row.get("r"))
            if row.get("ht"):
                heights.append(float(row.get("ht")))
        assert heights and max(heights) > 40  # still shown at the height the text needs when first opened


def test_print_is_readable_on_every_page(workbook_path):
    workbook = openpyxl.load_workbook(workbook_path)
    for ws in workbook.worksheets[:3]:
        widths = [ws.column_dimensions[c].width for c in "ABCDEFGHIJKLMNOP"[:ws.max_column]]
        page = excel.PAGE_WIDTH_PT[ws.page_setup.orientation]
        if ws.sheet_properties.pageSetUpPr.fitToPage:
            scale = min(1.0, page / sum(excel.column_points(w) for w in widths))
            assert 10 * scale >= excel.MIN_PRINT_PT, ws.title
            continue
        scale = int(ws.page_setup.scale) / 100
        assert 10 * scale >= excel.MIN_PRINT_PT
        assert ws.print_title_cols == "$A:$B"
        cuts = [0, *[b.id for b in ws.col_breaks.brk], len(widths)]
        repeated = sum(excel.column_points(w) for w in widths[:2])
        groups = [widths[max(2, a):b] for a, b in zip(cuts, cuts[1:])]
        assert sum(len(g) for g in groups) == len(widths) - 2  # every column printed once
        for group in groups:
            assert (repeated + sum(excel.column_points(w) for w in group)) * scale <= page, (ws.title, group)


def test_keys_and_identity_sheets_are_protected_without_a_password(workbook_path):
    workbook = openpyxl.load_workbook(workbook_path)
    indicators, actions = workbook.worksheets[1], workbook.worksheets[2]
    for ws in (indicators, actions):
        assert ws.protection.sheet and not ws.protection.password
        assert not ws.protection.autoFilter and not ws.protection.sort and not ws.protection.formatRows
    assert indicators["A2"].protection.locked and indicators["B2"].protection.locked  # id, statement
    assert not any(indicators.cell(2, c).protection.locked for c in range(3, 10))
    uid = excel.ACTION_COLUMNS.index("uid") + 1
    last = actions.max_row
    for row in (2, last):  # an exported action and an empty row for a new one
        assert actions.cell(row, uid).protection.locked and actions.cell(row, 1).protection.locked
        assert not any(actions.cell(row, c).protection.locked for c in range(2, uid))
    for name in (excel.META_SHEET, excel.ROWS_SHEET, excel.ACTION_ROWS_SHEET, excel.LISTS_SHEET):
        assert workbook[name].sheet_state == "veryHidden" and workbook[name].protection.sheet


LO_MACRO = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub TypeLong(path As String)
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = "Hidden"
  args(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(path), "_blank", 0, args())
  s = ""
  For i = 1 To 20
    s = s &amp; "A long answer typed by a colleague, many lines in its cell. "
  Next i
  doc.Sheets.getByIndex(1).getCellRangeByName("I2").setString(s)
  doc.store()
  doc.close(True)
End Sub
</script:module>
"""


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_grows_a_row_when_a_long_answer_is_typed(workbook_path, tmp_path):
    """Type a long answer into a short row with LibreOffice itself (a Basic macro), save, read the height."""
    env = {"HOME": str(tmp_path / "home"), "TMPDIR": str(tmp_path), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    target = tmp_path / "typed.xlsx"
    shutil.copy(workbook_path, target)
    before = float(next(r for r in sheet_xml(target, 2).iter(f"{MAIN}row") if r.get("r") == "2").get("ht"))
    for _ in range(3):  # a new profile may be completed (and its Standard library rewritten) by the next start
        subprocess.run(["soffice", "--headless", "--terminate_after_init"], env=env, timeout=120, capture_output=True)
        module = next((tmp_path / "home").rglob("basic/Standard/Module1.xba"), None)
        assert module is not None, "LibreOffice made no user profile"
        module.write_text(LO_MACRO, encoding="utf-8")
        subprocess.run(["soffice", "--headless", f'macro:///Standard.Module1.TypeLong("{target}")'], env=env,
                       timeout=120, capture_output=True)
        if "TypeLong" in module.read_text(encoding="utf-8"):
            break
    with zipfile.ZipFile(target) as z:
        xml = z.read("xl/worksheets/sheet2.xml").decode()
    assert "A long answer typed by a colleague" in (xml + zipfile.ZipFile(target).read("xl/sharedStrings.xml").decode())
    row = re.search(r'<row r="2"[^>]*>', xml).group(0)
    after = float(re.search(r'ht="([\d.]+)"', row).group(1))
    assert after > 3 * before, (before, after, row)
