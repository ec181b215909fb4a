"""Assessment details: the report's title and executive summary in each language, stored as meta keys."""

from __future__ import annotations

from gui.dialogs.details import DetailsDialog
from model.report import build as report
from model.document.assessment import Assessment


def test_titles_and_summaries_per_language_reach_the_document_and_the_report(qtbot, tmp_path, demo_copy):
    with Assessment.open(demo_copy(tmp_path / "demo.teia")) as doc:
        dialog = DetailsDialog(doc.meta(), "А. Асанова")
        qtbot.addWidget(dialog)
        assert set(dialog.title_edits) == {"en", "ru", "ky"}
        assert dialog.title_edits["ru"].placeholderText()  # the assessment's own language: the title above
        untouched = dialog.values()
        assert not any(key.startswith(("title_", "summary_")) for key in untouched)  # no empty rows written
        dialog.title_edits["en"].setText("  National self-assessment  ")
        dialog.summary_edits["ky"].setPlainText("Кыскача корутунду ң ө ү")
        values = dialog.values()
        assert values["title_en"] == "National self-assessment" and values["summary_ky"] == "Кыскача корутунду ң ө ү"
        doc.set_meta(**{k: v for k, v in values.items() if k != "final"})
        again = DetailsDialog(doc.meta(), "А. Асанова")
        qtbot.addWidget(again)
        assert again.title_edits["en"].text() == "National self-assessment"
        assert again.summary_edits["ky"].toPlainText() == "Кыскача корутунду ң ө ү"
        assert report.build(doc, "en").title_page.titles == ("National self-assessment",)
        assert report.build(doc, "ky").executive.texts == ("Кыскача корутунду ң ө ү",)


def test_meetings_abbreviations_and_focal_point_reach_the_report(qtbot, tmp_path, demo_copy):
    with Assessment.open(demo_copy(tmp_path / "demo.teia")) as doc:
        dialog = DetailsDialog(doc.meta(), "А. Асанова")
        qtbot.addWidget(dialog)
        assert "МЧС — Министерство чрезвычайных ситуаций" in dialog.abbreviations_edit.toPlainText()  # the example's
        assert "focal_point" not in dialog.values() and "meetings" not in dialog.values()
        dialog.focal_edit.setText("МЧС КР")
        dialog.meetings_edit.setPlainText("2026-05-05; Ош; МЧС, айыл окмоту")
        doc.set_meta(**{k: v for k, v in dialog.values().items() if k != "final"})
        intro = report.build(doc, "ru").introduction
        assert intro.focal_point == "МЧС КР"
        assert [(m.date, m.place, m.participants) for m in intro.meetings] == [("2026-05-05", "Ош", "МЧС, айыл окмоту")]
