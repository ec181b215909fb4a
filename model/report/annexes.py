"""The annex of the evidence and legal acts cited: each evidence text the indicators give (the same text
given for several indicators listed once, with all of them), then each provision of the Convention the
indicators refer to. Built once for Word and the PDF (as model.report.sections pieces)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from model.catalogue import references
from model.catalogue import Catalogue
from model.document.assessment import Response

if TYPE_CHECKING:  # model.report.build imports this module
    from model.report.build import Report
    from model.report.sections import Element

Texts = tuple[str, ...]


@dataclass(frozen=True)
class Cited:
    text: Texts  # the evidence as typed (one text), or a Convention provision in each language
    indicator_ids: tuple[str, ...]


@dataclass(frozen=True)
class CitedAnnex:
    evidence: tuple[Cited, ...]
    provisions: tuple[Cited, ...]


def build(catalogue: Catalogue, responses: Mapping[str, Response], langs: tuple[str, ...]) -> CitedAnnex:
    evidence: dict[str, list[str]] = {}
    provisions: dict[str, list[str]] = {}
    for indicator in catalogue.indicators():
        text = " ".join(responses[indicator.id].evidence.split())
        if text:
            evidence.setdefault(text, []).append(indicator.id)
        for ref in indicator.references:
            provisions.setdefault(ref, []).append(indicator.id)
    return CitedAnnex(
        evidence=tuple(Cited((text,), tuple(ids)) for text, ids in evidence.items()),
        provisions=tuple(Cited(tuple(references.reference(ref, lang) for lang in langs), tuple(ids))
                         for ref, ids in provisions.items()))


def elements(report: Report) -> list[Element]:
    from model.report.sections import Heading, Para, Table, join

    r, annex = report, report.cited
    if annex is None:  # a report built without one
        return []
    out: list[Element] = [Heading(r.text("annex_cited"), 1), Para(r.text("annex_cited_intro"), italic=True),
                 Heading(r.text("evidence"), 2)]
    if annex.evidence:
        out.append(Table((r.text("evidence"), r.text("indicators")),
                         tuple((join(c.text), ", ".join(c.indicator_ids)) for c in annex.evidence), (13.0, 4.0)))
    else:
        out.append(Para(r.text("no_evidence"), italic=True))
    if annex.provisions:
        out.append(Heading(r.text("references"), 2))
        out.append(Table((r.text("provision"), r.text("indicators")),
                         tuple((join(c.text), ", ".join(c.indicator_ids)) for c in annex.provisions), (6.0, 11.0)))
    return out
