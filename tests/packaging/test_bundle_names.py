"""The names the one-folder build keeps and leaves out (packaging/bundle_names.py): the Linux ones against the
installed wheels, the Windows checker (make windows-check) against small wheels made here."""

from __future__ import annotations

import importlib.util
import struct
import sys
import zipfile
from pathlib import Path

import pytest

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
sys.path.insert(0, str(PACKAGING))
import bundle_names as names  # noqa: E402
import windows_check  # noqa: E402

PYSIDE = Path(importlib.util.find_spec("PySide6").submodule_search_locations[0])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the installed wheels are Linux ones")
def test_every_linux_plugin_kept_is_in_the_installed_pyside6():
    missing = []
    for folder, stems in names.keep_plugins("linux").items():
        for stem in stems:
            if not (PYSIDE / "Qt" / "plugins" / folder / f"lib{stem}.so").is_file():
                missing.append(f"{folder}/{stem}")
    assert not missing
    for name in names.QT_TRANSLATIONS_KEPT:
        assert (PYSIDE / names.QT_TRANSLATIONS_DIRS["linux"] / name).is_file()
    assert (PYSIDE / names.LRELEASE["linux"]).is_file()


def test_every_module_left_out_exists():
    for module in names.EXCLUDES_QT + names.EXCLUDES_LXML + list(names.COLLECT_AS_FILES):
        assert importlib.util.find_spec(module) is not None, module


def test_the_spec_takes_its_names_from_bundle_names():
    spec = (PACKAGING / "teia.spec").read_text(encoding="utf-8")
    assert "names.EXCLUDES" in spec and "names.keep_plugins(sys.platform)" in spec
    assert "KEEP_PLUGINS = {" not in spec and "EXCLUDES = [" not in spec  # no second list to drift apart


# ----------------------------------------------------------------- the Windows checker, on wheels made here
def make_pe(imports: list[str]) -> bytes:
    """A minimal PE32+ DLL whose import directory names ``imports``."""
    e_lfanew, optional_size = 0x40, 240
    section_rva, section_raw = 0x1000, 0x200
    descriptors = 20 * (len(imports) + 1)
    names_blob, name_rvas = b"", []
    for dll in imports:
        name_rvas.append(section_rva + descriptors + len(names_blob))
        names_blob += dll.encode("ascii") + b"\0"
    body = b"".join(struct.pack("<IIIII", 0, 0, 0, rva, 0) for rva in name_rvas) + b"\0" * 20 + names_blob
    data = bytearray(section_raw + len(body))
    data[0:2] = b"MZ"
    struct.pack_into("<I", data, 0x3C, e_lfanew)
    data[e_lfanew:e_lfanew + 4] = b"PE\0\0"
    struct.pack_into("<HHIIIHH", data, e_lfanew + 4, 0x8664, 1, 0, 0, 0, optional_size, 0x2022)
    optional = e_lfanew + 24
    struct.pack_into("<H", data, optional, 0x20B)
    struct.pack_into("<II", data, optional + 112 + 8, section_rva, len(body))  # data directory 1: imports
    struct.pack_into("<8sIIII", data, optional + optional_size, b".idata", len(body), section_rva, len(body),
                     section_raw)
    data[section_raw:] = body
    return bytes(data)


