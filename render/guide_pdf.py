"""The training handout: the user guide and the glossary as a PDF (one language, or two side by side).

QtGui only (no widgets), so the command line writes it without a display. The chapters are laid out by a
QTextDocument whose paint device is the PDF writer itself, so sizes are the printed ones; every chapter starts
on a new page; the first page holds the title and the contents with page numbers; bookmarks (chapters and
their sections, the glossary) are added afterwards by model.formats.pdfoutline.
"""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument)

from model.guide import (Chapter, Guide, chapter_html, handout_label, handout_languages, load_glossary,
                         shipped_guide)

RESOLUTION = 300
_LINK = re.compile(r'<a href="chapter:[^"]*">(.*?)</a>')
_STYLE = """
h1 { font-size: 17pt; font-weight: bold; margin-top: 0; margin-bottom: 8pt; }
h2 { font-size: 12.5pt; font-weight: bold; margin-top: 12pt; margin-bottom: 4pt; }
p, li { font-size: 10pt; margin-bottom: 5pt; }
td { font-size: 9.5pt; padding: 3pt; vertical-align: top; }
th { font-size: 9.5pt; font-weight: bold; padding: 3pt; background-color: #e8edf3; }
.subtitle { font-size: 12pt; }
.num { text-align: right; }
"""


def _printable(chapter: Chapter) -> str:
    """The chapter's HTML with links to other chapters kept as plain words (a PDF has no chapters to open)."""
    return _LINK.sub(lambda m: m.group(1), chapter_html(chapter))


