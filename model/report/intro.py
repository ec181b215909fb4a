"""The report's introduction and methodology, built once for Word and the PDF.

The texts on the Convention, the Assistance and Cooperation Programme and the Strategic Approach are data
(resources/report/intro.json, our own words in three languages); how the assessment was made is generated
from the document: the catalogue and its edition, the scale and its meaning, the contributing authorities,
the meetings, the national focal point and the abbreviations the user lists in Assessment details.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from model.report import formatting
from model.report.labels import label
from model.languages import in_languages
from model.app.resources import resource_path

if TYPE_CHECKING:  # model.report imports this module
    from model.document.assessment import Assessment
    from model.report.build import Report, TitlePage
    from model.report.sections import Element

Texts = tuple[str, ...]
INTRO_FILE = ("report", "intro.json")
MAX_INTRO_BYTES = 200_000
DASHES = (" — ", " – ", " - ", "\t", " = ")


@dataclass(frozen=True)
class IntroPart:
    heading: Texts
    text: Texts


@dataclass(frozen=True)
class Meeting:
    date: str
    place: str
    participants: str


@dataclass(frozen=True)
class ScaleLine:
    value: str  # "0" ... or "N/A"
    label: Texts
    descriptor: Texts


@dataclass(frozen=True)
class Introduction:
    parts: tuple[IntroPart, ...]  # the Convention, the programme, the Strategic Approach
    method: tuple[Texts, ...]  # paragraphs on how the assessment was made, each in every language
    scale: tuple[ScaleLine, ...]
    meetings: tuple[Meeting, ...]
    authorities: tuple[str, ...]  # the lead authority, then the contributing authorities
    focal_point: str
    abbreviations: tuple[tuple[str, str], ...]


@lru_cache(maxsize=1)
def _intro_data() -> tuple[tuple[dict[str, Any], dict[str, Any]], ...]:  # checked when read
    from model.errors import UserInputError
    from model.app.resources import read_data_file

    text = read_data_file(resource_path(*INTRO_FILE), MAX_INTRO_BYTES, "the report's introduction",
                          lambda **found: UserInputError(**found))
    return tuple((part["heading"], part["text"]) for part in json.loads(text)["sections"])


def parts(langs: tuple[str, ...]) -> tuple[IntroPart, ...]:
    return tuple(IntroPart(in_languages(h, langs), in_languages(t, langs))
                 for h, t in _intro_data())


def parse_meetings(text: str) -> tuple[Meeting, ...]:
    """One meeting a line: "2026-02-10; Bishkek; MES, the Inspectorate" (date; place; participants)."""
    meetings = []
    for line in str(text or "").splitlines():
        if line.strip():
            cells = [c.strip() for c in line.split(";", 2)] + ["", ""]
            meetings.append(Meeting(cells[0], cells[1], cells[2]))
    return tuple(meetings)


def parse_abbreviations(text: str) -> tuple[tuple[str, str], ...]:
    """One abbreviation a line: "MES — Ministry of Emergency Situations" (a dash, a tab or "=" between)."""
    found = []
    for line in str(text or "").splitlines():
        line = line.strip()
        if not line:
            continue
        cut = min(((line.find(d), d) for d in DASHES if d in line), default=None)
        short, meaning = (line[:cut[0]].strip(), line[cut[0] + len(cut[1]):].strip()) if cut else (line, "")
        found.append((short, meaning))
    return tuple(sorted(found, key=lambda pair: pair[0].casefold()))


def _each(key: str, langs: tuple[str, ...], **values: object | Callable[[str], object]) -> Texts:
    return tuple(label(key, lang).format(**{k: v(lang) if callable(v) else v for k, v in values.items()})
                 for lang in langs)


def build(doc: Assessment, langs: tuple[str, ...], title_page: TitlePage) -> Introduction:
    meta = doc.meta()
    catalogue = doc.catalogue
    tp = title_page
    method = [
        _each("method_steps", langs),
        _each("method_catalogue", langs, title=lambda lg: catalogue.title.text(lg), id=catalogue.id,
              version=catalogue.version,
              status=lambda lg: label("catalogue_provisional" if catalogue.provisional else "catalogue_official", lg)),
        _each("method_scale", langs, lowest=catalogue.scale.lowest, highest=catalogue.scale.highest),
    ]
    meetings = parse_meetings(str(meta.get("meetings") or ""))
    method.append(_each("method_people", langs, lead=tp.lead_authority or "—", count=len(tp.contributors),
                        meetings=len(meetings)))
    scale = tuple(ScaleLine(str(lvl.value), tuple(lvl.label.text(lg) for lg in langs),
                            tuple(lvl.descriptor.text(lg) for lg in langs)) for lvl in catalogue.scale.levels)
    na = catalogue.scale.not_applicable
    scale += (ScaleLine("—", tuple(na.label.text(lg) for lg in langs), tuple(na.descriptor.text(lg) for lg in langs)),)
    authorities = tuple(dict.fromkeys(a for a in (tp.lead_authority, *tp.contributors) if a))
    return Introduction(parts=parts(langs), method=tuple(method), scale=scale, meetings=meetings,
                        authorities=authorities, focal_point=str(meta.get("focal_point") or "").strip(),
                        abbreviations=parse_abbreviations(str(meta.get("abbreviations") or "")))


def elements(report: Report) -> list[Element]:
    """The introduction as headings, paragraphs and tables, in the order the report shows them."""
    from model.report.sections import Heading, Para, Table, join

    intro, r = report.introduction, report
    if intro is None:  # a report built without one
        return []
    out: list[Element] = [Heading(r.text("introduction"), 1)]
    for part in intro.parts:
        out.append(Heading(join(part.heading), 2))
        out += [Para(text) for text in part.text if text]
    out.append(Heading(r.text("how_made"), 2))
    for texts in intro.method:
        out += [Para(text) for text in texts if text]
    out.append(Table((r.text("scale_value"), r.text("scale_meaning")),
                     tuple((line.value, "\n".join(f"{label}: {desc}" if desc else label
                                                  for label, desc in zip(line.label, line.descriptor)))
                           for line in intro.scale), (1.4, 15.6)))
    out.append(Heading(r.text("meetings"), 2))
    if intro.meetings:
        out.append(Table((r.text("date"), r.text("place"), r.text("participants")),
                         tuple((formatting.date(m.date, r.langs[0]), m.place, m.participants) for m in intro.meetings),
                         (2.6, 4.4, 10.0)))
    else:
        out.append(Para(r.text("no_meetings"), italic=True))
    out.append(Heading(r.text("authorities_focal"), 2))
    out += [Para(f"\u2022 {name}") for name in intro.authorities]
    out.append(Para(f"{r.text('focal_point')}: {intro.focal_point or join(r.label('not_designated'))}"))
    out.append(Heading(r.text("abbreviations"), 2))
    if intro.abbreviations:
        out.append(Table((r.text("abbreviation"), r.text("scale_meaning")), intro.abbreviations, (4.0, 13.0)))
    else:
        out.append(Para(r.text("no_abbreviations"), italic=True))
    return out
