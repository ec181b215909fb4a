"""The content of a report as plain data in one or two languages; Word, Excel and print render from it.

``build(doc, lang, options)`` reads an assessment once and returns a ``Report``: title page, a summary
per area, every indicator with its answer, and the action plan. Catalogue texts and the report's own
labels are tuples with one string per language of the report (``("ru", "en")`` for a bilingual one);
the answers themselves are single strings, as typed.

Longer than 400 lines: the Report's dataclasses and the one function that fills them from an assessment; the
sections, gaps, annexes, layout and formatting are modules of their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, TypedDict

from model.document import actionplan
from model import plan
from model.report import formatting, progress
from model.catalogue import references
from model.report import annexes as report_annexes
from model.report import gaps as report_gaps
from model.report import intro as report_intro
from model.report import sections as report_sections
from model.document import contributors as contributing
from model.catalogue import Area, Catalogue, Indicator, Text
from model.document.assessment import STATUSES, Assessment, AttachmentInfo, Response
from model.errors import UserInputError
from model.languages import in_language, in_languages
from model.report.labels import LABELS, LANGS
from model.report.sections import join

if TYPE_CHECKING:  # the sections' builders import this module: named for the checker only
    from model.catalogue.report_annex import EditionAnnex
    from model.cycle.report_section import ProgressSection
    from model.register.report import RegisterAnnex
    from model.report.annexes import CitedAnnex
    from model.report.gaps import GapLine
    from model.report.intro import Introduction
    from model.report.sections import ExecutiveSummary

Texts = tuple[str, ...]
LANGUAGE_CHOICES = ("en", "ru", "ky", "ru+en", "ky+ru", "ky+en", "en+ru")


def parse_lang(lang: str) -> tuple[str, ...]:
    """"ru" -> ("ru",), "ru+en" -> ("ru", "en"); anything else is a UserInputError."""
    parts = tuple(p.strip() for p in str(lang).split("+"))
    if not 1 <= len(parts) <= 2 or any(p not in LANGS for p in parts) or len(set(parts)) != len(parts):
        raise UserInputError(detail=f"language must be en, ru, ky or two of them like ru+en, not {lang!r}")
    return parts


@dataclass(frozen=True)
class ReportOptions:
    include_actions: bool = True
    include_criteria: bool = True
    today: date | None = None  # the date printed on the title page (default: today)


@dataclass(frozen=True)
class TitlePage:
    country: str
    title: str
    final: bool
    status: Texts  # "Draft" / "Final" in the report's languages
    date: str  # ISO date
    lead_authority: str
    authors: tuple[str, ...]
    catalogue_title: Texts
    catalogue_id: str
    catalogue_version: str
    provisional: bool
    contributors: tuple[str, ...] = ()  # the contributing authorities: "Name (short) — contact"
    approved_by: str = ""  # a final assessment: who approved it and when (model.cycle.final)
    approved_on: str = ""
    titles: Texts = ()  # the title in each language of the report ("" where none is written in it)
    draft_mark: Texts = ()  # "DRAFT" / «ЧЕРНОВИК» for the header of every page; () once the assessment is final


@dataclass(frozen=True)
class AreaSummary:
    area_id: str
    title: Texts
    indicators: int
    complete: int
    completion: float  # 0..1
    mean_level: float | None
    highest_level: int
    score: float | None  # mean level / highest level, 0..1: the radar chart's radius


@dataclass(frozen=True)
class LevelChoice:
    value: int | None  # None: not applicable
    label: Texts
    descriptor: Texts = ()  # the level's short description (printed on the blank forms)


@dataclass(frozen=True)
class CriterionLine:
    id: str
    text: Texts
    met: bool
    label: Texts = ()  # how it is listed in each language: "c)", «в)»


@dataclass(frozen=True)
class AttachmentLine:
    name: str
    size: int  # bytes
    added_at: str  # ISO date and time
    added_by: str


@dataclass(frozen=True)
class IndicatorEntry:
    id: str
    area_id: str
    statement: Texts
    level: int | None
    not_applicable: bool
    level_label: Texts  # "Not rated" when no level is given
    level_descriptor: Texts
    choices: tuple[LevelChoice, ...]  # the levels of its scale, then "not applicable"
    criteria: tuple[CriterionLine, ...]
    description: str
    evidence: str
    gaps: str
    authority: str
    status: str
    status_label: Texts
    revision: int
    attachments: tuple[AttachmentLine, ...] = ()  # files attached to the indicator, by name
    references: Texts = ()  # the Convention references in each language: "Art. 4(1)", «ст. 4(1)»; "" if none
    contributed_by: tuple[str, ...] = ()  # the authorities that last changed one of its fields (merged in)

    @property
    def criteria_met(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.criteria if c.met)


@dataclass(frozen=True)
class AreaSection:
    id: str
    kind: str
    title: Texts
    description: Texts
    summary: AreaSummary
    indicators: tuple[IndicatorEntry, ...]


@dataclass(frozen=True)
class ActionEntry:
    number: int
    uid: str
    revision: int
    title: str
    indicator_ids: tuple[str, ...]
    gap: str
    expected_result: str
    lead: str
    partners: str
    start_date: str | None
    due_date: str | None
    priority: str
    priority_label: Texts
    status: str
    status_label: Texts
    budget: str
    assistance_requested: bool
    assistance_details: str
    progress_notes: str


@dataclass(frozen=True)
class Report:
    langs: tuple[str, ...]
    document_id: str
    catalogue_sha256: str
    title_page: TitlePage
    summary: tuple[AreaSummary, ...]
    total: AreaSummary
    sections: tuple[AreaSection, ...]
    actions: tuple[ActionEntry, ...]
    options: ReportOptions = field(default_factory=ReportOptions)
    progress: ProgressSection | None = None  # when there is a predecessor
    register: RegisterAnnex | None = None  # the register's annex, when there is one
    edition_annex: EditionAnnex | None = None  # answers not in the new edition
    executive: ExecutiveSummary | None = None  # the user's summary and the key figures
    introduction: Introduction | None = None  # the Convention, the programme, the method
    gaps: tuple[GapLine, ...] = ()  # every gap, its priority and the actions that cover it
    cited: CitedAnnex | None = None  # the evidence and the Convention provisions cited

    @property
    def lang(self) -> str:
        return "+".join(self.langs)

    @property
    def bilingual(self) -> bool:
        return len(self.langs) > 1

    def label(self, key: str) -> Texts:
        """One of the report's own labels in each of its languages."""
        return in_languages(LABELS[key], self.langs)

    def text(self, key: str, sep: str = " / ") -> str:
        """A label as one string: "Level" or, bilingual, "Уровень / Level"."""
        return join(self.label(key), sep)

    def indicators(self) -> list[IndicatorEntry]:
        return [entry for section in self.sections for entry in section.indicators]

    def status_choices(self) -> list[tuple[str, Texts]]:
        return [(status, self.label(f"status.{status}")) for status in STATUSES]

    def priority_choices(self) -> list[tuple[str, Texts]]:
        return [(p, self.label(f"priority.{p}")) for p in actionplan.PRIORITIES]

    def action_status_choices(self) -> list[tuple[str, Texts]]:
        return [(s, self.label(f"action_status.{s}")) for s in actionplan.ACTION_STATUSES]


