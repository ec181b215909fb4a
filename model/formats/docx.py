"""The national report as an editable Word document (python-docx), rendered from a model.report.build.Report.

A4 portrait; title page; a table of contents field over real Heading 1/2 styles; a summary table and an
optional radar chart (PNG bytes drawn by the GUI layer); one section per area, each indicator a block kept
on one page; the action plan in a landscape section; page numbers; a signature block.

Longer than 400 lines: one writer class with python-docx's styles, sections and fields; every row it places
comes from model.report.layout, and the progress, register and edition annexes are modules of their own.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from model.formats import docx_package
from model.formats import docx_progress
from model.formats.docx_xml import _NSDECL, _cell_xml, _paragraphs_xml, _table_start_xml, _tc
from model.formats.fitwidths import fit_columns
from model.formats.text import clean
from model.fileio import write_package
from model.report import annexes as report_annexes
from model.report import gaps as report_gaps
from model.report import intro as report_intro
from model.report import layout
from model.report.build import IndicatorEntry, Report
from model.report.sections import join
from model.report.sections import Element, Heading, Para, Table

if TYPE_CHECKING:  # python-docx is imported when a report is written, not at start-up
    from docx.document import Document
    from docx.section import Section
    from docx.table import Table as DocxTable, _Cell, _Row
    from docx.text.paragraph import Paragraph

    from model.report.build import AreaSection

BODY_FONT = "Times New Roman"  # on every Windows; covers Cyrillic incl. Kyrgyz ң ө ү
HEADING_FONT = "Arial"
HEADING_COLOUR = "1F3864"
SHADE = "E8EEF7"
CHART_CM = (15.0, 9.5)  # the radar chart's size in the report (render.radar.REPORT_SIZE has the same shape)
MET, NOT_MET = "\u25a0", "\u25a1"  # ■ □ (in Times New Roman and Arial)


def write(report: Report, path: str | Path, *, chart_png: bytes | None = None,
          progress_png: bytes | None = None) -> Path:
    """Write the report to ``path`` (atomically); ``chart_png`` is the radar chart of the areas, if any;
    ``progress_png`` the chart of the areas before and now (a report with a predecessor)."""
    document = render(report, chart_png=chart_png, progress_png=progress_png)
    return write_package(path, document.save, _reopen)


def _reopen(path: Path) -> None:
    """The read-back of a written report (model.fileio.package_check): python-docx's package reader finds every
    part the relationships name and inflates it (zipfile checks each one's checksum), and the main part is a
    Word document. The parts' XML is not parsed again, which was most of the check's time: lxml serialised it
    from the tree a moment before, and package_check has compared the file with those very bytes."""
    from docx.opc.constants import CONTENT_TYPE as CT, RELATIONSHIP_TYPE as RT
    from docx.opc.exceptions import PackageNotFoundError
    from docx.opc.pkgreader import PackageReader

    try:
        package: Any = PackageReader.from_file(str(path))  # type: ignore[no-untyped-call]  # (not typed in python-docx)
    except PackageNotFoundError as exc:
        raise ValueError(str(exc)) from None
    main = [content_type for _, content_type, reltype, _ in package.iter_sparts() if reltype == RT.OFFICE_DOCUMENT]
    if main != [CT.WML_DOCUMENT_MAIN]:
        raise ValueError(f"the package's main part is not a Word document ({main})")


def render(report: Report, *, chart_png: bytes | None = None, progress_png: bytes | None = None) -> Document:
    """The python-docx Document for a report (not saved)."""
    import docx

    document = docx.Document()
    writer = _Writer(document, report)
    writer.run(chart_png, progress_png)
    return document


class _Writer:
    def __init__(self, document: Document, report: Report) -> None:
        from docx.enum.section import WD_ORIENT
        from docx.enum.table import WD_TABLE_ALIGNMENT
        from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        from docx.shared import Cm, Pt, RGBColor

        self.d, self.r = document, report
        self.WD_ORIENT, self.WD_ALIGN, self.WD_BREAK, self.WD_TABLE_ALIGNMENT = (
            WD_ORIENT, WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TABLE_ALIGNMENT)
        self.OxmlElement, self.qn, self.Cm, self.Pt, self.RGBColor = OxmlElement, qn, Cm, Pt, RGBColor
        self.lang = report.langs[0]

    # ----------------------------------------------------------------- helpers
    # rpr_owner: an oxml element with run properties (a style's or a run's); oxml is typed loosely
    def _fonts(self, rpr_owner: Any, name: str) -> None:
        """Set a font for every script (ascii, hAnsi, eastAsia, cs) and drop theme fonts that override it."""
        rpr = rpr_owner.get_or_add_rPr()
        fonts = rpr.find(self.qn("w:rFonts"))
        if fonts is None:
            fonts = self.OxmlElement("w:rFonts")
            rpr.insert(0, fonts)
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(self.qn(attr), None)
        for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(self.qn(attr), name)

    def _lang_attr(self, rpr_owner: Any) -> None:
        rpr = rpr_owner.get_or_add_rPr()
        lang = rpr.find(self.qn("w:lang"))
        if lang is None:
            lang = self.OxmlElement("w:lang")
            rpr.append(lang)
        code = {"en": "en-GB", "ru": "ru-RU", "ky": "ky-KG"}[self.lang]
        lang.set(self.qn("w:val"), code)
        lang.set(self.qn("w:eastAsia"), code)
        lang.set(self.qn("w:bidi"), "ar-SA")

    def _styles(self) -> None:
        styles = self.d.styles
        normal = styles["Normal"]
        normal.font.name = BODY_FONT
        normal.font.size = self.Pt(11)
        self._fonts(normal.element, BODY_FONT)
        self._lang_attr(normal.element)
        normal.paragraph_format.space_after = self.Pt(4)
        for name, size in (("Heading 1", 16), ("Heading 2", 12), ("Title", 24), ("Subtitle", 14)):
            style = styles[name]
            style.font.name = HEADING_FONT
            style.font.size = self.Pt(size)
            style.font.color.rgb = self.RGBColor.from_string(HEADING_COLOUR)
            style.font.italic = False
            self._fonts(style.element, HEADING_FONT)
        styles["Heading 1"].paragraph_format.space_before = self.Pt(18)
        styles["Heading 1"].paragraph_format.space_after = self.Pt(8)
        styles["Heading 2"].paragraph_format.space_before = self.Pt(12)
        styles["Heading 2"].paragraph_format.space_after = self.Pt(4)
        styles["Heading 2"].paragraph_format.keep_with_next = True
        table_style = styles["Table Grid"]
        self._fonts(table_style.element, BODY_FONT)
        # Paragraph styles for table text: setting them per paragraph is far cheaper than direct formatting,
        # and a person editing the document can restyle all table text at once.
        from docx.enum.style import WD_STYLE_TYPE

        # style ids by name, and by (size, keep together) for the table text styles
        self.sid: dict[str | tuple[float, bool], str] = {
            name: styles[name].style_id for name in ("Heading 1", "Heading 2", "Table Grid")}
        for name, size, keep in (("TEIA Cell", 10, False), ("TEIA Cell Keep", 10, True),
                                 ("TEIA Small", 9, False), ("TEIA Small Keep", 9, True)):
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = normal
            style.font.size = self.Pt(size)
            style.paragraph_format.space_after = self.Pt(2)
            if keep:  # an indicator block holds together: each row keeps with the next
                style.paragraph_format.keep_with_next = True
                style.paragraph_format.keep_together = True
            self.sid[(size, keep)] = style.style_id

    def _page(self, section: Section, landscape: bool = False) -> None:
        width, height = self.Cm(21.0), self.Cm(29.7)
        section.orientation = self.WD_ORIENT.LANDSCAPE if landscape else self.WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = (height, width) if landscape else (width, height)
        section.left_margin = section.right_margin = self.Cm(2.0)
        section.top_margin = self.Cm(2.0)
        section.bottom_margin = self.Cm(2.0)

    def _field(self, paragraph: Paragraph, instruction: str, placeholder: str = "") -> None:
        """A Word field (PAGE, TOC ...): Word computes it; ``placeholder`` shows until it does."""
        def char(kind: str) -> None:
            run = paragraph.add_run()
            element = self.OxmlElement("w:fldChar")
            element.set(self.qn("w:fldCharType"), kind)
            if kind == "begin":
                element.set(self.qn("w:dirty"), "true")
            run._r.append(element)
        char("begin")
        run = paragraph.add_run()
        instr = self.OxmlElement("w:instrText")
        instr.set(self.qn("xml:space"), "preserve")
        instr.text = f" {instruction} "
        run._r.append(instr)
        char("separate")
        paragraph.add_run(placeholder)
        char("end")

    def _heading(self, text: str, level: int) -> Paragraph:
        paragraph = self.d.add_paragraph()
        paragraph._p.style = self.sid[f"Heading {level}"]
        paragraph.add_run(clean(text))
        return paragraph

    def _text(self, container: Document | _Cell, text: str, *, bold: bool = False, italic: bool = False,
              size: float | None = None, style: str | None = None, align: Any = None, keep: bool = False) -> Paragraph:
        """Add paragraphs for a text (one per line) and return the last one."""
        first, *rest = clean(text).split("\n")  # (split gives at least one line)
        paragraph: Paragraph | None = None
        # a fresh table cell already holds one empty paragraph, which takes the first line (asked of cells only:
        # the document's paragraphs are a new list of all of them on every call)
        last = container.paragraphs[-1] if hasattr(container, "_tc") and container.paragraphs else None
        for index, line in enumerate([first, *rest]):
            if index == 0 and last is not None and not last.text and not last.runs:
                paragraph = last
                if style:
                    paragraph.style = style
            else:
                paragraph = container.add_paragraph(style=style)
            style_id = self.sid.get((size, keep)) if size else None
            if style_id:
                paragraph._p.style = style_id
            run = paragraph.add_run(line)
            if bold:
                run.bold = True
            if italic:
                run.italic = True
            if size and not style_id:
                run.font.size = self.Pt(size)
            if align is not None:
                paragraph.alignment = align
        assert paragraph is not None  # the loop ran at least once: one paragraph per line
        return paragraph

    def _shade(self, cell: _Cell, fill: str = SHADE) -> None:
        tc_pr = cell._tc.get_or_add_tcPr()
        shd = self.OxmlElement("w:shd")
        shd.set(self.qn("w:val"), "clear")
        shd.set(self.qn("w:color"), "auto")
        shd.set(self.qn("w:fill"), fill)
        tc_pr.append(shd)

    def _row_flags(self, row: _Row, *, header: bool = False) -> None:
        tr_pr = row._tr.get_or_add_trPr()
        tr_pr.append(self.OxmlElement("w:cantSplit"))
        if header:
            tr_pr.append(self.OxmlElement("w:tblHeader"))

    def _widths(self, table: DocxTable, widths_cm: list[float]) -> None:
        table.autofit = False
        for column, width in zip(table.columns, widths_cm):
            column.width = self.Cm(width)  # the grid, which LibreOffice follows
        for row in table.rows:
            for cell, width in zip(row.cells, widths_cm):
                cell.width = self.Cm(width)

    def _table(self, rows: int, cols: int) -> DocxTable:
        table: DocxTable = self.d.add_table(rows=rows, cols=cols)
        table._tbl.tblPr.style = self.sid["Table Grid"]
        table.alignment = self.WD_TABLE_ALIGNMENT.CENTER
        return table

    # ----------------------------------------------------------------- parts
    def run(self, chart_png: bytes | None, progress_png: bytes | None = None) -> None:
        self._styles()
        docx_package.add_toc_styles(self.d, right_tab=self.Cm(17.0).twips)
        section = self.d.sections[0]
        self._page(section)
        section.different_first_page_header_footer = True  # no page number on the title page
        footer = section.footer.paragraphs[0]
        footer.alignment = self.WD_ALIGN.CENTER
        self._field(footer, "PAGE", "1")
        if self.r.title_page.draft_mark:  # "DRAFT" at the top of every page, the title page too
            section.first_page_header.is_linked_to_previous = False
            for header in (section.header, section.first_page_header):
                mark = header.paragraphs[0]
                mark.alignment = self.WD_ALIGN.RIGHT
                run = mark.add_run(join(self.r.title_page.draft_mark))
                run.bold = True
                run.font.color.rgb = self.RGBColor.from_string("C00000")
        self._title_page()
        toc = self._contents()
        self._executive_summary()
        self.place(report_intro.elements(self.r))
        self._summary(chart_png)
        docx_progress.write(self, progress_png)
        for area in self.r.sections:
            self._area(area)
        if self.r.options.include_actions:
            self.place(report_gaps.gap_elements(self.r))
            self._action_plan()
        self._signatures()
        for later in self.d.sections[1:]:  # python-docx copies "different first page" into every new section
            later.different_first_page_header_footer = False
        entries = docx_package.bookmark_headings(
            self.d.element.body, {self.sid["Heading 1"]: 1, self.sid["Heading 2"]: 2})
        docx_package.fill_contents(toc._p, entries, 'TOC \\o "1-2" \\h \\z \\u')
        tp = self.r.title_page
        docx_package.set_properties(
            self.d, title=clean(tp.titles[0] if tp.titles else tp.title) or self.r.label("report_title")[0], subject=self.r.text("report_title"),
            author=tp.lead_authority or ", ".join(tp.authors), lang=self.lang,
            keywords=f"{tp.country}; {tp.catalogue_id} {tp.catalogue_version}")
        docx_package.tidy_settings(self.d.settings.element, self.lang)

    def _title_page(self) -> None:
        tp, r = self.r.title_page, self.r
        center = self.WD_ALIGN.CENTER
        self._text(self.d, tp.country, bold=True, size=14, align=center).paragraph_format.space_before = self.Pt(36)
        for text in r.label("convention"):
            self._text(self.d, text, italic=True, size=12, align=center)
        title = self.d.add_paragraph(style="Title")
        title.alignment = center
        title.paragraph_format.space_before = self.Pt(48)
        title.add_run(clean(join(tp.titles, "\n")) or join(r.label("report_title"), "\n"))
        if any(tp.titles):  # the report's own name under the title (it is the title when none is written)
            subtitle = self.d.add_paragraph(style="Subtitle")
            subtitle.alignment = center
            subtitle.add_run(join(r.label("report_title"), "\n"))
        self.d.add_paragraph().paragraph_format.space_after = self.Pt(36)
        rows = layout.title_rows(r)
        table = self._table(len(rows), 2)
        for row, (label, value) in zip(table.rows, rows):
            cells = row.cells  # python-docx builds the list anew on every access
            self._text(cells[0], label, bold=True)
            self._shade(cells[0])
            self._text(cells[1], value)
        self._widths(table, [5.0, 12.0])
        if tp.provisional:
            for text in r.label("provisional_note"):
                self._text(self.d, text, italic=True, size=9).paragraph_format.space_before = self.Pt(12)

    def _contents(self) -> Paragraph:
        heading = self.d.add_paragraph()
        heading.paragraph_format.page_break_before = True
        run = heading.add_run(self.r.text("contents"))
        run.bold, run.font.size = True, self.Pt(16)
        run.font.color.rgb = self.RGBColor.from_string(HEADING_COLOUR)
        self._fonts(run._r, HEADING_FONT)
        return self.d.add_paragraph()  # filled in by docx_package.fill_contents once the headings exist

    def _executive_summary(self) -> None:
        """The user's own summary in each language of the report, then the key figures generated from the
        answers (model.report.sections)."""
        r, ex = self.r, self.r.executive
        if ex is None:  # a report built without one
            return
        self._heading(r.text("executive_summary"), 1).paragraph_format.page_break_before = True
        for text in ex.texts:
            if text:
                self._text(self.d, text)
        self._text(self.d, r.text("key_figures"), bold=True).paragraph_format.space_before = self.Pt(10)
        for line in layout.figure_lines(r):
            self._text(self.d, line, size=10)

    def place(self, elements: Iterable[Element], page_break: bool = True) -> None:
        """Place a section built by the report model (model.report.sections: headings, paragraphs, tables);
        ``page_break``: its chapters start a new page (not needed at the start of a section)."""
        for element in elements:
            if isinstance(element, Heading) and element.level == 1:
                self._heading(element.text, 1).paragraph_format.page_break_before = page_break
                page_break = True
            elif isinstance(element, Heading):
                part = self._text(self.d, element.text, bold=True)
                part.paragraph_format.space_before = self.Pt(10)
                part.paragraph_format.keep_with_next = True
            elif isinstance(element, Para):
                self._text(self.d, element.text, italic=element.italic, size=9 if element.small else None)
            elif isinstance(element, Table):
                self._grid(list(element.headers), element.rows, list(element.weights))

    def _grid(self, headers: list[str], rows: Iterable[Sequence[str]], weights: list[float], size: int = 9) -> None:
        """A table of plain texts, its header repeated on every page, no row split between pages; the widths
        follow ``weights`` (cm on a portrait page) and never break a header word."""
        from docx.oxml import parse_xml

        twips = [self.Cm(w).twips for w in fit_columns(headers, weights, size)]
        style = self.sid[(size, False)]
        xml = [_table_start_xml(self.sid["Table Grid"], twips), "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"]
        xml += [_cell_xml(w, _paragraphs_xml(text, style, bold=True), shade=SHADE) for w, text in zip(twips, headers)]
        xml.append("</w:tr>")
        for cells in rows:
            xml.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
            xml += [_cell_xml(w, _paragraphs_xml(text or "—", style)) for w, text in zip(twips, cells)]
            xml.append("</w:tr>")
        xml.append("</w:tbl>")
        self.d.element.body[-1].addprevious(parse_xml("".join(xml)))

    def _summary(self, chart_png: bytes | None) -> None:
        r = self.r
        self._heading(r.text("summary"), 1).paragraph_format.page_break_before = True
        self._text(self.d, r.text("summary_intro"))
        if chart_png:  # first, so that it never lands alone on a page after the table
            picture = self.d.add_paragraph()
            picture.alignment = self.WD_ALIGN.CENTER
            picture.paragraph_format.keep_with_next = True
            shape = picture.add_run().add_picture(io.BytesIO(chart_png), width=self.Cm(CHART_CM[0]),
                                                  height=self.Cm(CHART_CM[1]))
            shape._inline.docPr.set("descr", self._chart_description()[:4000])
            shape._inline.docPr.set("title", r.text("chart_caption")[:255])
            caption = self._text(self.d, r.text("chart_caption"), italic=True, size=9, align=self.WD_ALIGN.CENTER)
            caption.paragraph_format.space_after = self.Pt(10)
        headers = layout.summary_headers(r)
        rows = layout.summary_rows(r)
        table = self._table(len(rows) + 1, len(headers))
        for cell, text in zip(table.rows[0].cells, headers):
            self._text(cell, text, bold=True, size=9)
            self._shade(cell)
        self._row_flags(table.rows[0], header=True)
        right = self.WD_ALIGN.RIGHT
        for row, line in zip(table.rows[1:], rows):
            self._row_flags(row)
            cells = row.cells
            for column, text in enumerate((line.name, str(line.indicators), str(line.complete), line.completion_text,
                                           line.mean_text)):
                self._text(cells[column], text, bold=line.total, size=10, align=right if column else None)
        self._widths(table, fit_columns(headers, [7.0, 2.6, 2.2, 2.6, 2.6], 9))

    def _chart_description(self) -> str:
        """The chart's alternative text: its caption and the value it draws for each area."""
        r = self.r
        return "\n".join([f"{r.text('chart_caption')}:"] + [f"{name}: {value}" for name, value in layout.chart_values(r)])

    def _area(self, area: AreaSection) -> None:
        heading = self._heading(f"{area.id}. {join(area.title)}", 1)
        heading.paragraph_format.page_break_before = True
        for text in area.description:
            if text:
                self._text(self.d, text, italic=True)
        self._text(self.d, layout.area_line(self.r, area.summary), size=10)
        for entry in area.indicators:
            self._indicator(entry)

    def _indicator(self, e: IndicatorEntry) -> None:
        """One indicator: a Heading 2 and a table kept on one page.

        Written as XML in one piece: the same table through python-docx's object layer is most of the
        export time (48 of them), and the result is identical.
        """
        r = self.r
        self._heading(f"{e.id}. {e.statement[0]}", 2)  # Heading 2 keeps with next (style)
        langs = len(r.langs)
        # the heading is in the first language: a bilingual report gives the statements side by side first
        rows: list[tuple[str, object]] = [(r.text("indicator"), e.statement)] if r.bilingual else []
        for field in layout.indicator_fields(r, e):
            if field.levels:
                rows.append((field.label, tuple([(head, "b")] + ([(desc, "i9")] if desc else [])
                                                for head, desc in field.levels)))
            elif field.criteria:  # marked with glyphs, explained under the label
                rows.append((f"{field.label}\n{MET} {join(r.label('met'))}\n{NOT_MET} {join(r.label('not_met'))}",
                             tuple("\n".join(f"{MET if c.met else NOT_MET} {c.label[i]} {c.text[i]}"
                                             for c in field.criteria) for i in range(langs))))
            else:
                rows.append((field.label, field.texts or field.text))
        # the label column is as wide as its longest word needs (no "Подтверждаю|щие")
        widths = fit_columns([" ".join(label for label, _ in rows), *[""] * langs],
                             [4.0, 13.0] if langs == 1 else [3.4, 6.8, 6.8], 10)
        twips = [round(w * 567) for w in widths]
        xml = [f'<w:tbl {_NSDECL}><w:tblPr><w:tblStyle w:val="{self.sid["Table Grid"]}"/>'
               '<w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/><w:tblLayout w:type="fixed"/>'
               '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
               'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>']
        xml += [f'<w:gridCol w:w="{w}"/>' for w in twips]
        xml.append("</w:tblGrid>")
        for index, (label, value) in enumerate(rows):
            keep = index < len(rows) - 1  # keep the block on one page: each row holds on to the next
            cell10, cell9 = self.sid[(10, keep)], self.sid[(9, keep)]
            xml.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
            xml.append(_tc(twips[0], [(label, "b")], cell10, cell9, shade=SHADE))
            if isinstance(value, tuple):
                for i, part in enumerate(value):
                    parts = part if isinstance(part, list) else [(part, "")]
                    xml.append(_tc(twips[1 + i], parts, cell10, cell9))
            else:
                xml.append(_tc(sum(twips[1:]), [(str(value), "")], cell10, cell9, span=langs))
            xml.append("</w:tr>")
        xml.append("</w:tbl>")
        from docx.oxml import parse_xml

        self.d.element.body[-1].addprevious(parse_xml("".join(xml)))

    def _attachments_annex(self) -> None:
        """Every attached file, by indicator: the files travel inside the .teia file, not in the report."""
        r = self.r
        rows = layout.attachment_rows(r)
        self._heading(r.text("annex_attachments"), 1)
        if not rows:
            self._text(self.d, r.text("no_attachments"))
            return
        self._text(self.d, r.text("annex_attachments_intro"), italic=True, size=10)
        self._grid(layout.attachment_headers(r), rows, [2.6, 8.4, 2.4, 3.6])

    def _action_plan(self) -> None:
        """The action plan in a landscape section: one table, a row per action, written as XML in one piece.

        Through python-docx's object layer these 200-odd rows were most of the export time; the XML is what
        that layer writes (see _paragraphs_xml), so the document is the same.
        """
        from docx.enum.section import WD_SECTION
        from docx.oxml import parse_xml

        r = self.r
        section = self.d.add_section(WD_SECTION.NEW_PAGE)
        self._page(section, landscape=True)
        self._heading(r.text("action_plan"), 1)
        if not r.actions:
            self._text(self.d, r.text("no_actions"))
            return
        headers = layout.action_headers(r)
        # no word breaks in a header, nor in the priority and status of any action (one-word values)
        twips = [self.Cm(w).twips for w in fit_columns(layout.action_header_words(r),
                                                        [1.0, 6.6, 2.0, 4.2, 2.3, 2.2, 2.8, 4.6], 9)]
        small = self.sid[(9, False)]
        xml = [_table_start_xml(self.sid["Table Grid"], twips), "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"]
        for width, text in zip(twips, headers):
            xml.append(_cell_xml(width, _paragraphs_xml(text, small, bold=True), shade=SHADE))
        xml.append("</w:tr>")
        for a in r.actions:
            cells = ["".join(_paragraphs_xml(line.text, small, bold=line.style == "bold", italic=line.style == "italic")
                             for line in cell) for cell in layout.action_cells(r, a)]
            xml.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
            xml += [_cell_xml(width, body) for width, body in zip(twips, cells)]
            xml.append("</w:tr>")
        xml.append("</w:tbl>")
        self.d.element.body[-1].addprevious(parse_xml("".join(xml)))

    def _signatures(self) -> None:
        from docx.enum.section import WD_SECTION

        r = self.r
        section = self.d.add_section(WD_SECTION.NEW_PAGE)
        self._page(section)
        if r.options.include_actions:  # the requests for assistance open the portrait section after the plan
            self.place(report_gaps.assistance_elements(r), page_break=False)
        if self.r.register is not None:
            from model.formats.docx_register import write_register_annex

            write_register_annex(self)  # the register of hazardous activities (model.register.report)
        if self.r.edition_annex is not None:
            from model.catalogue.report_annex import write_edition_annex

            write_edition_annex(self)  # answers of indicators not in the catalogue's new edition
        self.place(report_annexes.elements(r), page_break=bool(r.options.include_actions))
        self._attachments_annex()
        self._heading(r.text("signatures"), 1).paragraph_format.page_break_before = True
        headers = ["", r.text("name"), r.text("position"), r.text("signature"), r.text("date")]
        table = self._table(3, len(headers))
        for cell, text in zip(table.rows[0].cells, headers):
            self._text(cell, text, bold=True, size=10)
            self._shade(cell)
        for row, key in zip(table.rows[1:], ("prepared_by", "approved_by")):
            self._row_flags(row)
            self._text(row.cells[0], r.text(key), bold=True, size=10)
            name, day = layout.approval(r)
            if key == "approved_by" and name:  # a final assessment: as recorded
                self._text(row.cells[1], name, size=10)
                self._text(row.cells[4], day, size=10)
            row.height = self.Cm(2.0)
        self._widths(table, fit_columns(headers, [3.4, 4.4, 4.0, 3.0, 2.2], 10))
        self._text(self.d, f"{r.text('lead_authority')}: {r.title_page.lead_authority}", size=10)\
            .paragraph_format.space_before = self.Pt(18)
