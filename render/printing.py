"""Print and PDF: blank meeting forms, the filled assessment, the action plan and an operator's register form,
drawn page by page from a Report on any QPagedPaintDevice: QPrinter (printer, preview) or QPdfWriter.

A first pass lays the blocks out on pages (render.forms, render.blank_form, render.register_form make them of the
items in render.items; render.pagination places them), a second one paints them, so the footer can say
"Page x of y"; the PDF gets an outline of the areas and indicators (model.formats.pdfoutline).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPageLayout, QPageSize, QPagedPaintDevice, QPainter, QPdfWriter

from model.errors import UserInputError
from model.fileio import check_pdf, write_export
from model.formats.pdfoutline import Bookmark, add_outline
from model.report import formatting
from model.report.build import Report
from model.report.sections import join
from render.forms import Printout
from render.items import GREY, RULE, Context
from render.pagination import paginate

KINDS = ("blank", "filled", "plan", "register_form")  # register_form: render.register_form
PAPERS = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}


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


def running_title(report: Report, kind: str) -> str:
    tp = report.title_page
    if kind == "blank":
        name = join(report.label("blank_title"))
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
    builder = Printout(report, ctx, options)
    if options.kind == "register_form":
        from render.register_form import form_blocks

        blocks = form_blocks(builder)
    else:
        from render.blank_form import blank_blocks

        blocks = {"blank": lambda: blank_blocks(builder), "filled": builder.filled, "plan": builder.plan}[options.kind]()
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
    pages = join(tuple(t.format(number, total) for t in report.label("page_of")))
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


__all__ = ["KINDS", "PAPERS", "PrintOptions", "RenderCancelled", "render", "write_pdf"]
