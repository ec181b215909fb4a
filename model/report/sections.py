"""The report's front matter, read once from the assessment's details: the title and the executive summary
in each language of the report, and the key figures generated from the answers.

Word (model.formats.docx) and the printed PDF (render.printing) only place what is built here.
"""

from __future__ import annotations

from dataclasses import dataclass

from model.report.formatting import number, percent
from model.report.labels import label as _label

Texts = tuple[str, ...]
LANGS = ("en", "ru", "ky")
# the details the user writes per language (meta keys; no schema change: the meta table is key/value)
TITLE_KEYS = tuple(f"title_{lang}" for lang in LANGS)
SUMMARY_KEYS = tuple(f"summary_{lang}" for lang in LANGS)


def localized(meta: dict, field: str, lang: str) -> str:
    """The assessment's ``field`` ("title", "summary") written in ``lang``: its own per-language value, or
    for the assessment's own language the general one. Never a text in another language."""
    own = str(meta.get(f"{field}_{lang}") or "").strip()
    if own:
        return own
    if lang == str(meta.get("content_language") or "ru"):
        return str(meta.get(field) or "").strip()
    return ""


def titles(meta: dict, langs: tuple[str, ...]) -> Texts:
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


@dataclass(frozen=True)
class ExecutiveSummary:
    texts: Texts  # the user's summary in each language of the report ("" if not written)
    figures: tuple[Texts, ...]  # generated key figures: one line per figure, in each language

    @property
    def written(self) -> bool:
        return any(self.texts)


def key_figures(summary, total, actions, gaps: int, langs: tuple[str, ...]) -> tuple[Texts, ...]:
    """Lines such as "Indicators complete: 40 of 48 (83%)", each in every language of the report."""
    lines: list[Texts] = []

    def line(key: str, **values) -> None:
        lines.append(tuple(_label(key, lang).format(**{k: v(lang) if callable(v) else v for k, v in values.items()})
                           for lang in langs))

    line("fig_complete", done=total.complete, all=total.indicators, share=lambda lg: percent(total.completion, lg))
    if total.mean_level is not None:
        line("fig_mean", mean=lambda lg: number(total.mean_level, lg), top=total.highest_level)
    scored = [a for a in summary if a.score is not None]
    if len(scored) > 1:
        best = max(scored, key=lambda a: a.score)
        worst = min(scored, key=lambda a: a.score)
        line("fig_strongest", area=lambda lg: f"{best.area_id}. {best.title[langs.index(lg)]}",
             share=lambda lg: percent(best.score, lg))
        line("fig_weakest", area=lambda lg: f"{worst.area_id}. {worst.title[langs.index(lg)]}",
             share=lambda lg: percent(worst.score, lg))
    line("fig_gaps", count=gaps)
    line("fig_actions", count=len(actions), assistance=sum(1 for a in actions if a.assistance_requested))
    return tuple(lines)


def executive_summary(meta: dict, langs: tuple[str, ...], summary, total, actions, gaps: int) -> ExecutiveSummary:
    return ExecutiveSummary(texts=tuple(localized(meta, "summary", lang) for lang in langs),
                            figures=key_figures(summary, total, actions, gaps, langs))