def _texts(text: Text, langs: tuple[str, ...]) -> Texts:
    return tuple(text.text(lang) for lang in langs)


def _labels(key: str, langs: tuple[str, ...]) -> Texts:
    return in_languages(LABELS[key], langs)


def _area_summary(area: Area, prog: progress.AreaProgress, langs: tuple[str, ...]) -> AreaSummary:
    return AreaSummary(area_id=area.id, title=_texts(area.title, langs), indicators=prog.indicators,
                       complete=prog.complete, completion=prog.completion, mean_level=prog.mean_level,
                       highest_level=prog.highest_level, score=prog.score)


def _indicator_entry(indicator: Indicator, response: Response, langs: tuple[str, ...],
                     attachments: tuple[AttachmentLine, ...] = ()) -> IndicatorEntry:
    scale = indicator.scale
    level = None if response.level is None else scale.level(response.level)
    if response.not_applicable:
        label, descriptor = _texts(scale.not_applicable.label, langs), _texts(scale.not_applicable.descriptor, langs)
    elif level is not None:
        label, descriptor = _texts(level.label, langs), _texts(level.descriptor, langs)
    else:
        label, descriptor = _labels("not_rated", langs), tuple("" for _ in langs)
    choices = tuple(LevelChoice(lvl.value, _texts(lvl.label, langs), _texts(lvl.descriptor, langs))
                    for lvl in scale.levels)
    choices += (LevelChoice(None, _texts(scale.not_applicable.label, langs),
                            _texts(scale.not_applicable.descriptor, langs)),)
    met = set(response.criteria_met)
    return IndicatorEntry(
        id=indicator.id, area_id=indicator.area_id, statement=_texts(indicator.statement, langs),
        level=None if response.not_applicable else response.level, not_applicable=response.not_applicable,
        level_label=label, level_descriptor=descriptor, choices=choices,
        criteria=tuple(CriterionLine(c.id, _texts(c.text, langs), c.id in met,
                                     tuple(references.criterion_label(c.id, lang) for lang in langs))
                       for c in indicator.criteria),
        description=response.description, evidence=response.evidence, gaps=response.gaps,
        authority=response.authority, status=response.status, status_label=_labels(f"status.{response.status}", langs),
        revision=response.revision, attachments=attachments,
        references=tuple(references.references(indicator.references, lang) for lang in langs),
    )


