"""Bookmarks (a PDF outline) added to a finished PDF as an incremental update.

Qt's QPdfWriter (checked up to Qt 6.11) writes no outline and has no API for one, so the printouts get their
bookmarks here: the file Qt wrote is kept byte for byte, and an update is appended to it (PDF 1.7, 7.5.6) with
the outline items, a new catalogue that points to them (and opens the bookmarks pane), a cross-reference
section for the new objects and a trailer whose /Prev is the old one. Only what Qt writes is needed: a
classic cross-reference table and uncompressed catalogue and page-tree objects; anything else is refused with
ValueError (the caller then keeps the PDF without bookmarks).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Bookmark:
    level: int  # 1 = top level (an area), 2 = under the previous level-1 bookmark (an indicator)
    title: str
    page: int  # 0-based page index
    top: float = 0.0  # distance from the top of the page, in points


_REF = rb"(\d+)\s+(\d+)\s+R"


def _text_string(text: str) -> bytes:
    """A PDF text string in UTF-16BE with a byte order mark, as hex (no escaping questions)."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def _xref_offsets(data: bytes, first_table: int) -> dict[int, int]:
    """Object number -> offset, from the classic xref table at ``first_table`` and the ones before it (/Prev)."""
    offsets: dict[int, int] = {}
    seen: set[int] = set()
    start: int | None = first_table
    while start is not None and start not in seen:
        seen.add(start)
        if data[start:start + 4] != b"xref":
            raise ValueError("not a classic cross-reference table")
        pos = start + 4
        section = re.compile(rb"\s*(\d+)\s+(\d+)[ \t]*\r?\n")
        while True:
            m = section.match(data, pos)
            if not m:
                break
            first, count = int(m.group(1)), int(m.group(2))
            pos = m.end()
            for i in range(count):
                entry = data[pos:pos + 20]
                fields = entry.split()
                if len(fields) < 3:
                    raise ValueError("damaged cross-reference entry")
                if fields[2] == b"n":
                    offsets.setdefault(first + i, int(fields[0]))
                pos += 20
        trailer = re.compile(rb"\s*trailer\s*<<(.*?)>>\s*startxref", re.S).match(data, pos)
        if not trailer:
            raise ValueError("no trailer after the cross-reference table")
        prev = re.search(rb"/Prev\s+(\d+)", trailer.group(1))
        start = int(prev.group(1)) if prev else None
    return offsets


def _object(data: bytes, offsets: dict[int, int], number: int) -> bytes:
    start = offsets.get(number)
    if start is None:
        raise ValueError(f"object {number} is missing")
    m = re.compile(rb"\s*(\d+)\s+(\d+)\s+obj(.*?)endobj", re.S).match(data, start)
    if not m or int(m.group(1)) != number:
        raise ValueError(f"object {number} is not where the table says")
    return m.group(3).strip()


def _pages(data: bytes, offsets: dict[int, int], number: int, box: list[float] | None,
           depth: int = 0) -> list[tuple[int, list[float]]]:
    """The page objects under a page-tree node, in order, with their (inherited) MediaBox."""
    if depth > 32:
        raise ValueError("page tree too deep")
    body = _object(data, offsets, number)
    m = re.search(rb"/MediaBox\s*\[([^\]]*)\]", body)
    if m:
        box = [float(v) for v in m.group(1).split()]
    if re.search(rb"/Type\s*/Pages\b", body):
        kids = re.search(rb"/Kids\s*\[([^\]]*)\]", body)
        if not kids:
            raise ValueError("a page-tree node without /Kids")
        out = []
        for ref in re.finditer(_REF, kids.group(1)):
            out += _pages(data, offsets, int(ref.group(1)), box, depth + 1)
        return out
    if box is None or len(box) != 4:
        raise ValueError(f"page {number} has no MediaBox")
    return [(number, box)]


