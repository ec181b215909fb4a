"""Where file dialogs start: the user's folders only — never the examples, backups, data or program folder."""

from __future__ import annotations

import sys

from model.app import paths
from model.app import settings as settings_store


def test_the_applications_own_folders_are_not_remembered(tmp_path):
    chosen = settings_store.Settings()
    user = tmp_path / "Мои документы" / "оценки"
    user.mkdir(parents=True)
    chosen.remember_folder(user)
    assert chosen.last_folder == str(user)
    for own in (paths.data_dir() / "examples", paths.backup_dir(), paths.data_dir(), paths.config_dir(),
                paths.log_dir(), paths.program_folder(), paths.program_folder() / "resources"):
        paths.ensure(own)
        chosen.remember_folder(own)
        assert chosen.last_folder == str(user), own
        assert paths.is_application_folder(own)
    assert not paths.is_application_folder(paths.documents_dir())
    assert not paths.is_application_folder(user)


def test_dialogs_start_in_the_documents_folder_when_the_last_one_is_gone_or_the_applications(tmp_path):
    gone = tmp_path / "usb-stick-removed"
    assert paths.user_folder(str(gone)) == paths.documents_dir()
    assert paths.documents_dir().is_dir()  # made, so the dialog really starts there
    assert paths.user_folder(paths.backup_dir()) == paths.documents_dir()
    assert paths.user_folder("") == paths.documents_dir()
    assert paths.user_folder(None) == paths.documents_dir()
    kept = tmp_path / "kept"
    kept.mkdir()
    assert paths.user_folder(kept) == kept
    afile = kept / "a.teia"
    afile.write_bytes(b"")
    assert paths.user_folder(afile) == paths.documents_dir()  # a file is not a folder to start in


def test_a_folder_remembered_by_an_older_version_is_forgotten_on_load():
    stored = settings_store.Settings(last_folder=str(paths.ensure(paths.data_dir() / "examples")))
    settings_store.save(stored)
    assert settings_store.load().last_folder == ""
    assert settings_store.load().start_folder() == paths.documents_dir()


def test_portable_documents_inside_the_program_folder_are_the_users(tmp_path, monkeypatch):
    folder = tmp_path / "stick" / "teia"
    folder.mkdir(parents=True)
    (folder / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "teia.exe"))
    monkeypatch.delenv("TEIA_HOME", raising=False)
    documents = paths.ensure(paths.documents_dir())
    assert documents == folder / "teia-data" / "documents"
    assert not paths.is_application_folder(documents)
    assert not paths.is_application_folder(documents / "2026")
    assert paths.is_application_folder(folder)
    assert paths.is_application_folder(paths.backup_dir())
    assert paths.user_folder(folder) == documents
