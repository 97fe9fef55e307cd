"""Sealed ballots: a proposal whose results stay hidden until its deadline, voted by commitment, then revealed.

Before the deadline a voter's device writes a **sealed vote**: only `signed.commitment_of` its choice, its
reason and a random nonce, which the device keeps in its owner's encrypted store. Nobody's copy holds a
readable choice. It is judged like a plain vote (signature, voter, deadline, terms, a receipt by another
member's device dated by the deadline). After the deadline the same device writes the **reveal**: the
choice, reason and nonce, signed. The write rules refuse a readable vote on such a proposal, a reveal dated by
the deadline, one that does not match its commitment or its sealed vote's member and device, and a second
reveal (`_vote_rules`).

**A reveal's date is bounded from above by a neighbour.** A reveal's `cast_at` is its writer's clock, and a
change built only on old history may carry an old date, so a reveal counts only with a **receipt** by another
member's device dated within the reveal window (deadline < `seen_at` ≤ `reveal_until`), exactly as a vote needs
one dated by the deadline (`receipt_window`). A voter whose device stays offline past the window and then writes
a reveal dated inside it gets no such receipt from an honest device (their clocks say the window is over), so
the outcome every member saw as final stays. One other member's device online in the window is enough; a voter
with no other member online in the whole window has their vote counted as turnout only.

**A voter whose device is offline at the reveal.** Reveals count when dated and receipted within
`REVEAL_WINDOW` (seven days) after the deadline. Until then the outcome waits for the unopened votes ("waiting
for 2 sealed votes to be opened, until …"): it is not final, and nothing can be paid out. After it, a sealed
vote never opened still counts toward turnout and the quorum — its voter did vote in time — but toward neither
yes nor no.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from . import _authorship as auth
from .model import Proposal
from .signed import Verifier, Vote, opens
from .view import CommunityView

REVEAL_WINDOW = dt.timedelta(days=7)

# Problem codes (the votes' rule enum uses the same values).
READABLE_ON_SEALED = "readable-on-sealed"
SEALED_ON_OPEN = "sealed-on-open"
REVEAL_UNKNOWN = "reveal-unknown"
REVEAL_MISMATCH = "reveal-mismatch"
REVEAL_EARLY = "reveal-early"
REVEAL_LATE = "reveal-late"
REVEAL_UNRECEIPTED = "reveal-unreceipted"


def reveal_until(proposal: Proposal) -> dt.datetime:
    """The last instant a reveal of a sealed vote on *proposal* may be dated and still count."""
    return proposal.deadline + REVEAL_WINDOW


def receipt_window(vote: Vote, proposal: Proposal) -> tuple[dt.datetime | None, dt.datetime]:
    """When a receipt of *vote* must be dated for the vote to count: (after, until], `after` None for no lower
    bound. A vote (plain or sealed) by the proposal's deadline; a reveal after it and within the reveal window."""
    if vote.is_reveal:
        return proposal.deadline, reveal_until(proposal)
    return None, proposal.deadline


def form_problem(vote: Vote, proposal: Proposal) -> tuple[str, str] | None:
    """A vote of the wrong form for its proposal: readable on a sealed one, sealed on one that is not."""
    if proposal.sealed and not vote.sealed:
        return (
            READABLE_ON_SEALED,
            "a readable vote on a proposal whose results stay hidden until its deadline",
        )
    if vote.sealed and not proposal.sealed:
        return SEALED_ON_OPEN, "a sealed vote on a proposal whose results are not hidden"
    return None


def judge_reveal(view: CommunityView, reveal: Vote, verifier: Verifier) -> tuple[str, str] | None:
    """(code, reason) when *reveal* cannot open its sealed vote, else None."""
    problem = auth.authorship_problem(
        view,
        verifier,
        member_id=reveal.member_id,
        device_id=reveal.device_id,
        record=reveal,
        role="voter",
    )
    if problem is not None:
        return problem
    proposal = view.proposals.get(reveal.proposal_id)
    sealed = next((v for v in view.votes if v.id == reveal.reveals and v.sealed), None)
    if proposal is None or sealed is None:
        return REVEAL_UNKNOWN, f"reveals a sealed vote '{reveal.reveals}' this community does not hold"
    if not opens(reveal, sealed):
        return REVEAL_MISMATCH, "does not match what the sealed vote committed to"
    if reveal.cast_at <= proposal.deadline:
        return REVEAL_EARLY, "revealed before voting closed"
    if reveal.cast_at > reveal_until(proposal):
        return (
            REVEAL_LATE,
            f"revealed after {_when(reveal_until(proposal))}, when sealed votes stop being opened",
        )
    return None


@dataclass(frozen=True)
class Opened:
    """The counted sealed votes of a proposal, opened as far as their reveals allow."""

    counted: tuple[Vote, ...]  # each member's reveal where valid, else their sealed vote (choice None)
    awaiting: int  # sealed votes not opened yet while reveals may still come
    unopened: int  # sealed votes never opened in time: turnout only
    unreceipted: int = 0  # of those not opened, revealed without a neighbour's timely receipt


Received = Callable[[Vote, Proposal], bool]  # whether a record has a receipt in its `receipt_window`


def open_ballots(
    view: CommunityView,
    proposal: Proposal,
    counted: tuple[Vote, ...],
    verifier: Verifier,
    now: dt.datetime,
    received: Received | None = None,
) -> Opened:
    """Replace each counted sealed vote by its valid reveal (the first, in *view*'s vote order) that another
    member's device received in the reveal window (*received*; None: a document made before receipts, where
    reveals are judged by their date), and count the rest as awaiting (reveals may still come, or their
    receipts) or unopened (the window is over)."""
    wanted = {v.id for v in counted}
    found: dict[str, Vote] = {}
    unreceived: set[str] = set()
    for reveal in sorted((v for v in view.votes if v.is_reveal and v.reveals in wanted), key=_order):
        if reveal.reveals in found or judge_reveal(view, reveal, verifier) is not None:
            continue
        if received is None or received(reveal, proposal):
            found[reveal.reveals] = reveal
        else:
            unreceived.add(reveal.reveals)
    out = tuple(found.get(v.id, v) for v in counted)
    left = sum(1 for v in out if v.sealed)
    unreceipted = sum(1 for v in out if v.sealed and v.id in unreceived)
    still = now <= reveal_until(proposal)
    return Opened(out, left if still else 0, 0 if still else left, unreceipted)


def reveals_due(view: CommunityView, member_id: str, device_id: str, now: dt.datetime) -> tuple[Vote, ...]:
    """The sealed votes of *device_id* on proposals whose deadline has passed by *now* (and whose reveal window
    has not) that no reveal in *view* opens yet: what this device should reveal now."""
    opened = {v.reveals for v in view.votes if v.is_reveal and v.device_id == device_id}
    out = []
    for vote in view.votes:
        proposal = view.proposals.get(vote.proposal_id)
        if not (vote.sealed and vote.member_id == member_id and vote.device_id == device_id):
            continue
        if proposal is None or vote.id in opened:
            continue
        if proposal.deadline < now <= reveal_until(proposal):
            out.append(vote)
    return tuple(out)


def _order(vote: Vote) -> tuple[dt.datetime, str, bytes]:
    return vote.cast_at, vote.id, vote.signature


def _when(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


__all__ = [
    "REVEAL_WINDOW",
    "Opened",
    "form_problem",
    "judge_reveal",
    "open_ballots",
    "receipt_window",
    "reveal_until",
    "reveals_due",
]
