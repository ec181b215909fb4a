"""The blank meeting forms (File → Print, Export PDF with --blank): a title page with the catalogue and lines for
the date and the participants, then every indicator with its criteria and levels to tick and lines to write on."""

from __future__ import annotations

from typing import Sequence

from PySide6.QtGui import QColor, QFont

from model.report import layout
from model.report.build import IndicatorEntry
from render.forms import Printout
from render.items import GREY, HEADING, INK, Item, Row, RuledLines, Spacer, Stack, TickBox
from render.pagination import Block


def caption(b: Printout, key: str) -> Item:
    """A small heading over what follows: "Criteria (tick those met)"."""
    c = b.c
    return Stack([Spacer(c.mm(2)), c.para(b.t(key), c.small_bold, b.w, colour=HEADING)])


def tick_line(b: Printout, checked: bool, lead: str, texts: Sequence[str], *, lead_mm: float = 11.0,
              lead_font: QFont | None = None, lead_colour: QColor = INK, bold_prefix: Sequence[int] = ()) -> Item:
    c = b.c
    first = c.para("Ag", c.body, c.mm(20)).first_line
    box = TickBox(c, first, checked=checked)
    x_lead = box.size + c.mm(2)
    x_text = x_lead + c.mm(lead_mm)
    width = b.w - x_text
    if len(texts) == 1:
        body: Item = c.para(texts[0], c.body, width, bold_prefix=bold_prefix[0] if bold_prefix else 0)
    else:
        gap = c.mm(4)
        col = (width - gap * (len(texts) - 1)) / len(texts)
        body = Row([(i * (col + gap), c.para(t, c.body, col, bold_prefix=bold_prefix[i] if bold_prefix else 0))
                    for i, t in enumerate(texts)])
    lead_text = c.para(lead, lead_font or c.body, c.mm(lead_mm) - c.mm(1), colour=lead_colour)
    return Stack([Row([(0.0, box), (x_lead, lead_text), (x_text, body)]), Spacer(c.mm(0.8))])


def ruled(b: Printout, key: str, count: int) -> Item:
    return Stack([caption(b, key), RuledLines(b.c, count, b.w)])


def blank_blocks(b: Printout) -> list[Block]:
    """The blank forms for a meeting: a title page, then each area and its indicators to tick and write on."""
    c, r, tp = b.c, b.r, b.r.title_page
    sections = b.sections()
    blocks: list[Block] = []
    title = [tp.title] if tp.title else list(r.label("blank_title"))
    subtitle = list(r.label("blank_title")) if tp.title else list(tp.catalogue_title)
    items = b.document_title(title, subtitle)
    items += b.title_rows(layout.blank_title_rows(r, sections))
    items.append(Spacer(c.mm(4)))
    for text in r.label("blank_hint"):
        items.append(c.para(text, c.body_italic, b.w, colour=GREY, space_after=c.mm(1)))
    if tp.provisional:
        for text in r.label("provisional_note"):
            items.append(c.para(text, c.body_italic, b.w, colour=GREY, space_after=c.mm(1)))
    items.append(ruled(b, "meeting_date", 1))
    items.append(ruled(b, "participants_form", 6))
    blocks.append(Block(items, area=""))
    for section in sections:
        intro = [t for t in section.description if t]
        blocks.append(b.heading(layout.area_name(section), area=layout.area_name(section), page_break=True,
                                intro=intro))
        for entry in section.indicators:
            blocks.append(blank_indicator(b, entry))
    blocks.append(b.signatures("agreed_by"))
    return blocks


def blank_indicator(b: Printout, e: IndicatorEntry) -> Block:
    c = b.c
    items: list[Item] = [b.band(e), Spacer(c.mm(1))]
    if any(e.references):
        cited = tuple(f"{label}: {refs}" for label, refs in zip(b.r.label("references"), e.references))
        items.append(c.columns(cited, c.small, b.w, colour=GREY))
    if e.criteria:
        items.append(caption(b, "tick_criteria"))
        items.append(Spacer(c.mm(1)))
        for criterion in e.criteria:
            items.append(tick_line(b, False, criterion.label[0], criterion.text, lead_mm=12, lead_colour=GREY))
    items.append(caption(b, "tick_level"))
    items.append(Spacer(c.mm(1)))
    for choice in e.choices:
        texts: list[str] = []
        bold: list[int] = []
        for i, label in enumerate(choice.label):
            descriptor = choice.descriptor[i] if i < len(choice.descriptor) else ""
            texts.append(f"{label}: {descriptor}" if descriptor else label)
            bold.append(len(label) + (1 if descriptor else 0))
        lead = "—" if choice.value is None else str(choice.value)
        items.append(tick_line(b, False, lead, texts, lead_mm=6, lead_font=c.body_bold, bold_prefix=bold))
    items.append(ruled(b, "description", 4))
    items.append(ruled(b, "evidence", 3))
    items.append(ruled(b, "gaps", 3))
    items.append(ruled(b, "authority", 1))
    items.append(Spacer(c.mm(6)))
    return Block(items, continued=b.continued_band(e), bookmark=(2, f"{e.id} {e.statement[0]}"))

# the filled assessment
