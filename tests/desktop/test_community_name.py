"""Saving my name before the community's records have reached this computer (just after joining, they follow
from a neighbour): the name is kept and saved when they arrive, instead of failing with "this device has no
copy of the space's document yet" and losing it — which the three-computer walk hit on one join in three."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.desktop.community_flows import start
from tests.desktop.helpers import WAIT_MS, create_profile_via_ui
from tests.desktop.test_community import community_screen, people


def test_a_name_saved_before_the_records_arrive_is_saved_when_they_do(qtbot, make_app) -> None:
    controller = make_app(sync_service=True)
    create_profile_via_ui(qtbot, controller, "Robin")
    screen = community_screen(qtbot, controller)
    start(qtbot, screen)
    qtbot.waitUntil(lambda: people(screen) == ["Robin (admin) — you"], timeout=WAIT_MS)
    (community,) = controller.sync.communities
    space = community.space

    # This computer's window holds none of the community's records yet, as just after a join.
    state = controller.sync.community(space)
    state.clear()
    assert not state.members
    screen.my_name_edit.setText("Robin Hood")
    qtbot.mouseClick(screen.my_name_button, Qt.MouseButton.LeftButton)
    assert screen.status.text() == (
        "Your name will be saved as soon as this community's records arrive from a neighbour."
    )

    # The records arrive (the window follows the community afresh): the name is saved, and shown.
    controller.sync.forget_community(space)
    controller.window.workspace_view.load()  # every screen follows it again
    qtbot.waitUntil(lambda: people(screen) == ["Robin Hood (admin) — you"], timeout=WAIT_MS)
    assert screen.status.text() == "Name saved."
