"""Settings: auto-lock time and theme are saved per profile and apply at once; the passphrase can change."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from commons_desktop.shell.controller import Controller
from commons_desktop.shell.dialogs.settings_dialog import SettingsDialog
from store import AUTO_LOCK_MINUTES, THEME, ProfileManager, WrongPassphraseError
from tests.desktop.helpers import WAIT_MS, seed_profile, unlock_via_ui, wait_for_page
from tests.desktop.test_accessibility import unlabelled
from tests.support import PASSPHRASE

NEW_PASSPHRASE = "quiet meadow copper kettle"


def _unlock_and_open_settings(
    qtbot, make_app, manager: ProfileManager
) -> tuple[str, Controller, SettingsDialog]:
    """A seeded profile, unlocked through the UI, with its settings dialog open."""
    profile_id = seed_profile(manager)
    controller = make_app()
    unlock_via_ui(qtbot, controller)
    dialog = controller.open_settings()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    return profile_id, controller, dialog


def test_auto_lock_and_theme_are_saved_and_applied(qtbot, make_app, manager: ProfileManager) -> None:
    profile_id, controller, dialog = _unlock_and_open_settings(qtbot, make_app, manager)
    assert dialog.auto_lock_spin.value() == AUTO_LOCK_MINUTES.default
    dialog.auto_lock_spin.setValue(12)
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.idle._timeout_ms == 12 * 60_000, timeout=WAIT_MS)
    assert controller.app.palette().window().color().lightness() < 100  # dark

    controller.shutdown()
    with manager.unlock(profile_id, PASSPHRASE) as session:
        assert (session.settings.get(AUTO_LOCK_MINUTES), session.settings.get(THEME)) == (12, "dark")


def test_change_passphrase(qtbot, make_app, manager: ProfileManager) -> None:
    profile_id, controller, dialog = _unlock_and_open_settings(qtbot, make_app, manager)
    assert dialog.passphrase_group.isVisible()

    qtbot.keyClicks(dialog.current_edit, "not my passphrase")
    qtbot.keyClicks(dialog.new_edit, NEW_PASSPHRASE)
    assert not dialog.change_button.isEnabled()  # not repeated yet
    qtbot.keyClicks(dialog.repeat_edit, NEW_PASSPHRASE)
    assert dialog.change_button.isEnabled()
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "does not unlock" in dialog.passphrase_status.text(), timeout=WAIT_MS)

    dialog.current_edit.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Passphrase changed" in dialog.passphrase_status.text(), timeout=WAIT_MS)
    assert dialog.new_edit.text() == ""

    controller.lock()
    wait_for_page(qtbot, controller, controller.window.unlock_view)
    unlock_via_ui(qtbot, controller, NEW_PASSPHRASE)
    controller.shutdown()
    with pytest.raises(WrongPassphraseError):
        manager.unlock(profile_id, PASSPHRASE)


def test_guests_have_no_passphrase_to_change(qtbot, make_app) -> None:
    controller = make_app()
    wait_for_page(qtbot, controller, controller.window.welcome_view)
    qtbot.mouseClick(controller.window.welcome_view.guest_button, Qt.MouseButton.LeftButton)
    wait_for_page(qtbot, controller, controller.window.workspace_view)
    dialog = controller.open_settings()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    assert not dialog.passphrase_group.isVisible()


def test_every_settings_control_is_named(qtbot, make_app, manager: ProfileManager) -> None:
    _, _, dialog = _unlock_and_open_settings(qtbot, make_app, manager)
    assert unlabelled(dialog) == []


def test_delete_profile_needs_the_passphrase(qtbot, make_app, manager: ProfileManager, monkeypatch) -> None:
    profile_id, controller, dialog = _unlock_and_open_settings(qtbot, make_app, manager)
    directory = manager.profile_dir(profile_id)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)

    qtbot.keyClicks(dialog.delete_edit, "not my passphrase")
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "does not unlock" in dialog.delete_status.text(), timeout=WAIT_MS)
    assert directory.exists()

    dialog.delete_edit.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    wait_for_page(qtbot, controller, controller.window.welcome_view)  # no profile left
    assert not directory.exists()
    assert manager.list_profiles() == []
