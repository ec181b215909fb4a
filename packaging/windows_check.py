"""Check the Windows build's names against the Windows wheels themselves, without Windows (make windows-check).

Downloads the win_amd64 wheels of every dependency for Python 3.11 (pip download, into a temporary folder,
unless --wheels names a folder that has them) and checks that what packaging/teia.spec keeps, leaves out or
reads by name (bundle_names.py) exists in them under that name:

- every Qt plugin kept on Windows, Qt's translation shipped, lrelease.exe, the DLLs always dropped;
- every Python module excluded (PySide6 modules, lxml parts) and the package collected as files;
- the DLLs of the Qt modules the application imports, and every Qt DLL that those, the kept plugins and
  shiboken link to (read from the PE import tables), so that the spec's pruning keeps a working set; and
  the Microsoft C++ runtime DLLs they link to. (Qt 6.11's Qt6Core.dll also links to icuuc.dll, the ICU
  that Windows 10 includes since version 1903; the Windows system DLLs are not checked.)

Prints one line per problem and exits 1 if there is any. Needs the network (pip), so it is not part of
make test; the same names for Linux are checked offline by tests/packaging/test_bundle_names.py.
"""

from __future__ import annotations

import argparse
import re
import struct
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_names as names  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def requirements() -> list[str]:
    """install_requires from setup.cfg."""
    text = (ROOT / "setup.cfg").read_text(encoding="utf-8")
    block = re.search(r"^install_requires\s*=\s*\n((?:[ \t]+\S.*\n)+)", text, re.M)
    return [line.strip() for line in block.group(1).splitlines() if line.strip()] if block else []


def download(folder: Path, pyside: str | None = None, python: str = sys.executable) -> None:
    """pip download the win_amd64 wheels of setup.cfg's requirements (``pyside``: another PySide6 pin)."""
    wanted = [r for r in requirements() if not (pyside and r.lower().startswith("pyside6"))]
    wanted += [pyside] if pyside else []
    subprocess.run([python, "-m", "pip", "download", "--quiet", "--only-binary=:all:", "--platform", "win_amd64",
                    "--python-version", "3.11", "--implementation", "cp", "-d", str(folder), *wanted], check=True)


def wheel_files(folder: Path) -> dict[str, bytes | None]:
    """Every file of every wheel in ``folder``: path inside the wheel -> None (contents read on demand)."""
    files: dict[str, bytes | None] = {}
    for wheel in sorted(folder.glob("*.whl")):
        with zipfile.ZipFile(wheel) as z:
            for name in z.namelist():
                files[name] = None
    return files


def read_member(folder: Path, member: str) -> bytes:
    for wheel in sorted(folder.glob("*.whl")):
        with zipfile.ZipFile(wheel) as z:
            if member in z.namelist():
                return z.read(member)
    raise KeyError(member)


def pe_imports(data: bytes) -> list[str]:
    """The DLL names a Windows executable or DLL imports (its import directory), lower case."""
    if data[:2] != b"MZ":
        raise ValueError("not a PE file")
    pe = struct.unpack_from("<I", data, 0x3C)[0]
    if data[pe:pe + 4] != b"PE\0\0":
        raise ValueError("no PE signature")
    sections_count = struct.unpack_from("<H", data, pe + 6)[0]
    optional_size = struct.unpack_from("<H", data, pe + 20)[0]
    optional = pe + 24
    magic = struct.unpack_from("<H", data, optional)[0]
    directories = optional + (112 if magic == 0x20B else 96)  # PE32+ or PE32
    import_rva = struct.unpack_from("<I", data, directories + 8)[0]  # data directory 1: imports
    sections = []
    table = optional + optional_size
    for i in range(sections_count):
        _name, vsize, vaddr, rawsize, rawptr = struct.unpack_from("<8sIIII", data, table + 40 * i)
        sections.append((vaddr, max(vsize, rawsize), rawptr))

    def offset(rva: int) -> int:
        for vaddr, size, rawptr in sections:
            if vaddr <= rva < vaddr + size:
                return rawptr + rva - vaddr
        raise ValueError(f"address {rva:#x} outside the sections")

    found = []
    if not import_rva:
        return found
    position = offset(import_rva)
    while True:
        entry = struct.unpack_from("<IIIII", data, position)
        if not any(entry):
            break
        name_at = offset(entry[3])
        found.append(data[name_at:data.index(b"\0", name_at)].decode("ascii").lower())
        position += 20
    return found


