"""The radar chart: its grid percentages stay readable over the polygon; the report's chart is sized for print."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from render import radar

LABELS = [f"{n}. Область {n} / Area {n}" for n in range(1, 9)]


def draw(values, size=(900, 700)) -> QImage:
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    radar.paint_radar(painter, QRectF(0, 0, *size), LABELS, values)
    painter.end()
    return image


def test_grid_percentages_are_drawn_over_the_polygon(qapp):
    full, empty = draw([1.0] * 8), draw([None] * 8)
    rect = QRectF(0, 0, 900, 700)
    probe = QImage(10, 10, QImage.Format.Format_RGB32)
    painter = QPainter(probe)  # the same font as paint_radar gets from a QImage painter
    metrics, centre, radius, _ = radar.chart_geometry(rect, radar.chart_font(painter.font(), rect))
    painter.end()
    for share in radar.GRID:
        box = radar.grid_label_rect(metrics, centre, radius, share, 8).toRect().adjusted(2, 2, -2, -2)
        differing = [(x, y) for x in range(box.left(), box.right()) for y in range(box.top(), box.bottom())
                     if full.pixel(x, y) != empty.pixel(x, y)]
        dark = [(x, y) for x in range(box.left(), box.right()) for y in range(box.top(), box.bottom())
                if QColor(full.pixel(x, y)).lightness() < 160]
        assert not differing, share  # the polygon does not cover the label
        assert dark, share  # and the label is there


def test_the_report_chart_png_has_the_report_shape(qapp):
    data = radar.radar_png(LABELS, [0.5] * 8)
    image = QImage.fromData(data, "PNG")
    assert (image.width(), image.height()) == radar.REPORT_SIZE
    from model.formats.docx import CHART_CM

    assert abs(image.width() / image.height() - CHART_CM[0] / CHART_CM[1]) < 0.01
