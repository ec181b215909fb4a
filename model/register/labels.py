"""The register's own words for the model (calculation sentences, report and workbook labels) in en/ru/ky.

The model cannot use Qt translators. Russian follows the official terms («опасная деятельность»,
«предельное количество»); Kyrgyz uses «коркунучтуу ишмердүүлүк» for a hazardous activity (issue 14: «иш-аракет»
also means the actions of the plan) and, like the glossary, is a proposal that needs a native review.
"""

from __future__ import annotations

import math

from model.languages import in_language
from model.report import formatting

LABELS: dict[str, dict[str, str]] = {
    "named_entry": {"en": "{name} (Part 2, entry {number})", "ru": "{name} (часть 2, позиция {number})",
                    "ky": "{name} (2-бөлүк, {number}-позиция)"},
    "meets_single": {
        "en": "Meets the Annex I quantity test: {entry}, {q} t present against a threshold of {Q} t; "
              "{q} / {Q} = {ratio}, which is at least 1.",
        "ru": "Соответствует количественному критерию приложения I: {entry} — {q} т при предельном количестве "
              "{Q} т; {q} / {Q} = {ratio}, то есть не меньше 1.",
        "ky": "I тиркеменин сандык критерийине жооп берет: {entry} — {q} т, чектик сан {Q} т; "
              "{q} / {Q} = {ratio}, башкача айтканда 1ден кем эмес."},
    "meets_sum": {
        "en": "Meets the Annex I quantity test through the sum of {group}: {terms} = {total}, which is at least 1.",
        "ru": "Соответствует количественному критерию приложения I по сумме группы «{group}»: {terms} = {total}, "
              "то есть не меньше 1.",
        "ky": "I тиркеменин сандык критерийине «{group}» тобунун суммасы боюнча жооп берет: {terms} = {total}, "
              "башкача айтканда 1ден кем эмес."},
    "below_single": {
        "en": "Does not meet the Annex I quantity test: the largest figure is {entry}, {q} / {Q} = {ratio}, "
              "below 1, and no group sum reaches 1.",
        "ru": "Не соответствует количественному критерию приложения I: наибольшее значение — {entry}, "
              "{q} / {Q} = {ratio}, меньше 1, и ни одна сумма по группам не достигает 1.",
        "ky": "I тиркеменин сандык критерийине жооп бербейт: эң чоң мааниси — {entry}, {q} / {Q} = {ratio}, "
              "1ден аз, жана бир дагы топтун суммасы 1ге жетпейт."},
    "below_sum": {
        "en": "Does not meet the Annex I quantity test: the largest figure is the sum of {group}, "
              "{terms} = {total}, below 1.",
        "ru": "Не соответствует количественному критерию приложения I: наибольшее значение — сумма группы "
              "«{group}», {terms} = {total}, меньше 1.",
        "ky": "I тиркеменин сандык критерийине жооп бербейт: эң чоң мааниси — «{group}» тобунун суммасы, "
              "{terms} = {total}, 1ден аз."},
    "no_entries": {
        "en": "No substance has both a quantity and an Annex I entry: the quantity test cannot be applied yet.",
        "ru": "Ни у одного вещества нет одновременно количества и позиции приложения I: количественный критерий "
              "пока нельзя применить.",
        "ky": "Бир дагы заттын саны жана I тиркемедеги позициясы чогуу көрсөтүлгөн эмес: сандык критерийди "
              "азырынча колдонууга болбойт."},
    "edition_used": {"en": "Annex I edition used: {edition}", "ru": "Использованная редакция приложения I: {edition}",
                     "ky": "Колдонулган I тиркеменин редакциясы: {edition}"},
    "provisional_annex": {
        "en": "The Annex I table is a provisional transcription; check the thresholds against the official text.",
        "ru": "Таблица приложения I — предварительная редакция; сверьте предельные количества с официальным текстом.",
        "ky": "I тиркеменин таблицасы — алдын ала редакция; чектик сандарды расмий текст менен салыштырыңыз."},
}


def text(key: str, lang: str) -> str:
    return in_language(LABELS[key], lang)


def number(value: float, lang: str, decimals: int | None = None) -> str:
    """A quantity or ratio for people: "30 000", "0,25" in ru/ky; "30,000", "0.25" in en (model.report.formatting).

    Without ``decimals``: as many as the value needs, up to six, so that 0.001 t is not shown as 0.
    """
    return formatting.number(value, lang, decimals)


def ratio(value: float, lang: str) -> str:
    """A ratio q/Q or a sum: two decimals, three when it would otherwise round to 1.00 from below."""
    shown = number(value, lang, 2)
    if value < 1 and round(value, 2) >= 1 and not math.isclose(value, 1, rel_tol=1e-9):
        shown = number(value, lang, 3)
        if round(value, 3) >= 1:
            shown = number(value, lang, 6)
    return shown
