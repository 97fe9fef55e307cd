"""Sealed ballots on the Common purse screen, two real windows syncing on loopback: the proposal form offers to
keep results hidden; until the deadline each screen shows only how many voted, and each voter their own choice
("You voted yes — sealed until …"); after it both Commons open their votes by themselves and both screens show
the same outcome with the turnout and the reason given for "no"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from commons_desktop.features.purse.purse_forms import NoReasonForm, ProposalForm
from commons_desktop.features.purse.purse_text import moment
from sync.community import Choice
from sync.community.votes import VoteStatus
from tests.desktop.community_flows import invite, join_and_name, start, two_neighbours
from tests.desktop.helpers import WAIT_MS
from tests.desktop.test_community import SYNC_WAIT_MS
from tests.desktop.test_purse import _members, _mine, _status, purse_screen, select, the_dialog


def test_a_sealed_vote_shows_only_turnout_until_the_deadline_then_the_outcome_with_reasons(
    qtbot, make_computer
) -> None:
    robin, robin_community, ana, ana_community = two_neighbours(qtbot, make_computer)
    start(qtbot, robin_community)
    join_and_name(qtbot, ana_community, invite(qtbot, robin_community), "Ana")
    robin_purse, ana_purse = purse_screen(qtbot, robin), purse_screen(qtbot, ana)
    qtbot.waitUntil(lambda: _members(ana_purse) == 2 and _members(robin_purse) == 2, timeout=SYNC_WAIT_MS)

    qtbot.mouseClick(robin_purse.propose_button, Qt.MouseButton.LeftButton)
    form = the_dialog(qtbot, robin_purse, ProposalForm)
    assert form.sealed.text() == "Keep results hidden until the deadline"
    assert not form.sealed.isChecked()
    form.sealed.setChecked(True)
    form.title.setText("x")
    form.purpose.setPlainText("y")
    form.amount.setValue(1)
    draft = form.draft()
    assert not isinstance(draft, str)
    assert draft.sealed
    form.reject()

    # A proposal closing soon (the form asks for a later deadline; the command takes any future one).
    space = robin_purse.community_choice.space
    assert space is not None
    deadline = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=30)
    robin.sync.add_proposal(
        space, "New hall door", "The old one is rotten.", 15000, "EUR", deadline, 1, 50, sealed=True
    )
    for screen in (robin_purse, ana_purse):
        qtbot.waitUntil(lambda s=screen: s.table.rowCount() == 1, timeout=SYNC_WAIT_MS)
        select(screen, "New hall door")
    assert "Results stay hidden until voting closes" in ana_purse.terms.text()
    qtbot.mouseClick(ana_purse.vote_buttons[Choice.YES], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(robin_purse.vote_buttons[Choice.NO], Qt.MouseButton.LeftButton)
    against = the_dialog(qtbot, robin_purse, NoReasonForm)
    against.reason.setPlainText("Mend the old door first.")
    against.try_send()
    for screen in (robin_purse, ana_purse):
        qtbot.waitUntil(lambda s=screen: _mine(s) == "counted", timeout=SYNC_WAIT_MS)
        qtbot.waitUntil(lambda s=screen: "Turnout: 2 of 2" in s.outcome.text(), timeout=SYNC_WAIT_MS)
    closes = moment(deadline)
    assert ana_purse.outcome.text() == (
        f"Voting is open. Results are hidden until {closes}. Turnout: 2 of 2 eligible voters (100%)."
    )
    assert ana_purse.mine.text() == f"You voted yes — sealed until {closes}."
    assert robin_purse.mine.text() == f"You voted no — sealed until {closes}."
    assert ana_purse.table.item(0, 3).text() == "open, results hidden"
    assert ana_purse.table.item(0, 4).text() == "yes, sealed"
    robin_state = robin_purse.community_choice.state
    assert robin_state is not None
    assert all(v.choice is None and not v.reason for v in robin_state.votes)  # nothing readable in the window

    for screen in (robin_purse, ana_purse):
        qtbot.waitUntil(lambda s=screen: _status(s) is VoteStatus.PASSED, timeout=SYNC_WAIT_MS + 30_000)
    assert (
        robin_purse.outcome.text()
        == ana_purse.outcome.text()
        == (
            "Passed: 1 yes, 1 no, 0 abstaining. Turnout: 2 of 2 eligible voters (100%).\n"
            "Reasons given for no:\n• Mend the old door first."
        )
    )
    assert ana_purse.mine.text() == "Your vote (yes) is counted."
    qtbot.waitUntil(robin_purse.withdraw_button.isEnabled, timeout=WAIT_MS)
