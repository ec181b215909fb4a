"""Attachment names are reduced to a safe base name: never a path, never a Windows device, never empty."""

from __future__ import annotations

import ntpath
import os
import posixpath
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from model.document.assessment import Assessment
from model.filenames import FALLBACK, MAX_CHARS, _RESERVED, path_in, safe_name


@pytest.mark.parametrize("name, expected", [
    ("акт № 7.pdf", "акт № 7.pdf"),
    ("../../../etc/passwd", "passwd"),
    ("..\\..\\Windows\\win.ini", "win.ini"),
    ("/etc/cron.d/job", "job"),
    ("C:\\Users\\x\\Startup\\run.bat", "run.bat"),
    ("C:run.bat", "C_run.bat"),
    ("\\\\host\\share\\x.png", "x.png"),
    ("CON", "_CON"), ("nul.txt", "_nul.txt"), ("COM1.tar.gz", "_COM1.tar.gz"), ("LPT9", "_LPT9"),
    ("con .txt", "_con .txt"), ("CONSOLE.txt", "CONSOLE.txt"),
    ("report.pdf. . ", "report.pdf"), ("  spaced  ", "spaced"),
    ("..", FALLBACK), (".", FALLBACK), ("", FALLBACK), ("...", FALLBACK), ("../", FALLBACK), ("a/..", FALLBACK),
    ('a<b>c:"d"|e?f*.txt', "a_b_c__d__e_f_.txt"),
    ("tab\tnew\nline\x00.txt", "tab_new_line_.txt"),
    ("\ud800.txt", "_.txt"),
])
def test_names_are_reduced_to_a_safe_base_name(name, expected):
    assert safe_name(name) == expected


def test_long_names_keep_their_extension():
    name = safe_name("ө" * 300 + ".docx")
    assert len(name) <= MAX_CHARS and name.endswith(".docx") and name.startswith("ө")
    assert safe_name(None) == FALLBACK and safe_name(b"x") == FALLBACK


@settings(max_examples=400, deadline=None, derandomize=True, database=None)
@given(name=st.text(st.characters(codec=None), max_size=300)
       | st.lists(st.sampled_from(["..", ".", "/", "\\", "C:", "CON", "nul", "a", " ", ".txt", "ң"]),
                  max_size=12).map("".join))
def test_a_safe_name_stays_in_its_folder(name):
    result = safe_name(name)
    assert result and result == result.strip() and not result.endswith(".")
    assert "/" not in result and "\\" not in result and ":" not in result and "\x00" not in result
    assert not _RESERVED.match(result)
    assert len(result) <= MAX_CHARS + 1
    assert safe_name(result) == result  # on the way in and again on the way out: the same name
    for flavour, folder in ((posixpath, "/data/opened"), (ntpath, "C:\\data\\opened")):
        joined = flavour.normpath(flavour.join(folder, result))
        assert flavour.dirname(joined) == folder, (flavour.__name__, result)


def test_path_in_is_inside_the_folder(tmp_path):
    for name in ("../../x", "..", "/etc/passwd", "C:\\x", "NUL"):
        target = path_in(tmp_path, name)
        assert target.parent == tmp_path and target.name not in ("", ".", "..")


def test_attachments_are_stored_under_their_safe_name(doc_path, small_catalogue):
    with Assessment.create(doc_path, small_catalogue) as doc:
        info = doc.add_attachment("1.1", "..\\..\\..\\Startup\\evil.bat", b"x")
        assert info.name == "evil.bat"
        assert doc.add_attachment("1.1", "../../../../tmp/CON", b"x").name == "_CON"
        assert os.sep not in doc.attachments("1.1")[0].name
    assert Path(doc_path).exists()
