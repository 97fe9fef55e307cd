"""People and roles in the window, with two real windows (two profiles, two real sync services on loopback):
the admin makes the other an admin and back, then removes her; both windows show each step, and the removed
window's community says she was removed and lets her delete her copy. A member sees no admin actions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from commons_desktop.features.community.community_view import CommunityView
from commons_desktop.features.community.people_panel import SEPARATOR, RoleDialog
from commons_desktop.service import protocol
from commons_desktop.service.process import SyncServiceProcess
from commons_desktop.shell.controller import Controller
from store import ProfileManager
from sync import membership
from sync.identity import DeviceKeys
from sync.ports import device_keys_from
from sync.spaces import Space, SpaceKeyring
from tests.desktop.community_flows import invite, join_and_name, start, two_neighbours
from tests.desktop.helpers import WAIT_MS, unlock_via_ui
from tests.desktop.test_community import SYNC_WAIT_MS, community_screen, people
from tests.support import FAST_KDF, PASSPHRASE


def lines(screen: CommunityView) -> list[str]:
    """Each person as shown: name and role, then devices."""
    return [screen.people.item(n).text().replace(SEPARATOR, " | ") for n in range(screen.people.count())]


def choose(qtbot, screen: CommunityView, name: str) -> None:
    qtbot.waitUntil(lambda: any(t.startswith(name) for t in people(screen)), timeout=SYNC_WAIT_MS)
    row = next(n for n, t in enumerate(people(screen)) if t.startswith(name))
    screen.people.setCurrentRow(row)


def accept_question(qtbot, screen: CommunityView, action: str) -> str:
    """Accept the question the panel opened with its *action* button; returns the question's whole text."""
    panel = screen.people_panel
    qtbot.waitUntil(lambda: isinstance(panel.dialog, QMessageBox), timeout=WAIT_MS)
    box = panel.dialog
    assert isinstance(box, QMessageBox)
    text = f"{box.text()} {box.informativeText()}"
    (button,) = [b for b in box.findChildren(QPushButton) if b.text() == action]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return text


def robin_and_ana(qtbot, make_computer) -> tuple[Controller, Controller, CommunityView, CommunityView]:
    """Robin's "Mill Road" with Ana in it (joined with the pasted invite), both named."""
    robin, robin_screen, ana, ana_screen = two_neighbours(qtbot, make_computer)
    start(qtbot, robin_screen)
    qtbot.waitUntil(lambda: people(robin_screen) == ["Robin (admin) — you"], timeout=WAIT_MS)
    join_and_name(qtbot, ana_screen, invite(qtbot, robin_screen), "Ana")
    qtbot.waitUntil(lambda: people(robin_screen) == ["Ana", "Robin (admin) — you"], timeout=SYNC_WAIT_MS)
    qtbot.waitUntil(lambda: people(ana_screen) == ["Ana — you", "Robin (admin)"], timeout=SYNC_WAIT_MS)
    return robin, ana, robin_screen, ana_screen


