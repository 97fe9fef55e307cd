"""The walk's Time credits and Lending circles steps (no tests here): a transfer that counts once its receiver
confirms it, and a circle of five whose first round is paid in on each computer and confirmed by its recipient
(two of the five on computers running the sync service without a window)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt

from commons_desktop.features.circles.circle_form import CircleForm
from commons_desktop.features.circles.circles_view import CirclesView
from commons_desktop.features.credits.credits_view import CreditsView
from commons_desktop.features.credits.give_form import GiveForm
from commons_desktop.service import protocol
from commons_desktop.service.process import SyncServiceProcess
from store import ProfileManager
from tests.desktop.community_flows import invite
from tests.desktop.helpers import WAIT_MS
from tests.desktop.neighbourhood import Neighbour, Town, answer_modal, cells, names_seen, shoot, sidebar
from tests.desktop.test_community import SYNC_WAIT_MS
from tests.support import FAST_KDF, PASSPHRASE

T = TypeVar("T")


def credits(n: Neighbour) -> CreditsView:
    return n.screen("credits", CreditsView)


def a_transfer_counts_once_confirmed(qtbot, town: Town) -> None:
    """Ana gives Carmen an hour through the Give form; it counts only once Carmen confirms it."""
    ana = credits(town.ana)
    qtbot.waitUntil(ana.give_button.isEnabled, timeout=SYNC_WAIT_MS)

    def give(form: GiveForm) -> None:
        form.to.setCurrentIndex(form.to.findText("Carmen"))
        form.minutes.setValue(60)
        form.memo.setText("Fixed my bike")
        shoot(town, "13-credits-give", form)
        form.buttons.button(form.buttons.StandardButton.Ok).click()

    answer_modal(qtbot, GiveForm, give)
    qtbot.mouseClick(ana.give_button, Qt.MouseButton.LeftButton)
    carmen = credits(town.carmen)
    qtbot.waitUntil(
        lambda: carmen.credits is not None and len(carmen.credits.waiting) == 1, timeout=SYNC_WAIT_MS
    )
    assert cells(carmen.waiting) == [["Ana", "Carmen", "60", "Fixed my bike", "Waiting for you to confirm"]]
    assert cells(carmen.history) == []
    shoot(town, "14-credits-waiting")
    # Her sidebar says something waits for her, and Confirm is ready for it without choosing the row first.
    assert sidebar(town.carmen, "credits") == "Time credits (1)"
    assert sidebar(town.ana, "credits") == "Time credits"  # waiting for Carmen, not for Ana
    qtbot.mouseClick(carmen.confirm_button, Qt.MouseButton.LeftButton)
    for n in town.everyone:
        screen = credits(n)
        qtbot.waitUntil(
            lambda s=screen: s.credits is not None and not s.credits.waiting and len(s.credits.history) == 1,
            timeout=SYNC_WAIT_MS,
        )
    assert sidebar(town.carmen, "credits") == "Time credits"
    tables = [cells(credits(n).balances) for n in town.everyone]
    assert tables[0] == tables[1] == tables[2]
    assert {row[0]: row[1] for row in tables[0]} == {"Ana": "-60", "Carmen": "60", "Robin": "0"}
    shoot(town, "15-credits-confirmed")


def circles(n: Neighbour) -> CirclesView:
    return n.screen("circles", CirclesView)


@dataclass
class Housemate:
    """A member whose computer runs Commons' sync service without a window (the walk has three windows; the
    issue's circle has five members): what a person does on their screen, sent to their service."""

    name: str
    service: SyncServiceProcess

    def ask(self, qtbot, command: protocol.Command[T], *, retry: bool = False) -> T:
        """The service's answer to *command*; with *retry*, asked again (for up to a sync wait) while refused,
        as a person tries again while their copy of the community is still arriving."""
        deadline = time.monotonic() + SYNC_WAIT_MS / 1000
        while True:
            got: list[protocol.Reply] = []
            self.service.send(command, got.append)
            qtbot.waitUntil(lambda got=got: bool(got), timeout=SYNC_WAIT_MS)
            if got[0].ok:
                return got[0].result  # type: ignore[no-any-return]
            if not retry or time.monotonic() > deadline:
                raise AssertionError(f"{self.name}: {got[0].error}")
            qtbot.wait(200)


def two_more_join(qtbot, town: Town, folder: Path, services: list[SyncServiceProcess]) -> list[Housemate]:
    """Dee and Eli join Mill Road with Robin's invite, each from a computer of their own, and give their names."""
    made = []
    for name in ("Dee", "Eli"):
        manager = ProfileManager(folder / f"{name.lower()}-laptop", FAST_KDF)
        with manager.create(name, PASSPHRASE) as session:
            service = SyncServiceProcess(manager.data_dir, session.profile_id, session.database_key())
        services.append(service)
        service.start()
        mate = Housemate(name, service)
        assert mate.ask(qtbot, protocol.Join(invite(qtbot, town.robin.community))) == town.space
        mate.ask(qtbot, protocol.SetMyName(town.space, name), retry=True)
        made.append(mate)
    everyone = ["Ana", "Carmen", "Dee", "Eli", "Robin"]
    for n in town.everyone:
        qtbot.waitUntil(lambda n=n: names_seen(n) == everyone, timeout=SYNC_WAIT_MS)
    return made