def _action_entry(number: int, action: actionplan.Action, langs: tuple[str, ...]) -> ActionEntry:
    return ActionEntry(
        number=number, uid=action.uid, revision=action.revision, title=action.title,
        indicator_ids=action.indicator_ids, gap=action.gap, expected_result=action.expected_result,
        lead=action.lead, partners=action.partners, start_date=action.start_date, due_date=action.due_date,
        priority=action.priority, priority_label=_labels(f"priority.{action.priority}", langs),
        status=action.status, status_label=_labels(f"action_status.{action.status}", langs),
        budget=action.budget, assistance_requested=action.assistance_requested,
        assistance_details=action.assistance_details, progress_notes=action.progress_notes,
    )


def _contributor_line(person: contributing.Contributor) -> str:
    line = f"{person.name} ({person.short_name})" if person.short_name else person.name
    return f"{line} — {person.contact}" if person.contact else line


def _authors(value: object) -> tuple[str, ...]:
    return tuple(str(name) for name in value) if isinstance(value, (list, tuple)) else ()  # meta() makes a list


def build(doc: Assessment, lang: str = "ru", options: ReportOptions | None = None) -> Report:
    """Read the assessment once and return the report's content in ``lang`` (e.g. "ky" or "ru+en")."""
    options = options or ReportOptions()
    langs = parse_lang(lang)
    catalogue = doc.catalogue
    meta = doc.meta()
    responses = doc.responses()
    summary = progress.summarise(catalogue, responses)
    final = bool(meta.get("final"))
    titles = report_sections.titles(meta, langs)
    title_page = TitlePage(
        country=str(meta.get("country") or ""), title=join(titles), final=final, titles=titles,
        draft_mark=() if final else _labels("draft_mark", langs),
        status=_labels("final_document" if final else "draft_document", langs),
        date=(options.today or date.today()).isoformat(), lead_authority=str(meta.get("lead_authority") or ""),
        authors=_authors(meta.get("authors")), catalogue_title=_texts(catalogue.title, langs),
        catalogue_id=catalogue.id, catalogue_version=catalogue.version, provisional=catalogue.provisional,
        contributors=tuple(_contributor_line(c) for c in contributing.contributors(doc)),
        approved_by=str(meta.get("finalized_by") or "") if final else "",
        approved_on=str(meta.get("finalized_on") or "") if final else "",
    )
    contributed = contributing.provenance(doc)
    files: dict[str, list[AttachmentLine]] = {}
    for info in doc.attachments():
        files.setdefault(info.indicator_id, []).append(
            AttachmentLine(info.name, info.size, info.added_at, info.added_by))
    sections = []
    area_summaries = []
    for area in catalogue.areas:
        area_progress = summary.area(area.id) or progress.area_progress(area, responses)  # (summarise has all)
        area_sum = _area_summary(area, area_progress, langs)
        area_summaries.append(area_sum)
        sections.append(AreaSection(
            id=area.id, kind=area.kind, title=_texts(area.title, langs), description=_texts(area.description, langs),
            summary=area_sum,
            indicators=tuple(replace(_indicator_entry(ind, responses[ind.id], langs, tuple(files.get(ind.id, ()))),
                                     contributed_by=tuple(contributed.get(ind.id, ())))
                             for ind in area.indicators),
        ))
    levels = [r.level for r in responses.values() if r.level is not None and not r.not_applicable]
    highest = max((ind.scale.highest for ind in catalogue.indicators()), default=0)
    mean = sum(levels) / len(levels) if levels else None
    total = AreaSummary(area_id="", title=_labels("total", langs), indicators=summary.indicators,
                        complete=summary.complete, completion=summary.completion, mean_level=mean,
                        highest_level=highest, score=(mean / highest) if mean is not None and highest else None)
    planned = actionplan.actions(doc) if options.include_actions else []
    numbers = plan.numbers(planned)
    actions = tuple(_action_entry(numbers[a.id], a, langs) for a in planned)
    from model.catalogue import report_annex as edition_annex
    from model.cycle import report_section
    from model.register import report as register_report

    return Report(langs=langs, document_id=str(meta.get("document_id") or ""), catalogue_sha256=catalogue.sha256,
                  title_page=title_page, summary=tuple(area_summaries), total=total, sections=tuple(sections),
                  actions=actions, options=options, register=register_report.build(doc, langs),
                  progress=report_section.build(doc, langs), edition_annex=edition_annex.build(doc, langs),
                  executive=report_sections.executive_summary(
                      meta, langs, area_summaries, total, actions,
                      sum(1 for r in responses.values() if r.gaps.strip())),
                  introduction=report_intro.build(doc, langs, title_page),
                  gaps=report_gaps.build(doc, responses, actions) if options.include_actions else (),
                  cited=report_annexes.build(catalogue, responses, langs))


