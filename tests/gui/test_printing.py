"""Printing: PDFs of the blank forms, the filled assessment and the plan, checked with poppler's tools."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path
from unittest import mock

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from gui.dialogs import print_options as print_dialog
from tests.gui.conftest import finish
from render import items as flow, pagination, printing
from model.document import actionplan
from model.report import build as report
from model.catalogue import builtin_catalogue
from model.document.assessment import Assessment
from model.errors import UserInputError
from model.catalogue.references import criterion_label

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
TODAY = date(2026, 3, 5)


def pages_text(pdf: Path, layout: bool = True) -> list[str]:
    args = ["pdftotext"] + (["-layout"] if layout else []) + [str(pdf), "-"]
    text = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def pdfinfo(pdf: Path, *extra: str) -> str:
    return subprocess.run(["pdfinfo", *extra, str(pdf)], capture_output=True, text=True, check=True).stdout


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    info = pdfinfo(pdf, "-f", "1", "-l", "100000")
    return [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info)]


def fonts(pdf: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def words_with_boxes(pdf: Path) -> list[list[tuple[float, float, float, float, str]]]:
    """Every word with its box, per page (pdftotext -bbox)."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    result = []
    for page in html.split("<page ")[1:]:
        words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
                           page)
        result.append([(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in words])
    return result


def assert_no_overlap(pdf: Path) -> None:
    """No two words on a page share ink: texts never run into each other."""
    for number, words in enumerate(words_with_boxes(pdf), start=1):
        for i, (x0, y0, x1, y1, w) in enumerate(words):
            for (a0, b0, a1, b1, v) in words[i + 1:]:
                overlap_x = min(x1, a1) - max(x0, a0)
                overlap_y = min(y1, b1) - max(y0, b0)
                assert not (overlap_x > 0.8 and overlap_y > 2.0), f"page {number}: {w!r} overlaps {v!r}"


def band_page(pages: list[str], indicator_id: str, statement: str) -> int:
    """The page whose text has the indicator's id followed by the first words of its statement."""
    first = " ".join(statement.split()[:2])
    pattern = re.compile(rf"^\s*{re.escape(indicator_id)}\s+{re.escape(first)}", re.M)
    found = [n for n, text in enumerate(pages) if pattern.search(text)]
    assert len(found) == 1, f"{indicator_id} {first!r} found on pages {found}"
    return found[0]


@pytest.fixture
def demo(tmp_path, demo_copy) -> Path:
    return demo_copy(tmp_path / "demo.teia")


def demo_report(path: Path, lang: str) -> report.Report:
    with Assessment.open(path, readonly=True) as doc:
        return report.build(doc, lang, report.ReportOptions(today=TODAY))


def test_blank_kyrgyz_form_of_the_builtin_catalogue(qapp, tmp_path):
    catalogue = builtin_catalogue()
    content = report.build_blank(catalogue, "ky", report.ReportOptions(today=TODAY))
    out, pages = printing.write_pdf(content, tmp_path / "blank.pdf", printing.PrintOptions(kind="blank"))
    assert out.exists() and pages > catalogue.indicator_count / 2
    assert {tuple(round(v) for v in s) for s in page_sizes(out)} == {(595, 842)}
    assert "A4" in pdfinfo(out)
    texts = pages_text(out)
    assert len(texts) == pages
    whole = "\n".join(texts)
    assert all(letter in whole for letter in "ңөү")
    for indicator in catalogue.indicators():
        page = band_page(texts, indicator.id, indicator.statement.text("ky"))
        # the whole block is on that page: each criterion and each level of the indicator
        for criterion in indicator.criteria:  # lettered in Cyrillic: а) б) в)
            label, first_word = criterion_label(criterion.id, "ky"), criterion.text.text("ky").split()[0]
            lead = rf"{re.escape(label)}\s+{re.escape(first_word)}"
            assert re.search(rf"^\s*{lead}", texts[page], re.M), (indicator.id, criterion.id)
        assert indicator.scale.levels[-1].label.text("ky")[:15] in " ".join(texts[page].split())
    assert "(уландысы)" not in whole  # on A4 every indicator of the catalogue fits one page
    for number, text in enumerate(texts, start=1):
        assert f"Бет {number} / {pages}" in text
        assert "Күнү: 05.03.2026" in text
    assert "Даярдаган" in texts[-1] and "Макулдашкан" in texts[-1] and "Колу" in texts[-1]
    table = fonts(out)
    assert table and all(row[-5] == "yes" for row in table), table  # the "emb" column


def test_blank_forms_for_chosen_areas_on_letter_paper(qapp, tmp_path, demo):
    content = demo_report(demo, "ru")
    options = printing.PrintOptions(kind="blank", paper="Letter", areas=("1", "B"))
    out, _pages = printing.write_pdf(content, tmp_path / "areas.pdf", options)
    assert {tuple(round(v) for v in s) for s in page_sizes(out)} == {(612, 792)}
    whole = "\n".join(pages_text(out))
    wanted = [e.id for s in content.sections if s.id in ("1", "B") for e in s.indicators]
    others = [e.id for s in content.sections if s.id not in ("1", "B") for e in s.indicators]
    for indicator_id in wanted:
        assert re.search(rf"^\s*{re.escape(indicator_id)}\s", whole, re.M)
    for indicator_id in others:
        assert not re.search(rf"^\s*{re.escape(indicator_id)}\s+\S", whole, re.M), indicator_id
    # the answers of the document are not printed on a blank form
    first = content.sections[0].indicators[0]
    assert first.evidence and first.evidence[:30] not in whole
    with pytest.raises(UserInputError, match="no area 9"):
        printing.write_pdf(content, tmp_path / "bad.pdf", printing.PrintOptions(kind="blank", areas=("9",)))
    assert not (tmp_path / "bad.pdf").exists()


def test_filled_assessment_in_russian(qapp, tmp_path, demo):
    content = demo_report(demo, "ru")
    out, pages = printing.write_pdf(content, tmp_path / "filled.pdf", printing.PrintOptions(kind="filled"))
    texts = pages_text(out)
    flat = [" ".join(t.split()) for t in texts]
    for entry in content.indicators():
        page = band_page(texts, entry.id, entry.statement[0])
        assert entry.level_label[0][:20] in flat[page] or entry.level_label[0].split()[0] in flat[page]
        assert " ".join(entry.description.split())[:25] in flat[page], entry.id
    assert all(f"Страница {n} из {pages}" in t for n, t in enumerate(texts, start=1))
    assert "Резюме" in flat[1] and "Основные показатели" in flat[1]  # the executive summary first
    assert "Введение и методология" in flat[2]  # then the introduction, then the summary of the areas
    summary = next(i for i, t in enumerate(flat) if t.count("Сводка") > 1)
    assert summary > 2 and "Все области" in flat[summary]
    assert_no_overlap(out)
    assert all(row[-5] == "yes" for row in fonts(out))


def test_action_plan_is_landscape_with_its_header_on_every_page(qapp, tmp_path, demo):
    content = demo_report(demo, "en")
    out, pages = printing.write_pdf(content, tmp_path / "plan.pdf", printing.PrintOptions(kind="plan"))
    sizes = {tuple(round(v) for v in s) for s in page_sizes(out)}
    assert sizes == {(842, 595)}
    texts = pages_text(out)
    assert pages == len(texts) > 1
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {pages}" in text
        if number < pages or "Action" in text:
            assert re.search(r"No\.\s+Action\s+Indicators\s+Lead", text), number  # the repeated header row
    words = set(" ".join(texts).split())
    for action in content.actions:
        assert set(action.title.split()) <= words, action.title
        assert set(action.lead.split()) <= words, action.lead
    assert_no_overlap(out)


def test_long_texts_wrap_and_continue_on_the_next_page(qapp, tmp_path, doc_path):
    """An indicator longer than a page goes on under "(continued)"; no word is lost or overlaps another."""
    words = [f"слово{n}ңөү" for n in range(1800)]
    long_word = "Ж" * 300
    with Assessment.create(doc_path, builtin_catalogue(), country="Кыргыз Республикасы", title="Сынак") as doc:
        doc.update_response("1.1", level=2, evidence=" ".join(words) + " " + long_word, gaps="Кемчилик ң",
                            description="Абал\nэкинчи сап\n\nүчүнчү сап", status="draft")
        actionplan.add_action(doc, "Иш-аракет " + " ".join(words[:600]), ["1.1"], lead="ӨКМ")
        content = report.build(doc, "ky", report.ReportOptions(today=TODAY))
    out, pages = printing.write_pdf(content, tmp_path / "long.pdf", printing.PrintOptions(kind="filled"))
    texts = pages_text(out, layout=False)
    joined = " ".join(texts)
    assert all(word in joined for word in words), [w for w in words if w not in joined][:5]
    # the 300 letters of the long word are all there (it may be cut over a page break, under the running header),
    # in the indicator and in the annex of the evidence cited
    assert sum(len(run) for run in re.findall("Ж{2,}", "".join(texts))) == 2 * len(long_word)
    continued = [n for n, t in enumerate(texts) if "(уландысы)" in t]
    assert continued, "the long indicator should continue on a second page"
    assert all("1.1" in texts[n] for n in continued)
    assert_no_overlap(out)
    plan, plan_pages = printing.write_pdf(content, tmp_path / "plan.pdf", printing.PrintOptions(kind="plan"))
    plan_text = " ".join(pages_text(plan, layout=False))
    assert plan_pages >= 2 and all(word in plan_text for word in words[:600])
    assert_no_overlap(plan)


def test_bilingual_forms_show_both_languages(qapp, tmp_path):
    content = report.build_blank(builtin_catalogue(), "ru+en", report.ReportOptions(today=TODAY))
    out, pages = printing.write_pdf(content, tmp_path / "ru-en.pdf",
                                    printing.PrintOptions(kind="blank", areas=("2",), landscape=True))
    assert {tuple(round(v) for v in s) for s in page_sizes(out)} == {(842, 595)}
    flat = " ".join(" ".join(pages_text(out, layout=False)).split())
    indicator = builtin_catalogue().area("2").indicators[0]
    for lang in ("ru", "en"):
        assert " ".join(indicator.statement.text(lang).split()[:4]) in flat
    assert f"Страница 1 из {pages} / Page 1 of {pages}" in flat
    assert_no_overlap(out)


class Lines(flow.Item):
    """Lines of 10 units: a page may cut between them."""

    def __init__(self, count: int) -> None:
        self.height = 10.0 * count

    def breaks(self) -> list[float]:
        return [10.0 * i for i in range(1, int(self.height / 10))]

    def paint(self, p, x, y, top=0.0, bottom=float("inf")) -> None:
        pass


def test_pagination_keeps_blocks_repeats_headers_and_splits_only_what_is_longer_than_a_page():
    body = 100.0
    header, continued = flow.Spacer(8), flow.Spacer(5)
    blocks = [
        pagination.Block([flow.Spacer(60)]),
        pagination.Block([flow.Spacer(30), flow.Spacer(20)]),  # 50 does not fit under 60: next page
        pagination.Block([flow.Spacer(30)] * 5, keep=False, header=header),  # a table: header on each page
        pagination.Block([Lines(13)], continued=continued),  # 130 high: split between lines
    ]
    pages = pagination.paginate(blocks, body)
    items = [[p.item for p in page.placements] for page in pages]
    assert items[0] == [blocks[0].items[0]]
    assert items[1][:2] == blocks[1].items
    assert all(sum(p.bottom - p.top for p in page.placements) <= body + 0.01 for page in pages)
    table_pages = [n for n, page in enumerate(items) if any(i in blocks[2].items for i in page)]
    assert all(items[n][0] is header or (n == table_pages[0] and header in items[n]) for n in table_pages)
    tall = blocks[3].items[0]
    slices = [p for page in pages for p in page.placements if p.item is tall]
    assert len(slices) >= 2 and all(round(s.top) % 10 == 0 and round(s.bottom) % 10 == 0 for s in slices)
    assert sum(s.bottom - s.top for s in slices) == tall.height
    later = [page for page in pages if any(p.item is tall and p.top > 0 for p in page.placements)]
    assert later and all(page.placements[0].item is continued for page in later)


def test_cancelling_writes_nothing(qapp, tmp_path):
    content = report.build_blank(builtin_catalogue(), "en")
    seen = []

    def progress(done, total):
        seen.append((done, total))
        return done < 3

    with pytest.raises(printing.RenderCancelled):
        printing.write_pdf(content, tmp_path / "x.pdf", printing.PrintOptions(kind="blank"), progress)
    assert seen[-1][0] == 3 and not list(tmp_path.glob("*.pdf"))


# ------------------------------------------------------------------------------------ the dialogs
def test_setup_dialog_choices(qtbot):
    dialog = print_dialog.PrintSetupDialog(builtin_catalogue(), has_document=False, lang="ky")
    qtbot.addWidget(dialog)
    assert not dialog.kind_buttons["filled"].isEnabled() and dialog.kind() == "blank"
    dialog.areas.item(0).setCheckState(Qt.CheckState.Unchecked)
    dialog.language.setCurrentIndex(dialog.language.findData("ru+en"))
    dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
    dialog.margins[0].setValue(25)
    choice = dialog.choice()
    assert choice.lang == "ru+en" and choice.options.paper == "Letter" and choice.options.margins_mm[0] == 25
    assert "1" not in choice.options.areas and "2" in choice.options.areas
    for row in range(dialog.areas.count()):
        dialog.areas.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()

    with_doc = print_dialog.PrintSetupDialog(builtin_catalogue(), has_document=True, lang="ru")
    qtbot.addWidget(with_doc)
    with_doc.kind_buttons["plan"].setChecked(True)
    assert with_doc.choice().options.is_landscape() and not with_doc.areas_box.isEnabled()


class FakePreview:
    """Stands in for QPrintPreviewDialog: paints once into a PDF printer instead of showing a window."""

    instances: list["FakePreview"] = []

    def __init__(self, printer, parent=None):
        from PySide6.QtCore import QObject, Signal

        class Emitter(QObject):
            paintRequested = Signal(QPrinter)

        self.printer, self.emitter = printer, Emitter()
        self.paintRequested = self.emitter.paintRequested
        FakePreview.instances.append(self)

    def setWindowTitle(self, _title):  # noqa: N802
        pass

    def exec(self):
        self.paintRequested.emit(self.printer)
        return 0

    def deleteLater(self):  # noqa: N802
        pass


def test_preview_renders_through_paint_requested(qtbot, tmp_path, demo):
    from gui.session import DocumentSession

    out = tmp_path / "preview.pdf"

    class PdfPreview(FakePreview):
        def __init__(self, printer, parent=None):
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(out))
            super().__init__(printer, parent)

    with Assessment.open(demo) as doc:
        session = DocumentSession(doc)
        choice = print_dialog.PrintChoice(printing.PrintOptions(kind="filled", areas=("3",)), "ky")
        with mock.patch.object(print_dialog, "QPrintPreviewDialog", PdfPreview):
            assert print_dialog.print_preview(None, session, "ky", choice=choice)
    text = "\n".join(pages_text(out))
    assert re.search(r"^\s*3\.1\s", text, re.M) and not re.search(r"^\s*1\.1\s", text, re.M)
    assert "ң" in text or "ө" in text


