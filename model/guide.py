"""The user guide and the glossary: chapters written in a small Markdown subset, one file per chapter and
language under resources/guide/<lang>/, parsed into blocks that the help window and the printed handout show.

Why this format: a translator edits plain text files side by side in any editor, without tools or markup
beyond ``#``, ``-``, ``**bold**`` and ``[text](chapter)``; the same file feeds the screen and the PDF; and
because the three languages must have the same blocks in the same order, a test (and ``guide_problems``)
tells a translator exactly which paragraph is missing, and the two-language handout can put them side by side.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from model.app.resources import resource_path, translations_dir
from model.languages import in_language

LANGUAGES = ("en", "ru", "ky")
MAX_FILE_BYTES = 256 * 1024  # our own files, but still read with a bound
MAX_GLOSSARY_BYTES = 512 * 1024

# Which chapter explains which screen (F1 and the "?" buttons open it).
SCREEN_CHAPTERS = {
    "start": "getting-started",
    "overview": "getting-started",
    "indicator": "rating",
    "plan": "action-plan",
    "new": "getting-started",
    "details": "agencies",
    "history": "safety-nets",
    "backups": "safety-nets",
    "recovery": "safety-nets",
    "export": "exports",
    "print": "exports",
    "import": "agencies",
    "glossary": "glossary",
}

_FILE_NAME = re.compile(r"^(\d{2})-([a-z][a-z0-9-]*)\.md$")
_ORDERED = re.compile(r"^(\d+)\.\s+(.*)$")
_INLINE = re.compile(r"\*\*(.+?)\*\*|\[([^\]]+)\]\(([a-z][a-z0-9-]*)\)")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)]*)\)")


@dataclass(frozen=True)
class Block:
    """One heading, paragraph or list item. ``kind`` is h1, h2, p, li (bullet) or ol (numbered)."""

    kind: str
    text: str

    def links(self) -> list[str]:
        return [target for _, target in _LINK.findall(self.text)]

    def plain(self) -> str:
        """The text without markup, for search, outlines and side-by-side print."""
        text = _LINK.sub(lambda m: m.group(1), self.text)
        return text.replace("**", "")


@dataclass(frozen=True)
class Chapter:
    id: str
    blocks: tuple[Block, ...]

    @property
    def title(self) -> str:
        return self.blocks[0].plain() if self.blocks and self.blocks[0].kind == "h1" else self.id

    def sections(self) -> list[str]:
        return [block.plain() for block in self.blocks if block.kind == "h2"]

    def structure(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """What must be the same in every language: the kinds of the blocks and where their links go."""
        return tuple((block.kind, tuple(block.links())) for block in self.blocks)


@dataclass(frozen=True)
class Guide:
    lang: str
    chapters: tuple[Chapter, ...]

    def chapter(self, chapter_id: str) -> Chapter | None:
        return next((c for c in self.chapters if c.id == chapter_id), None)

    def ids(self) -> list[str]:
        return [c.id for c in self.chapters]


@dataclass(frozen=True)
class Term:
    en: str
    ru: str
    ky: str
    note: str
    # Variants not to use (glossary columns avoid_ru, avoid_ky; checked by model.glossary_check).
    avoid_ru: tuple[str, ...] = ()
    avoid_ky: tuple[str, ...] = ()

    def text(self, lang: str) -> str:
        return {"en": self.en, "ru": self.ru, "ky": self.ky}[lang]


@dataclass(frozen=True)
class Hit:
    chapter_id: str
    title: str
    snippet: str


def parse(text: str) -> tuple[Block, ...]:
    """Blocks of a chapter: ``#``/``##`` headings, ``-`` and ``1.`` list items, paragraphs (joined lines)."""
    blocks: list[Block] = []
    paragraph: list[str] = []

    def close() -> None:
        if paragraph:
            blocks.append(Block("p", " ".join(paragraph)))
            paragraph.clear()

    for raw in text.replace("\r\n", "\n").split("\n"):
        line = raw.strip()
        ordered = _ORDERED.match(line)
        if not line:
            close()
        elif line.startswith("## "):
            close()
            blocks.append(Block("h2", line[3:].strip()))
        elif line.startswith("# "):
            close()
            blocks.append(Block("h1", line[2:].strip()))
        elif line.startswith("- "):
            close()
            blocks.append(Block("li", line[2:].strip()))
        elif ordered:
            close()
            blocks.append(Block("ol", ordered.group(2).strip()))
        elif blocks and blocks[-1].kind in ("li", "ol") and not paragraph and raw.startswith("  "):
            # an indented line continues the list item above it
            blocks[-1] = Block(blocks[-1].kind, blocks[-1].text + " " + line)
        else:
            paragraph.append(line)
    close()
    return tuple(blocks)


