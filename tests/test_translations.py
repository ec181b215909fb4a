"""The Qt Linguist files: complete, current with the code, Kyrgyz not copied from Russian, terms as agreed."""

from __future__ import annotations

import ast
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")
NUMERUS_FORMS = {"ru": 3, "ky": 2}  # what lrelease uses: ru one/few/many, ky one/other (checked in test_i18n)

# Strings whose Kyrgyz is rightly the same as the Russian. Keep this tiny; each needs a reason.
SAME_IN_KY_AND_RU = {
    "&File",  # «Файл» is the usual Kyrgyz word for a file menu as well (e.g. Kyrgyz office software)
    "A4",  # a paper format's name
    " mm",  # the unit «мм» is written the same in both
    "{0}  ({1} KB)",  # a file name and its size; «КБ» is the unit in both
    "S {group} = {formula} = {value}",  # a formula: the group's name is filled in, in the content language
    "Operator", "District", "Energy", "Metallurgy",  # «оператор», «район», «энергетика», «металлургия» in both
    "CAS",  # the name of the chemical registry
    "Authority",  # «орган» in both (a contributing authority's column)
}

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d")

# Official terms (translations/glossary.tsv): when the English has the term, the translation must use
# it. Stems, because Russian and Kyrgyz inflect.
TERMS = [
    (r"self-assessment", "самостоятельн", "өз алдынча баало"),
    (r"\bindicators?\b", "показател", "көрсөткүч"),
    (r"\baction plan\b", "план", "план"),
    (r"\bevidence\b", "подтверждающ", "тастыктоочу далил"),
    (r"\bgaps?\b", "пробел", "кемчилик"),
    (r"responsible authority", "ответственный орган", "жооптуу орган"),
    (r"\bareas?\b", "област", "чөйрө"),
    (r"\bcriteri(a|on)\b", "критери", "критери"),
    # issue 14: one word per concept (translations/glossary.tsv)
    (r"^&?help$", "справк", "маалымкат"),
    (r"\bactions?\b(?! p&?lan)(?!: \{)", "действ", "иш-чара"),
    (r"\blead authority\b|^lead$", "ведущ", "жетектөөчү"),
    (r"\bhazardous activit", "опасн", "коркунучтуу ишмердүүл"),
    (r"\bnot applicable\b", "не применим", "колдонулбайт"),
    (r"\bcross-cutting\b", "сквозн", "тармактар аралык"),
]


def marked_model_sources() -> list[Path]:
    """The model modules that mark sentences with QT_TRANSLATE_NOOP (the Makefile's lupdate finds them alike)."""
    return sorted(path for path in (ROOT / "model").rglob("*.py")
                  if path.name != "languages.py" and "QT_TRANSLATE_NOOP" in path.read_text(encoding="utf-8"))


def sources() -> list[Path]:
    """What lupdate must cover: every module of the interface (tracked or not yet), the model modules that
    mark their sentences, and main.py."""
    return (sorted((ROOT / "gui").glob("*.py")) + sorted((ROOT / "gui").glob("*/*.py")) + marked_model_sources()
            + [ROOT / "main.py"])


def read_ts(path: Path) -> list[dict]:
    entries = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.findall("numerusform")]
            entries.append({
                "context": name, "source": message.findtext("source") or "",
                "numerus": message.get("numerus") == "yes", "type": translation.get("type"),
                "forms": forms if forms else [translation.text or ""],
            })
    return entries


def live(entries: list[dict]) -> list[dict]:
    return [e for e in entries if e["type"] not in ("vanished", "obsolete")]


def plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


@pytest.fixture(scope="module")
def teia() -> dict[str, list[dict]]:
    return {lang: live(read_ts(TRANSLATIONS / f"teia_{lang}.ts")) for lang in ("ru", "ky")}


@pytest.mark.parametrize("lang", ["ru", "ky"])
def test_every_entry_is_finished_and_not_empty(teia, lang):
    assert len(teia[lang]) > 100
    bad = [f"[{e['context']}] {e['source']!r}" for e in teia[lang]
           if e["type"] == "unfinished" or any(not form.strip() for form in e["forms"])]
    assert not bad, f"unfinished or empty in teia_{lang}.ts:\n" + "\n".join(bad)


@pytest.mark.parametrize("lang", ["ru", "ky"])
def test_plurals_have_the_forms_of_the_language(teia, lang):
    bad = [f"[{e['context']}] {e['source']!r}: {len(e['forms'])} forms" for e in teia[lang]
           if e["numerus"] and len(e["forms"]) != NUMERUS_FORMS[lang]]
    assert not bad, "\n".join(bad)


