"""The Word report as office software reads it: filled contents, page numbers, attachments, properties, settings."""

from __future__ import annotations

import re
import zipfile
from datetime import datetime, timedelta, timezone

import pytest
from docx import Document
from lxml import etree

from model.report import build as report
from model.catalogue import builtin_catalogue
from model.document.assessment import Assessment
from model.formats import docx as word
from model.formats.docx_package import SETTINGS_ORDER
from model.report.labels import LABELS
from tests.export_helpers import build_demo_with_actions

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W, "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"}
LONG_TITLE = "Самостоятельная оценка " * 14  # 322 characters: Word refuses a title property over 255


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = build_demo_with_actions(tmp_path_factory.mktemp("demo") / "demo.teia")
    with Assessment.open(path) as doc:
        doc.add_attachment("1.1", "Закон о промышленной безопасности.pdf", b"%PDF" + b"x" * 52000)
        doc.add_attachment("3.2", "Protocol of the meeting.docx", b"y" * 3000)
        doc.set_meta(title=LONG_TITLE)
    return path


@pytest.fixture(scope="module")
def exported(demo_path, tmp_path_factory):
    """lang -> (path of the .docx, Report)"""
    out = tmp_path_factory.mktemp("docx")
    result = {}
    with Assessment.open(demo_path, readonly=True) as doc:
        for lang in ("ru", "ru+en"):
            content = report.build(doc, lang)
            result[lang] = (word.write(content, out / f"r-{lang}.docx", chart_png=_png()), content)
    return result


def _png() -> bytes:
    from tests.model.test_export_docx import tiny_png

    return tiny_png()


def part(path, name: str) -> etree._Element:
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read(name))


def test_contents_are_filled_before_any_field_update(exported):
    path, content = exported["ru"]
    body = part(path, "word/document.xml").find("w:body", NS)
    paragraphs = body.findall(".//w:p", NS)
    begin = next(i for i, p in enumerate(paragraphs) if "TOC \\o" in "".join(p.xpath(".//w:instrText/text()", namespaces=NS)))
    entries, names = [], []
    for p in paragraphs[begin:]:
        for link in p.findall("w:hyperlink", NS):
            names.append(link.get(f"{{{W}}}anchor"))
            entries.append("".join(link.xpath("w:r/w:t/text()", namespaces=NS)))
        if p.xpath("w:r/w:fldChar[@w:fldCharType='end']", namespaces=NS) and not p.findall("w:hyperlink", NS):
            break
    # every heading is an entry, in order, linked to a bookmark placed at that heading
    headings = [(p, "".join(p.xpath(".//w:t/text()", namespaces=NS))) for p in paragraphs
                if p.xpath("w:pPr/w:pStyle[@w:val='Heading1' or @w:val='Heading2']", namespaces=NS)]
    assert entries == [text for _, text in headings]
    # summary, areas, indicators, plan, the register of hazardous activities (the example has one), annex, approval
    indicators = builtin_catalogue().indicator_count
    # the executive summary, the introduction, the summary, the areas, the indicators; gaps, assistance, cited ...
    assert len(entries) == 1 + 1 + 1 + 8 + indicators + 2 + 1 + 1 + (content.register is not None) + 1 + 1
    for (heading, _), name in zip(headings, names):
        assert heading.xpath("w:bookmarkStart/@w:name", namespaces=NS) == [name]
    # the field is still a TOC Word can update, with a PAGEREF per entry
    instructions = " ".join(body.xpath(".//w:instrText/text()", namespaces=NS))
    assert instructions.count("PAGEREF _Toc") == len(entries)
    assert LABELS["toc_hint"]["ru"] not in "".join(body.xpath(".//w:t/text()", namespaces=NS))


def test_every_contents_link_and_heading_bookmark_resolves(exported):
    """Each link of the contents names one bookmark, each bookmark is at a heading and ends in its paragraph
    with the same id, and no id or name is used twice (the bookmarks are placed on the tree as it is built)."""
    for lang in ("ru", "ru+en"):
        body = part(exported[lang][0], "word/document.xml").find("w:body", NS)
        starts = body.findall(".//w:bookmarkStart", NS)
        names = [b.get(f"{{{W}}}name") for b in starts]
        ids = [b.get(f"{{{W}}}id") for b in starts]
        assert len(set(names)) == len(names) == len(set(ids)) > 50
        for start in starts:
            paragraph = start.getparent()
            assert paragraph.xpath("w:pPr/w:pStyle/@w:val", namespaces=NS)[0] in ("Heading1", "Heading2")
            assert paragraph.xpath("w:bookmarkEnd/@w:id", namespaces=NS) == [start.get(f"{{{W}}}id")]
        anchors = body.xpath(".//w:hyperlink/@w:anchor", namespaces=NS)
        assert sorted(anchors) == sorted(names)
        pagerefs = re.findall(r"PAGEREF (\S+)", " ".join(body.xpath(".//w:instrText/text()", namespaces=NS)))
        assert pagerefs == anchors


