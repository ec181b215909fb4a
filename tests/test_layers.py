"""Who may import whom (ARCHITECTURE.md, README's Layout): model/ no Qt and nothing of the layers above it;
render/ QtGui without widgets and no gui/; cli/ no gui/ for its verbs. Read from the sources (every import,
also the ones inside functions), and checked in a real run of the verbs: a verb, the PDF export included,
loads no gui module."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _imports(package: str) -> list[tuple[str, int, str]]:
    """(file, line, imported module) for every import statement under a package, nested ones included."""
    found = []
    for path in sorted((ROOT / package).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found += [(str(path.relative_to(ROOT)), node.lineno, alias.name) for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.append((str(path.relative_to(ROOT)), node.lineno, node.module))
    return found


def _offending(package: str, forbidden: tuple[str, ...], allowed: set[tuple[str, str]] = frozenset()) -> list[str]:
    return [f"{file}:{line} imports {module}" for file, line, module in _imports(package)
            if any(module == f or module.startswith(f + ".") for f in forbidden) and (file, module) not in allowed]


def test_every_layer_exists():
    for package in ("model", "render", "gui", "cli"):
        assert (ROOT / package / "__init__.py").is_file(), package
    assert len(_imports("model")) > 100  # the walk reads the sources (an empty walk would pass every rule below)


def test_the_model_imports_no_qt_and_nothing_above_it():
    assert _offending("model", ("PySide6", "shiboken6", "gui", "render", "cli")) == []


def test_rendering_draws_without_widgets_and_without_the_window():
    assert _offending("render", ("PySide6.QtWidgets", "gui", "cli")) == []


def test_the_command_line_reaches_the_window_only_to_start_it():
    # cli.main starts the window when no verb is given; its offscreen QApplication lets a process that ran a
    # verb still make widgets later (one application object per process) — no other widget use in cli/.
    allowed = {("cli/main.py", "gui.app"), ("cli/main.py", "PySide6.QtWidgets")}
    assert _offending("cli", ("gui", "PySide6.QtWidgets"), allowed) == []


def test_main_py_is_only_the_dispatcher():
    tree = ast.parse((ROOT / "main.py").read_text(encoding="utf-8"))
    modules = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)} | {
        a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert modules == {"sys", "cli.main"}, modules


RUN = """
import json, sys
from cli.main import main
codes = [main(argv) for argv in json.loads(sys.argv[1])]
print(json.dumps({"codes": codes, "gui": sorted(m for m in sys.modules if m == "gui" or m.startswith("gui."))}))
"""


@pytest.mark.parametrize("verbs", [
    [["demo", "{d}/a.teia"], ["check", "{d}/a.teia"], ["export", "{d}/a.teia", "--format", "pdf", "-o", "{d}/a.pdf"],
     ["export", "{d}/a.teia", "--format", "docx", "-o", "{d}/a.docx"],
     ["register", "{d}/a.teia", "--blank-form", "-o", "{d}/form.pdf"], ["guide", "-o", "{d}/guide.pdf", "--lang", "en"]],
], ids=["demo-check-pdf-docx-form-guide"])
def test_a_verb_loads_no_window_module(verbs, tmp_path):
    argvs = [[part.format(d=tmp_path) for part in argv] for argv in verbs]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TEIA_HOME=str(tmp_path / "home"))
    result = subprocess.run([sys.executable, "-c", RUN, json.dumps(argvs)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["codes"] == [0] * len(argvs), result.stdout + result.stderr[-2000:]
    assert report["gui"] == []
    assert (tmp_path / "a.pdf").stat().st_size > 10_000 and (tmp_path / "guide.pdf").stat().st_size > 10_000
