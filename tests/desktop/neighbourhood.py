"""The town of the three-computer walk of issue 18 (tests/desktop/test_neighbourhood.py; this module holds no
tests): three neighbours, each with their own window, profile and sync service on loopback, and what every step
shares — a screenshot of every window at each step (with COMMONS_WALK_SHOTS set), answering a modal form, reading
a table."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.exceptions import TimeoutError as WaitTimedOut

from commons_desktop.features.community.community_view import CommunityView
from commons_desktop.shell.controller import Controller
from tests.desktop.community_flows import invite, join_and_name, start
from tests.desktop.helpers import WAIT_MS, create_profile_via_ui
from tests.desktop.test_community import SYNC_WAIT_MS, community_screen, people

W = TypeVar("W", bound=QWidget)
SHOTS = os.environ.get("COMMONS_WALK_SHOTS", "")


@dataclass
class Neighbour:
    name: str
    controller: Controller
    community: CommunityView

    def screen(self, name: str, kind: type[W]) -> W:
        workspace = self.controller.window.workspace_view
        workspace.open_screen(name)
        found = workspace.screen_named(name)
        assert isinstance(found, kind)
        return found


@dataclass
class Town:
    robin: Neighbour  # started Mill Road: its admin, the fridge's steward
    ana: Neighbour
    carmen: Neighbour
    space: str = ""

    @property
    def everyone(self) -> tuple[Neighbour, Neighbour, Neighbour]:
        return (self.robin, self.ana, self.carmen)

    def member(self, name: str) -> str:
        state = self.robin.controller.sync.community(self.space)
        return next(m.id for m in state.members.values() if m.name == name)


def shoot(town: Town, step: str, extra: QWidget | None = None) -> None:
    """With COMMONS_WALK_SHOTS set: every window (and *extra*, a dialog) as a PNG named after the step."""
    if not SHOTS:
        return
    folder = Path(SHOTS)
    folder.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    for n in town.everyone:
        n.controller.window.grab().save(str(folder / f"{step}-{n.name.lower()}.png"))
    if extra is not None:
        extra.grab().save(str(folder / f"{step}-dialog.png"))


def answer_modal(qtbot, kind: type[W], answer: Callable[[W], None]) -> None:
    """Answer the modal dialog of type *kind* that the next click opens (its exec() blocks the click)."""

    def when_shown() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, when_shown)
            return
        answer(dialog)

    QTimer.singleShot(0, when_shown)


# --- the town ---------------------------------------------------------------------------------------------------


def three_neighbours(qtbot, make_computer) -> Town:
    """Robin starts Mill Road and invites Ana and Carmen, each on a computer of their own."""
    made = []
    for name in ("Robin", "Ana", "Carmen"):
        controller, _ = make_computer(f"{name.lower()}-laptop", sync_service=True)
        controller.window.resize(1180, 760)
        create_profile_via_ui(qtbot, controller, name)
        made.append(Neighbour(name, controller, community_screen(qtbot, controller)))
    town = Town(*made)
    start(qtbot, town.robin.community)
    for joiner in (town.ana, town.carmen):
        join_and_name(qtbot, joiner.community, invite(qtbot, town.robin.community), joiner.name)
    for n in town.everyone:
        try:
            qtbot.waitUntil(lambda n=n: names_seen(n) == ["Ana", "Carmen", "Robin"], timeout=SYNC_WAIT_MS)
        except WaitTimedOut as late:
            seen = [(m.name, names_seen(m), m.community.status.text()) for m in town.everyone]
            raise AssertionError(f"who sees whom, and what each was told: {seen}") from late
    (community,) = town.robin.controller.sync.communities
    town.space = community.space
    shoot(town, "01-community")
    return town


def names_seen(n: Neighbour) -> list[str]:
    return sorted(line.split(" ")[0] for line in people(n.community))


def the_dialog(qtbot, parent: QWidget, kind: type[W]) -> W:
    """The dialog of type *kind* now shown over *parent* (the purse keeps the ones it closed)."""

    def shown() -> W | None:
        return next((d for d in parent.findChildren(kind) if d.isVisible()), None)

    qtbot.waitUntil(lambda: shown() is not None, timeout=WAIT_MS)
    found = shown()
    assert found is not None
    return found


def one(text: str) -> str:
    """*text* with a count of one as English shows it: "(s)" marks the plural until the lead's `make
    translations` gives a new string its English forms."""
    return text.replace("(s)", "")


def state_of(town: Town, n: Neighbour):  # type: ignore[no-untyped-def]
    return n.controller.sync.community(town.space)


def cells(table) -> list[list[str]]:  # type: ignore[no-untyped-def]
    """The text of every cell of a table widget or view, by its model."""
    model = table.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def sidebar(n: Neighbour, screen: str) -> str:
    workspace = n.controller.window.workspace_view
    item = workspace.sidebar.item(workspace._rows[screen])
    return item.text() if item is not None else ""
