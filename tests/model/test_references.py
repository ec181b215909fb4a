"""Convention references and criterion letters in Russian and Kyrgyz (model.catalogue.references)."""

from __future__ import annotations

import json
import re

import pytest

from model.catalogue import references as refs
from model.app.resources import resource_path


@pytest.mark.parametrize(("english", "ru", "ky"), [
    ("Art. 4(1)", "ст. 4(1)", "4(1)-берене"),
    ("Art. 10", "ст. 10", "10-берене"),
    ("Art. 4(1)(a)", "ст. 4(1)(а)", "4(1)(а)-берене"),
    ("Article 9", "ст. 9", "9-берене"),
    ("Arts. 10–12", "ст. 10–12", "10–12-беренелер"),
    ("Arts. 10-12", "ст. 10–12", "10–12-беренелер"),
    ("Arts. 3 and 4", "ст. 3 и 4", "3 жана 4-беренелер"),
    ("Annex III", "приложение III", "III тиркеме"),
    ("Annex XI", "приложение XI", "XI тиркеме"),
    ("Annexes IV–V", "приложения IV–V", "IV–V тиркемелер"),
    ("Annex IX and X", "приложения IX и X", "IX жана X тиркемелер"),
    ("Annex I, Part I", "приложение I, часть I", "I тиркеме, I бөлүк"),
    ("§ 5", "п. 5", "5-пункт"),
    ("§§ 2–4", "пп. 2–4", "2–4-пункттар"),
    ("para 5", "п. 5", "5-пункт"),
    ("para. 12", "п. 12", "12-пункт"),
    ("paras 2–4", "пп. 2–4", "2–4-пункттар"),
    ("paragraph 7", "п. 7", "7-пункт"),
    ("decision 2006/2", "решение 2006/2", "2006/2-чечим"),
    ("Decision 2000/1", "решение 2000/1", "2000/1-чечим"),
    ("decisions 2000/1 and 2006/2", "решения 2000/1 и 2006/2", "2000/1 жана 2006/2-чечимдер"),
    ("ECE/CP.TEIA/2", "ECE/CP.TEIA/2", "ECE/CP.TEIA/2"),
    ("ECE/CP.TEIA/2008/5", "ECE/CP.TEIA/2008/5", "ECE/CP.TEIA/2008/5"),
    ("ECE/CP.TEIA/15/Add.1", "ECE/CP.TEIA/15/Add.1", "ECE/CP.TEIA/15/Add.1"),
    ("ECE/CP.TEIA/2, para 5", "ECE/CP.TEIA/2, п. 5", "ECE/CP.TEIA/2, 5-пункт"),
    ("ECE/CP.TEIA/2, annex", "ECE/CP.TEIA/2, приложение", "ECE/CP.TEIA/2, тиркеме"),
    ("ECE/CP.TEIA/2; decision 2000/1", "ECE/CP.TEIA/2; решение 2000/1", "ECE/CP.TEIA/2; 2000/1-чечим"),
])
def test_every_form_in_russian_and_kyrgyz(english, ru, ky):
    assert refs.reference(english, "ru") == ru
    assert refs.reference(english, "ky") == ky
    assert refs.reference(english, "en") == english  # the catalogue's own wording


@pytest.mark.parametrize("unknown", ["Seveso III Directive", "Art. 4 of the Protocol", "Annex to decision", "",
                                     "Art.", "Annexe", "см. выше", "Art. 4(1)-(3)"])
def test_unknown_forms_pass_through_unchanged(unknown):
    for lang in ("ru", "ky", "en"):
        assert refs.reference(unknown, lang) == unknown


def test_a_reference_with_an_unknown_part_keeps_that_part():
    assert refs.reference("Art. 6, Seveso III", "ru") == "ст. 6, Seveso III"


def test_every_reference_of_the_builtin_catalogue_is_written_in_russian_and_kyrgyz():
    data = json.loads(resource_path("catalogue", "teia-provisional.json").read_text(encoding="utf-8"))
    found: set[str] = set()

    def walk(node):
        if isinstance(node, dict):
            found.update(node.get("references", ()))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(data)
    assert len(found) > 40
    for text in found:
        for lang in ("ru", "ky"):
            shown = refs.reference(text, lang)
            if text.startswith("ECE/"):
                assert shown == text
            else:
                assert not re.search(r"Art|Annex|para", shown) and shown != text, (text, lang, shown)


def test_references_joined_as_one_line():
    assert refs.references(["Art. 4(1)", "Annex III"], "ru") == "ст. 4(1), приложение III"
    assert refs.references(["Art. 4(1)", "Annex III"], "ky") == "4(1)-берене, III тиркеме"
    assert refs.references(["Art. 4(1)", "Annex III"], "en") == "Art. 4(1), Annex III"


def test_criterion_letters_are_cyrillic_in_russian_and_kyrgyz():
    assert [refs.criterion_label(f"1.1.{c}", "ru") for c in "abcdefghij"] == [
        "а)", "б)", "в)", "г)", "д)", "е)", "ж)", "з)", "и)", "к)"]
    assert refs.criterion_label("1.1.c", "ky") == "в)"
    assert refs.criterion_label("1.1.c", "en") == "c)"
    assert refs.criterion_shown_id("1.1.c", "ru") == "1.1.в"
    assert refs.criterion_shown_id("A.2.z", "ky") == "A.2.э"
    assert refs.criterion_shown_id("1.1.c", "en") == "1.1.c"
    assert refs.criterion_letter("1.1.10", "ru") == "10"  # not a letter: unchanged


def test_a_criterion_typed_with_its_cyrillic_letter_is_read_back():
    for letter in "abcdefghijklmnopqrstuvwxyz":
        for lang in ("ru", "ky", "en"):
            assert refs.criterion_id(refs.criterion_shown_id(f"3.2.{letter}", lang)) == f"3.2.{letter}"
    assert refs.criterion_id("1.1.В") == "1.1.c"
    assert refs.criterion_id("1.1.c") == "1.1.c"
    assert refs.criterion_id("1.1") == "1.1"
