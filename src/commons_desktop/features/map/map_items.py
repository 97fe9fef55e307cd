"""What the map draws: a pin per asset (its kind by colour and by shape, so colour is never the only cue), a
cluster where pins crowd (its count; a click zooms in), the base layer as thin grey lines, and the
community's areas as named outlines. Pins and clusters keep their size on screen at every zoom."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPixmap, QPolygonF, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsPolygonItem,
    QGraphicsSimpleTextItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from commons_desktop.features.map.base_layer import BaseLayer
from commons_desktop.features.map.projection import to_map
from sync.community import Area, AssetKind

__all__ = [
    "KIND_STYLE",
    "AreaItem",
    "BaseLayerItem",
    "ClusterItem",
    "PinItem",
    "SketchItem",
    "kind_icon",
    "kind_name",
]

PIN_RADIUS = 7.0
KIND_STYLE: dict[AssetKind, tuple[str, str]] = {  # colour, shape
    AssetKind.NATURAL: ("#2e7d32", "circle"),
    AssetKind.HUMAN: ("#8e24aa", "diamond"),
    AssetKind.BUILT: ("#1565c0", "square"),
    AssetKind.INDUSTRIAL: ("#e65100", "triangle"),
}


def kind_name(kind: AssetKind) -> str:
    translate = QCoreApplication.translate
    return {
        AssetKind.NATURAL: translate("MapLegend", "Natural"),
        AssetKind.HUMAN: translate("MapLegend", "Skills and knowledge"),
        AssetKind.BUILT: translate("MapLegend", "Built"),
        AssetKind.INDUSTRIAL: translate("MapLegend", "Industrial"),
    }[kind]


def _shape(kind: AssetKind, centre: QPointF, r: float) -> QPainterPath:
    path = QPainterPath()
    shape = KIND_STYLE[kind][1]
    x, y = centre.x(), centre.y()
    if shape == "circle":
        path.addEllipse(centre, r, r)
    elif shape == "square":
        path.addRect(QRectF(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7))
    elif shape == "diamond":
        path.addPolygon(
            QPolygonF([QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r), QPointF(x - r, y)])
        )
        path.closeSubpath()
    else:
        path.addPolygon(
            QPolygonF([QPointF(x, y - r), QPointF(x + r, y + r * 0.8), QPointF(x - r, y + r * 0.8)])
        )
        path.closeSubpath()
    return path


def _paint_kind(painter: QPainter, kind: AssetKind, centre: QPointF, r: float, selected: bool) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#111111" if selected else "#ffffff"), 3.0 if selected else 1.5))
    painter.setBrush(QBrush(QColor(KIND_STYLE[kind][0])))
    painter.drawPath(_shape(kind, centre, r))


def kind_icon(kind: AssetKind, size: int = 18) -> QPixmap:
    """The pin of *kind* as a small picture, for the legend."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    _paint_kind(painter, kind, QPointF(size / 2, size / 2), size / 2 - 2, False)
    painter.end()
    return pixmap


class PinItem(QGraphicsItem):
    """One asset at its stored place."""

    def __init__(self, asset_id: str, kind: AssetKind, x: float, y: float) -> None:
        super().__init__()
        self.asset_id, self.kind = asset_id, kind
        self.chosen = False
        self.setPos(x, y)
        self.setZValue(3)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        r = PIN_RADIUS + 3
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        _paint_kind(painter, self.kind, QPointF(0, 0), PIN_RADIUS + (2 if self.chosen else 0), self.chosen)


class ClusterItem(QGraphicsItem):
    """Several assets too close together to tell apart at this zoom: a disc with their number."""

    def __init__(self, asset_ids: list[str], x: float, y: float) -> None:
        super().__init__()
        self.asset_ids = asset_ids
        self.radius = 11.0 + 3.0 * len(str(len(asset_ids)))
        self.setPos(x, y)
        self.setZValue(2)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)

    @property
    def count(self) -> int:
        return len(self.asset_ids)

    def boundingRect(self) -> QRectF:  # noqa: N802
        r = self.radius + 1
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#ffffff"), 2))
        painter.setBrush(QBrush(QColor(38, 50, 56, 215)))
        painter.drawEllipse(QPointF(0, 0), self.radius, self.radius)
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(self.boundingRect(), Qt.AlignmentFlag.AlignCenter, str(self.count))


class AreaItem(QGraphicsPolygonItem):
    """An area the community drew: its outline, lightly filled, with its name above it."""

    def __init__(self, area: Area, chosen: bool = False) -> None:
        super().__init__(QPolygonF([QPointF(*to_map(p.lat, p.lon)) for p in area.outline]))
        self.area_id = area.id
        colour = QColor("#00695c")
        pen = QPen(colour, 3 if chosen else 2)
        pen.setCosmetic(True)  # pixels, not map units
        self.setPen(pen)
        fill = QColor(colour)
        fill.setAlpha(60 if chosen else 28)
        self.setBrush(QBrush(fill))
        self.setZValue(1)
        label = QGraphicsSimpleTextItem(area.name, self)
        label.setBrush(QBrush(colour.darker(130)))
        label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        bounds, size = self.polygon().boundingRect(), label.boundingRect()
        label.setPos(QPointF(bounds.center().x(), bounds.top()))  # above the outline, clear of its pins
        label.setTransform(QTransform.fromTranslate(-size.width() / 2, -size.height() - 2))  # in pixels


class SketchItem(QGraphicsPathItem):
    """The outline being drawn: the corners clicked so far, joined, and back to the first."""

    def __init__(self) -> None:
        super().__init__()
        pen = QPen(QColor("#d81b60"), 2, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self.setPen(pen)
        self.setZValue(4)

    def show_points(self, points: list[QPointF]) -> None:
        path = QPainterPath()
        if points:
            path.addPolygon(QPolygonF([*points, points[0]] if len(points) > 2 else points))
        self.setPath(path)


class BaseLayerItem(QGraphicsPathItem):
    """The member's base layer: every line and outline in one path, drawn one pixel wide at every zoom."""

    def __init__(self, layer: BaseLayer) -> None:
        super().__init__(_path(layer.lines, layer.points))
        pen = QPen(QColor("#9e9e9e"), 0)  # width 0: cosmetic, one pixel whatever the zoom
        self.setPen(pen)
        self.setZValue(0)


def _path(
    lines: Iterable[tuple[tuple[float, float], ...]], points: Iterable[tuple[float, float]]
) -> QPainterPath:
    path = QPainterPath()
    for line in lines:
        first = True
        for lat, lon in line:
            x, y = to_map(lat, lon)
            if first:
                path.moveTo(x, y)
                first = False
            else:
                path.lineTo(x, y)
    for lat, lon in points:
        x, y = to_map(lat, lon)
        path.addRect(QRectF(x - 0.05, y - 0.05, 0.1, 0.1))
    return path
