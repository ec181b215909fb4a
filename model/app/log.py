"""The error log: a rotating file in the user log folder (1 MB x 5) and a hook that logs uncaught exceptions.

Logging must never stop the application: if the folder cannot be written, records go nowhere and work goes on.
The window opens the file after its first paint (``hold_records`` keeps what is logged until then):
logging.handlers alone costs more than a tenth of a bare window's start.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from logging.handlers import RotatingFileHandler

from model import APP_ID
from model.app import paths

LOG_NAME = "teia.log"
MAX_BYTES = 1024 * 1024
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s"
LOGGER = "teia"

ExceptionCallback = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def log_file() -> Path:
    return paths.log_dir() / LOG_NAME


def _open_log_file(target: Path, previous_level: int) -> RotatingFileHandler:
    """The application's log file; ``teia_log`` marks it (found again, never added twice)."""
    from logging.handlers import RotatingFileHandler

    class LogFile(RotatingFileHandler):
        teia_log = True
        previous_level = logging.WARNING  # the root logger's level before setup_logging, put back by shutdown

    handler = LogFile(target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=False)
    handler.previous_level = previous_level
    return handler


def _our_handler(logger: logging.Logger) -> logging.FileHandler | None:
    for handler in logger.handlers:
        if getattr(handler, "teia_log", False) and isinstance(handler, logging.FileHandler):
            return handler
    return None


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send the application's log records to the rotating log file; returns its path, or None if unwritable.

    The handler sits on the root logger, so records of every module (``logging.getLogger(__name__)``) and
    library warnings reach the file. Calling it again (for example after TEIA_HOME changed) replaces the
    handler instead of adding another.
    """
    logger = logging.getLogger()
    target = log_file()
    held = _held_records(logger)
    existing = _our_handler(logger)
    if existing is not None:
        if Path(existing.baseFilename) == target.resolve():
            logger.setLevel(level)
            return target
        shutdown_logging()
    try:
        paths.ensure(target.parent)
        handler = _open_log_file(target, logger.level)
    except OSError:
        return None
    finally:
        if held is not None:
            logger.removeHandler(held)
    handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(handler)
    logger.setLevel(level)
    logging.getLogger(LOGGER).info("%s log started (Python %s, %s)", APP_ID, sys.version.split()[0], sys.platform)
    for record in held.records if held is not None else ():
        if record.levelno >= logger.level:
            handler.handle(record)
    return target


class _HeldRecords(logging.Handler):
    """The records logged before the log file is opened (hold_records): written into it by setup_logging.

    An error opens the file at once, so that a start which then dies leaves its reason in the log."""

    LIMIT = 1000

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.records) < self.LIMIT:
            self.records.append(record)
        if record.levelno >= logging.ERROR:
            setup_logging()


def _held_records(logger: logging.Logger) -> _HeldRecords | None:
    return next((h for h in logger.handlers if isinstance(h, _HeldRecords)), None)


def hold_records(level: int = logging.INFO) -> None:
    """Keep the records logged from now on until setup_logging opens the log file (or shutdown_logging)."""
    logger = logging.getLogger()
    if _our_handler(logger) is None and _held_records(logger) is None:
        logger.addHandler(_HeldRecords())
        logger.setLevel(level)


def shutdown_logging() -> None:
    """Close the log file (at exit, or in tests), after writing the records held until it was opened."""
    logger = logging.getLogger()
    if _held_records(logger) is not None and _our_handler(logger) is None:
        setup_logging()
    handler = _our_handler(logger)
    if handler is not None:
        logger.removeHandler(handler)
        logger.setLevel(getattr(handler, "previous_level", logging.WARNING))
        try:
            handler.close()
        except OSError:  # the last records could not be written (a full disk): nothing more to do
            pass


def log_exception(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None,
                  where: str = "uncaught") -> None:
    logging.getLogger(LOGGER).critical("%s exception: %s", where, exc, exc_info=(exc_type, exc, tb))


def install_excepthook(on_error: ExceptionCallback | None = None) -> Callable[[], None]:
    """Log uncaught exceptions (main thread and other threads), then call ``on_error`` or the previous hook.

    ``on_error`` lets the window show a dialog instead of dying silently. Ctrl+C is not logged as an error.
    Returns a function that restores the previous hooks.
    """
    previous_hook, previous_thread_hook = sys.excepthook, threading.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous_hook(exc_type, exc, tb)
            return
        try:
            log_exception(exc_type, exc, tb)
        except Exception:  # the log itself failing must not hide the original error
            pass
        if on_error is not None:
            on_error(exc_type, exc, tb)
        else:
            previous_hook(exc_type, exc, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else "?"
        try:
            if args.exc_value is None:  # (threading allows it: then the type is all there is to log)
                logging.getLogger(LOGGER).critical("thread %s exception: %s", name, args.exc_type.__name__)
            else:
                log_exception(args.exc_type, args.exc_value, args.exc_traceback, where=f"thread {name}")
        except Exception:
            pass
        if on_error is not None and args.exc_value is not None:
            on_error(args.exc_type, args.exc_value, args.exc_traceback)
        else:
            previous_thread_hook(args)

    sys.excepthook = hook
    threading.excepthook = thread_hook

    def restore() -> None:
        sys.excepthook, threading.excepthook = previous_hook, previous_thread_hook

    return restore


__all__ = ["setup_logging", "hold_records", "shutdown_logging", "install_excepthook", "log_exception", "log_file", "LOGGER"]
