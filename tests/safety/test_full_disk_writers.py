"""Every writer on a really full disk (a small tmpfs filled to the last byte): a clear DocumentError, the previous
file of that name untouched, no temporary file left — never a success with an incomplete file."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from model.document import backup
from model.document import recovery
from model.report import build as report
from model.app import settings as settings_store
from model.demo import build_demo
from model.document.assessment import Assessment
from model.errors import DocumentError
from tests.safety.test_storage import _fill, mounts, tiny_disk  # noqa: F401 (fixtures)

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses a Linux tmpfs")
ROOT = Path(__file__).resolve().parents[2]
PREVIOUS = b"the previous file, which must survive"


@pytest.fixture(scope="module")
def demo_source(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("source") / "demo.teia"
    build_demo(path).close()
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _refused_on_full_disk(disk: Path, name: str, write) -> DocumentError:
    target = disk / name
    target.write_bytes(PREVIOUS)
    filler = _fill(disk)
    with pytest.raises(DocumentError) as info:
        write(target)
    assert target.read_bytes() == PREVIOUS
    assert sorted(p.name for p in disk.iterdir()) == sorted([name, filler.name]), "no temporary file left"
    return info.value


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_word_and_excel_exports(tiny_disk, demo_source, fmt):
    from model.formats import docx
    from model.formats import xlsx

    with Assessment.open(demo_source, readonly=True) as doc:
        content = report.build(doc, "ru")
    writer = docx.write if fmt == "docx" else xlsx.write
    error = _refused_on_full_disk(tiny_disk, f"report.{fmt}", lambda target: writer(content, target))
    assert error.kind == "not_written" and "was not written" in str(error)


def test_pdf_export(tiny_disk, demo_source, qapp):
    from render import printing

    with Assessment.open(demo_source, readonly=True) as doc:
        content = report.build(doc, "ru")
    error = _refused_on_full_disk(tiny_disk, "report.pdf", lambda target: printing.write_pdf(content, target))
    assert error.kind == "not_written"


def test_copy_of_a_document(tiny_disk, demo_source):
    with Assessment.open(demo_source, readonly=True) as doc:
        _refused_on_full_disk(tiny_disk, "copy.teia", doc.save_copy)


def test_new_document(tiny_disk, small_catalogue):
    _refused_on_full_disk(tiny_disk, "new.teia",
                          lambda target: Assessment.create(target, small_catalogue, overwrite=True).close())


def test_restore_of_a_backup(tiny_disk, demo_source):
    with Assessment.open(demo_source) as doc:
        made = backup.make_backup(doc)
    _fill(tiny_disk)
    with pytest.raises(DocumentError):
        backup.restore_backup(made, tiny_disk / "restored.teia")
    assert not (tiny_disk / "restored.teia").exists()
    assert [p.name for p in tiny_disk.iterdir()] == ["filler"]


def test_settings_and_recovery_markers(tiny_disk, monkeypatch):
    monkeypatch.setenv("TEIA_HOME", str(tiny_disk / "home"))
    settings_store.save(settings_store.Settings(user_name="Асанова"))
    markers = recovery.begin()
    before = (_digest(settings_store.settings_file()), _digest(markers))
    _fill(tiny_disk)
    settings_store.save(settings_store.Settings(user_name="x" * 500_000))  # never raises: the work goes on
    # no marker, logged: crash recovery is unavailable but the work goes on (see test_profile_folder.py)
    assert recovery.set_document(tiny_disk / "elsewhere.teia") is None
    assert (_digest(settings_store.settings_file()), _digest(markers)) == before
    leftovers = [p for p in (tiny_disk / "home").rglob("*") if p.name.startswith(".")]
    assert leftovers == []
    assert settings_store.load().user_name == "Асанова"


def test_the_command_line_export_on_a_full_disk_says_one_line(tiny_disk, demo_source):
    """No "Exception ignored ... Traceback" after the error line (the workbook's zip closed twice)."""
    _fill(tiny_disk)
    for fmt in ("xlsx", "docx"):
        result = subprocess.run([sys.executable, str(ROOT / "main.py"), "export", str(demo_source), "--format", fmt,
                                 "-o", str(tiny_disk / f"out.{fmt}")], capture_output=True, text=True,
                                env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), timeout=300, check=False)
        assert result.returncode == 1
        assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1, result.stderr
        assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr


def test_guide_handout(tiny_disk, qapp):
    from render.guide_pdf import write_guide_pdf

    error = _refused_on_full_disk(tiny_disk, "guide.pdf", lambda target: write_guide_pdf("ru", target))
    assert error.kind == "not_written"
