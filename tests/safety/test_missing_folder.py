"""A file written into a folder that is gone (a removed USB stick) is refused about that file, in words:
not "the change could not be saved" (no assessment was being saved) and not a temporary file's name."""

from __future__ import annotations

import pytest

from cli import main


@pytest.mark.parametrize("fmt", ["docx", "xlsx", "pdf"])
def test_an_export_into_a_missing_folder_names_the_export(tmp_path, capsys, demo_copy, fmt):
    doc = demo_copy(tmp_path / "d.teia")
    target = tmp_path / "stick" / f"report.{fmt}"
    capsys.readouterr()
    assert main.main(["export", str(doc), "--format", fmt, "--lang", "ru", "-o", str(target)]) != 0
    said = capsys.readouterr().err
    assert f"{target} was not written" in said and "No such file or directory" in said
    assert "change" not in said and ".teia-" not in said
    assert not (tmp_path / "stick").exists()


def test_the_next_cycle_into_a_missing_folder_names_the_new_file(tmp_path, capsys, demo_copy):
    doc = demo_copy(tmp_path / "d.teia")
    assert main.main(["finalize", str(doc), "--by", "А. Асанова"]) == 0
    target = tmp_path / "stick" / "next.teia"
    capsys.readouterr()
    assert main.main(["next-cycle", str(doc), "-o", str(target)]) != 0
    said = capsys.readouterr().err
    assert f"{target} was not written" in said and "change" not in said and ".teia-" not in said
