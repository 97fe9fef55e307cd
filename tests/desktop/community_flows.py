"""Steps of the Community screen that many two-window tests take, as a neighbour would take them (this module
holds no tests): two computers with a profile each, starting a community, inviting, joining and giving a name.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from commons_desktop.features.community.community_view import CommunityView
from commons_desktop.shell.controller import Controller
from tests.desktop.helpers import WAIT_MS, create_profile_via_ui
from tests.desktop.test_community import SYNC_WAIT_MS, community_screen


def two_neighbours(qtbot, make_computer) -> tuple[Controller, CommunityView, Controller, CommunityView]:
    """Robin's and Ana's computers, each with a new profile and its sync service, on the Community screen."""
    robin, _ = make_computer("robin-laptop", sync_service=True)
    ana, _ = make_computer("ana-laptop", sync_service=True)
    create_profile_via_ui(qtbot, robin, "Robin")
    create_profile_via_ui(qtbot, ana, "Ana")
    return robin, community_screen(qtbot, robin), ana, community_screen(qtbot, ana)


def start(qtbot, screen: CommunityView, name: str = "Mill Road", founder: str = "Robin") -> None:
    """Start a community from "Start or join"; done once its own tab shows."""
    screen.start_page.new_name_edit.setText(name)
    screen.start_page.founder_name_edit.setText(founder)
    qtbot.mouseClick(screen.start_page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.tabs.currentWidget() is screen.community_page, timeout=WAIT_MS)


def invite(qtbot, screen: CommunityView) -> str:
    """Press "Invite someone…"; the invite's text."""
    with qtbot.waitSignal(screen.sig_invite_shown, timeout=WAIT_MS):
        qtbot.mouseClick(screen.invite_button, Qt.MouseButton.LeftButton)
    return screen.invite_card.invite_text.text()


def join_and_name(qtbot, screen: CommunityView, invite_text: str, name: str) -> None:
    """Paste *invite_text*, join, and save *name* as how the others see me."""
    screen.start_page.join_edit.setText(invite_text)
    qtbot.mouseClick(screen.start_page.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.tabs.currentWidget() is screen.community_page, timeout=SYNC_WAIT_MS)
    screen.my_name_edit.setText(name)
    qtbot.mouseClick(screen.my_name_button, Qt.MouseButton.LeftButton)
