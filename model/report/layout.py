"""The report's rows, decided once: the title page, the key figures, the summary table and each area's line, an
indicator's fields in order, the action plan's cells, the attached files and the approval.

Word (model.formats.docx), the workbook (model.formats.xlsx) and print (render.forms) only place them: fonts,
widths, glyphs and page breaks are theirs, what a row says and in which order is decided here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from model.report import formatting
from model.report.build import ActionEntry, AreaSection, AreaSummary, CriterionLine, IndicatorEntry, Report
from model.report.sections import join

Texts = tuple[str, ...]
EMPTY = "\u2014"  # an empty answer or cell: "—"


@dataclass(frozen=True)
class Line:
    """One paragraph of a cell; ``style`` is "" (plain), "bold" or "italic" (a note, printed in grey)."""

    text: str
    style: str = ""


Cell = tuple[Line, ...]


def first_lang(report: Report) -> str:
    lang: str = report.langs[0]
    return lang


# ------------------------------------------------------------------------------------------------ title page
def catalogue_text(report: Report) -> str:
    """The catalogue's title (one line per language), then its id and version."""
    tp = report.title_page
    return f"{join(tp.catalogue_title, chr(10))}\n{tp.catalogue_id}, {report.text('version')} {tp.catalogue_version}"


def title_rows(report: Report, *, country: bool = False) -> list[tuple[str, str]]:
    """The label and value rows of the title page (``country``: the country first, where no heading shows it)."""
    r, tp = report, report.title_page
    rows = [(r.text("country"), tp.country)] if country else []
    rows += [(r.text("document_status"), join(tp.status)), (r.text("date"), formatting.date(tp.date, first_lang(r))),
             (r.text("lead_authority"), tp.lead_authority), (r.text("authors"), "\n".join(tp.authors))]
    if tp.contributors:
        rows.append((r.text("contributors"), "\n".join(tp.contributors)))
    rows.append((r.text("catalogue"), catalogue_text(r)))
    return rows


def blank_title_rows(report: Report, sections: Iterable[AreaSection]) -> list[tuple[str, str]]:
    """The rows of the blank forms' title page: the lead authority (if known), the catalogue, the areas printed."""
    r = report
    rows = [(r.text("lead_authority"), r.title_page.lead_authority)] if r.title_page.lead_authority else []
    rows += [(r.text("catalogue"), catalogue_text(r)), (r.text("area"), "\n".join(area_name(s) for s in sections))]
    return rows


def figure_lines(report: Report) -> list[str]:
    """The key figures of the executive summary, one bullet each (a line per language)."""
    figures = report.executive.figures if report.executive is not None else ()
    return ["\u2022 " + join(line, "\n") for line in figures]


def approval(report: Report) -> tuple[str, str]:
    """Who approved a final assessment and on which date, as recorded; ("", "") until then."""
    tp = report.title_page
    if not tp.approved_by:
        return "", ""
    return tp.approved_by, formatting.date(tp.approved_on, first_lang(report))


# ------------------------------------------------------------------------------------------------ summary
@dataclass(frozen=True)
class SummaryRow:
    name: str
    indicators: int
    complete: int
    completion: float  # 0..1
    completion_text: str
    mean_level: float | None
    mean_text: str  # "2,1 / 4" or "—"
    total: bool  # the last row: all areas


def area_name(area: AreaSection | AreaSummary) -> str:
    """"1. Title" (or "1. Заголовок / Title") of an area section or an area's summary."""
    number = area.id if isinstance(area, AreaSection) else area.area_id
    return f"{number}. {join(area.title)}"


def mean_text(mean: float | None, highest: int, lang: str) -> str:
    return EMPTY if mean is None else f"{formatting.number(mean, lang)} / {highest}"


def summary_headers(report: Report) -> list[str]:
    return [report.text(k) for k in ("area", "indicators", "completed", "completion", "mean_level")]


def summary_rows(report: Report) -> list[SummaryRow]:
    """A row per area, then the total."""
    lang, rows = first_lang(report), []
    for area in (*report.summary, report.total):
        rows.append(SummaryRow(area_name(area) if area.area_id else join(area.title), area.indicators, area.complete,
                               area.completion, formatting.percent(area.completion, lang), area.mean_level,
                               mean_text(area.mean_level, area.highest_level, lang), not area.area_id))
    return rows


def area_line(report: Report, summary: AreaSummary) -> str:
    """The line under an area's heading: "Completion: 42 % (3/8); Mean level: 2,1 / 4"."""
    lang = first_lang(report)
    return (f"{report.text('completion')}: {formatting.percent(summary.completion, lang)} "
            f"({summary.complete}/{summary.indicators}); {report.text('mean_level')}: "
            f"{mean_text(summary.mean_level, summary.highest_level, lang)}")


