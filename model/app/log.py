"""The error log: a rotating file in the user log folder (1 MB x 5) and a hook that logs uncaught exceptions.

Logging must never stop the application: if the folder cannot be written, records go nowhere and work goes on.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import Callable

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


class _LogFile(logging.handlers.RotatingFileHandler):
    """The application's log file; ``teia_log`` marks it (found again, never added twice)."""

    teia_log = True
    previous_level = logging.WARNING  # the root logger's level before setup_logging, put back by shutdown


def _our_handler(logger: logging.Logger) -> logging.handlers.RotatingFileHandler | None:
    for handler in logger.handlers:
        if getattr(handler, "teia_log", False) and isinstance(handler, logging.handlers.RotatingFileHandler):
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
    existing = _our_handler(logger)
    if existing is not None:
        if Path(existing.baseFilename) == target.resolve():
            logger.setLevel(level)
            return target
        shutdown_logging()
    try:
        paths.ensure(target.parent)
        handler = _LogFile(target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=False)
    except OSError:
        return None
    handler.previous_level = logger.level
    handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(handler)
    logger.setLevel(level)
    logging.getLogger(LOGGER).info("%s log started (Python %s, %s)", APP_ID, sys.version.split()[0], sys.platform)
    return target


def shutdown_logging() -> None:
    """Close the log file (at exit, or in tests)."""
    logger = logging.getLogger()
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


__all__ = ["setup_logging", "shutdown_logging", "install_excepthook", "log_exception", "log_file", "LOGGER"]
