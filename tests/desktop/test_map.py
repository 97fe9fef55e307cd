"""The Map screen: the demo town's assets as pins and clusters on an offline canvas, a pin's details and the
way to the Assets screen, a base layer loaded from a file (and refused, naming the problem, when the file is
bad), and two neighbours' computers on loopback: an asset one adds shows as a pin on the other's map."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, QPointF, Qt

from commons_desktop.community_state import CommunityState
from commons_desktop.features.assets.assets_view import AssetsView
from commons_desktop.features.map import base_layer
from commons_desktop.features.map.map_canvas import MapCanvas
from commons_desktop.features.map.map_items import ClusterItem, PinItem
from commons_desktop.features.map.map_view import MapView
from commons_desktop.features.map.projection import to_lat_lon, to_map
from commons_desktop.service.values import CommunityUpdate
from commons_desktop.shell.controller import Controller
from store import MAP_BASE_LAYER
from sync.community import Asset, AssetKind, Location
from sync.community.demo import demo_view
from tests.desktop.helpers import WAIT_MS, create_profile_via_ui, unlock_via_ui
from tests.desktop.test_community import SYNC_WAIT_MS

SPACE = "cd" * 16
GOOD_GEOJSON = b"""{"type": "FeatureCollection", "features": [
  {"type": "Feature", "properties": {"name": "High Street"},
   "geometry": {"type": "LineString", "coordinates": [[-1.50, 52.40], [-1.49, 52.41], [-1.48, 52.41]]}},
  {"type": "Feature", "properties": {},
   "geometry": {"type": "Polygon", "coordinates": [[[-1.5, 52.4], [-1.4, 52.4], [-1.4, 52.5], [-1.5, 52.4]]]}},
  {"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [-1.45, 52.45]}},
  {"type": "Feature", "properties": {}, "geometry": null}
]}"""
GOOD_OSM = b"""<?xml version="1.0" encoding="UTF-8"?>
<osm version="0.6" generator="test">
  <node id="1" lat="52.40" lon="-1.50"/>
  <node id="2" lat="52.41" lon="-1.49"/>
  <node id="3" lat="52.42" lon="-1.48"><tag k="amenity" v="bench"/></node>
  <way id="10"><nd ref="1"/><nd ref="2"/><nd ref="99"/><tag k="highway" v="residential"/></way>
</osm>"""
BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<osm><node id="1" lat="1" lon="1"><tag k="x" v="&lol2;"/></node></osm>"""


def test_geojson_and_osm_extracts_become_lines_and_points() -> None:
    assert base_layer.parse(b"\xef\xbb\xbf" + GOOD_GEOJSON) == base_layer.parse(GOOD_GEOJSON)  # a BOM
    layer = base_layer.parse(GOOD_GEOJSON)
    assert len(layer.lines) == 2
    assert layer.points == ((52.45, -1.45),)
    assert layer.lines[0][0] == (52.40, -1.50)  # GeoJSON is [longitude, latitude]
    osm = base_layer.parse(GOOD_OSM)
    assert osm.lines == (((52.40, -1.50), (52.41, -1.49)),)  # a node outside the extract is skipped
    assert osm.points == ((52.42, -1.48),)
    assert base_layer.decode(base_layer.encode(osm)) == osm
    assert base_layer.decode("") is None
    assert base_layer.decode("{not json") is None


@pytest.mark.parametrize(
    ("data", "names"),
    [
        (b'{"type": "FeatureCollection", "features": [\n{"type": }]}', "Line 2: this is not valid JSON"),
        (
            b'{"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[1, 2], ["x", 3]]}}',
            "$.geometry.coordinates[1]: a position must be [longitude, latitude]",
        ),
        (
            b'{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": '
            b'{"type": "Point", "coordinates": [10, 95]}}]}',
            "$.features[0].geometry.coordinates: latitude 95 is not between -90 and 90",
        ),
        (
            b'{"type": "Point", "coordinates": [2, 1' + b"0" * 400 + b"]}",
            "$.coordinates: latitude inf is not",
        ),
        (b'{"type": "Point", "coordinates": [1' + b"0" * 5000 + b", 2]}", "holds a number too long to read"),
        (
            b'<osm><node id="1" lat="1e999" lon="nan"/></osm>',
            "Line 1: latitude inf is not between -90 and 90",
        ),
        (b'{"type": "Circle", "coordinates": [1, 2]}', "$.type: 'Circle' is not a GeoJSON geometry type"),
        (b'{"type": "FeatureCollection", "features": {}}', "$.features: a FeatureCollection needs a list"),
        (b'{"type": "FeatureCollection", "features": []}', "no points, lines or shapes"),
        (b"[" * 100_000 + b"]" * 100_000, "neither a GeoJSON file nor"),
        (b'{"a":' * 100_000 + b"1" + b"}" * 100_000, "nested too deeply"),
        (BOMB, "Line 2: the file declares a document type"),
        (b'<osm>\n<node id="1" lat="north" lon="2"/></osm>', "Line 2: a node needs a lat and a lon"),
        (b'<osm>\n<node id="1" lat="1" lon="2">\n</osm>', "Line 3: this is not well-formed XML"),
        (b"<html><body/></html>", "Line 1: an OpenStreetMap extract starts with <osm>, not <html>"),
        (b"\x1f\x8b\x08\x00compressed", "Compressed extracts (.pbf, .bz2) must be unpacked"),
        (b"{" + b" " * base_layer.MAX_FILE_BYTES + b"}", "larger than 20 MB"),
        # Found by fuzz/fuzz_geojson.py: a type that is a list or an object (TypeError: unhashable), and an
        # XML declaration naming an unknown encoding (LookupError), escaped the reader's own error.
        (
            b'{"type": "Feature", "geometry": {"type": ["Point"], "coordinates": [1, 2]}}',
            """$.geometry.type: "['Point']" is not a GeoJSON geometry type""",
        ),
        (
            b'{"type": "GeometryCollection", "geometries": [{"type": {}, "coordinates": [1, 2]}]}',
            "$.geometries[0].type: '{}' is not a GeoJSON geometry type",
        ),
        (b"<?xml version='1.0' encoding='UTD-8'?><osm/>", "Line 1: the file is written in an encoding"),
    ],
)
def test_a_bad_file_is_refused_with_the_place_and_the_problem(data: bytes, names: str) -> None:
    with pytest.raises(base_layer.BaseLayerError) as caught:
        base_layer.parse(data)
    assert names in str(caught.value)


def _mutants() -> st.SearchStrategy[bytes]:
    """Good files with bytes changed, cut or spliced, and JSON of any shape."""
    seeds = st.sampled_from([GOOD_GEOJSON, GOOD_OSM])

    def mutate(seed: bytes, at: int, cut: int, junk: bytes) -> bytes:
        at %= len(seed)
        return seed[:at] + junk + seed[at + cut :]

    edited = st.builds(mutate, seeds, st.integers(0, 2000), st.integers(0, 40), st.binary(max_size=12))
    trees = st.recursive(
        st.none() | st.booleans() | st.floats() | st.integers() | st.text(max_size=8),
        lambda inner: (
            st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(GEO_KEYS), inner, max_size=4)
        ),
        max_leaves=30,
    ).map(lambda tree: json.dumps(tree).encode())
    return edited | trees


