"""Fill the Qt Linguist files from the translation tables; re-run after `make lupdate`.

    .venv/bin/python translations/fill.py          # fill teia_ru.ts, teia_ky.ts; write qtbase_*.ts
    .venv/bin/python translations/fill.py --check  # change nothing; fail if a source has no translation

Tables (tab-separated, UTF-8, one header line; \\n \\t \\\\ are escapes):
  strings_ru_ky.tsv  context, source, ru, ky   - our interface; context "*" fits every context.
                                                 Plural (%n) forms are separated by " || "
                                                 (Russian 3 forms: 1 / 2-4 / 5+; Kyrgyz 2: 1 / other).
  qtbase_ky.tsv      context, source, comment, ky - Qt's own strings (context, source and disambiguating
                                                 comment exactly as in Qt)
  qtbase_extra_ru.tsv  context, source, comment, ru - only what Qt's own qtbase_ru.qm lacks in this Qt
                                                 version (gui/i18n.py loads it on top of Qt's file)
Exit status 1 with a list when a source string in a .ts file has no row in the table, or when a row
breaks a placeholder or accelerator rule; the .ts files keep such entries unfinished.
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
STRINGS = HERE / "strings_ru_ky.tsv"
# Our files for Qt's own strings: all of Kyrgyz; for Russian only additions (its own name, so it never
# collides with Qt's qtbase_ru.qm, which a frozen build copies next to ours).
QTBASE_FILES = {"qtbase_ky": "ky", "qtbase_extra_ru": "ru"}
LANGS = ("ru", "ky")
PLURAL_SEPARATOR = " || "
# Number of plural forms lrelease uses for each language (Russian: one/few/many; Kyrgyz: one/other).
NUMERUS_FORMS = {"ru": 3, "ky": 2, "en": 2}
# English needs a file only for plural forms (lupdate -pluralonly): "%n action(s)" -> "1 action", "2 actions".
EN_PLURALS = HERE / "strings_en_plural.tsv"
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d")


def unescape(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t", "\\": "\\"}.get(m.group(1), m.group(0)), value)


def escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def read_table(path: Path, columns: int) -> list[list[str]]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()[1:], start=2):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != columns:
            raise SystemExit(f"{path.name}:{number}: expected {columns} columns, found {len(cells)}")
        rows.append([unescape(cell) for cell in cells])
    return rows


def load_strings() -> dict[tuple[str, str], dict[str, str]]:
    table: dict[tuple[str, str], dict[str, str]] = {}
    for context, source, ru, ky in read_table(STRINGS, 4):
        key = (context, source)
        if key in table:
            raise SystemExit(f"{STRINGS.name}: {context} {source!r} is listed twice")
        table[key] = {"ru": ru, "ky": ky}
    return table


def load_en_plurals() -> dict[tuple[str, str], dict[str, str]]:
    return {(context, source): {"en": en} for context, source, en in read_table(EN_PLURALS, 3)}


def lookup(table: dict, context: str, source: str) -> dict[str, str] | None:
    return table.get((context, source)) or table.get(("*", source))


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)\S", text.replace("&&", "")))


def problems(source: str, translation: str, numerus: bool = False) -> list[str]:
    """Rule breaks in one translated form: placeholders and the & accelerator must match the source."""
    found = []
    wanted = [p for p in placeholders(source) if not (numerus and p == "%n")]
    got = [p for p in placeholders(translation) if not (numerus and p == "%n")]
    if wanted != got:
        found.append(f"placeholders {wanted} became {got}")
    if accelerators(source) != accelerators(translation):
        found.append("the & accelerator is missing or added")
    if not translation.strip():
        found.append("empty translation")
    return found


# ----------------------------------------------------------------- .ts files in lupdate's own layout
def _xml(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def write_ts(path: Path, root: ET.Element) -> None:
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>"]
    attrs = "".join(f' {k}="{_xml(v)}"' for k, v in root.attrib.items())
    out.append(f"<TS{attrs}>")
    for context in root.iter("context"):
        out.append("<context>")
        out.append(f"    <name>{_xml(context.findtext('name') or '')}</name>")
        for message in context.iter("message"):
            mattrs = "".join(f' {k}="{_xml(v)}"' for k, v in message.attrib.items())
            out.append(f"    <message{mattrs}>")
            for child in message:
                if child.tag == "translation":
                    tattrs = "".join(f' {k}="{_xml(v)}"' for k, v in child.attrib.items())
                    forms = child.findall("numerusform")
                    if forms:
                        out.append(f"        <translation{tattrs}>")
                        for form in forms:
                            out.append(f"            <numerusform>{_xml(form.text or '')}</numerusform>")
                        out.append("        </translation>")
                    else:
                        out.append(f"        <translation{tattrs}>{_xml(child.text or '')}</translation>")
                else:
                    cattrs = "".join(f' {k}="{_xml(v)}"' for k, v in child.attrib.items())
                    out.append(f"        <{child.tag}{cattrs}>{_xml(child.text or '')}</{child.tag}>")
            out.append("    </message>")
        out.append("</context>")
    out.append("</TS>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def fill_ts(path: Path, lang: str, table: dict, errors: list[str]) -> bool:
    """Put the table's translations into one teia_<lang>.ts; True if the file changed."""
    before = path.read_text(encoding="utf-8")
    root = ET.fromstring(before.encode("utf-8"))
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            row = lookup(table, name, source)
            label = f"{path.name}: [{name}] {source!r}"
            if row is None:
                errors.append(f"{label}: no translation in {(EN_PLURALS if lang == 'en' else STRINGS).name}")
                continue
            text = row[lang]
            numerus = message.get("numerus") == "yes"
            forms = text.split(PLURAL_SEPARATOR) if numerus else [text]
            broken = [f"{label}: {p}" for form in forms for p in problems(source, form, numerus)]
            if numerus and len(forms) != NUMERUS_FORMS[lang]:
                broken.append(f"{label}: {len(forms)} plural forms, {lang} needs {NUMERUS_FORMS[lang]}")
            if broken:
                errors.extend(broken)
                continue
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            if numerus:
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text
    write_to = path.with_suffix(".tmp")
    write_ts(write_to, root)
    after = write_to.read_text(encoding="utf-8")
    write_to.replace(path)
    return after != before


def build_qtbase(name: str, lang: str, errors: list[str]) -> str:
    """<name>.ts from <name>.tsv: Qt's contexts and source texts, our translation."""
    table = HERE / f"{name}.tsv"
    locale = {"ky": "ky_KG", "ru": "ru_RU"}[lang]
    root = ET.Element("TS", {"version": "2.1", "language": locale, "sourcelanguage": "en"})
    contexts: dict[str, ET.Element] = {}
    seen = set()
    for context, source, comment, text in read_table(table, 4):
        if (context, source, comment) in seen:
            errors.append(f"{table.name}: [{context}] {source!r} is listed twice")
        seen.add((context, source, comment))
        errors.extend(f"{table.name}: [{context}] {source!r}: {p}" for p in problems(source, text))
        if context not in contexts:
            contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[context], "name").text = context
        message = ET.SubElement(contexts[context], "message")
        ET.SubElement(message, "source").text = source
        if comment:
            ET.SubElement(message, "comment").text = comment
        ET.SubElement(message, "translation").text = text
    scratch = table.with_suffix(".tmp")
    write_ts(scratch, root)
    result = scratch.read_text(encoding="utf-8")
    scratch.unlink()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing, only report")
    args = parser.parse_args(argv)
    table = load_strings()
    errors: list[str] = []
    used = set()
    tables = {lang: table for lang in LANGS}
    if (HERE / "teia_en.ts").exists():
        tables["en"] = load_en_plurals()
    for lang, lang_table in tables.items():
        path = HERE / f"teia_{lang}.ts"
        if args.check:
            backup = path.read_text(encoding="utf-8")
            fill_ts(path, lang, lang_table, errors)
            changed = path.read_text(encoding="utf-8") != backup
            path.write_text(backup, encoding="utf-8")
            if changed:
                errors.append(f"{path.name} is not filled from {STRINGS.name}: run translations/fill.py")
        else:
            if fill_ts(path, lang, lang_table, errors):
                print(f"filled {path.name}")
        if lang == "en":
            continue
        root = ET.parse(path).getroot()
        used |= {(c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c.iter("message")}
    for name, lang in QTBASE_FILES.items():
        qtbase = build_qtbase(name, lang, errors)
        target = HERE / f"{name}.ts"
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if current == qtbase:
            continue
        if args.check:
            errors.append(f"{target.name} differs from {name}.tsv: run translations/fill.py")
        else:
            target.write_text(qtbase, encoding="utf-8")
            print(f"wrote {target.name}")
    unused = [key for key in table if key[0] != "*" and key not in used]
    unused += [key for key in table if key[0] == "*" and key[1] not in {s for _c, s in used}]
    for context, source in unused:
        # Kept on purpose for strings not yet visible to lupdate; listed so a typo in a source is noticed.
        print(f"note: unused row [{context}] {escape(source)[:70]!r}", file=sys.stderr)
    if errors:
        print(f"{len(errors)} problem(s):", file=sys.stderr)
        for line in errors:
            print("  " + escape(line), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
