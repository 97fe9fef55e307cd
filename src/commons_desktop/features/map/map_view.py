"""The Map screen: the community's assets as pins on an offline map, clustered where they crowd, with an
optional base layer (streets and outlines) the person loads from a file on this computer.

No map tiles are fetched from anywhere: a tile server would learn where the community looks. The screen reads
the chosen community's `CommunityState` and never asks the service for records; choosing a pin shows the
asset here, and "Open in Assets" asks the Assets screen for it through `AppEvents.sig_asset_requested`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
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
from commons_desktop.widgets.community_picker import CommunityPicker
from commons_desktop.widgets.screen_layout import lay_out_screen, named, styled_label
from store import MAP_BASE_LAYER, ProfileSession
from sync.community import AssetKind

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
        self.remove_button.setEnabled(False)
        self.status = styled_label("", "muted", wrap=True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = self._build_details()

        tools = QHBoxLayout()
        tools.addWidget(self.community_choice)
        for button in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.load_button)
        tools.addWidget(self.remove_button)
        split = QSplitter()
        split.addWidget(self.canvas)
        split.addWidget(self.details)
        split.setStretchFactor(0, 1)
        split.setChildrenCollapsible(False)
        body = QVBoxLayout()
        body.addLayout(tools)
        body.addLayout(self._build_legend())
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
        self.canvas.sig_asset_chosen.connect(self._show_asset)
        self.community_choice.sig_chosen.connect(self._set_state)
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
        return card

    # -- the Screen protocol --

    def load(self) -> None:
        self.community_choice.reload()
        self._runner.with_session(
            lambda s: base_layer.decode(s.settings.get(MAP_BASE_LAYER)), self._show_base_layer, owner=self
        )

    def clear(self) -> None:
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
        self._state = state
        if state is not None:
            state.sig_loaded.connect(self._reload)
            state.sig_assets_changed.connect(self._assets_changed)
            state.sig_assets_removed.connect(self._assets_removed)
        self._reload()

    def _reload(self) -> None:
        state = self._state
        self.canvas.choose("")
        self.canvas.set_assets(state.assets if state is not None and state.loaded else {})
        self.canvas.fit()
        self._show_count()

    def _assets_changed(self, ids: tuple[str, ...]) -> None:
        state = self._state
        if state is not None:
            self.canvas.update_assets(state.assets[i] for i in ids if i in state.assets)
            if self.canvas.chosen in ids:
                self._show_asset(self.canvas.chosen)
        self._show_count()

    def _assets_removed(self, ids: tuple[str, ...]) -> None:
        self.canvas.remove_assets(ids)
        self._show_count()

    def _show_count(self) -> None:
        state = self._state
        if self._service is None or not self._service.running:
            text = self.tr("Community screens need the sync service, which is not running.")
        elif state is None:
            text = self.tr("You are not part of a community on this computer yet.")
        elif not state.loaded:
            text = self.tr("Loading the community…")
        else:
            placed = len(self.canvas.located)
            unplaced = len(state.assets) - placed
            text = self.tr("%n asset(s) on the map", "", placed)
            if unplaced:
                text += " " + self.tr("(%n more without a place: see the Assets screen)", "", unplaced)
        self.status.setText(text)

    # -- the chosen asset --

    def _show_asset(self, asset_id: str) -> None:
        state = self._state
        asset = state.assets.get(asset_id) if state is not None and asset_id else None
        self.details.setVisible(asset is not None)
        if asset is None:
            return
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
                self.tr("{file} cannot be used as a base layer: {problem} Nothing was kept.").format(
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
