"""Every control of every screen can be reached with the keyboard alone: Tab (Ctrl+Tab out of a text box) from
the sidebar visits each visible, enabled control that takes focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from store import ProfileManager
from tests.desktop.helpers import WAIT_MS, seed_profile, unlock_via_ui

SCREENS = ("home", "plan", "checkin", "contributions", "support")


def focusable(page: QWidget) -> set[QWidget]:
    """The controls of *page* a person could use now: shown, enabled, and taking focus from Tab."""
    return {
        w
        for w in page.findChildren(QWidget)
        if w.isVisibleTo(page)
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
        and not w.isWindow()
    }


def visit_with_tab(qtbot, start: QWidget, presses: int) -> set[QWidget]:
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen: set[QWidget] = set()
    for _ in range(presses):
        current = QApplication.focusWidget()
        if current is None:
            break
        seen.add(current)
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is current:  # a text box keeps Tab for itself: Ctrl+Tab leaves it
            qtbot.keyClick(current, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    return seen


@pytest.mark.parametrize("screen", SCREENS)
def test_every_control_is_reachable_with_tab(qtbot, make_app, manager: ProfileManager, screen: str) -> None:
    seed_profile(manager, "Sam", ("Walk by the canal",))
    controller = make_app()
    home = controller.window.workspace_view.screen_named("home")
    with qtbot.waitSignal(home.sig_loaded, timeout=WAIT_MS):
        unlock_via_ui(qtbot, controller)
    workspace = controller.window.workspace_view
    workspace.open_screen(screen)
    page = workspace.pages.currentWidget()
    assert page is not None
    controller.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=WAIT_MS)
    wanted = focusable(page)
    assert wanted, "a screen with nothing to use"
    seen = visit_with_tab(qtbot, workspace.sidebar, 3 * len(wanted) + 20)
    missed = sorted(f"{type(w).__name__} {w.accessibleName()!r}" for w in wanted - seen)
    assert missed == []
    assert workspace.sidebar in seen  # the walk went round the window, not just round the screen


def test_the_walk_notices_a_control_left_out_of_the_tab_order(
    qtbot, make_app, manager: ProfileManager
) -> None:
    """The check itself can fail: a control Tab never reaches is reported."""
    seed_profile(manager, "Sam")
    controller = make_app()
    unlock_via_ui(qtbot, controller)
    workspace = controller.window.workspace_view
    workspace.open_screen("home")
    controller.window.activateWindow()
    page = workspace.screen_named("home")
    stray = page.sync_card.button
    assert stray is not None
    stray.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # clickable, but off the Tab chain
    wanted = focusable(page) | {stray}
    seen = visit_with_tab(qtbot, workspace.sidebar, 3 * len(wanted) + 20)
    assert stray not in seen
    assert len(seen & wanted) >= 4


def tab_order(qtbot, start: QWidget, presses: int) -> list[QWidget]:
    start.setFocus(Qt.FocusReason.TabFocusReason)
    order: list[QWidget] = []
    for _ in range(presses):
        current = QApplication.focusWidget()
        assert current is not None
        order.append(current)
        qtbot.keyClick(current, Qt.Key.Key_Tab)
    return order


@pytest.mark.parametrize("drop_in", [False, True])
def test_the_profile_picker_tabs_in_reading_order(
    qtbot, make_app, manager: ProfileManager, drop_in: bool
) -> None:
    """Top to bottom, left to right; in drop-in mode the guest button sits on top, and comes first."""
    seed_profile(manager, "Sam")
    controller = make_app()
    unlock = controller.window.unlock_view
    qtbot.waitUntil(lambda: controller.window.current_page() is unlock, timeout=WAIT_MS)
    unlock.set_drop_in(drop_in)
    unlock.profile_list.setCurrentRow(0)
    unlock.passphrase_edit.setText("typed")  # the Unlock button takes focus once there is something to unlock
    controller.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=WAIT_MS)
    reading = [
        unlock.profile_list,
        unlock.passphrase_edit,
        unlock.unlock_button,
        unlock.create_button,
        unlock.guest_button,
        unlock.import_button,
        unlock.receive_button,
    ]
    if drop_in:
        reading.remove(unlock.guest_button)
        reading.insert(0, unlock.guest_button)
    assert tab_order(qtbot, reading[0], len(reading)) == reading


UNLOCKED_DIALOGS = ("settings", "export", "handoff", "about", "need_support")
LOCKED_DIALOGS = ("import", "receive")


@pytest.mark.parametrize("name", UNLOCKED_DIALOGS + LOCKED_DIALOGS)
def test_every_control_of_every_dialog_is_reachable_with_tab(
    qtbot, make_app, manager: ProfileManager, name: str
) -> None:
    seed_profile(manager, "Sam")
    controller = make_app()
    if name in UNLOCKED_DIALOGS:
        unlock_via_ui(qtbot, controller)
    else:
        qtbot.waitUntil(
            lambda: controller.window.current_page() is controller.window.unlock_view, timeout=WAIT_MS
        )
    opener = {
        "settings": controller.open_settings,
        "export": controller.open_export,
        "handoff": controller.open_handoff,
        "about": controller.open_about,
        "need_support": controller.ask_for_support,
        "import": controller.open_import,
        "receive": controller.open_receive,
    }[name]
    dialog = opener()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    dialog.raise_()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WAIT_MS)
    wanted = focusable(dialog)
    assert wanted, "a dialog with nothing to use"
    first = dialog.focusWidget() or dialog.nextInFocusChain()
    seen = visit_with_tab(qtbot, first, 3 * len(wanted) + 20)
    missed = sorted(f"{type(w).__name__} {w.accessibleName()!r}" for w in wanted - seen)
    assert missed == []
    dialog.close()


def test_every_screen_is_a_key_away(qtbot, make_app, manager: ProfileManager) -> None:
    """Ctrl+1 … Ctrl+9 reach the first nine screens; Ctrl+Page Down and Page Up step through all of them, the
    ones past the ninth too, and wrap around."""
    seed_profile(manager, "Sam", ("Walk by the canal",))
    controller = make_app()
    home = controller.window.workspace_view.screen_named("home")
    with qtbot.waitSignal(home.sig_loaded, timeout=WAIT_MS):
        unlock_via_ui(qtbot, controller)
    workspace = controller.window.workspace_view
    screens = workspace.sidebar.count()
    assert screens > 9
    qtbot.keyClick(workspace.sidebar, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert workspace.pages.currentIndex() == 8
    for expected in [*range(9, screens), 0]:
        qtbot.keyClick(workspace.sidebar, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
        assert workspace.pages.currentIndex() == expected
    qtbot.keyClick(workspace.sidebar, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert workspace.pages.currentIndex() == screens - 1
    assert "Ctrl+10" not in workspace.sidebar.item(9).toolTip()
