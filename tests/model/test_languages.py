"""One lookup of a text by language, with one fallback order, for catalogue texts and every label table."""

from __future__ import annotations

from model.catalogue import Text
from model.languages import FALLBACK, QT_TRANSLATE_NOOP, in_language, in_languages, resolve


def test_the_language_asked_for_when_it_is_there():
    assert resolve({"en": "Area", "ru": "Область", "ky": "Чөйрө"}, "ky") == ("Чөйрө", "ky")


def test_a_missing_or_empty_text_falls_back_to_russian_then_english_then_kyrgyz():
    assert FALLBACK == ("ru", "en", "ky")
    assert resolve({"en": "Area", "ru": "Область", "ky": ""}, "ky") == ("Область", "ru")
    assert resolve({"en": "Area", "ky": "Чөйрө"}, "ru") == ("Area", "en")
    assert resolve({"ky": "Чөйрө"}, "en") == ("Чөйрө", "ky")
    assert resolve({"de": "Bereich"}, "ru") == ("Bereich", "de")  # any text rather than none
    assert resolve({}, "ru") == ("", "ru") and resolve({"ru": None, "en": ""}, "ky") == ("", "ky")


def test_one_text_per_language_of_a_bilingual_report():
    texts = {"en": "Gaps", "ru": "Пробелы"}
    assert in_languages(texts, ("ru", "en")) == ("Пробелы", "Gaps")
    assert in_languages(texts, ("ky",)) == ("Пробелы",)
    assert in_language(texts, "en") == "Gaps"


def test_catalogue_texts_use_the_same_lookup():
    text = Text(en="Indicator", ru="")
    assert text.resolve("ru") == resolve(text, "ru") == ("Indicator", "en")
    assert text.is_fallback("ru") and not text.is_fallback("en")


def test_the_translation_marker_returns_its_source():
    assert QT_TRANSLATE_NOOP("Errors", "The file {file} does not exist.") == "The file {file} does not exist."
