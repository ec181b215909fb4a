"""The printed assessment and the action plan as blocks (render.pagination places them on pages): the title page,
the front matter, the summary and the chart, every area and indicator, the annexes, the plan and the approval.
What each row says comes from model.report.layout; here it is given fonts, widths and boxes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF

from model.errors import UserInputError
from model.formats.fitwidths import distribute
from model.report import annexes as report_annexes
from model.report import gaps as report_gaps
from model.report import intro as report_intro
from model.report import layout
from model.report.build import ActionEntry, AreaSection, IndicatorEntry, Report, chart_data
from model.report.sections import Element, Heading, Para, Table, join
from render.items import BORDER, GREY, HEADING, SHADE, Chart, Context, HLine, Item, Row, RuledLines, Spacer, Stack, \
    TickBox
from render.pagination import Block

if TYPE_CHECKING:
    from render.printing import PrintOptions

TABLE_PAD_MM = 1.3


class Printout:
    """Turns a Report into blocks for one of the printouts (the blank forms: render.blank_form; an operator's
    register form: render.register_form)."""

    def __init__(self, report: Report, ctx: Context, options: PrintOptions) -> None:
        self.r, self.c, self.o = report, ctx, options
        self.lang = report.langs[0]
        self.w = ctx.width

    # helpers
    def t(self, key: str, sep: str = " / ") -> str:
        return join(self.r.label(key), sep)

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
        # the annexes in the Word report's order: the register, the answers left in the previous edition, the cited
        # evidence and provisions, the attached files
        from model.catalogue import report_annex as edition_annex
        from model.register import report as register_report

        blocks += self.place(register_report.elements(r.register, r.langs))
        blocks += self.place(edition_annex.elements(r))
        blocks += self.place(report_annexes.elements(r))
        blocks += self.attachments_annex()
        blocks.append(self.signatures("approved_by"))
        return blocks

    def executive_summary(self) -> list[Block]:
        """The user's own summary in each language, then the key figures (model.report.sections)."""
        c, r, ex = self.c, self.r, self.r.executive
        if ex is None:  # a report built without one
            return []
        blocks = [self.heading(r.text("executive_summary"), area=r.text("executive_summary"), page_break=True)]
        for text in ex.texts:
            if text:
                blocks.append(Block([c.para(text, c.body, self.w, space_after=c.mm(2))], keep=False))
        items: list[Item] = [Spacer(c.mm(2)), c.para(r.text("key_figures"), c.body_bold, self.w, space_after=c.mm(1))]
        for line in layout.figure_lines(r):
            items.append(c.para(line, c.body, self.w, space_after=c.mm(1)))
        blocks.append(Block(items))
        return blocks

    def place(self, elements: Iterable[Element]) -> list[Block]:
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
        body: list[Item] = [make_row(row, c.body_bold if bold_last and i == len(rows) - 1 else font, None)
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
        c = self.c
        cells: list[Item | str] = []
        for cell, cell_width in zip(layout.action_cells(self.r, a), width):
            if len(cell) == 1 and not cell[0].style:
                cells.append(cell[0].text)
                continue
            cells.append(Stack([c.para(line.text, c.font(8, bold=True), cell_width) if line.style == "bold" else
                                c.para(line.text, c.font(8, italic=True), cell_width, colour=GREY)
                                if line.style == "italic" else c.para(line.text, c.small, cell_width)
                                for line in cell]))
        return cells