def check(folder: Path) -> list[str]:
    """The problems found in the wheels in ``folder`` (empty: every name is there)."""
    files = wheel_files(folder)
    lower = {name.lower(): name for name in files}
    problems = []
    pyside = "PySide6/"
    if not any(name.startswith(pyside) for name in files):
        return ["no PySide6 win_amd64 wheel in the folder"]

    for folder_name, stems in sorted(names.keep_plugins("win32").items()):
        for stem in sorted(stems):
            path = f"{pyside}plugins/{folder_name}/{stem}.dll"
            if path not in files:
                problems.append(f"kept plugin {folder_name}/{stem}: {path} is not in the wheels")
    for dll in sorted(names.DROP_ALWAYS_WINDOWS):
        if f"{pyside}{dll}".lower() not in lower:
            problems.append(f"dropped DLL {dll}: not in the wheels (remove it from DROP_ALWAYS_WINDOWS)")
    for qm in names.QT_TRANSLATIONS_KEPT:
        path = f"{pyside}{names.QT_TRANSLATIONS_DIRS['win32']}/{qm}"
        if path not in files:
            problems.append(f"Qt translation {qm}: {path} is not in the wheels")
    if f"{pyside}{names.LRELEASE['win32']}" not in files:
        problems.append(f"lrelease: {pyside}{names.LRELEASE['win32']} is not in the wheels")

    def module_present(module: str) -> bool:
        base = module.replace(".", "/")
        return (f"{base}/__init__.py" in files or f"{base}.py" in files
                or any(re.fullmatch(re.escape(base) + r"(\.cp\d+-win_amd64|\.abi3)?\.pyd", n) for n in files)
                or f"{base}.pyd" in files)

    for module in names.EXCLUDES_QT + names.EXCLUDES_LXML:
        if not module_present(module):
            problems.append(f"excluded module {module}: not in the wheels (remove it from the excludes)")
    for package in names.COLLECT_AS_FILES:
        if not module_present(package):
            problems.append(f"package collected as files {package}: not in the wheels")
    if "docx/templates/default-footer.xml" not in files:
        problems.append("python-docx's templates (docx/templates/*.xml) are not where docx/parts expects them")

    # The Qt DLLs the application needs: those of the modules it imports, and everything they, the kept
    # plugins and shiboken link to, must exist (the spec keeps a Qt DLL only when something links to it).
    roots = [f"{pyside}{module}.pyd" for module in names.QT_MODULES_USED]
    roots += [f"{pyside}plugins/{f}/{stem}.dll" for f, stems in names.keep_plugins("win32").items()
              for stem in stems if f"{pyside}plugins/{f}/{stem}.dll" in files]
    for root in roots:
        if root not in files:
            problems.append(f"module {root} is not in the wheels")
    seen: set[str] = set()
    todo = [r for r in roots if r in files]
    while todo:
        member = todo.pop()
        if member in seen:
            continue
        seen.add(member)
        try:
            imports = pe_imports(read_member(folder, member))
        except (ValueError, struct.error, KeyError) as error:
            problems.append(f"{member}: cannot read its imports ({error})")
            continue
        for dll in imports:
            if dll.startswith(("msvcp", "vcruntime", "concrt")):  # the C++ runtime the wheels bring along
                if f"pyside6/{dll}" not in lower and f"shiboken6/{dll}" not in lower:
                    problems.append(f"{member} links to the C++ runtime {dll}, which the wheels do not bring")
            if dll.startswith(("qt6", "shiboken6", "pyside6")):
                match = next((lower[n] for n in (f"pyside6/{dll}", f"shiboken6/{dll}") if n in lower), None)
                if match is None:
                    problems.append(f"{member} links to {dll}, which is not in the wheels")
                else:
                    todo.append(match)
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wheels", help="a folder with the win_amd64 wheels (default: download them into a "
                                         "temporary folder)")
    parser.add_argument("--pyside", help='another PySide6 requirement, e.g. "PySide6-Essentials==6.8.*" (the '
                                         "lowest version setup.cfg allows)")
    args = parser.parse_args(argv)
    if args.wheels:
        folder = Path(args.wheels)
        if not any(folder.glob("*.whl")):
            folder.mkdir(parents=True, exist_ok=True)
            download(folder, args.pyside)
        return report(folder)
    with tempfile.TemporaryDirectory(prefix="teia-win-wheels-") as tmp:
        download(Path(tmp), args.pyside)
        return report(Path(tmp))


def report(folder: Path) -> int:
    wheels = sorted(p.name for p in folder.glob("*.whl"))
    print(f"Windows wheels checked ({len(wheels)}): {', '.join(wheels)}")
    problems = check(folder)
    for problem in problems:
        print(f"  PROBLEM: {problem}")
    if problems:
        print(f"{len(problems)} problem(s): packaging/bundle_names.py names what the Windows wheels do not have.")
        return 1
    print("Every plugin, translation, DLL and module packaging/teia.spec names exists in the Windows wheels, "
          "and every Qt DLL the kept parts link to is there.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
