"""The Community screen: two neighbours, each with their own computer (profile and real sync service), one
starts "Mill Road" and invites, the other pastes the invite and joins; both then see each other by name, and
a wrong invite is refused with a reason and changes nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from commons_desktop.features.community.community_view import CommunityView
from commons_desktop.features.community.people_panel import SEPARATOR
from commons_desktop.shell.controller import Controller
from tests.desktop.helpers import WAIT_MS, create_profile_via_ui

SYNC_WAIT_MS = 60_000


def community_screen(qtbot, controller: Controller) -> CommunityView:
    qtbot.waitUntil(lambda: controller.sync.running, timeout=WAIT_MS)
    workspace = controller.window.workspace_view
    workspace.open_screen("community")
    screen = workspace.screen_named("community")
    assert isinstance(screen, CommunityView)
    qtbot.waitUntil(screen.start_page.join_button.isEnabled, timeout=WAIT_MS)  # once the service is ready
    return screen


def people(screen: CommunityView) -> list[str]:
    """Each person's first line (their name and role; the second says their devices)."""
    return [screen.people.item(n).text().split(SEPARATOR)[0] for n in range(screen.people.count())]


def test_two_neighbours_start_and_join_a_community(qtbot, make_computer) -> None:
    robin, _ = make_computer("robin-laptop", sync_service=True)
    ana, _ = make_computer("ana-laptop", sync_service=True)
    create_profile_via_ui(qtbot, robin, "Robin")
    create_profile_via_ui(qtbot, ana, "Ana")
    robin_screen = community_screen(qtbot, robin)
    ana_screen = community_screen(qtbot, ana)
    assert robin_screen.tabs.currentWidget() is robin_screen.start_page  # no community yet: start or join
    qtbot.waitUntil(lambda: "not part of a community" in robin_screen.note.text(), timeout=WAIT_MS)

    # Robin starts Mill Road.
    robin_screen.start_page.new_name_edit.setText("Mill Road")
    robin_screen.start_page.founder_name_edit.setText("Robin")
    qtbot.mouseClick(robin_screen.start_page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: robin_screen.tabs.currentWidget() is robin_screen.community_page, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: people(robin_screen) == ["Robin (admin) — you"], timeout=WAIT_MS)
    assert robin_screen.invite_button.isVisible()

    # Robin invites; the invite says where it works (both services listen on this computer only).
    with qtbot.waitSignal(robin_screen.sig_invite_shown, timeout=WAIT_MS):
        qtbot.mouseClick(robin_screen.invite_button, Qt.MouseButton.LeftButton)
    invite = robin_screen.invite_card.invite_text.text()
    assert invite.startswith("COMMONS-INVITE:")
    assert robin_screen.invite_card.code_label.text().startswith("Short code: ")
    assert "only on this computer" in robin_screen.invite_card.where_label.text()
    qtbot.mouseClick(robin_screen.invite_card.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == invite  # to paste into a message; it leaves again (below)

    # A wrong invite: a reason, and Ana is still in no community.
    ana_screen.start_page.join_edit.setText("COMMONS-INVITE:NOTANINVITE")
    qtbot.mouseClick(ana_screen.start_page.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: ana_screen.start_page.start_status.text().startswith("Could not join:"), timeout=SYNC_WAIT_MS
    )
    assert ana.sync.communities == ()

    # Ana pastes Robin's invite, joins, and says who she is.
    ana_screen.start_page.join_edit.setText(invite)
    qtbot.mouseClick(ana_screen.start_page.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: ana_screen.tabs.currentWidget() is ana_screen.community_page, timeout=SYNC_WAIT_MS
    )
    qtbot.waitUntil(lambda: "Robin (admin)" in people(ana_screen), timeout=SYNC_WAIT_MS)
    assert ana_screen.community_choice.currentText() == "Mill Road"
    assert ana_screen.tabs.tabText(1) == "Mill Road"
    assert not ana_screen.invite_button.isVisible()  # only an admin invites
    ana_screen.my_name_edit.setText("Ana")
    qtbot.mouseClick(ana_screen.my_name_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Ana — you" in people(ana_screen), timeout=SYNC_WAIT_MS)
    qtbot.waitUntil(lambda: people(robin_screen) == ["Ana", "Robin (admin) — you"], timeout=SYNC_WAIT_MS)

    # Locking forgets the screen.
    robin.lock()
    assert people(robin_screen) == []
    assert robin_screen.invite_card.invite_text.text() == ""
    assert QGuiApplication.clipboard().text() == ""  # an invite admits whoever holds it: off the clipboard
