"""Guest sessions: no passphrase, and ending the session wipes the profile from disk."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from store import PlanSection, ProfileManager
from tests.desktop.helpers import WAIT_MS, wait_for_page


def test_end_guest_session_wipes_the_profile(qtbot, make_app, manager: ProfileManager, monkeypatch) -> None:
    controller = make_app()
    window = controller.window
    wait_for_page(qtbot, controller, window.welcome_view)
    qtbot.mouseClick(window.welcome_view.guest_button, Qt.MouseButton.LeftButton)
    wait_for_page(qtbot, controller, window.workspace_view)
    info = controller.session_info
    assert info is not None
    assert info.guest
    guest_dir = manager.root / info.profile_id
    assert guest_dir.is_dir()
    assert window.end_session_action.isVisible()
    assert not window.lock_action.isVisible()

    plan_view = window.workspace_view.screen_named("plan")
    qtbot.keyClicks(plan_view.panel.new_text_edit, "Tea with the drop-in volunteers")
    qtbot.keyClick(plan_view.panel.new_text_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(plan_view.items(PlanSection.TOOLBOX)), timeout=WAIT_MS)

    asked: list[str] = []

    def answer_yes(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    with qtbot.waitSignal(controller.sig_locked, timeout=WAIT_MS):
        window.end_session_action.trigger()
    assert asked, "ending a guest session asks first"
    wait_for_page(qtbot, controller, window.welcome_view)  # no personal profiles: back to welcome
    assert not guest_dir.exists()
    assert [p for p in manager.list_profiles() if p.guest] == []
    assert plan_view.panel.model.rowCount() == 0


def test_cancelling_the_confirmation_keeps_the_session(qtbot, make_app, monkeypatch) -> None:
    controller = make_app()
    window = controller.window
    wait_for_page(qtbot, controller, window.welcome_view)
    qtbot.mouseClick(window.welcome_view.guest_button, Qt.MouseButton.LeftButton)
    wait_for_page(qtbot, controller, window.workspace_view)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    window.end_session_action.trigger()
    assert controller.unlocked
    assert window.current_page() is window.workspace_view


def test_closing_the_app_wipes_a_live_guest(qtbot, make_app, manager: ProfileManager) -> None:
    controller = make_app()
    window = controller.window
    wait_for_page(qtbot, controller, window.welcome_view)
    qtbot.mouseClick(window.welcome_view.guest_button, Qt.MouseButton.LeftButton)
    wait_for_page(qtbot, controller, window.workspace_view)
    assert controller.session_info is not None
    guest_dir = manager.root / controller.session_info.profile_id
    window.close()  # what the window manager's close button does
    assert not guest_dir.exists()
