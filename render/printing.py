"""Print and PDF: blank meeting forms, the filled assessment and the action plan, drawn page by page from a Report.

The renderer measures every piece of text with QTextLayout at the device's resolution and places blocks on
pages itself: an indicator is kept on one page unless it is longer than a page (then it goes on under a
"(continued)" line), table headers repeat on every page, long texts wrap (anywhere, if a word is longer
than the line) and pages are cut only between lines. A first pass lays out, a second one paints, so the
footer can say "Page x of y". It draws on any QPagedPaintDevice: QPrinter (printer, preview) or QPdfWriter.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Sequence

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor, QFont, QFontDatabase, QFontMetricsF, QImage, QPageLayout, QPageSize, QPagedPaintDevice, QPainter,
    QPainterPath, QPdfWriter, QPen, QRawFont, QTextLayout, QTextOption,
)

from model.report import annexes as report_annexes
from model.report import gaps as report_gaps
from model.report import intro as report_intro
from model.errors import UserInputError
from model.formats.fitwidths import distribute
from model.formats.pdfoutline import Bookmark, add_outline
from model.formats.text import clean
from model.fileio import check_pdf, write_export
from model.report.build import ActionEntry, AreaSection, IndicatorEntry, Report, chart_data
from model.report import formatting, layout
from model.report.sections import Heading, Para, Table, join

KINDS = ("blank", "filled", "plan", "register_form")  # register_form: render.register_form
PAPERS = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
# Fonts that hold Cyrillic with the Kyrgyz letters ң ө ү: Windows first, then a plain Debian (fonts-dejavu-core).
FONT_CANDIDATES = ("Arial", "Segoe UI", "DejaVu Sans", "Noto Sans", "PT Sans", "Liberation Sans")
KYRGYZ_LETTERS = "ңөүҢӨҮ"

INK = QColor("#202020")
GREY = QColor("#555555")
HEADING = QColor("#1F3864")
SHADE = QColor("#E8EEF7")
BORDER = QColor("#8C96A8")
RULE = QColor("#A8B0BE")

# The printout's own words that the Word export does not use; the rest comes from model.report.labels.
PRINT_LABELS: dict[str, dict[str, str]] = {
    "blank_title": {"en": "Meeting form: self-assessment of the indicators",
                    "ru": "Форма для совещания: самостоятельная оценка показателей",
                    "ky": "Жыйын үчүн форма: көрсөткүчтөрдү өз алдынча баалоо"},
    "blank_hint": {"en": "Tick the criteria that are met and one level; write the situation, the evidence, the "
                         "gaps and the responsible authority on the lines.",
                   "ru": "Отметьте выполненные критерии и один уровень; на линиях опишите текущее положение, "
                         "подтверждающие материалы, пробелы и ответственный орган.",
                   "ky": "Аткарылган критерийлерди жана бир деңгээлди белгилеңиз; саптарга учурдагы абалды, "
                         "далилдерди, кемчиликтерди жана жооптуу органды жазыңыз."},
    "meeting_date": {"en": "Date of the meeting", "ru": "Дата совещания", "ky": "Жыйындын күнү"},
    "participants": {"en": "Participants (name, organisation)", "ru": "Участники (Ф. И. О., организация)",
                     "ky": "Катышуучулар (аты-жөнү, уюму)"},
    "tick_criteria": {"en": "Criteria (tick those met)", "ru": "Критерии (отметьте выполненные)",
                      "ky": "Критерийлер (аткарылгандарын белгилеңиз)"},
    "tick_level": {"en": "Level (tick one)", "ru": "Уровень (отметьте один)", "ky": "Деңгээл (бирөөнү белгилеңиз)"},
    "continued": {"en": "(continued)", "ru": "(продолжение)", "ky": "(уландысы)"},
    "page_of": {"en": "Page {0} of {1}", "ru": "Страница {0} из {1}", "ky": "Бет {0} / {1}"},
    "agreed_by": {"en": "Agreed by", "ru": "Согласовал", "ky": "Макулдашкан"},
}


class RenderCancelled(Exception):
    """The person stopped a long export; nothing was written."""


@dataclass(frozen=True)
class PrintOptions:
    kind: str = "filled"  # "blank", "filled", "plan" or "register_form" (an operator's data for the register)
    paper: str = "A4"  # "A4" or "Letter"
    landscape: bool | None = None  # None: portrait, except the action plan
    margins_mm: tuple[float, float, float, float] = (18.0, 12.0, 15.0, 12.0)  # left, top, right, bottom
    areas: tuple[str, ...] = ()  # only these areas (blank forms and the filled assessment); empty: all

    def is_landscape(self) -> bool:
        return self.kind == "plan" if self.landscape is None else self.landscape

    def page_layout(self) -> QPageLayout:
        if self.kind not in KINDS:
            raise UserInputError(detail=f"the printout must be one of {', '.join(KINDS)}, not {self.kind!r}")
        if self.paper not in PAPERS:
            raise UserInputError(detail=f"the paper must be one of {', '.join(PAPERS)}, not {self.paper!r}")
        if any(not 0 <= m <= 60 for m in self.margins_mm):
            raise UserInputError(detail="margins must be between 0 and 60 mm")
        orientation = QPageLayout.Orientation.Landscape if self.is_landscape() else QPageLayout.Orientation.Portrait
        left, top, right, bottom = self.margins_mm
        return QPageLayout(QPageSize(PAPERS[self.paper]), orientation, QMarginsF(left, top, right, bottom),
                           QPageLayout.Unit.Millimeter)


# ---------------------------------------------------------------------------------------------- labels
def print_label(report: Report, key: str) -> tuple[str, ...]:
    entry = PRINT_LABELS.get(key)
    if entry is None:
        return report.label(key)
    return tuple(entry.get(lang) or entry["en"] for lang in report.langs)


@lru_cache(maxsize=1)
def font_family() -> str:
    """The first installed family that has the Kyrgyz letters, so no glyph falls back to another font."""
    installed = set(QFontDatabase.families())
    for family in FONT_CANDIDATES:
        if family in installed:
            raw = QRawFont.fromFont(QFont(family))
            if raw.isValid() and all(raw.supportsCharacter(ch) for ch in KYRGYZ_LETTERS):
                return family
    return QFont().defaultFamily()


# ---------------------------------------------------------------------------------------------- context
class Context:
    """The device, its resolution, the fonts and the width of the text area; helpers that make items."""

    def __init__(self, device: QPagedPaintDevice, width: float, height: float) -> None:
        self.device = device
        self.dpi = float(device.logicalDpiY())
        self.width = width
        self.height = height
        family = font_family()

        def font(size: float, bold: bool = False, italic: bool = False) -> QFont:
            f = QFont(family)
            f.setPointSizeF(size)
            f.setBold(bold)
            f.setItalic(italic)
            f.setKerning(True)
            return f

        self.font = font
        self.body = font(9.5)
        self.body_bold = font(9.5, bold=True)
        self.body_italic = font(9, italic=True)
        self.small = font(8)
        self.small_bold = font(8.5, bold=True)
        self.band = font(10.5, bold=True)
        self.h1 = font(14, bold=True)
        self.title = font(19, bold=True)
        self.subtitle = font(12)
        self.running = font(7.5)

    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4

    def pt(self, value: float) -> float:
        return value * self.dpi / 72.0

    def para(self, text: str, font: QFont, width: float, **kw) -> "Paragraph":
        return Paragraph(self, text, font, width, **kw)

    def columns(self, texts: Sequence[str], font: QFont, width: float, **kw) -> "Item":
        """One text per language: a paragraph, or columns side by side for a bilingual report."""
        if len(texts) == 1:
            return self.para(texts[0], font, width, **kw)
        gap = self.mm(4)
        col = (width - gap * (len(texts) - 1)) / len(texts)
        return Row([(i * (col + gap), self.para(t, font, col, **kw)) for i, t in enumerate(texts)])


# ---------------------------------------------------------------------------------------------- items
class Item:
    """A piece of the vertical flow. ``paint`` draws the slice [top, bottom) of it with ``top`` at page y."""

    height: float = 0.0

    def breaks(self) -> list[float]:
        """Positions (ascending, inside the item) where a page may cut it without cutting a line."""
        return []

    def paint(self, p: QPainter, x: float, y: float, top: float = 0.0, bottom: float = math.inf) -> None:
        raise NotImplementedError


EPS = 0.01


class Spacer(Item):
    def __init__(self, height: float) -> None:
        self.height = height

    def paint(self, p, x, y, top=0.0, bottom=math.inf) -> None:
        pass


class Paragraph(Item):
    """Wrapped text: one QTextLayout laid out at ``width`` for the device; lines are never cut by a page."""

    def __init__(self, ctx: Context, text: str, font: QFont, width: float, *, colour: QColor = INK,
                 align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft, bold_prefix: int = 0,
                 space_after: float = 0.0) -> None:
        self.colour = colour
        self.width = width
        # A line break inside a paragraph is a line separator for QTextLayout.
        text = clean(text).replace("\n", "\u2028")
        self.text = text
        self.layout = QTextLayout(text, font, ctx.device)
        option = QTextOption(align)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.layout.setTextOption(option)
        if bold_prefix:
            bold = QTextLayout.FormatRange()
            bold.start, bold.length = 0, bold_prefix
            fmt = bold.format
            fmt.setFontWeight(QFont.Weight.Bold)
            bold.format = fmt
            self.layout.setFormats([bold])
        self.layout.setCacheEnabled(True)
        self.lines: list[tuple[object, float, float]] = []
        self.layout.beginLayout()
        y = 0.0
        while True:
            line = self.layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(1.0, width))
            line.setLeadingIncluded(True)
            line.setPosition(QPointF(0, y))
            height = line.height() * 1.08
            self.lines.append((line, y, y + height))
            y += height
        self.layout.endLayout()
        self.first_line = self.lines[0][2] if self.lines else 0.0
        self.height = y + space_after

    def breaks(self) -> list[float]:
        return [bottom for _, _, bottom in self.lines[:-1]]

    def paint(self, p, x, y, top=0.0, bottom=math.inf) -> None:
        p.setPen(self.colour)
        origin = QPointF(x, y - top)
        for line, line_top, line_bottom in self.lines:
            if line_top >= top - EPS and line_bottom <= bottom + EPS:
                line.draw(p, origin)


class Stack(Item):
    """Items one below the other."""

    def __init__(self, items: Iterable[Item]) -> None:
        self.items: list[tuple[float, Item]] = []
        y = 0.0
        for item in items:
            self.items.append((y, item))
            y += item.height
        self.height = y

    def breaks(self) -> list[float]:
        result: list[float] = []
        for offset, item in self.items:
            if offset > EPS:
                result.append(offset)
            result.extend(offset + b for b in item.breaks())
        return result

    def paint(self, p, x, y, top=0.0, bottom=math.inf) -> None:
        origin = y - top
        for offset, item in self.items:
            start, end = offset, offset + item.height
            if end <= top + EPS or start >= bottom - EPS:
                continue
            ctop, cbottom = max(0.0, top - offset), min(item.height, bottom - offset)
            item.paint(p, x, origin + offset + ctop, ctop, cbottom)


class Row(Item):
    """Cells side by side, each an item at its own x; optionally a table row with borders and shading."""

    def __init__(self, cells: Sequence[tuple[float, Item]], *, widths: Sequence[float] | None = None,
                 padding: float = 0.0, border: QColor | None = None, shade: Sequence[QColor | None] = (),
                 min_height: float = 0.0) -> None:
        self.cells = list(cells)
        self.widths = list(widths) if widths else None
        self.padding = padding
        self.border = border
        self.shade = list(shade)
        inner = max((item.height for _, item in self.cells), default=0.0)
        self.height = max(min_height, inner + 2 * padding)

    def breaks(self) -> list[float]:
        pad = self.padding
        per_cell = [(item.height, {round(b, 2) for b in item.breaks()}) for _, item in self.cells]
        candidates = sorted({round(pad + b, 2) for _, item in self.cells for b in item.breaks()}
                            | {round(pad + h, 2) for h, _ in per_cell})
        safe = []
        for c in candidates:
            local = round(c - pad, 2)
            if all(local >= h - EPS or local <= EPS or local in bs for h, bs in per_cell) \
                    and EPS < c < self.height - EPS:
                safe.append(c)
        return safe

    def paint(self, p, x, y, top=0.0, bottom=math.inf) -> None:
        bottom = min(bottom, self.height)
        origin = y - top
        if self.widths:
            for (dx, _), width, shade in zip(self.cells, self.widths, self.shade + [None] * len(self.cells)):
                if shade is not None:
                    p.fillRect(QRectF(x + dx - self.padding, y, width, bottom - top), shade)
        for dx, item in self.cells:
            start = self.padding
            end = start + item.height
            if end <= top + EPS or start >= bottom - EPS:
                continue
            ctop, cbottom = max(0.0, top - start), min(item.height, bottom - start)
            item.paint(p, x + dx, origin + start + ctop, ctop, cbottom)
        if self.border is not None and self.widths:
            pen = QPen(self.border)
            pen.setWidthF(max(1.0, p.device().logicalDpiY() / 150.0))
            p.setPen(pen)
            left = x + self.cells[0][0] - self.padding
            right = left + sum(self.widths)
            p.drawLine(QPointF(left, y), QPointF(right, y))
            p.drawLine(QPointF(left, y + bottom - top), QPointF(right, y + bottom - top))
            edge = left
            for width in [0.0] + list(self.widths):
                edge += width
                p.drawLine(QPointF(edge, y), QPointF(edge, y + bottom - top))


class TickBox(Item):
    """A square to tick, drawn (not a font glyph), centred on the first line of the text beside it."""

    def __init__(self, ctx: Context, line_height: float, *, checked: bool = False, size_mm: float = 3.4) -> None:
        self.size = ctx.mm(size_mm)
        self.line_height = line_height
        self.checked = checked
        self.height = max(self.size, line_height)

    def paint(self, p, x, y, top=0.0, bottom=math.inf) -> None:
        if top > EPS:
            return
        box_y = y + (self.line_height - self.size) / 2
        pen = QPen(INK)
        pen.setWidthF(max(1.0, p.device().logicalDpiY() / 110.0))
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(QRectF(x, box_y, self.size, self.size))
        if self.checked:
            s = self.size
            tick = QPainterPath(QPointF(x + s * 0.2, box_y + s * 0.55))
            tick.lineTo(QPointF(x + s * 0.42, box_y + s * 0.78))
            tick.lineTo(QPointF(x + s * 0.82, box_y + s * 0.22))
            pen.setWidthF(pen.widthF() * 1.8)
            p.setPen(pen)
            p.drawPath(tick)


class RuledLines(Item):
    """Lines to write on; a page may fall between two lines."""

    def __init__(self, ctx: Context, count: int, width: float, spacing_mm: float = 7.5) -> None:
        self.gap = ctx.mm(spacing_mm)
        self.count = count
        self.width = width
        self.height = self.gap * count

    def breaks(self) -> list[float]:
        return [self.gap * i for i in range(1, self.count)]

    def paint(self, p, x, y, top=0.0, bottom=math.inf) -> None:
        pen = QPen(RULE)
        pen.setWidthF(max(1.0, p.device().logicalDpiY() / 200.0))
        p.setPen(pen)
        for i in range(1, self.count + 1):
            line_y = self.gap * i
            if top + EPS < line_y <= bottom + EPS:
                p.drawLine(QPointF(x, y - top + line_y - 1), QPointF(x + self.width, y - top + line_y - 1))


class HLine(Item):
    def __init__(self, ctx: Context, width: float, colour: QColor = HEADING, thickness_pt: float = 0.8,
                 space: float = 0.0) -> None:
        self.width, self.colour, self.space = width, colour, space
        self.thickness = ctx.pt(thickness_pt)
        self.height = self.thickness + 2 * space

    def paint(self, p, x, y, top=0.0, bottom=math.inf) -> None:
        p.fillRect(QRectF(x, y - top + self.space, self.width, self.thickness), self.colour)


class Chart(Item):
    """The radar chart of the areas (render.radar), drawn at 96 dpi proportions into a 300 dpi picture."""

    DESIGN = (640.0, 470.0)  # the chart's own coordinates: pixels at 96 dpi, as on the screen

    def __init__(self, ctx: Context, labels: list[str], values: list[float | None], width: float,
                 before: list[float | None] | None = None, legend: tuple[str, str] | None = None,
                 lang: str = "en") -> None:
        self.labels, self.values, self.before, self.legend = labels, values, before, legend  # before: 2nd polygon
        self.lang = lang  # of the grid's percentages
        self.width = width
        self.height = width * self.DESIGN[1] / self.DESIGN[0]

    def paint(self, p, x, y, top=0.0, bottom=math.inf) -> None:
        if top > EPS:
            return
        from render.radar import paint_radar

        scale = 300.0 / 96.0
        image = QImage(int(self.DESIGN[0] * scale), int(self.DESIGN[1] * scale), QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        try:
            painter.scale(scale, scale)
            paint_radar(painter, QRectF(0, 0, *self.DESIGN), self.labels, self.values, before=self.before,
                        legend=self.legend, lang=self.lang)
        finally:
            painter.end()
        p.drawImage(QRectF(x, y, self.width, self.height), image)


# ---------------------------------------------------------------------------------------------- blocks
@dataclass
class Block:
    """Items that belong together. ``keep``: on one page if it fits a page. ``header``: repeated on every
    page the block reaches (a table's header row). ``continued``: shown on the pages a kept block goes on to."""

    items: list[Item]
    area: str | None = None  # the area named in the running header; None: unchanged
    keep: bool = True
    header: Item | None = None
    continued: Item | None = None
    keep_with_next: bool = False
    page_break_before: bool = False
    bookmark: tuple[int, str] | None = None  # (level, title) of the PDF outline entry pointing here

    @property
    def height(self) -> float:
        return (self.header.height if self.header else 0.0) + sum(i.height for i in self.items)

    def lead_height(self, body: float) -> float:
        """What must fit beneath a heading kept with this block."""
        if self.keep and self.height <= body:
            return self.height
        first = self.items[0].height if self.items else 0.0
        return min(body / 3, (self.header.height if self.header else 0.0) + first)


@dataclass
class Placement:
    item: Item
    y: float
    top: float
    bottom: float


@dataclass
class Page:
    area: str = ""
    placements: list[Placement] = field(default_factory=list)
    bookmarks: list[tuple[int, str, float]] = field(default_factory=list)  # (level, title, y on the page)


def paginate(blocks: Sequence[Block], body: float) -> list[Page]:
    """Place the blocks on pages of ``body`` height (the first pass)."""
    pages = [Page()]
    state = {"y": 0.0, "fresh": True, "area": ""}

    def new_page(repeat: Item | None = None) -> None:
        pages.append(Page(area=state["area"]))
        state["y"] = 0.0
        if repeat is not None:
            place(repeat, 0.0, repeat.height)
        state["fresh"] = True  # nothing but a repeated header yet

    def place(item: Item, top: float, bottom: float) -> None:
        pages[-1].placements.append(Placement(item, state["y"], top, bottom))
        state["y"] += bottom - top
        state["fresh"] = False

    for index, block in enumerate(blocks):
        if block.area is not None:
            state["area"] = block.area
            if not pages[-1].placements:
                pages[-1].area = block.area
        if block.page_break_before and pages[-1].placements:
            new_page()
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        extra = following.lead_height(body) if block.keep_with_next and following else 0.0
        total = block.height
        if block.keep and total + extra <= body:
            if state["y"] + total + extra > body + EPS and pages[-1].placements:
                new_page()
            if block.bookmark:
                pages[-1].bookmarks.append((*block.bookmark, state["y"]))
            if block.header:
                place(block.header, 0.0, block.header.height)
            for item in block.items:
                place(item, 0.0, item.height)
            continue
        # A block that flows over pages (a table, or a kept block longer than a page).
        repeat = block.header if block.header is not None else (block.continued if block.keep else None)
        repeat_h = repeat.height if repeat is not None else 0.0
        lead = block.lead_height(body) if not block.keep else min(total, body / 4)
        if state["y"] + lead > body + EPS and pages[-1].placements:
            new_page()
        if block.bookmark:
            pages[-1].bookmarks.append((*block.bookmark, state["y"]))
        if block.header:
            place(block.header, 0.0, block.header.height)
            state["fresh"] = True
        for item in block.items:
            top = 0.0
            while item.height - top > EPS:
                room = body - state["y"]
                if item.height - top <= room + EPS:
                    place(item, top, item.height)
                    break
                fits_fresh = item.height - top <= body - repeat_h + EPS
                if fits_fresh and not state["fresh"]:
                    new_page(repeat)
                    continue
                cuts = [b for b in item.breaks() if top + EPS < b <= top + room + EPS]
                if cuts:
                    cut = cuts[-1]
                elif not state["fresh"]:
                    new_page(repeat)
                    continue
                else:  # one line taller than a page: nothing to do but cut it
                    cut = top + max(room, 1.0)
                place(item, top, cut)
                top = cut
                new_page(repeat)
    if len(pages) > 1 and not pages[-1].placements:
        pages.pop()
    return pages


# ---------------------------------------------------------------------------------------------- documents
TABLE_PAD_MM = 1.3


class _Builder:
    """Turns a Report into blocks for one of the three printouts."""

    def __init__(self, report: Report, ctx: Context, options: PrintOptions) -> None:
        self.r, self.c, self.o = report, ctx, options
        self.lang = report.langs[0]
        self.w = ctx.width

    # helpers
    def t(self, key: str, sep: str = " / ") -> str:
        return join(print_label(self.r, key), sep)

    def sections(self) -> list[AreaSection]:
        wanted = self.o.areas
        if not wanted:
            return list(self.r.sections)
        known = {s.id for s in self.r.sections}
        unknown = [a for a in wanted if a not in known]
        if unknown:
            raise UserInputError(detail=f"there is no area {', '.join(unknown)} (the areas are "
                                        f"{', '.join(s.id for s in self.r.sections)})")
        return [s for s in self.r.sections if s.id in wanted]

    def heading(self, text: str, *, area: str | None = None, page_break: bool = False,
                intro: Sequence[str] = ()) -> Block:
        c = self.c
        items: list[Item] = [c.para(text, c.h1, self.w, colour=HEADING), HLine(c, self.w, space=c.mm(0.8))]
        for line in intro:
            if line:
                items.append(c.para(line, c.body_italic, self.w, colour=GREY))
        items.append(Spacer(c.mm(3)))
        return Block(items, area=area, keep_with_next=True, page_break_before=page_break, bookmark=(1, text))

    def band(self, entry: IndicatorEntry, suffix: str = "") -> Item:
        """The shaded line with the indicator's id and statement."""
        c = self.c
        id_w = c.mm(11)
        pad = c.mm(1.5)
        texts = tuple(f"{s} {suffix}".strip() for s in entry.statement) if suffix else entry.statement
        inner = self.w - id_w - 2 * pad
        return Row([(pad, c.para(entry.id, c.band, id_w, colour=HEADING)),
                    (pad + id_w, c.columns(texts, c.band, inner, colour=HEADING))],
                   widths=[self.w], padding=pad, shade=[SHADE])

    def continued_band(self, entry: IndicatorEntry) -> Item:
        c = self.c
        statement = entry.statement[0]
        short = statement if len(statement) <= 70 else statement[:68].rsplit(" ", 1)[0] + "…"
        return Stack([c.para(f"{entry.id}  {short} {self.t('continued')}", c.small_bold, self.w, colour=GREY),
                      Spacer(c.mm(1.5))])

    def label(self, key: str) -> Item:
        c = self.c
        return Stack([Spacer(c.mm(2)), c.para(self.t(key), c.small_bold, self.w, colour=HEADING)])

    def tick_line(self, checked: bool, lead: str, texts: Sequence[str], *, lead_mm: float = 11.0,
                  lead_font: QFont | None = None, lead_colour: QColor = INK, bold_prefix: Sequence[int] = ()) -> Item:
        c = self.c
        first = c.para("Ag", c.body, c.mm(20)).first_line
        box = TickBox(c, first, checked=checked)
        x_lead = box.size + c.mm(2)
        x_text = x_lead + c.mm(lead_mm)
        width = self.w - x_text
        if len(texts) == 1:
            body: Item = c.para(texts[0], c.body, width, bold_prefix=bold_prefix[0] if bold_prefix else 0)
        else:
            gap = c.mm(4)
            col = (width - gap * (len(texts) - 1)) / len(texts)
            body = Row([(i * (col + gap), c.para(t, c.body, col, bold_prefix=bold_prefix[i] if bold_prefix else 0))
                        for i, t in enumerate(texts)])
        lead_text = c.para(lead, lead_font or c.body, c.mm(lead_mm) - c.mm(1), colour=lead_colour)
        return Stack([Row([(0.0, box), (x_lead, lead_text), (x_text, body)]), Spacer(c.mm(0.8))])

    def ruled(self, key: str, count: int) -> Item:
        return Stack([self.label(key), RuledLines(self.c, count, self.w)])

    def title_rows(self, rows: Sequence[tuple[str, str]]) -> list[Item]:
        """A two-column table of a label and its value (title pages, approval)."""
        c = self.c
        pad = c.mm(1.5)
        label_w = c.mm(48)
        items: list[Item] = []
        for label, value in rows:
            items.append(Row([(pad, c.para(label, c.body_bold, label_w - 2 * pad)),
                              (label_w + pad, c.para(value or "—", c.body, self.w - label_w - 2 * pad))],
                             widths=[label_w, self.w - label_w], padding=pad, border=BORDER, shade=[SHADE, None]))
        return items

    def signatures(self, second: str) -> Block:
        """"Prepared by" and ``second`` ("Agreed by" / "Approved by"), each with name, position, date, signature."""
        c = self.c
        items: list[Item] = [Spacer(c.mm(6)), c.para(self.t("signatures"), c.h1, self.w, colour=HEADING),
                             HLine(c, self.w, space=c.mm(0.8)), Spacer(c.mm(2))]
        half = (self.w - c.mm(10)) / 2
        for key in ("prepared_by", second):
            # a final assessment: the approver and the date as recorded (model.cycle.final), above the rules
            name, day = layout.approval(self.r)
            filled = {"name": name, "date": day} if key == "approved_by" and name else {}
            items.append(c.para(self.t(key), c.body_bold, self.w))
            for left, right in (("name", "position"), ("date", "signature")):
                items.append(Row([(0.0, self.field_line(left, half, filled.get(left, ""))),
                                  (half + c.mm(10), self.field_line(right, half, filled.get(right, "")))]))
            items.append(Spacer(c.mm(5)))
        return Block(items, area="", keep=True, bookmark=(1, self.t("signatures")))

    def field_line(self, key: str, width: float, value: str = "") -> Item:
        """A ruled line to write on, labelled below; ``value`` (if any) is printed on it."""
        c = self.c
        written: Item = c.para(value, c.body, width) if value else Spacer(c.mm(5))
        return Stack([written, RuledLines(c, 1, width, spacing_mm=6.0 if not value else 1.0),
                      c.para(self.t(key), c.small, width, colour=GREY)])

    def document_title(self, title: Sequence[str], subtitle: Sequence[str]) -> list[Item]:
        c, tp = self.c, self.r.title_page
        items: list[Item] = []
        if tp.country:
            items.append(c.para(tp.country, c.subtitle, self.w, colour=GREY, align=Qt.AlignmentFlag.AlignHCenter))
        for text in self.r.label("convention"):
            items.append(c.para(text, c.body_italic, self.w, colour=GREY, align=Qt.AlignmentFlag.AlignHCenter))
        items.append(Spacer(c.mm(6)))
        for text in title:
            items.append(c.para(text, c.title, self.w, colour=HEADING, align=Qt.AlignmentFlag.AlignHCenter))
        items.append(Spacer(c.mm(2)))
        for text in subtitle:
            items.append(c.para(text, c.subtitle, self.w, colour=HEADING, align=Qt.AlignmentFlag.AlignHCenter))
        items.append(Spacer(c.mm(8)))
        return items

    # blank forms
    def blank(self) -> list[Block]:
        c, r, tp = self.c, self.r, self.r.title_page
        sections = self.sections()
        blocks: list[Block] = []
        title = [tp.title] if tp.title else list(print_label(r, "blank_title"))
        subtitle = list(print_label(r, "blank_title")) if tp.title else list(tp.catalogue_title)
        items = self.document_title(title, subtitle)
        items += self.title_rows(layout.blank_title_rows(r, sections))
        items.append(Spacer(c.mm(4)))
        for text in print_label(r, "blank_hint"):
            items.append(c.para(text, c.body_italic, self.w, colour=GREY, space_after=c.mm(1)))
        if tp.provisional:
            for text in r.label("provisional_note"):
                items.append(c.para(text, c.body_italic, self.w, colour=GREY, space_after=c.mm(1)))
        items.append(self.ruled("meeting_date", 1))
        items.append(self.ruled("participants", 6))
        blocks.append(Block(items, area=""))
        for section in sections:
            intro = [t for t in section.description if t]
            blocks.append(self.heading(layout.area_name(section), area=layout.area_name(section), page_break=True,
                                       intro=intro))
            for entry in section.indicators:
                blocks.append(self.blank_indicator(entry))
        blocks.append(self.signatures("agreed_by"))
        return blocks

    def blank_indicator(self, e: IndicatorEntry) -> Block:
        c = self.c
        items: list[Item] = [self.band(e), Spacer(c.mm(1))]
        if any(e.references):
            texts = tuple(f"{label}: {refs}" for label, refs in zip(self.r.label("references"), e.references))
            items.append(c.columns(texts, c.small, self.w, colour=GREY))
        if e.criteria:
            items.append(self.label("tick_criteria"))
            items.append(Spacer(c.mm(1)))
            for criterion in e.criteria:
                items.append(self.tick_line(False, criterion.label[0], criterion.text, lead_mm=12, lead_colour=GREY))
        items.append(self.label("tick_level"))
        items.append(Spacer(c.mm(1)))
        for choice in e.choices:
            texts, bold = [], []
            for i, label in enumerate(choice.label):
                descriptor = choice.descriptor[i] if i < len(choice.descriptor) else ""
                texts.append(f"{label}: {descriptor}" if descriptor else label)
                bold.append(len(label) + (1 if descriptor else 0))
            lead = "—" if choice.value is None else str(choice.value)
            items.append(self.tick_line(False, lead, texts, lead_mm=6, lead_font=c.body_bold, bold_prefix=bold))
        items.append(self.ruled("description", 4))
        items.append(self.ruled("evidence", 3))
        items.append(self.ruled("gaps", 3))
        items.append(self.ruled("authority", 1))
        items.append(Spacer(c.mm(6)))
        return Block(items, continued=self.continued_band(e), bookmark=(2, f"{e.id} {e.statement[0]}"))

    # the filled assessment
    def filled(self) -> list[Block]:
        c, r, tp = self.c, self.r, self.r.title_page
        titles = [t for t in tp.titles if t]
        items = self.document_title(titles or list(r.label("report_title")), list(r.label("report_title")) if titles else [])
        items += self.title_rows(layout.title_rows(r))
        if tp.provisional:
            items.append(Spacer(c.mm(3)))
            for text in r.label("provisional_note"):
                items.append(c.para(text, c.body_italic, self.w, colour=GREY, space_after=c.mm(1)))
        blocks = [Block(items, area="")]
        blocks += self.executive_summary()
        blocks += self.place(report_intro.elements(r))
        blocks.append(self.heading(r.text("summary"), area=r.text("summary"), page_break=True,
                                   intro=[r.text("summary_intro")]))
        # the chart first, then the table (which may flow on): the chart never lands alone on a page
        labels, values = chart_data(r)
        chart_w = min(self.w, c.mm(150))
        chart = Chart(c, labels, values, chart_w, lang=self.lang)
        caption = c.para(r.text("chart_caption"), c.body_italic, self.w, colour=GREY,
                         align=Qt.AlignmentFlag.AlignHCenter)
        blocks.append(Block([Row([((self.w - chart_w) / 2, chart)]), caption, Spacer(c.mm(4))]))
        blocks.append(self.summary_table())
        from render.progress import progress_blocks

        blocks += progress_blocks(self)  # since the previous assessment, when there is one
        for section in self.sections():
            intro = [t for t in section.description if t] + [layout.area_line(r, section.summary)]
            # areas follow each other on the same page (the heading keeps with the first indicator), so that
            # the last indicator of an area does not leave half a page empty
            heading = self.heading(layout.area_name(section), area=layout.area_name(section), intro=intro)
            heading.items.insert(0, Spacer(c.mm(4)))
            blocks.append(heading)
            for entry in section.indicators:
                blocks.append(self.filled_indicator(entry))
        if r.options.include_actions:
            blocks += self.place(report_gaps.gap_elements(r, self.o.areas))  # of the areas printed
            blocks += self.place(report_gaps.assistance_elements(r, self.o.areas))
        blocks += self.place(report_annexes.elements(r))
        blocks += self.attachments_annex()
        blocks.append(self.signatures("approved_by"))
        return blocks

    def executive_summary(self) -> list[Block]:
        """The user's own summary in each language, then the key figures (model.report.sections)."""
        c, r, ex = self.c, self.r, self.r.executive
        blocks = [self.heading(r.text("executive_summary"), area=r.text("executive_summary"), page_break=True)]
        for text in ex.texts:
            if text:
                blocks.append(Block([c.para(text, c.body, self.w, space_after=c.mm(2))], keep=False))
        items: list[Item] = [Spacer(c.mm(2)), c.para(r.text("key_figures"), c.body_bold, self.w, space_after=c.mm(1))]
        for line in layout.figure_lines(r):
            items.append(c.para(line, c.body, self.w, space_after=c.mm(1)))
        blocks.append(Block(items))
        return blocks

    def place(self, elements) -> list[Block]:
        """Blocks for a section built by the report model (model.report.sections)."""
        c, blocks = self.c, []
        for element in elements:
            if isinstance(element, Heading) and element.level == 1:
                blocks.append(self.heading(element.text, area=element.text, page_break=True))
            elif isinstance(element, Heading):
                blocks.append(Block([Spacer(c.mm(2)), c.para(element.text, c.body_bold, self.w, space_after=c.mm(1))],
                                    keep_with_next=True))
            elif isinstance(element, Para):
                font = (c.small if element.small else c.body_italic if element.italic else c.body)
                blocks.append(Block([c.para(element.text, font, self.w, space_after=c.mm(1.5))]))
            elif isinstance(element, Table):
                blocks.append(self.table(list(element.headers), [list(row) for row in element.rows],
                                         list(element.weights)))
                blocks.append(Block([Spacer(c.mm(2))]))
        return blocks

    def attachments_annex(self) -> list[Block]:
        """The files attached to the indicators (they travel in the .teia file, not in the printout)."""
        c, r = self.c, self.r
        rows = layout.attachment_rows(r)
        heading = self.heading(r.text("annex_attachments"), area=r.text("annex_attachments"),
                               intro=[r.text("annex_attachments_intro")] if rows else [])
        heading.items.insert(0, Spacer(c.mm(4)))
        if not rows:
            return [heading, Block([c.para(r.text("no_attachments"), c.body, self.w)])]
        return [heading, self.table(layout.attachment_headers(r), rows, [2.4, 8.6, 2.4, 3.6])]

    def column_widths(self, headers: Sequence[str], weights: Sequence[float]) -> list[float]:
        """Column widths in proportion to ``weights``, but each at least as wide as its longest header word
        (in the header's 8 pt bold), so that no header breaks inside a word."""
        c = self.c
        metrics = QFontMetricsF(c.font(8, bold=True), c.device)
        pad = TABLE_PAD_MM * c.mm(1)
        need = [max((metrics.horizontalAdvance(w) for w in h.split()), default=0.0) * 1.03 + 2 * pad for h in headers]
        return distribute(need, [self.w * w / sum(weights) for w in weights])

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[Item | str]], weights: Sequence[float],
              *, font: QFont | None = None, area: str | None = None, bold_last: bool = False) -> Block:
        """A table whose rows are never cut between lines and whose header repeats on every page."""
        c = self.c
        pad = TABLE_PAD_MM * c.mm(1)
        header_font = c.font(8, bold=True)
        widths = self.column_widths(headers, weights)
        xs = [sum(widths[:i]) for i in range(len(widths))]
        font = font or c.body

        def make_row(cells: Sequence[Item | str], cell_font: QFont, shade: QColor | None) -> Row:
            made = []
            for x, width, cell in zip(xs, widths, cells):
                item = cell if isinstance(cell, Item) else c.para(cell, cell_font, width - 2 * pad)
                made.append((x + pad, item))
            return Row(made, widths=widths, padding=pad, border=BORDER, shade=[shade] * len(widths))

        header = make_row(headers, header_font, SHADE)
        body = [make_row(row, c.body_bold if bold_last and i == len(rows) - 1 else font, None)
                for i, row in enumerate(rows)]
        return Block(body, area=area, keep=False, header=header)

    def summary_table(self) -> Block:
        rows = [[line.name, str(line.indicators), str(line.complete), line.completion_text, line.mean_text]
                for line in layout.summary_rows(self.r)]
        return self.table(layout.summary_headers(self.r), rows, [5.4, 2.9, 2.6, 2.9, 2.6], bold_last=True)

    def label_width(self, keys: Sequence[str]) -> float:
        """The label column of the filled indicators: as narrow as its longest word allows (more room for
        the answers, so that two indicators share a page more often), between 24 and 38 mm."""
        c = self.c
        metrics = QFontMetricsF(c.small_bold, c.device)
        widest = max((metrics.horizontalAdvance(w) for key in keys for w in self.r.text(key).split()), default=0.0)
        return min(c.mm(38), max(c.mm(24), widest * 1.04 + 2 * c.mm(1.0)))

    def filled_indicator(self, e: IndicatorEntry) -> Block:
        c, r = self.c, self.r
        pad = c.mm(1.0)
        if not hasattr(self, "_label_w"):
            self._label_w = self.label_width(layout.FIELD_KEYS)
        label_w = self._label_w
        value_w = self.w - label_w
        inner = value_w - 2 * pad
        rows: list[tuple[str, Item]] = []
        for f in layout.indicator_fields(r, e):
            if f.levels:
                level_items: list[Item] = [c.columns(tuple(head for head, _ in f.levels), c.body_bold, inner)]
                if any(desc for _, desc in f.levels):
                    level_items.append(c.columns(tuple(desc for _, desc in f.levels), c.body_italic, inner,
                                                 colour=GREY))
                value: Item = Stack(level_items)
            elif f.criteria:  # ticked boxes, drawn
                value = Stack([self.criterion_line(cr.met, cr.label[0], cr.text, inner) for cr in f.criteria])
            else:
                value = c.columns(f.texts, c.body, inner) if f.texts else c.para(f.text, c.body, inner)
            rows.append((f.label, value))
        items: list[Item] = [self.band(e)]
        for label, value in rows:
            items.append(Row([(pad, c.para(label, c.small_bold, label_w - 2 * pad)), (label_w + pad, value)],
                             widths=[label_w, value_w], padding=pad, border=BORDER, shade=[SHADE, None]))
        items.append(Spacer(c.mm(3.5)))
        return Block(items, continued=self.continued_band(e), bookmark=(2, f"{e.id} {e.statement[0]}"))

    def criterion_line(self, met: bool, cid: str, texts: Sequence[str], width: float) -> Item:
        c = self.c
        font = c.font(9)  # the catalogue's criteria a little smaller than the answers: more pages hold two
        first = c.para("Ag", font, c.mm(20)).first_line
        box = TickBox(c, first, checked=met, size_mm=3.0)
        x_id = box.size + c.mm(1.5)
        x_text = x_id + c.mm(9)
        return Stack([Row([(0.0, box), (x_id, c.para(cid, c.small, c.mm(8.5), colour=GREY)),
                           (x_text, c.columns(texts, font, width - x_text))]), Spacer(c.mm(0.6))])

    # the action plan
    def plan(self) -> list[Block]:
        c, r, tp = self.c, self.r, self.r.title_page
        heading = [t for t in (tp.country, tp.title) if t]
        blocks = [self.heading(r.text("action_plan"), area=r.text("action_plan"), intro=heading)]
        if not r.actions:
            blocks.append(Block([c.para(r.text("no_actions"), c.body, self.w)]))
        else:
            headers = layout.action_headers(r)
            weights = [0.9, 6.0, 2.7, 4.0, 2.3, 2.6, 2.7, 4.4]
            pad = TABLE_PAD_MM * c.mm(1)
            width = [w - 2 * pad for w in self.column_widths(headers, weights)]
            rows = [self.action_cells(a, width) for a in r.actions]
            blocks.append(self.table(headers, rows, weights, font=c.small))
        blocks.append(self.signatures("approved_by"))
        return blocks

    def action_cells(self, a: ActionEntry, width: list[float]) -> list[Item | str]:
        """The cells of model.report.layout, a plain one as text, one of several lines (title and gap, lead
        and partners) as paragraphs: bold in 8 pt bold, a note in grey italics."""
        c, cells = self.c, []
        for cell, cell_width in zip(layout.action_cells(self.r, a), width):
            if len(cell) == 1 and not cell[0].style:
                cells.append(cell[0].text)
                continue
            cells.append(Stack([c.para(line.text, c.font(8, bold=True), cell_width) if line.style == "bold" else
                                c.para(line.text, c.font(8, italic=True), cell_width, colour=GREY)
                                if line.style == "italic" else c.para(line.text, c.small, cell_width)
                                for line in cell]))
        return cells


