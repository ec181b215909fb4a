"""The register in the document: schema version 3, its migration, and activities with their substances."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from model.document import actionplan
from model.document import backup
from model.document import migrations
from model.document import store
from model.catalogue import parse_catalogue
from model.document.assessment import Assessment
from model.errors import DocumentError
from model.register import activities as register
from model.register.annex1 import builtin_annex1, parse_annex1
from model.register.calculator import SubstanceLine

DATA = Path(__file__).resolve().parents[2] / "data"
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def v2_copy(tmp_path) -> Path:
    return Path(shutil.copy(DATA / "v2-assessment.teia", tmp_path / "v2.teia"))


@pytest.fixture
def doc(tmp_path):
    catalogue = parse_catalogue((DATA / "small-catalogue.json").read_text(encoding="utf-8"))
    with Assessment.create(tmp_path / "r.teia", catalogue, user="tester") as document:
        yield document


def test_the_v2_sample_opens_read_only_with_an_empty_register(v2_copy):
    before = v2_copy.read_bytes()
    with Assessment.open(v2_copy, readonly=True) as doc:
        assert doc.schema_version() == 2
        assert register.activities(doc) == [] and register.count(doc) == 0
        assert register.annex_for(doc) is builtin_annex1()
    assert v2_copy.read_bytes() == before


def test_opening_a_v2_document_backs_it_up_and_adds_the_register(v2_copy):
    original = v2_copy.read_bytes()
    with Assessment.open(v2_copy, readonly=True) as doc:
        responses, actions = doc.responses(), actionplan.actions(doc)
    with Assessment.open(v2_copy) as doc:
        assert doc.schema_version() == store.SCHEMA_VERSION >= 3  # the register came with format 3
        assert doc.responses() == responses and actionplan.actions(doc) == actions
        assert doc.query("SELECT name FROM contributor") == [("МЧС",)]
        added = register.add_activity(doc, {"name": "Склад хлора ң"}, [SubstanceLine("Хлор", "N10", (), 30)])
        assert register.activities(doc) == [added]
    assert any(b.path.read_bytes() == original for b in backup.list_backups(v2_copy))


def test_a_failed_v3_migration_leaves_the_v2_document_as_it_was(v2_copy, monkeypatch):
    original = v2_copy.read_bytes()

    def broken(con):
        con.execute("CREATE TABLE activity (id INTEGER)")
        raise RuntimeError("power cut")

    monkeypatch.setitem(migrations.MIGRATIONS, 3, broken)
    with pytest.raises(RuntimeError):
        Assessment.open(v2_copy)
    assert v2_copy.read_bytes() == original


def test_a_v2_file_with_a_register_table_already_is_refused_before_migrating(v2_copy):
    con = sqlite3.connect(v2_copy)
    con.execute("CREATE TABLE activity (id INTEGER)")
    con.commit()
    con.close()
    before = v2_copy.read_bytes()
    with pytest.raises(DocumentError) as error:
        Assessment.open(v2_copy)
    assert error.value.kind == "foreign_schema" and v2_copy.read_bytes() == before


def test_activity_fields_and_substances_are_kept_and_validated(doc):
    added = register.add_activity(doc, {"name": "Нефтебаза ң", "sector": "oil_gas", "border_km": "12,5",
                                        "notified_on": "2026-03-31", "flood": "yes"},
                                  [SubstanceLine("Бензин", "N34", (), 14000, form="liquid"),
                                   SubstanceLine("Одорант", "", ("P5a", "H2"), 3)])
    again = register.activity(doc, added.uid)
    assert again.name == "Нефтебаза ң" and again.border_km == 12.5 and again.flood is True
    assert again.notified_on == "2026-03-31" and again.transboundary == "undecided"
    assert again.substances[1].categories == ("P5a", "H2")
    for values in ({"sector": "space"}, {"latitude": 91}, {"notified_on": "31.03.2026"}, {"border_km": "nan"},
                   {"name": "x" * (register.MAX_TEXT + 1)}, {"colour": "red"}):
        with pytest.raises(DocumentError):
            register.update_activity(doc, added.uid, values)
    for line in (SubstanceLine("x", "N99", (), 1), SubstanceLine("x", "", ("Z1",), 1),
                 SubstanceLine("x", "", ("H1",), -1), SubstanceLine("x", "", ("H1",), float("inf"))):
        with pytest.raises(DocumentError):
            register.set_substances(doc, added.uid, [line])
    assert register.activity(doc, added.uid) == again  # refused edits changed nothing
    register.update_activity(doc, added.uid, {"transboundary": "yes"})
    assert register.activity(doc, added.uid).revision == again.revision + 1
    register.delete_activity(doc, added.uid)
    assert register.activities(doc) == [] and doc.query("SELECT COUNT(*) FROM activity_substance") == [(0,)]


def test_the_document_records_and_keeps_the_edition_it_calculates_with(doc):
    assert doc.query("SELECT COUNT(*) FROM annex_edition") == [(0,)]
    register.add_activity(doc, {"name": "a"})
    assert doc.query("SELECT edition FROM annex_edition") == [("2015",)]
    data = json.loads(builtin_annex1().source_json)
    data["edition"] = "2030-test"
    register.use_edition(doc, parse_annex1(json.dumps(data)))
    assert register.annex_for(doc).label == "teia-annex1 2030-test"


def test_register_verb_prints_json_with_the_listed_keys(tmp_path):
    out = tmp_path / "demo.teia"
    subprocess.run([sys.executable, str(ROOT / "main.py"), "demo", str(out)], check=True, capture_output=True)
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "register", str(out), "--json"],
                          check=True, capture_output=True, text=True, encoding="utf-8")
    data = json.loads(done.stdout)
    assert set(data) == {"annex_edition", "activities"} and data["annex_edition"] == "teia-annex1 2015"
    assert len(data["activities"]) >= 25
    keys = {"id", "name", "operator", "meets_annex_i", "s_health", "s_physical", "s_environment", "max_ratio",
            "governing_entry", "substances"}
    assert all(set(a) == keys for a in data["activities"])
    chlorine = next(a for a in data["activities"] if a["name"].startswith("Хлораторная городских"))
    assert chlorine["meets_annex_i"] is True and chlorine["governing_entry"] == "N10" and chlorine["max_ratio"] == 1.2
    text = subprocess.run([sys.executable, str(ROOT / "main.py"), "register", str(out), "--lang", "ky"],
                          check=True, capture_output=True, text=True, encoding="utf-8").stdout
    assert "I тиркеменин сандык критерийине жооп берет" in text


def test_register_verb_writes_a_template_and_imports_it_only_with_yes(tmp_path):
    out = tmp_path / "demo.teia"
    main = [sys.executable, str(ROOT / "main.py")]
    subprocess.run([*main, "demo", str(out)], check=True, capture_output=True)
    book = tmp_path / "register.xlsx"
    done = subprocess.run([*main, "register", str(out), "--template", "-o", str(book)], capture_output=True,
                          text=True, encoding="utf-8")
    assert done.returncode == 0 and book.exists(), done.stderr
    import openpyxl

    workbook = openpyxl.load_workbook(book)
    columns = [c.value for c in workbook["Activities"][1]]
    workbook["Activities"].cell(row=2, column=columns.index("permit") + 1, value="Лицензия № 5 ң")
    workbook.save(book)
    before = out.read_bytes()
    preview = subprocess.run([*main, "register", str(out), "--import", str(book)], capture_output=True, text=True,
                             encoding="utf-8")
    assert preview.returncode == 0 and "1 changed" in preview.stdout and out.read_bytes() == before
    applied = subprocess.run([*main, "register", str(out), "--import", str(book), "--yes"], capture_output=True,
                             text=True, encoding="utf-8")
    assert applied.returncode == 0 and "Imported 1" in applied.stdout
    hostile = tmp_path / "not-a-workbook.xlsx"
    hostile.write_bytes(b"PK\x03\x04 not really")
    refused = subprocess.run([*main, "register", str(out), "--import", str(hostile), "--yes"], capture_output=True,
                             text=True, encoding="utf-8")
    assert refused.returncode == 1 and refused.stderr.startswith("error:") and "Traceback" not in refused.stderr
