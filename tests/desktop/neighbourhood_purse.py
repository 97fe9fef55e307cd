"""The walk's Common purse steps (no tests here): a deposit, the repair's vote with its quorum, a withdrawal asked
for too early, a vote after the deadline, a payout beyond the purse refused, and the payout."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from commons_desktop.features.purse.purse_forms import DepositForm, WithdrawForm
from commons_desktop.features.purse.purse_view import PurseView
from sync.community import Choice, EntryKind
from sync.community.votes import VoteStatus
from tests.desktop.helpers import WAIT_MS
from tests.desktop.neighbourhood import SHOTS, Neighbour, Town, cells, one, shoot, state_of, the_dialog
from tests.desktop.test_community import SYNC_WAIT_MS

VOTE_OPEN_S = 30  # the repair's vote: long enough for two votes and their receipts on a busy machine


def purse(n: Neighbour) -> PurseView:
    screen = n.screen("purse", PurseView)
    return screen


def purse_balance(n: Neighbour) -> dict[str, int] | None:
    report = purse(n).report
    return report.balance if report is not None else None


def select_proposal(screen: PurseView, title: str) -> bool:
    for row in range(screen.table.rowCount()):
        item = screen.table.item(row, 0)
        if item is not None and item.text() == title:
            screen.table.selectRow(row)
            return True
    return False


def deposit(qtbot, town: Town, n: Neighbour, amount: float, memo: str) -> None:
    screen = purse(n)
    qtbot.waitUntil(screen.deposit_button.isEnabled, timeout=SYNC_WAIT_MS)
    qtbot.mouseClick(screen.deposit_button, Qt.MouseButton.LeftButton)
    form = the_dialog(qtbot, screen, DepositForm)
    form.amount.setValue(amount)
    form.memo.setText(memo)
    shoot(town, f"purse-deposit-{n.name.lower()}", form)
    form.try_send()
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=WAIT_MS)
    form.deleteLater()


def open_the_repair_vote(qtbot, town: Town) -> str:
    """Robin deposits 100 EUR; a proposal to pay 150 EUR for the hall door opens with a quorum of 2 of the 3.
    The form asks for a deadline at least five minutes away, so the short one is set up through the service."""
    deposit(qtbot, town, town.robin, 100, "Summer fair")
    for n in town.everyone:
        qtbot.waitUntil(lambda n=n: purse_balance(n) == {"EUR": 10000}, timeout=SYNC_WAIT_MS)
    deadline = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=VOTE_OPEN_S)
    town.robin.controller.sync.add_proposal(
        town.space, "Repair the hall door", "The old one is rotten; Jo the joiner quoted 150 EUR.",
        15000, "EUR", deadline, 2, 50,
    )  # fmt: skip
    for n in town.everyone:
        screen = purse(n)
        qtbot.waitUntil(lambda s=screen: select_proposal(s, "Repair the hall door"), timeout=SYNC_WAIT_MS)
    # Before the vote has passed: the button is off, and a withdrawal asked for anyway is refused.
    robin = purse(town.robin)
    assert not robin.withdraw_button.isEnabled()
    form = robin.open_withdraw()
    assert form is not None
    form.try_send()
    qtbot.waitUntil(form.error.isVisible, timeout=WAIT_MS)
    assert (
        form.error.text()
        == "“Repair the hall door” cannot be paid out: voting is still open. Nothing was paid out."
    )
    shoot(town, "02-purse-withdraw-too-early", form)
    form.reject()
    # Robin and Ana vote yes; Carmen does not vote in time.
    assert one(robin.balance.text()) == "The purse holds 100.00 EUR. Your vote is wanted on 1 proposal."
    for n in (town.robin, town.ana):
        screen = purse(n)
        qtbot.waitUntil(screen.vote_buttons[Choice.YES].isEnabled, timeout=SYNC_WAIT_MS)
        qtbot.mouseClick(screen.vote_buttons[Choice.YES], Qt.MouseButton.LeftButton)
    for n in (town.robin, town.ana):
        qtbot.waitUntil(lambda n=n: my_vote(purse(n)) == "counted", timeout=SYNC_WAIT_MS)
    shoot(town, "03-purse-voted")
    return "Repair the hall door"


def my_vote(screen: PurseView) -> str:
    chosen = screen.chosen()
    return chosen.my_vote.value if chosen is not None else ""


def vote_status(screen: PurseView) -> VoteStatus | None:
    chosen = screen.chosen()
    return chosen.status if chosen is not None else None


def the_purse_pays_for_the_repair(qtbot, town: Town, title: str) -> None:
    """After the deadline: passed with quorum on all three, Carmen's vote cast now is late; the payout beyond
    the purse is refused; Carmen deposits the rest, and the purse pays once."""
    for n in town.everyone:
        screen = purse(n)
        select_proposal(screen, title)
        qtbot.waitUntil(lambda s=screen: vote_status(s) is VoteStatus.PASSED, timeout=SYNC_WAIT_MS)
    outcome = "Passed: 2 yes, 0 no, 0 abstaining. Turnout: 2 of 3 eligible voters (67%)."
    assert [purse(n).outcome.text() for n in town.everyone] == [outcome] * 3
    carmen = purse(town.carmen)
    assert not any(b.isEnabled() for b in carmen.vote_buttons.values())  # closed
    assert carmen.mine.text() == "You did not vote."
    # Carmen's vote after the deadline (the closed screen offers no button; her Commons still may write one).
    chosen = carmen.chosen()
    assert chosen is not None
    town.carmen.controller.sync.cast_vote(town.space, chosen.proposal, Choice.NO)
    qtbot.waitUntil(lambda: my_vote(carmen) == "late", timeout=SYNC_WAIT_MS)
    assert carmen.mine.text().startswith("Your vote (no) was late")
    for n in town.everyone:
        qtbot.waitUntil(lambda n=n: len(state_of(town, n).votes) == 3, timeout=SYNC_WAIT_MS)
    assert [purse(n).outcome.text() for n in town.everyone] == [outcome] * 3  # the late vote changes nothing
    shoot(town, "10-purse-passed")
    if SHOTS:
        for n in town.everyone:
            n.controller.window.workspace_view.open_screen("review")
        shoot(town, "10-review-late-vote")
        for n in town.everyone:
            n.controller.window.workspace_view.open_screen("home")
        shoot(town, "10-home")

    # 150 EUR from a purse of 100: refused with the reason, nothing stored.
    robin = purse(town.robin)
    assert robin.withdraw_button.isEnabled()
    qtbot.mouseClick(robin.withdraw_button, Qt.MouseButton.LeftButton)
    form = the_dialog(qtbot, robin, WithdrawForm)
    form.try_send()
    qtbot.waitUntil(form.error.isVisible, timeout=WAIT_MS)
    assert form.error.text() == (
        "The purse holds 100.00 EUR, and this withdrawal would take 150.00 EUR: nothing was paid out."
        " Deposit more first."
    )
    shoot(town, "11-purse-withdraw-beyond", form)
    form.reject()
    form.deleteLater()
    assert EntryKind.PURSE_WITHDRAWAL not in [e.kind for e in state_of(town, town.robin).ledger]

    deposit(qtbot, town, town.carmen, 60, "Bake sale")
    qtbot.waitUntil(lambda: purse_balance(town.robin) == {"EUR": 16000}, timeout=SYNC_WAIT_MS)
    qtbot.mouseClick(robin.withdraw_button, Qt.MouseButton.LeftButton)
    form = the_dialog(qtbot, robin, WithdrawForm)
    form.memo.setText("Jo's invoice 42")
    form.try_send()
    for n in town.everyone:
        qtbot.waitUntil(lambda n=n: purse_balance(n) == {"EUR": 1000}, timeout=SYNC_WAIT_MS)
        qtbot.waitUntil(lambda n=n: "paid it out" in purse(n).outcome.text(), timeout=SYNC_WAIT_MS)
        assert not purse(n).withdraw_button.isEnabled()
    shoot(town, "12-purse-paid")
    histories = [cells(purse(n).history) for n in town.everyone]
    assert histories[0] == histories[1] == histories[2]
    assert [row[1:4] for row in histories[0]] == [
        ["Withdrawal for “Repair the hall door”", "-150.00 EUR", "Robin"],
        ["Deposit", "60.00 EUR", "Carmen"],
        ["Deposit", "100.00 EUR", "Robin"],
    ]