# ---------------------------------------------------------------------------------------------- painting
def running_title(report: Report, kind: str) -> str:
    tp = report.title_page
    if kind == "blank":
        name = join(print_label(report, "blank_title"))
    elif kind == "register_form":
        from model.register.form import FormText

        name = join(FormText(report.langs).label("form_title"))
    elif kind == "plan":
        name = report.text("action_plan")
    else:
        name = report.text("report_title")
    parts = [p for p in (tp.country, tp.title) if p]
    if kind in ("filled", "plan") and tp.draft_mark:  # "DRAFT" / «ЧЕРНОВИК» on every page until it is final
        parts.insert(0, join(tp.draft_mark))
    return " — ".join(parts + [name]) if parts else name


def render(report: Report, device: QPagedPaintDevice, options: PrintOptions | None = None,
           progress: Callable[[int, int], bool | None] | None = None,
           outline: list[Bookmark] | None = None) -> int:
    """Draw one printout of ``report`` on ``device`` with the device's own page layout; return the pages.

    ``progress(done, total)`` is called per page; returning False stops with RenderCancelled. ``outline``,
    if given, receives a Bookmark per area, indicator and section (page, and distance from the page's top).
    """
    options = options or PrintOptions()
    if options.kind not in KINDS:
        raise UserInputError(detail=f"the printout must be one of {', '.join(KINDS)}, not {options.kind!r}")
    dpi = device.logicalDpiY()
    paint_rect = device.pageLayout().paintRectPixels(dpi)
    width, height = float(paint_rect.width()), float(paint_rect.height())
    ctx = Context(device, width, height)
    header_h = ctx.mm(9)
    footer_h = ctx.mm(8)
    body = height - header_h - footer_h
    if body < ctx.mm(40) or width < ctx.mm(60):
        raise UserInputError(detail="the margins leave too little room on the page")
    builder = _Builder(report, ctx, options)
    if options.kind == "register_form":
        from render.register_form import form_blocks

        blocks = form_blocks(builder)
    else:
        blocks = {"blank": builder.blank, "filled": builder.filled, "plan": builder.plan}[options.kind]()
    pages = paginate(blocks, body)
    if outline is not None:
        top_pt = device.pageLayout().paintRect(QPageLayout.Unit.Point).top()
        to_pt = 72.0 / dpi
        outline += [Bookmark(level, title, index, top_pt + (header_h + y) * to_pt)
                    for index, page in enumerate(pages) for level, title, y in page.bookmarks]
    running = running_title(report, options.kind)
    painter = QPainter()
    if not painter.begin(device):
        raise DeviceRefused(detail="the printer or the PDF file cannot be written")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        total = len(pages)
        for number, page in enumerate(pages, start=1):
            if progress is not None and progress(number - 1, total) is False:
                raise RenderCancelled()
            if number > 1 and not device.newPage():
                raise DeviceRefused(detail="the printer did not accept a new page")
            _paint_frame(painter, ctx, report, running, page.area, number, total, header_h, footer_h, body)
            for placement in page.placements:
                placement.item.paint(painter, 0.0, header_h + placement.y, placement.top, placement.bottom)
        if progress is not None:
            progress(total, total)
    finally:
        painter.end()
    return len(pages)