GEO_KEYS = ["type", "features", "geometry", "coordinates", "geometries", "Feature", "Point", "LineString"]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_mutants())
def test_any_file_is_a_layer_in_range_or_a_base_layer_error(data: bytes) -> None:
    """Whatever the bytes, parsing ends in a layer whose every position is on Earth, or in a BaseLayerError:
    never another exception."""
    try:
        layer = base_layer.parse(data)
    except base_layer.BaseLayerError as exc:
        assert str(exc)
        return
    positions = [*layer.points, *(p for line in layer.lines for p in line)]
    assert positions
    assert all(-90 <= lat <= 90 and -180 <= lon <= 180 for lat, lon in positions)


def test_too_many_points_are_refused() -> None:
    nodes = "".join(f'<node id="{i}" lat="1" lon="1"/>' for i in range(base_layer.MAX_POINTS + 1))
    with pytest.raises(base_layer.BaseLayerError, match="more than 300,000 points"):
        base_layer.parse(f"<osm>{nodes}</osm>".encode())


def test_the_projection_goes_there_and_back() -> None:
    for lat, lon in ((0.0, 0.0), (52.41, -1.51), (-33.9, 151.2), (85.0, 179.9)):
        back = to_lat_lon(*to_map(lat, lon))
        assert back == pytest.approx((lat, lon), abs=1e-9)
    assert to_map(52.0, 0.0)[1] < to_map(51.0, 0.0)[1]  # north is up


def _demo_state() -> CommunityState:
    state = CommunityState(SPACE)
    state.apply(CommunityUpdate(SPACE, True, demo_view(dt.date(2026, 12, 7))))
    return state


def _shown_ids(canvas: MapCanvas) -> list[str]:
    return sorted([*canvas.pins, *(k for c in canvas.clusters for k in c.asset_ids)])


