"""The command-line verbs: demo, check, set — clear one-line errors, no tracebacks, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cli import main
from model.document import store
from model.catalogue import builtin_catalogue
from model.document.assessment import Assessment

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          timeout=120, cwd=ROOT)


def test_demo_check_set_roundtrip(tmp_path, capsys):
    out = tmp_path / "demo.teia"
    assert main.main(["demo", str(out)]) == 0
    assert main.main(["check", str(out), "--json"]) == 0
    data = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert data["schema_version"] == store.SCHEMA_VERSION and data["indicators"] == data["rated"] == builtin_catalogue().indicator_count
    assert data["catalogue"]["id"] == "teia-provisional" and data["integrity"] == "ok"
    assert "actions" in data
    assert main.main(["set", str(out), "2.3", "--level", "na", "--evidence", "Токтом № 5 — ң ө ү",
                      "--status", "draft", "--user", "Үсөн"]) == 0
    assert "2.3: level n/a, status draft" in capsys.readouterr().out
    with Assessment.open(out) as doc:
        response = doc.response("2.3")
        assert response.not_applicable and response.evidence == "Токтом № 5 — ң ө ү"
        assert doc.history("2.3")[0].by == "Үсөн"


def test_demo_refuses_to_overwrite(tmp_path, capsys):
    out = tmp_path / "demo.teia"
    out.write_text("keep me")
    assert main.main(["demo", str(out)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert out.read_text() == "keep me"


@pytest.mark.parametrize("args, message", [
    (["check", "{missing}"], "does not exist"),
    (["check", "{text}"], "is not a TEIA self-assessment document"),
    (["set", "{demo}", "1.1", "--level", "7"], "not a level of the scale"),
    (["set", "{demo}", "1.1", "--level", "high"], "--level must be a number"),
    (["set", "{demo}", "9.9", "--level", "1"], "no indicator 9.9"),
    (["set", "{demo}", "1.1"], "nothing to set"),
    (["set", "{demo}", "1.1", "--status", "finished"], "--status must be one of"),
])
def test_user_errors_are_one_line_without_traceback(tmp_path, demo_copy, args, message):
    demo = demo_copy(tmp_path / "d.teia")
    text = tmp_path / "notes.teia"
    text.write_text("plain text")
    values = {"missing": str(tmp_path / "none.teia"), "text": str(text), "demo": str(demo)}
    result = run(*[a.format(**values) for a in args])
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_version_and_check_text(tmp_path):
    assert run("--version").stdout.startswith("TEIA Self-Assessment ")
    demo = tmp_path / "d.teia"
    assert run("demo", str(demo)).returncode == 0
    result = run("check", str(demo))
    assert result.returncode == 0 and ": OK" in result.stdout and "area   A" in result.stdout


def test_gui_without_display_says_so(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "TEIA_HOME": str(tmp_path), "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, str(ROOT / "main.py")], capture_output=True, text=True, env=env,
                            timeout=60, cwd=ROOT)
    assert result.returncode == 2
    assert "No display found" in result.stderr and "Traceback" not in result.stderr


def test_check_lists_the_indicators_that_need_attention(tmp_path, capsys):
    out = tmp_path / "demo.teia"
    assert main.main(["demo", str(out)]) == 0
    assert main.main(["check", str(out)]) == 0
    assert "attention" not in capsys.readouterr().out  # the example agrees with its criteria
    assert main.main(["set", str(out), "1.1", "--level", "4", "--criteria", "1.1.a"]) == 0
    assert main.main(["set", str(out), "2.2", "--evidence", ""]) == 0
    capsys.readouterr()
    assert main.main(["check", str(out)]) == 0
    assert "2 indicator(s) need attention" in capsys.readouterr().out
    assert main.main(["check", str(out), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["needs_attention"] == {"1.1": ["level_above_criteria"], "2.2": ["complete_without_evidence"]}
