"""What a printout is made of: the device context (resolution, fonts, the text area's width) and the items of the
vertical flow — wrapped paragraphs measured with QTextLayout at the device's resolution, stacks, table rows with
borders, tick boxes, ruled lines and the radar chart. Each says where a page may cut it (only between lines)."""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Any, Iterable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor, QFont, QFontDatabase, QImage, QPagedPaintDevice, QPainter, QPainterPath, QPen, QRawFont, QTextLayout,
    QTextLine, QTextOption,
)

from model.formats.text import clean

# Fonts that hold Cyrillic with the Kyrgyz letters ң ө ү: Windows first, then a plain Debian (fonts-dejavu-core).
FONT_CANDIDATES = ("Arial", "Segoe UI", "DejaVu Sans", "Noto Sans", "PT Sans", "Liberation Sans")
KYRGYZ_LETTERS = "ңөүҢӨҮ"

INK = QColor("#202020")
GREY = QColor("#555555")
HEADING = QColor("#1F3864")
SHADE = QColor("#E8EEF7")
BORDER = QColor("#8C96A8")
RULE = QColor("#A8B0BE")


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

    def para(self, text: str, font: QFont, width: float, **kw: Any) -> "Paragraph":  # Paragraph's options
        return Paragraph(self, text, font, width, **kw)

    def columns(self, texts: Sequence[str], font: QFont, width: float, **kw: Any) -> "Item":
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

    def paint(self, p: QPainter, x: float, y: float, top: float = 0.0, bottom: float = math.inf) -> None:
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
        self.lines: list[tuple[QTextLine, float, float]] = []
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

    def paint(self, p: QPainter, x: float, y: float, top: float = 0.0, bottom: float = math.inf) -> None:
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

    def paint(self, p: QPainter, x: float, y: float, top: float = 0.0, bottom: float = math.inf) -> None:
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

    def paint(self, p: QPainter, x: float, y: float, top: float = 0.0, bottom: float = math.inf) -> None:
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

    def paint(self, p: QPainter, x: float, y: float, top: float = 0.0, bottom: float = math.inf) -> None:
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

    def paint(self, p: QPainter, x: float, y: float, top: float = 0.0, bottom: float = math.inf) -> None:
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

    def paint(self, p: QPainter, x: float, y: float, top: float = 0.0, bottom: float = math.inf) -> None:
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

    def paint(self, p: QPainter, x: float, y: float, top: float = 0.0, bottom: float = math.inf) -> None:
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