def _paint_frame(p: QPainter, ctx: Context, report: Report, running: str, area: str, number: int, total: int,
                 header_h: float, footer_h: float, body: float) -> None:
    """The running header (country, assessment, area) and footer (date, page x of y)."""
    width = ctx.width
    metrics = QFontMetricsF(ctx.running, ctx.device)
    p.setFont(ctx.running)
    p.setPen(GREY)
    line_h = metrics.height()
    left = metrics.elidedText(running, Qt.TextElideMode.ElideRight, width * (0.55 if area else 1.0))
    p.drawText(QRectF(0, 0, width, line_h), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), left)
    if area:
        right = metrics.elidedText(area, Qt.TextElideMode.ElideRight, width * 0.43)
        p.drawText(QRectF(0, 0, width, line_h), int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), right)
    p.fillRect(QRectF(0, line_h + ctx.mm(1), width, ctx.pt(0.5)), RULE)
    top = header_h + body + ctx.mm(2.5)
    p.fillRect(QRectF(0, top, width, ctx.pt(0.5)), RULE)
    date = formatting.date(report.title_page.date, report.langs[0])
    p.drawText(QRectF(0, top + ctx.mm(1), width, line_h), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
               f"{report.text('date')}: {date}")
    pages = join(tuple(t.format(number, total) for t in print_label(report, "page_of")))
    p.drawText(QRectF(0, top + ctx.mm(1), width, line_h), int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
               pages)


