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
    return Path(__file__).resolve().parents[2]


def resource_path(*parts: str) -> Path:
    return app_root().joinpath("resources", *parts)


def translations_dir() -> Path:
    return app_root() / "translations"


BUILTIN_CATALOGUE = ("catalogue", "teia-provisional.json")
CATALOGUE_SCHEMA = ("catalogue", "catalogue.schema.json")


def read_data_file(path: Path, max_bytes: int, what: str, refuse: Callable[..., Exception]) -> str:
    """The UTF-8 text of a reference-data file (catalogue, Annex I table), bounded in size.

    ``refuse(**found)`` builds the error to raise from a model.problems.problem(), so that each kind of data
    names itself; ``what`` is "a catalogue", "an Annex I table"... (kept for the callers' documentation).
    """
    from model.problems import file_too_large, problem
    from model.document.store import open_regular

    try:
        with open_regular(path) as handle:  # a pipe or a device named cat.json would block or never end
            size = os.fstat(handle.fileno()).st_size
            if size > max_bytes:
                raise refuse(**file_too_large(size, max_bytes))
            raw = handle.read(max_bytes + 1)
    except OSError as exc:
        raise refuse(**problem("unreadable", detail=exc.strerror or str(exc))) from None
    if len(raw) > max_bytes:  # grew while being read
        raise refuse(**file_too_large(len(raw), max_bytes))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise refuse(**problem("not_utf8")) from None
