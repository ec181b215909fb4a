"""The `catalogue` verb: export a catalogue as a workbook, import it back as a catalogue file."""

from __future__ import annotations

import json

import openpyxl

from cli import main
from model.catalogue import builtin_catalogue, load_catalogue
from tests.conftest import DATA


def test_export_and_import_from_the_command_line(tmp_path, capsys):
    book, out = tmp_path / "catalogue.xlsx", tmp_path / "catalogue.json"
    assert main.main(["catalogue", "export", "-o", str(book)]) == 0
    assert f"{builtin_catalogue().indicator_count} indicators" in capsys.readouterr().out
    assert main.main(["catalogue", "import", str(book), "-o", str(out)]) == 0
    assert "Wrote the catalogue" in capsys.readouterr().out
    assert json.loads(load_catalogue(out).source_json)["areas"] == json.loads(builtin_catalogue().source_json)["areas"]
    assert main.main(["catalogue", "import", str(book), "-o", str(out)]) == 1  # never over a file without --force
    assert "already exists" in capsys.readouterr().err
    assert main.main(["catalogue", "import", str(book), "-o", str(out), "--force"]) == 0


def test_a_catalogue_file_is_exported_and_a_broken_workbook_refused_in_one_line(tmp_path, capsys):
    book = tmp_path / "small.xlsx"
    assert main.main(["catalogue", "export", str(DATA / "small-catalogue.json"), "-o", str(book)]) == 0
    workbook = openpyxl.load_workbook(book)
    workbook["Criteria"]["B2"].value = "9.9"
    workbook.save(book)
    capsys.readouterr()
    assert main.main(["catalogue", "import", str(book), "-o", str(tmp_path / "out.json")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and 'sheet "Criteria", cell B2' in err and "9.9" in err
    assert not (tmp_path / "out.json").exists()


def test_migrate_and_its_template_from_the_command_line(tmp_path, capsys):
    import openpyxl

    from model.document.creation import create_assessment
    from model.document.assessment import Assessment
    from tests.model.catalogue_io.editions import editions

    old, new = editions()
    (tmp_path / "old.json").write_text(old.source_json, encoding="utf-8")
    (tmp_path / "new.json").write_text(new.source_json, encoding="utf-8")
    with create_assessment(tmp_path / "a.teia", old) as doc:
        doc.update_response("1.2", level=3, evidence="Постановление ң")
        doc.update_response("B.1", level=1)
    template = tmp_path / "map.xlsx"
    assert main.main(["migrate", "--template", str(tmp_path / "old.json"), str(tmp_path / "new.json"),
                      "-o", str(template)]) == 0
    book = openpyxl.load_workbook(template)
    book["Mapping"]["C3"].value = "1.20"  # 1.2 is renamed
    book.save(template)
    capsys.readouterr()
    out = tmp_path / "b.teia"
    assert main.main(["migrate", str(tmp_path / "a.teia"), "--to", str(tmp_path / "new.json"), "--map",
                      str(template), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "1 renamed" in printed and "Not in the new edition" in printed and "B.1" in printed
    with Assessment.open(out, readonly=True) as doc:
        assert doc.responses()["1.20"].evidence == "Постановление ң"
    assert main.main(["migrate", str(tmp_path / "a.teia"), "--to", str(tmp_path / "new.json"), "-o", str(out)]) == 1
    assert "already exists" in capsys.readouterr().err
