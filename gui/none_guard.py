"""Work around PySide6 6.12 on Python 3.11: every Qt method returning nothing takes one reference from None.

The wheels are built for Pythons where None is immortal (3.12+), so they return None without counting the
reference. On 3.11 None's count falls by one per call (``painter.setPen``, ``QTextLine.setPosition`` ...)
and the interpreter aborts ("none_dealloc: deallocating None") after a few thousand calls — a long print
or PDF makes tens of thousands. ``protect_none()`` gives None a reserve of references so large that no run
can exhaust it; on 3.12+ it does nothing. Harmless if the bug is fixed: None is never freed anyway.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40  # about 10^12 calls


def _none_is_mortal() -> bool:
    return sys.version_info < (3, 12) and sys.implementation.name == "cpython"


def protect_none() -> None:
    """Top None's reference count up to at least RESERVE (cheap; call it before heavy Qt work)."""
    if not _none_is_mortal():
        return
    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is the first field of every CPython object
    if count.value < RESERVE // 2:
        count.value += RESERVE


__all__ = ["protect_none"]
