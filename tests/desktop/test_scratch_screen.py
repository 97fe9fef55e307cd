"""A screen added by one folder and one registry line shows in the sidebar and opens with its shortcut."""

from __future__ import annotations

from PySide6.QtCore import Qt

from store import ProfileManager
from tests.desktop.helpers import WAIT_MS, seed_profile, unlock_via_ui


def test_the_new_screen_is_in_the_sidebar_and_opens_with_ctrl_6(
    qtbot, make_app, manager: ProfileManager
) -> None:
    seed_profile(manager, "Sam", ("Walk by the canal",))
    controller = make_app()
    workspace = controller.window.workspace_view
    notes = workspace.screen_named("notes")
    with qtbot.waitSignal(notes.sig_loaded, timeout=WAIT_MS):
        unlock_via_ui(qtbot, controller)
    assert workspace.sidebar.count() == 6
    assert workspace.sidebar.item(5).text() == "Notes"
    assert workspace.sidebar.item(5).toolTip() == "Notes (Ctrl+6)"
    qtbot.keyClick(workspace.sidebar, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert workspace.pages.currentWidget() is notes
    assert notes.count_label.text() == "1 plan item"
