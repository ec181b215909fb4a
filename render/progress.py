"""The printed assessment's "Progress since <previous assessment, date>" section: the two-polygon radar
chart, the mean level per area before and now, and the indicators that changed (model.cycle.report_section)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from render.items import GREY, Chart, Row, Spacer
from render.pagination import Block
from model.cycle import report_section
from model.report.build import progress_chart_args
from model.report.sections import join

if TYPE_CHECKING:
    from render.forms import Printout


def progress_blocks(layout: Printout) -> list[Block]:
    """Blocks for ``layout`` (render.forms.Printout); none for a first assessment."""
    r, c = layout.r, layout.c
    section = r.progress
    if section is None:
        return []
    blocks = [layout.heading(join(section.heading), area=join(section.heading), page_break=True,
                             intro=[r.text("progress_intro")])]
    args = progress_chart_args(r)
    if args is None:  # (there is a section, so there is a predecessor and a chart)
        return blocks
    chart_w = min(layout.w, c.mm(150))
    chart = Chart(c, args["labels"], args["values"], chart_w, before=args["before"], legend=args["legend"],
                  lang=args["lang"])
    caption = c.para(r.text("progress_chart_caption"), c.body_italic, layout.w, colour=GREY,
                     align=Qt.AlignmentFlag.AlignHCenter)
    blocks.append(Block([Row([((layout.w - chart_w) / 2, chart)]), caption, Spacer(c.mm(4))]))
    blocks.append(layout.table(report_section.area_headers(r), report_section.area_rows(r), [9.0, 2.5, 2.5]))
    blocks.append(Block([Spacer(c.mm(4))]))
    if not section.indicators:
        blocks.append(Block([c.para(r.text("no_changes"), c.body_italic, layout.w)]))
        return blocks
    blocks.append(layout.table(report_section.indicator_headers(r), report_section.indicator_rows(r),
                               [1.4, 2.7, 2.7, 3.2, 2.6, 4.4], font=c.small))
    return blocks
