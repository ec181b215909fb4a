"""Kill the real window while someone types, and measure how many seconds of typing did not reach the disk.

Shared by tests/safety/test_window_kills.py (a few kills, correctness only) and bench/window_kills.py (200 kills,
the figure: at most 1 s of typing lost in every run). A run is damaged when the document does not open, fails
`integrity_check`, or holds text that is not what was there plus the beginning of what was typed.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from kill_harness import KILLS_PER_DOCUMENT, ROOT, new_document, read_state  # noqa: E402
from window_kill_child import RHYTHMS, typed_text  # noqa: E402

CHILD = Path(__file__).resolve().parent / "window_kill_child.py"
FIELDS = ("description", "evidence", "gaps")
START_TIMEOUT_S = 90.0  # a loaded machine can take long to start Qt; that is not typing lost


@dataclass
class WindowFigures:
    kills: int = 0
    damaged: int = 0
    keys_typed: int = 0
    keys_stored: int = 0
    max_lost_s: float = 0.0
    max_lost_by_rhythm: dict[str, float] = field(default_factory=lambda: {r: 0.0 for r in RHYTHMS})
    runs_with_loss: int = 0
    problems: list[str] = field(default_factory=list)

    def add(self, other: "WindowFigures") -> None:
        for name in ("kills", "damaged", "keys_typed", "keys_stored", "runs_with_loss"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.max_lost_s = max(self.max_lost_s, other.max_lost_s)
        for rhythm, lost in other.max_lost_by_rhythm.items():
            self.max_lost_by_rhythm[rhythm] = max(self.max_lost_by_rhythm[rhythm], lost)
        self.problems += other.problems


def key_times(log: bytes) -> tuple[bool, list[float]]:
    """(whether the child said READY, the time of each key it reported), from whole lines only."""
    complete, _, _ = log.rpartition(b"\n")
    ready, times = False, []
    for line in complete.decode("utf-8", errors="replace").splitlines():
        word, _, rest = line.partition(" ")
        if word == "READY":
            ready = True
        elif word == "KEY":
            number, _, stamp = rest.partition(" ")
            if int(number) == len(times) + 1:
                times.append(float(stamp))
    return ready, times


def lost_seconds(before: str, typed: str, times: list[float], stored: str, killed_at: float) -> tuple[int, float]:
    """(keys stored, seconds from the first key not stored to the kill); AssertionError if the text is wrong.

    One key more than reported may be stored: it was typed just before the kill cut its report.
    """
    if not stored.startswith(before):
        raise AssertionError(f"the text before the run was changed: {stored[:80]!r}")
    added = stored[len(before):]
    if not typed.startswith(added) or len(added) > len(times) + 1:
        raise AssertionError(f"stored {added[:80]!r} is not the beginning of what was typed ({len(times)} keys)")
    stored_keys = len(added)
    if stored_keys >= len(times):
        return stored_keys, 0.0
    return stored_keys, max(0.0, killed_at - times[stored_keys])


def kill_once(path: Path, run: int, seed: int, workdir: Path, figures: WindowFigures, *, rhythm: str | None = None,
              typing_s: tuple[float, float] = (0.2, 3.0), debounce_only: bool = False) -> None:
    """One window, typing in ``rhythm`` (by turns when None) for a time in ``typing_s``, killed, then checked."""
    rng = random.Random(seed)
    rhythm = rhythm or RHYTHMS[run % len(RHYTHMS)]
    before_state = read_state(path)
    indicator_id = rng.choice(sorted(before_state["responses"]))
    field_name = rng.choice(FIELDS)
    before = before_state["responses"][indicator_id][field_name]
    log_path, err_path = workdir / "window.out", workdir / "window.err"
    env = dict(os.environ, TEIA_HOME=str(workdir / "home"), QT_QPA_PLATFORM="offscreen")
    with open(log_path, "wb") as out, open(err_path, "wb") as err:
        child = subprocess.Popen([sys.executable, str(CHILD), str(path), str(seed), rhythm, indicator_id, field_name,
                                  *(["--debounce-only"] if debounce_only else [])],
                                 stdout=out, stderr=err, cwd=str(ROOT), env=env)
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while b"KEY 1 " not in log_path.read_bytes() and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(rng.uniform(*typing_s))  # typing, in its rhythm, for a while
        exited = child.poll()
        killed_at = time.monotonic()
        child.send_signal(signal.SIGKILL)
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()
    figures.kills += 1
    ready, times = key_times(log_path.read_bytes())
    if exited is not None or not ready or not times:
        figures.problems.append(f"run {run}: the window did not type (exit {exited}): "
                                f"{err_path.read_text(errors='replace')[-1500:]}")
        return
    try:
        after = read_state(path)
        stored_keys, lost = lost_seconds(before, typed_text(seed), times, after["responses"][indicator_id][field_name],
                                         killed_at)
    except Exception as exc:  # a document that does not open, or wrong text: exactly what is looked for
        figures.damaged += 1
        figures.problems.append(f"run {run} ({rhythm}, {indicator_id} {field_name}): {type(exc).__name__}: {exc}")
        return
    figures.keys_typed += len(times)
    figures.keys_stored += min(stored_keys, len(times))
    figures.runs_with_loss += lost > 0
    figures.max_lost_s = max(figures.max_lost_s, lost)
    figures.max_lost_by_rhythm[rhythm] = max(figures.max_lost_by_rhythm[rhythm], lost)


def _stream(count: int, first_run: int, workdir: Path, seed: int, progress, options: dict) -> WindowFigures:
    workdir.mkdir(parents=True, exist_ok=True)
    figures = WindowFigures()
    rng = random.Random(seed)
    path = workdir / "typed.teia"
    for index in range(count):
        if index % KILLS_PER_DOCUMENT == 0:
            new_document(path)
        kill_once(path, first_run + index, rng.randrange(2**31), workdir, figures, **options)
        if progress:
            progress(figures)
    return figures


def run_window_kills(count: int, workdir: Path, seed: int = 11, workers: int = 2, progress=None,
                     **options) -> WindowFigures:
    """Kill ``count`` typing windows, spread over ``workers`` documents typed into side by side (options: kill_once)."""
    workers = max(1, min(workers, count))
    shares = [count // workers + (1 if i < count % workers else 0) for i in range(workers)]
    starts = [sum(shares[:i]) for i in range(workers)]
    with ThreadPoolExecutor(max_workers=workers) as pool:
        parts = list(pool.map(lambda i: _stream(shares[i], starts[i], workdir / f"window-{i}", seed * 1000 + i,
                                                progress, options), range(workers)))
    total = WindowFigures()
    for part in parts:
        total.add(part)
    return total
