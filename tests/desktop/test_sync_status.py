"""Sync status in the window, walked as two neighbours would (issue 16, "Done when"), on loopback: two real
windows, two profiles, two real sync services. Robin starts "Mill Road", Ana joins; both panels say they are
up to date with each other. Ana goes offline and renames herself: her panel says the change waits and no one
is connected, Robin's that Ana was last seen a moment ago. Ana comes back: both agree again, and Home says
so in a line per community."""

from __future__ import annotations

from PySide6.QtCore import Qt

from commons_desktop.features.community.community_view import CommunityView
from commons_desktop.features.home.home_view import HomeView
from commons_desktop.shell.controller import Controller
from sync.invites import parse_qr
from tests.desktop.community_flows import two_neighbours
from tests.desktop.helpers import WAIT_MS
from tests.desktop.test_community import SYNC_WAIT_MS, people


def peer_rows(screen: CommunityView) -> list[str]:
    rows = screen.sync_panel.peers
    return [rows.item(n).text() for n in range(rows.count())]


def singular(text: str) -> str:
    """*text* as shown; the English plural forms are compiled into commons_en.qm (never "1 change(s)")."""
    assert "(s)" not in text, text
    return text


def summary(screen: CommunityView) -> str:
    return singular(screen.sync_panel.summary.text())


def home_text(controller: Controller) -> str:
    home = controller.window.workspace_view.screen_named("home")
    assert isinstance(home, HomeView)
    return singular(home.sync_card.body.text())


def test_two_neighbours_see_each_step_of_their_sync(qtbot, make_computer) -> None:
    robin, robin_screen, ana, ana_screen = two_neighbours(qtbot, make_computer)
    assert not robin_screen.sync_panel.isVisibleTo(robin_screen)  # no community: nothing to say

    # Robin starts Mill Road: nobody else has it yet, and the panel says so.
    robin_screen.start_page.new_name_edit.setText("Mill Road")
    robin_screen.start_page.founder_name_edit.setText("Robin")
    qtbot.mouseClick(robin_screen.start_page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: "waiting to be sent: no one is connected" in summary(robin_screen), timeout=WAIT_MS
    )
    assert robin_screen.sync_panel.isVisibleTo(robin_screen)
    assert peer_rows(robin_screen) == ["No other device has been met yet."]
    with qtbot.waitSignal(robin_screen.sig_invite_shown, timeout=WAIT_MS):
        qtbot.mouseClick(robin_screen.invite_button, Qt.MouseButton.LeftButton)
    invite = robin_screen.invite_card.invite_text.text()
    host, port = parse_qr(invite).hints[0].rsplit(":", 1)

    # Ana joins and gives her name; both are up to date with each other, on this network.
    ana_screen.start_page.join_edit.setText(invite)
    qtbot.mouseClick(ana_screen.start_page.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Robin (admin)" in people(ana_screen), timeout=SYNC_WAIT_MS)
    ana_screen.my_name_edit.setText("Ana")
    qtbot.mouseClick(ana_screen.my_name_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: people(robin_screen) == ["Ana", "Robin (admin) — you"], timeout=SYNC_WAIT_MS)
    qtbot.waitUntil(
        lambda: summary(robin_screen).startswith("Up to date with Ana on this network"), timeout=SYNC_WAIT_MS
    )
    qtbot.waitUntil(
        lambda: summary(ana_screen).startswith("Up to date with Robin on this network"), timeout=SYNC_WAIT_MS
    )
    assert peer_rows(robin_screen) == ["Ana, on this network: connected, up to date"]
    assert peer_rows(ana_screen) == ["Robin, on this network: connected, up to date"]
    assert "holds everything the others have announced" in singular(ana_screen.sync_panel.details.text())
    assert not ana_screen.sync_panel.failures.isVisibleTo(ana_screen)
    qtbot.waitUntil(lambda: "Mill Road: Up to date with Ana" in home_text(robin), timeout=WAIT_MS)

    # Ana goes offline (sync on this network off: her connections close) and renames herself.
    ana.sync.set_discovery(())
    qtbot.waitUntil(lambda: "no one is connected now" in summary(robin_screen), timeout=SYNC_WAIT_MS)
    assert peer_rows(robin_screen) == ["Ana, on this network: last seen just now"]
    qtbot.waitUntil(lambda: "no one is connected now" in summary(ana_screen), timeout=SYNC_WAIT_MS)
    ana_screen.my_name_edit.setText("Ana B.")
    qtbot.mouseClick(ana_screen.my_name_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: summary(ana_screen) == "1 change waiting to be sent: no one is connected", timeout=WAIT_MS
    )
    assert "1 change on this device not yet confirmed by anyone." in singular(
        ana_screen.sync_panel.details.text()
    )
    assert people(robin_screen) == ["Ana", "Robin (admin) — you"]  # Robin has not heard of it
    qtbot.waitUntil(lambda: "Mill Road: 1 change waiting to be sent" in home_text(ana), timeout=WAIT_MS)

    # Ana comes back (Robin's address, as the invite gave it): both agree again.
    ana.sync.add_peer(host, int(port))
    qtbot.waitUntil(lambda: people(robin_screen) == ["Ana B.", "Robin (admin) — you"], timeout=SYNC_WAIT_MS)
    qtbot.waitUntil(
        lambda: summary(robin_screen).startswith("Up to date with Ana B. on this network"),
        timeout=SYNC_WAIT_MS,
    )
    qtbot.waitUntil(
        lambda: summary(ana_screen).startswith("Up to date with Robin on this network"), timeout=SYNC_WAIT_MS
    )
    assert "Every change on this device has reached someone." in singular(
        ana_screen.sync_panel.details.text()
    )
    qtbot.waitUntil(lambda: "Mill Road: Up to date with Robin" in home_text(ana), timeout=WAIT_MS)

    # Locking forgets it all.
    robin.lock()
    assert summary(robin_screen) == ""
    assert "Mill Road" not in home_text(robin)
