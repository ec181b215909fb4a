"""The printed assessment's "Progress since <previous assessment, date>" section: the two-polygon radar
chart, the mean level per area before and now, and the indicators that changed (model.cycle.report_section)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from render.printing import GREY, Block, Chart, Row, Spacer
from model.report import formatting
from model.cycle.report_section import criteria_text
from model.report.build import join, progress_chart_args


def _value(layout, value) -> str:
    if value is None:
        return "—"
    if value == "na":
        return layout.r.text("not_applicable_short")
    return formatting.number(value, layout.lang, 2) if isinstance(value, float) else str(value)


def progress_blocks(layout) -> list[Block]:
    """Blocks for ``layout`` (render.printing's filled layout); none for a first assessment."""
    r, c = layout.r, layout.c
    section = r.progress
    if section is None:
        return []
    blocks = [layout.heading(join(section.heading), area=join(section.heading), page_break=True,
                             intro=[r.text("progress_intro")])]
    args = progress_chart_args(r)
    chart_w = min(layout.w, c.mm(150))
    chart = Chart(c, args["labels"], args["values"], chart_w, before=args["before"], legend=args["legend"],
                  lang=args["lang"])
    caption = c.para(r.text("progress_chart_caption"), c.body_italic, layout.w, colour=GREY,
                     align=Qt.AlignmentFlag.AlignHCenter)
    blocks.append(Block([Row([((layout.w - chart_w) / 2, chart)]), caption, Spacer(c.mm(4))]))
    rows = [[layout.area_name(a), _value(layout, a.before), _value(layout, a.now)] for a in section.areas]
    blocks.append(layout.table([r.text("area"), r.text("before"), r.text("now")], rows, [9.0, 2.5, 2.5]))
    blocks.append(Block([Spacer(c.mm(4))]))
    if not section.indicators:
        blocks.append(Block([c.para(r.text("no_changes"), c.body_italic, layout.w)]))
        return blocks
    headers = [r.text("indicator"), r.text("before"), r.text("now"), r.text("change"), r.text("criteria"),
               r.text("actions_completed")]
    rows = [[i.id, _value(layout, i.before), _value(layout, i.now), join(i.change_label),
             criteria_text(i), "\n".join(i.actions_completed)]
            for i in section.indicators]
    blocks.append(layout.table(headers, rows, [1.4, 2.7, 2.7, 3.2, 2.6, 4.4], font=c.small))
    return blocks
