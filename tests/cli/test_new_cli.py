"""The `new` verb: an empty assessment from the command line, its folder made, never over an existing file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from cli import main
from model.document import creation
from model.document.assessment import Assessment
from tests.conftest import DATA

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          timeout=120, cwd=ROOT)


def test_new_writes_every_field_and_makes_the_folder(tmp_path, capsys):
    out = tmp_path / "not" / "yet" / "there" / "kg.teia"
    assert main.main(["new", str(out), "--country", "Кыргыз Республикасы", "--title", "Өз алдынча баалоо 2026",
                      "--lead", "МЧС", "--author", "Асанова, Үсөнбаева", "--author", "Петров", "--lang", "ky",
                      "--catalogue", str(DATA / "small-catalogue.json"), "--user", "Үсөн"]) == 0
    assert "Created" in capsys.readouterr().out
    with Assessment.open(out) as doc:
        meta = doc.meta()
        assert (meta["country"], meta["title"], meta["lead_authority"]) == (
            "Кыргыз Республикасы", "Өз алдынча баалоо 2026", "МЧС")
        assert meta["authors"] == ["Асанова", "Үсөнбаева", "Петров"]
        assert meta["content_language"] == "ky"
        assert doc.catalogue.id == "test-small"
        assert doc.history()[-1].by == "Үсөн"
        assert doc.integrity_check() == ["ok"]


def test_new_without_a_title_uses_the_usual_one_in_its_language(tmp_path):
    out = tmp_path / "ru.teia"
    assert main.main(["new", str(out)]) == 0
    with Assessment.open(out) as doc:
        assert doc.meta()["title"] == creation.DEFAULT_TITLES["ru"]
        assert doc.meta()["content_language"] == "ru"
        assert doc.catalogue.id == "teia-provisional"


def test_new_refuses_to_overwrite_with_one_line_and_exit_1(tmp_path):
    out = tmp_path / "kept.teia"
    out.write_bytes(b"a colleague's file")
    result = run("new", str(out), "--country", "KG")
    assert result.returncode == 1
    assert "already exists" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert out.read_bytes() == b"a colleague's file"


def test_new_under_a_file_says_so_about_creating(tmp_path):
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file where a folder should be")
    result = run("new", str(blocker / "kg.teia"))
    assert result.returncode == 1
    assert "was not created" in result.stderr and "is a file, not a folder" in result.stderr
    assert "last change" not in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert blocker.read_text() == "a file where a folder should be"
