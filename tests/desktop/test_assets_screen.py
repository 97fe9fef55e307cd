"""The Assets screen as a resident uses it: on the demo town (filters filled from the data, the detail panel,
rating, adding and editing with the form's checks, a person's skill blurred before it leaves the form, CSV
and GeoJSON export read back), and on two computers syncing on loopback (an asset added and rated on one
shows, with its rating, on the other's list)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from PySide6.QtCore import Qt

from commons_desktop.features.assets.asset_form import AssetForm
from commons_desktop.features.assets.assets_view import AssetsView
from commons_desktop.features.home.home_view import HomeView
from commons_desktop.shell.controller import Controller
from store import ProfileManager
from sync.community import AssetKind, Location
from tests.desktop.helpers import WAIT_MS, create_profile_via_ui
from tests.desktop.test_assets_export import assert_rfc7946

SYNC_WAIT_MS = 60_000


def assets_screen(qtbot, controller: Controller, space: str | None = None) -> AssetsView:
    workspace = controller.window.workspace_view
    workspace.open_screen("assets")
    screen = workspace.screen_named("assets")
    assert isinstance(screen, AssetsView)
    if space is not None:
        qtbot.waitUntil(lambda: screen.community_choice.choose(space), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=SYNC_WAIT_MS)
    return screen


def open_demo(qtbot, controller: Controller) -> AssetsView:
    home = controller.window.workspace_view.screen_named("home")
    assert isinstance(home, HomeView)
    qtbot.waitUntil(home.demo_card.explore_button.isEnabled, timeout=WAIT_MS)
    qtbot.mouseClick(home.demo_card.explore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(controller.sync.communities) == 1, timeout=WAIT_MS)
    return assets_screen(qtbot, controller)


def save(form: AssetForm) -> None:
    form.buttons.button(form.buttons.StandardButton.Save).click()


def column(screen: AssetsView, field: str) -> set[str]:
    return {getattr(asset, field) for asset in screen.model.shown()}


def test_a_resident_filters_reads_rates_adds_edits_and_exports_on_the_demo_town(
    qtbot, make_app, manager: ProfileManager, tmp_path: Path
) -> None:
    controller = make_app(sync_service=True)
    create_profile_via_ui(qtbot, controller, "Sam")
    screen = open_demo(qtbot, controller)
    state = screen.community_choice.state
    assert state is not None
    total = len(state.assets)

    # The filters list what the town has, and each narrows the list to exactly its value.
    areas = [
        screen.filters.choices["area"].itemText(i) for i in range(screen.filters.choices["area"].count())
    ]
    assert areas[0] == "Every area"
    assert {"Station Road", "Town centre", "North End"} <= set(areas)
    assert screen.filters.choose("area", "Station Road")
    assert column(screen, "area") == {"Station Road"}
    assert screen.count.text().startswith(f"Showing {screen.model.rowCount()} of {total} in ")
    assert screen.filters.choose("category", "translation")
    assert [a.title for a in screen.model.shown()] == ["Polish translation"]
    screen.filters.clear()
    assert screen.filters.choose("steward", "Femi Adeyemi")
    assert column(screen, "steward") == {"Femi Adeyemi"}
    screen.filters.clear()
    screen.kind_choice.setCurrentIndex(screen.kind_choice.findData(AssetKind.HUMAN.value))
    assert {a.kind for a in screen.model.shown()} == {AssetKind.HUMAN}
    assert all(a.location is None for a in screen.model.shown())  # the town's skills hold an area only
    screen.filters.clear()
    assert screen.model.rowCount() == total

    # The detail panel, and rating it myself.
    screen.search.setText("bike repair")
    bike = next(a for a in screen.model.shown() if a.title == "Bike repair")
    assert screen.select(bike.id)
    detail = screen.detail
    assert detail.title.text() == "Bike repair"
    assert detail.fields["steward"].text() == "Femi Adeyemi"
    assert detail.fields["support_offered"].text() == bike.support_offered
    assert detail.fields["how_used"].text() == bike.how_used
    assert detail.fields["location"].text() == "Area only"
    assert not detail.rate_button.isEnabled()  # no name in the town yet: a rating names a member
    assert detail.rate_note.isVisibleTo(detail)
    summary = screen.community_choice.summary
    assert summary is not None
    controller.sync.set_my_name(summary.space, "Sam")
    qtbot.waitUntil(detail.rate_button.isEnabled, timeout=WAIT_MS)
    before = len(bike.ratings)
    detail.stars.setCurrentIndex(detail.stars.findData(5))
    qtbot.mouseClick(detail.rate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(state.assets[bike.id].ratings) == before + 1, timeout=WAIT_MS)
    assert 5 in state.assets[bike.id].ratings.values()
    qtbot.waitUntil(lambda: detail.rate_button.text() == "Change my rating", timeout=WAIT_MS)
    assert f"{before + 1} rating" in detail.fields["effectiveness"].text()
    screen.search.clear()

    # Bad input: a message naming the field, and nothing stored.
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    form = screen.form
    assert form is not None
    save(form)
    assert form.error.text() == "Name: cannot be empty"
    form.lines["title"].setText("Ukulele lessons")
    form.kind_choice.setCurrentIndex(form.kind_choice.findData(AssetKind.BUILT.value))
    form.latitude.setText("north")
    save(form)
    assert form.error.text() == "Latitude: must be a number between -90 and 90"
    form.latitude.setText("52.2")
    save(form)
    assert form.error.text() == "Longitude: give both latitude and longitude, or neither"
    form.lines["category"].setText("x" * 81)
    form.longitude.setText("0.1")
    save(form)
    assert form.error.text() == "Category: is 81 characters long; the limit is 80"
    assert form.isVisible()
    assert len(state.assets) == total

    # A person's skill at an approximate location: the precise point never leaves the form.
    form.lines["category"].setText("music")
    form.kind_choice.setCurrentIndex(form.kind_choice.findData(AssetKind.HUMAN.value))
    assert not form.latitude.isEnabled()  # "area only" first
    form.approximate.setChecked(True)
    form.latitude.setText("52.205337")
    form.longitude.setText("0.121817")
    save(form)
    qtbot.waitUntil(lambda: screen.form is None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: screen.detail.asset is not None, timeout=WAIT_MS)
    added = screen.detail.asset
    assert added is not None
    assert added.title == "Ukulele lessons"
    assert state.assets[added.id].location == Location(52.21, 0.12)
    assert screen.detail.fields["location"].text() == "Around 52.21, 0.12 (within about 1 km)"

    # Editing it (its author): the new values, the same asset.
    assert screen.detail.edit_button.isVisibleTo(screen.detail)
    qtbot.mouseClick(screen.detail.edit_button, Qt.MouseButton.LeftButton)
    form = screen.form
    assert form is not None
    assert form.lines["title"].text() == "Ukulele lessons"
    assert form.approximate.isChecked()
    form.lines["title"].setText("Ukulele and guitar lessons")
    form.area_only.setChecked(True)
    save(form)
    qtbot.waitUntil(lambda: state.assets[added.id].title == "Ukulele and guitar lessons", timeout=WAIT_MS)
    assert state.assets[added.id].location is None
    assert len(state.assets) == total + 1

    # Export what the filters show, and read it back.
    assert screen.filters.choose("area", "Station Road")
    shown = screen.model.shown()
    screen.export_to(tmp_path / "assets.csv")
    rows = list(
        csv.DictReader(io.StringIO((tmp_path / "assets.csv").read_text(encoding="utf-8"), newline=""))
    )
    assert [r["title"] for r in rows] == [a.title for a in shown]
    assert {r["area"] for r in rows} == {"Station Road"}
    screen.export_to(tmp_path / "assets.geojson")
    collection = json.loads((tmp_path / "assets.geojson").read_text(encoding="utf-8"))
    assert_rfc7946(collection)
    assert [f["id"] for f in collection["features"]] == [a.id for a in shown]
    assert screen.status.text().startswith(
        f"Saved {len(shown)} asset"
    )  # "asset(s)" until translations are built


def test_an_asset_added_and_rated_on_one_computer_shows_rated_on_the_other(qtbot, make_computer) -> None:
    robin, _ = make_computer("robin-laptop", sync_service=True)
    ana, _ = make_computer("ana-laptop", sync_service=True)
    create_profile_via_ui(qtbot, robin, "Robin")
    create_profile_via_ui(qtbot, ana, "Ana")
    for computer in (robin, ana):
        qtbot.waitUntil(lambda computer=computer: computer.sync.running, timeout=WAIT_MS)
    made: list[str] = []
    robin.sync.create_community("Mill Road", "Robin", made.append)
    qtbot.waitUntil(lambda: bool(made), timeout=WAIT_MS)
    space = made[0]
    invites: list[object] = []
    robin.sync.invite(space, invites.append)
    qtbot.waitUntil(lambda: bool(invites), timeout=WAIT_MS)
    joined: list[str] = []
    ana.sync.join(invites[0].qr, on_done=joined.append)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: joined == [space], timeout=SYNC_WAIT_MS)
    ana.sync.set_my_name(space, "Ana")

    # Robin adds the hall through his Assets screen's form.
    robin.sync.add_asset(space, AssetKind.BUILT, "Seed library", area="Canal side")
    robin_screen = assets_screen(qtbot, robin, space)
    qtbot.mouseClick(robin_screen.add_button, Qt.MouseButton.LeftButton)
    form = robin_screen.form
    assert form is not None
    form.lines["title"].setText("Community hall")
    form.lines["area"].setText("North")
    save(form)
    qtbot.waitUntil(lambda: robin_screen.detail.asset is not None, timeout=WAIT_MS)
    hall = robin_screen.detail.asset
    assert hall is not None
    assert hall.title == "Community hall"
    robin_screen.detail.stars.setCurrentIndex(robin_screen.detail.stars.findData(4))
    qtbot.mouseClick(robin_screen.detail.rate_button, Qt.MouseButton.LeftButton)

    ana_screen = assets_screen(qtbot, ana, space)
    ana_state = ana_screen.community_choice.state
    assert ana_state is not None
    qtbot.waitUntil(lambda: hall.id in ana_state.assets, timeout=SYNC_WAIT_MS)
    qtbot.waitUntil(lambda: ana_state.assets[hall.id].ratings != {}, timeout=SYNC_WAIT_MS)
    row = ana_screen.model.row_of(hall.id)
    assert row is not None
    assert ana_screen.model.data(ana_screen.model.index(row, 0)) == "Community hall"
    assert ana_screen.model.data(ana_screen.model.index(row, 5)) == "4.0 ★ (1)"
    assert ana_screen.filters.choose("area", "North")  # the new area reached Ana's filter list too
    assert [a.id for a in ana_screen.model.shown()] == [hall.id]
    # Ana is neither its author nor an admin: no Edit for her.
    assert ana_screen.select(hall.id)
    assert not ana_screen.detail.edit_button.isVisibleTo(ana_screen.detail)
