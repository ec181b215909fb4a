"""The error log: a rotating file in the user log folder, and uncaught exceptions written to it."""

from __future__ import annotations

import logging
import sys
import threading

import pytest

from model.app import log
from model.app import paths


@pytest.fixture
def logging_to_file():
    path = log.setup_logging()
    yield path
    log.shutdown_logging()


def _flush() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


def test_records_go_to_the_log_folder(logging_to_file, teia_home):
    assert logging_to_file == paths.log_dir() / "teia.log"
    assert str(logging_to_file).startswith(str(teia_home))
    logging.getLogger("model.document.assessment").warning("Не удалось сохранить ң ө ү")
    _flush()
    text = logging_to_file.read_text(encoding="utf-8")
    assert "WARNING model.document.assessment" in text
    assert "Не удалось сохранить ң ө ү" in text


def test_setting_up_twice_adds_one_handler(logging_to_file):
    assert log.setup_logging() == logging_to_file
    ours = [h for h in logging.getLogger().handlers if getattr(h, "teia_log", False)]
    assert len(ours) == 1


def test_the_log_rotates_at_one_megabyte_keeping_five(logging_to_file):
    handler = next(h for h in logging.getLogger().handlers if getattr(h, "teia_log", False))
    assert handler.maxBytes == 1024 * 1024 and handler.backupCount == 5
    line = "ө" * 2000
    for _ in range(2000):  # about 8 MB of UTF-8: more than six files' worth
        logging.getLogger("teia").error(line)
    _flush()
    files = sorted(p.name for p in logging_to_file.parent.iterdir())
    assert files == ["teia.log", "teia.log.1", "teia.log.2", "teia.log.3", "teia.log.4", "teia.log.5"]
    assert all(p.stat().st_size <= 1024 * 1024 + 10_000 for p in logging_to_file.parent.iterdir())


def test_an_unwritable_log_folder_does_not_stop_the_application(teia_home):
    teia_home.mkdir(parents=True)
    (teia_home / "logs").write_bytes(b"a file where the folder should be")
    assert log.setup_logging() is None
    logging.getLogger("teia").error("still fine")


def test_uncaught_exceptions_are_logged_and_passed_on(logging_to_file):
    seen = []
    restore = log.install_excepthook(lambda t, e, tb: seen.append(e))
    try:
        try:
            raise ValueError("сломалось ү")
        except ValueError:
            sys.excepthook(*sys.exc_info())
    finally:
        restore()
    _flush()
    text = logging_to_file.read_text(encoding="utf-8")
    assert "CRITICAL teia" in text and "сломалось ү" in text
    assert "Traceback (most recent call last)" in text and "test_log.py" in text
    assert len(seen) == 1 and isinstance(seen[0], ValueError)


def test_exceptions_in_other_threads_are_logged(logging_to_file):
    seen = []
    restore = log.install_excepthook(lambda t, e, tb: seen.append(e))
    try:
        worker = threading.Thread(target=lambda: 1 / 0, name="export")
        worker.start()
        worker.join()
    finally:
        restore()
    _flush()
    text = logging_to_file.read_text(encoding="utf-8")
    assert "thread export exception" in text and "ZeroDivisionError" in text
    assert len(seen) == 1


def test_ctrl_c_is_not_logged_as_an_error(logging_to_file, monkeypatch):
    passed_on = []
    monkeypatch.setattr(sys, "excepthook", lambda *args: passed_on.append(args[0]))
    restore = log.install_excepthook()
    try:
        sys.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    finally:
        restore()
    _flush()
    assert "KeyboardInterrupt" not in logging_to_file.read_text(encoding="utf-8")
    assert passed_on == [KeyboardInterrupt]


def test_restore_puts_the_previous_hooks_back():
    before = (sys.excepthook, threading.excepthook)
    restore = log.install_excepthook()
    assert sys.excepthook is not before[0]
    restore()
    assert (sys.excepthook, threading.excepthook) == before


def test_records_held_at_start_reach_the_file_when_it_is_opened(teia_home):
    log.hold_records()
    try:
        logging.getLogger("teia").warning("до первой отрисовки ң")
        assert not log.log_file().exists()  # nothing opened yet
        path = log.setup_logging()
        _flush()
        text = path.read_text(encoding="utf-8")
        assert "log started" in text and "WARNING teia" in text and "]: до первой отрисовки ң" in text
        assert not [h for h in logging.getLogger().handlers if type(h).__name__ == "_HeldRecords"]
    finally:
        log.shutdown_logging()


def test_an_error_before_the_file_is_opened_opens_it_at_once(teia_home):
    log.hold_records()
    try:
        logging.getLogger("teia").info("starting")
        logging.getLogger("teia").error("the start failed: ө")
        _flush()
        text = log.log_file().read_text(encoding="utf-8")
        assert "]: starting" in text and "ERROR teia" in text and "]: the start failed: ө" in text
        assert text.count("the start failed") == 1
    finally:
        log.shutdown_logging()


def test_records_held_until_exit_are_written_at_shutdown(teia_home):
    log.hold_records()
    logging.getLogger("teia").warning("closed before the first paint")
    log.shutdown_logging()
    assert "closed before the first paint" in log.log_file().read_text(encoding="utf-8")
    assert not [h for h in logging.getLogger().handlers if type(h).__name__ == "_HeldRecords"]
