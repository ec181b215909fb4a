"""Every writer of a file goes through model.fileio.atomic_write: when the disk refuses the write at the end
(fsync reports the error, as on a pulled stick or a full network drive), the previous file of that name is
exactly as it was and no temporary file is left beside it. tests/safety/test_full_disk_writers.py fills a real
disk for the same promise (where a tmpfs can be mounted); this one runs everywhere and names every writer."""

from __future__ import annotations

import errno
import os
import re
from pathlib import Path

import pytest

from model.catalogue import builtin_catalogue
from model.demo import build_demo
from model.document.assessment import Assessment
from model.errors import DocumentError

ROOT = Path(__file__).resolve().parents[2]
PREVIOUS = b"the previous file, which must survive"

# Where a file may be renamed or a temporary file made, and why it is not a second way of writing a file.
ALLOWED = {
    "model/fileio.py": "atomic_write itself",
    "model/document/store.py": "temp_file_beside: the temporary file of atomic_write",
    "model/document/journal.py": "a foreign journal renamed aside (kept, never written), and a private copy "
                                 "in a temporary folder for reading",
    "model/merge/plan.py": "the other file copied into a temporary folder, only to be read",
}
RENAMES = re.compile(r"os\.replace\(|os\.rename\(|\.rename\(|\.replace\(tmp|mkstemp\(|NamedTemporaryFile\(|"
                     r"mkdtemp\(|TemporaryDirectory\(|shutil\.move\(")


def test_no_file_is_renamed_into_place_outside_atomic_write():
    found = []
    for folder in ("model", "gui", "cli", "render"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            name = path.relative_to(ROOT).as_posix()
            if name in ALLOWED:
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if RENAMES.search(line) and not line.lstrip().startswith("#"):
                    found.append(f"{name}:{number}: {line.strip()}")
    assert found == [], "write files with model.fileio.atomic_write"


@pytest.fixture(scope="module")
def demo_source(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("source") / "demo.teia"
    build_demo(path).close()
    return path


@pytest.fixture
def refusing_disk(monkeypatch):
    """From now on every fsync fails: the disk refuses to confirm what was written."""
    def fsync(fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    def refuse() -> None:
        monkeypatch.setattr(os, "fsync", fsync)
    return refuse


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _write(name: str, source: Path, out: Path, opened: list):
    """The writer called ``name``, writing to ``out``; returns what to call once the disk refuses. Documents
    it opens are put in ``opened`` (closed by the caller)."""
    from model.app import settings as settings_store
    from model.document import backup, recovery

    names = iter(["Асанова", "Үсөнов", "Ңоо"])  # each write says something else: a change would show
    if name == "settings":
        return lambda: settings_store.save(settings_store.Settings(user_name=next(names)))
    if name == "recovery marker":  # None when not written: crash recovery is then unavailable, the work goes on
        return lambda: recovery.set_document(out.with_name(f"{next(names)}.teia"))
    if name == "copy of a document":
        doc = _open(opened, source, readonly=True)
        return lambda: doc.save_copy(out)
    if name == "new document":
        return lambda: Assessment.create(out, builtin_catalogue(), overwrite=True).close()
    if name == "backup":
        doc = _open(opened, source)
        return lambda: backup.make_backup(doc)
    if name == "restore of a backup":
        with Assessment.open(source) as doc:
            made = backup.make_backup(doc)
        return lambda: backup.restore_backup(made, out)
    if name in ("word", "excel"):
        from model.formats import docx, xlsx
        from model.report import build as report

        with Assessment.open(source, readonly=True) as doc:
            content = report.build(doc, "ky")
        return lambda: (docx.write if name == "word" else xlsx.write)(content, out)
    if name == "register workbook":
        from model.register import workbook

        doc = _open(opened, source, readonly=True)
        return lambda: workbook.write_template(doc, out)
    if name == "catalogue workbook":
        from model.catalogue.workbook_export import export_catalogue

        return lambda: export_catalogue(builtin_catalogue(), out)
    if name == "catalogue install":
        from model.catalogue import installed

        editions = iter(range(90, 99))  # another edition each time: the same one is kept once, not written again
        source_json = builtin_catalogue().source_json
        assert '"version": "' in source_json
        return lambda: installed.install_text(source_json.replace('"version": "', f'"version": "{next(editions)}.', 1))
    if name == "next cycle":
        from model.cycle import next_cycle

        return lambda: next_cycle.start_next(source, out)
    raise AssertionError(name)


def _open(opened: list, source: Path, readonly: bool = False) -> Assessment:
    doc = Assessment.open(source, readonly=readonly)
    opened.append(doc)
    return doc


# (writer, the name it writes to: given (out) or its own in the profile, and whether a failure is raised)
WRITERS = [
    ("settings", "profile", False),  # a failure to save settings never stops the work
    ("recovery marker", "profile", False),
    ("copy of a document", "out.teia", True),
    ("new document", "out.teia", True),
    ("backup", "profile", True),
    ("restore of a backup", "restored.teia", True),
    ("word", "out.docx", True),
    ("excel", "out.xlsx", True),
    ("register workbook", "out.xlsx", True),
    ("catalogue workbook", "out.xlsx", True),
    ("catalogue install", "profile", True),
    ("next cycle", "next.teia", True),
]


@pytest.mark.parametrize("name,target,raises", WRITERS, ids=[w[0] for w in WRITERS])
def test_a_refused_write_leaves_the_previous_file_and_no_temporary_file(name, target, raises, demo_source, tmp_path,
                                                                         teia_home, refusing_disk):
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / (target if target != "profile" else "unused")
    if target != "profile" and not target.startswith(("restored", "next")):
        out.write_bytes(PREVIOUS)  # an earlier export (or document) of that name
    opened: list[Assessment] = []
    try:
        write = _write(name, demo_source, out, opened)
        if target == "profile":  # the writer's own earlier file in the profile: written once, then refused
            write()
        before = {"out": _files(folder), "profile": _files(teia_home)}
        refusing_disk()
        if raises:
            with pytest.raises(DocumentError) as refused:
                write()
            assert refused.value.kind == "not_written", refused.value  # refused by the disk, not for another reason
        else:
            assert write() is None  # not written, said by the value, and the work goes on
    finally:
        for doc in opened:
            doc.close()
    assert _files(folder) == before["out"], "the previous file is untouched and nothing is left beside it"
    assert _files(teia_home) == before["profile"]


def test_a_marker_written_before_the_first_paint_is_atomic_without_fsync_and_made_durable_after_it(tmp_path,
                                                                                                   monkeypatch):
    """atomic_write(durable=False) (the session and reopening markers at start-up) still writes a temporary file
    and renames it; make_durable then fsyncs the file and its folder."""
    from model import fileio

    synced: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd))[1])
    target = tmp_path / "marker.json"
    target.write_bytes(PREVIOUS)
    fileio.atomic_write(target, lambda tmp: tmp.write_text("{}", encoding="utf-8"), durable=False)
    assert target.read_text(encoding="utf-8") == "{}" and synced == []
    assert [p.name for p in tmp_path.iterdir()] == ["marker.json"]  # no temporary file left
    assert fileio.make_durable(target) and len(synced) == (2 if os.name == "posix" else 1)  # the file, its folder
    assert not fileio.make_durable(tmp_path / "gone.json")
    fileio.atomic_write(target, lambda tmp: tmp.write_text("[]", encoding="utf-8"))
    assert len(synced) == (4 if os.name == "posix" else 2)  # the default stays durable
