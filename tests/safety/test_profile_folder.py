"""A profile folder that cannot be written (a full disk) does not stop the window from starting; it says so."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from model.document import recovery
from tests.safety.test_storage import _fill, mounts, tiny_disk  # noqa: F401 (fixtures)

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses a small tmpfs")


def test_the_window_starts_on_a_full_profile_disk_and_opens_the_document(tiny_disk, tmp_path):
    document = tmp_path / "doc.teia"
    assert subprocess.run([sys.executable, str(ROOT / "main.py"), "demo", str(document)], cwd=ROOT,
                          capture_output=True, timeout=120).returncode == 0
    home = tiny_disk / "home"
    env = {**os.environ, "TEIA_HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "TEIA_STARTUP_PROBE": "1"}
    subprocess.run([sys.executable, str(ROOT / "main.py"), "--version"], env=env, cwd=ROOT, timeout=60)
    (home / "data").mkdir(parents=True, exist_ok=True)
    _fill(tiny_disk)
    started = subprocess.run([sys.executable, str(ROOT / "main.py"), str(document)], env=env, cwd=ROOT,
                             capture_output=True, text=True, timeout=120)
    assert started.returncode == 0, started.stderr
    assert "STARTUP_READY" in started.stdout and str(document) in started.stdout
    assert "Traceback" not in started.stderr and "Logging error" not in started.stderr


def test_the_session_marker_says_none_instead_of_raising(monkeypatch, tmp_path):
    def full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(recovery, "_write_marker", full)
    assert recovery.begin() is None
    assert recovery.set_document(None) is None
