"""The backup the window takes on opening, in a thread after its first paint: it exists, with the document as
it was opened, before the first change reaches the file, whether the thread has started, is running or not."""

from __future__ import annotations

import threading

import pytest

from model.document import backup
from model.document.assessment import Assessment


@pytest.fixture
def opened(doc_path, small_catalogue):
    with Assessment.create(doc_path, small_catalogue, user="тест") as created:
        created.update_response("1.1", description="как открыт — ачылганда")
    document = Assessment.open(doc_path, holder="window")
    yield document
    document.close()


def _description_in(made: backup.Backup) -> str | None:
    with Assessment.open(made.path, readonly=True) as copy:
        return copy.response("1.1").description


def test_the_first_write_takes_the_backup_when_the_thread_has_not_started(opened):
    pending = backup.OpeningBackup(opened)
    assert backup.list_backups(opened) == []  # nothing yet: the window starts it after painting
    opened.update_response("1.1", description="изменено")
    made = pending.wait()
    assert made is not None and backup.list_backups(opened) == [made]
    assert _description_in(made) == "как открыт — ачылганда"  # taken before the change, not after it
    assert opened.response("1.1").description == "изменено"


def test_the_first_write_waits_for_a_backup_being_taken(opened, monkeypatch):
    copying, release = threading.Event(), threading.Event()
    real_take = backup._take

    def slow_take(*args, **kwargs):
        copying.set()
        assert release.wait(10)
        return real_take(*args, **kwargs)

    monkeypatch.setattr(backup, "_take", slow_take)
    pending = backup.OpeningBackup(opened)
    pending.start()
    assert copying.wait(10)
    writer = threading.Thread(target=lambda: opened.update_response("1.1", description="изменено"))
    writer.start()
    writer.join(0.3)
    assert writer.is_alive()  # held back: the copy is not written yet
    with Assessment.open(opened.path, readonly=True) as reader:
        assert reader.response("1.1").description == "как открыт — ачылганда"
    release.set()
    writer.join(10)
    assert not writer.is_alive()
    made = pending.wait()
    assert made is not None and _description_in(made) == "как открыт — ачылганда"
    assert opened.response("1.1").description == "изменено"


def test_a_backup_taken_in_the_thread_is_the_document_as_opened(opened):
    pending = backup.OpeningBackup(opened)
    pending.start()
    made = pending.wait()
    assert made is not None and backup.list_backups(opened) == [made]
    assert _description_in(made) == "как открыт — ачылганда"
    pending.start()  # once only
    assert pending.wait() == made and len(backup.list_backups(opened)) == 1


def test_a_failed_backup_is_logged_and_editing_goes_on(opened, monkeypatch, caplog):
    def no_room(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "_take", no_room)
    pending = backup.OpeningBackup(opened)
    opened.update_response("1.1", description="изменено")
    assert pending.wait() is None and isinstance(pending.error, OSError)
    assert "no backup of" in caplog.text
    assert opened.response("1.1").description == "изменено"


def test_a_read_only_document_is_backed_up_at_once(doc_path, small_catalogue):
    Assessment.create(doc_path, small_catalogue).close()
    with Assessment.open(doc_path, readonly=True) as document:
        pending = backup.OpeningBackup(document)
        assert backup.list_backups(document) == [pending.backup]
