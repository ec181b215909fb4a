"""Render the application icon (resources/icons/teia.svg) to PNG and a multi-size Windows .ico at build time.

Run by packaging/teia.spec, so no binary icon is kept in the repository:
    python packaging/make_icons.py OUT_FOLDER
writes OUT_FOLDER/teia.ico (16-256 px, PNG-compressed entries, read by Windows Vista and later) and
OUT_FOLDER/teia-256.png. Needs only QtGui and QtSvg, and no display (the offscreen platform is chosen).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

SVG = Path(__file__).resolve().parent.parent / "resources" / "icons" / "teia.svg"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def render_png(svg: Path, size: int) -> bytes:
    """The icon drawn at size x size pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"not a valid SVG: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("Qt could not encode PNG")
    buffer.close()
    return bytes(data)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A .ico file holding one PNG-compressed image per size (ICONDIR, ICONDIRENTRY x n, then the images)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        png = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset + len(images))
        images += png
    return header + entries + images


def make_icons(out: Path, svg: Path = SVG) -> dict[str, Path]:
    from PySide6.QtGui import QGuiApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # QImage text/SVG rendering wants one
    out.mkdir(parents=True, exist_ok=True)
    pngs = {size: render_png(svg, size) for size in ICO_SIZES}
    ico = out / "teia.ico"
    ico.write_bytes(ico_bytes(pngs))
    png = out / "teia-256.png"
    png.write_bytes(pngs[256])
    del app
    return {"ico": ico, "png": png}


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python packaging/make_icons.py OUT_FOLDER")
    for path in make_icons(Path(sys.argv[1])).values():
        print(path)
