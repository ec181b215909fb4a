"""The catalogue workbook: export → (LibreOffice) → import gives the same catalogue; broken workbooks are refused
naming the sheet, the cell and the problem; hostile files meet the assessment importer's defences."""

from __future__ import annotations

import json
import shutil
import subprocess

import openpyxl
import pytest

from model.catalogue import builtin_catalogue, parse_catalogue
from model.catalogue import layout
from model.catalogue.workbook_export import export_catalogue
from model.catalogue.workbook_import import import_catalogue, read_workbook
from model.document.creation import create_assessment
from model.document.assessment import Assessment
from model.errors import WorkbookError
from tests.conftest import libreoffice_env


@pytest.fixture
def rich_catalogue(small_catalogue_json):
    """The small catalogue with what a round trip could lose: Kyrgyz letters, a formula-like text, a fourth
    language, an indicator with a scale of its own, references holding a semicolon, a missing translation."""
    data = json.loads(json.dumps(small_catalogue_json))
    first = data["areas"][0]["indicators"][0]
    first["statement"]["ky"] = "Өзгөчө кырдаалдар: ң ө ү"
    first["statement"]["de"] = "Eine Behörde ist benannt"
    first["guidance"] = {"en": "=SUM(A1:A2) is words here", "ru": "+ не формула"}
    first["references"] = ["Art. 4(1); Annex III", "Art. 17(1)"]
    first["scale"] = {"levels": [{"value": 0, "label": {"en": "No"}, "descriptor": {"en": "Nothing"}},
                                 {"value": 1, "label": {"en": "Yes"}, "descriptor": {"ru": "Есть"}}],
                      "not_applicable": {"label": {"en": "n/a"}, "descriptor": {"en": "Does not apply"}}}
    del data["areas"][0]["indicators"][1]["statement"]["ky"]
    return parse_catalogue(json.dumps(data, ensure_ascii=False))


def _data(catalogue) -> dict:
    data = json.loads(catalogue.source_json)
    data.pop("$schema", None)
    return data


def test_export_then_import_gives_the_same_catalogue(rich_catalogue, tmp_path):
    path = export_catalogue(rich_catalogue, tmp_path / "c.xlsx")
    sheets = openpyxl.load_workbook(path).sheetnames
    assert sheets[:6] == ["Instructions", "Catalogue", "Scale", "Areas", "Indicators", "Criteria"]
    header = [c.value for c in openpyxl.load_workbook(path)["Indicators"][1]]
    assert {"statement_en", "statement_ru", "statement_ky", "statement_de"} <= set(header)
    catalogue, _ = read_workbook(path)
    assert _data(catalogue) == _data(rich_catalogue)


def test_the_built_in_catalogue_survives_the_round_trip(tmp_path):
    out = tmp_path / "c.json"
    catalogue = import_catalogue(export_catalogue(builtin_catalogue(), tmp_path / "c.xlsx"), out)
    assert _data(catalogue) == _data(builtin_catalogue())
    assert json.loads(out.read_text(encoding="utf-8"))["version"] == builtin_catalogue().version


def test_drop_downs_offer_the_lists(rich_catalogue, tmp_path):
    book = openpyxl.load_workbook(export_catalogue(rich_catalogue, tmp_path / "c.xlsx"))
    formulas = {sheet: [v.formula1 for v in book[sheet].data_validations.dataValidation]
                for sheet in ("Catalogue", "Areas", "Indicators", "Criteria")}
    assert all(formulas.values())
    assert "'Areas'!$A$2" in formulas["Indicators"][0]
    assert "'Indicators'!$A$2" in formulas["Criteria"][0]


def _libreoffice_resave(path, out):
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    subprocess.run([soffice, "--headless", "--convert-to", "xlsx", "--outdir", str(out), str(path)], check=True,
                   capture_output=True, timeout=180, env=libreoffice_env(out.parent))
    return out / path.name


def test_edited_and_re_saved_by_libreoffice_it_imports_and_a_new_assessment_uses_it(rich_catalogue, tmp_path):
    path = export_catalogue(rich_catalogue, tmp_path / "c.xlsx")
    book = openpyxl.load_workbook(path)
    identity = book["Catalogue"]
    columns = [c.value for c in identity[1]]
    identity.cell(row=2, column=columns.index("edition") + 1, value="2027.1")
    identity.cell(row=2, column=columns.index("status") + 1, value="official")
    indicators = book["Indicators"]
    columns = [c.value for c in indicators[1]]
    indicators.cell(row=2, column=columns.index("statement_ru") + 1, value="Новая формулировка ң")
    book.save(path)
    resaved = _libreoffice_resave(path, tmp_path / "lo")
    out = tmp_path / "official.json"
    catalogue = import_catalogue(resaved, out)
    assert (catalogue.version, catalogue.status) == ("2027.1", "official")
    expected = _data(rich_catalogue)
    expected.update(version="2027.1", status="official")
    expected["areas"][0]["indicators"][0]["statement"]["ru"] = "Новая формулировка ң"
    assert _data(catalogue) == expected
    with create_assessment(tmp_path / "a.teia", catalogue) as doc:
        doc.update_response(catalogue.indicator_ids()[0], level=1)
    with Assessment.open(tmp_path / "a.teia", readonly=True) as doc:
        assert doc.catalogue.version == "2027.1"
        assert doc.catalogue.indicators().__next__().statement["ru"] == "Новая формулировка ң"


