"""Texts in several languages: the one fallback order and lookup, and the marker for the model's sentences.

The model writes its user-visible sentences in English once, each inside ``QT_TRANSLATE_NOOP(context, …)``:
pyside6-lupdate extracts them from these files (the Makefile lists every model file that uses the marker), the
command line and the log show them as they are, and the interface passes the same source to Qt's translator.
"""

from __future__ import annotations

from typing import Iterable, Mapping

# A missing text falls back to Russian (the working language), then English, then Kyrgyz.
FALLBACK = ("ru", "en", "ky")


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``source`` for translation in ``context`` and return it unchanged (the model stays free of Qt)."""
    return source


def resolve(texts: Mapping[str, object], lang: str) -> tuple[str, str]:
    """The text in ``lang`` or the first of its fallbacks that is not empty, and the language used.

    A mapping with none of them gives its first non-empty text; an empty mapping gives ``("", lang)``.
    """
    value = texts.get(lang)
    if value:  # the usual case first: a Word export asks about 2,800 times (no tuple built per call)
        return str(value), lang
    for candidate in FALLBACK:
        value = texts.get(candidate)
        if value:
            return str(value), candidate
    for candidate, value in texts.items():
        if value:
            return str(value), candidate
    return "", lang


def in_language(texts: Mapping[str, object], lang: str) -> str:
    """The text of ``texts`` in ``lang``, falling back as ``resolve`` does."""
    return resolve(texts, lang)[0]


def in_languages(texts: Mapping[str, object], langs: Iterable[str]) -> tuple[str, ...]:
    """One text per language of a (bilingual) report."""
    return tuple(in_language(texts, lang) for lang in langs)
