"""Which texts use a variant that the glossary (translations/glossary.tsv) says to avoid.

A variant is found at the start of a word, in any case («контрольные показатели», «иш-аракет»). The agreed
terms themselves are set aside first, so that a compound the glossary uses does not count as the variant
inside it: «иш-аракеттер планы» (the action plan) is agreed, «иш-аракет» alone (a plan item) is not. An
agreed term's last letter is dropped before it is set aside, so that its inflected forms are set aside too.
"""

from __future__ import annotations

import re
from typing import Iterable

from model.guide import Term

LANGUAGES = ("ru", "ky")


def _agreed_forms(terms: Iterable[Term], lang: str, variants: list[str]) -> list[str]:
    """The agreed terms that contain a variant to avoid: only those are set aside (a short term such as
    «чөйрө» must not hide «кесилишкен чөйрө»)."""
    forms = []
    for term in terms:
        for form in term.text(lang).split(" / "):
            form = form.strip(" …").casefold()
            if len(form) > 4 and any(v in form[:-1] for v in variants):
                forms.append(form[:-1])
    return sorted(set(forms), key=len, reverse=True)


def problems(terms: Iterable[Term], lang: str, texts: Iterable[tuple[str, str]]) -> list[str]:
    """One line per variant found in (where, text) pairs of language ``lang``: where, the variant, the term."""
    terms = tuple(terms)
    avoided = [(variant, term) for term in terms for variant in getattr(term, f"avoid_{lang}")]
    agreed = _agreed_forms(terms, lang, [variant.casefold() for variant, _ in avoided])
    patterns = [(re.compile(r"(?<!\w)" + re.escape(variant.casefold())), variant, term)
                for variant, term in avoided]
    found = []
    for where, text in texts:
        folded = text.casefold()
        for form in agreed:
            folded = folded.replace(form, " " * len(form))
        for pattern, variant, term in patterns:
            if pattern.search(folded):
                found.append(f"{lang} {where}: «{variant}» — the glossary says «{term.text(lang)}» ({term.en})")
    return found
