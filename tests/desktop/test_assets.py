"""The Assets screen: a community's assets in a table that follows the community record by record, with search,
a kind filter and sorting done in the model (no proxy), checked by Qt's own model tester."""

from __future__ import annotations

import random

import pytest
import shiboken6
from PySide6.QtCore import QPersistentModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from commons_desktop.community_state import CommunityState
from commons_desktop.features.assets.assets_model import AssetsModel
from commons_desktop.features.assets.assets_view import AssetsView
from commons_desktop.service.values import CommunityUpdate
from store import ProfileManager
from sync.community import Asset, AssetKind, CommunityView
from tests.desktop.helpers import WAIT_MS, create_profile_via_ui

SPACE = "ab" * 16
TITLES = ("Hall", "oven", "Garden", "bike repair", "Allotment", "hall", "Zither lessons", "ladder")


def asset(n: int, title: str, kind: AssetKind = AssetKind.BUILT, area: str = "") -> Asset:
    return Asset(f"a{n}", kind, title, "m1", area=area)


def shown(model: AssetsModel) -> list[str]:
    return [str(model.data(model.index(row, 0))) for row in range(model.rowCount())]


@pytest.mark.parametrize("seed", range(12))
def test_the_table_follows_every_change_in_order(qapp, seed: int) -> None:
    """Random adds, renames (which move rows), kind changes (which leave the filter), removals and big batches,
    under a search and a kind filter, sorted up or down: the rows are always exactly the matching assets in
    order, and Qt's model tester finds every signal consistent."""
    rng = random.Random(seed)
    state = CommunityState(SPACE)
    model = AssetsModel()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_state(state)
    state.apply(CommunityUpdate(SPACE, True, CommunityView(name="Elm")))
    if seed % 3 == 1:
        model.set_kind(AssetKind.BUILT.value)
    if seed % 3 == 2:
        model.set_search("l")
    model.sort(0, Qt.SortOrder.DescendingOrder if seed % 2 else Qt.SortOrder.AscendingOrder)
    assets: dict[str, Asset] = {}
    for step in range(60):
        changed: dict[str, Asset] = {}
        removed: list[tuple[str, str]] = []
        for _ in range(25 if step % 15 == 14 else 1):  # now and then more than a batch at once
            n = rng.randrange(30)
            key = f"a{n}"
            roll = rng.random()
            if key in assets and roll < 0.15:
                del assets[key]
                removed.append(("assets", key))
                changed.pop(key, None)
            else:
                kind = AssetKind.NATURAL if roll > 0.85 else AssetKind.BUILT
                assets[key] = changed[key] = asset(n, rng.choice(TITLES), kind)
        view = CommunityView(name="Elm", assets=changed)
        state.apply(CommunityUpdate(SPACE, False, view, tuple(removed)))
        expected = [
            a
            for a in assets.values()
            if (seed % 3 != 1 or a.kind is AssetKind.BUILT) and (seed % 3 != 2 or "l" in a.title.casefold())
        ]
        expected.sort(key=lambda a: (a.title.casefold(), a.id), reverse=bool(seed % 2))
        assert [
            model.data(model.index(r, 0), Qt.ItemDataRole.UserRole + 1) for r in range(model.rowCount())
        ] == [a.id for a in expected]
        assert model.total == len(assets)
    del tester
    shiboken6.delete(model)
    shiboken6.delete(state)


def test_a_community_arriving_again_is_sorted_by_its_new_values(qapp) -> None:
    state = CommunityState(SPACE)
    model = AssetsModel()
    model.set_state(state)
    first = {a.id: a for a in (asset(1, "Apple"), asset(2, "Bench"))}
    state.apply(CommunityUpdate(SPACE, True, CommunityView(name="Elm", assets=first)))
    assert shown(model) == ["Apple", "Bench"]
    again = {a.id: a for a in (asset(1, "Zebra crossing"), asset(2, "Bench"))}
    state.apply(CommunityUpdate(SPACE, True, CommunityView(name="Elm", assets=again)))
    assert shown(model) == ["Bench", "Zebra crossing"]
    state.apply(CommunityUpdate(SPACE, False, CommunityView(name="Elm", assets={"a2": asset(2, "Zoo")})))
    assert shown(model) == ["Zebra crossing", "Zoo"]
    shiboken6.delete(model)
    shiboken6.delete(state)


