"""Where settings, backups, logs and documents live (platformdirs), redirectable for tests and USB sticks.

Order: the TEIA_HOME environment variable (tests, training rooms); a portable marker file next to the
executable (the whole application travels on a stick); otherwise the user's profile.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from model import APP_ID

PORTABLE_MARKER = "portable.txt"


def portable_root() -> Path | None:
    if not getattr(sys, "frozen", False):
        return None
    folder = Path(sys.executable).resolve().parent
    return folder / "teia-data" if (folder / PORTABLE_MARKER).exists() else None


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


def ensure(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder
