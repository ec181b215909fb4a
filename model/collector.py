"""Python's cyclic garbage collector paused while a large structure without cycles is built (a workbook, a merge
plan), then restored as it was."""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def paused() -> Iterator[None]:
    """The collector off for the block, then as it was (a caller that had paused it itself keeps it paused).

    Building tens of thousands of objects that are not garbage until the whole is dropped makes the collector go
    over all of them, and everything else the program holds, again and again meanwhile; paused, what is left
    over once the structure is dropped is collected as usual."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
