"""A merge killed at any moment leaves the assessment as it was or fully merged (one transaction)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from model import merge
from model.document import actionplan
from model.demo import build_demo
from model.document.assessment import Assessment

ROOT = Path(__file__).resolve().parent.parent.parent
pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")


def summary(path: Path) -> tuple:
    with Assessment.open(path) as doc:  # writable: a hot journal left by the kill is rolled back first
        return (tuple(sorted((r.indicator_id, r.evidence) for r in doc.responses().values())),
                tuple(sorted(a.uid for a in actionplan.actions(doc))), len(doc.history(limit=10**7)))


@pytest.mark.slow
def test_a_merge_killed_midway_leaves_the_document_before_or_fully_merged(tmp_path):
    lead = tmp_path / "lead.teia"
    with build_demo(lead) as doc:
        contribution, _, held = merge.split(doc, "МЧС", tmp_path / "mchs.teia", areas=["1", "2"])
    with Assessment.open(contribution) as theirs, theirs.transaction():
        for indicator_id in held:
            theirs.update_response(indicator_id, evidence=f"от МЧС ң {indicator_id}")
        for index in range(3000):  # enough for the merge's transaction to take a while
            actionplan.add_action(theirs, f"Мероприятие {index}", [held[index % len(held)]], lead="МЧС")
    pristine = tmp_path / "pristine.teia"
    shutil.copyfile(lead, pristine)
    before = summary(pristine)
    expected_file = tmp_path / "expected.teia"
    shutil.copyfile(pristine, expected_file)
    with Assessment.open(expected_file) as doc:
        merge.apply(doc, merge.read(doc, contribution))
    after = summary(expected_file)
    assert before != after
    journal = Path(f"{lead}-journal")
    outcomes = []
    for _ in range(5):
        shutil.copyfile(pristine, lead)
        child = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "merge", str(lead), str(contribution),
                                  "--yes"], cwd=str(ROOT), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                 env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        while child.poll() is None and not journal.exists():
            pass  # the journal appears when the merge's transaction starts writing
        mid_merge = journal.exists()
        child.send_signal(signal.SIGKILL)
        child.wait()
        state = summary(lead)
        assert state in (before, after)
        outcomes.append((mid_merge, state == before))
    assert any(mid and untouched for mid, untouched in outcomes), outcomes  # a kill did land inside the merge
