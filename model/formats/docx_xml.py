"""Table XML for the Word report, written in one piece (python-docx's object layer is most of the export time
for the 48 indicator tables and the action plan; the XML is what that layer writes)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from model.formats.text import clean

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NSDECL = f'xmlns:w="{_W}"'


def _paragraphs_xml(text: str, style_id: str, *, bold: bool = False, italic: bool = False) -> str:
    """What _Writer._text(cell, text, bold=, italic=, size=) adds to a table cell, as XML: a paragraph of
    that style per line, each one run; in the run, as python-docx writes it, a tab is a <w:tab/> and the
    text around it <w:t> elements, xml:space="preserve" where it starts or ends with white space."""
    props = "<w:rPr><w:b/><w:i/></w:rPr>" if bold and italic else \
        ("<w:rPr><w:b/></w:rPr>" if bold else ("<w:rPr><w:i/></w:rPr>" if italic else ""))
    start = f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/></w:pPr><w:r>{props}'
    out = []
    for line in clean(text).split("\n"):
        content = []
        for index, part in enumerate(line.split("\t")):
            if index:
                content.append("<w:tab/>")
            if part:
                space = ' xml:space="preserve"' if len(part.strip()) < len(part) else ""
                content.append(f"<w:t{space}>{escape(part)}</w:t>")
        out.append(f"{start}{''.join(content)}</w:r></w:p>")
    return "".join(out)


def _table_start_xml(style_id: str, twips: list[int]) -> str:
    """A table as _Writer._table and _widths make it, up to its first row."""
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in twips)
    return (f'<w:tbl {_NSDECL}><w:tblPr><w:tblStyle w:val="{style_id}"/><w:tblW w:type="auto" w:w="0"/>'
            '<w:jc w:val="center"/><w:tblLayout w:type="fixed"/><w:tblLook w:firstColumn="1" w:firstRow="1" '
            'w:lastColumn="0" w:lastRow="0" w:noHBand="0" w:noVBand="1" w:val="04A0"/></w:tblPr>'
            f"<w:tblGrid>{grid}</w:tblGrid>")


def _cell_xml(width: int, body: str, *, shade: str | None = None) -> str:
    """A table cell as python-docx makes it (width, then shading) holding ``body``'s paragraphs."""
    fill = f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>' if shade else ""
    return f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width}"/>{fill}</w:tcPr>{body}</w:tc>'


def _runs_xml(text: str, how: str, style_10: str, style_9: str) -> str:
    """Paragraphs (one per line) for a table cell; ``how``: "b" bold, "i9" italic 9 pt, "" plain."""
    style = style_9 if how == "i9" else style_10
    props = "<w:rPr><w:b/></w:rPr>" if how == "b" else ("<w:rPr><w:i/></w:rPr>" if how == "i9" else "")
    return "".join(f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r>{props}'
                   f'<w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>'
                   for line in (clean(text).split("\n") or [""]))


def _tc(width: int, parts: list[tuple[str, str]], style_10: str, style_9: str, *, shade: str | None = None,
        span: int = 1) -> str:
    props = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if shade:
        props += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
    body = "".join(_runs_xml(text, how, style_10, style_9) for text, how in parts) or \
        f'<w:p><w:pPr><w:pStyle w:val="{style_10}"/></w:pPr></w:p>'
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{body}</w:tc>"
