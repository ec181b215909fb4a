"""Edit → Undo / Redo take back register edits like indicator and action edits: a field, the substance table,
the tailings block, an activity added or deleted, a count added to an indicator's evidence."""

from __future__ import annotations

import pytest

from model.register import activities as register
from tests.gui.test_register_overview import window as example_window  # noqa: F401 - the example, open


@pytest.fixture
def window(example_window):  # noqa: F811
    example_window.register_entry.show()
    return example_window


def undo(window) -> None:
    assert window.act_undo.isEnabled()
    window.act_undo.trigger()


def redo(window) -> None:
    assert window.act_redo.isEnabled()
    window.act_redo.trigger()


def test_a_field_edit_is_undone_and_redone_in_the_file_and_the_editor(window):
    page = window.register_entry.page
    editor = page.editor
    uid = editor.activity.uid
    old = editor.activity.values["operator"]
    editor.edits["operator"].setText("ОсОО «Жаңы Өндүрүш»")
    editor.edits["operator"].editingFinished.emit()
    assert register.activity(page.session.doc, uid).values["operator"] == "ОсОО «Жаңы Өндүрүш»"
    assert "Operator" in window.session.undo_stack.undoText()
    undo(window)
    assert register.activity(page.session.doc, uid).values["operator"] == old
    assert editor.activity.uid == uid and editor.edits["operator"].text() == old
    assert page.model.data(page.model.index(page.model.row_of(uid), 1)) == old
    redo(window)
    assert register.activity(page.session.doc, uid).values["operator"] == "ОсОО «Жаңы Өндүрүш»"
    assert editor.edits["operator"].text() == "ОсОО «Жаңы Өндүрүш»"


def test_a_substance_edit_is_undone_with_its_calculation(window):
    page = window.register_entry.page
    editor = page.editor
    page.add_button.click()
    uid = editor.activity.uid
    editor._add_line()
    editor.table.item(0, 1).setText("N10")
    editor.table.item(0, 3).setText("30")
    assert page.figures.results[uid].meets
    undo(window)  # the quantity
    assert register.activity(page.session.doc, uid).substances[0].quantity_t is None
    assert not page.figures.results[uid].meets and editor.table.item(0, 3).text() == ""
    redo(window)
    assert page.figures.results[uid].meets and editor.table.item(0, 3).text() == "30"


def test_adding_and_deleting_an_activity_are_undone_with_everything_it_held(window):
    page = window.register_entry.page
    doc = page.session.doc
    count = register.count(doc)
    page.add_button.click()
    added = page.editor.activity.uid
    assert register.count(doc) == count + 1
    undo(window)
    assert register.count(doc) == count and page.model.row_of(added) == -1
    redo(window)
    assert register.count(doc) == count + 1 and page.model.row_of(added) >= 0

    mining = next(a for a in register.activities(doc) if a.is_mining and a.tailings and a.substances)
    page._select_row(page.model.row_of(mining.uid))
    assert page.editor.activity.uid == mining.uid
    page.delete_button.click()
    assert page.model.row_of(mining.uid) == -1
    undo(window)
    back = register.activity(doc, mining.uid)
    assert (back.values, back.substances, back.tailings, back.checklist) == (
        mining.values, mining.substances, mining.tailings, mining.checklist)
    assert page.model.row_of(mining.uid) >= 0
    redo(window)
    assert page.model.row_of(mining.uid) == -1 and not doc.query("SELECT 1 FROM activity WHERE uid = ?",
                                                                   (mining.uid,))


def test_a_tailings_parameter_is_undone(window):
    page = window.register_entry.page
    doc = page.session.doc
    mining = next(a for a in register.activities(doc) if a.is_mining and a.tailings)
    page._select_row(page.model.row_of(mining.uid))
    block = page.editor.tailings
    key, widget = next((k, w) for k, w in block.inputs.items() if hasattr(w, "setText"))
    widget.setText("12345")
    widget.editingFinished.emit()
    assert register.activity(doc, mining.uid).tailings[key] == 12345
    undo(window)
    assert register.activity(doc, mining.uid).tailings == mining.tailings
    assert page.editor.tailings.activity.tailings == mining.tailings


def test_a_count_added_to_the_evidence_is_undone_and_not_added_twice(window):
    page = window.register_entry.page
    session = window.session
    before = session.doc.response("1.3").evidence
    assert page.insert_evidence("1.3", "meets_annex_i")
    after = session.doc.response("1.3").evidence
    assert after != before
    assert page.insert_evidence("1.3", "meets_annex_i") is None  # the same line is there already
    assert session.doc.response("1.3").evidence == after
    undo(window)
    assert session.doc.response("1.3").evidence == before