def test_every_page_but_the_title_page_is_numbered(exported):
    path, _ = exported["ru"]
    document = Document(str(path))
    assert len(document.sections) == 3  # portrait, landscape plan, portrait annex and approval
    for index, section in enumerate(document.sections):
        assert section.different_first_page_header_footer == (index == 0)
        footer = section.footer
        while footer.is_linked_to_previous:  # a linked footer is the previous section's
            footer = document.sections[index - 1].footer
            index -= 1
        assert " PAGE " in "".join(footer._element.xpath(".//w:instrText/text()"))
    first_page = document.sections[0].first_page_footer
    assert "PAGE" not in "".join(first_page._element.xpath(".//w:instrText/text()"))


def test_attachments_are_listed_per_indicator_and_in_an_annex(exported):
    path, content = exported["ru+en"]
    document = Document(str(path))
    tables = document.tables
    label = report.join(tuple(LABELS["attachments"][x] for x in ("ru", "en")))
    rows = {row.cells[0].text: row.cells[-1].text for t in tables for row in t.rows if row.cells[0].text == label}
    assert len(rows) == 1  # only indicators with files get the row (1.1 and 3.2: same label, one key)
    ind_tables = [t for t in tables if any(r.cells[0].text == label for r in t.rows)]
    assert len(ind_tables) == 2
    assert "Закон о промышленной безопасности.pdf (51\u00a0КБ)" in ind_tables[0].rows[-2].cells[-1].text
    annex = report.join(tuple(LABELS["annex_attachments"][x] for x in ("ru", "en")))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert annex in headings
    annex_table = next(t for t in tables if t.rows[0].cells[1].text == report.join(
        tuple(LABELS["file_name"][x] for x in ("ru", "en"))))
    assert [(r.cells[0].text, r.cells[1].text) for r in annex_table.rows[1:]] == [
        ("1.1", "Закон о промышленной безопасности.pdf"), ("3.2", "Protocol of the meeting.docx")]


def test_an_assessment_without_files_says_so_in_the_annex(tmp_path):
    path = build_demo_with_actions(tmp_path / "d.teia", count=1)
    with Assessment.open(path, readonly=True) as doc:
        document = Document(str(word.write(report.build(doc, "en"), tmp_path / "r.docx")))
    assert LABELS["no_attachments"]["en"] in [p.text for p in document.paragraphs]


def test_properties_name_the_report_and_nothing_of_the_template(exported):
    path, content = exported["ru"]
    core = Document(str(path)).core_properties
    assert core.title == LONG_TITLE.strip()[:255] and len(LONG_TITLE.strip()) > 255
    assert core.subject == LABELS["report_title"]["ru"]
    assert core.author == content.title_page.lead_authority != ""
    assert core.language == "ru-RU"
    assert abs(core.created - datetime.now(timezone.utc)) < timedelta(minutes=10)
    assert core.modified == core.created
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        everything = b"".join(z.read(n) for n in names if n.endswith(".xml") or n.endswith(".rels"))
    for trace in (b"python-docx", b"Macintosh", b"2013-12-23", b"thumbnail"):
        assert trace not in everything, trace
    assert not [n for n in names if "thumbnail" in n]
    # the title page still has the whole title
    assert LONG_TITLE.strip() in "\n".join(p.text for p in Document(str(path)).paragraphs)


def test_settings_are_in_schema_order_with_the_current_compatibility_level(exported):
    path, _ = exported["ru"]
    settings = part(path, "word/settings.xml")
    rank = {name: i for i, name in enumerate(SETTINGS_ORDER)}
    names = [etree.QName(child).localname for child in settings if etree.QName(child).namespace == W]
    assert "updateFields" in names and "compat" in names
    assert [rank[n] for n in names] == sorted(rank[n] for n in names), names
    mode = settings.xpath("w:compat/w:compatSetting[@w:name='compatibilityMode']/@w:val", namespaces=NS)
    assert mode == ["15"]
    assert settings.xpath("w:themeFontLang/@w:val", namespaces=NS) == ["ru-RU"]


def test_the_chart_has_alternative_text_in_both_languages(exported):
    path, content = exported["ru+en"]
    descr = part(path, "word/document.xml").xpath("//wp:docPr/@descr", namespaces=NS)
    assert len(descr) == 1
    for area in content.summary:
        assert all(t in descr[0] for t in area.title)
    assert re.search(r"\d+\u00a0%", descr[0])
    labels, _ = report.chart_data(content)
    assert all(" / " in label for label in labels)  # the chart's own labels are bilingual too


def test_the_chart_comes_before_the_summary_table(exported):
    """So that it never lands alone on the next page after the table (ru+en)."""
    path, content = exported["ru+en"]
    body = part(path, "word/document.xml").find("w:body", NS)
    children = list(body)
    chart = next(i for i, el in enumerate(children) if el.findall(".//wp:docPr", NS))
    table = next(i for i, el in enumerate(children) if el.tag == f"{{{W}}}tbl" and
                 content.summary[0].title[0] in "".join(el.xpath(".//w:t/text()", namespaces=NS)))
    assert chart < table