def guide_folder() -> Path:
    return resource_path("guide")


def _read_bounded(path: Path, limit: int) -> str:
    if not path.is_file():
        raise OSError(f"{path} is not a regular file")
    with open(path, "rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise OSError(f"{path} is larger than {limit} bytes")
    return data.decode("utf-8")


def load_guide(lang: str, folder: Path | None = None) -> Guide:
    """The chapters of one language, in the order of their file names (``01-getting-started.md`` …)."""
    base = (folder or guide_folder()) / lang
    chapters = []
    for path in sorted(base.glob("*.md")):
        match = _FILE_NAME.match(path.name)
        if match:
            chapters.append(Chapter(match.group(2), parse(_read_bounded(path, MAX_FILE_BYTES))))
    return Guide(lang, tuple(chapters))


@lru_cache(maxsize=8)
def shipped_guide(lang: str) -> Guide:
    """The guide shipped with the application (read once per language)."""
    return load_guide(lang if lang in LANGUAGES else "en")


def guide_problems(folder: Path | None = None) -> list[str]:
    """Everything a translator or writer must fix: missing chapters, different structure, broken links."""
    problems: list[str] = []
    guides = {lang: load_guide(lang, folder) for lang in LANGUAGES}
    reference = guides["en"]
    known = set(reference.ids()) | {"glossary"}
    if not reference.chapters:
        return ["the English guide has no chapters"]
    for lang, guide in guides.items():
        if guide.ids() != reference.ids():
            problems.append(f"{lang}: chapters {guide.ids()} differ from en {reference.ids()}")
            continue
        for chapter, english in zip(guide.chapters, reference.chapters):
            if not chapter.blocks or chapter.blocks[0].kind != "h1":
                problems.append(f"{lang}/{chapter.id}: the first line must be the '# title'")
            if chapter.structure() != english.structure():
                mine, theirs = chapter.structure(), english.structure()
                at = next((i for i, (a, b) in enumerate(zip(mine, theirs)) if a != b), min(len(mine), len(theirs)))
                problems.append(f"{lang}/{chapter.id}: block {at + 1} differs from the English one "
                                f"({len(mine)} blocks, English has {len(theirs)})")
            for block in chapter.blocks:
                for target in block.links():
                    if target not in known:
                        problems.append(f"{lang}/{chapter.id}: the link to '{target}' goes nowhere")
    for chapter_id in set(SCREEN_CHAPTERS.values()) - known:
        problems.append(f"a screen's help points to the missing chapter '{chapter_id}'")
    return problems


def search(guide: Guide, query: str, limit: int = 50) -> list[Hit]:
    """Chapters containing every word of the query (case-insensitive, Cyrillic and ң ө ү included)."""
    words = query.casefold().split()
    if not words:
        return []
    hits = []
    for chapter in guide.chapters:
        texts = [block.plain() for block in chapter.blocks]
        folded = " ".join(texts).casefold()
        if all(word in folded for word in words):
            first = next((t for t in texts[1:] if words[0] in t.casefold()), texts[0] if texts else "")
            hits.append(Hit(chapter.id, chapter.title, _snippet(first, words[0])))
            if len(hits) >= limit:
                break
    return hits


def _snippet(text: str, word: str, width: int = 90) -> str:
    at = max(text.casefold().find(word), 0)
    start = max(at - width // 3, 0)
    piece = text[start:start + width]
    return ("…" if start else "") + piece + ("…" if start + width < len(text) else "")


def inline_html(text: str) -> str:
    """Escape everything, then turn ``**bold**`` and ``[text](chapter)`` into tags: no other markup gets in."""
    out, last = [], 0
    for match in _INLINE.finditer(text):
        out.append(html.escape(text[last:match.start()]))
        if match.group(1) is not None:
            out.append(f"<b>{html.escape(match.group(1))}</b>")
        else:
            out.append(f'<a href="chapter:{match.group(3)}">{html.escape(match.group(2))}</a>')
        last = match.end()
    out.append(html.escape(text[last:]))
    return "".join(out)


def chapter_html(chapter: Chapter) -> str:
    """The chapter as simple HTML for a QTextBrowser or QTextDocument (headings get anchors s1, s2 …)."""
    parts: list[str] = []
    open_list = ""
    section = 0
    for block in chapter.blocks:
        wanted = {"li": "ul", "ol": "ol"}.get(block.kind, "")
        if open_list and wanted != open_list:
            parts.append(f"</{open_list}>")
            open_list = ""
        if wanted and not open_list:
            parts.append(f"<{wanted}>")
            open_list = wanted
        text = inline_html(block.text)
        if block.kind == "h1":
            parts.append(f'<h1><a name="top"></a>{text}</h1>')
        elif block.kind == "h2":
            section += 1
            parts.append(f'<h2><a name="s{section}"></a>{text}</h2>')
        elif wanted:
            parts.append(f"<li>{text}</li>")
        else:
            parts.append(f"<p>{text}</p>")
    if open_list:
        parts.append(f"</{open_list}>")
    return "\n".join(parts)


def glossary_path() -> Path:
    return translations_dir() / "glossary.tsv"


@lru_cache(maxsize=2)
def load_glossary(path: Path | None = None) -> tuple[Term, ...]:
    """The agreed terms (translations/glossary.tsv: en, ru, ky, note, avoid_ru, avoid_ky), in the file's order.

    The avoid columns list the variants that must not appear, separated by « | »."""
    text = _read_bounded(path or glossary_path(), MAX_GLOSSARY_BYTES)
    terms = []
    for number, line in enumerate(text.splitlines()):
        cells = line.split("\t")
        if number == 0 or len(cells) < 3 or not cells[0].strip():
            continue
        cells += [""] * (6 - len(cells))
        terms.append(Term(cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3].strip(),
                          _variants(cells[4]), _variants(cells[5])))
    return tuple(terms)


def _variants(cell: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in cell.split("|") if v.strip())


def search_glossary(terms: tuple[Term, ...], query: str) -> list[Term]:
    words = query.casefold().split()
    return [t for t in terms if all(w in f"{t.en} {t.ru} {t.ky}".casefold() for w in words)]


# Labels of the printed handout, in the handout's language (not the interface's: the command line has none).
HANDOUT_LABELS = {
    "title": {"en": "User guide", "ru": "Руководство пользователя", "ky": "Колдонуучунун колдонмосу"},
    "subtitle": {"en": "Self-assessment and national action plan under the Industrial Accidents Convention",
                 "ru": "Самостоятельная оценка и национальный план действий в рамках Конвенции о трансграничном "
                       "воздействии промышленных аварий",
                 "ky": "Өнөр жай кырсыктарынын трансчек аралык таасири жөнүндө конвенциянын алкагында өз алдынча "
                       "баалоо жана иш-аракеттердин улуттук планы"},
    "contents": {"en": "Contents", "ru": "Содержание", "ky": "Мазмуну"},
    "glossary": {"en": "Annex: glossary", "ru": "Приложение: глоссарий", "ky": "Тиркеме: глоссарий"},
    "page_of": {"en": "Page {0} of {1}", "ru": "Страница {0} из {1}", "ky": "{1} беттин {0}-бети"},
    "language": {"en": "English", "ru": "Русский", "ky": "Кыргызча"},
}


def handout_label(key: str, lang: str) -> str:
    return in_language(HANDOUT_LABELS[key], lang)


def handout_languages(spec: str) -> tuple[str, ...]:
    """``ru``, ``ky``, ``en`` or two side by side such as ``ru+en``; anything else is a ValueError."""
    langs = tuple(part.strip() for part in spec.split("+"))
    if not 1 <= len(langs) <= 2 or any(lang not in LANGUAGES for lang in langs) or len(set(langs)) != len(langs):
        raise ValueError(spec)
    return langs