def test_both_files_hold_the_same_sources(teia):
    keys = {lang: {(e["context"], e["source"]) for e in entries} for lang, entries in teia.items()}
    assert keys["ru"] == keys["ky"]


def test_kyrgyz_is_not_a_copy_of_russian(teia):
    ru = {(e["context"], e["source"]): e["forms"] for e in teia["ru"]}
    copied = [f"[{e['context']}] {e['source']!r} = {e['forms'][0]!r}" for e in teia["ky"]
              if ru.get((e["context"], e["source"])) == e["forms"] and e["source"] not in SAME_IN_KY_AND_RU]
    assert not copied, "Kyrgyz identical to Russian:\n" + "\n".join(copied)


def test_kyrgyz_uses_kyrgyz_letters_somewhere(teia):
    # A whole file in Russian spelling would pass the copy test if it were only slightly reworded.
    kyrgyz = [e for e in teia["ky"] if re.search("[ңөүҢӨҮ]", "".join(e["forms"]))]
    assert len(kyrgyz) > len(teia["ky"]) / 3


@pytest.mark.parametrize("name", ["teia_ru.ts", "teia_ky.ts", "qtbase_ky.ts", "qtbase_extra_ru.ts"])
def test_placeholders_and_accelerators_are_kept(name):
    bad = []
    for e in live(read_ts(TRANSLATIONS / name)):
        wanted = sorted(p for p in PLACEHOLDER.findall(e["source"]) if not (e["numerus"] and p == "%n"))
        for form in e["forms"]:
            got = sorted(p for p in PLACEHOLDER.findall(form) if not (e["numerus"] and p == "%n"))
            if got != wanted:
                bad.append(f"[{e['context']}] {e['source']!r}: placeholders {wanted} -> {got}")
            if e["source"].replace("&&", "").count("&") != form.replace("&&", "").count("&"):
                bad.append(f"[{e['context']}] {e['source']!r}: accelerator & in {form!r}")
    assert not bad, "\n".join(bad)


def test_official_terms_are_used(teia):
    bad = []
    for lang, column in (("ru", 1), ("ky", 2)):
        for e in teia[lang]:
            text = plain(" ".join(e["forms"])).lower()
            for term in TERMS:
                if re.search(term[0], e["source"], re.IGNORECASE) and term[column] not in text:
                    bad.append(f"{lang} [{e['context']}] {e['source']!r}: expected «{term[column]}…» in {text!r}")
            if lang == "ru" and "самооценк" in text:
                bad.append(f"ru {e['source']!r}: «самооценка» is not the official term")
    assert not bad, "\n".join(bad)


def test_ts_files_are_current_with_the_code(tmp_path):
    """Running lupdate over the sources now must not add a single string to the committed files."""
    assert LUPDATE.exists(), f"{LUPDATE} is missing (pip install pyside6)"
    copies = []
    for lang in ("ru", "ky"):
        copy = tmp_path / f"teia_{lang}.ts"
        shutil.copy(TRANSLATIONS / copy.name, copy)
        copies.append(copy)
    subprocess.run([str(LUPDATE), "-no-obsolete", "-locations", "none", *map(str, sources()), "-ts", *map(str, copies)],
                   check=True, capture_output=True, cwd=ROOT)
    for copy in copies:
        before = {(e["context"], e["source"]) for e in live(read_ts(TRANSLATIONS / copy.name))}
        after = {(e["context"], e["source"]) for e in live(read_ts(copy))}
        missing = sorted(after - before)
        gone = sorted(before - after)
        assert not missing, (f"{copy.name} is stale; run `make lupdate` and translations/fill.py. New strings:\n"
                             + "\n".join(f"[{c}] {s!r}" for c, s in missing))
        assert not gone, f"{copy.name} keeps strings no longer in the code: {gone}"


def test_contexts_are_the_classes_qt_looks_up():
    """self.tr() looks up the class name; lupdate takes what is written before .tr, so `widget.tr(...)`
    lands in a context "widget" that Qt never asks for and the text stays English."""
    known = set()
    for path in sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                known.add(node.name)
            elif (isinstance(node, ast.Call)
                  and getattr(node.func, "attr", getattr(node.func, "id", "")) in ("translate", "QT_TRANSLATE_NOOP")
                  and node.args and isinstance(node.args[0], ast.Constant)):
                known.add(node.args[0].value)
    contexts = {e["context"] for e in read_ts(TRANSLATIONS / "teia_ru.ts")}
    assert contexts <= known, f"contexts Qt will never look up: {sorted(contexts - known)}"


