"""New random ids (documents, actions, contributing authorities, register activities).

uuid is imported on the first id made, not when these modules are: it imports platform, which costs the
window's start about 3 ms before its first paint (tests/gui/test_first_paint.py keeps it out)."""

from __future__ import annotations


def new_uid() -> str:
    """A random UUID (version 4) as text."""
    import uuid

    return str(uuid.uuid4())
