"""The Common purse screen with real sync services: on the demo town (the purse's balance and history, the
proposals with their outcome and turnout, a deposit, a new proposal with its quorum minimum, a bad form that
sends nothing), and between two real windows syncing on loopback (the same votes give the same outcome on both;
a withdrawal beyond the purse is refused with the message and stores nothing; one within it is paid out)."""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QDialog

from commons_desktop.features.home.home_view import HomeView
from commons_desktop.features.purse.purse_forms import DepositForm, NoReasonForm, ProposalForm, WithdrawForm
from commons_desktop.features.purse.purse_view import PurseView
from commons_desktop.shell.controller import Controller
from sync.community import Choice, EntryKind
from sync.community.votes import VoteStatus
from tests.desktop.community_flows import invite, join_and_name, start, two_neighbours
from tests.desktop.helpers import WAIT_MS, create_profile_via_ui
from tests.desktop.test_community import SYNC_WAIT_MS


def purse_screen(qtbot, controller: Controller) -> PurseView:
    workspace = controller.window.workspace_view
    workspace.open_screen("purse")
    screen = workspace.screen_named("purse")
    assert isinstance(screen, PurseView)
    qtbot.waitUntil(lambda: screen.report is not None, timeout=WAIT_MS)
    return screen


def open_demo_purse(qtbot, controller: Controller) -> PurseView:
    create_profile_via_ui(qtbot, controller, "Sam")
    workspace = controller.window.workspace_view
    home = workspace.screen_named("home")
    assert isinstance(home, HomeView)
    qtbot.waitUntil(home.demo_card.explore_button.isEnabled, timeout=WAIT_MS)
    qtbot.mouseClick(home.demo_card.explore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(controller.sync.communities) == 1, timeout=WAIT_MS)
    return purse_screen(qtbot, controller)


def select(screen: PurseView, title: str) -> None:
    for row in range(screen.table.rowCount()):
        item = screen.table.item(row, 0)
        if item is not None and item.text() == title:
            screen.table.selectRow(row)
            return
    raise AssertionError(f"no proposal {title!r} listed")


D = TypeVar("D", bound=QDialog)


def the_dialog(qtbot, screen: PurseView, kind: type[D]) -> D:
    qtbot.waitUntil(lambda: screen.findChild(kind) is not None, timeout=WAIT_MS)
    found = screen.findChild(kind)
    assert isinstance(found, kind)
    return found


