"""Where the shipped data lives: next to the sources, or inside a frozen (PyInstaller) build."""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    """The folder that holds resources/ and translations/."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return app_root().joinpath("resources", *parts)


def translations_dir() -> Path:
    return app_root() / "translations"


BUILTIN_CATALOGUE = ("catalogue", "teia-provisional.json")
CATALOGUE_SCHEMA = ("catalogue", "catalogue.schema.json")
