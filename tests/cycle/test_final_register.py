"""A final (approved) assessment refuses every change to its register too: the window's edits, the workbook
import, a merge, the Annex I edition, the command line; and its register stays exactly as approved."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from model import merge
from model.cycle import final
from model.demo import build_demo
from model.document.assessment import Assessment
from model.errors import DocumentError
from model.register import activities as register
from model.register import tailings, workbook
from model.register.annex1 import builtin_annex1
from model.register.calculator import SubstanceLine

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("final-register") / "demo.teia"
    build_demo(path).close()
    return path


def rows(doc) -> list:
    return [(a.uid, a.values, a.substances, a.tailings, a.checklist, a.revision) for a in register.activities(doc)]


def test_every_register_writer_is_refused_once_the_assessment_is_final(demo_file, tmp_path):
    path = Path(shutil.copy(demo_file, tmp_path / "approved.teia"))
    contribution = tmp_path / "mining.teia"
    with Assessment.open(path) as doc:
        first = register.activities(doc)[0]
        mining = next(a for a in register.activities(doc) if a.is_mining)
        filled = workbook.write_template(doc, tmp_path / "register.xlsx")
        merge.split(doc, "Госгорнадзор", contribution, areas=["3"])
    import openpyxl

    book = openpyxl.load_workbook(filled)
    book["Activities"].cell(row=2, column=3, value="новый оператор")
    book.save(filled)
    with Assessment.open(contribution) as theirs:
        register.update_activity(theirs, first.uid, {"operator": "оператор от инспекции"})
    with Assessment.open(path) as doc:
        plan = workbook.read_plan(doc, filled)  # planned while it could still be changed
        merge_plan = merge.read(doc, contribution)
        assert plan.changes and merge_plan.changes
        final.finalize(doc, by="Министр")
        before = rows(doc)
        question = tailings.builtin_method().questions[0].id
        writers = {
            "add": lambda: register.add_activity(doc, {"name": "Склад ң"}),
            "update": lambda: register.update_activity(doc, first.uid, {"operator": "другой"}),
            "substances": lambda: register.set_substances(doc, first.uid, [SubstanceLine("Хлор", "N10", (), 30.0)]),
            "tailings": lambda: register.set_tailings(doc, mining.uid, {"dam_height_m": 99}),
            "checklist": lambda: tailings.answer(doc, mining.uid, question, "no", "трещины"),
            "finding": lambda: tailings.action_for_finding(doc, mining.uid, question),
            "delete": lambda: register.delete_activity(doc, first.uid),
            "undo": lambda: register.restore_activity(doc, first),
            "edition": lambda: register.use_edition(doc, builtin_annex1()),
            "import": lambda: workbook.apply(doc, plan),
            "merge": lambda: merge.apply(doc, merge_plan, default="theirs"),
        }
        for name, write in writers.items():
            with pytest.raises(DocumentError) as caught:
                write()
            assert caught.value.kind == "final", name
        assert rows(doc) == before


def test_the_command_line_import_of_a_final_assessment_is_refused_in_one_line(demo_file, tmp_path):
    path = Path(shutil.copy(demo_file, tmp_path / "approved.teia"))
    with Assessment.open(path) as doc:
        book = workbook.write_template(doc, tmp_path / "register.xlsx")
        final.finalize(doc, by="Министр")
        before = rows(doc)
    import openpyxl

    filled = openpyxl.load_workbook(book)
    filled["Activities"].cell(row=2, column=3, value="новый оператор")
    filled.save(book)
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "register", str(path), "--import", str(book),
                           "--yes"], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 1 and "final" in done.stderr and done.stderr.count("\n") == 1
    with Assessment.open(path, readonly=True) as doc:
        assert rows(doc) == before


def test_the_register_page_freezes_when_the_assessment_is_marked_final_and_frees_when_reopened(qtbot, demo_file,
                                                                                              tmp_path):
    from gui.main_window import MainWindow
    from model.app import settings as settings_store

    path = Path(shutil.copy(demo_file, tmp_path / "draft.teia"))
    window = MainWindow(settings_store.Settings(), "en")
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(str(path))
    qtbot.waitUntil(lambda: window.overview.register_counts is not None)  # built after the overview's first paint
    window.register_entry.show()
    page = window.register_entry.page
    assert not page.frozen and page.add_button.isEnabled()
    final.finalize(window.session.doc, by="Министр")
    window.session.metaChanged.emit()  # as File → Mark as final does
    assert page.frozen and not page.add_button.isEnabled() and page.editor.edits["name"].isReadOnly()
    assert not window.overview.register_counts.counts.isEnabled()
    final.reopen(window.session.doc, why="исправить оператора")
    window.session.metaChanged.emit()
    assert not page.frozen and page.add_button.isEnabled() and not page.editor.edits["name"].isReadOnly()
    window.close_document()
