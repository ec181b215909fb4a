"""Start the window: QApplication, fonts, the interface language, the main window."""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication

from gui import i18n
from gui.widgets.first_paint import AfterFirstPaint
from model import APP_ID, APP_NAME, __version__
from model.app import settings as settings_store

# Fonts that cover Cyrillic and the Kyrgyz letters ң ө ү: Windows first, then a plain Debian (fonts-dejavu-core).
FONT_FAMILIES = ["Segoe UI", "DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial"]


def has_display() -> bool:
    if sys.platform.startswith(("win", "darwin")):
        return True
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in ("offscreen", "minimal", "vnc"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    # A QCoreApplication or QGuiApplication made earlier cannot show widgets (and has no setStyle): Qt then
    # refuses the QApplication with a clear error instead of an AttributeError further down.
    app = existing if isinstance(existing, QApplication) else QApplication(argv or [sys.argv[0]])
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QCoreApplication.setOrganizationName(APP_ID)
    QGuiApplication.setDesktopFileName(APP_ID)
    if not sys.platform.startswith("win"):
        app.setStyle("Fusion")
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSize(10)
    app.setFont(font)
    return app


def choose_language(requested: str | None, settings: settings_store.Settings) -> str:
    for candidate in (requested, settings.language):
        if candidate in i18n.LANGUAGES:
            return candidate
    return i18n.system_language()


def run_gui(file: str | None = None, lang: str | None = None) -> int:
    if not has_display():
        print("No display found (DISPLAY is not set): start TEIA Self-Assessment from a desktop session, "
              "or use the command-line verbs (python main.py --help).", file=sys.stderr)
        return 2
    from gui.main_window import MainWindow
    from model.app import log
    from model.document import recovery

    logging.raiseExceptions = False  # a log that cannot be written (full disk) must not print tracebacks
    log.hold_records()  # the log file is opened once the window is painted (below)
    app = create_application()
    settings = settings_store.load()
    language = choose_language(lang, settings)
    i18n.install_language(language)
    window = MainWindow(settings, language)
    log.install_excepthook(lambda _type, exc, _tb: window.unexpected_error(exc))
    window.show()
    AfterFirstPaint(window.stack, log.setup_logging)
    pending = recovery.pending_recovery()
    # The markers written before the first paint skip their fsyncs (on a busy disk they were most of the start's
    # waiting); the first paint is followed by durable writes (recovery.make_durable here, the settings and the
    # marker naming the document in WindowDocuments._opened).
    if recovery.begin(durable=False) is None:
        _profile_problem(window)
    else:
        AfterFirstPaint(window.stack, recovery.make_durable)
    if pending is not None:
        window.commands.offer_recovery()  # asks, never restores silently; opens what the person chooses
    reopen, skipped = settings_store.document_to_reopen(settings)
    if file:
        window.open_path(file)
    elif reopen and os.path.exists(reopen) and window.session is None:
        _reopen(window, settings, reopen)
    elif skipped:
        settings.open_document = settings.opening_document = ""
        settings_store.save(settings)
        window.statusBar().showMessage(QCoreApplication.translate(
            "App", "{0} was not reopened: the last start stopped while opening it. Open it again from File → "
                   "Open recent.").format(os.path.basename(skipped)))
    elif pending is None and not settings.tour_shown:
        QTimer.singleShot(0, window.first_run_tour)  # the very first start: a short tour of the window
    if os.environ.get("TEIA_STARTUP_PROBE") == "1":
        _probe_startup(app, window)
    code = app.exec()
    _clear_opening(settings)
    recovery.end()  # a clean exit: nothing to recover next time
    log.shutdown_logging()
    return code


def _reopen(window, settings: settings_store.Settings, path: str) -> None:
    """Reopen the last document, with a marker that stays in the settings if this start dies doing it."""
    settings.opening_document = path
    settings_store.save(settings, durable=False)  # it has to outlive a crash while opening, not a power cut
    if window.open_path(path):
        # Cleared in memory only: the window saves its settings (they are these) once it has painted the document
        # (WindowDocuments._opened), so a start that dies before that still finds the marker, and the settings are
        # written once after the first paint, not twice.
        settings.opening_document = ""
    else:
        settings.open_document = ""  # it could not be opened: not tried again at the next start
        _clear_opening(settings)


def _clear_opening(settings: settings_store.Settings) -> None:
    if settings.opening_document:
        settings.opening_document = ""
        settings_store.save(settings)


def _profile_problem(window) -> None:
    """Say, without stopping the start, that the profile folder cannot be written (full disk, read-only)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from model.app import paths

    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("App", "The profile folder cannot be written"),
                      QCoreApplication.translate(
                          "App", "The folder {0} cannot be written (is the disk full, or is it read-only?). The "
                                 "application works, but settings, automatic backups and the recovery after a crash "
                                 "are not kept until space is freed there.").format(str(paths.data_dir())),
                      parent=window)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setObjectName("profileProblem")
    window.statusBar().showMessage(box.windowTitle())
    box.open()  # not exec(): the window is usable at once


def _probe_startup(app: QApplication, window) -> None:
    """For bench/startup.py: after the first turn of the event loop (window shown), print the time and quit.

    The line also names the open document, so the benchmark can tell it was really reopened.
    """
    import time

    from PySide6.QtCore import QTimer

    def ready() -> None:
        document = window.session.doc.path if window.session else ""
        print(f"STARTUP_READY {time.time():.6f} {document}", flush=True)
        # Our modules imported by now (bench/first_paint_modules.py, tests/gui/test_first_paint.py), and the
        # library modules the start keeps for later (the rotating log file, strptime's regular expressions).
        ours = sorted(name for name in sys.modules if name.split(".")[0] in ("gui", "model", "cli", "render"))
        print("STARTUP_MODULES " + " ".join(ours), flush=True)
        later = sorted(name for name in ("logging.handlers", "_strptime", "uuid", "platform", "socket")
                       if name in sys.modules)
        print("STARTUP_LIBRARIES " + " ".join(later), flush=True)
        app.quit()

    QTimer.singleShot(0, ready)


__all__ = ["run_gui", "create_application", "FONT_FAMILIES"]
