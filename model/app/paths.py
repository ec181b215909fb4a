"""Where settings, backups, logs and documents live (platformdirs), redirectable for tests and USB sticks.

Order: the TEIA_HOME environment variable (tests, training rooms); a portable marker file next to the
executable of the built application (the whole folder travels on a stick: data in teia-data/ beside it);
otherwise the user's profile.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from model import APP_ID

PORTABLE_MARKER = "portable.txt"
PORTABLE_DATA = "teia-data"


def app_folder() -> Path | None:
    """The folder holding the executable of a built (frozen) application; None when run from the sources."""
    if not getattr(sys, "frozen", False):
        return None
    # Not resolve(): on Windows it turns a mapped network drive into a UNC path, and the folder as the
    # system started it is the one the user sees.
    return Path(os.path.abspath(sys.executable)).parent


def portable_root() -> Path | None:
    """teia-data/ beside the executable when the marker file portable.txt sits there, else None."""
    folder = app_folder()
    if folder is None or not (folder / PORTABLE_MARKER).is_file():
        return None
    return folder / PORTABLE_DATA


def _root() -> Path | None:
    home = os.environ.get("TEIA_HOME")
    if home:
        return Path(home)
    return portable_root()


def config_dir() -> Path:
    root = _root()
    return root / "config" if root else Path(platformdirs.user_config_dir(APP_ID, appauthor=False))


def data_dir() -> Path:
    root = _root()
    return root / "data" if root else Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def log_dir() -> Path:
    root = _root()
    return root / "logs" if root else Path(platformdirs.user_log_dir(APP_ID, appauthor=False))


def backup_dir() -> Path:
    return data_dir() / "backups"


def documents_dir() -> Path:
    root = _root()
    if root:
        return root / "documents"
    return Path(platformdirs.user_documents_dir())


def to_stored(path: str | Path) -> str:
    """A path as settings keep it: in portable mode, relative to the application folder when on its drive.

    A stick is E: in one office and F: in the next; a relative path still finds the documents on it.
    """
    text = str(path)
    folder = app_folder() if portable_root() is not None and not os.environ.get("TEIA_HOME") else None
    if folder is None or not text or not os.path.isabs(text):
        return text
    try:
        return os.path.relpath(text, folder)
    except ValueError:  # another drive on Windows
        return text


def from_stored(text: str) -> str:
    """The absolute path for a path read from settings (see to_stored); empty stays empty."""
    if not text or os.path.isabs(text):
        return text
    folder = app_folder()
    return os.path.normpath(os.path.join(folder, text)) if folder is not None else text


def program_folder() -> Path:
    """The folder the program runs from: the built application's, or the sources' when run from them."""
    return app_folder() or Path(__file__).resolve().parents[2]


def _key(folder: str | Path) -> tuple[str, ...]:
    """A folder as a comparable tuple of parts (symbolic links followed; letter case ignored where the system does)."""
    return Path(os.path.normcase(os.path.realpath(folder))).parts


def is_application_folder(folder: str | Path) -> bool:
    """Whether ``folder`` belongs to the application (its data, examples, backups, settings, logs, the program)
    rather than to the user; the documents folder is the user's even where it sits inside the program's (portable).

    The closest enclosing folder decides, so a data folder inside the documents folder is still the application's.
    """
    target = _key(folder)
    best, owned = -1, False
    for candidate, application in ((documents_dir(), False), (data_dir(), True), (config_dir(), True),
                                   (log_dir(), True), (program_folder(), True)):
        key = _key(candidate)
        if target[:len(key)] == key and len(key) > best:
            best, owned = len(key), application
    return owned


def user_folder(candidate: str | Path | None = None) -> Path:
    """Where a file dialog starts: ``candidate`` when it is an existing folder of the user's, otherwise the
    documents folder (made when missing: a file dialog given a folder that does not exist starts anywhere)."""
    if candidate:
        folder = Path(candidate)
        if folder.is_dir() and not is_application_folder(folder):
            return folder
    try:
        return ensure(documents_dir())
    except OSError:
        return Path.home()


def ensure(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder
