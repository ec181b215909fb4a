"""The glossary's variants to avoid (translations/glossary.tsv, columns avoid_ru and avoid_ky) appear nowhere
a user reads Russian or Kyrgyz: the interface, Qt's dialogs, the user guide, the catalogue, the reports'
own words, the tailings checklist and the example assessment."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from model import demo, glossary_check
from model.report import labels as report_labels
from model.catalogue import builtin_catalogue
from model.guide import Term, load_glossary, load_guide
from model.guide import HANDOUT_LABELS
from model.register import labels as register_labels
from tests.test_translations import TRANSLATIONS, live, read_ts

ROOT = Path(__file__).resolve().parents[1]


def _json_texts(value: object, lang: str, where: str):
    if isinstance(value, dict):
        if isinstance(value.get(lang), str):
            yield where, value[lang]
        for key, item in value.items():
            yield from _json_texts(item, lang, f"{where}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _json_texts(item, lang, f"{where}[{index}]")


def _demo_texts():
    for name in ("AUTHORITIES", "SITUATION", "EVIDENCE", "GAPS", "ACTIONS", "SPECIFIC"):
        for key, value in enumerate(getattr(demo, name).values() if isinstance(getattr(demo, name), dict)
                                    else getattr(demo, name)):
            yield f"model/demo.py {name}[{key}]", json.dumps(value, ensure_ascii=False)
    yield "model/demo.py (assessment)", " ".join(json.dumps(v, ensure_ascii=False) for v in demo.DOCUMENT.values())


def texts(lang: str):
    """(where, text) of every Russian or Kyrgyz text that the application shows or writes."""
    for entry in live(read_ts(TRANSLATIONS / f"teia_{lang}.ts")):
        yield f"teia_{lang}.ts {entry['source']!r}", " ".join(entry["forms"])
    if lang == "ky":
        for entry in live(read_ts(TRANSLATIONS / "qtbase_ky.ts")):
            yield f"qtbase_ky.ts [{entry['context']}] {entry['source']!r}", " ".join(entry["forms"])
    for chapter in load_guide(lang).chapters:
        for block in chapter.blocks:
            yield f"guide/{lang}/{chapter.id}", block.plain()
    catalogue = json.loads(builtin_catalogue().source_json)
    yield from _json_texts(catalogue, lang, "catalogue")
    for folder in ("tailings",):
        for path in sorted((ROOT / "resources" / folder).glob("*.json")):
            yield from _json_texts(json.loads(path.read_text(encoding="utf-8")), lang, path.name)
    for name, table in (("report_labels", report_labels.LABELS), ("register labels", register_labels.LABELS),
                        ("handout", HANDOUT_LABELS)):
        yield from _json_texts(table, lang, name)
    if lang == "ru":
        yield from _demo_texts()


@pytest.mark.parametrize("lang", glossary_check.LANGUAGES)
def test_no_variant_the_glossary_avoids_is_used(lang):
    found = glossary_check.problems(load_glossary(), lang, texts(lang))
    assert not found, "\n".join(found)


def test_the_glossary_names_variants_to_avoid_for_the_terms_of_issue_14():
    terms = {t.en: t for t in load_glossary()}
    assert "контрольные показател" in terms["benchmarks (ECE/CP.TEIA/2010/6)"].avoid_ru
    assert "самооценк" in terms["self-assessment"].avoid_ru
    assert "иш-аракет" in terms["action (an item of the action plan)"].avoid_ky
    assert terms["hazardous activity"].ky == "коркунучтуу ишмердүүлүк"
    assert terms["response"].ky == "ден коюу" and terms["page"].ky == "бет"


def test_a_variant_is_found_but_not_inside_an_agreed_compound():
    terms = (Term("action (an item of the action plan)", "действие", "иш-чара", "", ("мероприяти",), ("иш-аракет",)),
             Term("action plan", "план действий", "иш-аракеттер планы", ""),
             Term("benchmarks", "ориентиры", "ориентирлер", "", ("контрольные показател",), ()))
    ky = [("a", "Иш-аракеттер планына жаңы иш-чара кошуу"), ("b", "Жаңы иш-аракет кошуу")]
    assert [line.split(":")[0] for line in glossary_check.problems(terms, "ky", ky)] == ["ky b"]
    ru = [("c", "Контрольные показатели для осуществления"), ("d", "Ориентиры; новое действие"),
          ("e", "Мероприятие плана")]
    assert [line.split(":")[0] for line in glossary_check.problems(terms, "ru", ru)] == ["ru c", "ru e"]