class _BlankAssessment:
    """What ``build`` reads from an assessment, for a catalogue without a document: nothing answered yet."""

    def __init__(self, catalogue: Catalogue, meta: dict[str, object]) -> None:
        self.catalogue = catalogue
        self._meta = dict(meta)

    def meta(self) -> dict[str, object]:
        return dict(self._meta)

    def responses(self) -> dict[str, Response]:
        return {indicator.id: Response(indicator.id) for indicator in self.catalogue.indicators()}

    def attachments(self) -> list[AttachmentInfo]:
        return []

    def schema_version(self) -> int:
        return 0  # no document: none of its tables (contributors, register) to read


def build_blank(catalogue: Catalogue, lang: str = "ru", options: ReportOptions | None = None,
                meta: dict[str, object] | None = None) -> Report:
    """A report of ``catalogue`` with no answers and no actions (blank forms printed without a document)."""
    options = replace(options or ReportOptions(), include_actions=False)
    # a stand-in with the few methods build() reads, not an Assessment (which needs a file)
    return build(_BlankAssessment(catalogue, meta or {}), lang, options)  # type: ignore[arg-type]


def chart_data(report: Report) -> tuple[list[str], list[float | None]]:
    """Labels and radii (0..1 or None) for the radar chart of the areas, in the report's languages."""
    labels = [f"{a.area_id}. {join(a.title)}" for a in report.summary]
    return labels, [a.score for a in report.summary]


class ChartArgs(TypedDict):
    """The keyword arguments of render.radar.radar_png for a chart of two polygons."""

    labels: list[str]
    values: list[float | None]
    before: list[float | None] | None
    legend: tuple[str, str] | None
    lang: str  # of the grid's percentages


def progress_chart_args(report: Report) -> ChartArgs | None:
    """Keyword arguments of render.radar.radar_png for the two-polygon chart (before and now); None without a
    predecessor."""
    if report.progress is None:
        return None
    labels, now, before = report.progress.chart_data(chart_data(report)[0])
    legend = (join(tuple(f"{in_language(LABELS['before'], lang)}: "
                         f"{formatting.date(report.progress.before_date, lang)}" for lang in report.langs)),
              join(report.label("now")))
    return {"labels": labels, "values": now, "before": before, "legend": legend, "lang": report.langs[0]}
