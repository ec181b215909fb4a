"""The register in the Word report's annex: a summary row per activity, the calculation of those that meet."""

from __future__ import annotations

import zipfile

from model.document.assessment import Assessment
from model.formats import docx as docx_export
from model.register import activities as register
from model.register.figures import compute
from model.report import build as report


def test_the_word_annex_lists_every_activity_and_the_calculation_of_those_that_meet(tmp_path, demo_copy):
    with Assessment.open(demo_copy(tmp_path / "demo.teia")) as doc:
        found = register.activities(doc)
        figures = compute(found, register.annex_for(doc))
        content = report.build(doc, "ru")
    path = docx_export.write(content, tmp_path / "r.docx")
    with zipfile.ZipFile(path) as package:
        xml = package.read("word/document.xml").decode("utf-8")
    assert "Приложение: реестр опасных видов деятельности" in xml
    assert all(a.values["name"].replace("«", "«") in xml for a in found[:5])
    meeting = [a for a in found if figures.results[a.uid].meets]
    assert 0 < len(meeting) < len(found)
    assert xml.count("Соответствует количественному критерию приложения I") == len(meeting)
    assert "30 / 25 = 1,20" in xml  # the chlorine store of the water works, to be checked by hand


def test_a_document_without_a_register_has_no_annex(tmp_path):
    from model.catalogue import builtin_catalogue
    from model.document.assessment import Assessment

    with Assessment.create(tmp_path / "e.teia", builtin_catalogue()) as doc:
        assert report.build(doc, "en").register is None


def test_the_excel_export_has_the_register_and_its_substances_on_sheets_of_their_own(tmp_path, demo_copy):
    import openpyxl

    from model.formats import xlsx as xlsx_export

    with Assessment.open(demo_copy(tmp_path / "demo.teia")) as doc:
        found = register.activities(doc)
        content = report.build(doc, "en")
    path = xlsx_export.write(content, tmp_path / "r.xlsx")
    workbook = openpyxl.load_workbook(path)
    activities, substances = workbook["Register"], workbook["Register substances"]
    names = [activities.cell(row=r, column=2).value for r in range(2, len(found) + 2)]
    assert names == [a.values["name"] for a in found]
    assert substances.max_row - 1 == sum(len(a.substances) for a in found)
    chlorine = next(r for r in range(2, len(found) + 2) if "Хлораторная городских" in names[r - 2])
    assert activities.cell(row=chlorine, column=9).value == "meets"
    assert "30 / 25 = 1.20" in activities.cell(row=chlorine, column=10).value