def test_print_uses_the_system_dialog_and_stops_when_it_is_cancelled(qtbot, tmp_path):
    out = tmp_path / "printed.pdf"
    calls = []

    class FakePrintDialog:
        def __init__(self, printer, parent=None):
            self.printer = printer
            calls.append(printer)

        def setWindowTitle(self, _title):  # noqa: N802
            pass

        def exec(self):
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(out))
            return FakePrintDialog.answer

        def deleteLater(self):  # noqa: N802
            pass

    choice = print_dialog.PrintChoice(printing.PrintOptions(kind="blank", areas=("A",), paper="Letter"), "en")
    with mock.patch.object(print_dialog, "QPrintDialog", FakePrintDialog):
        FakePrintDialog.answer = 0  # Cancel
        assert not print_dialog.print_report(None, None, "en", choice=choice)
        assert not out.exists()
        FakePrintDialog.answer = 1  # Print
        assert print_dialog.print_report(None, None, "en", choice=choice)
    assert calls[0].pageLayout().pageSize().id() == calls[0].pageLayout().pageSize().PageSizeId.Letter
    assert re.search(r"^\s*A\.1\s", "\n".join(pages_text(out)), re.M)


def test_setup_dialog_cancel_prints_nothing(qtbot):
    with mock.patch.object(print_dialog.PrintSetupDialog, "exec", return_value=0), \
            mock.patch.object(print_dialog, "QPrintPreviewDialog") as preview:
        assert not print_dialog.print_preview(None, None, "ru")
        preview.assert_not_called()


