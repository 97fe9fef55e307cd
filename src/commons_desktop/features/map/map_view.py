"""The Map screen: the community's assets as pins on an offline map, clustered where they crowd, with an
optional base layer (streets and outlines) the person loads from a file on this computer.

No map tiles are fetched from anywhere: a tile server would learn where the community looks. The screen reads
the chosen community's `CommunityState` and never asks the service for records; choosing a pin shows the
asset here, and "Open in Assets" asks the Assets screen for it through `AppEvents.sig_asset_requested`.
Members outline the community's areas by clicking their corners; areas are stored in the community document
(`AddArea`), so every member's map shows them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.community_state import CommunityState
from commons_desktop.features.map import base_layer
from commons_desktop.features.map.base_layer import BaseLayer, BaseLayerError
from commons_desktop.features.map.map_canvas import STEP, MapCanvas
from commons_desktop.features.map.map_items import kind_icon, kind_name
from commons_desktop.ops import describe_error
from commons_desktop.screen import ScreenContext
from commons_desktop.widgets.community_picker import CommunityPicker, not_showing
from commons_desktop.widgets.screen_layout import lay_out_screen, named, styled_label
from store import MAP_BASE_LAYER, ProfileSession
from sync.community import Asset, AssetKind, Location
from sync.community.model import MAX_AREA_POINTS, MIN_AREA_POINTS

__all__ = ["MapView"]


class MapView(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = context.runner
        self._events = context.events
        self._service = context.sync
        self._state: CommunityState | None = None

        self.community_choice = CommunityPicker(self._service, self.tr("Which community's map to show"))
        self.canvas = MapCanvas()
        named(
            self.canvas,
            self.tr("Map"),
            self.tr("Drag to move, wheel or + and − to zoom; click a number to zoom in, a pin to see it"),
        )
        self.canvas.setAccessibleDescription(
            self.tr("The community's assets on a map. The Assets screen lists the same assets as a table.")
        )
        self.zoom_in_button = self._button(self.tr("Zoom in"), self.tr("Show a smaller area in more detail"))
        self.zoom_out_button = self._button(self.tr("Zoom out"), self.tr("Show a larger area"))
        self.fit_button = self._button(
            self.tr("Show all"), self.tr("Fit every asset with a place on the map")
        )
        self.load_button = self._button(
            self.tr("Load base layer…"),
            self.tr(
                "Draw streets and outlines from a GeoJSON or OpenStreetMap file; it stays on this computer"
            ),
        )
        self.remove_button = self._button(
            self.tr("Remove base layer"), self.tr("Forget the base layer kept on this computer")
        )
        self.remove_button.setEnabled(False)  # until a base layer is kept
        self.draw_button = self._button(
            self.tr("Draw an area…"),
            self.tr("Outline a part of the neighbourhood for everyone in the community"),
        )
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Show only pins matching… (e.g. food station)"))
        self.search.setClearButtonEnabled(True)
        for clear in self.search.findChildren(QToolButton):  # the clear button Qt adds inside the field
            named(clear, self.tr("Clear"), self.tr("Show every asset on the map again"))
        named(
            self.search,
            self.tr("Find on the map"),
            self.tr("Show only the assets with all these words in their name, category, area or description"),
        )
        self.category_choice = QComboBox()
        named(self.category_choice, self.tr("Category"), self.tr("Show the assets of one category"))
        self.category_choice.addItem(self.tr("Every category"), "")
        self.status = styled_label("", "muted", wrap=True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = self._build_details()
        self.draw_bar = self._build_draw_bar()

        tools = QHBoxLayout()
        for button in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.draw_button)
        tools.addWidget(self.load_button)
        tools.addWidget(self.remove_button)
        split = QSplitter()
        split.addWidget(self.canvas)
        split.addWidget(self.details)
        split.setStretchFactor(0, 1)
        split.setChildrenCollapsible(False)
        body = QVBoxLayout()
        body.addWidget(self.community_choice)  # its own line: the demo town's label is long
        finding = QHBoxLayout()
        finding.addWidget(self.search, 1)
        finding.addWidget(self.category_choice)
        body.addLayout(finding)
        body.addLayout(tools)
        body.addLayout(self._build_legend())
        body.addWidget(self.draw_bar)
        body.addWidget(split, 1)
        body.addWidget(self.status)
        lay_out_screen(
            self,
            self.tr("Map"),
            self.tr(
                "Where the community's assets are. The map is drawn on this computer: no map service learns "
                "where you look."
            ),
            body,
        )

        self.zoom_in_button.clicked.connect(lambda: self.canvas.zoom(STEP))
        self.zoom_out_button.clicked.connect(lambda: self.canvas.zoom(1 / STEP))
        self.fit_button.clicked.connect(self.canvas.fit)
        self.load_button.clicked.connect(self._choose_file)
        self.remove_button.clicked.connect(self.remove_base_layer)
        self.open_button.clicked.connect(self._open_in_assets)
        self.remove_area_button.clicked.connect(self._remove_area)
        self.draw_button.clicked.connect(self.start_drawing)
        self.save_area_button.clicked.connect(self.save_area)
        self.undo_button.clicked.connect(self.canvas.undo_corner)
        self.cancel_button.clicked.connect(self.stop_drawing)
        self.area_name.textChanged.connect(self._sketch_changed)
        self.area_name.returnPressed.connect(self.save_area)
        self.canvas.sig_sketch_changed.connect(self._sketch_changed)
        self.canvas.sig_asset_chosen.connect(self._show_asset)
        self.canvas.sig_area_chosen.connect(self._show_area)
        self.community_choice.sig_chosen.connect(self._set_state)
        self.search.textChanged.connect(self._filter_changed)
        self.category_choice.currentIndexChanged.connect(self._filter_changed)
        self._show_asset("")

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        named(button, text, tip)
        return button

    def _build_legend(self) -> QHBoxLayout:
        legend = QHBoxLayout()
        for kind in AssetKind:
            icon = QLabel()
            icon.setPixmap(kind_icon(kind))
            icon.setAccessibleName(kind_name(kind))
            legend.addWidget(icon)
            legend.addWidget(QLabel(kind_name(kind)))
            legend.addSpacing(12)
        legend.addWidget(styled_label(self.tr("A number: several assets close together"), "muted"))
        legend.addStretch(1)
        return legend

    def _build_details(self) -> QFrame:
        card = QFrame()
        card.setObjectName("card")
        card.setMinimumWidth(240)
        card.setMaximumWidth(360)
        layout = QVBoxLayout(card)
        self.detail_title = styled_label("", "subheading", wrap=True)
        self.detail_text = QLabel()
        self.detail_text.setWordWrap(True)
        self.detail_text.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.open_button = self._button(
            self.tr("Open in Assets"), self.tr("Show this asset on the Assets screen")
        )
        layout.addWidget(self.detail_title)
        layout.addWidget(self.detail_text, 1)
        layout.addWidget(self.open_button)
        self.remove_area_button = self._button(
            self.tr("Remove area"),
            self.tr("Take this area off the community's map (whoever drew it, or an admin)"),
        )
        layout.addWidget(self.remove_area_button)
        return card

    def _build_draw_bar(self) -> QFrame:
        bar = QFrame()
        bar.setObjectName("card")
        row = QHBoxLayout(bar)
        self.draw_hint = styled_label("", "muted", wrap=True)
        self.area_name = QLineEdit()
        self.area_name.setMaxLength(120)
        self.area_name.setPlaceholderText(self.tr("Name of the area, e.g. North End"))
        named(self.area_name, self.tr("Area name"), self.tr("What the community calls this area"))
        self.undo_button = self._button(self.tr("Undo corner"), self.tr("Take back the last corner"))
        self.save_area_button = self._button(
            self.tr("Save area"), self.tr("Add this area to the community's map")
        )
        self.cancel_button = self._button(self.tr("Cancel"), self.tr("Stop drawing; nothing is saved"))
        row.addWidget(self.draw_hint, 1)
        row.addWidget(self.area_name)
        for button in (self.undo_button, self.save_area_button, self.cancel_button):
            row.addWidget(button)
        bar.hide()
        return bar

    # -- the Screen protocol --

    def load(self) -> None:
        self.community_choice.reload()
        self._runner.with_session(
            lambda s: base_layer.decode(s.settings.get(MAP_BASE_LAYER)), self._show_base_layer, owner=self
        )

    def clear(self) -> None:
        self.stop_drawing()
        self.community_choice.forget()
        self.canvas.set_base_layer(None)
        self.canvas.set_assets({})
        self.remove_button.setEnabled(False)
        self.status.clear()

    # -- the community --

    def _set_state(self, state: CommunityState | None) -> None:
        if state is self._state:
            return
        if self._state is not None:
            self._state.sig_loaded.disconnect(self._reload)
            self._state.sig_assets_changed.disconnect(self._assets_changed)
            self._state.sig_assets_removed.disconnect(self._assets_removed)
            self._state.sig_areas_changed.disconnect(self._areas_changed)
            self._state.sig_areas_removed.disconnect(self._areas_changed)
        self._state = state
        if state is not None:
            state.sig_loaded.connect(self._reload)
            state.sig_assets_changed.connect(self._assets_changed)
            state.sig_assets_removed.connect(self._assets_removed)
            state.sig_areas_changed.connect(self._areas_changed)
            state.sig_areas_removed.connect(self._areas_changed)
        self._reload()

    def _reload(self) -> None:
        state = self._state
        self.canvas.choose("")
        self._fill_categories()
        self.canvas.set_assets(self._matching(state.assets) if state is not None and state.loaded else {})
        self.canvas.set_areas(state.areas if state is not None and state.loaded else {})
        self.canvas.fit()
        self._show_count()

    def _assets_changed(self, ids: tuple[str, ...]) -> None:
        state = self._state
        if state is not None:
            changed = [state.assets[i] for i in ids if i in state.assets]
            self.canvas.update_assets(a for a in changed if self._matches(a))
            self.canvas.remove_assets(tuple(a.id for a in changed if not self._matches(a)))
            if any(a.category and self.category_choice.findData(a.category) < 0 for a in changed):
                self._fill_categories()
            if self.canvas.chosen in ids:
                self._show_asset(self.canvas.chosen)
        self._show_count()

    def _areas_changed(self, _ids: tuple[str, ...]) -> None:
        if self._state is not None:
            self.canvas.set_areas(self._state.areas)
            self._show_area(self.canvas.chosen_area)

    def _assets_removed(self, ids: tuple[str, ...]) -> None:
        self.canvas.remove_assets(ids)
        self._show_count()

    def _show_count(self) -> None:
        state = self._state
        if (absent := not_showing(self._service, state)) or state is None:
            text = absent
        else:
            placed = len(self.canvas.located)
            if self._filtering():
                text = self.tr("%n asset(s) on the map match what you chose", "", placed)
            else:
                unplaced = len(state.assets) - placed
                text = self.tr("%n asset(s) on the map", "", placed)
                if unplaced:
                    text += " " + self.tr("(%n more without a place: see the Assets screen)", "", unplaced)
        self.status.setText(text)

    # -- finding --

    def _filtering(self) -> bool:
        return bool(self.search.text().strip() or self.category_choice.currentData())

    def _matches(self, asset: Asset) -> bool:
        category = self.category_choice.currentData()
        if category and asset.category.casefold() != str(category).casefold():
            return False
        words = self.search.text().casefold().split()
        if not words:
            return True
        text = " ".join(
            (asset.title, asset.category, asset.area, asset.steward, asset.support_offered, asset.description)
        ).casefold()
        return all(word in text for word in words)

    def _matching(self, assets: dict[str, Asset]) -> dict[str, Asset]:
        if not self._filtering():
            return assets
        return {key: asset for key, asset in assets.items() if self._matches(asset)}

    def _fill_categories(self) -> None:
        state = self._state
        chosen = self.category_choice.currentData()
        values = sorted(
            {a.category for a in state.assets.values() if a.category} if state is not None else set()
        )
        self.category_choice.blockSignals(True)
        self.category_choice.clear()
        self.category_choice.addItem(self.tr("Every category"), "")
        for value in values:
            self.category_choice.addItem(value, value)
        self.category_choice.setCurrentIndex(max(self.category_choice.findData(chosen), 0) if chosen else 0)
        self.category_choice.blockSignals(False)

    def _filter_changed(self, *_args: object) -> None:
        """Show only the matching assets, and fit the map to them."""
        state = self._state
        if state is None or not state.loaded:
            return
        if self.canvas.chosen and not self._matches(state.assets[self.canvas.chosen]):
            self.canvas.choose("")
        self.canvas.set_assets(self._matching(state.assets))
        self.canvas.fit()
        self._show_count()

    # -- the chosen asset --

    def _show_asset(self, asset_id: str) -> None:
        state = self._state
        asset = state.assets.get(asset_id) if state is not None and asset_id else None
        self.details.setVisible(asset is not None)
        if asset is None:
            return
        self.open_button.show()
        self.remove_area_button.hide()
        QTimer.singleShot(0, lambda: self.canvas.reveal(asset_id))  # once the details narrowed the map
        self.detail_title.setText(asset.title)
        lines = [self.tr("Kind: {kind}").format(kind=kind_name(asset.kind))]
        for label, value in (
            (self.tr("Area: {value}"), asset.area),
            (self.tr("Looked after by: {value}"), asset.steward),
            (self.tr("Support offered: {value}"), asset.support_offered),
        ):
            if value:
                lines.append(label.format(value=value))
        self.detail_text.setText("\n".join(lines))

    def _show_area(self, area_id: str) -> None:
        state = self._state
        area = state.areas.get(area_id) if state is not None and area_id else None
        if state is None or area is None:
            if not self.canvas.chosen:
                self.details.hide()
            return
        summary = self.community_choice.summary
        mine = summary is not None and (summary.admin or summary.member_id == area.author)
        drawer = state.members.get(area.author)
        self.details.show()
        self.open_button.hide()
        self.remove_area_button.show()
        self.remove_area_button.setEnabled(mine)
        self.detail_title.setText(area.name)
        by = drawer.name if drawer is not None and drawer.name else self.tr("a member")
        text = self.tr("An area of the community, drawn by {who}, with %n corner(s).", "", len(area.outline))
        self.detail_text.setText(text.format(who=by))

    def _remove_area(self) -> None:
        space, area = self.community_choice.space, self.canvas.chosen_area
        if self._service is not None and space is not None and area:
            self._service.remove_area(
                space, area, lambda _none: self.canvas.choose_area(""), self._not_removed
            )

    def _not_removed(self, reason: str) -> None:
        self.status.setText(self.tr("The area was not removed: {reason}").format(reason=reason))

    # -- drawing an area --

    def start_drawing(self) -> None:
        self.canvas.choose("")
        self.canvas.choose_area("")
        self.canvas.start_drawing()
        self.status.clear()
        self.area_name.clear()
        self.draw_bar.show()
        self.draw_button.setEnabled(False)
        self.area_name.setFocus()

    def stop_drawing(self) -> None:
        self.canvas.stop_drawing()
        self.draw_bar.hide()
        self.draw_button.setEnabled(True)

    def _sketch_changed(self) -> None:
        corners = len(self.canvas.sketch or [])
        self.undo_button.setEnabled(corners > 0)
        self.save_area_button.setEnabled(
            MIN_AREA_POINTS <= corners <= MAX_AREA_POINTS and bool(self.area_name.text().strip())
        )
        if corners < MIN_AREA_POINTS:
            hint = self.tr(
                "Click on the map at each corner of the area (%n so far; at least 3).", "", corners
            )
        elif corners > MAX_AREA_POINTS:
            hint = self.tr("An area has at most 500 corners: undo some.")
        else:
            hint = self.tr("%n corner(s). Name the area and save it.", "", corners)
        self.draw_hint.setText(hint)

    def save_area(self) -> None:
        space = self.community_choice.space
        if self._service is None or space is None or not self.save_area_button.isEnabled():
            return
        outline = tuple(Location(lat, lon) for lat, lon in self.canvas.sketch_outline())
        name = self.area_name.text().strip()
        self.save_area_button.setEnabled(False)
        self._service.add_area(space, name, outline, lambda _id: self._area_saved(name), self._area_failed)

    def _area_saved(self, name: str) -> None:
        self.stop_drawing()
        self.status.setText(self.tr("The area {name} is on the community's map.").format(name=name))

    def _area_failed(self, reason: str) -> None:
        self._sketch_changed()
        self.status.setText(self.tr("The area was not saved: {reason}").format(reason=reason))

    def _open_in_assets(self) -> None:
        space = self.community_choice.space
        if space is not None and self.canvas.chosen:
            self._events.sig_asset_requested.emit(space, self.canvas.chosen)
            self._events.sig_screen_requested.emit("assets")

    # -- the base layer --

    def _choose_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Load a base layer"),
            str(Path.home()),
            self.tr("Map files (*.geojson *.json *.osm);;All files (*)"),
        )
        if chosen:
            self.load_base_layer(Path(chosen))

    def load_base_layer(self, path: Path) -> None:
        """Read *path* (GeoJSON or .osm), and keep it in this profile's store if it is a usable map layer."""
        name = path.name
        self.load_button.setEnabled(False)
        self.status.setText(self.tr("Reading {file}…").format(file=name))

        def work(session: ProfileSession) -> BaseLayer | str:
            try:
                layer = base_layer.parse(_read_bounded(path))
            except BaseLayerError as exc:
                return str(exc)
            except OSError as exc:
                return exc.strerror or type(exc).__name__
            session.settings.set(MAP_BASE_LAYER, base_layer.encode(layer))
            return layer

        self._runner.with_session(work, lambda result: self._loaded(name, result), self._failed, owner=self)

    def _loaded(self, name: str, result: BaseLayer | str) -> None:
        self.load_button.setEnabled(True)
        if isinstance(result, str):
            self.status.setText(
                self.tr("{file} cannot be used as a base layer: {problem} Nothing from it was kept.").format(
                    file=name, problem=result
                )
            )
            return
        self._show_base_layer(result)
        if not self.canvas.located:
            self.canvas.fit()
        self.status.setText(
            self.tr(
                "Base layer loaded from {file}: %n line(s) and outline(s). It stays on this computer.",
                "",
                len(result.lines),
            ).format(file=name)
        )

    def _failed(self, exc: BaseException) -> None:
        self.load_button.setEnabled(True)
        self.status.setText(describe_error(exc))

    def _show_base_layer(self, layer: BaseLayer | None) -> None:
        self.canvas.set_base_layer(layer)
        self.remove_button.setEnabled(layer is not None)

    def remove_base_layer(self) -> None:
        def work(session: ProfileSession) -> None:
            session.settings.set(MAP_BASE_LAYER, "")

        def done(_result: None) -> None:
            self._show_base_layer(None)
            self.status.setText(self.tr("The base layer was removed from this computer."))

        self._runner.with_session(work, done, self._failed, owner=self)


def _read_bounded(path: Path) -> bytes:
    """The file's bytes, refusing a file larger than a base layer may be before reading it all."""
    with path.open("rb") as file:
        data = file.read(base_layer.MAX_FILE_BYTES + 1)
    if len(data) > base_layer.MAX_FILE_BYTES:
        raise base_layer.too_large()
    return data
