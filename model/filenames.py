"""Words that become part of a file name ("- самостоятельная оценка.pdf"): made safe on Windows and Linux."""

from __future__ import annotations

import re

_NOT_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def file_name_part(text: str) -> str:
    """``text`` without the characters Windows refuses in a name, single-spaced, without leading or trailing
    dots and spaces (Windows drops a trailing dot); "_" if nothing is left."""
    cleaned = " ".join(_NOT_IN_NAMES.sub("_", text).split()).strip(" .")
    return cleaned or "_"