# ----------------------------------------------------------------- broken workbooks
def _broken(catalogue, tmp_path, change) -> WorkbookError:
    path = export_catalogue(catalogue, tmp_path / "broken.xlsx")
    book = openpyxl.load_workbook(path)
    change(book)
    book.save(path)
    with pytest.raises(WorkbookError) as caught:
        read_workbook(path)
    return caught.value


def _column(sheet, name: str) -> int:
    return [c.value for c in sheet[1]].index(name) + 1


def _delete_column(name: str):
    def change(book):
        sheet = book["Indicators"]
        sheet.delete_cols(_column(sheet, name))
    return change


def _set(sheet_name: str, row: int, column: str, value):
    def change(book):
        sheet = book[sheet_name]
        sheet.cell(row=row, column=_column(sheet, column)).value = value
    return change


def _empty_statement(book):
    sheet = book["Indicators"]
    for lang in ("en", "ru", "ky", "de"):
        sheet.cell(row=3, column=_column(sheet, f"statement_{lang}")).value = None


BROKEN = {
    "missing language column": (_delete_column("statement_ky"), "Indicators", "missing_column"),
    "duplicate id": (_set("Indicators", 3, "id", "1.1"), "Indicators", "id_twice_row"),
    "criterion of an unknown indicator": (_set("Criteria", 2, "indicator", "9.9"), "Criteria", "unknown_indicator"),
    "empty statement": (_empty_statement, "Indicators", "empty_text"),
    "unknown area": (_set("Indicators", 2, "area", "Z"), "Indicators", "unknown_area"),
    "bad level": (_set("Scale", 2, "value", "high"), "Scale", "not_level"),
    "bad status": (_set("Catalogue", 2, "status", "final"), "Catalogue", "not_in_list"),
    "text too long": (_set("Criteria", 2, "text_en", "x" * 4001), "Criteria", "too_long"),
    "bad id": (_set("Criteria", 2, "id", "a b"), "Criteria", "pattern"),
    "unknown column": (_set("Areas", 1, "description_en", "descripton_en"), "Areas", "unknown_column"),
}


@pytest.mark.parametrize("case", BROKEN)
def test_a_broken_workbook_is_refused_naming_sheet_and_cell(rich_catalogue, tmp_path, case):
    change, sheet, code = BROKEN[case]
    error = _broken(rich_catalogue, tmp_path, change)
    assert error.kind == "catalogue_cell"
    assert (error.params["sheet"], error.params["problem_code"]) == (sheet, code)
    assert error.params["cell"][0].isalpha() and error.params["cell"][-1].isdigit()
    assert f'sheet "{sheet}", cell {error.params["cell"]}' in str(error)


def test_the_cell_named_is_the_one_that_is_wrong(rich_catalogue, tmp_path):
    error = _broken(rich_catalogue, tmp_path, _set("Criteria", 3, "text_en", "x" * 4001))
    book = openpyxl.load_workbook(tmp_path / "broken.xlsx")
    assert book["Criteria"][error.params["cell"]].value == "x" * 4001
    error = _broken(rich_catalogue, tmp_path, _set("Criteria", 4, "indicator", "9.9"))
    assert openpyxl.load_workbook(tmp_path / "broken.xlsx")["Criteria"][error.params["cell"]].value == "9.9"


def test_a_missing_sheet_is_refused(rich_catalogue, tmp_path):
    error = _broken(rich_catalogue, tmp_path, lambda book: book.remove(book["Criteria"]))
    assert (error.kind, error.params["sheet"]) == ("missing_sheet", "Criteria")


def test_hostile_files_are_refused_before_parsing(tmp_path):
    text = tmp_path / "not.xlsx"
    text.write_text("not a workbook", encoding="utf-8")
    with pytest.raises(WorkbookError) as caught:
        read_workbook(text)
    assert caught.value.kind == "not_workbook"
    book = openpyxl.Workbook()
    sheet = book.active
    for row in range(layout.MAX_ROWS + 20):
        sheet.append([row])
    book.save(tmp_path / "huge.xlsx")
    with pytest.raises(WorkbookError) as caught:
        read_workbook(tmp_path / "huge.xlsx")
    assert caught.value.kind == "too_many_rows"


def test_the_json_is_never_written_over_an_assessment_nor_half(rich_catalogue, tmp_path, small_catalogue):
    path = export_catalogue(rich_catalogue, tmp_path / "c.xlsx")
    create_assessment(tmp_path / "a.teia", small_catalogue).close()
    before = (tmp_path / "a.teia").read_bytes()
    from model.errors import DocumentError

    with pytest.raises(DocumentError):
        import_catalogue(path, tmp_path / "a.teia", force=True)
    assert (tmp_path / "a.teia").read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".teia")] == []
