"""In the window: prepare contributions, open one (banner, read-only outside its part), merge it back with a
conflict resolved side by side."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui.dialogs import merge as merge_dialog
from gui.dialogs.contributions import NAME, SHORT, ContributionsDialog
from gui.main_window import MainWindow
from model.document import contributors
from model.app import settings as settings_store
from model.demo import build_demo
from model.document.assessment import Assessment
from tests.gui.test_export_dialogs import no_modals  # noqa: F401 (fixture)


@pytest.fixture
def window(qtbot):
    win = MainWindow(settings_store.Settings(), "en")
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close_document()


def prepare(window, tmp_path, no_modals, monkeypatch):
    """File → Prepare contributions: one authority, named in the table, given area 1, its file written."""
    written = []

    def fake_exec(dialog):
        dialog.add()
        dialog.table.item(0, NAME).setText("Министерство ЧС ң")
        dialog.table.item(0, SHORT).setText("МЧС")
        combo = dialog.combos["1"]
        combo.setCurrentIndex(combo.findData(contributors.find(window.session.doc, "МЧС").id))
        written.extend(dialog.write_files(str(tmp_path)))
        return 0

    monkeypatch.setattr(ContributionsDialog, "exec", fake_exec)
    window.contributions.act_prepare.trigger()
    assert no_modals[-1][0] == "information" and written[0].name in no_modals[-1][1]
    return written[0]


def test_prepare_open_and_merge_a_contribution(window, qtbot, tmp_path, no_modals, monkeypatch):
    lead = build_demo(tmp_path / "lead.teia")
    lead.close()
    assert window.open_path(str(tmp_path / "lead.teia"))
    path = prepare(window, tmp_path, no_modals, monkeypatch)
    area_text = window.navigator.nav_model.item(0).text()
    assert area_text.startswith("1. [МЧС] ")  # the navigator shows who holds the area
    assert window.overview.contributors_panel.isVisibleTo(window.overview)
    window.session.doc.update_response("1.1", evidence="ведущий орган")

    with Assessment.open(path) as theirs:  # the authority fills it in (here without a window)
        assert contributors.contribution(theirs).contributor.name == "Министерство ЧС ң"
        theirs.user = "Айгүл"
        theirs.update_response("1.1", evidence="от МЧС ң")
        theirs.update_response("1.2", gaps="пробел от МЧС")

    second = MainWindow(settings_store.Settings(), "en")
    qtbot.addWidget(second)
    second.show()
    assert second.open_path(str(path))
    banner = second.contributions.banner
    assert banner.isVisible() and "Министерство ЧС ң" in banner.text()
    assert banner.textFormat() == Qt.TextFormat.PlainText
    assert not second.contributions.act_prepare.isEnabled()
    second.show_indicator("2.1")
    assert second.indicator_page.text_edits["evidence"].isReadOnly()
    assert not second.indicator_page.level_box.isEnabled()
    second.show_indicator("1.3")
    assert not second.indicator_page.text_edits["evidence"].isReadOnly()
    second.close_document()

    def fake_exec(dialog):
        model = dialog.model
        assert model.changes[0].conflict and model.changes[0].target == "1.1"
        dialog.view.selectRow(0)
        assert dialog.ours_text.toPlainText() == "ведущий орган"
        assert dialog.theirs_text.toPlainText() == "от МЧС ң" and "Айгүл (МЧС)" in dialog.theirs_who.text()
        dialog.take_button.click()
        assert "take the other" in model.index(0, model.DECISION).data()
        dialog.merge_button.click()
        return dialog.result()

    monkeypatch.setattr(merge_dialog.MergeDialog, "exec", fake_exec)
    assert merge_dialog.run_merge(window, window.session, str(path)) == 2
    window.refresh_views()
    doc = window.session.doc
    assert doc.response("1.1").evidence == "от МЧС ң" and doc.response("1.2").gaps == "пробел от МЧС"
    assert merge_dialog.run_merge(window, window.session, str(path)) == 0
    assert no_modals[-1] == ("information", f"{path.name} brings nothing new for this assessment.")


def test_merging_a_foreign_copy_says_so_and_changes_nothing(window, tmp_path, no_modals):
    build_demo(tmp_path / "lead.teia").close()
    build_demo(tmp_path / "other.teia").close()
    assert window.open_path(str(tmp_path / "lead.teia"))
    before = window.session.doc.responses()
    assert merge_dialog.run_merge(window, window.session, str(tmp_path / "other.teia")) == 0
    assert no_modals[-1][0] == "critical" and "another assessment" in no_modals[-1][1]
    assert window.session.doc.responses() == before


def test_register_changes_of_a_contribution_are_shown_and_merged_with_their_conflicts(window, tmp_path, no_modals,
                                                                                     monkeypatch):
    from model import merge
    from model.register import activities as register
    from model.register.calculator import SubstanceLine

    lead = build_demo(tmp_path / "lead.teia")
    path, _, _ = merge.split(lead, "Госгорнадзор", tmp_path / "mining.teia", areas=["3"])
    first, second = register.activities(lead)[:2]
    lead.close()
    assert window.open_path(str(tmp_path / "lead.teia"))
    window.register_entry.show()
    page = window.register_entry.page
    register.update_activity(window.session.doc, first.uid, {"operator": "наш оператор"})
    with Assessment.open(path) as theirs:
        theirs.user = "Бакыт"
        register.update_activity(theirs, first.uid, {"operator": "оператор ң от инспекции"})
        register.set_substances(theirs, second.uid, [SubstanceLine("Цианид натрия", "", ("H1", "E1"), 90.0)])
        added = register.add_activity(theirs, {"name": "Хвостохранилище «Өрүк»", "sector": "mining"})

    def fake_exec(dialog):
        model = dialog.model
        rows = {(model.index(r, model.TARGET).data(), model.index(r, model.FIELD).data()): r
                for r in range(model.rowCount())}
        conflict = rows[(first.values["name"], "Operator")]
        assert model.changes[conflict].conflict
        dialog.view.selectRow(conflict)
        assert dialog.ours_text.toPlainText() == "наш оператор"
        assert dialog.theirs_text.toPlainText() == "оператор ң от инспекции" and "Бакыт" in dialog.theirs_who.text()
        substances = model.index(rows[(second.values["name"], "Substances")], model.THEIRS_VALUE).data()
        assert substances == "Цианид натрия H1,E1 90 t"
        assert ("Хвостохранилище «Өрүк»", "New hazardous activity") in rows
        dialog.take_button.click()
        dialog.merge_button.click()
        return dialog.result()

    monkeypatch.setattr(merge_dialog.MergeDialog, "exec", fake_exec)
    window.contributions.act_merge.setEnabled(True)
    with monkeypatch.context() as m:
        m.setattr(merge_dialog.QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
        window.contributions.act_merge.trigger()
    doc = window.session.doc
    assert register.activity(doc, first.uid).values["operator"] == "оператор ң от инспекции"
    assert register.activity(doc, second.uid).substances[0].categories == ("H1", "E1")
    assert page.model.row_of(added.uid) >= 0  # the register page shows what the merge brought
