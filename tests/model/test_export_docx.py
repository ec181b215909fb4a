"""The Word report: re-opened with python-docx, every indicator, Kyrgyz letters, headings, layout rules."""

from __future__ import annotations

import struct
import zlib

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from model.report import build as report
from model.catalogue import builtin_catalogue
from model.document.assessment import Assessment
from model.formats import docx as word
from model.report.labels import LABELS
from tests.export_helpers import build_demo_with_actions


def tiny_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = zlib.compress(b"\x00\xff\x00\x00" * 1)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = build_demo_with_actions(tmp_path_factory.mktemp("demo") / "demo.teia")
    with Assessment.open(path, readonly=True) as doc:
        yield doc


def all_text(document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


@pytest.mark.parametrize("lang", ["en", "ru", "ky", "ru+en"])
def test_round_trip_in_each_language(demo, tmp_path, lang):
    content = report.build(demo, lang)
    out = word.write(content, tmp_path / f"report-{lang}.docx", chart_png=tiny_png())
    document = Document(str(out))
    headings1 = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    headings2 = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    first = lang.split("+")[0]
    assert headings1[:3] == [report.join(tuple(LABELS[key][x] for x in content.langs))
                             for key in ("executive_summary", "introduction", "summary")]
    assert len([h for h in headings1 if h[:2] in {f"{a.id}." for a in builtin_catalogue().areas}]) == 8
    assert [h.split(" ")[0] for h in headings2] == [f"{i}." for i in builtin_catalogue().indicator_ids()]
    assert headings2[0].endswith(builtin_catalogue().indicator("1.1").statement[first].rstrip()[-20:])
    text = all_text(document)
    for action in content.actions:
        assert action.title in text
    assert "=HYPERLINK(\"http://x\") +7 -1 @me" in text
    assert "Н. Үсөнбаева (МПРЭТН)" in text  # Kyrgyz letters survive
    if "ky" in lang:
        assert all(letter in text for letter in "ңөү")
    if "+" in lang:
        assert builtin_catalogue().indicator("1.1").statement["en"] in text
        assert builtin_catalogue().indicator("1.1").statement["ru"] in text
    assert len(document.inline_shapes) == 1


def test_layout_a4_landscape_plan_page_numbers_toc_and_fonts(demo, tmp_path):
    document = Document(str(word.write(report.build(demo, "ky"), tmp_path / "r.docx")))
    first, plan, signatures = document.sections
    assert round(first.page_width.cm, 1) == 21.0 and round(first.page_height.cm, 1) == 29.7
    assert plan.orientation == WD_ORIENT.LANDSCAPE and plan.page_width > plan.page_height
    assert signatures.orientation == WD_ORIENT.PORTRAIT
    footer_xml = first.footer._element.xml
    assert "PAGE" in footer_xml and "fldChar" in footer_xml
    body = document.element.body.xml
    assert 'TOC \\o "1-2"' in body
    fonts = document.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert {fonts.get(qn(f"w:{a}")) for a in ("ascii", "hAnsi", "eastAsia", "cs")} == {word.BODY_FONT}
    heading_fonts = document.styles["Heading 1"].element.rPr.find(qn("w:rFonts"))
    assert heading_fonts.get(qn("w:asciiTheme")) is None and heading_fonts.get(qn("w:ascii")) == word.HEADING_FONT
    assert not document.inline_shapes  # no chart given, none drawn
    assert LABELS["signature"]["ky"] in all_text(document)


def test_indicator_blocks_do_not_break_across_pages(demo, tmp_path):
    document = Document(str(word.write(report.build(demo, "ru"), tmp_path / "r.docx")))
    headings = [p for p in document.paragraphs if p.style.name == "Heading 2"]
    assert document.styles["Heading 2"].paragraph_format.keep_with_next and len(headings) == builtin_catalogue().indicator_count

    def keeps(paragraph) -> bool:  # direct formatting or the paragraph style
        fmt, style_fmt = paragraph.paragraph_format, paragraph.style.paragraph_format
        return bool((fmt.keep_with_next or style_fmt.keep_with_next) and (fmt.keep_together or style_fmt.keep_together))
    indicator_tables = [t for t in document.tables if t.rows[0].cells[0].text.startswith(LABELS["level"]["ru"])
                        and t.rows[0]._tr.trPr.find(qn("w:tblHeader")) is None]  # not the scale's table
    assert len(indicator_tables) == builtin_catalogue().indicator_count
    for table in indicator_tables:
        for index, row in enumerate(table.rows):
            assert row._tr.trPr.find(qn("w:cantSplit")) is not None
            if index < len(table.rows) - 1:
                assert all(keeps(p) for c in row.cells for p in c.paragraphs)
            else:
                assert not any(keeps(p) for c in row.cells for p in c.paragraphs)  # the block may end there
    plan_table = document.tables[-2]
    assert plan_table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None


def test_characters_xml_cannot_hold_are_dropped(demo, tmp_path):
    path = tmp_path / "copy.teia"
    demo.save_copy(path)
    with Assessment.open(path) as doc:
        doc.update_response("1.1", evidence="a\x01b\x0bc\r\nd\ufffee")
        content = report.build(doc, "en")
    document = Document(str(word.write(content, tmp_path / "r.docx")))
    assert "abc\nde" in all_text(document)  # control characters gone, the line break kept


def test_export_over_a_file_held_by_another_program_says_so(tmp_path, monkeypatch):
    """Windows refuses to replace a .docx that Word still has open: a clear message, and no stray temp file."""
    import os

    from model.errors import DocumentError
    from model.fileio import atomic_write

    target = tmp_path / "report.docx"
    target.write_bytes(b"open in Word")

    def refuse(_src, _dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(DocumentError) as info:
        atomic_write(target, lambda tmp: tmp.write_bytes(b"new"))
    assert info.value.kind == "in_use" and "open in another program" in str(info.value)
    assert target.read_bytes() == b"open in Word"
    assert [p.name for p in tmp_path.iterdir()] == ["report.docx"]
