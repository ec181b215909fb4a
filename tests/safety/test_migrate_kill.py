"""A move to another catalogue edition killed at any moment leaves nothing under the target's name (or the
complete new document) and the old document as it was."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from model.document.creation import create_assessment
from model.document.assessment import Assessment
from tests.model.catalogue_io.editions import editions

ROOT = Path(__file__).resolve().parent.parent.parent
pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")


@pytest.mark.slow
def test_a_migration_killed_midway_leaves_no_half_written_file(tmp_path):
    old, new = editions()
    source = tmp_path / "old.teia"
    with create_assessment(source, old) as doc:
        doc.update_response("1.1", level=2, description="Описание ң")
        for index in range(4):  # enough data for the copy to take a while
            doc.add_attachment("1.1", f"scan{index}.pdf", os.urandom(20 * 1024 * 1024))
    new_file = tmp_path / "new.json"
    new_file.write_text(new.source_json, encoding="utf-8")
    before = source.read_bytes()
    out = tmp_path / "moved.teia"
    outcomes = []
    for _ in range(5):
        out.unlink(missing_ok=True)
        for stale in tmp_path.glob(".teia-migrate-*"):
            stale.unlink()
        child = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "migrate", str(source), "--to",
                                  str(new_file), "-o", str(out)], cwd=str(ROOT), stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)
        while child.poll() is None and not any(tmp_path.glob(".teia-migrate-*")):
            pass  # the temporary file appears when the new document starts being written
        writing = any(tmp_path.glob(".teia-migrate-*"))
        child.send_signal(signal.SIGKILL)
        child.wait()
        if out.exists():  # the kill came after the rename: then the file is complete
            with Assessment.open(out, readonly=True) as doc:
                assert doc.integrity_check() == ["ok"] and doc.catalogue.version == "2027.1"
        outcomes.append((writing, out.exists()))
        assert source.read_bytes() == before
    assert any(writing and not done for writing, done in outcomes), outcomes  # a kill did land mid-write
