"""Final means frozen: every write path refuses a final assessment with a clear message; reopening is recorded."""

from __future__ import annotations

import pytest

from cli import main
from model.document import actionplan as plan
from model.cycle import final
from model.document.assessment import Assessment
from model.errors import DocumentError, UserInputError
from model.report.build import build


@pytest.fixture
def demo(tmp_path, demo_copy):
    return demo_copy(tmp_path / "d.teia")


def _finalize(path, capsys):
    assert main.main(["finalize", str(path), "--by", "А. Асанова", "--date", "2026-11-30", "--user", "Үсөн"]) == 0
    assert "final, approved by А. Асанова on 2026-11-30" in capsys.readouterr().out


def test_finalize_then_set_is_refused_with_the_next_step(demo, capsys):
    _finalize(demo, capsys)
    before = demo.read_bytes()
    assert main.main(["set", str(demo), "1.1", "--evidence", "late"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is final (approved) and cannot be changed" in err and "next-cycle" in err
    assert demo.read_bytes() == before
    with Assessment.open(demo, readonly=True) as doc:
        assert final.approval(doc) == ("А. Асанова", "2026-11-30")
        entry = doc.history()[0]
        assert (entry.field, entry.by, entry.source) == ("meta.final", "Үсөн", "finalize")
        title = build(doc, "en").title_page
        assert (title.final, title.approved_by, title.approved_on) == (True, "А. Асанова", "2026-11-30")


def test_import_and_merge_apply_nothing_to_a_final_assessment(demo, tmp_path, capsys):
    book, part = tmp_path / "book.xlsx", tmp_path / "part.teia"
    assert main.main(["export", str(demo), "--format", "xlsx", "--lang", "en", "-o", str(book)]) == 0
    assert main.main(["split", str(demo), "--for", "МЧС", "--indicators", "1.1", "-o", str(part)]) == 0
    assert main.main(["set", str(part), "1.1", "--evidence", "from the contribution"]) == 0
    import openpyxl

    workbook = openpyxl.load_workbook(book)
    workbook["Indicators"]["F2"].value = "Filled by the colleague ң"
    workbook.save(book)
    _finalize(demo, capsys)
    before = demo.read_bytes()
    for verb in (["import", str(demo), str(book), "--yes"], ["merge", str(demo), str(part), "--yes"]):
        assert main.main(verb) == 1, verb
        out = capsys.readouterr()
        assert "is final (approved) and cannot be changed" in out.err, out
        assert demo.read_bytes() == before


def test_every_model_write_is_refused_and_reopen_is_recorded(demo, capsys):
    _finalize(demo, capsys)
    with Assessment.open(demo) as doc:
        action = plan.actions(doc)[0]
        writes = [
            lambda: doc.update_response("1.1", level=0),
            lambda: doc.set_meta(title="changed"),
            lambda: doc.add_attachment("1.1", "a.txt", b"x"),
            lambda: plan.add_action(doc, "new", ("1.1",)),
            lambda: plan.update_action(doc, action.id, title="changed"),
            lambda: plan.delete_action(doc, action.id),
            lambda: final.finalize(doc, by="again"),
        ]
        for write in writes:
            with pytest.raises(DocumentError) as caught:
                write()
            assert caught.value.kind == "final" and caught.value.refused_input
        with pytest.raises(UserInputError):
            final.reopen(doc, why="  ")
        final.reopen(doc, why="a typo in 1.1")
        assert not doc.is_final()
        entry = doc.history()[0]
        assert entry.source == "reopen" and "a typo in 1.1" in entry.new
        doc.update_response("1.1", evidence="corrected")
        with pytest.raises(UserInputError):
            final.reopen(doc, why="not final any more")


def test_set_meta_final_records_the_user_as_approver(demo):
    with Assessment.open(demo) as doc:
        doc.user = "Айгүл"
        doc.set_meta(title="Т", final=True)
        assert doc.meta()["title"] == "Т" and doc.is_final() and final.approval(doc)[0] == "Айгүл"


def test_finalize_refuses_a_bad_date_and_an_empty_name(demo, capsys):
    assert main.main(["finalize", str(demo), "--by", "X", "--date", "30.11.2026"]) == 1
    assert "YYYY-MM-DD" in capsys.readouterr().err
    assert main.main(["finalize", str(demo), "--by", " "]) == 1
    assert main.main(["reopen", str(demo), "--why", "x"]) == 1
    assert "is not final" in capsys.readouterr().err