def test_sorting_by_another_column_keeps_the_selected_asset(qapp) -> None:
    state = CommunityState(SPACE)
    model = AssetsModel()
    model.set_state(state)
    view = CommunityView(
        name="Elm",
        assets={a.id: a for a in (asset(1, "Oven", area="North"), asset(2, "Bench", area="South"))},
    )
    state.apply(CommunityUpdate(SPACE, True, view))
    assert shown(model) == ["Bench", "Oven"]
    oven = QPersistentModelIndex(model.index(1, 0))
    model.sort(2, Qt.SortOrder.DescendingOrder)  # by area, South first
    assert shown(model) == ["Bench", "Oven"]  # South, then North
    assert oven.row() == 1
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert shown(model) == ["Oven", "Bench"]
    assert oven.row() == 0
    shiboken6.delete(model)
    shiboken6.delete(state)


def test_a_resident_sees_the_community_s_assets_and_finds_one(
    qtbot, make_app, manager: ProfileManager
) -> None:
    """The real window and its sync service: a community made through the window's client, three assets added
    through it; the Assets screen lists them as they are written, finds one by a word of its area, filters by
    kind, and is empty again after lock."""
    controller = make_app(sync_service=True)
    create_profile_via_ui(qtbot, controller)
    client = controller.sync
    qtbot.waitUntil(lambda: client.running, timeout=WAIT_MS)
    made: list[str] = []
    client.create_community("Elm Street", "Robin", made.append)
    qtbot.waitUntil(lambda: bool(made) and bool(client.communities), timeout=WAIT_MS)
    space = made[0]
    workspace = controller.window.workspace_view
    workspace.open_screen("assets")
    screen = workspace.screen_named("assets")
    assert isinstance(screen, AssetsView)
    qtbot.waitUntil(lambda: screen.empty.text() == "No assets yet.", timeout=WAIT_MS)
    for title, kind, area in (
        ("Community hall", AssetKind.BUILT, "North"),
        ("Bike repair", AssetKind.HUMAN, "Canal side"),
        ("Orchard", AssetKind.NATURAL, "North"),
    ):
        client.add_asset(space, kind, title, area=area)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 3, timeout=WAIT_MS)
    assert shown(screen.model) == ["Bike repair", "Community hall", "Orchard"]
    assert screen.count.text() == "3 assets in Elm Street"
    screen.search.setText("canal")
    assert shown(screen.model) == ["Bike repair"]
    assert screen.count.text() == "Showing 1 of 3 in Elm Street"
    screen.search.clear()
    screen.kind_choice.setCurrentIndex(screen.kind_choice.findData(AssetKind.NATURAL.value))
    assert shown(screen.model) == ["Orchard"]
    controller.lock()
    assert screen.model.rowCount() == 0
    assert screen.community_choice.count() == 0


def test_without_a_sync_service_the_screen_says_why(qtbot, make_app, manager: ProfileManager) -> None:
    controller = make_app(sync_service=False)
    create_profile_via_ui(qtbot, controller)
    workspace = controller.window.workspace_view
    workspace.open_screen("assets")
    screen = workspace.screen_named("assets")
    assert isinstance(screen, AssetsView)
    assert "sync service" in screen.empty.text()
    assert screen.pages.currentWidget() is screen.empty


def test_the_area_steward_and_category_filters_match_one_value_whatever_its_case(qapp) -> None:
    state = CommunityState(SPACE)
    model = AssetsModel()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_state(state)
    assets = (
        Asset("a1", AssetKind.BUILT, "Hall", "m1", area="North", category="space", steward="Trust"),
        Asset("a2", AssetKind.BUILT, "Oven", "m1", area="north", category="cooking", steward="Trust"),
        Asset("a3", AssetKind.NATURAL, "Pond", "m1", area="South", category="nature"),
    )
    state.apply(CommunityUpdate(SPACE, True, CommunityView(name="Elm", assets={a.id: a for a in assets})))
    assert model.values("area") == ["North", "South"]  # one entry per value, whatever its case
    assert model.values("steward") == ["Trust"]
    model.set_exact("area", "NORTH")
    assert shown(model) == ["Hall", "Oven"]
    model.set_exact("category", "cooking")
    assert shown(model) == ["Oven"]
    model.set_exact("area", "")
    model.set_exact("category", "")
    model.set_exact("steward", "trust")
    assert [a.id for a in model.shown()] == ["a1", "a2"]
    with pytest.raises(ValueError, match="no filter on 'title'"):
        model.set_exact("title", "Hall")
    del tester
    shiboken6.delete(model)
    shiboken6.delete(state)