def chart_values(report: Report) -> list[tuple[str, str]]:
    """What the radar chart draws, for its alternative text: each area and its share of the highest level."""
    lang = first_lang(report)
    return [(area_name(a), EMPTY if a.score is None else formatting.percent(a.score, lang)) for a in report.summary]


# ------------------------------------------------------------------------------------------------ indicators
@dataclass(frozen=True)
class Field:
    """One row of an indicator's table: its label and one kind of value."""

    key: str
    label: str
    text: str = ""  # one text across the value columns (an answer, as typed)
    texts: Texts = ()  # or one text per language of the report, side by side
    levels: tuple[tuple[str, str], ...] = ()  # the level row: per language, "2 — Partly" and its descriptor
    criteria: tuple[CriterionLine, ...] = ()  # the criteria row: model.report.build.CriterionLine, each met or not


FIELD_KEYS = ("level", "references", "criteria", "description", "evidence", "gaps", "authority", "attachments",
              "contributed_by", "status")  # every label an indicator's table may show (a label column fits them)


def indicator_fields(report: Report, entry: IndicatorEntry) -> list[Field]:
    """The rows of a filled indicator, in order; the statement is its heading, not a row."""
    r, lang = report, first_lang(report)
    level = tuple(((f"{entry.level} — {label}" if entry.level is not None else label), descriptor)
                  for label, descriptor in zip(entry.level_label, entry.level_descriptor))
    fields = [Field("level", r.text("level"), levels=level)]
    if any(entry.references):
        fields.append(Field("references", r.text("references"), texts=entry.references))
    if r.options.include_criteria and entry.criteria:
        fields.append(Field("criteria", r.text("criteria"), criteria=entry.criteria))
    for key in ("description", "evidence", "gaps", "authority"):
        fields.append(Field(key, r.text(key), text=getattr(entry, key) or EMPTY))
    if entry.attachments:
        fields.append(Field("attachments", r.text("attachments"), text="\n".join(
            f"{a.name} ({formatting.size(a.size, lang)})" for a in entry.attachments)))
    if entry.contributed_by:
        fields.append(Field("contributed_by", r.text("contributed_by"), text=", ".join(entry.contributed_by)))
    fields.append(Field("status", r.text("status"), text=join(entry.status_label)))
    return fields


# ------------------------------------------------------------------------------------------------ action plan
def action_headers(report: Report) -> list[str]:
    return [report.text(k) for k in ("number", "action", "linked_indicators", "lead", "dates", "priority", "status",
                                     "resources_assistance")]


def action_cells(report: Report, action: ActionEntry) -> tuple[Cell, ...]:
    """The eight cells of an action's row, in the order of action_headers."""
    r, lang, a = report, first_lang(report), action
    title = [Line(a.title, "bold")]
    if a.gap:
        title.append(Line(f"{r.text('gap')}: {a.gap}"))
    if a.expected_result:
        title.append(Line(f"{r.text('expected_result')}: {a.expected_result}", "italic"))
    lead = [Line(a.lead or EMPTY)]
    if a.partners:
        lead.append(Line(f"{r.text('partners')}: {a.partners}", "italic"))
    dates = "\n".join(x for x in (formatting.date(a.start_date, lang), formatting.date(a.due_date, lang)) if x)
    resources = [a.budget] if a.budget else []
    if a.assistance_requested:
        yes = r.text("assistance_requested")
        resources.append(f"{yes}: {a.assistance_details}" if a.assistance_details else yes)
    return ((Line(str(a.number)),), tuple(title), (Line(", ".join(a.indicator_ids)),), tuple(lead),
            (Line(dates or EMPTY),), (Line(join(a.priority_label)),), (Line(join(a.status_label)),),
            (Line("\n".join(resources) or EMPTY),))


def action_header_words(report: Report) -> list[str]:
    """The words each column must hold unbroken: its header, and for priority and status every choice."""
    words = action_headers(report)
    words[5] += " " + " ".join(join(label) for _, label in report.priority_choices())
    words[6] += " " + " ".join(join(label) for _, label in report.action_status_choices())
    return words


# ------------------------------------------------------------------------------------------------ annexes
def attachment_headers(report: Report) -> list[str]:
    return [report.text(k) for k in ("indicator", "file_name", "file_size", "added")]


def attachment_rows(report: Report) -> list[tuple[str, str, str, str]]:
    """Every attached file, by indicator: id, name, size, and the date and who added it."""
    lang = first_lang(report)
    return [(entry.id, a.name, formatting.size(a.size, lang),
             "\n".join(x for x in (formatting.date(a.added_at, lang), a.added_by) if x) or EMPTY)
            for entry in report.indicators() for a in entry.attachments]
