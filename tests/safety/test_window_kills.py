"""The window killed while someone types: the document always opens whole, with the beginning of the typing.

Only correctness here (a few kills); the figure — at most 1 s of typing lost in each of 200 kills, steady, in
bursts and mixed — is measured by bench/window_kills.py (make bench).
"""

from __future__ import annotations

import signal
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from window_kill_harness import lost_seconds, run_window_kills  # noqa: E402

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")


def test_lost_typing_is_measured_from_the_first_key_not_on_disk():
    times = [10.0, 10.1, 10.2, 10.3]
    assert lost_seconds("до ", "өнөр", times, "до өнөр", 10.5) == (4, 0.0)
    assert lost_seconds("до ", "өнөр", times, "до өн", 10.5) == (2, pytest.approx(0.3))
    assert lost_seconds("до ", "өнөр", times, "до ", 10.5) == (0, pytest.approx(0.5))
    assert lost_seconds("", "өнөрX", times, "өнөрX", 10.5) == (5, 0.0)  # one key typed, not yet reported
    for wrong in ("до өр", "д", "до өнөрXY", "после"):
        with pytest.raises(AssertionError):
            lost_seconds("до ", "өнөрXY", times, wrong, 10.5)


@pytest.mark.slow
def test_killed_windows_leave_whole_documents_with_the_beginning_of_the_typing(tmp_path):
    figures = run_window_kills(2, tmp_path, seed=3, typing_s=(0.3, 1.0))
    assert figures.problems == [] and figures.damaged == 0
    assert figures.kills == 2 and figures.keys_typed > 0


@pytest.mark.slow
def test_the_harness_sees_steady_typing_lost_without_the_maximum_wait(tmp_path):
    """The twin: with the debounce alone (the old behaviour) steady typing stays in memory and is lost."""
    figures = run_window_kills(2, tmp_path, seed=5, rhythm="steady", typing_s=(1.6, 2.0), debounce_only=True)
    assert figures.problems == [] and figures.damaged == 0
    assert figures.max_lost_s > 1.0
