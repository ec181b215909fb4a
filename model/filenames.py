"""Safe file names on Windows and Linux: words that become part of a file name ("- самостоятельная
оценка.pdf"), and attachment names, reduced whatever they hold to a base name that stays in its folder.

An attachment's name comes from outside twice: when a file is attached (its name on the disk it came from)
and when it is opened again (the name stored in a document that anyone may have edited). Both times it is
reduced by ``safe_name``.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

_NOT_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
# Device names Windows refuses as a file name, with or without an extension ("CON.pdf", "nul.teia", "COM¹").
_RESERVED = re.compile(r"^(CON|PRN|AUX|NUL|COM[0-9\u00b9\u00b2\u00b3]|LPT[0-9\u00b9\u00b2\u00b3])(\s*\..*)?$", re.I)
FALLBACK = "attachment"
MAX_CHARS = 120  # well inside every file system's 255, with room for the "<id>-" prefix of an opened copy
_NOT_IN_ATTACHMENT_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')  # one "_" for each, as typed


def file_name_part(text: str) -> str:
    """``text`` without the characters Windows refuses in a name, single-spaced, without leading or trailing
    dots and spaces (Windows drops a trailing dot), not a device name (CON, NUL, COM1...); "_" if nothing is
    left."""
    cleaned = " ".join(_NOT_IN_NAMES.sub("_", text).split()).strip(" .")
    if _RESERVED.match(cleaned):
        cleaned = f"_{cleaned}"  # alone in a name it would open a device, not a file
    return cleaned or "_"


def safe_name(name: object) -> str:
    """The last part of ``name`` (after any / or \\), with what Windows refuses replaced; never empty,
    never a separator, never ".", ".." or a device name, at most MAX_CHARS characters."""
    text = name if isinstance(name, str) else ""
    text = text.encode("utf-8", "replace").decode("utf-8")  # lone surrogates cannot be file names
    text = unicodedata.normalize("NFC", text)
    text = re.split(r"[/\\]", text)[-1]
    text = _NOT_IN_ATTACHMENT_NAMES.sub("_", text)
    text = text.strip().rstrip(". ")  # Windows drops trailing dots and spaces: "a.txt." would become "a.txt"
    if len(text) > MAX_CHARS:
        stem, dot, extension = text.rpartition(".")
        if dot and 0 < len(extension) <= 10:
            text = stem[:MAX_CHARS - len(extension) - 1].rstrip(". ") + "." + extension
        else:
            text = text[:MAX_CHARS].rstrip(". ")
    if not text.strip("."):
        return FALLBACK
    if _RESERVED.match(text):
        text = "_" + text
    return text


def path_in(folder: Path, name: object) -> Path:
    """``folder`` / the safe form of ``name``: a path that is, checked, directly inside ``folder``."""
    target = folder / safe_name(name)
    if target.resolve().parent != folder.resolve():  # cannot happen for a safe name; checked all the same
        raise ValueError(f"{name!r} leaves {folder}")
    return target


__all__ = ["file_name_part", "safe_name", "path_in", "FALLBACK", "MAX_CHARS"]
