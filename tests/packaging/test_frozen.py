"""The built (PyInstaller) application: its command-line verbs, its window and portable mode, run from the folder.

`make dist` builds dist/teia-self-assessment and runs these tests against it (TEIA_DIST_DIR). Without that
variable the folder is built here from packaging/teia.spec; without PyInstaller the tests are skipped.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from model import APP_NAME, __version__
from model.catalogue import builtin_catalogue

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = sys.platform == "win32"
EXE = "teia-self-assessment.exe" if WINDOWS else "teia-self-assessment"
CLI = "teia-cli.exe" if WINDOWS else EXE  # a windowed .exe prints nothing: Windows has a console twin

pytestmark = [
    pytest.mark.frozen,
    pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None and not os.environ.get("TEIA_DIST_DIR"),
                       reason="PyInstaller is not installed (make dist installs it and runs these tests)"),
]


@pytest.fixture(scope="module")
def app_dir(tmp_path_factory) -> Path:
    given = os.environ.get("TEIA_DIST_DIR")
    if given:
        folder = Path(given)
    else:
        work = tmp_path_factory.mktemp("pyinstaller")
        subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                        "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
                        str(ROOT / "packaging" / "teia.spec")], check=True, cwd=ROOT)
        folder = work / "dist" / "teia-self-assessment"
    assert (folder / EXE).is_file(), f"no built application in {folder}"
    return folder


def frozen_env(home: Path, teia_home: Path | None) -> dict[str, str]:
    """The environment of a laptop without our Python: no venv, a private HOME, offscreen Qt."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "VIRTUAL_ENV", "TEIA_", "XDG_", "QT_"))}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    if WINDOWS:
        env.update(USERPROFILE=str(home), APPDATA=str(home / "AppData" / "Roaming"),
                   LOCALAPPDATA=str(home / "AppData" / "Local"))
    if teia_home is not None:
        env["TEIA_HOME"] = str(teia_home)
    return env


def run(folder: Path, args: list[str], env: dict[str, str], cwd: Path, timeout: float = 120,
        exe: str = CLI) -> subprocess.CompletedProcess:
    return subprocess.run([str(folder / exe), *args], env=env, cwd=cwd, capture_output=True, text=True,
                          encoding="utf-8", timeout=timeout)


@pytest.fixture
def env(tmp_path) -> dict[str, str]:
    (tmp_path / "home").mkdir()
    return frozen_env(tmp_path / "home", tmp_path / "teia-home")


def test_the_folder_holds_the_data_and_leaves_out_what_is_unused(app_dir):
    internal = app_dir / "_internal"
    assert (internal / "resources" / "catalogue" / "teia-provisional.json").is_file()
    assert (internal / "resources" / "catalogue" / "catalogue.schema.json").is_file()
    assert (internal / "resources" / "icons" / "teia.svg").is_file()
    shipped_qm = {p.name for p in (internal / "translations").glob("*.qm")}
    expected_qm = {p.stem + ".qm" for p in (ROOT / "translations").glob("*.ts")} | {"qtbase_ru.qm"}
    assert expected_qm <= shipped_qm
    names = {p.name.lower() for p in internal.rglob("*")}
    for unused in ("libqt6network.so.6", "qt6network.dll", "libqt6qml.so.6", "qt6qml.dll", "libqt6quick.so.6",
                   "libqt6waylandclient.so.6", "libqt6opengl.so.6", "opengl32sw.dll", "tkinter", "pytest"):
        assert unused not in names
    assert not list(internal.glob("PySide6/**/translations/*.qm")), "Qt's translations are shipped beside ours"
    assert {p.stem.removeprefix("lib") for p in internal.glob("PySide6/**/plugins/platforms/*")} >= (
        {"qwindows", "qoffscreen"} if WINDOWS else {"qxcb", "qoffscreen"})


