"""The build helpers in packaging/: the Windows version resource and the icon files, checked without building."""

from __future__ import annotations

import importlib.util
import struct
import sys
import types
from pathlib import Path

import pytest

from model import __version__

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"teia_packaging_{name}", PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


version_info = _load("version_info")
make_icons = _load("make_icons")


@pytest.mark.parametrize("text, expected", [("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)),
                                            ("2.10.3rc1", (2, 10, 3, 0)), ("1.0.0.dev4", (1, 0, 0, 0)),
                                            ("3.4.5.6+local", (3, 4, 5, 6))])
def test_version_tuple(text, expected):
    assert version_info.version_tuple(text) == expected


def test_version_tuple_refuses_what_windows_cannot_hold():
    with pytest.raises(ValueError):
        version_info.version_tuple("70000.1")
    with pytest.raises(ValueError):
        version_info.version_tuple("final")


@pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None, reason="PyInstaller is not installed")
def test_pyinstaller_reads_the_version_file_and_builds_the_resource(tmp_path, monkeypatch):
    import PyInstaller.compat

    # pefile and win32api only patch executables on Windows; the parser and the encoder are plain Python.
    if importlib.util.find_spec("pefile") is None:
        monkeypatch.setitem(sys.modules, "pefile", types.ModuleType("pefile"))
    if not hasattr(PyInstaller.compat, "win32api"):
        monkeypatch.setattr(PyInstaller.compat, "win32api", None, raising=False)
    from PyInstaller.utils.win32 import versioninfo

    path = tmp_path / "version.txt"
    path.write_text(version_info.version_file_text(__version__, "TEIA Self-Assessment", "teia-cli"),
                    encoding="utf-8")
    info = versioninfo.load_version_info_from_text_file(str(path))
    assert info.toRaw()  # encodes (the decoder assumes Windows' 4-byte longs, so no round trip here)
    major, minor, patch, build = version_info.version_tuple(__version__)
    assert (info.ffi.fileVersionMS, info.ffi.fileVersionLS) == ((major << 16) | minor, (patch << 16) | build)
    assert info.ffi.productVersionMS == info.ffi.fileVersionMS
    table = info.kids[0].kids[0]
    strings = {entry.name: entry.val for entry in table.kids}
    assert strings["OriginalFilename"] == "teia-cli.exe"
    assert strings["ProductVersion"] == strings["FileVersion"] == __version__
    assert strings["ProductName"] == "TEIA Self-Assessment"


def test_icons_are_rendered_from_the_svg(tmp_path, qapp):
    from PySide6.QtGui import QImage

    made = make_icons.make_icons(tmp_path)
    png = QImage(str(made["png"]))
    assert (png.width(), png.height()) == (256, 256)
    assert png.pixelColor(128, 20).name() == "#1f4e79"  # the blue tile of teia.svg, not a blank image
    data = made["ico"].read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    sizes = []
    for i in range(count):
        width, height, _c, _r, _p, _b, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        image = QImage.fromData(data[offset:offset + length], "PNG")
        assert (image.width(), image.height()) == ((width or 256), (height or 256))
        sizes.append(image.width())
    assert sizes == sorted(make_icons.ICO_SIZES)
    # Qt's own .ico reader (the imageformats plugin shipped in the build) opens it too.
    assert not QImage(str(made["ico"])).isNull()