def test_the_demo_town_is_pins_and_clusters_that_open_when_clicked(qtbot) -> None:
    """Every located asset is on the map exactly once (as a pin or in a cluster), at its stored place; a
    cluster's click zooms in and splits it; a pin's click chooses its asset."""
    state = _demo_state()
    located = {a.id: a for a in state.assets.values() if a.location is not None}
    assert 10 <= len(located) < len(state.assets)  # people's skills have no place in the demo
    canvas = MapCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(800, 600)
    canvas.show()
    canvas.set_assets(state.assets)
    canvas.zoom(1 / 1.6**4)  # far out: the town crowds together
    canvas.fit()
    canvas.zoom(1 / 1.6**3)
    assert _shown_ids(canvas) == sorted(located)
    assert canvas.clusters, "far out, the town's pins are clustered"
    for key, pin in canvas.pins.items():
        loc = located[key].location
        assert loc is not None
        assert (pin.pos().x(), pin.pos().y()) == pytest.approx(to_map(loc.lat, loc.lon))
    biggest = max(canvas.clusters, key=lambda c: c.count)
    before, items_before = canvas.scale_factor, len(canvas.pins) + len(canvas.clusters)
    canvas.click_at(canvas.mapFromScene(biggest.pos()))
    assert canvas.scale_factor > before
    assert len(canvas.pins) + len(canvas.clusters) > items_before  # the cluster came apart
    assert set(_shown_ids(canvas)) <= set(located)
    key = next(iter(located))
    canvas.zoom(1e9)  # as far in as the map goes: around this asset, pins of their own
    canvas.centre_on_asset(key)
    canvas.draw_pins()
    with qtbot.waitSignal(canvas.sig_asset_chosen) as chosen:
        canvas.click_at(canvas.mapFromScene(canvas.pins[key].pos()))
    assert chosen.args == [key]
    assert canvas.pins[key].chosen
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    assert canvas.chosen == ""


def test_pins_follow_the_community_and_a_skill_is_shown_only_where_it_was_stored(qtbot) -> None:
    state = _demo_state()
    canvas = MapCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(600, 400)
    canvas.set_assets(state.assets)
    skill = next(a for a in state.assets.values() if a.kind is AssetKind.HUMAN)
    assert skill.id not in canvas.located  # no place stored: no pin at all
    placed = replace(skill, location=Location(52.4, -1.5))
    canvas.update_assets([placed])
    assert canvas.located[skill.id][:2] == to_map(52.4, -1.5)
    canvas.remove_assets((skill.id,))
    assert skill.id not in canvas.located


def _map_screen(qtbot, controller: Controller) -> MapView:
    qtbot.waitUntil(lambda: controller.sync.running, timeout=WAIT_MS)
    workspace = controller.window.workspace_view
    workspace.open_screen("map")
    screen = workspace.screen_named("map")
    assert isinstance(screen, MapView)
    return screen


def _stored_layer(qtbot, controller: Controller) -> str:
    got: list[str] = []
    controller.runner.with_session(lambda s: s.settings.get(MAP_BASE_LAYER), got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=WAIT_MS)
    return got[0]


