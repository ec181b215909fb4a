"""The merge plan's faster paths: the other file checked in a thread while ours is read, and the version graph
read into a dict (a tuple of parents only where a version has several)."""

from __future__ import annotations

import importlib
import shutil
import sqlite3
import threading
from pathlib import Path

import pytest

from model import merge
from model.demo import build_demo
from model.document import actionplan
from model.document.assessment import Assessment
from model.errors import DocumentError

merge_plan = importlib.import_module("model.merge.plan")  # the package's name "plan" is its function


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.teia"
    build_demo(path).close()
    return path


@pytest.fixture
def lead(demo_file, tmp_path):
    path = Path(shutil.copy(demo_file, tmp_path / "lead.teia"))
    with Assessment.open(path) as doc:
        doc.user = "lead"
        yield doc


def _checkers() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "teia-merge-check"]


def _garbled(lead, tmp_path) -> Path:
    copy = lead.save_copy(tmp_path / "garbled.teia")
    data = bytearray(copy.read_bytes())
    page = 4096
    for start in range(2 * page, len(data) - page, 5 * page):  # every fifth page from the third: b-trees broken
        data[start + 8:start + 200] = bytes(range(192))
    copy.write_bytes(bytes(data))
    return copy


def _with_foreign_table(lead, tmp_path) -> Path:
    copy = lead.save_copy(tmp_path / "foreign.teia")
    con = sqlite3.connect(copy)
    con.execute("CREATE TABLE extra (x)")
    con.commit()
    con.close()
    return copy


def _with_bad_value(lead, tmp_path) -> Path:
    copy = lead.save_copy(tmp_path / "bad.teia")
    con = sqlite3.connect(copy)
    con.execute("UPDATE response SET evidence = x'00ff' WHERE indicator_id = '1.1'")
    con.commit()
    con.close()
    return copy


@pytest.mark.parametrize("make, kinds", [(_garbled, {"damaged"}), (_with_foreign_table, {"foreign_schema"}),
                                          (_with_bad_value, {"bad_values"})])
def test_a_damaged_or_hostile_copy_is_refused_by_the_check_in_its_thread(lead, tmp_path, make, kinds):
    path = make(lead, tmp_path)
    before = (lead.responses(), actionplan.actions(lead))
    with pytest.raises(DocumentError) as error:
        merge.read(lead, path)
    assert error.value.kind in kinds
    assert not _checkers()  # the check's thread has ended, whatever it found
    assert (lead.responses(), actionplan.actions(lead)) == before


def test_the_check_runs_beside_reading_ours_and_its_error_comes_in_the_callers_thread(lead, tmp_path, monkeypatch):
    path = _with_foreign_table(lead, tmp_path)
    seen = []
    real = merge_plan._check_connection

    def checking(con, copy):
        seen.append(threading.current_thread().name)
        real(con, copy)

    monkeypatch.setattr(merge_plan, "_check_connection", checking)
    with pytest.raises(DocumentError) as error:
        merge.read(lead, path)
    assert error.value.kind == "foreign_schema" and seen == ["teia-merge-check"]


def test_a_copy_that_passes_the_check_is_not_checked_again(lead, tmp_path, monkeypatch):
    path = lead.save_copy(tmp_path / "copy.teia")
    with Assessment.open(path) as theirs:
        theirs.update_response("1.1", evidence="их текст ң")
    calls = []
    real = merge_plan._check_connection
    monkeypatch.setattr(merge_plan, "_check_connection", lambda con, copy: (calls.append(copy), real(con, copy)))
    plan = merge.read(lead, path)
    assert [(c.target, c.field) for c in plan.changes] == [("1.1", "evidence")]
    assert len(calls) == 1


class _Graph:
    def __init__(self, parents: dict) -> None:
        self.parents = parents


def test_the_version_graph_keeps_every_parent_of_a_merged_version(lead):
    lead.write([("INSERT INTO field_version (version, parent) VALUES (?, ?)", row) for row in (
        ("v1", "init"), ("v2a", "v1"), ("v2b", "v1"), ("v3", "v2a"), ("v3", "v2b"), ("v4", "v3"), ("w1", "init"))])
    parents = merge_plan._Copy(lead).parents
    assert parents["v3"] == ("v2a", "v2b") and parents["v4"] == "v3" and parents["v2b"] == "v1"
    rows = lead.query("SELECT version, parent FROM field_version")
    # Every row of the table is in the graph, and nothing else.
    assert sorted(rows) == sorted((v, p) for v, found in parents.items()
                                  for p in ((found,) if isinstance(found, str) else found))
    graph = (merge_plan._Copy(lead),)
    assert merge_plan._descends(graph, "v4", "v2b") and merge_plan._descends(graph, "v4", "v2a")
    assert merge_plan._descends(graph, "v3", "v1") and merge_plan._descends(graph, "v4", "v4")
    assert not merge_plan._descends(graph, "v2a", "v2b") and not merge_plan._descends(graph, "v4", "w1")
    # Two copies' graphs are searched together: a version only the other copy knows leads on.
    split = (_Graph({"x2": "x1"}), _Graph({"x1": ("x0", "y0")}))
    assert merge_plan._descends(split, "x2", "y0") and not merge_plan._descends(split, "x1", "x2")


@pytest.mark.parametrize("case", ["newer", "unknown", "too_large"])
def test_a_newer_unknown_or_too_large_file_is_refused_before_it_is_copied(lead, demo_file, tmp_path, monkeypatch,
                                                                          case):
    """As Assessment.open refuses them (store.check_openable): the merge used to copy any file of ours, whatever
    its size, and met a newer format only in the schema check."""
    from model.document import store

    other = Path(shutil.copy(demo_file, tmp_path / "other.teia"))
    if case == "too_large":
        monkeypatch.setattr(store, "MAX_DOCUMENT_BYTES", other.stat().st_size - 1)
    else:
        data = bytearray(other.read_bytes())
        data[60:64] = (store.SCHEMA_VERSION + 1 if case == "newer" else 0).to_bytes(4, "big")  # user_version
        other.write_bytes(bytes(data))
    copied: list[object] = []
    monkeypatch.setattr(merge_plan.shutil, "copyfile", lambda *args: copied.append(args))
    before = other.read_bytes()
    with pytest.raises(DocumentError) as refused:
        merge.read(lead, other)
    assert refused.value.kind == ("newer" if case == "newer" else "damaged")
    assert copied == [] and other.read_bytes() == before