class DeviceRefused(UserInputError):
    """The printer or the PDF file stopped accepting pages."""


def write_pdf(report: Report, path: str | Path, options: PrintOptions | None = None,
              progress: Callable[[int, int], bool | None] | None = None) -> tuple[Path, int]:
    """Write one printout as a PDF (atomically) and return its path and page count. Needs a QGuiApplication;
    may run in a worker thread."""
    options = options or PrintOptions()
    layout = options.page_layout()
    result = {"pages": 0}

    def write(tmp: Path) -> None:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(600)
        writer.setPageLayout(layout)
        writer.setTitle(running_title(report, options.kind))
        writer.setCreator("TEIA Self-Assessment")
        marks: list[Bookmark] = []
        try:
            result["pages"] = render(report, writer, options, progress, outline=marks)
        except DeviceRefused:  # a PDF file refuses pages when its disk is full
            raise ValueError("the PDF file could not be written (is the disk full?)") from None
        del writer  # the file is complete only once the writer is gone
        data = tmp.read_bytes()
        try:
            tmp.write_bytes(add_outline(data, marks))
        except ValueError:  # a PDF this writer cannot extend: keep it, without bookmarks
            logging.getLogger(__name__).warning("PDF outline not added to %s", path, exc_info=True)

    written = write_export(path, write, check_pdf)
    return written, result["pages"]


__all__ = ["KINDS", "PAPERS", "PrintOptions", "RenderCancelled", "render", "write_pdf",
           "print_label"]
