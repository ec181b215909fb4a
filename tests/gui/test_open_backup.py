"""The backup taken when the window opens a document: in a thread for a writable one (its edits wait for it),
in the window's own thread for one that can only be read."""

from __future__ import annotations

import pytest

from gui.main_window import MainWindow
from model.app import settings as settings_store
from model.catalogue import builtin_catalogue
from model.document import backup
from model.document.assessment import Assessment


@pytest.fixture
def window(qtbot):
    win = MainWindow(settings_store.Settings(), "en")
    qtbot.addWidget(win)
    win.show()
    yield win
    if win.session is not None:
        win.close_document()


def test_opening_a_writable_document_backs_it_up_in_a_thread_before_its_first_edit(window, tmp_path, monkeypatch):
    path = tmp_path / "kg.teia"
    Assessment.create(path, builtin_catalogue(), country="Кыргызстан").close()
    started = []
    real = backup.start_backup
    monkeypatch.setattr(backup, "start_backup", lambda doc: started.append(real(doc)) or started[-1])
    monkeypatch.setattr(backup, "make_backup", lambda doc: pytest.fail("taken in the window's thread"))
    assert window.open_path(str(path))
    doc = window.session.doc
    indicator = doc.catalogue.indicator_ids()[0]
    doc.update_response(indicator, evidence="после открытия ң")  # waits for the copy
    [task] = started
    assert not task.is_alive() and task.error is None
    with Assessment.open(task.made.path, readonly=True) as copy:
        assert copy.response(indicator).evidence == ""
    assert backup.list_backups(doc)[0].path == task.made.path


def test_a_document_that_can_only_be_read_is_backed_up_as_before(window, tmp_path, monkeypatch):
    path = tmp_path / "readonly.teia"
    Assessment.create(path, builtin_catalogue(), country="Кыргызстан").close()
    # As on a write-protected stick (and for root too, who may write a file without write permission):
    monkeypatch.setitem(Assessment.open.__func__.__globals__, "is_writable", lambda _path: False)
    made = []
    real = backup.make_backup
    monkeypatch.setattr(backup, "make_backup", lambda doc: made.append(real(doc)) or made[-1])
    monkeypatch.setattr(backup, "start_backup", lambda doc: pytest.fail("a thread for a read-only document"))
    assert window.open_path(str(path)) and window.session.doc.readonly
    assert len(made) == 1 and made[0].path.exists()
