"""Portable mode as model.app.paths sees it, with a pretend frozen executable (the built folder is tested in test_frozen)."""

from __future__ import annotations

import os
import sys

import pytest

from model.app import paths
from model.app import settings


@pytest.fixture
def frozen_folder(tmp_path, monkeypatch):
    """A folder holding a pretend built executable; sys.frozen/sys.executable point at it."""
    folder = tmp_path / "stick" / "teia-self-assessment"
    folder.mkdir(parents=True)
    exe = folder / "teia-self-assessment.exe"
    exe.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    monkeypatch.delenv("TEIA_HOME", raising=False)
    return folder


def test_from_the_sources_there_is_no_portable_mode(tmp_path, monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.delenv("TEIA_HOME", raising=False)
    (tmp_path / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    assert paths.app_folder() is None
    assert paths.portable_root() is None


def test_frozen_without_marker_uses_the_profile(frozen_folder):
    assert paths.app_folder() == frozen_folder
    assert paths.portable_root() is None
    assert frozen_folder not in paths.config_dir().parents


def test_marker_puts_every_folder_beside_the_executable(frozen_folder):
    (frozen_folder / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    data = frozen_folder / "teia-data"
    assert paths.portable_root() == data
    assert paths.config_dir() == data / "config"
    assert paths.data_dir() == data / "data"
    assert paths.backup_dir() == data / "data" / "backups"
    assert paths.log_dir() == data / "logs"
    assert paths.documents_dir() == data / "documents"
    assert settings.settings_file() == data / "config" / "settings.json"


def test_a_folder_named_like_the_marker_is_not_a_marker(frozen_folder):
    (frozen_folder / paths.PORTABLE_MARKER).mkdir()
    assert paths.portable_root() is None


def test_teia_home_wins_over_the_marker(frozen_folder, tmp_path, monkeypatch):
    (frozen_folder / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    monkeypatch.setenv("TEIA_HOME", str(tmp_path / "training-room"))
    assert paths.config_dir() == tmp_path / "training-room" / "config"
    document = frozen_folder / "teia-data" / "documents" / "a.teia"
    assert paths.to_stored(document) == str(document)


def test_portable_paths_are_stored_relative_and_follow_the_stick(frozen_folder, tmp_path, monkeypatch):
    (frozen_folder / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    inside = frozen_folder / "teia-data" / "documents" / "Оценка 2026.teia"
    beside = frozen_folder.parent / "shared" / "Баалоо ңөү.teia"
    stored_inside, stored_beside = paths.to_stored(inside), paths.to_stored(beside)
    assert stored_inside == os.path.join("teia-data", "documents", "Оценка 2026.teia")
    assert stored_beside == os.path.join("..", "shared", "Баалоо ңөү.teia")
    # The next office mounts the stick elsewhere: the same stored text finds the files there.
    moved = tmp_path / "other-mount" / "teia-self-assessment"
    moved.mkdir(parents=True)
    monkeypatch.setattr(sys, "executable", str(moved / "teia-self-assessment.exe"))
    assert paths.from_stored(stored_inside) == str(moved / "teia-data" / "documents" / "Оценка 2026.teia")
    assert paths.from_stored(stored_beside) == str(moved.parent / "shared" / "Баалоо ңөү.teia")


def test_stored_paths_stay_absolute_outside_portable_mode(frozen_folder):
    document = frozen_folder.parent / "a.teia"
    assert paths.to_stored(document) == str(document)
    assert paths.from_stored(str(document)) == str(document)
    assert paths.to_stored("") == "" and paths.from_stored("") == ""


@pytest.mark.skipif(sys.platform != "win32", reason="drive letters exist on Windows only")
def test_a_document_on_another_drive_stays_absolute(frozen_folder):
    (frozen_folder / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    drive = "D:" if not str(frozen_folder).upper().startswith("D:") else "E:"
    other = drive + "\\reports\\a.teia"
    assert paths.to_stored(other) == other