def a_circle_of_five_completes_a_round(qtbot, town: Town, mates: list[Housemate]) -> None:
    """Robin makes a circle of all five through the New circle form; Ana and Carmen join on their screens, Dee
    and Eli on their computers; the four who do not receive round 1 each pay on their own computer; round 1's
    recipient confirms all four on theirs; the three windows show the same schedule, the round complete."""
    robin = circles(town.robin)
    qtbot.waitUntil(robin.new_button.isEnabled, timeout=WAIT_MS)

    def make(form: CircleForm) -> None:
        form.name.setText("Mill Road savers")
        form.amount.setValue(50)
        for i in range(form.members.count()):
            form.members.item(i).setCheckState(Qt.CheckState.Checked)
        shoot(town, "16-circle-new", form)
        form.buttons.button(form.buttons.StandardButton.Ok).click()

    answer_modal(qtbot, CircleForm, make)
    qtbot.mouseClick(robin.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(robin.circles), timeout=WAIT_MS)
    circle = robin.circles[0].id
    assert len(robin.circles[0].members) == 5
    for n in (town.ana, town.carmen):  # Robin joined with the making; nobody is in a circle without agreeing
        screen = circles(n)
        qtbot.waitUntil(lambda s=screen: bool(s.circles) and s.join_button.isVisible(), timeout=SYNC_WAIT_MS)
        qtbot.mouseClick(screen.join_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda s=screen: not s.join_button.isVisible(), timeout=WAIT_MS)
    for mate in mates:
        mate.ask(qtbot, protocol.JoinCircle(town.space, circle), retry=True)
    qtbot.waitUntil(lambda: bool(robin.circles) and robin.circles[0].formed, timeout=SYNC_WAIT_MS)
    recipient = robin.circles[0].rounds[0].recipient_name
    windows = {n.name: n for n in town.everyone}
    for n in (n for n in town.everyone if n.name != recipient):
        screen = circles(n)
        qtbot.waitUntil(screen.contribute_button.isEnabled, timeout=SYNC_WAIT_MS)
        assert screen.contribute_button.text() == f"Record my payment to {recipient} (round 1)"
        qtbot.mouseClick(screen.contribute_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda s=screen: s.status.text().startswith("Your payment for round 1 is recorded."),
            timeout=WAIT_MS,
        )
    for mate in (m for m in mates if m.name != recipient):
        mate.ask(qtbot, protocol.RecordContribution(town.space, circle, 0), retry=True)
    shoot(town, "17-circle-paid-in")
    confirm_round_one(
        qtbot, town.space, windows.get(recipient), next((m for m in mates if m.name == recipient), None)
    )
    for n in town.everyone:
        mine = n.name == recipient
        done = "Received, confirmed by you" if mine else f"Received, confirmed by {recipient}"
        qtbot.waitUntil(
            lambda n=n, done=done: cells(circles(n).schedule)[0][3:5] == ["4 of 4", done],
            timeout=SYNC_WAIT_MS,
        )
    schedules = [[row[:2] + row[3:4] for row in cells(circles(n).schedule)] for n in town.everyone]
    assert schedules[0] == schedules[1] == schedules[2]
    shoot(town, "18-circle-round-complete")


def confirm_round_one(qtbot, space: str, window: Neighbour | None, mate: Housemate | None) -> None:
    """Round 1's recipient confirms each of the four payments: on their screen, or on their computer."""
    if window is not None:
        mine = circles(window)
        qtbot.waitUntil(lambda: len(mine.to_confirm.buttons) == 4, timeout=SYNC_WAIT_MS)
        while mine.to_confirm.buttons:
            left = len(mine.to_confirm.buttons)
            qtbot.mouseClick(mine.to_confirm.buttons[0], Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda left=left: len(mine.to_confirm.buttons) < left, timeout=WAIT_MS)
        return
    assert mate is not None
    deadline = time.monotonic() + SYNC_WAIT_MS / 1000
    while True:
        (info,) = mate.ask(qtbot, protocol.ListLendingCircles(space))
        if len(info.to_confirm) == 4:
            break
        assert time.monotonic() < deadline, f"{mate.name} sees {len(info.to_confirm)} payments to confirm"
        qtbot.wait(200)
    for payment in info.to_confirm:
        mate.ask(qtbot, protocol.ConfirmCircleReceived(space, payment.id))