def test_export_pdf_in_a_worker_thread_then_offers_to_open_it(qtbot, tmp_path):
    out = tmp_path / "forms"  # ".pdf" is added
    shown = []
    with mock.patch.object(print_dialog.PrintSetupDialog, "exec", return_value=1), \
            mock.patch.object(print_dialog.QFileDialog, "getSaveFileName", return_value=(str(out), "")), \
            mock.patch.object(print_dialog, "show_written", lambda parent, path, pages: shown.append((path, pages))):
        job = print_dialog.export_pdf(None, None, "ky")
        assert job is not None
        finish(qtbot, job)
        assert shown
    path, pages = shown[0]
    assert path == str(out) + ".pdf" and Path(path).exists() and pages == len(pages_text(Path(path)))


def test_export_pdf_reports_failures(qtbot, tmp_path):
    missing = tmp_path / "no-such-folder" / "x.pdf"
    errors = []
    choice = print_dialog.PrintChoice(printing.PrintOptions(kind="blank", areas=("1",)), "ru")
    with mock.patch.object(print_dialog.PlainMessageBox, "warning", lambda *args: errors.append(args[2])):
        job = print_dialog.export_pdf(None, None, "ru", choice=choice, path=str(missing))
        assert job is not None
        finish(qtbot, job)
        assert len(errors) == 1
    assert "no-such-folder" in errors[0] or "x.pdf" in errors[0]
