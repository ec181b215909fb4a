"""The radar chart of the areas, drawn with QPainter: on the dashboard and, as a PNG, in the Word report."""

from __future__ import annotations

import math

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QGuiApplication, QImage, QPainter, QPen, QPolygonF

GRID = (0.25, 0.5, 0.75, 1.0)
LINE = QColor("#1F3864")
FILL = QColor(47, 84, 150, 90)
GRID_COLOUR = QColor("#B4BFD0")
TEXT = QColor("#202020")


def _point(centre: QPointF, radius: float, index: int, count: int) -> QPointF:
    angle = -math.pi / 2 + 2 * math.pi * index / count  # the first area at the top, clockwise
    return QPointF(centre.x() + radius * math.cos(angle), centre.y() + radius * math.sin(angle))


def paint_radar(painter: QPainter, rect: QRectF, labels: list[str], values: list[float | None]) -> None:
    """Draw one spoke per label and the polygon of ``values`` (0..1; None = not rated, drawn at 0).

    Labels are wrapped into the space around the chart; the grid shows 25, 50, 75 and 100 %.
    """
    count = len(labels)
    if count < 3:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont(painter.font())
    font.setPointSizeF(max(7.0, min(rect.width(), rect.height()) / 55))
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    label_width = rect.width() * 0.26
    margin = max(metrics.height() * 3.2, label_width * 0.55)
    radius = max(10.0, min(rect.width() / 2 - label_width * 0.75, rect.height() / 2 - margin))
    centre = rect.center()

    painter.setPen(QPen(GRID_COLOUR, 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for share in GRID:
        painter.drawPolygon(QPolygonF([_point(centre, radius * share, i, count) for i in range(count)]))
    for i in range(count):
        painter.drawLine(centre, _point(centre, radius, i, count))
    painter.setPen(QPen(GRID_COLOUR.darker(140), 1))
    for share in GRID:
        p = _point(centre, radius * share, 0, count)
        painter.drawText(QPointF(p.x() + 4, p.y() + metrics.ascent() / 2), f"{round(share * 100)}%")

    points = [_point(centre, radius * max(0.0, min(1.0, v or 0.0)), i, count) for i, v in enumerate(values)]
    painter.setPen(QPen(LINE, 2.5))
    painter.setBrush(QBrush(FILL))
    painter.drawPolygon(QPolygonF(points))
    painter.setBrush(QBrush(LINE))
    for point, value in zip(points, values):
        if value is not None:
            painter.drawEllipse(point, 4.0, 4.0)

    painter.setPen(QPen(TEXT))
    flags = Qt.TextFlag.TextWordWrap
    for i, label in enumerate(labels):
        anchor = _point(centre, radius + metrics.height() * 0.8, i, count)
        box = QRectF(0, 0, label_width, metrics.height() * 3.2)
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
    painter.restore()


def radar_png(labels: list[str], values: list[float | None], size: tuple[int, int] = (900, 700)) -> bytes:
    """The chart as PNG bytes on white (for the Word report). Needs a QGuiApplication."""
    if QGuiApplication.instance() is None:
        raise RuntimeError("radar_png needs a QGuiApplication")
    image = QImage(size[0], size[1], QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        paint_radar(painter, QRectF(0, 0, size[0], size[1]), labels, values)
    finally:
        painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())
