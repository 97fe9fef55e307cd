"""Drop-in mode on a shared laptop: no profile chosen, guests first, auto-lock within 5 minutes, close locks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt

from commons_desktop.shell.controller import Controller
from commons_desktop.shell.dialogs.settings_dialog import SettingsDialog
from store import AUTO_LOCK_MINUTES, WINDOW_GEOMETRY, MachineSettings, ProfileManager
from store.machine import MACHINE_FILE
from tests.desktop.helpers import WAIT_MS, seed_profile, wait_for_page
from tests.desktop.test_accessibility import unlabelled
from tests.support import PASSPHRASE

FIVE_MINUTES_MS = 5 * 60_000


def _seed_with_auto_lock(manager: ProfileManager, name: str, minutes: int) -> str:
    profile_id = seed_profile(manager, name)
    with manager.unlock(profile_id, PASSPHRASE) as session:
        session.settings.set(AUTO_LOCK_MINUTES, minutes)
    return profile_id


def _pick_and_unlock(qtbot, controller: Controller, profile_id: str) -> None:
    unlock = controller.window.unlock_view
    wait_for_page(qtbot, controller, unlock)
    row = next(
        i
        for i in range(unlock.profile_list.count())
        if unlock.profile_list.item(i).data(Qt.ItemDataRole.UserRole) == profile_id
    )
    unlock.profile_list.setCurrentRow(row)
    qtbot.keyClicks(unlock.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(unlock.passphrase_edit, Qt.Key.Key_Return)
    wait_for_page(qtbot, controller, controller.window.workspace_view)


def _open_settings(qtbot, controller: Controller) -> SettingsDialog:
    dialog = controller.open_settings()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    return dialog


def test_the_picker_chooses_nobody_and_offers_a_guest_session_first(
    qtbot, make_app, manager: ProfileManager, data_dir: Path
) -> None:
    MachineSettings(data_dir).drop_in = True
    sam = seed_profile(manager, "Sam")
    seed_profile(manager, "Alex")
    controller = make_app()
    unlock = controller.window.unlock_view
    wait_for_page(qtbot, controller, unlock)

    assert controller.drop_in
    assert unlock.drop_in_box.isVisible()
    assert unlock.selected_profile_id() is None
    assert unlock.profile_list.selectedItems() == []
    guest_at = unlock.guest_button.mapTo(unlock, QPoint(0, 0)).y()
    assert guest_at < unlock.profile_list.mapTo(unlock, QPoint(0, 0)).y()  # above the profiles
    assert unlock.guest_button.hasFocus() or not controller.window.isActiveWindow()
    assert unlabelled(unlock) == []
    qtbot.keyClicks(unlock.passphrase_edit, PASSPHRASE)
    assert not unlock.unlock_button.isEnabled()  # a profile must be chosen first
    unlock.passphrase_edit.clear()

    _pick_and_unlock(qtbot, controller, sam)
    controller.lock()
    wait_for_page(qtbot, controller, unlock)
    qtbot.waitUntil(lambda: unlock.profile_list.count() == 2, timeout=WAIT_MS)
    assert unlock.selected_profile_id() is None  # the last person's profile is not remembered

    # The guest button works from its new place.
    qtbot.mouseClick(unlock.guest_button, Qt.MouseButton.LeftButton)
    wait_for_page(qtbot, controller, controller.window.workspace_view)
    info = controller.session_info
    assert info is not None
    assert info.guest


def test_auto_lock_is_at_most_five_minutes(qtbot, make_app, manager: ProfileManager, data_dir: Path) -> None:
    relaxed = _seed_with_auto_lock(manager, "Relaxed", 30)
    never = _seed_with_auto_lock(manager, "Never", 0)
    controller = make_app()  # no idle override: the profile's own setting applies

    _pick_and_unlock(qtbot, controller, relaxed)
    qtbot.waitUntil(lambda: controller.idle._timeout_ms == 30 * 60_000, timeout=WAIT_MS)  # not drop-in yet
    controller.lock()

    MachineSettings(data_dir).drop_in = True
    controller.show_profiles()
    qtbot.waitUntil(lambda: controller.drop_in, timeout=WAIT_MS)
    _pick_and_unlock(qtbot, controller, relaxed)
    qtbot.waitUntil(lambda: controller.idle._timeout_ms == FIVE_MINUTES_MS, timeout=WAIT_MS)
    controller.lock()
    _pick_and_unlock(qtbot, controller, never)
    qtbot.waitUntil(lambda: controller.idle._timeout_ms == FIVE_MINUTES_MS, timeout=WAIT_MS)

    # Saving a longer time in Settings keeps the cap; the profile keeps its own choice for other computers.
    dialog = _open_settings(qtbot, controller)
    dialog.auto_lock_spin.setValue(60)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: "Settings saved" in controller.window.statusBar().currentMessage(), timeout=WAIT_MS
    )
    assert controller.idle._timeout_ms == FIVE_MINUTES_MS
    controller.shutdown()
    with manager.unlock(never, PASSPHRASE) as session:
        assert session.settings.get(AUTO_LOCK_MINUTES) == 60


def test_turning_drop_in_on_and_off_in_settings(
    qtbot, make_app, manager: ProfileManager, data_dir: Path
) -> None:
    sam = _seed_with_auto_lock(manager, "Sam", 12)
    controller = make_app()
    _pick_and_unlock(qtbot, controller, sam)
    qtbot.waitUntil(lambda: controller.idle._timeout_ms == 12 * 60_000, timeout=WAIT_MS)

    dialog = _open_settings(qtbot, controller)
    assert dialog.machine_group.isVisible()
    assert not dialog.drop_in_check.isChecked()
    assert unlabelled(dialog) == []
    dialog.drop_in_check.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: MachineSettings(data_dir).drop_in, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: controller.idle._timeout_ms == FIVE_MINUTES_MS, timeout=WAIT_MS)
    assert controller.drop_in
    assert (data_dir / MACHINE_FILE).read_text("utf-8").strip().startswith("{")  # plain, not personal

    controller.lock()
    unlock = controller.window.unlock_view
    wait_for_page(qtbot, controller, unlock)
    assert unlock.drop_in_box.isVisible()
    assert unlock.selected_profile_id() is None

    _pick_and_unlock(qtbot, controller, sam)
    dialog = _open_settings(qtbot, controller)
    assert dialog.drop_in_check.isChecked()
    dialog.drop_in_check.setChecked(False)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not MachineSettings(data_dir).drop_in, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: controller.idle._timeout_ms == 12 * 60_000, timeout=WAIT_MS)
    controller.lock()
    wait_for_page(qtbot, controller, unlock)
    assert not unlock.drop_in_box.isVisible()
    assert unlock.selected_profile_id() == sam  # remembered again outside drop-in mode


def test_closing_the_window_locks(qtbot, make_app, manager: ProfileManager, data_dir: Path) -> None:
    MachineSettings(data_dir).drop_in = True
    sam = seed_profile(manager, "Sam")
    controller = make_app()
    _pick_and_unlock(qtbot, controller, sam)
    directory = manager.profile_dir(sam)
    assert (directory / "profile.db-wal").exists()  # open

    controller.window.close()  # what the window manager's close button does
    assert controller.session_info is None
    assert not (directory / "profile.db-wal").exists()  # checkpointed and closed: locked
    with manager.unlock(sam, PASSPHRASE) as session:
        assert session.settings.get(WINDOW_GEOMETRY)  # the lock ran its last save first


def test_a_damaged_machine_file_means_no_drop_in(
    qtbot, make_app, manager: ProfileManager, data_dir: Path
) -> None:
    sam = seed_profile(manager, "Sam")
    (data_dir / MACHINE_FILE).write_bytes(b"\x00{ not json")
    controller = make_app()
    unlock = controller.window.unlock_view
    wait_for_page(qtbot, controller, unlock)
    assert not controller.drop_in
    assert not unlock.drop_in_box.isVisible()
    assert unlock.selected_profile_id() == sam


def test_guests_cannot_change_drop_in(qtbot, make_app, data_dir: Path) -> None:
    MachineSettings(data_dir).drop_in = True
    controller = make_app()
    wait_for_page(qtbot, controller, controller.window.welcome_view)
    qtbot.mouseClick(controller.window.welcome_view.guest_button, Qt.MouseButton.LeftButton)
    wait_for_page(qtbot, controller, controller.window.workspace_view)
    dialog = _open_settings(qtbot, controller)
    assert not dialog.machine_group.isVisible()
    qtbot.waitUntil(lambda: controller.idle._timeout_ms == FIVE_MINUTES_MS, timeout=WAIT_MS)
