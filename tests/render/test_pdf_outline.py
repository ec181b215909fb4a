"""The application's own PDFs have bookmarks (areas, then their indicators) that lead to the right pages;
the filled assessment lists the attached files; each indicator stays whole on its page."""

from __future__ import annotations

import re
import subprocess
from datetime import date

import pytest

from render import printing
from model.report import build as report
from model.demo import build_demo
from model.document.assessment import Assessment
from model.report.labels import LABELS
from tests.model.test_pdfoutline import poppler_outline


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("d") / "demo.teia"
    build_demo(path).close()
    with Assessment.open(path) as doc:
        doc.add_attachment("2.3", "Соглашение с Казахстаном.pdf", b"%PDF" + b"0" * 40000)
    with Assessment.open(path, readonly=True) as doc:
        yield doc


def page_texts(pdf) -> list[str]:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout.split("\f")


@pytest.mark.parametrize("kind", ["filled", "blank"])
def test_printed_pdf_has_an_outline_of_areas_and_indicators(qapp, tmp_path, demo, kind):
    content = report.build(demo, "ru", report.ReportOptions(today=date(2026, 3, 5)))
    out, pages = printing.write_pdf(content, tmp_path / f"{kind}.pdf", printing.PrintOptions(kind=kind))
    outline = poppler_outline(out)
    top = re.findall(r'<item page="(\d+)">([^<]*)</item>', re.sub(r"<outline>.*?</outline>", "", outline[9:], flags=re.S))
    areas = [(int(p), t) for p, t in top if re.match(r"^[1-6A-B]\. ", t)]
    assert [t.split(".")[0] for _, t in areas] == [s.id for s in content.sections]
    indicators = re.findall(r'<item page="(\d+)">(\d\.\d+|[AB]\.\d+) ', outline)
    assert [i for _, i in indicators] == [e.id for e in content.indicators()]
    texts = page_texts(out)
    for page, ident in indicators:  # the bookmark's page shows the indicator's band
        assert re.search(rf"^\s*{re.escape(ident)}\s", texts[int(page) - 1], re.M), ident
    for page, title in areas:
        assert title.split(" / ")[0][:25] in " ".join(texts[int(page) - 1].split()), title
    assert LABELS["signatures"]["ru"] in [t for _, t in top]


def test_filled_pdf_lists_attachments_and_keeps_indicators_whole(qapp, tmp_path, demo):
    content = report.build(demo, "ru", report.ReportOptions(today=date(2026, 3, 5)))
    out, pages = printing.write_pdf(content, tmp_path / "f.pdf", printing.PrintOptions(kind="filled"))
    texts = page_texts(out)
    joined = " ".join(" ".join(t.split()) for t in texts)
    assert LABELS["annex_attachments"]["ru"] in joined
    assert joined.count("Соглашение с Казахстаном.pdf") == 2  # under indicator 2.3 and in the annex
    continued = [t for t in texts if "(продолжение)" in t]
    assert not continued  # no indicator of the example is cut over two pages


def test_the_chart_shares_its_page_with_the_summary_heading(qapp, tmp_path, demo):
    """ru+en: the chart comes right under the heading and the table flows on (it used to land alone)."""
    content = report.build(demo, "ru+en", report.ReportOptions(today=date(2026, 3, 5)))
    out, _ = printing.write_pdf(content, tmp_path / "c.pdf", printing.PrintOptions(kind="filled"))
    texts = [" ".join(t.split()) for t in page_texts(out)]
    caption = report.join(tuple(LABELS["chart_caption"][x] for x in ("ru", "en")))
    page = next(i for i, t in enumerate(texts) if caption[:40] in t)
    assert report.join(tuple(LABELS["summary"][x] for x in ("ru", "en"))) in texts[page]
    assert texts[page].index(caption[:40]) < texts[page].index(content.summary[0].title[0][:20])
