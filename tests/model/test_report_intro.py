"""The report's introduction and methodology: the texts on the Convention, the programme and the Strategic
Approach from resources/report/intro.json in the report's languages, how the assessment was made, the
meetings, the authorities and the focal point, and the abbreviations (the example's pre-filled)."""

from __future__ import annotations

import json

import pytest
from docx import Document

from model.report import formatting
from model.report import build as report
from model.report import intro as report_intro
from model.demo import ABBREVIATIONS, build_demo
from model.document.assessment import Assessment
from model.formats import docx as word
from model.app.resources import resource_path


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    with build_demo(tmp_path_factory.mktemp("intro") / "demo.teia") as doc:
        yield doc


def texts_of(document) -> list[str]:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return parts


def test_the_introduction_texts_are_data_in_three_languages():
    data = json.loads(resource_path(*report_intro.INTRO_FILE).read_text(encoding="utf-8"))
    keys = [part["key"] for part in data["sections"]]
    assert keys == ["convention", "programme", "strategic_approach"]
    for part in data["sections"]:
        for lang in ("en", "ru", "ky"):
            assert part["heading"][lang] and len(part["text"][lang]) > 200
    assert "ECE/CP.TEIA/2008/5" in data["sections"][2]["heading"]["ru"]


@pytest.mark.parametrize("lang", ["en", "ru", "ky", "ru+en"])
def test_the_word_report_has_the_introduction_in_its_languages(demo, tmp_path, lang):
    content = report.build(demo, lang)
    document = Document(str(word.write(content, tmp_path / f"{lang}.docx")))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[1] == content.text("introduction")  # after the executive summary, before the summary
    text = "\n".join(texts_of(document))
    data = json.loads(resource_path(*report_intro.INTRO_FILE).read_text(encoding="utf-8"))
    for part in data["sections"]:
        for one in content.langs:
            assert part["text"][one] in text
    for other in {"en", "ru", "ky"} - set(content.langs):
        assert data["sections"][0]["text"][other] not in text
    assert content.catalogue_sha256 and demo.catalogue.id in text and demo.catalogue.version in text
    for level in demo.catalogue.scale.levels:
        assert level.descriptor.text(content.langs[0]) in text
    # the example's meetings, their dates as the report writes dates
    assert formatting.date("2026-02-17", content.langs[0]) in text and "Бишкек, МПРЭТН" in text
    assert "МПРЭТН" in text and "Министерство природных ресурсов, экологии и технического надзора" in text
    assert content.title_page.lead_authority in text


def test_abbreviations_meetings_and_focal_point_are_parsed_from_the_details():
    assert report_intro.parse_abbreviations("МЧС — Министерство\nIAN\tIndustrial Accident Notification\n\nA = b") \
        == (("A", "b"), ("IAN", "Industrial Accident Notification"), ("МЧС", "Министерство"))
    assert report_intro.parse_meetings("2026-01-20; Бишкек; МЧС; МИД\n\n2026-03-01") == (
        report_intro.Meeting("2026-01-20", "Бишкек", "МЧС; МИД"), report_intro.Meeting("2026-03-01", "", ""))
    assert len(report_intro.parse_abbreviations(ABBREVIATIONS)) == len(ABBREVIATIONS.splitlines())


def test_the_focal_point_and_an_empty_list_are_said(tmp_path, demo_copy):
    with Assessment.open(demo_copy(tmp_path / "doc.teia")) as doc:
        doc.set_meta(focal_point="МЧС, отдел международного сотрудничества", meetings="", abbreviations="")
        content = report.build(doc, "ru")
        text = "\n".join(texts_of(Document(str(word.write(content, tmp_path / "ru.docx")))))
    assert "Национальный координационный центр: МЧС, отдел международного сотрудничества" in text
    assert "Сведений о совещаниях нет." in text and "Сокращения не указаны." in text
