"""The Register page: counts offered as evidence, a sortable and filterable table, the live calculation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from gui.main_window import MainWindow
from gui.register.table_model import COLUMNS
from model.app import settings as settings_store
from model.register import activities as register


@pytest.fixture
def page(qtbot, example_made):
    win = MainWindow(settings_store.Settings(), "en")
    qtbot.addWidget(win)
    win.show()
    win.open_example()
    win.register_entry.show()
    yield win.register_entry.page
    win.close_document()


def test_go_menu_opens_the_register_with_the_example_activities(page):
    window = page.window()
    assert window.register_entry.action in window.go_menu.actions()
    assert window.pages.currentWidget() is page
    assert page.model.rowCount() == register.count(page.session.doc) >= 25
    assert page.figures.counts["identified"] == page.model.rowCount()
    assert page.count_buttons["meets_annex_i"].text().endswith(f": {page.figures.counts['meets_annex_i']}")


def test_filters_and_sorting_work_on_the_rows(page):
    meets = page.figures.counts["meets_annex_i"]
    page.result.setCurrentIndex(page.result.findData("meets"))
    page._filter()
    assert page.model.rowCount() == meets and 0 < meets < page.figures.counts["identified"]
    page.result.setCurrentIndex(0)
    page.sector.setCurrentIndex(page.sector.findData("mining"))
    page._filter()
    assert all(page.model.activity_at(r).is_mining for r in range(page.model.rowCount()))
    page.sector.setCurrentIndex(0)
    page._filter()
    page.model.sort(COLUMNS.index("s_health"), Qt.SortOrder.DescendingOrder)
    values = [page.figures.results[page.model.activity_at(r).uid].s("health") for r in range(page.model.rowCount())]
    assert values == sorted(values, reverse=True)


def test_the_calculation_follows_the_substance_table_and_is_stored(page):
    page.add_button.click()
    editor = page.editor
    uid = editor.activity.uid
    editor._add_line()
    editor.table.item(0, 0).setText("Хлор ң")
    editor.table.item(0, 1).setText("N10")
    editor.table.item(0, 3).setText("30")
    assert "30 / 25 = 1,20" in editor.calculation.text()  # the example is in Russian: decimal comma
    stored = register.activity(page.session.doc, uid)
    assert stored.substances[0].named_id == "N10" and stored.substances[0].quantity_t == 30
    assert page.figures.results[uid].meets
    editor.table.item(0, 3).setText("20")
    assert "20 / 25 = 0,80" in editor.calculation.text() and not page.figures.results[uid].meets


def test_a_refused_value_is_explained_and_not_stored(page):
    editor = page.editor
    uid = editor.activity.uid
    editor.edits["latitude"].setText("123")
    editor.edits["latitude"].editingFinished.emit()
    assert "latitude" in page.message.text()
    assert register.activity(page.session.doc, uid).values["latitude"] != 123


def test_a_count_goes_into_an_indicator_evidence_with_its_date(page):
    before = page.session.response("1.3").evidence
    page.insert_evidence("1.3", "meets_annex_i")
    page.session.flush()
    after = page.session.doc.response("1.3").evidence
    assert after.startswith(before.rstrip())
    assert after.endswith(f"{page.figures.as_of}: Meeting Annex I: {page.figures.counts['meets_annex_i']} of "
                          f"{page.figures.counts['identified']}.")


def test_text_from_the_document_is_shown_as_plain_text(page):
    page.add_button.click()
    register.update_activity(page.session.doc, page.editor.activity.uid, {"name": "<b>bold</b> <img src=x>"})
    page.reload()
    for label in page.findChildren(QLabel):
        if "<b>" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText
    assert page.editor.sums.textFormat() == Qt.TextFormat.PlainText
    assert page.editor.calculation.textFormat() == Qt.TextFormat.PlainText


def test_a_document_that_cannot_be_changed_shows_its_register_frozen(qtbot, tmp_path, demo_copy):
    from model.document.assessment import Assessment

    path, draft = tmp_path / "approved.teia", tmp_path / "draft.teia"
    demo_copy(draft)
    with Assessment.open(demo_copy(path)) as doc:
        doc.set_meta(final=True)
    win = MainWindow(settings_store.Settings(), "en")
    qtbot.addWidget(win)
    win.show()
    assert win.open_path(str(path))
    qtbot.waitUntil(lambda: win.overview.register_counts is not None)  # built after the overview's first paint
    win.register_entry.show()
    page = win.register_entry.page
    before = [(a.uid, a.values) for a in register.activities(win.session.doc)]
    assert page.frozen and "cannot be changed" in page.message.text()
    assert not page.add_button.isEnabled() and not page.delete_button.isEnabled() and not page.act_import.isEnabled()
    assert all(edit.isReadOnly() for edit in page.editor.edits.values()) and not page.editor.sector.isEnabled()
    assert not page.counts.isEnabled() and not win.overview.register_counts.counts.isEnabled()
    win.file_menu.aboutToShow.emit()
    assert not win.register_entry.import_action.isEnabled()
    mining = next(r for r in range(page.model.rowCount()) if page.model.activity_at(r).is_mining)
    page._select_row(mining)
    assert not page.editor.tailings.make_action.isEnabled()
    assert all(not w.isEnabled() or w.isReadOnly() for w in page.editor.tailings.inputs.values()
               if hasattr(w, "isReadOnly")) and not page.editor.add_line.isEnabled()
    assert [(a.uid, a.values) for a in register.activities(win.session.doc)] == before
    win.close_document()
    assert win.open_path(str(draft))  # a draft after it: editable again
    win.register_entry.show()
    assert not page.frozen and page.add_button.isEnabled()
    assert not any(edit.isReadOnly() for edit in page.editor.edits.values())
    win.close_document()
