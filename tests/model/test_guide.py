"""The user guide: the same chapters and blocks in every language, links that resolve, safe HTML, search."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from model import guide
from model.guide import (LANGUAGES, SCREEN_CHAPTERS, chapter_html, guide_folder, guide_problems, inline_html,
                         load_glossary, load_guide, parse, search, search_glossary)


def test_the_shipped_guide_has_the_same_structure_in_every_language():
    assert guide_problems() == []
    ids = load_guide("en").ids()
    assert len(ids) >= 9
    for lang in LANGUAGES:
        assert load_guide(lang).ids() == ids


def test_every_screen_has_a_chapter_and_every_chapter_a_title():
    known = set(load_guide("en").ids()) | {"glossary"}
    assert set(SCREEN_CHAPTERS.values()) <= known
    for lang in LANGUAGES:
        for chapter in load_guide(lang).chapters:
            assert chapter.title and chapter.title != chapter.id
            assert chapter.blocks[0].kind == "h1"


def test_official_terms_are_used_and_kyrgyz_letters_appear():
    russian = " ".join(b.plain() for c in load_guide("ru").chapters for b in c.blocks)
    kyrgyz = " ".join(b.plain() for c in load_guide("ky").chapters for b in c.blocks)
    assert "самооценк" not in russian.casefold()
    assert "самостоятельная оценка" in russian.casefold()
    assert "өз алдынча баалоо" in kyrgyz.casefold()
    assert all(letter in kyrgyz for letter in "ңөү")


def _copy_guide(tmp_path: Path) -> Path:
    folder = tmp_path / "guide"
    shutil.copytree(guide_folder(), folder)
    return folder


def test_a_missing_paragraph_in_one_language_is_reported(tmp_path):
    folder = _copy_guide(tmp_path)
    path = folder / "ky" / "05-rating.md"
    text = path.read_text("utf-8")
    paragraphs = text.split("\n\n")
    path.write_text("\n\n".join(paragraphs[:3] + paragraphs[4:]), "utf-8")
    problems = guide_problems(folder)
    assert any(p.startswith("ky/rating: block") for p in problems)


def test_a_broken_link_and_a_missing_chapter_are_reported(tmp_path):
    folder = _copy_guide(tmp_path)
    path = folder / "ru" / "03-strategic-approach.md"
    path.write_text(path.read_text("utf-8").replace("(rating)", "(no-such-chapter)"), "utf-8")
    (folder / "ky" / "09-safety-nets.md").unlink()
    problems = guide_problems(folder)
    assert any("'no-such-chapter' goes nowhere" in p for p in problems)
    assert any(p.startswith("ky: chapters") for p in problems)


def test_parse_knows_headings_lists_and_joined_paragraphs():
    blocks = parse("# Title\n\nOne line\nand the next.\n\n## Part\n\n- a\n  continued\n- b\n1. first\n2. second\n")
    assert [(b.kind, b.text) for b in blocks] == [
        ("h1", "Title"), ("p", "One line and the next."), ("h2", "Part"), ("li", "a continued"), ("li", "b"),
        ("ol", "first"), ("ol", "second")]


def test_html_is_escaped_except_our_two_marks():
    text = 'See <img src="/etc/issue"> **bold** and [the plan](action-plan) & [x](http://evil)'
    out = inline_html(text)
    assert "<img" not in out and "&lt;img" in out
    assert "<b>bold</b>" in out
    assert '<a href="chapter:action-plan">the plan</a>' in out
    assert "http://evil" in out and 'href="http' not in out  # only chapter links become links


def test_chapter_html_closes_its_lists_and_numbers_its_sections():
    chapter = load_guide("en").chapter("rating")
    page = chapter_html(chapter)
    assert page.count("<ul>") == page.count("</ul>") >= 2
    assert '<a name="s1"></a>' in page and '<a name="top"></a>' in page


@pytest.mark.parametrize("lang, query, chapter", [
    ("ru", "ХВОСТОХРАНИЛИЩ", "hazardous-activities"),
    ("ky", "калдык сактагыч", "hazardous-activities"),
    ("en", "backup ten", "safety-nets"),
    ("ky", "ӨЗ АЛДЫНЧА", "convention"),
])
def test_search_is_case_insensitive_in_cyrillic_and_needs_every_word(lang, query, chapter):
    hits = search(load_guide(lang), query)
    assert chapter in [hit.chapter_id for hit in hits]
    assert all(hit.snippet for hit in hits)
    assert search(load_guide(lang), query + " zzzqqq") == []


def test_the_glossary_has_three_languages_and_is_searchable():
    terms = load_glossary()
    assert len(terms) >= 40
    assert all(t.en and t.ru and t.ky for t in terms)
    found = search_glossary(terms, "ХВОСТОХРАНИЛИЩЕ")
    assert [t.en for t in found] == ["tailings management facility"]
    assert search_glossary(terms, "калдык")[0].ky.startswith("калдык")


def test_a_guide_file_that_is_not_a_regular_file_or_too_large_is_refused(tmp_path, monkeypatch):
    folder = tmp_path / "guide"
    (folder / "en").mkdir(parents=True)
    (folder / "en" / "01-big.md").write_text("# Big\n\n" + "x" * (guide.MAX_FILE_BYTES + 1), "utf-8")
    with pytest.raises(OSError):
        load_guide("en", folder)
    (folder / "en" / "01-big.md").unlink()
    (folder / "en" / "01-big.md").mkdir()
    with pytest.raises(OSError):
        load_guide("en", folder)