def test_a_resident_explores_the_demo_town_on_the_map(qtbot, make_app, tmp_path: Path) -> None:
    """The real window and sync service on the demo town: the map shows the town's located assets, a pin's
    details, "Open in Assets" selects it there; a bad base layer is refused naming the problem and nothing is
    kept; a good one is kept in the encrypted store, comes back after lock and unlock, and can be removed."""
    controller = make_app(sync_service=True)
    create_profile_via_ui(qtbot, controller)
    client = controller.sync
    qtbot.waitUntil(lambda: client.running, timeout=WAIT_MS)
    opened: list[str] = []
    client.open_demo(opened.append)
    qtbot.waitUntil(lambda: bool(opened) and bool(client.communities), timeout=WAIT_MS)
    screen = _map_screen(qtbot, controller)
    state = client.community(opened[0])
    assert state is not None
    qtbot.waitUntil(lambda: state.loaded, timeout=WAIT_MS)
    located = [a for a in state.assets.values() if a.location is not None]
    qtbot.waitUntil(lambda: len(screen.canvas.located) == len(located), timeout=WAIT_MS)
    assert sorted(a.name for a in state.areas.values()) == [
        "North End",
        "Riverside",
        "Station Road",
        "Town centre",
    ]
    assert set(screen.canvas.areas) == set(state.areas)  # the neighbourhoods outlined
    areas_before = dict(state.areas)

    # Every food-related asset near the station: only those pins stay, and the count says they match.
    def text_of(a: Asset) -> str:
        return " ".join((a.title, a.category, a.area, a.steward, a.support_offered, a.description)).casefold()

    near_station = {a.id for a in located if "food" in text_of(a) and "station" in text_of(a)}
    assert near_station  # the demo has some: the food bank store on Station Road, at least
    screen.search.setText("food station")
    assert set(screen.canvas.located) == near_station
    assert "match what you chose" in screen.status.text()
    screen.search.clear()
    screen.category_choice.setCurrentIndex(screen.category_choice.findData("storage"))
    assert set(screen.canvas.located) == {a.id for a in located if a.category == "storage"}
    screen.category_choice.setCurrentIndex(0)
    assert len(screen.canvas.located) == len(located)
    # "asset(s)" until the lead's `make translations` gives the new string its English plural forms
    assert re.match(rf"{len(located)} asset(s|\(s\)) on the map", screen.status.text())
    assert "more without a place" in screen.status.text()
    assert not screen.details.isVisible()

    park = next(a for a in located if a.title == "Millbrook Park")
    screen.canvas.choose(park.id)
    assert screen.details.isVisible()
    assert screen.detail_title.text() == "Millbrook Park"
    assert "Kind: Natural" in screen.detail_text.text()
    assert "Support offered: Open lawns, benches, a bandstand" in screen.detail_text.text()
    pin = screen.canvas.pins[park.id]
    qtbot.waitUntil(  # the details narrowed the map: the chosen pin is kept in sight
        lambda: screen.canvas.mapToScene(screen.canvas.viewport().rect()).boundingRect().contains(pin.pos()),
        timeout=WAIT_MS,
    )
    qtbot.mouseClick(screen.open_button, Qt.MouseButton.LeftButton)
    workspace = controller.window.workspace_view
    assets = workspace.screen_named("assets")
    assert isinstance(assets, AssetsView)
    qtbot.waitUntil(lambda: workspace.pages.currentWidget() is assets, timeout=WAIT_MS)
    rows = assets.table.selectionModel().selectedRows()
    assert [assets.model.asset(r.row()).title for r in rows] == ["Millbrook Park"]  # type: ignore[union-attr]

    workspace.open_screen("map")
    before = screen.canvas.scale_factor
    qtbot.keyClick(screen.canvas, Qt.Key.Key_Plus)
    assert screen.canvas.scale_factor == pytest.approx(before * 1.6)
    qtbot.mouseClick(screen.zoom_out_button, Qt.MouseButton.LeftButton)
    assert screen.canvas.scale_factor == pytest.approx(before)

    # Drawing an area and thinking better of it: nothing is stored.
    qtbot.mouseClick(screen.draw_button, Qt.MouseButton.LeftButton)
    screen.canvas.click_at(QPoint(100, 100))
    screen.canvas.click_at(QPoint(200, 100))
    assert "2 so far" in screen.draw_hint.text()
    qtbot.mouseClick(screen.undo_button, Qt.MouseButton.LeftButton)
    assert screen.canvas.sketch is not None
    assert len(screen.canvas.sketch) == 1
    qtbot.mouseClick(screen.cancel_button, Qt.MouseButton.LeftButton)
    assert screen.canvas.sketch is None
    assert not screen.draw_bar.isVisible()
    assert state.areas == areas_before

    bad = tmp_path / "town.geojson"
    bad.write_bytes(b'{"type": "LineString", "coordinates": [[1, 2], [3, "north"]]}')
    screen.load_base_layer(bad)
    qtbot.waitUntil(lambda: "Nothing from it was kept" in screen.status.text(), timeout=WAIT_MS)
    assert "town.geojson cannot be used as a base layer" in screen.status.text()
    assert "$.coordinates[1]: a position must be [longitude, latitude]" in screen.status.text()
    assert _stored_layer(qtbot, controller) == ""
    assert not screen.remove_button.isEnabled()

    good = tmp_path / "town.osm"
    good.write_bytes(GOOD_OSM)
    screen.load_base_layer(good)
    qtbot.waitUntil(lambda: "It stays on this computer" in screen.status.text(), timeout=WAIT_MS)
    assert base_layer.decode(_stored_layer(qtbot, controller)) == base_layer.parse(GOOD_OSM)
    assert screen.canvas.base_layer_rect() is not None

    controller.lock()
    assert screen.canvas.base_layer_rect() is None
    assert not screen.canvas.located
    unlock_via_ui(qtbot, controller)
    qtbot.waitUntil(lambda: screen.canvas.base_layer_rect() is not None, timeout=WAIT_MS)
    qtbot.mouseClick(screen.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.canvas.base_layer_rect() is None, timeout=WAIT_MS)
    assert _stored_layer(qtbot, controller) == ""