def test_demo_town_purse_shows_balance_history_outcome_and_takes_a_deposit_and_a_proposal(
    qtbot, make_app
) -> None:
    controller = make_app(sync_service=True)
    screen = open_demo_purse(qtbot, controller)
    report = screen.report
    assert report is not None
    # Six deposits (350 GBP) less the urn’s 120 GBP withdrawal, counted by the ledger rules.
    assert report.balance == {"GBP": 23000}
    assert "230.00 GBP" in screen.balance.text()
    assert screen.history.row_count() == 7
    assert screen.history.text(0, 1) == "Withdrawal for “Tea urn and kettle for the hall”"
    assert screen.history.text(0, 2) == "-120.00 GBP"
    # Open proposals first; the urn passed and was paid out.
    assert [screen.table.item(r, 0).text() for r in range(screen.table.rowCount())] == [
        "Wildflower seeds and bulbs for the meadow",
        "Tea urn and kettle for the hall",
    ]
    select(screen, "Tea urn and kettle for the hall")
    assert screen.outcome.text() == (
        "Passed: 5 yes, 1 no, 1 abstaining. The purse has paid it out. Turnout: 7 of 12 eligible voters (58%)."
    )
    assert "the least allowed is" in screen.terms.text()
    assert not screen.withdraw_button.isEnabled()  # paid out once
    assert not any(b.isEnabled() for b in screen.vote_buttons.values())  # closed
    select(screen, "Wildflower seeds and bulbs for the meadow")
    assert screen.outcome.text().startswith("Voting is open.")
    # I joined the demo town after the meadow proposal opened: its voters are frozen without me.
    assert screen.mine.text().startswith("You were not a member when this proposal opened")
    assert not screen.vote_buttons[Choice.YES].isEnabled()

    # Deposit: a bad amount names the field and sends nothing; a good one is counted.
    qtbot.mouseClick(screen.deposit_button, Qt.MouseButton.LeftButton)
    form = the_dialog(qtbot, screen, DepositForm)
    form.try_send()
    assert form.error.text() == "Amount: enter more than 0."
    state = screen.community_choice.state
    assert state is not None
    form.amount.setValue(25.5)
    form.memo.setText("Cake sale")
    form.try_send()
    qtbot.waitUntil(
        lambda: screen.report is not None and screen.report.balance == {"GBP": 25550}, timeout=WAIT_MS
    )
    assert screen.history.text(0, 4) == "Cake sale"
    assert screen.status.text() == "Deposit recorded and signed."

    # A new proposal: the quorum cannot go below a quarter of the members.
    qtbot.mouseClick(screen.propose_button, Qt.MouseButton.LeftButton)
    proposal_form = the_dialog(qtbot, screen, ProposalForm)
    members = len(state.members)
    assert proposal_form.quorum.minimum() == -(-members // 4)
    proposal_form.title.setText("Paint for the bus shelter")
    proposal_form.purpose.setPlainText("Two tins of green paint.")
    proposal_form.amount.setValue(40)
    proposal_form.deadline.setDateTime(QDateTime.currentDateTime().addSecs(60))
    proposal_form.try_send()
    assert proposal_form.error.text() == "Voting closes: choose a time later than now."
    proposal_form.deadline.setDateTime(QDateTime.currentDateTime().addDays(3))
    proposal_form.try_send()
    qtbot.waitUntil(lambda: screen.table.rowCount() == 3, timeout=WAIT_MS)
    select(screen, "Paint for the bus shelter")
    assert screen.mine.text() == "Give your name on the Community screen to vote: a vote names its member."
    assert not screen.vote_buttons[Choice.YES].isEnabled()
    space = screen.community_choice.space
    assert space is not None
    controller.sync.set_my_name(space, "Sam")
    qtbot.waitUntil(screen.vote_buttons[Choice.YES].isEnabled, timeout=WAIT_MS)
    qtbot.mouseClick(screen.vote_buttons[Choice.YES], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (c := screen.chosen()) is not None and c.my_choice is Choice.YES, timeout=WAIT_MS)
    assert screen.mine.text() == "Your vote (yes) is counted."  # the demo town judges votes by their date


def test_two_neighbours_same_votes_same_outcome_and_a_withdrawal_beyond_the_purse_stores_nothing(
    qtbot, make_computer
) -> None:
    robin, robin_community, ana, ana_community = two_neighbours(qtbot, make_computer)
    start(qtbot, robin_community)
    join_and_name(qtbot, ana_community, invite(qtbot, robin_community), "Ana")
    robin_purse, ana_purse = purse_screen(qtbot, robin), purse_screen(qtbot, ana)
    qtbot.waitUntil(lambda: _members(ana_purse) == 2 and _members(robin_purse) == 2, timeout=SYNC_WAIT_MS)

    qtbot.mouseClick(robin_purse.deposit_button, Qt.MouseButton.LeftButton)
    deposit = the_dialog(qtbot, robin_purse, DepositForm)
    deposit.amount.setValue(100)
    deposit.try_send()
    qtbot.waitUntil(lambda: _balance(ana_purse) == {"EUR": 10000}, timeout=SYNC_WAIT_MS)

    # A proposal closing soon (the form asks for a later deadline; the command takes any future one).
    space = robin_purse.community_choice.space
    assert space is not None
    deadline = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=25)
    robin.sync.add_proposal(space, "New hall door", "The old one is rotten.", 15000, "EUR", deadline, 1, 50)
    for screen in (robin_purse, ana_purse):
        qtbot.waitUntil(lambda s=screen: s.table.rowCount() == 1, timeout=SYNC_WAIT_MS)
        select(screen, "New hall door")
    # Ana has not voted: the Common purse entry counts it, and the Community home lists it.
    qtbot.waitUntil(lambda: _sidebar(ana, "purse") == "Common purse (1)", timeout=WAIT_MS)
    ana.window.workspace_view.open_screen("community")
    ana_community.tabs.setCurrentWidget(ana_community.news)
    qtbot.waitUntil(lambda: "Needs my vote" in ana_community.news.text.toPlainText(), timeout=WAIT_MS)
    assert "New hall door" in ana_community.news.text.toPlainText()
    ana.window.workspace_view.open_screen("purse")
    qtbot.mouseClick(robin_purse.vote_buttons[Choice.NO], Qt.MouseButton.LeftButton)
    against = the_dialog(qtbot, robin_purse, NoReasonForm)  # "no" asks for a reason, which may stay empty
    against.reason.setPlainText("Mend the old door first.")
    against.try_send()
    qtbot.mouseClick(ana_purse.vote_buttons[Choice.YES], Qt.MouseButton.LeftButton)
    # Each vote counts once the other neighbour's Commons has received it (a signed receipt).
    for screen in (robin_purse, ana_purse):
        qtbot.waitUntil(lambda s=screen: _mine(s) == "counted", timeout=SYNC_WAIT_MS)
    assert _sidebar(ana, "purse") == "Common purse"  # voted: nothing waits for her
    for screen in (robin_purse, ana_purse):
        qtbot.waitUntil(lambda s=screen: _status(s) is VoteStatus.PASSED, timeout=SYNC_WAIT_MS)
    assert robin_purse.outcome.text() == ana_purse.outcome.text()
    assert robin_purse.outcome.text() == (
        "Passed: 1 yes, 1 no, 0 abstaining. Turnout: 2 of 2 eligible voters (100%).\n"
        "Reasons given for no:\n• Mend the old door first."
    )

    # It takes 150 EUR; the purse holds 100: refused with the message, nothing stored on either side.
    assert robin_purse.withdraw_button.isEnabled()
    qtbot.mouseClick(robin_purse.withdraw_button, Qt.MouseButton.LeftButton)
    withdraw = the_dialog(qtbot, robin_purse, WithdrawForm)
    withdraw.try_send()
    qtbot.waitUntil(withdraw.error.isVisible, timeout=WAIT_MS)
    assert withdraw.error.text() == (
        "The purse holds 100.00 EUR, and this withdrawal would take 150.00 EUR: nothing was paid out."
        " Deposit more first."
    )
    robin_state, ana_state = robin_purse.community_choice.state, ana_purse.community_choice.state
    assert robin_state is not None
    assert ana_state is not None
    assert [e.kind for e in robin_state.ledger] == [EntryKind.PURSE_DEPOSIT]
    withdraw.reject()

    # Ana deposits the rest; now the payout goes through and both see it paid once.
    ana.sync.record_entry(space, EntryKind.PURSE_DEPOSIT, 5000, "EUR")
    qtbot.waitUntil(lambda: _balance(robin_purse) == {"EUR": 15000}, timeout=SYNC_WAIT_MS)
    qtbot.mouseClick(robin_purse.withdraw_button, Qt.MouseButton.LeftButton)
    withdraw = the_dialog(qtbot, robin_purse, WithdrawForm)
    withdraw.memo.setText("Joiner's invoice 42")
    withdraw.try_send()
    qtbot.waitUntil(lambda: _balance(ana_purse) == {"EUR": 0}, timeout=SYNC_WAIT_MS)
    qtbot.waitUntil(lambda: not ana_purse.withdraw_button.isEnabled(), timeout=SYNC_WAIT_MS)
    assert "The purse has paid it out." in ana_purse.outcome.text()
    assert [e.kind for e in ana_state.ledger].count(EntryKind.PURSE_WITHDRAWAL) == 1


def _sidebar(controller: Controller, name: str) -> str:
    workspace = controller.window.workspace_view
    item = workspace.sidebar.item(workspace._rows[name])
    return item.text() if item is not None else ""


def _members(screen: PurseView) -> int:
    state = screen.community_choice.state
    return len(state.members) if state is not None else 0


def _balance(screen: PurseView) -> dict[str, int] | None:
    return screen.report.balance if screen.report is not None else None


def _mine(screen: PurseView) -> str:
    chosen = screen.chosen()
    return chosen.my_vote.value if chosen is not None else ""


def _status(screen: PurseView) -> VoteStatus | None:
    chosen = screen.chosen()
    return chosen.status if chosen is not None else None
