"""One edit to disk: p99 of Assessment.update_response of a text field (as the window writes typing) against
a raw sqlite3 UPDATE + COMMIT of a comparable row with journal_mode=DELETE, synchronous=FULL (same run).

The two alternate sample by sample, in the same folder, so they share the disk's and the machine's noise.

Usage: python bench/commit_latency.py [--samples 400] [--json]
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import emit, median, percentile, text_of  # noqa: E402

RAW_SCHEMA = """
CREATE TABLE response (
    indicator_id TEXT PRIMARY KEY, level INTEGER, status TEXT NOT NULL DEFAULT 'draft',
    description TEXT NOT NULL DEFAULT '', evidence TEXT NOT NULL DEFAULT '', gaps TEXT NOT NULL DEFAULT '',
    authority TEXT NOT NULL DEFAULT '', revision INTEGER NOT NULL DEFAULT 0, updated_at TEXT, updated_by TEXT
)"""


def raw_store(path: Path, indicator_ids: list[str], text: str) -> sqlite3.Connection:
    """The bare library: the same rows, the same durability settings."""
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode = DELETE")
    con.execute("PRAGMA synchronous = FULL")
    con.execute(RAW_SCHEMA)
    con.execute("BEGIN")
    con.executemany("INSERT INTO response (indicator_id, description) VALUES (?, ?)",
                    [(i, text) for i in indicator_ids])
    con.execute("COMMIT")
    return con


def measure(samples: int) -> dict:
    from model.catalogue import builtin_catalogue
    from model.demo import build_demo

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        doc = build_demo(folder / "ours.teia", builtin_catalogue())
        indicator_ids = doc.catalogue.indicator_ids()
        base = text_of(1000, 1)
        raw = raw_store(folder / "raw.sqlite", indicator_ids, base)
        ours, bare = [], []
        for n in range(samples + 20):  # the first 20 of each warm up and are dropped
            indicator_id = indicator_ids[n % 4]  # typing in a few fields, as a person does
            text = f"{base} {n}"  # every keystroke batch changes the text, so every edit is written
            start = time.perf_counter()
            doc.update_response(indicator_id, description=text)
            ours_s = time.perf_counter() - start
            start = time.perf_counter()
            raw.execute("BEGIN IMMEDIATE")
            raw.execute("UPDATE response SET description = ?, revision = revision + 1, updated_at = ?, "
                        "updated_by = ? WHERE indicator_id = ?", (text, "2026-01-01T00:00:00Z", "bench", indicator_id))
            raw.execute("COMMIT")
            bare_s = time.perf_counter() - start
            if n >= 20:
                ours.append(ours_s)
                bare.append(bare_s)
        stored = doc.response(indicator_ids[(samples + 19) % 4]).description
        if stored != f"{base} {samples + 19}":
            raise RuntimeError("the last edit is not in the document")
        doc.close()
        raw.close()
    p99_ours, p99_bare = percentile(ours, 0.99), percentile(bare, 0.99)
    return {"commit_p99_ms": p99_ours * 1000, "raw_commit_p99_ms": p99_bare * 1000,
            "commit_median_ms": median(ours) * 1000, "raw_commit_median_ms": median(bare) * 1000,
            "commit_p99_ratio": p99_ours / p99_bare, "samples": samples}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--samples", type=int, default=400)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    emit(measure(max(300, args.samples)), args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
