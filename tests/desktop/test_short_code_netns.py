"""Two neighbours on one network, no relay, only the windows: each turns on "Sync on this network", one starts
"Mill Road" and invites, the other types just the short code — found by mDNS — and both see each other and
the same community, and the status says so; then one goes offline, edits, comes back, and both agree again,
with every step in the status (the issue's "Done when", walked literally).

Each window's sync service runs in a network namespace this test creates (the window launches it while the
test's thread is inside that namespace), joined by a veth pair: 10.199.0.1 and 10.199.0.2 exist nowhere else,
so mDNS never reaches the machine's real interfaces.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from commons_desktop.networks import Network
from sync.invites import parse_qr
from tests.desktop.helpers import WAIT_MS, create_profile_via_ui
from tests.desktop.test_community import SYNC_WAIT_MS, community_screen, people
from tests.desktop.test_sync_status import peer_rows, summary
from tests.sync.lan.netns import Link, NetnsUnavailable, inside, veth_pair

NETWORK_KEY = "mill-road-wifi"  # both computers see the same router


@pytest.fixture
def link() -> Iterator[Link]:
    """Set up before the computers, so it is torn down after them: their services stop before the namespaces go."""
    try:
        with veth_pair() as pair:
            yield pair
    except NetnsUnavailable as exc:
        pytest.skip(str(exc))


def computer(qtbot, make_computer, name: str, namespace: str, device: str, address: str):
    network = Network(device, address, NETWORK_KEY)
    controller, _ = make_computer(f"{name.lower()}-laptop", sync_service=True, networks=lambda: [network])
    with inside(namespace):  # the sync service the window starts now lives on this computer's network
        create_profile_via_ui(qtbot, controller, name)
        qtbot.waitUntil(lambda: controller.sync.running, timeout=WAIT_MS)
    screen = community_screen(qtbot, controller)
    qtbot.waitUntil(screen.network_check.isEnabled, timeout=WAIT_MS)
    assert screen.network_check.text() == f"Sync with neighbours on this network ({device}, {address})"
    screen.network_check.click()
    network_sync = screen._network
    qtbot.waitUntil(lambda: network_sync.on, timeout=WAIT_MS)
    return controller, screen


def test_the_short_code_alone_joins_between_two_computers_on_one_network(link, qtbot, make_computer) -> None:
    robin, robin_screen = computer(qtbot, make_computer, "Robin", link.a.namespace, link.a.device, link.a.ip)
    ana, ana_screen = computer(qtbot, make_computer, "Ana", link.b.namespace, link.b.device, link.b.ip)

    robin_screen.start_page.new_name_edit.setText("Mill Road")
    robin_screen.start_page.founder_name_edit.setText("Robin")
    qtbot.mouseClick(robin_screen.start_page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: robin_screen.tabs.currentWidget() is robin_screen.community_page, timeout=WAIT_MS)
    with qtbot.waitSignal(robin_screen.sig_invite_shown, timeout=WAIT_MS):
        qtbot.mouseClick(robin_screen.invite_button, Qt.MouseButton.LeftButton)
    assert robin_screen.invite_card.where_label.text().startswith("Works on this network only")
    assert any(
        hint.startswith(link.a.ip) for hint in parse_qr(robin_screen.invite_card.invite_text.text()).hints
    )
    code = robin_screen.invite_card.code_label.text().removeprefix("Short code: ")

    # Ana types only the short code: no address, no relay.
    ana_screen.start_page.join_edit.setText(code)
    qtbot.mouseClick(ana_screen.start_page.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: ana_screen.tabs.currentWidget() is ana_screen.community_page, timeout=SYNC_WAIT_MS
    )
    qtbot.waitUntil(lambda: "Robin (admin)" in people(ana_screen), timeout=SYNC_WAIT_MS)
    assert ana_screen.community_choice.currentText() == "Mill Road"
    ana_screen.my_name_edit.setText("Ana")
    qtbot.mouseClick(ana_screen.my_name_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: people(robin_screen) == ["Ana", "Robin (admin) — you"], timeout=SYNC_WAIT_MS)
    assert ana.sync.communities[0].space == robin.sync.communities[0].space
    for screen, other in ((robin_screen, "Ana"), (ana_screen, "Robin")):
        qtbot.waitUntil(
            lambda s=screen, o=other: summary(s).startswith(f"Up to date with {o} on this network"),
            timeout=SYNC_WAIT_MS,
        )
        assert peer_rows(screen) == [f"{other}, on this network: connected, up to date"]

    # Ana leaves the network (her switch off: nothing announced, nothing connected) and renames herself.
    ana_screen.network_check.click()
    qtbot.waitUntil(lambda: not ana_screen._network.on, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "no one is connected now" in summary(robin_screen), timeout=SYNC_WAIT_MS)
    assert peer_rows(robin_screen) == ["Ana, on this network: last seen just now"]
    ana_screen.my_name_edit.setText("Ana B.")
    qtbot.mouseClick(ana_screen.my_name_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: summary(ana_screen) == "1 change waiting to be sent: no one is connected", timeout=WAIT_MS
    )
    assert people(robin_screen) == ["Ana", "Robin (admin) — you"]  # not heard of yet

    # She comes back: discovery finds Robin again by itself, and both agree.
    ana_screen.network_check.click()
    qtbot.waitUntil(lambda: people(robin_screen) == ["Ana B.", "Robin (admin) — you"], timeout=SYNC_WAIT_MS)
    qtbot.waitUntil(
        lambda: summary(robin_screen).startswith("Up to date with Ana B. on this network"),
        timeout=SYNC_WAIT_MS,
    )
    qtbot.waitUntil(
        lambda: summary(ana_screen).startswith("Up to date with Robin on this network"), timeout=SYNC_WAIT_MS
    )
    assert "Every change on this device has reached someone." in ana_screen.sync_panel.details.text()
