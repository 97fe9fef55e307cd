"""What the purse says about a sealed vote that was opened but that no neighbour received in the reveal window:
waiting while the window is open, and never opened (turnout only) once it is over."""

from __future__ import annotations

import datetime as dt

from commons_desktop.features.purse.purse_text import outcome_text
from commons_desktop.service.values import ProposalState
from sync.community import Proposal
from sync.community.sealed import REVEAL_WINDOW
from sync.community.votes import VoteStatus

OPENED = dt.datetime(2026, 5, 1, 9, 0, tzinfo=dt.UTC)
DEADLINE = OPENED + dt.timedelta(days=3)


def proposal() -> Proposal:
    return Proposal(
        "p1", "Benches", "for the square", "m1", 300_00, "EUR", DEADLINE, 1, 50, OPENED, voters=("m1", "m2"),
        sealed=True,
    )  # fmt: skip


def state(status: VoteStatus, **fields: object) -> ProposalState:
    base: dict[str, object] = {
        "proposal": "p1", "status": status, "yes": 0, "no": 0, "abstain": 0, "turnout": 2, "voters": 2,
        "quorum_met": True, "threshold_met": False, "paid_out": False, "may_vote": True, "sealed": True,
        "reveal_until": DEADLINE + REVEAL_WINDOW,
    }  # fmt: skip
    return ProposalState(**(base | fields))  # type: ignore[arg-type]


def test_an_opening_no_neighbour_received_yet_is_said_to_wait_for_one(qapp: object) -> None:
    text = outcome_text(proposal(), state(VoteStatus.REVEALING, awaiting_reveal=2, unreceipted=1), 2)
    assert text.startswith("Voting has closed. Waiting for ")
    assert "Opened, waiting for another member's Commons to receive the opening: 1 sealed vote" in text


def test_an_opening_no_neighbour_received_in_time_is_said_to_count_as_turnout_only(qapp: object) -> None:
    text = outcome_text(proposal(), state(VoteStatus.REJECTED, unopened=2, unreceipted=1), 2)
    assert "never opened in time" in text
    assert "Of those, opened but not received by another member's Commons in time: 1 sealed vote" in text
    assert "Of those" not in outcome_text(proposal(), state(VoteStatus.REJECTED, unopened=2), 2)
