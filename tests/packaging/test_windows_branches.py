"""The code paths that only run on Windows, run here with their Windows branch (os.path as ntpath, platformdirs'
Windows class, a pretend kernel32): drive letters, %LOCALAPPDATA%, device names, the process check, chmod."""

from __future__ import annotations

import ntpath
import os
import sys
import types
from pathlib import PureWindowsPath
from unittest import mock

import platformdirs
import platformdirs.windows
import pytest

from model import APP_ID
from model.app import paths
from model.document import recovery
from model.app import settings
from model.document import store
from model.filenames import file_name_part


# ----------------------------------------------------------------- drive letters (portable mode on a stick)
@pytest.fixture
def stick_on_e(monkeypatch):
    """The built application on drive E: in portable mode, with Windows path rules (ntpath)."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", r"E:\teia-self-assessment\teia-self-assessment.exe")
    monkeypatch.delenv("TEIA_HOME", raising=False)
    monkeypatch.setattr(paths, "portable_root", lambda: PureWindowsPath(r"E:\teia-self-assessment\teia-data"))
    monkeypatch.setattr(paths, "Path", PureWindowsPath)  # what Path is on Windows, for model.app.paths only
    with mock.patch.object(paths.os, "path", ntpath):
        yield r"E:\teia-self-assessment"


def test_a_document_on_the_stick_is_stored_relative_to_it(stick_on_e):
    stored = paths.to_stored(r"E:\teia-self-assessment\teia-data\documents\Оценка 2026.teia")
    assert stored == r"teia-data\documents\Оценка 2026.teia"
    assert paths.to_stored(r"E:\shared\Баалоо.teia") == r"..\shared\Баалоо.teia"


def test_a_document_on_another_drive_stays_absolute(stick_on_e):
    # os.path.relpath refuses paths on two drives (ValueError): the path is kept as it is
    assert paths.to_stored(r"D:\reports\a.teia") == r"D:\reports\a.teia"
    assert paths.to_stored(r"\\server\share\a.teia") == r"\\server\share\a.teia"


def test_a_stored_path_follows_the_stick_to_another_letter(stick_on_e, monkeypatch):
    monkeypatch.setattr(sys, "executable", r"F:\teia-self-assessment\teia-self-assessment.exe")
    assert paths.from_stored(r"teia-data\documents\a.teia") == r"F:\teia-self-assessment\teia-data\documents\a.teia"
    assert paths.from_stored(r"..\shared\b.teia") == r"F:\shared\b.teia"
    assert paths.from_stored(r"D:\reports\a.teia") == r"D:\reports\a.teia"


# ----------------------------------------------------------------- the user's folders through platformdirs
@pytest.fixture
def windows_profile(monkeypatch):
    """platformdirs as on Windows, its known folders read from the environment (its own fallback there)."""
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    monkeypatch.setattr(platformdirs.windows, "_RESOLVE_WIN_FOLDER", platformdirs.windows.get_win_folder_from_env_vars)
    profile = {"APPDATA": r"C:\Users\Айгүл\AppData\Roaming", "LOCALAPPDATA": r"C:\Users\Айгүл\AppData\Local",
               "USERPROFILE": r"C:\Users\Айгүл"}
    for key, value in profile.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("TEIA_HOME", raising=False)
    monkeypatch.delattr(sys, "frozen", raising=False)
    # platformdirs creates no folder for these calls; nothing is written to the pretend C: drive
    return profile


def test_settings_backups_and_logs_live_in_localappdata(windows_profile):
    local = windows_profile["LOCALAPPDATA"]
    assert str(paths.config_dir()) == os.path.join(local, APP_ID)  # no author folder: appauthor=False
    assert paths.data_dir() == paths.config_dir()  # on Windows they are one folder...
    assert settings.settings_file().name == "settings.json"
    assert paths.backup_dir() == paths.data_dir() / "backups"  # ...whose entries do not collide
    assert recovery.sessions_dir().parent == paths.data_dir() and recovery.sessions_dir() != paths.backup_dir()
    assert str(paths.log_dir()) == os.path.join(local, APP_ID, "Logs")
    assert windows_profile["APPDATA"] not in str(paths.config_dir())  # not roaming: backups stay on the laptop


def test_documents_are_offered_in_the_users_documents_folder(windows_profile):
    assert str(paths.documents_dir()) == os.path.normpath(os.path.join(windows_profile["USERPROFILE"], "Documents"))


# ----------------------------------------------------------------- names Windows refuses
@pytest.mark.parametrize("text", ["CON", "con", "PRN.pdf", "aux.teia", "NUL", "nul .txt", "COM1", "com9.docx",
                                  "LPT1", "Lpt5.xlsx", "COM¹"])
def test_device_names_never_become_a_file_name(text):
    name = file_name_part(text)
    stem = name.split(".")[0].strip().upper()
    assert stem not in {"CON", "PRN", "AUX", "NUL"} | {f"COM{i}" for i in "0123456789¹²³"} | \
        {f"LPT{i}" for i in "0123456789¹²³"}, name
    assert text.lstrip("_").lower() in name.lower()  # the words are kept, only marked


@pytest.mark.parametrize("text", ["CONSOLE", "Конференция", "AUXILIARY", "COM10", "LPT", "nul-report"])
def test_words_that_only_start_like_a_device_are_left_alone(text):
    assert file_name_part(text) == text


# ----------------------------------------------------------------- is the process of a marker still running?
class _Kernel32:
    def __init__(self, handle: int, exit_code: int) -> None:
        self.handle, self.exit_code, self.closed = handle, exit_code, []

    def OpenProcess(self, access, inherit, pid):  # noqa: N802 (the Windows API's names)
        assert access == 0x1000 and inherit is False
        return self.handle

    def GetExitCodeProcess(self, handle, code_ref):  # noqa: N802
        code_ref._obj.value = self.exit_code
        return 1

    def CloseHandle(self, handle):  # noqa: N802
        self.closed.append(handle)
        return 1


@pytest.mark.parametrize("handle, exit_code, alive", [(77, 259, True), (77, 0, False), (0, 259, False)])
def test_process_alive_asks_kernel32_on_windows(monkeypatch, handle, exit_code, alive):
    import ctypes

    kernel32 = _Kernel32(handle, exit_code)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(ctypes, "windll", types.SimpleNamespace(kernel32=kernel32), raising=False)
    monkeypatch.setattr(recovery.os, "kill", mock.Mock(side_effect=AssertionError("os.kill is POSIX only")))
    assert recovery.process_alive(os.getpid() + 100000) is alive
    assert kernel32.closed == ([handle] if handle else [])  # every opened handle is closed


# ----------------------------------------------------------------- file permissions
def test_temporary_files_are_not_chmodded_on_windows(tmp_path, monkeypatch):
    chmod = mock.Mock()
    # store's own view of os says Windows (os.name itself stays: pathlib would make WindowsPaths)
    windows_os = types.SimpleNamespace(**{k: getattr(os, k) for k in dir(os) if not k.startswith("__")})
    windows_os.name, windows_os.chmod = "nt", chmod
    monkeypatch.setattr(store, "os", windows_os)
    temp = store.temp_file_beside(tmp_path / "a.teia", prefix=".a-")
    assert temp.exists() and temp.parent == tmp_path
    chmod.assert_not_called()  # Windows has no POSIX modes; the file keeps the folder's ACL


def test_a_window_can_open_on_windows_without_display_variables(monkeypatch):
    from gui import app

    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    assert app.has_display()
