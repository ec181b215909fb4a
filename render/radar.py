"""The radar chart of the areas, drawn with QPainter: on the dashboard and, as a PNG, in the Word report."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QGuiApplication, QImage, QPainter, QPen, QPolygonF

from model.report import formatting

GRID = (0.25, 0.5, 0.75, 1.0)
LINE = QColor("#1F3864")
FILL = QColor(47, 84, 150, 90)
BEFORE_LINE = QColor("#8FA3C4")  # the previous assessment: a lighter, dashed line without fill
GRID_COLOUR = QColor("#B4BFD0")
TEXT = QColor("#202020")


def _point(centre: QPointF, radius: float, index: int, count: int) -> QPointF:
    angle = -math.pi / 2 + 2 * math.pi * index / count  # the first area at the top, clockwise
    return QPointF(centre.x() + radius * math.cos(angle), centre.y() + radius * math.sin(angle))


def chart_geometry(rect: QRectF, font: QFont, labels: Sequence[str] = ()) -> tuple[QFontMetricsF, QPointF, float, float]:
    """The chart's font metrics, centre, radius and label width in ``rect``.

    A label is wrapped at its spaces, so its longest word must fit its width (a narrow dashboard would
    otherwise cut "Институциональный"); the circle gets smaller instead.
    """
    metrics = QFontMetricsF(font)
    longest_word = max((metrics.horizontalAdvance(word) for label in labels for word in label.split()), default=0.0)
    label_width = min(rect.width() * 0.34, max(rect.width() * 0.26, longest_word + 4))
    margin = max(metrics.height() * 3.2, label_width * 0.55)
    radius = max(10.0, min(rect.width() / 2 - label_width * 0.75, rect.height() / 2 - margin))
    return metrics, rect.center(), radius, label_width


def chart_font(painter_font: QFont, rect: QRectF, pixel_size: float | None = None) -> QFont:
    font = QFont(painter_font)
    if pixel_size:
        font.setPixelSize(round(pixel_size))
    else:
        font.setPointSizeF(max(7.0, min(rect.width(), rect.height()) / 55))
    return font


def grid_label_rect(metrics: QFontMetricsF, centre: QPointF, radius: float, share: float, count: int,
                    lang: str = "en") -> QRectF:
    """Where the percentage of a grid ring is written: just right of the first (top) spoke, centred on it."""
    p = _point(centre, radius * share, 0, count)
    width = metrics.horizontalAdvance(formatting.percent(share, lang)) + 4  # as small as the text: hide little
    return QRectF(p.x() + 3, p.y() - metrics.height() / 2, width, metrics.height())


def paint_radar(painter: QPainter, rect: QRectF, labels: list[str], values: list[float | None],
                text_px: float | None = None, before: list[float | None] | None = None,
                legend: tuple[str, str] | None = None, lang: str = "en") -> None:
    """Draw one spoke per label and the polygon of ``values`` (0..1; None = not rated, drawn at 0).

    ``before``: a second series (the previous assessment), drawn under it in a lighter dashed line;
    ``legend``: the names of the two series, written in the lower left corner.
    Labels are wrapped into the space around the chart; the grid shows 25, 50, 75 and 100 %.
    """
    count = len(labels)
    if count < 3:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = chart_font(painter.font(), rect, text_px)
    painter.setFont(font)
    metrics, centre, radius, label_width = chart_geometry(rect, font, labels)

    painter.setPen(QPen(GRID_COLOUR, 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for share in GRID:
        painter.drawPolygon(QPolygonF([_point(centre, radius * share, i, count) for i in range(count)]))
    for i in range(count):
        painter.drawLine(centre, _point(centre, radius, i, count))
    if before is not None:
        earlier = [_point(centre, radius * max(0.0, min(1.0, v or 0.0)), i, count) for i, v in enumerate(before)]
        pen = QPen(BEFORE_LINE, 2.5)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolygon(QPolygonF(earlier))
    points = [_point(centre, radius * max(0.0, min(1.0, v or 0.0)), i, count) for i, v in enumerate(values)]
    painter.setPen(QPen(LINE, 2.5))
    painter.setBrush(QBrush(FILL))
    painter.drawPolygon(QPolygonF(points))
    painter.setBrush(QBrush(LINE))
    for point, value in zip(points, values):
        if value is not None:
            painter.drawEllipse(point, 4.0, 4.0)

    # The grid's percentages on top of the polygon, each on a white patch, so none hides under it.
    for share in GRID:
        box = grid_label_rect(metrics, centre, radius, share, count, lang)
        painter.fillRect(box, QColor("white"))
        painter.setPen(QPen(GRID_COLOUR.darker(170), 1))
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), formatting.percent(share, lang))

    painter.setPen(QPen(TEXT))
    flags = Qt.TextFlag.TextWordWrap
    for i, label in enumerate(labels):
        anchor = _point(centre, radius + metrics.height() * 0.8, i, count)
        lines = metrics.boundingRect(QRectF(0, 0, label_width, 1e4), int(flags), label).height()
        box = QRectF(0, 0, label_width, max(metrics.height() * 3.2, lines))
        dx = anchor.x() - centre.x()
        if abs(dx) < radius * 0.15:
            box.moveCenter(anchor)
            align = Qt.AlignmentFlag.AlignHCenter
            if anchor.y() < centre.y():
                box.moveBottom(anchor.y())
                align |= Qt.AlignmentFlag.AlignBottom
            else:
                box.moveTop(anchor.y())
                align |= Qt.AlignmentFlag.AlignTop
        elif dx > 0:
            box.moveLeft(anchor.x())
            box.moveTop(anchor.y() - box.height() / 2)
            align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        else:
            box.moveRight(anchor.x())
            box.moveTop(anchor.y() - box.height() / 2)
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        # Keep every label inside the chart's rectangle (long Russian and Kyrgyz titles).
        if box.left() < rect.left():
            box.moveLeft(rect.left())
        if box.right() > rect.right():
            box.moveRight(rect.right())
        painter.drawText(box, int(align) | int(flags), label)
    if legend is not None:
        _paint_legend(painter, rect, metrics, legend)
    painter.restore()


def _paint_legend(painter: QPainter, rect: QRectF, metrics: QFontMetricsF, names: tuple[str, str]) -> None:
    """A line sample and the name of each series, one under the other, in the lower left corner."""
    step = metrics.height() * 1.3
    sample = metrics.height() * 2
    for row, (name, colour, style) in enumerate(((names[0], BEFORE_LINE, Qt.PenStyle.DashLine),
                                                 (names[1], LINE, Qt.PenStyle.SolidLine))):
        y = rect.bottom() - step * (2 - row) + step / 2
        pen = QPen(colour, 2.5)
        pen.setStyle(style)
        painter.setPen(pen)
        painter.drawLine(QPointF(rect.left() + 2, y), QPointF(rect.left() + 2 + sample, y))
        painter.setPen(QPen(TEXT))
        box = QRectF(rect.left() + sample + 8, y - step / 2, rect.width() * 0.45, step)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         metrics.elidedText(name, Qt.TextElideMode.ElideRight, box.width()))


REPORT_SIZE = (1500, 950)  # pixels for the Word report's 15 x 9.5 cm: 100 per cm
REPORT_TEXT_PX = 27.0  # 7.5 pt at that size


def radar_png(labels: list[str], values: list[float | None], size: tuple[int, int] = REPORT_SIZE,
              text_px: float | None = REPORT_TEXT_PX, before: list[float | None] | None = None,
              legend: tuple[str, str] | None = None, lang: str = "en") -> bytes:
    """The chart as PNG bytes on white (for the Word report), its text 7.5 pt when shown 15 cm wide.
    Needs a QGuiApplication."""
    if QGuiApplication.instance() is None:
        raise RuntimeError("radar_png needs a QGuiApplication")
    image = QImage(size[0], size[1], QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        paint_radar(painter, QRectF(0, 0, size[0], size[1]), labels, values, text_px, before, legend, lang)
    finally:
        painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6's stubs type the format as bytes, but at run time save() takes it only as a str (b"PNG" raises)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())
