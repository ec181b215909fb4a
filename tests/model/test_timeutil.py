"""Stored timestamps: what now_iso writes, parse_iso reads back exactly; anything else is None."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from model.timeutil import now_iso, parse_iso


def test_a_stamp_reads_back_as_the_moment_written():
    stamp = now_iso()
    moment = parse_iso(stamp)
    assert moment is not None and moment.tzinfo is timezone.utc
    assert moment.strftime("%Y-%m-%dT%H:%M:%SZ") == stamp
    assert parse_iso("2026-12-02T04:30:59Z") == datetime(2026, 12, 2, 4, 30, 59, tzinfo=timezone.utc)


@pytest.mark.parametrize("value", ["", None, "2026-12-02", "2026-12-02T04:30:00", "2026-12-02 04:30:00Z",
                                   "2026-02-30T04:30:00Z", "2026-12-02T24:00:00Z", "2026-1-02T04:30:00Z",
                                   "2026-12-02T04:30:00+00:00", "２０２６-12-02T04:30:00Z", "abcd-ef-ghTij:kl:mnZ"])
def test_anything_but_a_stamp_is_none(value):
    assert parse_iso(value) is None
