"""First run: create a profile through the welcome form, use the plan, lock, unlock again."""

from __future__ import annotations

from PySide6.QtCore import Qt

from commons_desktop.shell.welcome_view import WelcomeView
from store import PlanSection, ProfileManager
from tests.desktop.helpers import WAIT_MS, create_profile_via_ui, unlock_via_ui, wait_for_page
from tests.support import PASSPHRASE


def add_plan_item(qtbot, plan_view, section: PlanSection, text: str, response: str = "") -> None:
    plan_view.select_section(section)
    panel = plan_view.panel
    qtbot.keyClicks(panel.new_text_edit, text)
    if response:
        qtbot.keyClicks(panel.new_response_edit, response)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: text in [i.text for i in plan_view.items(section)], timeout=WAIT_MS)


def test_create_add_lock_unlock_keeps_the_item(qtbot, make_app, manager: ProfileManager) -> None:
    controller = make_app()
    create_profile_via_ui(qtbot, controller, name="Sam")
    plan_view = controller.window.workspace_view.screen_named("plan")
    qtbot.waitUntil(
        lambda: controller.window.busy_bar.isHidden() and not controller.runner.busy, timeout=WAIT_MS
    )

    add_plan_item(qtbot, plan_view, PlanSection.TRIGGERS, "Loud rooms", "Step outside for five minutes")
    panel = plan_view.panel
    assert panel.model.rowCount() == 1
    assert panel.model.index(0, 1).data() == "Step outside for five minutes"
    assert panel.new_text_edit.text() == ""  # the add row is ready for the next item

    with qtbot.waitSignal(controller.sig_locked):
        qtbot.keyClick(controller.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Locked" in controller.window.statusBar().currentMessage(), timeout=WAIT_MS)
    unlock_via_ui(qtbot, controller)
    assert controller.window.statusBar().currentMessage() == ""  # "Locked" is stale once unlocked
    qtbot.waitUntil(lambda: bool(plan_view.items(PlanSection.TRIGGERS)), timeout=WAIT_MS)
    plan_view.select_section(PlanSection.TRIGGERS)
    assert panel.model.index(0, 0).data() == "Loud rooms"

    # Cross-check through the store itself, once the app has let go of the profile.
    controller.shutdown()
    [info] = manager.list_profiles()
    assert info.label == "Sam"
    with manager.unlock(info.profile_id, PASSPHRASE) as session:
        [item] = session.plan.items(PlanSection.TRIGGERS)
        assert (item.text, item.response) == ("Loud rooms", "Step outside for five minutes")


def test_weak_passphrase_keeps_create_disabled_and_says_why(qtbot, make_app) -> None:
    controller = make_app()
    welcome: WelcomeView = controller.window.welcome_view
    wait_for_page(qtbot, controller, welcome)

    qtbot.keyClicks(welcome.passphrase_edit, "short")
    qtbot.keyClicks(welcome.repeat_edit, "short")
    assert not welcome.create_button.isEnabled()
    assert "at least 10 characters" in welcome.meter.advice()

    welcome.passphrase_edit.clear()
    welcome.repeat_edit.clear()
    qtbot.keyClicks(welcome.passphrase_edit, "password1234")
    qtbot.keyClicks(welcome.repeat_edit, "password1234")
    assert not welcome.create_button.isEnabled()
    assert welcome.meter.verdict() in ("Very weak", "Weak")
    assert "common" in welcome.meter.advice()

    # Pressing Enter does nothing while the button is disabled.
    qtbot.keyClick(welcome.repeat_edit, Qt.Key.Key_Return)
    assert controller.window.current_page() is welcome
    assert not controller.runner.busy


def test_mismatched_repeat_keeps_create_disabled(qtbot, make_app) -> None:
    controller = make_app()
    welcome = controller.window.welcome_view
    wait_for_page(qtbot, controller, welcome)
    qtbot.keyClicks(welcome.passphrase_edit, PASSPHRASE)
    qtbot.keyClicks(welcome.repeat_edit, PASSPHRASE + "x")
    assert welcome.meter.verdict() in ("Strong", "Very strong")
    assert not welcome.create_button.isEnabled()
    assert welcome.match_label.text()
    qtbot.keyClick(welcome.repeat_edit, Qt.Key.Key_Backspace)
    assert welcome.create_button.isEnabled()
    assert not welcome.match_label.text()
