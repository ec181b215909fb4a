"""The window with the last document reopened is painted before any heavy command's code is imported (issue 19):
exports, the import, printing, the recovery window, the history, the merge, the register workbook, the guide,
the pages not shown first, the log file's handlers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Imported inside the commands that need them, never by the start.
HEAVY = ("model.formats", "render.printing", "gui.dialogs.print_options", "render.progress",
         "gui.dialogs.export", "gui.dialogs.import_workbook", "gui.dialogs.recovery", "gui.dialogs.history", "model.merge",
         "gui.dialogs.merge", "model.register.workbook", "gui.register.import_dialog", "model.guide", "render.guide_pdf",
         "gui.dialogs.help_window",
         # the pages and dialogs the first page does not show, built on first use (gui.window.pages)
         "gui.pages.indicator", "gui.pages.actionplan", "gui.dialogs.indicator_list", "gui.dialogs.action_editor",
         "gui.dialogs.backup", "gui.widgets.keyboard", "model.catalogue.references", "model.cycle.compare",
         "gui.pages.comparison", "gui.register.page",
         # the register's counts on the overview and the register's code: after the overview's first paint
         "gui.register.counts", "model.register.activities", "model.register.annex1", "model.register.figures",
         "model.register.calculator")
# Library modules opened after the first paint: the rotating log file (model.app.log), strptime's expressions.
# uuid (which imports platform) when something new is made; socket (the lock reads the host name from uname).
LATER_LIBRARIES = ("logging.handlers", "_strptime", "uuid", "platform", *(("socket",) if hasattr(os, "uname") else ()))


def modules_at_first_paint(home: Path, document: Path) -> list[str]:
    """Start main.py as a person would, with ``document`` open at the last exit; the modules it has imported
    when the window is shown (gui/app.py's start-up probe)."""
    (home / "config").mkdir(parents=True)
    (home / "config" / "settings.json").write_text(json.dumps(
        {"open_document": str(document), "language": "ru", "recent_files": [str(document)]}), encoding="utf-8")
    env = dict(os.environ, TEIA_HOME=str(home), TEIA_STARTUP_PROBE="1", QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, str(ROOT / "main.py")], env=env, capture_output=True, text=True,
                            timeout=120, cwd=str(ROOT))
    ready = [line for line in result.stdout.splitlines() if line.startswith("STARTUP_READY ")]
    assert ready and ready[0].endswith(str(document)), result.stdout + result.stderr
    lines = result.stdout.splitlines()
    modules = next(line for line in lines if line.startswith("STARTUP_MODULES ")).split()[1:]
    libraries = next(line for line in lines if line.startswith("STARTUP_LIBRARIES")).split()[1:]
    return modules + libraries


def test_no_heavy_module_is_imported_before_the_first_paint(tmp_path):
    from model.demo import build_demo

    document = tmp_path / "assessment.teia"
    build_demo(document).close()
    modules = modules_at_first_paint(tmp_path / "home", document)
    assert "gui.main_window" in modules  # the probe saw the real start
    assert "gui.pages.overview" in modules and "render.radar" in modules  # the first page is there
    assert [name for name in modules if name.startswith(HEAVY)] == []
    assert [name for name in modules if name in LATER_LIBRARIES] == []


# The child counts the fsync calls of its main thread (the backup taken on opening has its own thread, which the
# window does not wait for): those made before its first paint (printed with the probe's STARTUP_READY line) and
# those made by the time it has quit.
_COUNT_FSYNCS = r"""
import builtins, os, runpy, sys, threading
calls = []
real_fsync = os.fsync
def fsync(fd):
    if threading.current_thread() is threading.main_thread():
        calls.append(fd)
    return real_fsync(fd)
os.fsync = fsync
real_print = builtins.print
def probe_print(*args, **kwargs):
    if args and str(args[0]).startswith("STARTUP_READY"):
        real_print("FSYNCS_BEFORE_PAINT", len(calls), flush=True)
    real_print(*args, **kwargs)
builtins.print = probe_print
sys.argv = [sys.argv[1]]
try:
    runpy.run_path(sys.argv[0], run_name="__main__")
finally:
    real_print("FSYNCS_AT_EXIT", len(calls), flush=True)
"""


def test_the_start_waits_for_no_fsync_before_its_first_paint_and_makes_its_markers_durable_after_it(tmp_path):
    """On a busy disk the fsyncs of the session marker and of the reopening marker were most of the start's
    waiting (bench/startup.py); they come after the first paint now, and they still come."""
    from model.demo import build_demo

    document = tmp_path / "assessment.teia"
    build_demo(document).close()
    home = tmp_path / "home"
    (home / "config").mkdir(parents=True)
    (home / "config" / "settings.json").write_text(json.dumps(
        {"open_document": str(document), "language": "ru", "recent_files": [str(document)]}), encoding="utf-8")
    env = dict(os.environ, TEIA_HOME=str(home), TEIA_STARTUP_PROBE="1", QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", _COUNT_FSYNCS, str(ROOT / "main.py")], env=env,
                            capture_output=True, text=True, timeout=120, cwd=str(ROOT))
    lines = result.stdout.splitlines()
    ready = [line for line in lines if line.startswith("STARTUP_READY ")]
    assert ready and ready[0].endswith(str(document)), result.stdout + result.stderr
    before = int(next(line for line in lines if line.startswith("FSYNCS_BEFORE_PAINT")).split()[1])
    at_exit = int(next(line for line in lines if line.startswith("FSYNCS_AT_EXIT")).split()[1])
    assert before == 0
    assert at_exit >= 4  # the settings and the session marker, each file and its folder
    settings = json.loads((home / "config" / "settings.json").read_text(encoding="utf-8"))
    assert settings["opening_document"] == "" and settings["open_document"] == str(document.resolve())