def test_an_asset_added_on_one_computer_is_a_pin_on_the_other_s_map(qtbot, make_computer) -> None:
    robin, _ = make_computer("robin-laptop", sync_service=True)
    ana, _ = make_computer("ana-laptop", sync_service=True)
    create_profile_via_ui(qtbot, robin, "Robin")
    create_profile_via_ui(qtbot, ana, "Ana")
    qtbot.waitUntil(lambda: robin.sync.running and ana.sync.running, timeout=WAIT_MS)
    made: list[str] = []
    robin.sync.create_community("Mill Road", "Robin", made.append)
    qtbot.waitUntil(lambda: bool(made), timeout=WAIT_MS)
    invites: list[object] = []
    robin.sync.invite(made[0], invites.append)
    qtbot.waitUntil(lambda: bool(invites), timeout=WAIT_MS)
    joined: list[str] = []
    ana.sync.join(invites[0].qr, "", joined.append)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(joined) and bool(ana.sync.communities), timeout=SYNC_WAIT_MS)
    screen = _map_screen(qtbot, ana)
    qtbot.waitUntil(lambda: screen.community_choice.space == made[0], timeout=SYNC_WAIT_MS)

    robin.sync.add_asset(
        made[0], AssetKind.BUILT, "Community hall", area="Mill Road", location=Location(52.41, -1.51)
    )
    qtbot.waitUntil(lambda: len(screen.canvas.located) == 1, timeout=SYNC_WAIT_MS)
    screen.canvas.fit()
    [(_key, pin)] = screen.canvas.pins.items()
    assert isinstance(pin, PinItem)
    assert pin.kind is AssetKind.BUILT
    assert (pin.pos().x(), pin.pos().y()) == pytest.approx(to_map(52.41, -1.51))
    screen.canvas.click_at(screen.canvas.mapFromScene(pin.pos()))
    assert screen.detail_title.text() == "Community hall"
    assert not any(isinstance(i, ClusterItem) for i in screen.canvas.scene().items())

    # Robin outlines an area on his map by clicking its corners; it reaches Ana's map as an outline.
    robin_screen = _map_screen(qtbot, robin)
    qtbot.waitUntil(lambda: len(robin_screen.canvas.located) == 1, timeout=SYNC_WAIT_MS)
    robin_screen.canvas.fit()
    qtbot.mouseClick(robin_screen.draw_button, Qt.MouseButton.LeftButton)
    assert robin_screen.draw_bar.isVisible()
    centre = robin_screen.canvas.viewport().rect().center()
    for dx, dy in ((-60, -40), (60, -40), (0, 60)):
        robin_screen.canvas.click_at(centre + QPoint(dx, dy))
    assert not robin_screen.save_area_button.isEnabled()  # no name yet
    robin_screen.area_name.setText("Mill Road triangle")
    assert robin_screen.save_area_button.isEnabled()
    qtbot.mouseClick(robin_screen.save_area_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: "Mill Road triangle is on the community's map" in robin_screen.status.text(), timeout=WAIT_MS
    )
    assert not robin_screen.draw_bar.isVisible()
    qtbot.waitUntil(lambda: len(screen.canvas.areas) == 1, timeout=SYNC_WAIT_MS)
    [(area_id, outline)] = screen.canvas.areas.items()
    state = ana.sync.community(made[0])
    assert state is not None
    assert state.areas[area_id].name == "Mill Road triangle"
    assert len(state.areas[area_id].outline) == 3
    assert outline.polygon().containsPoint(pin.pos(), Qt.FillRule.OddEvenFill)  # drawn around the hall
    # Ana clicks inside the outline, away from the pin: the area, which only Robin (author, admin) removes.
    inside = outline.polygon().boundingRect().center() + QPointF(
        0, -outline.polygon().boundingRect().height() / 4
    )
    screen.canvas.centerOn(inside)
    screen.canvas.click_at(screen.canvas.mapFromScene(inside))
    qtbot.waitUntil(lambda: screen.detail_title.text() == "Mill Road triangle", timeout=WAIT_MS)
    assert not screen.remove_area_button.isEnabled()
    robin_screen.canvas.choose_area(area_id)
    assert robin_screen.remove_area_button.isEnabled()
    qtbot.mouseClick(robin_screen.remove_area_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.canvas.areas, timeout=SYNC_WAIT_MS)
    assert state.areas[area_id].removed
