"""Automatic backups: written with the backup API on opening, ten kept per document, restored into new files."""

from __future__ import annotations

import logging
import sqlite3
import threading
from contextlib import closing

import pytest

from model.document import backup
from model.document import lock
from model.app import paths
from model.document.assessment import Assessment
from model.errors import DocumentError


@pytest.fixture
def doc(doc_path, small_catalogue):
    document = Assessment.create(doc_path, small_catalogue, title="Баалоо", user="тест")
    yield document
    document.close()


def test_a_backup_is_a_complete_document_in_the_user_data_folder(doc, teia_home):
    doc.update_response("1.1", description="Өнөр жай коопсуздугу ң ү", level=2)
    made = backup.make_backup(doc)
    assert made.path.parent.parent == paths.backup_dir()
    assert str(made.path).startswith(str(teia_home))
    assert made.path.parent.name == doc.meta()["document_id"]
    assert made.size == made.path.stat().st_size > 0
    assert made.source_name == "assessment.teia"
    with Assessment.open(made.path, readonly=True) as copy:
        assert copy.integrity_check() == ["ok"]
        assert copy.response("1.1").description == "Өнөр жай коопсуздугу ң ү"
        assert copy.response("1.1").level == 2
    assert not list(made.path.parent.glob("*.tmp"))


def test_unchanged_document_is_not_backed_up_twice(doc):
    first = backup.make_backup(doc)
    again = backup.make_backup(doc)
    assert again.path == first.path
    assert len(backup.list_backups(doc)) == 1
    doc.update_response("1.1", evidence="Протокол № 5")
    changed = backup.make_backup(doc)
    assert changed.path != first.path
    assert [b.path for b in backup.list_backups(doc)] == [changed.path, first.path]


def test_only_the_last_ten_are_kept_newest_first(doc):
    made = []
    for n in range(13):
        doc.update_response("1.1", description=f"версия {n}")
        made.append(backup.make_backup(doc))
    listed = backup.list_backups(doc)
    assert len(listed) == backup.KEEP == 10
    assert [b.path for b in listed] == [b.path for b in reversed(made[3:])]
    assert all(not b.path.exists() for b in made[:3])
    assert listed[0].created >= listed[-1].created
    with Assessment.open(listed[0].path, readonly=True) as newest:
        assert newest.response("1.1").description == "версия 12"


def test_backups_are_kept_per_document(doc, tmp_path, small_catalogue):
    other = Assessment.create(tmp_path / "other.teia", small_catalogue)
    try:
        backup.make_backup(doc)
        backup.make_backup(other)
        assert len(backup.list_backups(doc)) == 1
        assert len(backup.list_backups(other)) == 1
        assert backup.list_backups(doc)[0].path.parent != backup.list_backups(other)[0].path.parent
    finally:
        other.close()


def test_list_by_path_finds_the_backups_of_a_closed_document(doc, doc_path):
    made = backup.make_backup(doc)
    doc.close()
    assert [b.path for b in backup.list_backups(doc_path)] == [made.path]


def test_a_file_that_is_not_a_document_has_no_backups(tmp_path):
    stranger = tmp_path / "notes.teia"
    stranger.write_bytes(b"not a database")
    assert backup.list_backups(stranger) == []
    assert backup.backup_key(stranger).startswith("path-")


def test_restore_writes_a_new_file_and_never_overwrites(doc, tmp_path):
    doc.update_response("1.2", gaps="Жетишсиз ресурстар")
    made = backup.make_backup(doc)
    doc.update_response("1.2", gaps="later text")
    restored = backup.restore_backup(made, tmp_path / "restored.teia")
    with Assessment.open(restored) as copy:
        assert copy.response("1.2").gaps == "Жетишсиз ресурстар"
    existing = tmp_path / "existing.teia"
    existing.write_bytes(b"precious")
    with pytest.raises(DocumentError) as caught:
        backup.restore_backup(made, existing)
    assert caught.value.kind == "exists"
    assert existing.read_bytes() == b"precious"
    assert doc.response("1.2").gaps == "later text"
    assert not list(tmp_path.glob(".teia-restore-*"))


def test_restore_refuses_a_damaged_backup(doc, tmp_path):
    made = backup.make_backup(doc)
    data = bytearray(made.path.read_bytes())
    data[100:] = b"\xff" * (len(data) - 100)
    made.path.write_bytes(bytes(data))
    with pytest.raises(DocumentError) as caught:
        backup.restore_backup(made, tmp_path / "new.teia")
    assert caught.value.kind == "damaged"
    assert not (tmp_path / "new.teia").exists()


def test_backup_is_consistent_while_the_document_stays_open_and_locked(doc, doc_path):
    doc.update_response("B.1", authority="МЧС")
    made = backup.make_backup(doc)
    # The document is still held (its lock) while the backup is taken from the open connection.
    assert lock.is_held(doc_path)
    with closing(sqlite3.connect(made.path)) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_backup_folder_that_cannot_be_created_gives_a_document_error(doc, teia_home):
    paths.ensure(teia_home / "data")
    paths.backup_dir().write_bytes(b"a file where the folder should be")
    with pytest.raises(DocumentError) as caught:
        backup.make_backup(doc)
    assert caught.value.kind in ("write_failed", "read_only")


def test_a_backup_in_its_thread_is_of_the_file_as_it_was_when_started_and_writes_wait_for_it(doc, monkeypatch):
    doc.update_response("1.1", description="до копии ң")
    started = threading.Event()
    release = threading.Event()
    real = backup.BackupTask._copy_into

    def slow_copy(task, tmp):
        started.set()
        assert release.wait(10)
        real(task, tmp)

    monkeypatch.setattr(backup.BackupTask, "_copy_into", slow_copy)
    task = backup.start_backup(doc)
    assert task.name == "teia-backup" and started.wait(10) and task.is_alive()
    threading.Timer(1.5, release.set).start()  # the copy goes on while the edit below waits for it
    doc.update_response("1.1", description="после копии ү")  # waits: SQLite would give up after a second
    assert not task.is_alive() and task.error is None
    with Assessment.open(task.made.path, readonly=True) as copy:
        assert copy.response("1.1").description == "до копии ң" and copy.integrity_check() == ["ok"]
    assert doc.response("1.1").description == "после копии ү"
    assert backup.list_backups(doc)[0].path == task.made.path


def test_closing_and_listing_wait_for_the_backup_and_a_failed_one_is_logged_not_raised(doc, teia_home, caplog):
    task = backup.start_backup(doc)
    assert [b.path for b in backup.list_backups(doc)] == [task.made.path]  # listed once it is written
    paths.backup_dir().joinpath(task.key).rename(teia_home / "moved")
    paths.backup_dir().rmdir()
    paths.backup_dir().write_bytes(b"a file where the folder should be")
    with caplog.at_level(logging.WARNING, logger="teia"):
        failed = backup.start_backup(doc)
        doc.close()  # waits for it
    assert not failed.is_alive() and failed.made is None
    assert isinstance(failed.error, DocumentError) and "no backup of" in caplog.text
    with pytest.raises(ValueError):
        with Assessment.open(doc.path, readonly=True) as readonly:
            backup.start_backup(readonly)  # a read-only one is backed up with make_backup, in the caller's thread
