"""The report's front matter: the title in the report's language, "DRAFT" on every page, the executive summary
followed by the key figures (model.report.sections), in the Word report."""

from __future__ import annotations

import pytest
from docx import Document

from model.report import build as report
from model.cycle import final
from model.document.assessment import Assessment
from model.formats import docx as word
from tests.export_helpers import build_demo_with_actions, copy_of

RU_TITLE = "Самостоятельная оценка осуществления Конвенции"
EN_TITLE = "Self-assessment of the implementation of the Convention, Kyrgyz Republic"
RU_SUMMARY = "Кыргызская Республика продвинулась в предотвращении аварий."
EN_SUMMARY = "The Kyrgyz Republic has made progress in preventing accidents."


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    return build_demo_with_actions(tmp_path_factory.mktemp("front") / "demo.teia")


@pytest.fixture
def doc(source, tmp_path):
    with Assessment.open(copy_of(source, tmp_path / "doc.teia")) as opened:
        opened.set_meta(title=RU_TITLE)
        yield opened


def first_page_text(document) -> str:
    body = document.element.body
    texts = []
    for p in body.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p"):
        if p.xpath(".//w:br[@w:type='page']") or p.xpath("./w:pPr/w:pageBreakBefore"):
            break
        texts.append("".join(t.text or "" for t in p.iter(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t")))
    return "\n".join(texts)


def headers_text(document) -> list[str]:
    out = []
    for section in document.sections:
        for header in (section.header, section.first_page_header):
            out.append("\n".join(p.text for p in header.paragraphs))
    return out


def test_the_english_report_of_a_russian_assessment_has_no_russian_title(doc, tmp_path):
    document = Document(str(word.write(report.build(doc, "en"), tmp_path / "en.docx")))
    assert RU_TITLE not in first_page_text(document)
    assert first_page_text(document).count("Self-assessment and national action plan") == 1  # title, no subtitle
    assert document.core_properties.title == "Self-assessment and national action plan"
    doc.set_meta(title_en=EN_TITLE)
    document = Document(str(word.write(report.build(doc, "en"), tmp_path / "en2.docx")))
    assert EN_TITLE in first_page_text(document) and RU_TITLE not in first_page_text(document)
    assert document.core_properties.title == EN_TITLE


def test_a_bilingual_report_shows_both_titles_and_the_kyrgyz_its_own(doc, tmp_path):
    doc.set_meta(title_en=EN_TITLE, title_ky="Өз алдынча баалоо, Кыргыз Республикасы")
    both = first_page_text(Document(str(word.write(report.build(doc, "ru+en"), tmp_path / "ru-en.docx"))))
    assert RU_TITLE in both and EN_TITLE in both
    ky = first_page_text(Document(str(word.write(report.build(doc, "ky"), tmp_path / "ky.docx"))))
    assert "Өз алдынча баалоо, Кыргыз Республикасы" in ky and RU_TITLE not in ky and EN_TITLE not in ky


def test_draft_in_the_header_of_every_page_until_final(doc, tmp_path):
    document = Document(str(word.write(report.build(doc, "ru+en"), tmp_path / "draft.docx")))
    assert len(document.sections) >= 3
    assert all("ЧЕРНОВИК / DRAFT" in text for text in headers_text(document))
    final.finalize(doc, by="А. Асанова")
    document = Document(str(word.write(report.build(doc, "ru+en"), tmp_path / "final.docx")))
    assert not any("ЧЕРНОВИК" in text or "DRAFT" in text for text in headers_text(document))


def test_executive_summary_first_then_key_figures(doc, tmp_path):
    doc.set_meta(summary_ru=RU_SUMMARY, summary_en=EN_SUMMARY)
    content = report.build(doc, "ru+en")
    assert content.executive.texts == (RU_SUMMARY, EN_SUMMARY)
    document = Document(str(word.write(content, tmp_path / "summary.docx")))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[:3] == ["Резюме / Executive summary", "Введение и методология / Introduction and methodology",
                            "Сводка / Summary"]
    texts = [p.text for p in document.paragraphs]
    start = texts.index("Резюме / Executive summary")
    assert texts.index(RU_SUMMARY) > start and texts.index(EN_SUMMARY) > start
    figures = texts.index("Основные показатели / Key figures")
    assert figures > texts.index(EN_SUMMARY)
    actions = len(content.actions)
    assistance = sum(1 for a in content.actions if a.assistance_requested)
    body = "\n".join(texts[figures:texts.index("Введение и методология / Introduction and methodology")])
    assert f"Действия в национальном плане действий: {actions}, из них с запросом международной помощи: " \
           f"{assistance}" in body
    assert f"of which requesting international assistance: {assistance}" in body
    assert f"{content.total.complete} из {content.total.indicators}" in body
    english = Document(str(word.write(report.build(doc, "en"), tmp_path / "en.docx")))
    english_text = [p.text for p in english.paragraphs]
    assert EN_SUMMARY in english_text and RU_SUMMARY not in english_text


def test_no_summary_written_keeps_the_key_figures(doc):
    content = report.build(doc, "ky")
    assert not content.executive.written and content.executive.texts == ("",)
    assert content.executive.figures and all(len(line) == 1 for line in content.executive.figures)
