"""The walk's Time credits and Lending circles steps (no tests here): a transfer that counts once its receiver
confirms it, and a circle's first round paid in on each computer and confirmed by its recipient."""

from __future__ import annotations

from PySide6.QtCore import Qt

from commons_desktop.features.circles.circle_form import CircleForm
from commons_desktop.features.circles.circles_view import CirclesView
from commons_desktop.features.credits.credits_view import CreditsView
from commons_desktop.features.credits.give_form import GiveForm
from tests.desktop.helpers import WAIT_MS
from tests.desktop.neighbourhood import Neighbour, Town, answer_modal, cells, shoot, sidebar
from tests.desktop.test_community import SYNC_WAIT_MS


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


def a_circle_round_completes(qtbot, town: Town) -> None:
    """Robin makes a circle of the three (the issue's five needs five computers) through the New circle form;
    Ana and Carmen each join on their own computer; the two who do not receive round 1 each record their payment
    on their own computer; round 1's recipient confirms both on theirs; all three show the round complete."""
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
    for n in (town.ana, town.carmen):  # Robin joined with the making; nobody is in a circle without agreeing
        screen = circles(n)
        qtbot.waitUntil(lambda s=screen: bool(s.circles) and s.join_button.isVisible(), timeout=SYNC_WAIT_MS)
        qtbot.mouseClick(screen.join_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda s=screen: not s.join_button.isVisible(), timeout=WAIT_MS)
    by_name = {n.name: n for n in town.everyone}
    first = circles(town.robin)
    qtbot.waitUntil(lambda: bool(first.circles) and first.circles[0].formed, timeout=SYNC_WAIT_MS)
    recipient = by_name[first.circles[0].rounds[0].recipient_name]
    payers = [n for n in town.everyone if n is not recipient]
    for n in payers:
        screen = circles(n)
        qtbot.waitUntil(screen.contribute_button.isEnabled, timeout=SYNC_WAIT_MS)
        assert screen.contribute_button.text() == f"Record my payment to {recipient.name} (round 1)"
        qtbot.mouseClick(screen.contribute_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda s=screen: s.status.text().startswith("Your payment for round 1 is recorded."),
            timeout=WAIT_MS,
        )
    for n in payers:  # both payments in: the round waits only for its recipient now, said so on both
        screen = circles(n)
        qtbot.waitUntil(
            lambda s=screen: (
                cells(s.schedule)[0][3:5] == ["2 of 2", f"Waiting for {recipient.name} to confirm"]
            ),
            timeout=SYNC_WAIT_MS,
        )
    shoot(town, "17-circle-paid-in")
    mine = circles(recipient)
    qtbot.waitUntil(lambda: len(mine.to_confirm.buttons) == len(payers), timeout=SYNC_WAIT_MS)
    while mine.to_confirm.buttons:
        left = len(mine.to_confirm.buttons)
        qtbot.mouseClick(mine.to_confirm.buttons[0], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda left=left: len(mine.to_confirm.buttons) < left, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: cells(mine.schedule)[0][4] == "Received, confirmed by you", timeout=WAIT_MS)
    for n in payers:
        screen = circles(n)
        qtbot.waitUntil(
            lambda s=screen: cells(s.schedule)[0][4] == f"Received, confirmed by {recipient.name}",
            timeout=SYNC_WAIT_MS,
        )
    schedules = [[row[:2] + row[3:4] for row in cells(circles(n).schedule)] for n in town.everyone]
    assert schedules[0] == schedules[1] == schedules[2]
    assert schedules[0][0][2] == "2 of 2"
    shoot(town, "18-circle-round-complete")
