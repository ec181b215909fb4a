"""Words that become part of a file name ("- самостоятельная оценка.pdf"): made safe on Windows and Linux."""

from __future__ import annotations

import re

_NOT_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
# Device names Windows refuses as a file name, with or without an extension ("CON.pdf", "nul.teia", "COM¹").
_RESERVED = re.compile(r"^(CON|PRN|AUX|NUL|COM[0-9\u00b9\u00b2\u00b3]|LPT[0-9\u00b9\u00b2\u00b3])(\s*\..*)?$", re.I)


def file_name_part(text: str) -> str:
    """``text`` without the characters Windows refuses in a name, single-spaced, without leading or trailing
    dots and spaces (Windows drops a trailing dot), not a device name (CON, NUL, COM1...); "_" if nothing is
    left."""
    cleaned = " ".join(_NOT_IN_NAMES.sub("_", text).split()).strip(" .")
    if _RESERVED.match(cleaned):
        cleaned = f"_{cleaned}"  # alone in a name it would open a device, not a file
    return cleaned or "_"
