"""Shared fixtures: every user folder goes to a temporary directory; Qt runs offscreen."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest

# Without a display Qt aborts the whole process; offscreen must be chosen before any QApplication exists.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

DATA = Path(__file__).resolve().parent / "data"


def pytest_collection_modifyitems(config, items):
    """The ``slow`` tests first: pytest-xdist hands tests out in this order, so the long ones start while the
    many short ones fill the other cores, instead of one of them running alone at the end of the run."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


def scaled(full: int, quick: int) -> int:
    """How many examples a heavy test runs: the full count under CI (CI=true), a smaller one for a developer.

    Heavy property and kill tests are marked ``slow`` and take their counts from here, so ``make test`` stays
    quick at a desk while CI still runs the counts the safety figures quote.
    """
    return full if os.environ.get("CI", "").lower() == "true" else quick


def libreoffice_env(folder: Path, **extra: str) -> dict[str, str]:
    """The environment of a headless ``soffice`` run: its new user profile (HOME) and its temporary files (TMPDIR,
    where it leaves its lu*.tmp folders) inside ``folder``, the test's own, so a run leaves nothing in /tmp."""
    home, tmp = folder / "lo-home", folder / "lo-tmp"
    home.mkdir(parents=True, exist_ok=True)
    tmp.mkdir(parents=True, exist_ok=True)
    return {**os.environ, "HOME": str(home), "TMPDIR": str(tmp), **extra}


@pytest.fixture(autouse=True)
def teia_home(tmp_path, monkeypatch):
    """Settings, backups, logs and documents of every test live in its own temporary folder."""
    home = tmp_path / "teia-home"
    monkeypatch.setenv("TEIA_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def no_unanswered_message_box(monkeypatch):
    """A message box that a test did not expect fails the test instead of waiting forever for a click.

    Tests that expect a box patch ``QMessageBox.exec`` (or ``PlainMessageBox``'s functions) themselves; their
    patch replaces this one. Without it, a box opened offscreen is modal and the whole run hangs.
    """
    from PySide6.QtWidgets import QMessageBox

    unanswered: list[str] = []

    def record(box) -> int:
        unanswered.append(f"{box.windowTitle()}: {box.text()}")
        return 0  # as if closed

    monkeypatch.setattr(QMessageBox, "exec", record)
    yield
    assert not unanswered, f"a message box nobody answered opened: {unanswered}"


@pytest.fixture
def small_catalogue_json() -> dict:
    return json.loads((DATA / "small-catalogue.json").read_text(encoding="utf-8"))


@pytest.fixture
def small_catalogue(small_catalogue_json):
    from model.catalogue import parse_catalogue

    return parse_catalogue(json.dumps(small_catalogue_json, ensure_ascii=False), origin="small-catalogue.json")


@pytest.fixture
def doc_path(tmp_path) -> Path:
    return tmp_path / "assessment.teia"


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """The example assessment (model.demo.build_demo), built once per test process: its few hundred committed
    writes take a second or more on a busy disk, and dozens of fixtures only need a filled document to work on.
    Tests never touch it; they get copies (``demo_copy``)."""
    folder = tmp_path_factory.mktemp("demo-template")
    from model.demo import build_demo

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TEIA_HOME", str(folder / "home"))
        build_demo(folder / "example.teia").close()
    return folder / "example.teia"


@pytest.fixture
def demo_copy(demo_template):
    """``demo_copy(path)`` puts a copy of the example assessment at ``path``, the test's own to change, and
    returns ``path``. The copies share the example's document id: tests of merging or of telling documents
    apart build their own (build_demo)."""

    def copy(path: Path) -> Path:
        shutil.copyfile(demo_template, path)
        return path

    return copy
