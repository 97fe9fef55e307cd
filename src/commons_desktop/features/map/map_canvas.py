"""The map canvas: a pan-and-zoom Qt graphics view of the community's assets on a Web-Mercator plane.

Pins are grouped on a grid of CELL_PX screen pixels: a cell with one asset shows its pin, a cell with several
shows a cluster with their count. Only the cells in sight (and a margin) get items, so a 10,000-asset
community costs one pass over the located assets per zoom or pan step, and a few hundred items at most.
Wheel, the +/− keys and the arrow keys zoom and pan; dragging pans; a click on a cluster zooms in on it, a
click on a pin chooses it (`sig_asset_chosen`), a click inside an area chooses that (`sig_area_chosen`). While
drawing, each click adds a corner of the new area instead.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView, QWidget

from commons_desktop.features.map.base_layer import BaseLayer
from commons_desktop.features.map.map_items import AreaItem, BaseLayerItem, ClusterItem, PinItem, SketchItem
from commons_desktop.features.map.projection import WORLD, to_lat_lon, to_map
from sync.community import Area, Asset, AssetKind

__all__ = ["CELL_PX", "MapCanvas"]

CELL_PX = 44.0  # pins closer than this on screen are clustered
MIN_SCALE = 256.0 / WORLD  # the whole world in 256 pixels
MAX_SCALE = 48.0  # about a metre a pixel in mid latitudes
STEP = 1.6  # one zoom step
_CLICK_SLOP = 4  # pixels a press may move and still be a click


class MapCanvas(QGraphicsView):
    sig_asset_chosen = Signal(str)  # an asset's id ("" when the choice is cleared)
    sig_pins_shown = Signal(int, int)  # pins and clusters on screen after each redraw
    sig_area_chosen = Signal(str)  # an area's id ("" when the choice is cleared)
    sig_sketch_changed = Signal(int)  # corners of the area being drawn

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(0, 0, WORLD, WORLD, self))
        self.setBackgroundBrush(QColor("#f4f1ea"))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.located: dict[str, tuple[float, float, AssetKind]] = {}  # asset id → map x, y and kind
        self.chosen = ""
        self.pins: dict[str, PinItem] = {}
        self.clusters: list[ClusterItem] = []
        self._base: BaseLayerItem | None = None
        self.areas: dict[str, AreaItem] = {}
        self.chosen_area = ""
        self._areas: dict[str, Area] = {}
        self.sketch: list[QPointF] | None = None  # corners of the area being drawn (None: not drawing)
        self._sketch_item: SketchItem | None = None
        self._pressed_at: QPoint | None = None
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(15)
        self._redraw.timeout.connect(self.draw_pins)
        self.horizontalScrollBar().valueChanged.connect(self._redraw.start)
        self.verticalScrollBar().valueChanged.connect(self._redraw.start)

    # -- what is on the map --

    @property
    def scale_factor(self) -> float:
        return self.transform().m11()

    def set_assets(self, assets: dict[str, Asset]) -> None:
        """Show exactly these assets (those with a place)."""
        self.located = {}
        self.update_assets(assets.values())

    def update_assets(self, assets: Iterable[Asset]) -> None:
        """Take added or changed assets; a redraw follows shortly."""
        for asset in assets:
            if asset.location is None:
                self.located.pop(asset.id, None)
            else:
                x, y = to_map(asset.location.lat, asset.location.lon)
                self.located[asset.id] = (x, y, asset.kind)
        self._redraw.start()

    def remove_assets(self, ids: tuple[str, ...]) -> None:
        for key in ids:
            self.located.pop(key, None)
        if self.chosen in ids:
            self.choose("")
        self._redraw.start()

    def set_base_layer(self, layer: BaseLayer | None) -> None:
        if self._base is not None:
            self.scene().removeItem(self._base)
            self._base = None
        if layer is not None:
            self._base = BaseLayerItem(layer)
            self.scene().addItem(self._base)

    def set_areas(self, areas: dict[str, Area]) -> None:
        """Draw these areas' outlines (those not removed)."""
        self._areas = {key: area for key, area in areas.items() if not area.removed}
        if self.chosen_area not in self._areas:
            self.chosen_area = ""
        self._draw_areas()

    def _draw_areas(self) -> None:
        for item in self.areas.values():
            self.scene().removeItem(item)
        self.areas = {}
        for key, area in self._areas.items():
            self.areas[key] = AreaItem(area, key == self.chosen_area)
            self.scene().addItem(self.areas[key])

    def choose_area(self, area_id: str) -> None:
        self.chosen_area = area_id if area_id in self._areas else ""
        self._draw_areas()
        self.sig_area_chosen.emit(self.chosen_area)

    # -- drawing an area --

    def start_drawing(self) -> None:
        self.stop_drawing()
        self.sketch = []
        self._sketch_item = SketchItem()
        self.scene().addItem(self._sketch_item)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.sig_sketch_changed.emit(0)

    def add_corner(self, point: QPointF) -> None:
        if self.sketch is not None and self._sketch_item is not None:
            self.sketch.append(point)
            self._sketch_item.show_points(self.sketch)
            self.sig_sketch_changed.emit(len(self.sketch))

    def undo_corner(self) -> None:
        if self.sketch and self._sketch_item is not None:
            self.sketch.pop()
            self._sketch_item.show_points(self.sketch)
            self.sig_sketch_changed.emit(len(self.sketch))

    def sketch_outline(self) -> list[tuple[float, float]]:
        """The corners drawn so far, as (latitude, longitude) rounded to 6 places (about 10 cm)."""
        out = []
        for p in self.sketch or []:
            lat, lon = to_lat_lon(p.x(), p.y())
            out.append((round(lat, 6), round(lon, 6)))
        return out

    def stop_drawing(self) -> None:
        if self._sketch_item is not None:
            self.scene().removeItem(self._sketch_item)
        self.sketch, self._sketch_item = None, None
        self.unsetCursor()

    def base_layer_rect(self) -> QRectF | None:
        return None if self._base is None else self._base.boundingRect()

    # -- where the map looks --

    def fit(self) -> None:
        """Show every located asset (else the base layer, else the whole world)."""
        rect = self._assets_rect()
        if rect is None:  # (a QRectF of one point is falsy: no `or` chain here)
            rect = self.base_layer_rect()
        if rect is None:
            rect = QRectF(0, 0, WORLD, WORLD)
        margin = max(max(rect.width(), rect.height()) * 0.1, 20.0)  # one asset: about a kilometre around it
        rect = rect.adjusted(-margin, -margin, margin, margin)
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self._clamp_scale()
        self.draw_pins()

    def centre_on_asset(self, asset_id: str) -> None:
        place = self.located.get(asset_id)
        if place is not None:
            self.centerOn(place[0], place[1])

    def reveal(self, asset_id: str) -> None:
        """Centre on *asset_id* if its place is out of sight."""
        place = self.located.get(asset_id)
        sight = self.mapToScene(self.viewport().rect().adjusted(20, 20, -20, -20)).boundingRect()
        if place is not None and not sight.contains(place[0], place[1]):
            self.centerOn(place[0], place[1])

    def zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom by *factor* (bounded), keeping *anchor* (map units; default the centre) where it is."""
        target = max(MIN_SCALE, min(MAX_SCALE, self.scale_factor * factor))
        factor = target / self.scale_factor
        if math.isclose(factor, 1.0):
            return
        old = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        centre = self.mapToScene(self.viewport().rect().center())
        point = anchor if anchor is not None else centre
        self.scale(factor, factor)
        # keep *point* under the same pixel
        self.centerOn(point + (centre - point) / factor)
        self.setTransformationAnchor(old)
        self.draw_pins()

    def _clamp_scale(self) -> None:
        s = self.scale_factor
        if s > MAX_SCALE or s < MIN_SCALE:
            self.zoom(1.0 if s <= 0 else max(MIN_SCALE, min(MAX_SCALE, s)) / s)

    def _assets_rect(self) -> QRectF | None:
        if not self.located:
            return None
        xs = [p[0] for p in self.located.values()]
        ys = [p[1] for p in self.located.values()]
        return QRectF(QPointF(min(xs), min(ys)), QPointF(max(xs), max(ys)))

    # -- pins and clusters --

    def draw_pins(self) -> None:
        """Group the assets in sight on the screen grid and make their pins and clusters again."""
        self._redraw.stop()
        scene = self.scene()
        for item in (*self.pins.values(), *self.clusters):
            scene.removeItem(item)
        self.pins, self.clusters = {}, []
        cell = CELL_PX / self.scale_factor
        sight = self.mapToScene(self.viewport().rect()).boundingRect().adjusted(-cell, -cell, cell, cell)
        left, top, right, bottom = sight.left(), sight.top(), sight.right(), sight.bottom()
        cells: dict[tuple[int, int], list[str]] = {}
        for key, (x, y, _kind) in self.located.items():
            if left <= x <= right and top <= y <= bottom:
                cells.setdefault((int(x // cell), int(y // cell)), []).append(key)
        for members in cells.values():
            if self.chosen in members and len(members) > 1:  # the chosen pin always shows
                self._add_pin(self.chosen)
                members = [k for k in members if k != self.chosen]
            if len(members) == 1:
                self._add_pin(members[0])
            else:
                self._add_cluster(members)
        self.sig_pins_shown.emit(len(self.pins), len(self.clusters))

    def _add_pin(self, key: str) -> None:
        x, y, kind = self.located[key]
        pin = PinItem(key, kind, x, y)
        pin.chosen = key == self.chosen
        self.scene().addItem(pin)
        self.pins[key] = pin

    def _add_cluster(self, members: list[str]) -> None:
        x = sum(self.located[k][0] for k in members) / len(members)
        y = sum(self.located[k][1] for k in members) / len(members)
        cluster = ClusterItem(members, x, y)
        self.scene().addItem(cluster)
        self.clusters.append(cluster)

    def choose(self, asset_id: str) -> None:
        """Mark *asset_id*'s pin as chosen ("" for none) and say so."""
        self.chosen = asset_id if asset_id in self.located else ""
        self.draw_pins()
        self.sig_asset_chosen.emit(self.chosen)

    def open_cluster(self, cluster: ClusterItem) -> None:
        """Zoom in on a cluster until its assets can be told apart (or as far as the map goes)."""
        xs = [self.located[k][0] for k in cluster.asset_ids if k in self.located]
        ys = [self.located[k][1] for k in cluster.asset_ids if k in self.located]
        if not xs:
            return
        rect = QRectF(QPointF(min(xs), min(ys)), QPointF(max(xs), max(ys)))
        self.centerOn(rect.center())
        needed = self.viewport().width() * 0.6 / max(rect.width(), rect.height(), 1e-9)
        self.zoom(max(STEP, min(needed / self.scale_factor, 8.0)))

    # -- input --

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt's name)
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom(STEP**steps, self.mapToScene(event.position().toPoint()))
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(STEP)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom(1 / STEP)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._pan(key)
        elif key == Qt.Key.Key_Escape and (self.chosen or self.chosen_area):
            self.choose("")
            self.choose_area("")
        else:
            super().keyPressEvent(event)

    def _pan(self, key: int) -> None:
        step = self.viewport().width() // 5
        dx = {Qt.Key.Key_Left: -step, Qt.Key.Key_Right: step}.get(Qt.Key(key), 0)
        dy = {Qt.Key.Key_Up: -step, Qt.Key.Key_Down: step}.get(Qt.Key(key), 0)
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + dx)
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + dy)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._pressed_at = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        pressed, self._pressed_at = self._pressed_at, None
        point = event.position().toPoint()
        if pressed is None or (point - pressed).manhattanLength() > _CLICK_SLOP:
            return  # a drag: the view panned
        if event.button() == Qt.MouseButton.LeftButton:
            self.click_at(point)

    def click_at(self, point: QPoint) -> None:
        """What a click at *point* (viewport pixels) does: add a corner while drawing; else zoom into a
        cluster, choose a pin or an area, or clear the choice."""
        if self.sketch is not None:
            self.add_corner(self.mapToScene(point))
            return
        item = self._item_at(point)
        if isinstance(item, ClusterItem):
            self.open_cluster(item)
        elif isinstance(item, PinItem):
            self.choose(item.asset_id)
        else:
            area = next((i for i in self.items(point) if isinstance(i, AreaItem)), None)
            if self.chosen:
                self.choose("")
            if area is not None or self.chosen_area:
                self.choose_area(area.area_id if area is not None else "")

    def _item_at(self, point: QPoint) -> QGraphicsItem | None:
        for item in self.items(point):
            if isinstance(item, (PinItem, ClusterItem)):
                return item
        return None

    def resizeEvent(self, event: object) -> None:  # noqa: N802
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._redraw.start()
