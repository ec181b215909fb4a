"""Documents made by version 1 keep opening: backed up, then migrated in one transaction."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from model.document import actionplan
from model.document import backup
from model.document import migrations
from model.document import store
from model.document.assessment import Assessment

V1_SAMPLE = Path(__file__).resolve().parent.parent / "data" / "v1-assessment.teia"


@pytest.fixture
def v1_copy(tmp_path) -> Path:
    return Path(shutil.copy(V1_SAMPLE, tmp_path / "old.teia"))


def test_the_v1_sample_opens_read_only_as_it_is(v1_copy):
    before = v1_copy.read_bytes()
    with Assessment.open(v1_copy, readonly=True) as doc:
        assert doc.schema_version() == 1 and doc.response("1.3").evidence == "Постановление № 12 ң"
    assert v1_copy.read_bytes() == before


def test_opening_a_v1_document_backs_it_up_and_migrates_it(v1_copy):
    original = v1_copy.read_bytes()
    with Assessment.open(v1_copy, readonly=True) as doc:
        responses, actions = doc.responses(), actionplan.actions(doc)
        history = [(h.at, h.by, h.field, h.new) for h in doc.history(limit=100000)]
    with Assessment.open(v1_copy) as doc:
        assert doc.schema_version() == store.SCHEMA_VERSION
        assert doc.responses() == responses and actionplan.actions(doc) == actions
        assert [(h.at, h.by, h.field, h.new) for h in doc.history(limit=100000)] == history
        assert doc.query("SELECT COUNT(*) FROM history WHERE uid IS NULL") == [(0,)]
        legacy = dict(doc.query("SELECT field, version FROM field_state WHERE record = 'r:1.3'"))
        assert legacy["evidence"] == migrations.legacy_version("r:1.3", "evidence", "Постановление № 12 ң")
        doc.update_response("1.3", evidence="новое ң")  # and it is tracked from now on
        assert doc.query("SELECT parent FROM field_version v JOIN field_state s ON s.version = v.version "
                         "WHERE s.record = 'r:1.3' AND s.field = 'evidence'") == [(legacy["evidence"],)]
    copies = [b.path for b in backup.list_backups(v1_copy)]
    assert any(p.read_bytes() == original for p in copies), copies


def test_a_failed_migration_leaves_the_document_as_it_was(v1_copy, monkeypatch):
    original = v1_copy.read_bytes()

    def broken(con):
        con.execute("CREATE TABLE contributor (id TEXT)")
        raise RuntimeError("power cut")

    monkeypatch.setitem(migrations.MIGRATIONS, 2, broken)
    with pytest.raises(RuntimeError):
        Assessment.open(v1_copy)
    assert v1_copy.read_bytes() == original
    with Assessment.open(v1_copy, readonly=True) as doc:
        assert doc.schema_version() == 1


def test_a_hostile_v1_file_is_refused_before_it_is_migrated(v1_copy):
    import sqlite3

    con = sqlite3.connect(v1_copy)
    con.execute("CREATE TABLE contributor (id TEXT)")  # not part of version 1
    con.commit()
    con.close()
    before = v1_copy.read_bytes()
    with pytest.raises(Exception) as error:
        Assessment.open(v1_copy)
    assert getattr(error.value, "kind", "") == "foreign_schema"
    assert v1_copy.read_bytes() == before
