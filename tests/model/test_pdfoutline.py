"""The PDF outline writer: an incremental update that poppler reads as bookmarks, the original bytes kept."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from model.formats.pdfoutline import Bookmark, add_outline

pytestmark = pytest.mark.skipif(shutil.which("pdftohtml") is None, reason="poppler-utils is not installed")


def make_pdf(pages: int = 3, nested: bool = True) -> bytes:
    """A small classic PDF: a page tree with an inner node (inherited MediaBox) and a text on each page."""
    objects: dict[int, bytes] = {1: b"<< /Type /Catalog /Pages 2 0 R >>"}
    font = 3
    objects[font] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    first_page = 10
    page_numbers = [first_page + 2 * i for i in range(pages)]
    inner = 4
    if nested:
        objects[2] = b"<< /Type /Pages /Kids [%d 0 R %d 0 R] /Count %d /MediaBox [0 0 595 842] >>" % (
            page_numbers[0], inner, pages)
        objects[inner] = b"<< /Type /Pages /Parent 2 0 R /Kids [%s] /Count %d >>" % (
            b" ".join(b"%d 0 R" % n for n in page_numbers[1:]), pages - 1)
    else:
        objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d /MediaBox [0 0 595 842] >>" % (
            b" ".join(b"%d 0 R" % n for n in page_numbers), pages)
    for index, number in enumerate(page_numbers):
        parent = 2 if (index == 0 or not nested) else inner
        stream = b"BT /F1 24 Tf 72 700 Td (Page%d) Tj ET" % (index + 1)
        objects[number] = (b"<< /Type /Page /Parent %d 0 R /Resources << /Font << /F1 %d 0 R >> >> "
                           b"/Contents %d 0 R >>" % (parent, font, number + 1))
        objects[number + 1] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)
    out = bytearray(b"%PDF-1.4\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, objects[number])
    size = max(objects) + 1
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        out += (b"%010d 00000 n \n" % offsets[number]) if number in offsets else b"0000000000 65535 f \n"
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return bytes(out)


def poppler_outline(path) -> str:
    xml = subprocess.run(["pdftohtml", "-xml", "-stdout", "-i", "-q", str(path)], capture_output=True, text=True,
                         check=True).stdout
    start = xml.find("<outline>")
    return xml[start:xml.rfind("</outline>") + len("</outline>")] if start >= 0 else ""


def pdftext(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


MARKS = [Bookmark(1, "1. Область (первая)", 0, 100), Bookmark(2, "1.1 Показатель ң ө ү \\ ) (", 1, 50.5),
         Bookmark(2, "1.2", 2), Bookmark(1, "2. Area", 2, 400)]


@pytest.mark.parametrize("nested", [True, False])
def test_poppler_reads_the_bookmarks_with_their_pages(tmp_path, nested):
    original = make_pdf(3, nested)
    updated = add_outline(original, MARKS)
    assert updated.startswith(original)  # an incremental update: nothing Qt wrote is changed
    path = tmp_path / "o.pdf"
    path.write_bytes(updated)
    outline = poppler_outline(path)
    items = re.findall(r'<item page="(\d+)">([^<]*)</item>', outline)
    assert [(int(p), t) for p, t in items] == [(1, "1. Область (первая)"), (2, "1.1 Показатель ң ө ү \\ ) ("),
                                               (3, "1.2"), (3, "2. Area")]
    # nesting: the two indicators sit in an inner <outline> under area 1
    assert re.search(r"</item>\s*<outline>\s*<item[^>]*>1\.1.*?</item>\s*<item[^>]*>1\.2</item>\s*</outline>",
                     outline, re.S)
    assert [line for line in pdftext(path).split() if line.startswith("Page")] == ["Page1", "Page2", "Page3"]
    assert b"/PageMode /UseOutlines" in updated[len(original):]


def test_destinations_point_at_the_place_on_the_page(tmp_path):
    updated = add_outline(make_pdf(3), MARKS)
    tail = updated[len(make_pdf(3)):]
    # 842 pt high pages: 100 pt from the top is y = 742 on page 1 (object 10), 50.5 pt is 791.5 on page 2
    assert b"/Dest [10 0 R /XYZ 0 742 null]" in tail
    assert b"/Dest [12 0 R /XYZ 0 791.5 null]" in tail


def test_a_second_outline_replaces_the_first(tmp_path):
    once = add_outline(make_pdf(2), [Bookmark(1, "old", 0)])
    twice = add_outline(once, [Bookmark(1, "new", 1)])
    path = tmp_path / "t.pdf"
    path.write_bytes(twice)
    assert re.findall(r'<item page="(\d+)">([^<]*)</item>', poppler_outline(path)) == [("2", "new")]


def test_no_bookmarks_leave_the_file_alone():
    data = make_pdf(1)
    assert add_outline(data, []) is data


@pytest.mark.parametrize("damage", [
    lambda d: d.replace(b"trailer", b"trailor"),
    lambda d: d[:-20],
    lambda d: d.replace(b"/Pages 2 0 R", b"/Pagez 2 0 R"),
    lambda d: re.sub(rb"startxref\n\d+", b"startxref\n5", d),
])
def test_a_pdf_it_cannot_read_is_refused(damage):
    with pytest.raises(ValueError):
        add_outline(damage(make_pdf(2)), MARKS)