def test_an_admin_s_role_change_and_removal_reach_both_windows(qtbot, make_computer) -> None:
    _, ana, robin_screen, ana_screen = robin_and_ana(qtbot, make_computer)
    assert lines(robin_screen) == ["Ana | 1 device", "Robin (admin) — you | 1 device"]
    assert not robin_screen.people_panel.key_note.isVisible()  # both devices have hybrid keys: nothing to say
    panel, ana_panel = robin_screen.people_panel, ana_screen.people_panel
    assert panel.role_button.isVisible()
    assert panel.remove_button.isVisible()
    assert not ana_panel.role_button.isVisible()
    assert not ana_panel.remove_button.isVisible()
    assert ana_panel.leave_button.isVisible()

    # Robin makes Ana an admin: both windows show it, and Ana's window now offers her the admin actions.
    choose(qtbot, robin_screen, "Ana")
    qtbot.mouseClick(panel.role_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(panel.dialog, RoleDialog), timeout=WAIT_MS)
    dialog = panel.dialog
    assert isinstance(dialog, RoleDialog)
    assert dialog.member_choice.isChecked()
    dialog.admin_choice.setChecked(True)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: "Ana (admin)" in people(robin_screen), timeout=SYNC_WAIT_MS)
    qtbot.waitUntil(lambda: "Ana (admin) — you" in people(ana_screen), timeout=SYNC_WAIT_MS)
    qtbot.waitUntil(ana_panel.role_button.isVisible, timeout=SYNC_WAIT_MS)
    assert ana_screen.invite_button.isVisible()

    # …and a member again.
    choose(qtbot, robin_screen, "Ana")
    qtbot.mouseClick(panel.role_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(panel.dialog, RoleDialog), timeout=WAIT_MS)
    assert isinstance(panel.dialog, RoleDialog)
    panel.dialog.member_choice.setChecked(True)
    panel.dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: "Ana — you" in people(ana_screen), timeout=SYNC_WAIT_MS)
    qtbot.waitUntil(lambda: "Ana" in people(robin_screen), timeout=SYNC_WAIT_MS)
    qtbot.waitUntil(lambda: not ana_panel.role_button.isVisible(), timeout=SYNC_WAIT_MS)

    # Robin removes Ana: the dialog says what changes; both windows show her removed.
    choose(qtbot, robin_screen, "Ana")
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    said = accept_question(qtbot, robin_screen, "Remove Ana")
    assert "new key" in said
    assert "keep the copy they already have" in said
    qtbot.waitUntil(lambda: "Ana | removed from the community" in lines(robin_screen), timeout=SYNC_WAIT_MS)
    qtbot.waitUntil(ana_panel.removed_note.isVisible, timeout=SYNC_WAIT_MS)
    assert "removed you" in ana_panel.removed_note.text()
    assert "you were removed" in ana_screen.tabs.tabText(ana_screen.tabs.indexOf(ana_screen.community_page))
    qtbot.waitUntil(
        lambda: "Ana — you | removed from the community" in lines(ana_screen), timeout=SYNC_WAIT_MS
    )
    assert ana_panel.leave_button.text() == "Delete my copy…"
    assert not ana_screen.my_name_button.isEnabled()

    # Ana deletes her copy: her window has no community left.
    qtbot.mouseClick(ana_panel.leave_button, Qt.MouseButton.LeftButton)
    accept_question(qtbot, ana_screen, "Leave and delete my copy")
    qtbot.waitUntil(lambda: ana.sync.communities == (), timeout=SYNC_WAIT_MS)
    qtbot.waitUntil(lambda: ana_screen.tabs.currentWidget() is ana_screen.start_page, timeout=WAIT_MS)
    assert "deleted" in ana_screen.start_page.start_status.text()


def test_a_member_who_leaves_is_asked_first_and_the_admin_keeps_everything(qtbot, make_computer) -> None:
    robin, ana, robin_screen, ana_screen = robin_and_ana(qtbot, make_computer)
    panel = ana_screen.people_panel
    qtbot.mouseClick(panel.leave_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(panel.dialog, QMessageBox), timeout=WAIT_MS)
    assert isinstance(panel.dialog, QMessageBox)
    assert "Mill Road" in panel.dialog.text()
    panel.dialog.reject()  # Cancel: nothing happens
    qtbot.wait(200)
    assert [c.space for c in ana.sync.communities] == [c.space for c in robin.sync.communities]
    qtbot.mouseClick(panel.leave_button, Qt.MouseButton.LeftButton)
    said = accept_question(qtbot, ana_screen, "Leave and delete my copy")
    assert "The others keep everything" in said
    qtbot.waitUntil(lambda: ana.sync.communities == (), timeout=SYNC_WAIT_MS)
    assert len(robin.sync.communities) == 1
    assert people(robin_screen) == ["Ana", "Robin (admin) — you"]  # nobody was told


def test_the_people_panel_says_how_many_devices_still_use_the_older_key_protection(
    qtbot, make_computer, tmp_path: Path
) -> None:
    """Robin's community holds a device from before hybrid keys: the panel says so in one plain sentence; a
    community where every device has one says nothing."""
    manager = ProfileManager(tmp_path / "robin-laptop", FAST_KDF)
    with manager.create("Robin", PASSPHRASE) as session:
        service = SyncServiceProcess(manager.data_dir, session.profile_id, session.database_key())
        try:
            service.start()
            space = service.request(protocol.CreateCommunity("Mill Road", my_name="Robin"))
        finally:
            service.stop()
        keys = device_keys_from(session.identity)
        held = Space.load(bytes.fromhex(space), keys, session.spaces, SpaceKeyring())
        held.add(DeviceKeys.generate(hybrid=False).card, membership.Role.MEMBER, now=dt.datetime.now(dt.UTC))
    robin, _ = make_computer("robin-laptop", sync_service=True)
    unlock_via_ui(qtbot, robin)
    screen = community_screen(qtbot, robin)
    qtbot.waitUntil(lambda: screen.tabs.currentWidget() is screen.community_page, timeout=WAIT_MS)
    note = screen.people_panel.key_note
    qtbot.waitUntil(note.isVisible, timeout=SYNC_WAIT_MS)
    assert "1 device" in note.text()
    assert "still use the older key protection; they will update when next opened." in note.text()
