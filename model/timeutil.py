"""Timestamps stored in documents: ISO 8601 in UTC, to the second."""

from __future__ import annotations

from datetime import datetime, timezone


def now_iso() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(value: str | None) -> datetime | None:
    """A stamp as now_iso writes it ("2026-12-02T04:30:00Z"), or None for anything else."""
    # Not strptime: its first call compiles a dozen regular expressions (a few ms of every start).
    if not value or len(value) != 20 or value[4] != "-" or value[7] != "-" or value[10] != "T" \
            or value[13] != ":" or value[16] != ":" or value[19] != "Z":
        return None
    digits = value[0:4] + value[5:7] + value[8:10] + value[11:13] + value[14:16] + value[17:19]
    if not (digits.isascii() and digits.isdigit()):
        return None
    try:
        return datetime(int(value[0:4]), int(value[5:7]), int(value[8:10]), int(value[11:13]), int(value[14:16]),
                        int(value[17:19]), tzinfo=timezone.utc)
    except ValueError:
        return None
