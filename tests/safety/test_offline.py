"""Offline for real: the main flows run with the network made unusable, and nothing tries to connect.

Two levels: in-process, Python's socket functions are replaced by ones that record and refuse (model,
command line, main window); and, where strace exists, the command line and the whole application start
run in a child process whose connect/sendto system calls are traced, which also sees what Qt's C++ code
does. Local AF_UNIX sockets (the desktop bus) are not network and are allowed at that level.
"""

from __future__ import annotations

import importlib
import os
import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from cli import main
from model.document import actionplan
from model.document import backup
from model.app import log
from model.report import progress
from model.document import recovery
from model.demo import build_demo
from model.catalogue import builtin_catalogue
from model.document.assessment import Assessment

ROOT = Path(__file__).resolve().parents[2]


class NetworkUsed(OSError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    """Every way Python code reaches the network records the attempt and fails."""
    attempts: list[str] = []

    def refuse(name):
        def blocked(*args, **kwargs):
            attempts.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise NetworkUsed(f"network use in an offline application: {name}")
        return blocked

    for name in ("connect", "connect_ex", "sendto", "bind"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr",
                 "getfqdn", "create_server"):
        monkeypatch.setattr(socket, name, refuse(name))
    return attempts


def test_the_guard_records_and_refuses(no_network):
    """Control: the fixture really catches a connection attempt, so an empty record means something."""
    import urllib.request

    with pytest.raises(OSError):
        urllib.request.urlopen("http://example.org/", timeout=1)
    with pytest.raises(NetworkUsed):
        socket.create_connection(("192.0.2.1", 80))
    assert len(no_network) >= 2


def test_the_model_works_offline(no_network, tmp_path):
    log.setup_logging()
    try:
        recovery.begin()
        doc = build_demo(tmp_path / "demo.teia", builtin_catalogue())
        recovery.set_document(doc)
        backup.make_backup(doc)
        doc.update_response("1.1", description="Оффлайн ң ө ү", level=2)
        doc.add_attachment("1.1", "акт.txt", b"data")
        action = actionplan.add_action(doc, "Окутуу", ["1.1"])
        actionplan.update_action(doc, action.id, status="ongoing")
        progress.summarise(doc.catalogue, doc.responses())
        doc.save_copy(tmp_path / "copy.teia")
        doc.close()
        backup.restore_backup(backup.list_backups(tmp_path / "demo.teia")[0], tmp_path / "restored.teia")
        Assessment.open(tmp_path / "restored.teia").close()
        recovery.end()
    finally:
        log.shutdown_logging()
    assert no_network == []


def test_the_command_line_works_offline(no_network, qapp, tmp_path, capsys):
    # qapp: the Word export draws its chart with Qt; it must reuse the test's QApplication, not make its own.
    demo = tmp_path / "demo.teia"
    assert main.main(["demo", str(demo)]) == 0
    assert main.main(["check", str(demo)]) == 0
    assert main.main(["set", str(demo), "1.1", "--evidence", "Токтом ң", "--level", "2"]) == 0
    if "export" in main.VERBS:
        assert main.main(["export", str(demo), "--format", "docx", "--lang", "ky", "-o",
                          str(tmp_path / "report.docx")]) == 0
        assert main.main(["export", str(demo), "--format", "xlsx", "--lang", "ru", "-o",
                          str(tmp_path / "workbook.xlsx")]) == 0
        if "import" in main.VERBS:
            main.main(["import", str(demo), str(tmp_path / "workbook.xlsx")])
    capsys.readouterr()
    assert no_network == []


def test_the_main_window_works_offline(no_network, qtbot, tmp_path):
    try:
        main_window = importlib.import_module("gui.main_window")
    except ModuleNotFoundError as exc:
        if exc.name != "gui.main_window":
            raise
        pytest.skip("the main window does not exist yet")
    from model.app import settings as settings_store

    demo = tmp_path / "demo.teia"
    build_demo(demo, builtin_catalogue()).close()
    window = main_window.MainWindow(settings_store.Settings(), "ky")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_path(str(demo))
    window.show_indicator("1.1")
    window.show_plan()
    window.show_overview()
    qtbot.wait(50)
    assert window.close_document()
    window.close()
    assert no_network == []


# ------------------------------------------------------------------------------- system-call level
INET = re.compile(r"\b(connect|sendto|sendmsg)\(\d+, \{sa_family=AF_INET6?\b")


def _traced(args: list[str], tmp_path: Path, env: dict | None = None,
            program: list[str] | None = None) -> tuple[subprocess.CompletedProcess, str]:
    trace = tmp_path / f"trace-{len(list(tmp_path.glob('trace-*')))}.txt"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    command = ["strace", "-f", "-q", "-e", "trace=connect,sendto,sendmsg", "-o", str(trace),
               *(program or [sys.executable, str(ROOT / "main.py")]), *args]
    result = subprocess.run(command, capture_output=True, text=True, env=environment, cwd=str(ROOT), timeout=120)
    if result.returncode != 0 and "ptrace" in result.stderr:
        pytest.skip(f"strace cannot trace here: {result.stderr.strip()[:200]}")
    return result, trace.read_text(errors="replace")


@pytest.mark.skipif(not shutil.which("strace"), reason="strace is not installed")
def test_the_trace_sees_a_connection_attempt(tmp_path):
    """Control: a program that does try to connect is caught by the same trace and pattern."""
    code = "import socket\ntry:\n    socket.create_connection(('127.0.0.1', 9), timeout=1)\nexcept OSError:\n    pass\n"
    _, trace = _traced(["-c", code], tmp_path, program=[sys.executable])
    assert INET.search(trace)


@pytest.mark.skipif(not shutil.which("strace"), reason="strace is not installed")
def test_no_network_system_call_from_the_command_line_and_the_window(tmp_path):
    demo = tmp_path / "demo.teia"
    runs = [["demo", str(demo)], ["check", str(demo)], ["set", str(demo), "1.2", "--gaps", "Жетишсиз"]]
    if "export" in main.VERBS:
        runs.append(["export", str(demo), "--format", "xlsx", "-o", str(tmp_path / "w.xlsx")])
    seen = []
    for args in runs:
        result, trace = _traced(args, tmp_path)
        assert result.returncode == 0, result.stderr
        seen.append(trace)
        assert not INET.search(trace), f"{args[0]} used the network:\n{INET.search(trace).group(0)}"
    # The whole application: start, open the document, show the window, quit after the first event loop turn.
    result, trace = _traced([str(demo)], tmp_path, {"TEIA_STARTUP_PROBE": "1"})
    assert result.returncode == 0, result.stderr
    assert "STARTUP_READY" in result.stdout
    assert not INET.search(trace), f"the window used the network:\n{INET.search(trace).group(0)}"
    assert "+++ exited with 0 +++" in trace  # the trace really followed the process to its end
