"""The report's front matter, read once from the assessment's details: the title and the executive summary
in each language of the report, and the key figures generated from the answers.

Word (model.formats.docx) and the printed PDF (render.printing) only place what is built here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from model.report.formatting import number, percent
from model.report.labels import label as _label

if TYPE_CHECKING:  # model.report imports this module
    from model.report.build import ActionEntry, AreaSummary

Texts = tuple[str, ...]
LANGS = ("en", "ru", "ky")


def localized(meta: Mapping[str, object], field: str, lang: str) -> str:
    """The assessment's ``field`` ("title", "summary") written in ``lang``: its own per-language value, or
    for the assessment's own language the general one. Never a text in another language."""
    own = str(meta.get(f"{field}_{lang}") or "").strip()
    if own:
        return own
    if lang == str(meta.get("content_language") or "ru"):
        return str(meta.get(field) or "").strip()
    return ""


def titles(meta: Mapping[str, object], langs: tuple[str, ...]) -> Texts:
    """The title in each language of the report ("" where none is written in that language)."""
    return tuple(localized(meta, "title", lang) for lang in langs)


def join(texts: Texts, sep: str = " / ") -> str:
    """Texts of several languages as one string; a text equal in both languages is written once."""
    unique = list(dict.fromkeys(t for t in texts if t))
    return sep.join(unique)


# Renderer-neutral pieces of a report section: Word (model.formats.docx) and the PDF (render.printing) each place
# them in their own way, so that a section's content is written once.
@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1: a chapter (in the contents, new page); 2: a titled part inside it


@dataclass(frozen=True)
class Para:
    text: str
    italic: bool = False
    small: bool = False


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    weights: tuple[float, ...]  # relative column widths


Element = Heading | Para | Table  # what a section's elements() lists


@dataclass(frozen=True)
class ExecutiveSummary:
    texts: Texts  # the user's summary in each language of the report ("" if not written)
    figures: tuple[Texts, ...]  # generated key figures: one line per figure, in each language

    @property
    def written(self) -> bool:
        return any(self.texts)


def key_figures(summary: Sequence[AreaSummary], total: AreaSummary, actions: Sequence[ActionEntry], gaps: int,
                langs: tuple[str, ...]) -> tuple[Texts, ...]:
    """Lines such as "Indicators complete: 40 of 48 (83%)", each in every language of the report."""
    lines: list[Texts] = []

    def line(key: str, **values: object | Callable[[str], object]) -> None:
        lines.append(tuple(_label(key, lang).format(**{k: v(lang) if callable(v) else v for k, v in values.items()})
                           for lang in langs))

    line("fig_complete", done=total.complete, all=total.indicators, share=lambda lg: percent(total.completion, lg))
    mean = total.mean_level
    if mean is not None:
        line("fig_mean", mean=lambda lg: number(mean, lg), top=total.highest_level)
    scored = [(a.score, a) for a in summary if a.score is not None]
    if len(scored) > 1:
        best_score, best = max(scored, key=lambda pair: pair[0])
        worst_score, worst = min(scored, key=lambda pair: pair[0])
        line("fig_strongest", area=lambda lg: f"{best.area_id}. {best.title[langs.index(lg)]}",
             share=lambda lg: percent(best_score, lg))
        line("fig_weakest", area=lambda lg: f"{worst.area_id}. {worst.title[langs.index(lg)]}",
             share=lambda lg: percent(worst_score, lg))
    line("fig_gaps", count=gaps)
    line("fig_actions", count=len(actions), assistance=sum(1 for a in actions if a.assistance_requested))
    return tuple(lines)


def executive_summary(meta: Mapping[str, object], langs: tuple[str, ...], summary: Sequence[AreaSummary],
                      total: AreaSummary, actions: Sequence[ActionEntry], gaps: int) -> ExecutiveSummary:
    return ExecutiveSummary(texts=tuple(localized(meta, "summary", lang) for lang in langs),
                            figures=key_figures(summary, total, actions, gaps, langs))
