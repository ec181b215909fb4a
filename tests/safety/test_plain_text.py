"""Text from a file is never shown as rich text: a catalogue and a document whose every text holds
``<img src=…>`` and ``<b>`` markup are walked through every page and dialog, and every widget that could
render HTML (labels, message boxes, tooltips, item tooltips) is checked.

Rich text would make Qt load the image path (``/dev/zero`` grows memory until the process is killed; a
``//host/share`` path is an SMB connection on Windows).
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QLabel, QMessageBox, QWidget

from gui.main_window import MainWindow
from gui.widgets.shared import PlainMessageBox, plain_label, plain_tooltip
from model.document import actionplan
from model.document import recovery
from model.app import settings as settings_store
from model.catalogue import parse_catalogue
from model.document.assessment import Assessment

CANARY = "/etc/issue"
HOSTILE = f'<img src="{CANARY}"><b>жирный</b> ң ө ү <a href="//host/share/x.png">x</a>'
MARK = "<img"  # present, unescaped, in every text of the hostile files


def _hostile_texts(node):
    """Every translatable text (and reference) of a catalogue replaced by HOSTILE."""
    if isinstance(node, dict):
        if node and set(node) <= {"en", "ru", "ky"}:
            return {lang: f"{HOSTILE} {lang}" for lang in node}
        return {key: (["<b>Art. 3</b> " + HOSTILE[:100]] * len(value) if key == "references" else _hostile_texts(value))
                for key, value in node.items()}
    if isinstance(node, list):
        return [_hostile_texts(item) for item in node]
    return node


@pytest.fixture
def hostile_catalogue(small_catalogue_json, tmp_path):
    data = _hostile_texts(small_catalogue_json)
    data["version"] = "<b>1</b><img src=x>"
    path = tmp_path / "hostile-catalogue.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return parse_catalogue(path.read_text(encoding="utf-8"), origin=str(path)), path


@pytest.fixture
def hostile_document(hostile_catalogue, tmp_path) -> Path:
    catalogue, _path = hostile_catalogue
    path = tmp_path / "hostile.teia"
    with Assessment.create(path, catalogue, country=HOSTILE, title=HOSTILE, lead_authority=HOSTILE,
                           authors=[HOSTILE, HOSTILE], content_language="en", user=HOSTILE) as doc:
        for indicator in catalogue.indicators():
            doc.update_response(indicator.id, description=HOSTILE, evidence=HOSTILE, gaps=HOSTILE, authority=HOSTILE,
                                level=1, criteria_met=(indicator.criteria[0].id,) if indicator.criteria else ())
            doc.add_attachment(indicator.id, "<img src=a.png>.pdf", b"%PDF-1.4 x")
        first = catalogue.indicator_ids()[0]
        actionplan.add_action(doc, HOSTILE, (first,), **{field: HOSTILE for field in actionplan.TEXT_FIELDS[1:]})
    return path


def _item_tooltips(view: QAbstractItemView) -> list[str]:
    model: QAbstractItemModel | None = view.model()
    found: list[str] = []
    if model is None:
        return found

    def walk(parent: QModelIndex) -> None:
        try:
            columns = model.columnCount(parent)
        except TypeError:  # a list model (QListView's), whose columnCount is not public
            columns = 1
        for row in range(model.rowCount(parent)):
            for column in range(columns):
                index = model.index(row, column, parent)
                tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str):
                    found.append(tip)
            walk(model.index(row, 0, parent))

    walk(QModelIndex())
    return found


def rich_text_with_file_data(root: QWidget) -> list[str]:
    """Widgets under ``root`` (and ``root``) that would render the hostile markup as HTML."""
    problems: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        name = f"{type(widget).__name__}({widget.objectName() or hex(id(widget))})"
        if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.PlainText and MARK in widget.text():
            problems.append(f"{name} label: {widget.text()[:60]}")
        if isinstance(widget, QMessageBox) and widget.textFormat() != Qt.TextFormat.PlainText:
            problems.append(f"{name} message box is not plain text: {widget.text()[:60]}")
        if MARK in widget.toolTip():
            problems.append(f"{name} tooltip: {widget.toolTip()[:60]}")
        if isinstance(widget, QAbstractItemView):
            problems += [f"{name} item tooltip: {tip[:60]}" for tip in _item_tooltips(widget) if MARK in tip]
    return problems


@pytest.fixture
def dialogs_walked(monkeypatch):
    """Every modal dialog and message box is walked instead of waiting for a click, then closed."""
    seen: list[tuple[str, list[str]]] = []

    def walk_and_close(dialog) -> int:
        QApplication.processEvents()
        seen.append((type(dialog).__name__, rich_text_with_file_data(dialog)))
        return 0

    def static_box(icon):
        def show(parent, title, text, *args, **kwargs):
            box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
            walk_and_close(box)
            box.deleteLater()
            return QMessageBox.StandardButton.Ok
        return staticmethod(show)

    monkeypatch.setattr(QDialog, "exec", walk_and_close)
    monkeypatch.setattr(QMessageBox, "exec", walk_and_close)
    # QMessageBox's static functions run their own loop (and guess the text format): shown like the rest.
    for kind, icon in (("warning", QMessageBox.Icon.Warning), ("critical", QMessageBox.Icon.Critical),
                       ("information", QMessageBox.Icon.Information), ("question", QMessageBox.Icon.Question)):
        monkeypatch.setattr(QMessageBox, kind, static_box(icon))
    return seen


def test_every_page_and_dialog_shows_file_text_as_plain_text(qtbot, hostile_document, hostile_catalogue,
                                                              dialogs_walked, monkeypatch, tmp_path):
    window = MainWindow(settings_store.Settings(), "en")
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(str(hostile_document))
    window.session.doc.user = HOSTILE
    problems: list[str] = []
    problems += rich_text_with_file_data(window)
    for indicator_id in window.session.catalogue.indicator_ids():
        window.show_indicator(indicator_id)
        problems += rich_text_with_file_data(window)
    window.show_overview()
    for lang in ("ru", "ky", "en"):
        window.set_content_language(lang)
        problems += rich_text_with_file_data(window)
    window.show_plan()
    problems += rich_text_with_file_data(window)
    editor = window.plan_view.edit_selected(window.plan_view.model.index(0, 0))  # the action editor (not modal)
    assert editor is not None
    problems += rich_text_with_file_data(editor)
    editor.reject()

    # The dialogs, as the menus open them.
    window.commands.edit_details()
    window.commands.show_history()
    window.commands.restore_from_backup()
    window.commands.export("docx")
    window.commands.export("xlsx")
    window.show_indicator_list(HOSTILE, window.session.catalogue.indicator_ids())
    for dialog in window.findChildren(QDialog):
        problems += rich_text_with_file_data(dialog)
    from gui.dialogs.recovery import RecoveryDialog
    from model.document import backup

    stamp = datetime.now(timezone.utc)
    rec = recovery.Recovery(tmp_path / "1.json", 1, stamp, stamp, hostile_document,
                            backup.list_backups(window.session.doc))
    problems += rich_text_with_file_data(RecoveryDialog(rec, window))
    from gui.dialogs.new import NewAssessmentDialog

    new_dialog = NewAssessmentDialog(window, "ru")
    _catalogue, catalogue_path = hostile_catalogue
    monkeypatch.setattr("gui.dialogs.new.QFileDialog.getOpenFileName", lambda *a, **k: (str(catalogue_path), ""))
    new_dialog._choose_catalogue()
    problems += rich_text_with_file_data(new_dialog)
    from gui.dialogs.import_workbook import ImportDialog
    from model.report import build as report
    from model.formats import xlsx
    from model.formats import xlsx_import as importer
    from openpyxl import load_workbook

    book = xlsx.write(report.build(window.session.doc, "en"), tmp_path / "hostile.xlsx")
    workbook = load_workbook(book)
    workbook[workbook.sheetnames[1]]["F2"].value = HOSTILE + " (changed by a colleague)"
    workbook.save(book)
    plan = importer.read(window.session.doc, book)
    assert plan.changes
    problems += rich_text_with_file_data(ImportDialog(window.session.doc, plan, window))
    from gui.dialogs.print_options import PrintSetupDialog

    problems += rich_text_with_file_data(PrintSetupDialog(window.session.catalogue, has_document=True, lang="ru"))

    # The recent list holds a file whose name is markup; message boxes name files too.
    oddly_named = tmp_path / '<img src="x.png"><b>b.teia'
    oddly_named.write_bytes(b"not an assessment")
    assert not window.open_path(str(oddly_named))
    window.settings.add_recent(oddly_named)
    window.close_document()
    window.refresh_recent()
    problems += rich_text_with_file_data(window)

    walked = {name for name, _ in dialogs_walked}
    assert {"DetailsDialog", "HistoryDialog", "BackupDialog", "ExportDialog"} <= walked, walked
    assert {"QMessageBox", "PlainMessageBox"} & walked, "the refused file was named in a message box"
    problems += [f"{name}: {problem}" for name, found in dialogs_walked for problem in found]
    assert problems == []


def test_the_walk_finds_rich_text_labels_tooltips_and_message_boxes(qtbot):
    """The twin: the same walk reports each kind of widget that would render the markup."""
    root = QWidget()
    qtbot.addWidget(root)
    rich = QLabel(root)
    rich.setTextFormat(Qt.TextFormat.RichText)
    rich.setText("<b>b</b>")  # markup of our own (no file data): fine
    auto = QLabel(root)
    auto.setText(HOSTILE.replace(CANARY, "missing.png"))  # QLabel's default: guess, finds HTML
    tip = QWidget(root)
    tip.setToolTip(HOSTILE.replace(CANARY, "missing.png"))
    box = QMessageBox(QMessageBox.Icon.Warning, "t", "x", QMessageBox.StandardButton.Ok, root)
    problems = rich_text_with_file_data(root)
    assert len(problems) == 3, problems
    assert sum("message box" in p for p in problems) == 1
    auto.setTextFormat(Qt.TextFormat.PlainText)
    tip.setToolTip(plain_tooltip(HOSTILE))
    box.setParent(None)
    assert rich_text_with_file_data(root) == []
    box.deleteLater()


def test_the_plain_helpers_show_the_characters_as_they_are(qtbot):
    label = plain_label(HOSTILE)
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.PlainText and label.text() == HOSTILE
    assert MARK not in plain_tooltip(HOSTILE) and "&lt;img" in plain_tooltip(HOSTILE)
    box = PlainMessageBox(QMessageBox.Icon.Warning, "t", HOSTILE)
    assert box.textFormat() == Qt.TextFormat.PlainText and box.text() == HOSTILE
    box.deleteLater()


def test_the_cycle_screens_show_file_text_as_plain_text(qtbot, hostile_document, dialogs_walked, tmp_path):
    """The comparison page (titles, completed actions) and the final banner (the approver) name file text."""
    from model.cycle import final, next_cycle

    with Assessment.open(hostile_document) as doc:
        actionplan.update_action(doc, actionplan.actions(doc)[0].id, status="ongoing")
        final.finalize(doc, by=HOSTILE, on="2026-11-30")
    following = next_cycle.start_next(hostile_document, tmp_path / "next.teia", title=HOSTILE)
    with Assessment.open(following) as doc:  # completed in between: named on the comparison page
        actionplan.update_action(doc, actionplan.actions(doc)[0].id, status="done")
    window = MainWindow(settings_store.Settings(), "en")
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(str(following))
    window.cycle.show_progress()
    assert window.pages.currentWidget() is window.cycle.page
    problems = rich_text_with_file_data(window)
    window.close_document()
    assert window.open_path(str(hostile_document))
    assert window.cycle.frozen_label.isVisible() and MARK in window.cycle.frozen_label.text()
    problems += rich_text_with_file_data(window)
    problems += [f"{name}: {problem}" for name, found in dialogs_walked for problem in found]
    assert problems == []
