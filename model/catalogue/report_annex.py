"""The annex "Not in the new edition" of the Word report of an assessment moved to another edition of the
catalogue: the answers of the indicators the new edition no longer has, as they were (model.catalogue.migrate
keeps them in the document)."""

from __future__ import annotations

from dataclasses import dataclass

from typing import TYPE_CHECKING

from model.languages import in_languages
from model.report import formatting
from model.report.sections import join

if TYPE_CHECKING:
    from model.document.assessment import Assessment
    from model.formats.docx import _Writer
    from model.report.build import Report
    from model.report.sections import Element

LABELS = {
    "annex": {"en": "Annex. Not in the new edition of the catalogue", "ru": "Приложение. Нет в новой редакции каталога",
              "ky": "Тиркеме. Каталогдун жаңы редакциясында жок"},
    "intro": {"en": "This assessment was moved from the catalogue {before} to {now} ({date}). The answers below "
                    "belong to indicators that are not in the new edition; they are kept as they were given.",
              "ru": "Эта оценка перенесена с каталога {before} на {now} ({date}). Ниже приведены ответы по "
                    "показателям, которых нет в новой редакции; они сохранены в том виде, в каком были даны.",
              "ky": "Бул баалоо {before} каталогунан {now} каталогуна өткөрүлгөн ({date}). Төмөндө жаңы редакцияда "
                    "жок көрсөткүчтөр боюнча жооптор берилген; алар кандай берилсе, ошондой сакталган."},
    "not_applicable": {"en": "Not applicable", "ru": "Не применимо", "ky": "Колдонулбайт"},
}
FIELDS = ("level", "criteria_met", "description", "evidence", "gaps", "authority")


@dataclass(frozen=True)
class RemovedAnswer:
    id: str
    statement: str
    fields: tuple[tuple[str, str], ...]  # (report label key, value), only the fields with a value


@dataclass(frozen=True)
class EditionAnnex:
    before: str  # "teia-provisional 2026.1"
    now: str
    date: str  # ISO date of the move
    answers: tuple[RemovedAnswer, ...]

    def intro(self, langs: tuple[str, ...], date: str) -> str:
        return join(tuple(text.format(before=self.before, now=self.now, date=date)
                          for text in in_languages(LABELS["intro"], langs)), "\n")


def label(key: str, langs: tuple[str, ...]) -> str:
    return join(in_languages(LABELS[key], langs))


def elements(report: Report) -> list[Element]:
    """The annex as a report section (model.report.sections) for the printout and its PDF (render.forms): what
    the Word report writes (write_edition_annex), in the same order."""
    from model.report.sections import Heading, Para

    annex = report.edition_annex
    if annex is None:
        return []
    out: list[Element] = [Heading(label("annex", report.langs), 1),
                          Para(annex.intro(report.langs, formatting.date(annex.date, report.langs[0])), italic=True)]
    for answer in annex.answers:
        out.append(Heading(f"{answer.id} {answer.statement}", 2))
        out += [Para(f"{report.text(key)}: {value}", small=True) for key, value in answer.fields]
    return out


def build(doc: Assessment, langs: tuple[str, ...]) -> EditionAnnex | None:
    """The annex for a document moved to another edition with answers left behind; None otherwise."""
    from model.catalogue.migrate import migration_record

    if not hasattr(doc, "meta"):
        return None
    record = migration_record(doc)
    if record is None:
        return None
    kept = record.get("not_in_new_edition") or []
    if not isinstance(kept, list) or not kept:
        return None
    before, now = record.get("from") or {}, record.get("to") or {}
    answers = []
    for item in kept:
        if not isinstance(item, dict):
            continue
        raw = item.get("statement")
        statement = raw if isinstance(raw, dict) else {}
        text = join(in_languages(statement, langs))
        values = []
        for name in FIELDS:
            value = item.get(name)
            if name == "level":
                value = label("not_applicable", langs) if item.get("not_applicable") else (
                    "" if value is None else str(value))
            elif name == "criteria_met":
                value = ", ".join(map(str, value)) if isinstance(value, list) else ""
            if value:
                values.append((name, str(value)))
        answers.append(RemovedAnswer(str(item.get("id") or ""), text, tuple(values)))
    return EditionAnnex(f"{before.get('id', '')} {before.get('version', '')}",
                        f"{now.get('id', '')} {now.get('version', '')}", str(record.get("at") or "")[:10],
                        tuple(answers))


def write_edition_annex(writer: _Writer) -> None:
    """The annex in the Word report (``writer``: model.formats.docx's writer)."""
    annex, report = writer.r.edition_annex, writer.r
    if annex is None:  # (called only when there is one)
        return
    writer._heading(label("annex", report.langs), 1)
    writer._text(writer.d, annex.intro(report.langs, formatting.date(annex.date, report.langs[0])), italic=True, size=10)
    for answer in annex.answers:
        writer._text(writer.d, f"{answer.id} {answer.statement}", bold=True, size=10, keep=True)
        for key, value in answer.fields:
            writer._text(writer.d, f"{report.text(key)}: {value}", size=9)
