"""The demo town in the window: one click on the welcome page of a fresh install opens it (in a guest session
whose sync service keeps everything on this computer); Home explores, opens and removes it in a profile. It
is labelled as not shared wherever its name appears, refuses invites, and leaves nothing behind."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from commons_desktop.features.assets.assets_view import AssetsView
from commons_desktop.features.community.community_view import CommunityView
from commons_desktop.features.home.home_view import HomeView
from commons_desktop.shell.controller import Controller
from store import DEMO_COMMUNITY, ProfileManager
from tests.desktop.helpers import WAIT_MS, create_profile_via_ui, wait_for_page
from tests.support import PASSPHRASE

LABEL = "Millbrook Neighbours (Demo town — not shared with anyone)"


def shows_the_demo(qtbot, controller: Controller) -> CommunityView:
    """The Community screen, showing the demo town: labelled, with its people, and no invite button."""
    workspace = controller.window.workspace_view
    screen = workspace.screen_named("community")
    assert isinstance(screen, CommunityView)
    qtbot.waitUntil(lambda: workspace.pages.currentWidget() is screen, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: screen.tabs.tabText(screen.tabs.indexOf(screen.community_page)) == LABEL, timeout=WAIT_MS
    )
    assert screen.community_choice.currentText() == LABEL
    assert screen.community_choice.isVisible()  # the label shows even with one community
    qtbot.waitUntil(lambda: screen.people.count() > 5, timeout=WAIT_MS)
    assert not screen.invite_button.isVisible()
    qtbot.waitUntil(
        lambda: screen.sync_panel.summary.text().startswith("Kept on this computer only"), timeout=WAIT_MS
    )
    assert not screen.sync_panel.peers.isVisibleTo(screen)  # no "changes waiting to be sent" for a demo
    assert screen.people_panel.leave_button.text() == "Remove the demo town…"
    assert not screen.people_panel.role_button.isVisible()

    workspace.open_screen("assets")
    assets = workspace.screen_named("assets")
    assert isinstance(assets, AssetsView)
    qtbot.waitUntil(lambda: LABEL in assets.count.text(), timeout=WAIT_MS)
    assert assets.table.model().rowCount() > 10
    workspace.open_screen("community")
    return screen


def refused_invite(qtbot, controller: Controller, space: str) -> str:
    reasons: list[str] = []
    controller.sync.invite(space, lambda _: reasons.append("issued"), reasons.append)
    qtbot.waitUntil(lambda: bool(reasons), timeout=WAIT_MS)
    return reasons[0]


def remove_from_panel(qtbot, screen: CommunityView) -> None:
    panel = screen.people_panel
    qtbot.mouseClick(panel.leave_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(panel.dialog, QMessageBox), timeout=WAIT_MS)
    box = panel.dialog
    assert isinstance(box, QMessageBox)
    assert "never shared" in box.informativeText()
    (button,) = [b for b in box.findChildren(QPushButton) if b.text() == "Remove the demo town"]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_one_click_on_a_fresh_install_opens_the_demo_town_in_a_guest_session(qtbot, make_app) -> None:
    controller = make_app(sync_service=True)
    welcome = controller.window.welcome_view
    wait_for_page(qtbot, controller, welcome)  # a fresh install: no profile, the welcome page
    qtbot.mouseClick(welcome.demo_button, Qt.MouseButton.LeftButton)  # click 1 of 1
    wait_for_page(qtbot, controller, controller.window.workspace_view)
    assert controller.session_info is not None
    assert controller.session_info.guest
    screen = shows_the_demo(qtbot, controller)
    (demo,) = controller.sync.communities
    assert "guest session" in refused_invite(qtbot, controller, demo.space)

    # Nothing in a guest session leaves the computer: starting or joining a community is refused too.
    screen.start_page.new_name_edit.setText("Mill Road")
    screen.start_page.founder_name_edit.setText("Sam")
    qtbot.mouseClick(screen.start_page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "guest session" in screen.start_page.start_status.text(), timeout=WAIT_MS)

    remove_from_panel(qtbot, screen)
    qtbot.waitUntil(lambda: controller.sync.communities == (), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: screen.tabs.currentWidget() is screen.start_page, timeout=WAIT_MS)
    controller.lock()  # ends the guest session: its profile is wiped
    qtbot.waitUntil(lambda: controller.session_info is None and not controller.sync.running, timeout=WAIT_MS)


def test_home_explores_opens_and_removes_the_demo_town_leaving_nothing(
    qtbot, make_app, manager: ProfileManager
) -> None:
    controller = make_app(sync_service=True)
    create_profile_via_ui(qtbot, controller, "Sam")
    workspace = controller.window.workspace_view
    home = workspace.screen_named("home")
    assert isinstance(home, HomeView)
    card = home.demo_card
    qtbot.waitUntil(card.explore_button.isEnabled, timeout=WAIT_MS)
    assert card.explore_button.text().replace("&", "") == "Explore a demo town"
    assert not card.remove_button.isVisible()
    qtbot.mouseClick(card.explore_button, Qt.MouseButton.LeftButton)
    shows_the_demo(qtbot, controller)
    (demo,) = controller.sync.communities
    assert demo.demo
    assert "not shared with anyone" in refused_invite(qtbot, controller, demo.space)

    workspace.open_screen("home")
    qtbot.waitUntil(
        lambda: card.explore_button.text().replace("&", "") == "Open the demo town", timeout=WAIT_MS
    )
    qtbot.mouseClick(card.explore_button, Qt.MouseButton.LeftButton)  # the same one again, not a second
    shows_the_demo(qtbot, controller)
    assert [c.space for c in controller.sync.communities] == [demo.space]

    workspace.open_screen("home")
    qtbot.waitUntil(card.remove_button.isVisible, timeout=WAIT_MS)
    qtbot.mouseClick(card.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: card.confirm_box is not None, timeout=WAIT_MS)
    assert card.confirm_box is not None
    (button,) = [b for b in card.confirm_box.findChildren(QPushButton) if b.text() == "Remove the demo town"]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.sync.communities == (), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not card.remove_button.isVisible(), timeout=WAIT_MS)

    profile_id = controller.session_info.profile_id if controller.session_info else ""
    controller.lock()
    qtbot.waitUntil(lambda: not controller.sync.running, timeout=WAIT_MS)
    qtbot.wait(500)
    session = manager.unlock(profile_id, PASSPHRASE)
    try:
        assert session.spaces.spaces() == []
        assert session.documents.load_document(bytes.fromhex(demo.space)) is None
        assert session.settings.get(DEMO_COMMUNITY) == ""
    finally:
        session.lock()
