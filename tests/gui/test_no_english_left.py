"""Every dialog and window in Kyrgyz and Russian: no visible text left as its English source.

Each screen is opened twice, in English and in the language tested, through the window's own commands
(modal dialogs are recorded instead of waiting for a click). A text shown identically in both, that still
holds Latin words once the document's own data (its file name, folder) is taken out, is English that
translators never saw — as the PDF screens were when their strings went through a `_t()` helper.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractButton, QComboBox, QFileDialog, QGroupBox, QHeaderView, QLabel,
    QLineEdit, QMessageBox, QPlainTextEdit, QProgressDialog, QTabWidget, QTextEdit, QWidget,
)

from gui import i18n
from gui.dialogs import print_options as print_dialog
from gui.dialogs.backup import BackupDialog, restore_with_file_dialog
from gui.dialogs.catalogues import CataloguesDialog
from gui.dialogs.details import DetailsDialog
from gui.dialogs.export import ExportDialog
from gui.dialogs.history import HistoryDialog
from gui.dialogs.import_workbook import ImportDialog, run_import
from gui.main_window import MainWindow
from gui.dialogs.move import MoveDialog
from gui.dialogs.new import NewAssessmentDialog
from gui.dialogs.recovery import RecoveryDialog
from gui.widgets.shared import PlainMessageBox
from model.document import backup
from model.report import build as report
from model.app import settings as settings_store
from model.formats import xlsx
from model.document.recovery import Recovery
from tests.export_helpers import build_demo_with_actions
from tests.gui.conftest import finish
from tests.gui.test_i18n import languages, qm_dir, switch  # noqa: F401 - fixtures: fresh .qm files, back to en

LATIN_WORD = re.compile("[A-Za-z]{2,}")
# Texts rightly the same in every language. Keep this short; each needs a reason.
SAME_IN_EVERY_LANGUAGE = {
    *(i18n.language_name(code) for code in (*report.LANGUAGE_CHOICES, "ru+en")),  # each language named in itself
    "OK",  # Qt's own Russian keeps «OK» (our Kyrgyz says «Макул»)
    "PDF",  # a format's name
}


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def widget_texts(top: QWidget, *, hidden_too: bool = False) -> list[str]:
    """What a person can read on ``top``: titles, labels, buttons, tooltips, combo items, headers, actions."""
    texts = [top.windowTitle(), top.toolTip()]
    if isinstance(top, QMessageBox):
        texts += [top.text(), top.informativeText()]
    if isinstance(top, QProgressDialog):
        texts.append(top.labelText())
    for child in [top, *top.findChildren(QWidget)]:
        if child is not top and not hidden_too and not child.isVisibleTo(top):
            continue
        texts.append(child.toolTip())
        if isinstance(child, (QLabel, QAbstractButton)):
            texts.append(child.text())
        if isinstance(child, QGroupBox):
            texts.append(child.title())
        if isinstance(child, (QLineEdit, QPlainTextEdit, QTextEdit)):
            texts.append(child.placeholderText())
        if isinstance(child, QComboBox):
            texts += [child.itemText(i) for i in range(child.count())]
        if isinstance(child, QTabWidget):
            texts += [child.tabText(i) for i in range(child.count())]
        if isinstance(child, QHeaderView) and child.model() is not None:
            texts += [str(child.model().headerData(i, child.orientation()) or "") for i in range(child.count())]
    for action in top.findChildren(QAction):
        if action.isVisible() and not action.isSeparator():
            texts += [action.text(), action.toolTip(), action.iconText()]
    return [_plain(t.split("\t")[0]) for t in texts if t and t.strip()]


class Recorder:
    """Stands in for every modal step: records what each would have shown, answers as the test says."""

    def __init__(self, monkeypatch, tmp_path: Path) -> None:
        self.texts: dict[str, list[str]] = {}
        self.screen = ""
        self.save_answer = ""
        self.open_answer = ""
        recorder = self

        def static_box(kind):
            def show(parent, title, text, *args, **kwargs):
                recorder.add([title, text])
                return QMessageBox.StandardButton.No if kind == "question" else QMessageBox.StandardButton.Ok
            return staticmethod(show)

        for kind in ("critical", "information", "warning", "question"):
            monkeypatch.setattr(QMessageBox, kind, static_box(kind))
            monkeypatch.setattr(PlainMessageBox, kind, static_box(kind))
        monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda parent, title, text: recorder.add([title, text])))

        def save_name(parent, caption="", folder="", pattern="", *args, **kwargs):
            recorder.add([caption, pattern, Path(folder).name])
            return recorder.save_answer, ""

        def open_name(parent, caption="", folder="", pattern="", *args, **kwargs):
            recorder.add([caption, pattern])
            return recorder.open_answer, ""

        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_name))

        def modal(answer):
            def exec_(dialog):
                recorder.add(widget_texts(dialog))
                return answer
            return exec_

        # Qt's own print dialogs, our dialogs and message boxes: looked at, then closed unanswered.
        for cls in (QPrintPreviewDialog, QPrintDialog, QMessageBox, ImportDialog, BackupDialog, RecoveryDialog,
                    DetailsDialog, HistoryDialog, NewAssessmentDialog, ExportDialog, print_dialog.PrintSetupDialog,
                    CataloguesDialog, MoveDialog):
            monkeypatch.setattr(cls, "exec", modal(0))

    def add(self, texts) -> None:
        self.texts.setdefault(self.screen, []).extend(t for t in (_plain(x) for x in texts if x) if t)


def walk(lang: str, qtbot, monkeypatch, tmp_path: Path) -> dict[str, list[str]]:
    """Open every screen the window offers, in ``lang``; return the texts seen on each."""
    folder = tmp_path / f"walk-{lang}"
    folder.mkdir()
    path = build_demo_with_actions(folder / "zz0.teia")
    recorder = Recorder(monkeypatch, folder)
    window = MainWindow(settings_store.Settings(), "en")
    window.show()
    switch(lang, window)

    def screen(name: str):
        recorder.screen = name
        return name

    try:
        screen("open")
        assert window.open_path(str(path))
        session = window.session
        backup.make_backup(session.doc)
        screen("window")
        recorder.add(widget_texts(window))
        window.show_plan()
        recorder.add(widget_texts(window))
        window.show_indicator("1.1")
        recorder.add(widget_texts(window))

        # Print, preview and PDF: the setup dialog, Qt's dialogs, the file dialog, progress, the result.
        for name, command in (("print", window.commands.print_report), ("preview", window.commands.print_preview),
                              ("pdf", window.commands.export_pdf)):
            screen(name)
            command()
            dialog = print_dialog.PrintSetupDialog(session.catalogue, has_document=True, lang=lang,
                                                   for_pdf=name == "pdf")
            qtbot.addWidget(dialog)
            dialog.show()
            recorder.add(widget_texts(dialog))
        choice = print_dialog.PrintChoice(print_dialog.printing.PrintOptions(kind="blank", areas=("1",)), lang)
        for name, command in (("print", print_dialog.print_report), ("preview", print_dialog.print_preview)):
            screen(name)
            command(window, session, lang, choice=choice)
        screen("pdf")
        for kind in ("blank", "filled", "plan"):
            recorder.add([print_dialog.default_pdf_name(session, kind)])
        recorder.save_answer = str(folder / "zz1.pdf")
        job = print_dialog.export_pdf(window, session, lang, choice=choice)
        progress = [w for w in window.findChildren(QProgressDialog)]
        assert progress, "the PDF is written with a progress dialog"
        recorder.add(widget_texts(progress[-1], hidden_too=True))
        finish(qtbot, job)
        screen("pdf failure")
        finish(qtbot, print_dialog.export_pdf(window, session, lang, choice=choice,
                                              path=str(folder / "zz9" / "zz1.pdf")))

        # Word and Excel: the dialog before, after a written file, and after a failure.
        for fmt in ("docx", "xlsx"):
            screen(f"export {fmt}")
            window.commands.export(fmt)
            dialog = ExportDialog(session, fmt)
            qtbot.addWidget(dialog)
            dialog.show()
            recorder.add(widget_texts(dialog))
            recorder.save_answer = str(folder / f"zz2.{fmt}")
            dialog.browse()
            dialog.path_edit.setText(str(folder / f"zz3.{fmt}"))
            with qtbot.waitSignal(dialog.exported, timeout=60000):
                dialog.start()
            recorder.add(widget_texts(dialog))
            dialog.start()  # the file is there now: the question before replacing it (answered No)
            assert dialog.job is None
            dialog.path_edit.setText(str(folder / "zz9" / f"zz3.{fmt}"))
            dialog.start()
            finish(qtbot, dialog.job)
            recorder.add(widget_texts(dialog))

        # Import: the file dialog, a workbook with changes, one without, a file that is no workbook.
        screen("import")
        workbook = folder / "zz4.xlsx"
        xlsx.write(report.build(session.doc, lang), workbook)
        import openpyxl

        book = openpyxl.load_workbook(workbook)
        sheet = book.worksheets[1]
        sheet.cell(row=2, column=6).value = "Изменено в таблице"
        book.save(workbook)
        recorder.open_answer = ""
        window.commands.import_workbook()
        finish(qtbot, run_import(window, session, str(workbook)))
        unchanged = folder / "zz5.xlsx"
        xlsx.write(report.build(session.doc, lang), unchanged)
        finish(qtbot, run_import(window, session, str(unchanged)))
        not_a_workbook = folder / "zz6.xlsx"
        not_a_workbook.write_text("notes", encoding="utf-8")
        finish(qtbot, run_import(window, session, str(not_a_workbook)))

        # Backups: the list, the file dialog, a restore that fails; a document without backups.
        screen("backups")
        window.commands.restore_from_backup()
        dialog = BackupDialog.for_document(session.doc)
        qtbot.addWidget(dialog)
        dialog.show()
        recorder.add(widget_texts(dialog))
        recorder.save_answer = str(folder / "zz9" / "zz7.teia")
        restore_with_file_dialog(window, dialog.list.selected(), folder)
        alone = BackupDialog([], folder / "zz8.teia")
        qtbot.addWidget(alone)
        alone.show()
        recorder.add(widget_texts(alone))

        screen("recovery")
        recovered = RecoveryDialog(Recovery(marker=folder / "zz8.marker", pid=1, started=backup.list_backups(
            session.doc)[0].created, last_activity=backup.list_backups(session.doc)[0].created, document=path,
            backups=backup.list_backups(session.doc)))
        qtbot.addWidget(recovered)
        recovered.show()
        recorder.add(widget_texts(recovered))

        for name, command in (("details", window.commands.edit_details), ("history", window.commands.show_history),
                              ("new assessment", window.new_assessment), ("about", window.about),
                              ("catalogues", window.catalogue_commands.show_catalogues),
                              ("move to another catalogue", window.catalogue_commands.move)):
            screen(name)
            command()
        screen("save a copy")
        recorder.save_answer = ""
        window.save_copy()
        screen("open a file that is no assessment")
        window.open_path(str(not_a_workbook))
    finally:
        switch("en", window)
        if window.session is not None:
            window.close_document()
        window.close()
        window.deleteLater()
    return {name: [_without(text, folder) for text in texts] for name, texts in recorder.texts.items()}


# The test's own files are all named zz<digit>; they, their folder, extensions and the language codes in
# suggested export names are the same in every language.
_NEUTRAL = re.compile(r"zz\d|\.(teia|xlsx|docx|pdf|marker)\b|-(ru|ky|en)\.\w+")


def _without(text: str, folder: Path) -> str:
    """The text with the test's own file names and folder taken out."""
    return _NEUTRAL.sub("…", text.replace(str(folder), "…"))


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_no_screen_shows_its_english_text(qtbot, monkeypatch, tmp_path, lang):
    english = walk("en", qtbot, monkeypatch, tmp_path)
    local = walk(lang, qtbot, monkeypatch, tmp_path)
    assert set(local) == set(english)
    assert len(local) >= 15 and sum(map(len, local.values())) > 300  # the walk did reach every screen
    left = {}
    for name, texts in local.items():
        same = sorted({t for t in texts if t in set(english[name]) and LATIN_WORD.search(t)}
                      - SAME_IN_EVERY_LANGUAGE)
        if same:
            left[name] = same
    assert not left, f"English left in {lang}:\n" + "\n".join(f"  {n}: {t}" for n, t in left.items())
