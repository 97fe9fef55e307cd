"""The unlock screen: the picker, a wrong passphrase, and creating another profile from there."""

from __future__ import annotations

from PySide6.QtCore import Qt

from store import ProfileManager, WrongPassphraseError
from tests.desktop.helpers import WAIT_MS, seed_profile, unlock_via_ui, wait_for_page


def test_wrong_passphrase_shows_the_message_and_stays(qtbot, make_app, manager: ProfileManager) -> None:
    seed_profile(manager, "Sam")
    other = seed_profile(manager, "Alex")
    controller = make_app()
    unlock = controller.window.unlock_view
    wait_for_page(qtbot, controller, unlock)
    assert unlock.profile_list.count() == 2
    unlock.profile_list.setCurrentRow(0)  # sorted by label: Alex first
    assert unlock.selected_profile_id() == other

    qtbot.keyClicks(unlock.passphrase_edit, "not the right words at all")
    qtbot.keyClick(unlock.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: unlock.error_label.isVisible(), timeout=WAIT_MS)

    assert unlock.error_label.text() == str(WrongPassphraseError())
    assert controller.window.current_page() is unlock
    assert not controller.unlocked
    assert unlock.selected_profile_id() == other  # the picker keeps its choice
    assert unlock.passphrase_edit.isEnabled()
    assert unlock.passphrase_edit.selectedText() == "not the right words at all"  # ready to retype

    unlock.passphrase_edit.clear()
    unlock_via_ui(qtbot, controller)
    assert controller.session_info is not None
    assert controller.session_info.profile_id == other
    assert not unlock.error_label.isVisible()
    assert unlock.passphrase_edit.text() == ""  # the passphrase does not linger in a hidden field


def test_guest_profiles_are_not_listed(qtbot, make_app, manager: ProfileManager) -> None:
    seed_profile(manager, "Sam")
    controller = make_app()
    unlock = controller.window.unlock_view
    wait_for_page(qtbot, controller, unlock)
    qtbot.mouseClick(unlock.guest_button, Qt.MouseButton.LeftButton)
    wait_for_page(qtbot, controller, controller.window.workspace_view)
    assert len(manager.list_profiles()) == 2  # the live guest exists on disk...
    controller.window.unlock_view.set_profiles(manager.list_profiles())
    assert unlock.profile_list.count() == 1  # ...but is never offered in the picker


def test_create_another_profile_and_go_back(qtbot, make_app, manager: ProfileManager) -> None:
    seed_profile(manager, "Sam")
    controller = make_app()
    unlock, welcome = controller.window.unlock_view, controller.window.welcome_view
    wait_for_page(qtbot, controller, unlock)
    qtbot.mouseClick(unlock.create_button, Qt.MouseButton.LeftButton)
    assert controller.window.current_page() is welcome
    assert welcome.back_button.isVisible()
    qtbot.keyClick(welcome.name_edit, Qt.Key.Key_Escape)
    wait_for_page(qtbot, controller, unlock)
