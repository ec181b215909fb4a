"""`main.py export --format pdf` without a display: blank forms, the assessment and the plan, and its errors."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from model.demo import build_demo

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")


def run(*args: str) -> subprocess.CompletedProcess:
    """The command as a person runs it: no display and no QT_QPA_PLATFORM (main.py must cope)."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          timeout=180, cwd=ROOT, env=env)


def text_of(pdf: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [page for page in out.split("\f") if page.strip()]


def sizes(pdf: Path) -> set[tuple[int, int]]:
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "1000", str(pdf)], capture_output=True, text=True,
                          check=True).stdout
    return {(round(float(w)), round(float(h))) for w, h in re.findall(r"size:\s+([\d.]+) x ([\d.]+) pts", info)}


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli-pdf") / "demo.teia"
    build_demo(path).close()
    return path


def test_blank_forms_for_two_areas_in_kyrgyz(demo, tmp_path):
    out = tmp_path / "forms.pdf"
    result = run("export", str(demo), "--format", "pdf", "--lang", "ky", "--blank", "--areas", "1,3", "-o", str(out))
    assert result.returncode == 0, result.stderr
    pages = text_of(out)
    assert f"{out} (pdf, blank forms, ky; {len(pages)} pages)" in result.stdout
    assert sizes(out) == {(595, 842)}
    whole = "\n".join(pages)
    assert all(letter in whole for letter in "ңөү")
    ids = set(re.findall(r"^\s*(\d\.\d+|[AB]\.\d+)\s+\S", whole, re.M))
    assert ids and {i.split(".")[0] for i in ids} == {"1", "3"}
    assert all(f"Бет {n} / {len(pages)}" in page for n, page in enumerate(pages, start=1))


def test_filled_assessment_and_landscape_plan(demo, tmp_path):
    filled, plan = tmp_path / "filled.pdf", tmp_path / "plan.pdf"
    result = run("export", str(demo), "--format", "pdf", "--lang", "ru+en", "-o", str(filled))
    assert result.returncode == 0, result.stderr
    whole = "\n".join(text_of(filled))
    assert "Страница 1 из" in whole and "Page 1 of" in whole and re.search(r"^\s*B\.\d\s", whole, re.M)
    result = run("export", str(demo), "--format", "pdf", "--lang", "en", "--plan", "--paper", "Letter", "-o", str(plan))
    assert result.returncode == 0, result.stderr
    assert sizes(plan) == {(792, 612)}
    assert "National action plan" in text_of(plan)[0]


@pytest.mark.parametrize("args, message", [
    (["--format", "pdf", "--areas", "1,9"], "no area 9"),
    (["--format", "docx", "--blank"], "apply to --format pdf only"),
    (["--format", "pdf", "--blank", "--plan"], "not both"),
    (["--format", "pdf", "--plan", "--areas", "1"], "the plan is printed whole"),
    (["--format", "pdf", "--lang", "de"], "language must be"),
])
def test_errors_are_one_line(demo, tmp_path, args, message):
    out = tmp_path / "x.pdf"
    result = run("export", str(demo), *args, "-o", str(out))
    assert result.returncode == 1
    assert message in result.stderr and "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1
    assert not out.exists()
