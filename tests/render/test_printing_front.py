"""The printed filled assessment carries the same front matter as the Word report: the title in the report's
language, "DRAFT" in the header of every page until final, the executive summary and the key figures."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest

from render import printing
from model.report import build as report
from model.cycle import final
from model.document.assessment import Assessment

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
RU_TITLE = "Оценка для проверки заголовка"
EN_TITLE = "Assessment to check the title"


def pages(pdf) -> list[str]:
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    text = text.replace("\ufb01", "fi").replace("\ufb02", "fl")  # the PDF's ligatures
    return [page for page in text.split("\f") if page.strip()]


@pytest.fixture
def doc(tmp_path, demo_copy):
    with Assessment.open(demo_copy(tmp_path / "demo.teia")) as opened:
        opened.set_meta(title=RU_TITLE, summary_en="Progress was made in prevention.",
                        summary_ru="Достигнут прогресс в предотвращении.")
        yield opened


def write(doc, lang, tmp_path, name):
    content = report.build(doc, lang, report.ReportOptions(today=date(2026, 3, 5)))
    out, _count = printing.write_pdf(content, tmp_path / name, printing.PrintOptions(kind="filled"))
    return pages(out)


def test_title_in_the_report_language_and_draft_on_every_page(qapp, doc, tmp_path):
    english = write(doc, "en", tmp_path, "en.pdf")
    assert RU_TITLE not in "".join(english)
    assert all("DRAFT" in page.split("\n", 1)[0] for page in english)
    doc.set_meta(title_en=EN_TITLE)
    both = write(doc, "ru+en", tmp_path, "ru-en.pdf")
    assert RU_TITLE in both[0] and EN_TITLE in both[0]
    assert all("ЧЕРНОВИК / DRAFT" in page for page in both)
    final.finalize(doc, by="А. Асанова")
    done = write(doc, "en", tmp_path, "final.pdf")
    assert not any("DRAFT" in page for page in done)


def test_executive_summary_before_the_summary_with_key_figures(qapp, doc, tmp_path):
    text = "\n".join(write(doc, "en", tmp_path, "en.pdf"))
    start = text.index("Executive summary")
    assert start < text.index("Progress was made in prevention.") < text.index("Key figures") \
        < text.index("Indicators assessed and complete") < text.index("Completion and mean level")
    assert "Достигнут прогресс" not in text


def test_introduction_and_methodology_in_the_pdf(qapp, doc, tmp_path):
    from model.report import intro as report_intro

    text = " ".join("\n".join(write(doc, "ky", tmp_path, "ky.pdf")).split())
    intro = report_intro.parts(("ky",))
    start = text.index("Киришүү жана методология")
    assert start < text.index(intro[0].heading[0]) < text.index(intro[2].heading[0]) < text.index("Жыйындар")
    assert " ".join(intro[1].text[0].split())[:80] in text
    assert "20.01.2026" in text and "Кыскартуулар" in text and "МПРЭТН" in text
    assert text.index("Кыскартуулар") < text.index("Жыйынтык")  # before the summary of the areas


def test_consolidated_gaps_and_assistance_requests_in_the_pdf(qapp, doc, tmp_path):
    from model.document import actionplan

    text = " ".join("\n".join(write(doc, "en", tmp_path, "gaps.pdf")).split())
    start = text.index("Consolidated gaps and priorities")
    requests = text.index("Requests for international assistance")
    assert text.index("Annex. Attached files") > requests > start > text.index("Executive summary")
    uncovered = actionplan.gaps_without_actions(doc)
    assert text.count("No action yet") >= len(uncovered) > 0
    content = report.build(doc, "en")
    wanted = [a for a in content.actions if a.assistance_requested]
    part = text[requests:]
    assert wanted and all(" ".join(a.title.split()[:2]) in part for a in wanted)


def test_annex_of_evidence_cited_in_the_pdf(qapp, doc, tmp_path):
    text = " ".join("\n".join(write(doc, "en", tmp_path, "annex.pdf")).split())
    start = text.index("Annex. Evidence and legal acts cited")
    assert start < text.index("Annex. Attached files")
    evidence = " ".join(doc.response("5.1").evidence.split())
    assert evidence[:40] in text[start:]
