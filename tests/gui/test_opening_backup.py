"""The window opens a document and shows it while its backup is taken in a thread: a damaged file is still
refused before anything is shown for editing, and the backup still exists, holding the file as opened, before
the first edit typed reaches the file."""

from __future__ import annotations

import shutil

from gui.main_window import MainWindow
from gui.widgets.shared import PlainMessageBox
from model.app import settings as settings_store
from model.document import backup
from model.document.assessment import Assessment


def _window(qtbot) -> MainWindow:
    window = MainWindow(settings_store.Settings(), "en")
    qtbot.addWidget(window)
    window.show()
    return window


def _made(doc_path, small_catalogue) -> None:
    with Assessment.create(doc_path, small_catalogue, user="тест") as created:
        created.update_response("1.1", description="как открыт — ачылганда")


def test_the_first_edit_is_written_after_the_backup_of_the_file_as_opened(qtbot, doc_path, small_catalogue):
    _made(doc_path, small_catalogue)
    window = _window(qtbot)
    assert window.open_path(str(doc_path))
    # Typed before the event loop ran once: the thread has not even started.
    assert window.session.change("1.1", "description", "изменено", "edit")
    assert window.session.flush()
    made = backup.list_backups(doc_path)
    assert len(made) == 1
    with Assessment.open(made[0].path, readonly=True) as copy:
        assert copy.response("1.1").description == "как открыт — ачылганда"
    window.close_document()
    with Assessment.open(doc_path, readonly=True) as stored:
        assert stored.response("1.1").description == "изменено"


def test_the_backup_is_taken_without_any_edit(qtbot, doc_path, small_catalogue):
    _made(doc_path, small_catalogue)
    window = _window(qtbot)
    assert window.open_path(str(doc_path))
    qtbot.waitUntil(lambda: len(backup.list_backups(doc_path)) == 1, timeout=10000)
    window.close_document()
    with Assessment.open(backup.list_backups(doc_path)[0].path, readonly=True) as copy:
        assert copy.response("1.1").description == "как открыт — ачылганда"


def test_a_damaged_file_is_refused_before_it_can_be_edited(qtbot, doc_path, small_catalogue, tmp_path, monkeypatch):
    _made(doc_path, small_catalogue)
    damaged = tmp_path / "damaged.teia"
    shutil.copyfile(doc_path, damaged)
    data = bytearray(damaged.read_bytes())
    page = 4096
    data[2 * page:3 * page] = b"\xa5" * page  # a table page overwritten: the header is still ours
    damaged.write_bytes(bytes(data))
    shown = []
    monkeypatch.setattr(PlainMessageBox, "warning", lambda *a, **k: shown.append((a[1], a[2])))
    window = _window(qtbot)
    assert not window.open_path(str(damaged))
    assert window.session is None and window.stack.currentWidget() is window.start_page
    assert shown and shown[0][0] == "The assessment was not opened" and "damaged" in shown[0][1]
    assert backup.list_backups(damaged) == []
