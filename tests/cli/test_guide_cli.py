"""`main.py guide`: the user guide and the glossary as a PDF handout, checked with poppler as a reader would."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from model.guide import load_glossary, load_guide
from tests.cli.test_pdf_cli import run, sizes, text_of

pytestmark = pytest.mark.skipif(shutil.which("pdftohtml") is None, reason="poppler-utils is not installed")


def outline(pdf: Path) -> list[tuple[int, str]]:
    """(page, title) of every bookmark, as poppler reads the outline."""
    xml = subprocess.run(["pdftohtml", "-xml", "-stdout", "-i", str(pdf)], capture_output=True, text=True,
                         check=True).stdout
    return [(int(page), title) for page, title in re.findall(r'<item page="(\d+)">(.*?)</item>', xml)]


def test_the_kyrgyz_handout_has_every_chapter_an_outline_and_the_glossary(tmp_path):
    out = tmp_path / "guide.pdf"
    result = run("guide", "--lang", "ky", "-o", str(out))
    assert result.returncode == 0, result.stderr
    pages = text_of(out)
    assert f"({len(pages)} pages)" in result.stdout
    text = "\n".join(pages)
    assert all(letter in text for letter in "ңөү")
    guide = load_guide("ky")
    for chapter in guide.chapters:
        assert chapter.title in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:])  # every font embedded
    marks = outline(out)
    titles = [title for _, title in marks]
    assert [c.title for c in guide.chapters] == [t for t in titles if t in {c.title for c in guide.chapters}]
    assert "Тиркеме: глоссарий" in titles
    assert set(guide.chapter("rating").sections()) <= set(titles)
    # each chapter's bookmark points at the page that starts with its title, and the contents say so too
    for page, title in marks:
        if title in {c.title for c in guide.chapters}:
            assert title in pages[page - 1].split("\n", 3)[-1][:400] or title in pages[page - 1]
            assert re.search(re.escape(title) + r"\s+" + str(page) + r"\b", pages[0])
    glossary = next(page for page, title in marks if title == "Тиркеме: глоссарий")
    annex = "\n".join(pages[glossary - 1:])
    assert "калдык сактагыч" in annex and "хвостохранилище" in annex and "tailings management facility" in annex
    assert len(load_glossary()) <= annex.count("\n")
    assert "1 беттин" not in pages[0] and f"{len(pages)} беттин 1-бети" in pages[0]
    assert sizes(out) == {(595, 842)}


def test_two_languages_side_by_side_and_letter_paper(tmp_path):
    out = tmp_path / "guide-ru-en.pdf"
    result = run("guide", "--lang", "ru+en", "--paper", "Letter", "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = "\n".join(text_of(out))
    assert "Как оценить показатель / How to rate an indicator" in text
    assert "самостоятельная оценка" in text and "self-assessment" in text
    assert sizes(out) == {(612, 792)}


def test_refusals_leave_existing_files_alone(tmp_path):
    existing = tmp_path / "old.pdf"
    existing.write_bytes(b"%PDF-1.4 my own file")
    result = run("guide", "--lang", "ru", "-o", str(existing))
    assert result.returncode == 1 and "already exists" in result.stderr and "Traceback" not in result.stderr
    assert existing.read_bytes() == b"%PDF-1.4 my own file"
    result = run("guide", "--lang", "de", "-o", str(tmp_path / "x.pdf"))
    assert result.returncode == 1 and "--lang" in result.stderr and not (tmp_path / "x.pdf").exists()
    folder = tmp_path / "a-folder.pdf"
    folder.mkdir()
    result = run("guide", "--lang", "ru", "--force", "-o", str(folder))
    assert result.returncode == 1 and "not a regular file" in result.stderr
    result = run("guide", "--lang", "en", "--force", "-o", str(existing))
    assert result.returncode == 0 and existing.read_bytes().startswith(b"%PDF-1.") and len(existing.read_bytes()) > 10_000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-folder.pdf", "old.pdf"]  # no temporary file left
