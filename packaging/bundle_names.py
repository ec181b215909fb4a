"""What the one-folder build (packaging/teia.spec) keeps and leaves out, by name, per platform.

Kept apart from the spec so that it can be checked without building: tests/packaging/test_bundle_names.py
checks the Linux names against the installed wheels, and ``make windows-check`` (packaging/windows_check.py)
checks the Windows names against the win_amd64 wheels of every dependency.
"""

from __future__ import annotations

import sys

# Python modules never imported by the application; some are pulled in by hooks or optional imports.
EXCLUDES_STDLIB = [
    "tkinter", "_tkinter", "turtle", "pydoc", "doctest", "unittest", "lib2to3", "idlelib", "ensurepip", "venv",
    # The application never uses the network: no TLS (drops OpenSSL); hashlib falls back to its built-in hashes.
    "ssl", "_ssl", "_hashlib",
]
EXCLUDES_TOOLS = ["pytest", "_pytest", "pytestqt", "hypothesis", "PyInstaller", "setuptools", "pkg_resources", "pip"]
# Qt modules of PySide6-Essentials the application does not use (all present in its wheels, checked).
EXCLUDES_QT = [
    "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuickControls2",
    "PySide6.QtSql", "PySide6.QtDesigner", "PySide6.QtHelp", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets",
    "PySide6.QtConcurrent", "PySide6.QtXml", "PySide6.QtUiTools", "PySide6.QtTest", "PySide6.QtDBus",
    "PySide6.QtSvgWidgets",
]
# python-docx and openpyxl use lxml.etree only.
EXCLUDES_LXML = ["lxml.objectify", "lxml.html", "lxml.isoschematron", "lxml.sax", "lxml.builder"]
EXCLUDES = EXCLUDES_STDLIB + EXCLUDES_TOOLS + EXCLUDES_QT + EXCLUDES_LXML

# Qt plugins by folder (file names without lib prefix and extension): only these are shipped.
KEEP_PLUGINS_COMMON = {
    "platforms": {"qoffscreen"},  # the CLI draws the radar chart and the PDFs without a display
    "imageformats": {"qsvg", "qico", "qjpeg"},
    "iconengines": {"qsvgicon"},
}
KEEP_PLUGINS_BY_PLATFORM = {
    # Windows: printing is built into Qt6PrintSupport.dll (Qt 6 has no Windows print plugin), and the
    # native look is the "windows11"/"windowsvista" pair in qmodernwindowsstyle (Qt 6.7 renamed it from
    # qwindowsvistastyle).
    "win32": {"platforms": {"qwindows"}, "styles": {"qmodernwindowsstyle"}},
    "linux": {
        "platforms": {"qxcb"},
        "platforminputcontexts": {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"},
        "platformthemes": {"qxdgdesktopportal"},
        "xcbglintegrations": {"qxcb-glx-integration", "qxcb-egl-integration"},
        "printsupport": {"cupsprintersupport"},
    },
    "darwin": {"platforms": {"qcocoa"}},
}
# Large Windows DLLs only OpenGL/QML use: software OpenGL (Qt 6.8 to 6.11 ship no d3dcompiler_47.dll).
DROP_ALWAYS_WINDOWS = {"opengl32sw.dll"}
# Qt's own translations: only this one is shipped (Qt has none for Kyrgyz; ours is translations/qtbase_ky.ts).
QT_TRANSLATIONS_KEPT = ["qtbase_ru.qm"]
# Where the wheels keep Qt's translations and lrelease, relative to the PySide6 package folder.
QT_TRANSLATIONS_DIRS = {"win32": "translations", "linux": "Qt/translations", "darwin": "Qt/translations"}
LRELEASE = {"win32": "lrelease.exe", "linux": "lrelease", "darwin": "lrelease"}
# Packages shipped as .py files too, because they open files beside their modules.
COLLECT_AS_FILES = {"docx.parts": "pyz+py"}  # python-docx opens docx/parts/../templates/*.xml
# Modules the application imports from PySide6 (their DLLs and the plugins' DLLs must be in the bundle).
QT_MODULES_USED = ["QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtSvg"]


def platform_key(platform: str = sys.platform) -> str:
    return "win32" if platform == "win32" else ("darwin" if platform == "darwin" else "linux")


def keep_plugins(platform: str = sys.platform) -> dict[str, set[str]]:
    """The plugins kept on ``platform``: the common ones and that platform's own."""
    kept = {folder: set(names) for folder, names in KEEP_PLUGINS_COMMON.items()}
    for folder, names in KEEP_PLUGINS_BY_PLATFORM[platform_key(platform)].items():
        kept.setdefault(folder, set()).update(names)
    return kept