def add_outline(data: bytes, bookmarks: list[Bookmark]) -> bytes:
    """``data`` with an outline of ``bookmarks`` appended as an incremental update."""
    if not bookmarks:
        return data
    end = data.rstrip()
    if not end.endswith(b"%%EOF"):
        raise ValueError("not a complete PDF")
    startxref = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)
    if not startxref:
        raise ValueError("no startxref")
    xref_at = int(startxref.group(1))
    trailer = re.compile(rb"trailer\s*<<(.*?)>>\s*startxref\s+\d+\s+%%EOF\s*$", re.S).search(data)
    if not trailer:
        raise ValueError("no trailer (cross-reference streams are not supported)")
    trailer_body = trailer.group(1)
    size_entry = re.search(rb"/Size\s+(\d+)", trailer_body)
    if not size_entry:  # (was an AttributeError on None)
        raise ValueError("no /Size in the trailer")
    size = int(size_entry.group(1))
    root = re.search(rb"/Root\s+" + _REF, trailer_body)
    if not root or root.group(2) != b"0":
        raise ValueError("no /Root")
    root_number = int(root.group(1))
    offsets = _xref_offsets(data, xref_at)
    catalog = _object(data, offsets, root_number)
    if not (catalog.startswith(b"<<") and catalog.endswith(b">>")):
        raise ValueError("the catalogue is not a dictionary")
    pages_ref = re.search(rb"/Pages\s+" + _REF, catalog)
    if not pages_ref:
        raise ValueError("the catalogue has no /Pages")
    pages = _pages(data, offsets, int(pages_ref.group(1)), None)

    # The outline tree: object numbers from ``size`` on; the root first.
    outline_root = size
    numbers = [size + 1 + i for i in range(len(bookmarks))]
    parents: list[int] = []
    children: dict[int, list[int]] = {outline_root: []}
    stack: list[tuple[int, int]] = []  # (level, object number)
    for mark, number in zip(bookmarks, numbers):
        level = max(1, mark.level)
        while stack and stack[-1][0] >= level:
            stack.pop()
        parent = stack[-1][1] if stack else outline_root
        parents.append(parent)
        children.setdefault(parent, []).append(number)
        children.setdefault(number, [])
        stack.append((level, number))

    def count(number: int) -> int:
        return sum(1 + count(child) for child in children[number])

    objects: dict[int, bytes] = {}

    def first_last(kids: list[int]) -> bytes:
        return (b"/First %d 0 R /Last %d 0 R " % (kids[0], kids[-1])) if kids else b""

    objects[outline_root] = (b"<< /Type /Outlines " + first_last(children[outline_root]) +
                             b"/Count %d >>" % count(outline_root))
    for mark, number, parent in zip(bookmarks, numbers, parents):
        siblings = children[parent]
        i = siblings.index(number)
        page_index = min(max(mark.page, 0), len(pages) - 1)
        page_number, box = pages[page_index]
        top = box[3] - max(0.0, mark.top)
        parts = [b"<< /Title " + _text_string(mark.title), b"/Parent %d 0 R" % parent]
        if i > 0:
            parts.append(b"/Prev %d 0 R" % siblings[i - 1])
        if i + 1 < len(siblings):
            parts.append(b"/Next %d 0 R" % siblings[i + 1])
        kids = children[number]
        if kids:
            parts.append(first_last(kids).strip())
            parts.append(b"/Count -%d" % count(number))  # closed: the areas show, their indicators on a click
        parts.append(b"/Dest [%d 0 R /XYZ %s %s null] >>" % (page_number, _num(box[0]), _num(top)))
        objects[number] = b" ".join(parts)
    inner = re.sub(rb"/(Outlines|PageMode)\s+(\d+\s+\d+\s+R|/\w+)", b"", catalog[2:-2])
    objects[root_number] = (b"<<" + inner.rstrip() + b"\n/Outlines %d 0 R\n/PageMode /UseOutlines\n>>" % outline_root)

    out = bytearray(data if data.endswith(b"\n") else data + b"\n")
    positions: dict[int, int] = {}
    for number in sorted(objects):
        positions[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n"
    run: list[int] = []
    ends: list[int | None] = [*sorted(positions), None]
    for written in ends:  # consecutive numbers form one subsection
        if run and (written is None or written != run[-1] + 1):
            out += b"%d %d\n" % (run[0], len(run))
            out += b"".join(b"%010d 00000 n \n" % positions[n] for n in run)
            run = []
        if written is not None:
            run.append(written)
    keep = b"".join(m.group(0) + b"\n" for m in re.finditer(rb"/(Info\s+\d+\s+\d+\s+R|ID\s*\[[^\]]*\])", trailer_body))
    out += (b"trailer\n<<\n/Size %d\n/Root %d 0 R\n" % (numbers[-1] + 1, root_number) + keep +
            b"/Prev %d\n>>\nstartxref\n%d\n%%%%EOF\n" % (xref_at, xref))
    return bytes(out)


def _num(value: float) -> bytes:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.encode("ascii")