def make_wheels(folder: Path, *, drop: set[str] = frozenset(), extra: dict[str, bytes] | None = None) -> Path:
    """A PySide6 and a shiboken6 'wheel' holding what the checker looks for (minus ``drop``)."""
    qt = ["qt6core.dll", "shiboken6.abi3.dll", "msvcp140.dll"]
    files: dict[str, bytes] = {
        "PySide6/Qt6Core.dll": make_pe(["KERNEL32.dll", "icuuc.dll", "MSVCP140.dll"]),
        "PySide6/Qt6Gui.dll": make_pe(["Qt6Core.dll"]),
        "PySide6/Qt6Widgets.dll": make_pe(["Qt6Gui.dll", "Qt6Core.dll"]),
        "PySide6/Qt6PrintSupport.dll": make_pe(["Qt6Widgets.dll"]),
        "PySide6/Qt6Svg.dll": make_pe(["Qt6Gui.dll"]),
        "PySide6/pyside6.abi3.dll": make_pe(["Qt6Core.dll", "shiboken6.abi3.dll"]),
        "shiboken6/shiboken6.abi3.dll": make_pe(["python3.dll"]),
        "PySide6/msvcp140.dll": make_pe(["KERNEL32.dll"]),
        f"PySide6/{names.LRELEASE['win32']}": make_pe(qt[:1]),
        "PySide6/opengl32sw.dll": make_pe([]),
        "PySide6/translations/qtbase_ru.qm": b"qm",
        "docx/parts/__init__.py": b"", "docx/templates/default-footer.xml": b"<x/>",
    }
    for module in names.QT_MODULES_USED:
        dll = {"QtCore": "Qt6Core", "QtGui": "Qt6Gui", "QtWidgets": "Qt6Widgets", "QtPrintSupport": "Qt6PrintSupport",
               "QtSvg": "Qt6Svg"}[module]
        files[f"PySide6/{module}.pyd"] = make_pe(["pyside6.abi3.dll", f"{dll}.dll", "python3.dll"])
    for module in names.EXCLUDES_QT:
        files[f"{module.replace('.', '/')}.pyd"] = make_pe([])
    for module in names.EXCLUDES_LXML:
        files[f"{module.replace('.', '/')}.cp311-win_amd64.pyd"] = make_pe([])
    for folder_name, stems in names.keep_plugins("win32").items():
        for stem in stems:
            files[f"PySide6/plugins/{folder_name}/{stem}.dll"] = make_pe(["Qt6Gui.dll", "Qt6Core.dll"])
    files.update(extra or {})
    with zipfile.ZipFile(folder / "pyside6_essentials-6.11.0-cp310-abi3-win_amd64.whl", "w") as z:
        for name, data in files.items():
            if name not in drop and not name.startswith("shiboken6/"):
                z.writestr(name, data)
    with zipfile.ZipFile(folder / "shiboken6-6.11.0-cp310-abi3-win_amd64.whl", "w") as z:
        for name, data in files.items():
            if name not in drop and name.startswith("shiboken6/"):
                z.writestr(name, data)
    return folder


def test_pe_imports_reads_the_import_directory():
    assert windows_check.pe_imports(make_pe(["Qt6Core.dll", "KERNEL32.dll"])) == ["qt6core.dll", "kernel32.dll"]
    assert windows_check.pe_imports(make_pe([])) == []
    with pytest.raises(ValueError):
        windows_check.pe_imports(b"\x7fELF" + b"\0" * 100)


def test_complete_wheels_pass(tmp_path):
    assert windows_check.check(make_wheels(tmp_path)) == []
    assert windows_check.report(tmp_path) == 0


@pytest.mark.parametrize("drop, expected", [
    ("PySide6/plugins/platforms/qwindows.dll", "kept plugin platforms/qwindows"),
    ("PySide6/plugins/styles/qmodernwindowsstyle.dll", "kept plugin styles/qmodernwindowsstyle"),
    ("PySide6/translations/qtbase_ru.qm", "Qt translation qtbase_ru.qm"),
    ("PySide6/opengl32sw.dll", "dropped DLL opengl32sw.dll"),
    ("PySide6/QtNetwork.pyd", "excluded module PySide6.QtNetwork"),
    ("lxml/html.cp311-win_amd64.pyd", "excluded module lxml.html"),
    ("PySide6/Qt6Svg.dll", "links to qt6svg.dll"),  # a kept plugin's dependency would be missing
    ("shiboken6/shiboken6.abi3.dll", "links to shiboken6.abi3.dll"),
    ("PySide6/msvcp140.dll", "the C++ runtime msvcp140.dll"),
    (f"PySide6/{names.LRELEASE['win32']}", "lrelease"),
    ("docx/parts/__init__.py", "docx.parts"),
])
def test_a_missing_name_is_reported(tmp_path, drop, expected):
    problems = windows_check.check(make_wheels(tmp_path, drop={drop}))
    assert any(expected in p for p in problems), problems
    assert windows_check.report(tmp_path) == 1


def test_requirements_come_from_setup_cfg():
    wanted = windows_check.requirements()
    assert any(r.startswith("PySide6-Essentials") for r in wanted) and any(r.startswith("python-docx") for r in wanted)
