"""`export -o` never writes over the assessment, another assessment, a device, a pipe or a folder, and over an
existing export only with --force; `demo --force` never replaces a document that is open."""

from __future__ import annotations

import hashlib
import os

import pytest

from cli import main
from model.demo import build_demo
from model.document.assessment import Assessment


@pytest.fixture
def demo_file(tmp_path, demo_copy):
    return demo_copy(tmp_path / "d.teia")


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_an_export_over_the_assessment_itself_is_refused(demo_file, capsys):
    before = _digest(demo_file)
    for fmt in ("docx", "xlsx"):
        for force in ([], ["--force"]):
            assert main.main(["export", str(demo_file), "--format", fmt, "-o", str(demo_file), *force]) == 1
    assert "never written over" in capsys.readouterr().err
    assert _digest(demo_file) == before
    with Assessment.open(demo_file, readonly=True) as doc:
        assert doc.integrity_check() == ["ok"]


def test_an_export_over_another_assessment_is_refused(demo_file, tmp_path):
    other = tmp_path / "other.teia"
    build_demo(other).close()
    before = _digest(other)
    assert main.main(["export", str(demo_file), "--format", "xlsx", "-o", str(other), "--force"]) == 1
    assert _digest(other) == before


def test_an_export_over_what_is_not_a_regular_file_is_refused(demo_file, tmp_path, capsys):
    device = tmp_path / "null-link.docx"
    device.symlink_to(os.devnull)
    pipe = tmp_path / "pipe.docx"
    os.mkfifo(pipe)
    folder = tmp_path / "folder.docx"
    folder.mkdir()
    for target in (device, pipe, folder):
        assert main.main(["export", str(demo_file), "--format", "docx", "-o", str(target), "--force"]) == 1
    assert capsys.readouterr().err.count("not a regular file") == 3
    assert device.is_symlink() and os.path.realpath(device) == os.devnull
    assert folder.is_dir() and not any(folder.iterdir())


def test_an_existing_export_is_replaced_only_with_force(demo_file, tmp_path, capsys):
    out = tmp_path / "report.xlsx"
    out.write_bytes(b"last week's export")
    assert main.main(["export", str(demo_file), "--format", "xlsx", "-o", str(out)]) == 1
    assert "--force" in capsys.readouterr().err and out.read_bytes() == b"last week's export"
    assert main.main(["export", str(demo_file), "--format", "xlsx", "-o", str(out), "--force"]) == 0
    assert out.read_bytes()[:2] == b"PK"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.teia", "report.xlsx"], "no temporary file left"


def test_demo_force_does_not_replace_an_open_document(demo_file, capsys):
    with Assessment.open(demo_file) as doc:  # as a window holds it
        doc.update_response("1.1", evidence="typed in the window")
        assert main.main(["demo", str(demo_file), "--force"]) == 1
        assert "another" in capsys.readouterr().err  # open in another window, or held by another command
        assert doc.response("1.1").evidence == "typed in the window"
    with Assessment.open(demo_file, readonly=True) as doc:
        assert doc.response("1.1").evidence == "typed in the window"
    assert main.main(["demo", str(demo_file), "--force"]) == 0, "closed, it may be replaced"


def test_the_window_s_writers_never_replace_an_assessment_or_a_device(demo_file, tmp_path, qapp):
    """The export writers themselves refuse (the window asks about replacing an existing export before)."""
    from render import printing
    from model.report import build as report
    from model.errors import DocumentError
    from model.formats import docx
    from model.formats import xlsx

    with Assessment.open(demo_file, readonly=True) as doc:
        content = report.build(doc, "en")
    before = _digest(demo_file)
    for write in (docx.write, xlsx.write, printing.write_pdf):
        for target in (demo_file, tmp_path):
            with pytest.raises(DocumentError) as info:
                write(content, target)
            assert info.value.kind in ("over_document", "not_regular_target")
            if target == tmp_path:  # a folder where the export should go: said as a refused write, not a read
                assert "nothing was written" in str(info.value)
    assert _digest(demo_file) == before
