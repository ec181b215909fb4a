"""The printout and its PDF have the annexes the Word report has, in its order: the register of hazardous activities
(its summary rows and each calculation of an activity meeting Annex I) and, for an assessment moved to another
edition of the catalogue, the answers that edition no longer has. They used to be in Word only."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest

from model.catalogue import report_annex as edition_annex
from model.catalogue.migrate import migrate
from model.document.assessment import Assessment
from model.document.creation import create_assessment
from model.register import report as register_report
from model.report import build as report
from render import printing
from tests.model.catalogue_io.editions import editions
from tests.render.test_layout_print import printout, rows, texts


@pytest.fixture(scope="module")
def content(tmp_path_factory):
    from model.demo import build_demo

    path = tmp_path_factory.mktemp("annexes") / "demo.teia"
    build_demo(path).close()
    with Assessment.open(path, readonly=True) as doc:
        return report.build(doc, "ru+en", report.ReportOptions(today=date(2026, 3, 5)))


def test_the_printout_has_the_register_annex_with_the_word_reports_rows(qapp, content, tmp_path):
    annex, langs = content.register, content.langs
    assert annex is not None and len(annex.rows) >= 25  # the example's register
    made, _writer = printout(content, tmp_path)
    blocks = made.filled()
    headers = [register_report.label(key, langs, "\n") for key in register_report.SUMMARY_COLUMNS]
    table = next(block for block in blocks if block.header is not None and rows(block)[:1] == [headers])
    assert rows(table)[1:] == [list(register_report.summary_cells(entry, langs)) for entry in annex.rows]
    after = [text for block in blocks[blocks.index(table) + 1:] for item in block.items for text in texts(item)]
    meeting = [entry for entry in annex.rows if entry.meets]
    assert meeting and all(f"{entry.number}. {entry.name}" in after for entry in meeting)
    assert all(line in after for entry in meeting for line in entry.calculation)
    titles = [text for block in blocks for item in block.items for text in texts(item)]
    # after the requests for assistance and before the cited evidence, as in Word
    assert titles.index(register_report.label("register_annex", langs)) < titles.index(content.text("annex_cited"))


def test_the_pdf_of_a_moved_assessment_has_the_answers_not_in_the_new_edition(qapp, tmp_path):
    old, new = editions()
    before, after = tmp_path / "old.teia", tmp_path / "new.teia"
    with create_assessment(before, old) as doc:
        doc.update_response("B.1", level=1, description="Описание B.1 ң", evidence="Приказ B.1")
    migrate(before, new, after)
    for path, moved in ((after, True), (before, False)):
        with Assessment.open(path, readonly=True) as doc:
            content = report.build(doc, "en", report.ReportOptions(today=date(2026, 3, 5)))
        out, _pages = printing.write_pdf(content, tmp_path / f"{path.stem}.pdf", printing.PrintOptions(kind="filled"))
        text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                                       check=True).stdout.split())
        heading = edition_annex.label("annex", ("en",))
        assert (heading in text) is moved
        if moved:
            annex = text[text.index(heading):]
            assert "B.1 A focal point is nominated." in annex and "Описание B.1 ң" in annex
            assert "Приказ B.1" in annex