def test_version(app_dir, env, tmp_path):
    result = run(app_dir, ["--version"], env, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{APP_NAME} {__version__}"


def test_demo_check_and_export_from_the_built_folder(app_dir, env, tmp_path):
    doc = tmp_path / "Оценка.teia"
    result = run(app_dir, ["demo", str(doc)], env, tmp_path)
    assert result.returncode == 0, result.stderr
    assert doc.is_file()

    result = run(app_dir, ["check", str(doc), "--json"], env, tmp_path)
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["integrity"] == "ok"
    assert summary["indicators"] == summary["rated"] == builtin_catalogue().indicator_count
    assert summary["country"] == "Кыргызская Республика"

    help_text = run(app_dir, ["export", "--help"], env, tmp_path)
    if "--format" not in help_text.stdout:
        pytest.skip("this build has no `export` verb yet")
    out = tmp_path / "report.docx"
    result = run(app_dir, ["export", str(doc), "--format", "docx", "-o", str(out)], env, tmp_path)
    assert result.returncode == 0, result.stderr
    from docx import Document

    report = Document(str(out))
    text = "\n".join(p.text for p in report.paragraphs)
    assert summary["title"] in text
    assert "Кыргызская Республика" in text
    # The radar chart is drawn by the frozen Qt (offscreen) and embedded as a picture.
    assert report.inline_shapes and len(report.inline_shapes) >= 1

    if "pdf" in help_text.stdout:  # printing through the bundled QtPrintSupport, fonts from the system
        pdf = tmp_path / "report.pdf"
        result = run(app_dir, ["export", str(doc), "--format", "pdf", "--lang", "ky", "-o", str(pdf)], env, tmp_path)
        assert result.returncode == 0, result.stderr
        assert pdf.read_bytes().startswith(b"%PDF-") and pdf.stat().st_size > 20_000


def test_the_window_opens_offscreen(app_dir, env, tmp_path):
    doc = tmp_path / "demo.teia"
    assert run(app_dir, ["demo", str(doc)], env, tmp_path).returncode == 0
    result = _run_window(app_dir, doc, env, tmp_path)
    saved = json.loads((tmp_path / "teia-home" / "config" / "settings.json").read_text(encoding="utf-8"))
    assert Path(saved["recent_files"][0]) == doc.resolve(), "the window did not open the document"
    assert "Traceback" not in result.stderr and "Failed to execute" not in result.stderr, result.stderr
    assert "Could not load the Qt platform plugin" not in result.stderr
    assert (tmp_path / "teia-home" / "logs" / "teia.log").is_file()


def _run_window(app_dir: Path, doc: Path, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    """Start the window on a document and let it quit after the first turn of its event loop.

    TEIA_STARTUP_PROBE=1 (gui/app.py, also used by bench/startup.py) prints "STARTUP_READY <time> <document>"
    once the window is shown and the event loop runs, then quits normally.
    """
    result = subprocess.run([str(app_dir / EXE), str(doc)], env=dict(env, TEIA_STARTUP_PROBE="1"), cwd=cwd,
                            capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert result.returncode == 0, result.stderr
    if not WINDOWS:  # the windowed .exe has no console to print to
        ready = [line for line in result.stdout.splitlines() if line.startswith("STARTUP_READY ")]
        assert ready, f"the event loop never ran: {result.stdout!r} {result.stderr!r}"
        assert ready[0].split(" ", 2)[2] == str(doc), "the window did not open the document"
    return result


def test_portable_mode_keeps_everything_beside_the_executable(app_dir, tmp_path):
    # A copy of the executables beside a link to _internal (a full copy where links are not allowed): the
    # built folder is never written to, and its files are not linked, so packing it is never disturbed.
    stick = tmp_path / "stick" / app_dir.name
    stick.mkdir(parents=True)
    for item in app_dir.iterdir():
        if item.is_file():
            shutil.copy2(item, stick / item.name)
    try:
        os.symlink(app_dir / "_internal", stick / "_internal", target_is_directory=True)
    except OSError:
        shutil.copytree(app_dir / "_internal", stick / "_internal", symlinks=True)
    (stick / "portable.txt").write_text("Keep settings, backups and logs in teia-data beside this file.\n",
                                        encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    env = frozen_env(home, teia_home=None)
    doc = tmp_path / "stick" / "Оценка.teia"
    assert run(stick, ["demo", str(doc)], env, tmp_path).returncode == 0

    result = _run_window(stick, doc, env, tmp_path)
    settings_file = stick / "teia-data" / "config" / "settings.json"
    assert settings_file.is_file(), result.stderr
    saved = json.loads(settings_file.read_text(encoding="utf-8"))
    assert any(Path(p).name == doc.name for p in saved["recent_files"]), "the window did not open the document"
    backups = list((stick / "teia-data" / "data" / "backups").rglob(f"*{doc.name}"))
    assert backups, "opening the document made no backup beside the executable"
    assert (stick / "teia-data" / "logs" / "teia.log").is_file()
    ours = [p for p in home.rglob("*") if "teia" in p.name.lower()]
    assert not ours, f"portable mode wrote into the user's profile: {ours}"
