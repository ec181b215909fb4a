"""Icons drawn in code or loaded from resources/icons, so nothing is fetched and nothing is missing."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from model.app.resources import resource_path

STATUS_COLOURS = {"not_started": "#9aa0a6", "draft": "#e8a317", "complete": "#2e8b57", "carried_over": "#1f6fb2"}


@lru_cache(maxsize=None)
def status_icon(status: str) -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(STATUS_COLOURS.get(status, "#9aa0a6"))
        rect = QRectF(2, 2, size - 4, size - 4)
        painter.setPen(QPen(colour, max(1.5, size / 10)))
        if status == "not_started":
            painter.drawEllipse(rect)
        elif status == "carried_over":  # from the previous self-assessment: a dashed ring, to confirm or update
            pen = QPen(colour, max(1.5, size / 8))
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawEllipse(rect)
            painter.setBrush(colour)
            painter.drawEllipse(rect.center(), size / 8, size / 8)
        elif status == "draft":
            painter.drawEllipse(rect)
            path = QPainterPath()
            path.moveTo(rect.center())
            path.arcTo(rect, 90, 180)
            path.closeSubpath()
            painter.fillPath(path, colour)
        else:
            painter.setBrush(colour)
            painter.drawEllipse(rect)
            painter.setPen(QPen(QColor("white"), max(1.5, size / 8)))
            s = size
            painter.drawPolyline([QPointF(s * 0.28, s * 0.52), QPointF(s * 0.44, s * 0.68), QPointF(s * 0.72, s * 0.34)])
        painter.end()
        icon.addPixmap(pixmap)
    return icon


@lru_cache(maxsize=None)
def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "teia.svg")))
