"""The model's user-visible sentences are written once, marked for lupdate, and translated into ru and ky.

model/errors.py, model/problems.py and the other marked modules hold each sentence in English inside
QT_TRANSLATE_NOOP; gui/messages.py only looks them up. These tests fail when a sentence is left unmarked, has no
Russian or Kyrgyz, or is written a second time in the interface (the copy that drifted before).
"""

from __future__ import annotations

import ast
import subprocess
from pathlib import Path

import pytest

from model import problems
from model.errors import CatalogueError, DocumentError, WorkbookError
from model.formats.import_review import ImportWarning
from model.register.annex1 import Annex1Error
from model.register.tailings import TailingsMethodError
from tests.test_translations import ROOT, TRANSLATIONS, live, marked_model_sources, read_ts

# Every template the model shows a person, with the context it is translated in.
TEMPLATES = sorted(
    {("Errors", t) for t in (*DocumentError.TEMPLATES.values(), *WorkbookError.TEMPLATES.values())}
    | {("Errors", cls.template) for cls in (CatalogueError, Annex1Error, TailingsMethodError)}
    | {(problems.CONTEXT, t) for t in (*problems.PROBLEMS.values(), *problems.TYPE_NAMES.values(),
                                       problems.TYPE_JOINER)}
    | {(ImportWarning.CONTEXT, t) for t in ImportWarning.TEMPLATES.values()})


def marked(paths: list[Path]) -> list[tuple[str, str, Path]]:
    """(context, source, file) of every literal QT_TRANSLATE_NOOP call in ``paths``."""
    found = []
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP"
                    and len(node.args) == 2 and all(isinstance(a, ast.Constant) for a in node.args)):
                found.append((node.args[0].value, node.args[1].value, path))
    return found


def python_files(*folders: str) -> list[Path]:
    return sorted(path for folder in folders for path in (ROOT / folder).rglob("*.py"))


def test_every_model_template_is_marked_for_lupdate():
    marks = {(context, source) for context, source, _ in marked(python_files("model"))}
    unmarked = [t for t in TEMPLATES if t not in marks]
    assert not unmarked, f"templates lupdate cannot see (wrap them in QT_TRANSLATE_NOOP): {unmarked}"


def test_the_makefile_runs_lupdate_over_every_marked_model_file():
    files = {path for _, _, path in marked(python_files("model"))}
    assert files and files == set(marked_model_sources())
    command = subprocess.run(["make", "-n", "-s", "lupdate"], cwd=ROOT, capture_output=True, text=True, check=True)
    line = next(line for line in command.stdout.splitlines() if "pyside6-lupdate" in line and "teia_ru.ts" in line)
    missing = [str(path.relative_to(ROOT)) for path in files if str(path.relative_to(ROOT)) not in line.split()]
    assert not missing, f"the Makefile's lupdate line does not read {missing}"


@pytest.mark.parametrize("lang", ["ru", "ky"])
def test_every_model_template_is_translated(lang):
    entries = {(e["context"], e["source"]): e for e in live(read_ts(TRANSLATIONS / f"teia_{lang}.ts"))}
    absent = [t for t in TEMPLATES if t not in entries]
    assert not absent, f"teia_{lang}.ts lacks (run make lupdate): {absent}"
    english_left = [t for t in TEMPLATES if entries[t]["type"] == "unfinished" or not entries[t]["forms"][0].strip()
                    or entries[t]["forms"][0] == t[1]]
    assert not english_left, f"not translated into {lang}: {english_left}"


def test_no_model_sentence_is_written_again_in_the_interface_or_the_command_line():
    """A second copy of a model sentence is how the two catalogues drifted: only the model writes it."""
    sentences = {source for _, source in TEMPLATES}
    copies = []
    for path in python_files("gui", "render", "cli"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and node.value in sentences:
                copies.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value!r}")
    assert not copies, "written again outside the model:\n" + "\n".join(copies)


def test_the_interface_keeps_no_sentence_per_error_kind():
    """A dictionary of translated sentences keyed by the model's kinds or codes is a second catalogue, even when
    its sentences have already drifted from the model's (so equal text would not find it)."""
    kinds = set(DocumentError.TEMPLATES) | set(WorkbookError.TEMPLATES) | set(problems.PROBLEMS) | set(
        ImportWarning.TEMPLATES)
    catalogues = []
    for path in python_files("gui", "render", "cli"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Dict):
                continue
            keyed = [k.value for k, v in zip(node.keys, node.values)
                     if isinstance(k, ast.Constant) and k.value in kinds and isinstance(v, ast.Call)
                     and getattr(v.func, "attr", None) in ("translate", "tr")]
            if len(keyed) >= 3:
                catalogues.append(f"{path.relative_to(ROOT)}:{node.lineno}: {keyed}")
    assert not catalogues, "sentences per kind outside the model:\n" + "\n".join(catalogues)


def test_a_sentence_is_marked_in_one_place_only():
    places: dict[tuple[str, str], set[Path]] = {}
    for context, source, path in marked(python_files("model")):
        places.setdefault((context, source), set()).add(path)
    twice = {key: sorted(str(p.relative_to(ROOT)) for p in paths) for key, paths in places.items() if len(paths) > 1}
    assert not twice, f"marked in two modules (keep one and import it): {twice}"


def test_the_english_sentence_is_the_template_filled_in():
    error = DocumentError("too_large", name="report.pdf", size=31_981_568, limit=30 * 1048576)
    assert str(error) == "The file report.pdf is 30.5 MB; attachments can be at most 30 MB each."
    rows = WorkbookError("too_many_rows", file="a.xlsx", sheet="Indicators", limit=5000)
    assert "more than 5000 rows" in str(rows)  # a row limit is a number, not a size
    assert problems.sentence("type", {"expected": "string | null", "found": "object"}) == (
        "expected a text or null (nothing), found an object {…}")
    assert ImportWarning("deleted_row", {"target": "A-1"}).english().startswith("Action A-1 was deleted")
