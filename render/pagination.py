"""The first pass of a printout: blocks of items placed on pages. A block is kept on one page if it fits one (else
it goes on under a "(continued)" line), a table's header repeats on every page it reaches, a heading stays with
what follows it, and a page is cut only where an item allows (between lines)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from render.items import EPS, Item

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


@dataclass
class _Filling:
    """Where paginate is on the current page."""

    y: float = 0.0
    fresh: bool = True  # nothing but a repeated header on the page yet
    area: str = ""


def paginate(blocks: Sequence[Block], body: float) -> list[Page]:
    """Place the blocks on pages of ``body`` height (the first pass)."""
    pages = [Page()]
    state = _Filling()

    def new_page(repeat: Item | None = None) -> None:
        pages.append(Page(area=state.area))
        state.y = 0.0
        if repeat is not None:
            place(repeat, 0.0, repeat.height)
        state.fresh = True  # nothing but a repeated header yet

    def place(item: Item, top: float, bottom: float) -> None:
        pages[-1].placements.append(Placement(item, state.y, top, bottom))
        state.y += bottom - top
        state.fresh = False

    for index, block in enumerate(blocks):
        if block.area is not None:
            state.area = block.area
            if not pages[-1].placements:
                pages[-1].area = block.area
        if block.page_break_before and pages[-1].placements:
            new_page()
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        extra = following.lead_height(body) if block.keep_with_next and following else 0.0
        total = block.height
        if block.keep and total + extra <= body:
            if state.y + total + extra > body + EPS and pages[-1].placements:
                new_page()
            if block.bookmark:
                pages[-1].bookmarks.append((*block.bookmark, state.y))
            if block.header:
                place(block.header, 0.0, block.header.height)
            for item in block.items:
                place(item, 0.0, item.height)
            continue
        # A block that flows over pages (a table, or a kept block longer than a page).
        repeat = block.header if block.header is not None else (block.continued if block.keep else None)
        repeat_h = repeat.height if repeat is not None else 0.0
        lead = block.lead_height(body) if not block.keep else min(total, body / 4)
        if state.y + lead > body + EPS and pages[-1].placements:
            new_page()
        if block.bookmark:
            pages[-1].bookmarks.append((*block.bookmark, state.y))
        if block.header:
            place(block.header, 0.0, block.header.height)
            state.fresh = True
        for item in block.items:
            top = 0.0
            while item.height - top > EPS:
                room = body - state.y
                if item.height - top <= room + EPS:
                    place(item, top, item.height)
                    break
                fits_fresh = item.height - top <= body - repeat_h + EPS
                if fits_fresh and not state.fresh:
                    new_page(repeat)
                    continue
                cuts = [b for b in item.breaks() if top + EPS < b <= top + room + EPS]
                if cuts:
                    cut = cuts[-1]
                elif not state.fresh:
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
