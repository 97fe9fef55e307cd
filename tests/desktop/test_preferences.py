"""Per-profile preferences the window follows: geometry, theme and the auto-lock time."""

from __future__ import annotations

import base64

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

from store import AUTO_LOCK_MINUTES, THEME, WINDOW_GEOMETRY, ProfileManager
from tests.desktop.helpers import WAIT_MS, seed_profile, unlock_via_ui, wait_for_page
from tests.support import PASSPHRASE


def test_window_geometry_is_remembered_per_profile(
    qtbot, make_app, manager: ProfileManager, monkeypatch
) -> None:
    profile_id = seed_profile(manager, "Sam")
    controller = make_app()
    unlock_via_ui(qtbot, controller)
    controller.window.resize(1010, 700)
    with qtbot.waitSignal(controller.sig_locked):
        controller.lock()
    wait_for_page(qtbot, controller, controller.window.unlock_view)
    controller.shutdown()

    with manager.unlock(profile_id, PASSPHRASE) as session:
        saved = base64.b64decode(session.settings.get(WINDOW_GEOMETRY), validate=True)
    assert QWidget().restoreGeometry(QByteArray(saved))

    # The offscreen screen is smaller than the window's minimum size, so Qt would clamp a real restore:
    # check that the next unlock hands exactly the saved geometry to the window.
    again = make_app()
    restored: list[bytes] = []
    monkeypatch.setattr(
        again.window, "restoreGeometry", lambda data: restored.append(bytes(data.data())) or True
    )
    unlock_via_ui(qtbot, again)
    qtbot.waitUntil(lambda: bool(restored), timeout=WAIT_MS)
    assert restored == [saved]


def test_dark_theme_applies_while_unlocked(qtbot, make_app, manager: ProfileManager) -> None:
    profile_id = seed_profile(manager, "Sam")
    with manager.unlock(profile_id, PASSPHRASE) as session:
        session.settings.set(THEME, "dark")
    controller = make_app()

    def window_colour() -> str:
        return QApplication.palette().color(QPalette.ColorRole.Window).name()

    light = window_colour()
    unlock_via_ui(qtbot, controller)
    qtbot.waitUntil(lambda: window_colour() == "#202124", timeout=WAIT_MS)
    controller.lock()
    assert window_colour() == light  # the unlock screen belongs to no profile


def test_auto_lock_minutes_setting_is_used(qtbot, make_app, manager: ProfileManager) -> None:
    profile_id = seed_profile(manager, "Sam")
    with manager.unlock(profile_id, PASSPHRASE) as session:
        session.settings.set(AUTO_LOCK_MINUTES, 0)
    controller = make_app()  # no override: the profile's setting decides
    with qtbot.waitSignal(
        controller.window.workspace_view.screen_named("plan").sig_plan_loaded, timeout=WAIT_MS
    ):
        unlock_via_ui(qtbot, controller)
    qtbot.waitUntil(lambda: not controller.runner.busy, timeout=WAIT_MS)
    assert not controller.idle.active  # 0 minutes = never

    controller.lock()
    unlock_via_ui(qtbot, controller)  # and again after a lock
    qtbot.waitUntil(lambda: not controller.runner.busy, timeout=WAIT_MS)
    assert not controller.idle.active