def test_fill_script_is_in_step_with_its_table():
    """translations/fill.py --check: every source has a row, and the .ts files hold what the table says."""
    result = subprocess.run([sys.executable, str(TRANSLATIONS / "fill.py"), "--check"], capture_output=True,
                            text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr


# ----------------------------------------------------------------- our Kyrgyz for Qt's own strings
def qm_messages(path: Path) -> set[tuple[str, str]]:
    """(context, source) pairs of a compiled .qm file (the Messages block of Qt's format)."""
    data = path.read_bytes()
    pos, block = 16, b""
    while pos < len(data):
        tag, length = data[pos], struct.unpack(">I", data[pos + 1:pos + 5])[0]
        if tag == 0x69:
            block = data[pos + 5:pos + 5 + length]
        pos += 5 + length
    found, current, p = set(), {}, 0
    while p < len(block):
        tag = block[p]
        p += 1
        if tag == 1:  # end of message
            found.add((current.get(7, ""), current.get(6, "")))
            current = {}
            continue
        if tag == 5:
            continue
        length = struct.unpack(">I", block[p:p + 4])[0]
        p += 4
        if length == 0xFFFFFFFF:
            length = 0
        if tag in (6, 7):  # source text, context (UTF-8)
            current[tag] = block[p:p + length].decode("utf-8")
        p += length
    return found


def qt_library_text() -> bytes:
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath))
    names = ("Core", "Gui", "Widgets", "PrintSupport")
    files = [f for n in names for f in sorted(folder.glob(f"*Qt6{n}.*")) if f.is_file()]
    files += [f for n in names for f in sorted(folder.glob(f"Qt{n}.framework/Versions/A/Qt{n}"))]
    return b"".join(f.read_bytes() for f in files)


@pytest.fixture(scope="module")
def qt_known() -> tuple[set[tuple[str, str]], bytes]:
    from PySide6.QtCore import QLibraryInfo

    qt_ru = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / "qtbase_ru.qm"
    return qm_messages(qt_ru), qt_library_text()


def test_qtbase_kyrgyz_matches_qts_own_strings(qt_known):
    """Every context and source in qtbase_ky.ts is one Qt asks for: in Qt's own Russian catalogue, or
    (strings newer than that catalogue) in the Qt libraries themselves."""
    known, libraries = qt_known
    assert ("QPlatformTheme", "Cancel") in known
    ours = read_ts(TRANSLATIONS / "qtbase_ky.ts")
    unknown = [(e["context"], e["source"]) for e in ours
               if (e["context"], e["source"]) not in known and e["source"].encode() not in libraries]
    assert not unknown, f"not Qt's strings: {unknown}"
    wanted = {("QPlatformTheme", s) for s in ("OK", "Cancel", "&Yes", "&No", "Save", "Open", "Close", "Apply",
                                              "Discard", "Help", "Reset", "Restore Defaults")}
    wanted |= {("QLineEdit", s) for s in ("&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All")}
    wanted |= {("QWidgetTextControl", s) for s in ("&Undo", "&Copy", "&Paste", "Select All")}
    wanted |= {("QMessageBox", "Show Details..."), ("QFileDialog", "Look in:"), ("QFileDialog", "File &name:"),
               ("QFileDialog", "Files of type:"), ("QFileSystemModel", "Date Modified"), ("QPrintDialog", "Print"),
               ("QPrintPreviewDialog", "Print Preview"), ("QPageSetupWidget", "Margins")}
    have = {(e["context"], e["source"]) for e in ours}
    assert wanted <= have, f"missing: {sorted(wanted - have)}"
    english_left = [e["source"] for e in ours if e["forms"][0] == e["source"] and e["source"] not in ("OK",)]
    assert not english_left, f"left in English: {english_left}"


def test_qtbase_russian_supplement_only_adds_what_qt_lacks(qt_known):
    known, libraries = qt_known
    ours = read_ts(TRANSLATIONS / "qtbase_extra_ru.ts")
    assert ours
    redundant = [e["source"] for e in ours if (e["context"], e["source"]) in known]
    assert not redundant, f"Qt's qtbase_ru.qm already translates: {redundant}"
    unknown = [e["source"] for e in ours if e["source"].encode() not in libraries]
    assert not unknown, f"not in this Qt: {unknown}"