class _Builder:
    """Collects the HTML and names an anchor for every place that gets a bookmark."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.marks: list[tuple[str, int, str]] = []  # anchor, level, title

    def mark(self, level: int, title: str) -> str:
        anchor = f"bm{len(self.marks)}"
        self.marks.append((anchor, level, title))
        return f'<a name="{anchor}"></a>'


def _block_cell(block_html: str) -> str:
    return block_html.replace("<ul>", "").replace("</ul>", "").replace("<ol>", "").replace("</ol>", "")


def _chapter_pairs(chapters: list[Chapter], marks: _Builder, first: bool) -> str:
    """Two languages side by side: one table row per block; headings get their bookmark in the first column."""
    left, right = chapters
    rows = []
    for number, (a, b) in enumerate(zip(left.blocks, right.blocks)):
        if number == 0:
            continue
        cells = []
        for column, (block, chapter) in enumerate(((a, left), (b, right))):
            one = Chapter(chapter.id, (block,))
            text = _block_cell(_LINK.sub(lambda m: m.group(1), chapter_html(one)))
            if block.kind in ("li", "ol"):
                text = "• " + text.replace("<li>", "").replace("</li>", "")
            if block.kind == "h2" and column == 0:
                text = marks.mark(2, block.plain()) + text
            cells.append(f'<td width="50%">{text}</td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
    title = f"{html.escape(left.title)} / {html.escape(right.title)}"
    head = f'<h1 style="{"" if first else "page-break-before: always;"}">{marks.mark(1, left.title)}{title}</h1>'
    return head + '<table width="100%" cellspacing="0" border="0">' + "".join(rows) + "</table>"


def _chapter_single(chapter: Chapter, marks: _Builder, first: bool) -> str:
    body = _printable(chapter)
    # bookmark anchors: one for the title, one per section heading, in order
    body = body.replace('<h1><a name="top"></a>',
                        f'<h1 style="{"" if first else "page-break-before: always;"}">' + marks.mark(1, chapter.title), 1)
    for section in chapter.sections():
        body = re.sub(r'<h2><a name="s\d+"></a>', lambda m: "<h2>" + marks.mark(2, section), body, count=1)
    return body


def _glossary(langs: tuple[str, ...], marks: _Builder) -> str:
    order = list(langs) + [lang for lang in ("en", "ru", "ky") if lang not in langs]
    heads = "".join(f"<th>{html.escape(handout_label('language', lang))}</th>" for lang in order)
    rows = "".join("<tr>" + "".join(f"<td>{html.escape(term.text(lang))}</td>" for lang in order) + "</tr>"
                   for term in load_glossary())
    title = " / ".join(handout_label("glossary", lang) for lang in langs)
    return (f'<h1 style="page-break-before: always;">{marks.mark(1, handout_label("glossary", langs[0]))}'
            f'{html.escape(title)}</h1><table width="100%" cellspacing="0" border="1" '
            f'style="border-color: #b0b8c4; border-style: solid;"><thead><tr>{heads}</tr></thead>{rows}</table>')


def _contents(langs: tuple[str, ...], guides: list[Guide], pages: dict[str, int]) -> str:
    title = " / ".join(handout_label("title", lang) for lang in langs)
    subtitle = "<br>".join(html.escape(handout_label("subtitle", lang)) for lang in langs)
    rows = []
    for index, chapter in enumerate(guides[0].chapters):
        name = " / ".join(g.chapters[index].title for g in guides)
        rows.append(f'<tr><td>{html.escape(name)}</td><td class="num" align="right">'
                    f'{pages.get(f"bm-chapter-{index}", "")}</td></tr>')
    glossary = " / ".join(handout_label("glossary", lang) for lang in langs)
    rows.append(f'<tr><td>{html.escape(glossary)}</td><td class="num" align="right">{pages.get("bm-glossary", "")}'
                f"</td></tr>")
    contents = " / ".join(handout_label("contents", lang) for lang in langs)
    return (f"<h1>{html.escape(title)}</h1><p class='subtitle'>{subtitle}</p>"
            f"<p>TEIA Self-Assessment · {date.today().isoformat()}</p>"
            f"<h2>{html.escape(contents)}</h2><table width='100%' cellspacing='0'>{''.join(rows)}</table>")


def write_guide_pdf(spec: str, path: str | Path, paper: str = "A4") -> tuple[Path, int]:
    """Write the handout in ``spec`` (``ru``, ``ky``, ``en`` or ``ru+en``…) and return its path and page count.
    Needs a QGuiApplication; any failure leaves an earlier file at ``path`` as it was."""
    from render.items import font_family
    from render.printing import PAPERS
    from model.formats import pdfoutline
    from model.fileio import check_pdf, write_export

    langs = handout_languages(spec)
    guides = [shipped_guide(lang) for lang in langs]
    counted = [0]  # the page count, set by write()
    outline: list[pdfoutline.Bookmark] = []  # the PDF's bookmarks, set by write()

    def build(writer: QPdfWriter, pages: dict[str, int]) -> tuple[QTextDocument, _Builder, float]:
        marks = _Builder()
        parts = [_contents(langs, guides, pages)]
        for index in range(len(guides[0].chapters)):
            marks.mark(0, f"chapter-{index}")  # level 0: only for the contents' page numbers
            chapters = [g.chapters[index] for g in guides]
            parts.append(_chapter_pairs(chapters, marks, False) if len(langs) == 2
                         else _chapter_single(chapters[0], marks, False))
        marks.mark(0, "glossary")
        parts.append(_glossary(langs, marks))
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(writer)
        doc.setDefaultFont(QFont(font_family(), 10))
        doc.setDefaultStyleSheet(_STYLE)
        doc.setDocumentMargin(0)
        rect = writer.pageLayout().paintRectPixels(RESOLUTION)
        band = RESOLUTION * 9 / 25.4  # 9 mm for the running header and for the footer
        # whole device pixels: the layout works in 1/64 pixel steps, and a fractional page height would put a
        # block that starts a page a hair above it, on the page before
        doc.setPageSize(QSizeF(int(rect.width()), int(rect.height() - 2 * band)))
        doc.setHtml("".join(parts))
        return doc, marks, band

    def write(tmp: Path) -> None:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(RESOLUTION)
        writer.setPageLayout(QPageLayout(QPageSize(PAPERS[paper]), QPageLayout.Orientation.Portrait,
                                         QMarginsF(20, 14, 18, 14), QPageLayout.Unit.Millimeter))
        writer.setTitle(" / ".join(handout_label("title", lang) for lang in langs))
        writer.setCreator("TEIA Self-Assessment")
        doc, marks, band = build(writer, {})
        first = _anchor_pages(doc, marks)
        doc, marks, band = build(writer, {a: p + 1 for a, (p, _) in first.items()})  # contents with page numbers
        places = _anchor_pages(doc, marks)
        counted[0] = _paint(writer, doc, band, langs, guides, places, marks)
        height_pt = writer.pageLayout().fullRect(QPageLayout.Unit.Point).height()
        margin_top = writer.pageLayout().margins(QPageLayout.Unit.Point).top()
        outline[:] = [pdfoutline.Bookmark(level, title, places[anchor][0],
                                          margin_top + (band + places[anchor][1]) * 72 / RESOLUTION)
                      for anchor, level, title in marks.marks if level > 0 and anchor in places
                      and places[anchor][1] * 72 / RESOLUTION < height_pt]
        del writer  # the file is complete only once the writer is gone
        check_pdf(tmp)  # before the outline is added: a full disk leaves Qt's file without its trailer
        tmp.write_bytes(pdfoutline.add_outline(tmp.read_bytes(), outline))

    written = write_export(path, write, check_pdf)
    return written, counted[0]


def _anchor_pages(doc: QTextDocument, marks: _Builder) -> dict[str, tuple[int, float]]:
    """anchor -> (0-based page, distance from the top of the page body in device pixels)."""
    height = doc.pageSize().height()
    layout = doc.documentLayout()
    found: dict[str, tuple[int, float]] = {}
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            for name in fragment.charFormat().anchorNames():
                top = layout.blockBoundingRect(block).top() + 1  # one pixel of rounding
                page = int(top // height)
                found[name] = (page, max(top - 1 - page * height, 0.0))
            it += 1
        block = block.next()
    # the contents' page numbers: a chapter starts where its level-1 anchor (the one after its level-0 mark) is
    aliases = {}
    for index, (anchor, level, title) in enumerate(marks.marks):
        if level == 0 and index + 1 < len(marks.marks) and marks.marks[index + 1][0] in found:
            aliases[f"bm-{title}"] = found[marks.marks[index + 1][0]]
    found.update(aliases)
    return found


def _paint(writer: QPdfWriter, doc: QTextDocument, band: float, langs: tuple[str, ...], guides: list[Guide],
           places: dict[str, tuple[int, float]], marks: _Builder) -> int:
    from render.items import font_family

    pages = doc.pageCount()
    width = doc.pageSize().width()
    height = doc.pageSize().height()
    starts = sorted((places[f"bm-chapter-{i}"][0], chapter.title) for i, chapter in enumerate(guides[0].chapters)
                    if f"bm-chapter-{i}" in places)
    if "bm-glossary" in places:
        starts.append((places["bm-glossary"][0], handout_label("glossary", langs[0])))
    running = QFont(font_family(), 8)
    title = " / ".join(handout_label("title", lang) for lang in langs)
    painter = QPainter(writer)
    try:
        metrics = QFontMetricsF(running, writer)
        for page in range(pages):
            if page:
                writer.newPage()
            painter.setFont(running)
            painter.setPen(Qt.GlobalColor.darkGray)
            chapter = next((name for start, name in reversed(starts) if start <= page), "") if page else ""
            line = QRectF(0, 0, width, metrics.height())
            painter.drawText(line, int(Qt.AlignmentFlag.AlignLeft), metrics.elidedText(
                title, Qt.TextElideMode.ElideRight, width * 0.45))
            painter.drawText(line, int(Qt.AlignmentFlag.AlignRight), metrics.elidedText(
                chapter, Qt.TextElideMode.ElideRight, width * 0.5))
            footer = QRectF(0, band + height + band - metrics.height(), width, metrics.height())
            number = " / ".join(handout_label("page_of", lang).format(page + 1, pages) for lang in langs)
            painter.drawText(footer, int(Qt.AlignmentFlag.AlignRight), number)
            painter.save()
            painter.translate(0, band - page * height)
            doc.drawContents(painter, QRectF(0, page * height, width, height))
            painter.restore()
    finally:
        painter.end()
    return pages
