"""Sync on this network: turned on for the network this computer is on, remembered for that network across
locks, and off on another network; the service listens and announces there only while it is on."""

from __future__ import annotations

import pytest

from commons_desktop import network_sync
from commons_desktop.features.community.community_view import CommunityView
from commons_desktop.networks import Network
from store import TRUSTED_NETWORKS, ProfileManager
from tests.desktop.helpers import WAIT_MS, create_profile_via_ui, unlock_via_ui

HOME = Network("lo", "127.0.0.1", "home-network-key")
CAFE = Network("lo", "127.0.0.1", "cafe-network-key")  # the same loopback, seen as another network


def screen_of(qtbot, controller) -> CommunityView:
    workspace = controller.window.workspace_view
    workspace.open_screen("community")
    screen = workspace.screen_named("community")
    assert isinstance(screen, CommunityView)
    qtbot.waitUntil(screen.network_check.isEnabled, timeout=WAIT_MS)
    return screen


def test_a_trusted_network_is_remembered_and_another_stays_off(
    qtbot, make_app, manager: ProfileManager, monkeypatch: pytest.MonkeyPatch
) -> None:
    where = [HOME]
    monkeypatch.setattr(network_sync, "current_networks", lambda: list(where))
    controller = make_app(sync_service=True)
    create_profile_via_ui(qtbot, controller)
    screen = screen_of(qtbot, controller)
    network = controller.window.workspace_view.screen_named("community")._network  # the app's one NetworkSync
    assert screen.network_check.text() == "Sync with neighbours on this network (lo, 127.0.0.1)"
    assert not screen.network_check.isChecked()
    assert not network.on

    screen.network_check.click()  # as a click on its box or its words does
    qtbot.waitUntil(lambda: network.on and screen.network_check.isEnabled(), timeout=WAIT_MS)
    assert screen.network_check.isChecked()
    stored: list[str] = []
    controller.runner.with_session(lambda s: s.settings.get(TRUSTED_NETWORKS), stored.append)
    qtbot.waitUntil(lambda: bool(stored), timeout=WAIT_MS)
    assert stored[0] == HOME.key  # a key, not the network's name or address

    # Locked and unlocked on the same network: on again by itself.
    controller.lock()
    assert not network.on
    unlock_via_ui(qtbot, controller)
    qtbot.waitUntil(lambda: network.on, timeout=WAIT_MS)
    assert screen_of(qtbot, controller).network_check.isChecked()

    # On another network: off, until the person says otherwise there.
    controller.lock()
    where[:] = [CAFE]
    unlock_via_ui(qtbot, controller)
    screen = screen_of(qtbot, controller)
    qtbot.wait(300)
    assert not network.on
    assert not screen.network_check.isChecked()

    # No network at all: the switch says so and cannot be turned on.
    controller.lock()
    where[:] = []
    unlock_via_ui(qtbot, controller)
    workspace = controller.window.workspace_view
    workspace.open_screen("community")
    qtbot.waitUntil(
        lambda: screen.network_check.text() == "Sync on this network: no network found", timeout=WAIT_MS
    )
    assert not screen.network_check.isEnabled()
