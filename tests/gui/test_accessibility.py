"""A screen reader can walk every page and dialog: Qt's accessibility tree names each control it can reach.

The tree is walked as an assistive technology sees it (QAccessible interfaces, not widget attributes), in
Kyrgyz: every control a person can operate has a name, the names are in the interface language, and on
the indicator page each control also has a description saying what it is for or which keys work it.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from gui.dialogs.action_editor import ActionEditor
from gui.dialogs.backup import BackupDialog
from gui.dialogs.details import DetailsDialog
from gui.dialogs.export import ExportDialog
from gui.dialogs.history import HistoryDialog
from gui.dialogs.indicator_list import IndicatorListDialog
from gui.main_window import MainWindow
from gui.dialogs.new import NewAssessmentDialog
from gui.dialogs.print_options import PrintSetupDialog
from model.document import actionplan
from model.document import backup
from model.app import settings as settings_store
from tests.gui.test_i18n import languages, qm_dir, switch  # noqa: F401 - fixtures: fresh .qm files, back to en

Role = QAccessible.Role
INTERACTIVE = {Role.PushButton, Role.CheckBox, Role.RadioButton, Role.EditableText, Role.ComboBox, Role.List,
               Role.Table, Role.Tree, Role.SpinBox, Role.Slider, Role.PageTab, Role.ButtonMenu, Role.ButtonDropDown,
               Role.Link, Role.Dial}
CONTAINERS_OF_DATA = {Role.List, Role.Table, Role.Tree}  # their rows are the document's data, not controls
LATIN_WORD = re.compile("[A-Za-z]{3,}")
# Names rightly Latin in every language: program and format names, Qt's own «OK».
LATIN_ALLOWED = {"PDF", "Word", "Excel", "docx", "xlsx", "OK", "TEIA", "Ctrl", "PgUp", "PgDown"}


def controls(root) -> list:
    """(role, name, description, object) of every visible control under ``root``, as the tree shows them."""
    found = []

    def visit(interface, depth: int) -> None:
        if interface is None or not interface.isValid() or depth > 60 or interface.state().invisible:
            return
        role = interface.role()
        if role in INTERACTIVE:
            found.append((role, interface.text(QAccessible.Text.Name).strip(),
                          interface.text(QAccessible.Text.Description).strip(), interface.object()))
        if role in CONTAINERS_OF_DATA:
            return
        for index in range(interface.childCount()):
            visit(interface.child(index), depth + 1)

    visit(QAccessible.queryAccessibleInterface(root), 0)
    return found


def problems(root, *, descriptions: bool = False) -> list[str]:
    seen = controls(root)
    assert len(seen) >= 3, "the walk reached no controls: the tree is not what a screen reader sees"
    wrong = []
    for role, name, description, obj in seen:
        what = f"{role.name} {type(obj).__name__}"
        if not name:
            wrong.append(f"{what}: no name")
        elif {w for w in LATIN_WORD.findall(name)} - LATIN_ALLOWED:
            wrong.append(f"{what}: name not in the interface language: {name!r}")
        if descriptions and not description:
            wrong.append(f"{what} {name!r}: no description")
    return wrong


@pytest.fixture
def window(qtbot, example_made):
    win = MainWindow(settings_store.Settings(), "en")
    qtbot.addWidget(win)
    win.resize(1024, 720)
    win.show()
    switch("ky", win)
    win.open_example()
    yield win
    switch("en", win)
    win.close_document()


@pytest.mark.parametrize("page", ["overview", "indicator", "plan"])
def test_every_control_of_each_page_has_a_name(window, page):
    {"overview": window.show_overview, "indicator": lambda: window.show_indicator("1.1"),
     "plan": window.show_plan}[page]()
    QApplication.processEvents()
    assert problems(window) == []


def test_every_control_of_the_register_page_has_a_name(window):
    window.register_entry.show()
    page = window.register_entry.page
    mining = next(r for r in range(page.model.rowCount()) if page.model.activity_at(r).is_mining)
    page._select_row(mining)  # the tailings block too
    QApplication.processEvents()
    assert page.editor.tailings.isVisible()
    # On Linux Qt names a combo box by its current choice (its label names it through a relation); the tailings
    # method's choices are the document's data, in its content language, and may keep a Latin technical term.
    data_choices = {c.currentText() for c in page.editor.tailings.inputs.values() if hasattr(c, "currentText")}
    assert [p for p in problems(page) if not any(p.endswith(f"{t!r}") for t in data_choices)] == []
    assert all(w.accessibleName() for w in page.editor.tailings.inputs.values())
    assert page.editor.sector.accessibleName() == page.editor.sector_label.text()


def test_every_control_of_the_start_page_has_a_name(qtbot):
    win = MainWindow(settings_store.Settings(), "en")
    qtbot.addWidget(win)
    win.show()
    switch("ky", win)
    try:
        assert win.stack.currentWidget() is win.start_page
        assert problems(win) == []
    finally:
        switch("en", win)


def test_every_control_of_the_indicator_page_is_described(window):
    window.show_indicator("2.1")
    QApplication.processEvents()
    assert problems(window.indicator_page, descriptions=True) == []


DIALOGS = {
    "details": lambda w: DetailsDialog(w.session.doc.meta(), "Асанова", w),
    "history": lambda w: HistoryDialog(w.session.doc.history(), "Тарых", w),
    "new": lambda w: NewAssessmentDialog(w),
    "action": lambda w: ActionEditor(w, w.session, "ky", actionplan.actions(w.session.doc)[0]),
    "export": lambda w: ExportDialog(w.session, "docx", w),
    "print": lambda w: PrintSetupDialog(w.session.catalogue, has_document=True, lang="ky", for_pdf=True),
    "indicator list": lambda w: IndicatorListDialog(w, "Кемчиликтер", w.session.catalogue, ["1.1", "1.2"], "ky"),
    "backups": lambda w: BackupDialog([backup.make_backup(w.session.doc)], w.session.doc.path, w),
}


@pytest.mark.parametrize("name", DIALOGS)
def test_every_control_of_each_dialog_has_a_name(window, qtbot, name):
    dialog = DIALOGS[name](window)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    try:
        assert problems(dialog) == []
    finally:
        dialog.close()
