"""Where the shipped data lives: next to the sources, or inside a frozen (PyInstaller) build."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Callable


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


def read_data_file(path: Path, max_bytes: int, what: str, refuse: Callable[[str], Exception]) -> str:
    """The UTF-8 text of a reference-data file (catalogue, Annex I table), bounded in size.

    ``refuse(problem)`` builds the error to raise, so that each kind of data names itself; ``what`` is
    "a catalogue", "an Annex I table"...
    """
    from model.store import open_regular

    try:
        with open_regular(path) as handle:  # a pipe or a device named cat.json would block or never end
            size = os.fstat(handle.fileno()).st_size
            if size > max_bytes:
                shown = f"{size // 1024 // 1024} MB" if size >= 1024 * 1024 else f"{size // 1024} KB"
                raise refuse(f"the file is {shown}, more than {what} can be (at most {max_bytes // 1048576} MB)")
            raw = handle.read(max_bytes + 1)
    except OSError as exc:
        raise refuse(exc.strerror or str(exc)) from None
    if len(raw) > max_bytes:  # grew while being read
        raise refuse(f"more than {what} can be (at most {max_bytes // 1048576} MB)")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise refuse("not UTF-8 text") from None
