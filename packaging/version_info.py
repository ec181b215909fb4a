"""Windows version information (Explorer > Properties > Details) generated from model.__version__.

PyInstaller reads a version file written in its own Python-like syntax (``VSVersionInfo(...)``); the
spec writes this text into the build folder and passes the file to EXE(version=...). Other platforms
ignore it.
"""

from __future__ import annotations

import re

COMPANY = "TEIA Self-Assessment project"
DESCRIPTION = "TEIA Self-Assessment - self-assessment and action plan under the UNECE Industrial Accidents Convention"
COPYRIGHT = "MIT licence"


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """'0.1.0' -> (0, 1, 0, 0); pre-release suffixes ('1.2.0rc1', '1.2.dev3') are dropped."""
    numbers = [int(part) for part in re.findall(r"\d+", version.split("+")[0].split("rc")[0].split(".dev")[0])]
    if not numbers:
        raise ValueError(f"no version number in {version!r}")
    numbers = (numbers + [0, 0, 0, 0])[:4]
    if any(n > 0xFFFF for n in numbers):
        raise ValueError(f"a Windows version number holds at most 65535 per part: {version!r}")
    return tuple(numbers)  # type: ignore[return-value]


def version_file_text(version: str, product: str, exe_name: str) -> str:
    v = version_tuple(version)

    def s(text: str) -> str:
        return repr(text)

    strings = [
        ("CompanyName", COMPANY),
        ("FileDescription", DESCRIPTION),
        ("FileVersion", version),
        ("InternalName", exe_name),
        ("LegalCopyright", COPYRIGHT),
        ("OriginalFilename", exe_name + ".exe"),
        ("ProductName", product),
        ("ProductVersion", version),
    ]
    struct_lines = ",\n          ".join(f"StringStruct({s(k)}, {s(val)})" for k, val in strings)
    # 0x0409 = English (United States), 1200 = Unicode: the language block Explorer shows by default.
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={v},
    prodvers={v},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [{struct_lines}])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""
