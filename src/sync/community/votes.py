"""Votes on common-purse proposals: which signed votes count, and the outcome they give.

One vote per member counts: the member's latest valid vote (by cast_at, then id) cast at or before the deadline,
so a vote can be changed until then. Votes that fail a rule are never counted; they are listed for review with a
reason. Only the proposal's voters (the members when it opened, listed in it) vote: anyone else's vote is set
aside for review, and turnout is reported against the number of voters. The counts do not depend on *now* —
every vote in the document up to the deadline counts, even one from a device whose clock runs ahead — *now*
only decides whether voting is still open.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from . import _authorship as auth
from . import _checks as c
from .errors import NotFoundError
from .model import Choice, Proposal
from .signed import Verifier, Vote
from .view import CommunityView


class VoteStatus(enum.Enum):
    OPEN = "open"  # the deadline has not passed yet
    PASSED = "passed"
    REJECTED = "rejected"


class VoteRule(enum.Enum):
    """Why a vote needs review (stable codes the app can map to its own words)."""

    MISSING_SIGNATURE = auth.MISSING_SIGNATURE
    BAD_SIGNATURE = auth.BAD_SIGNATURE
    UNKNOWN_MEMBER = auth.UNKNOWN_MEMBER
    DEVICE_NOT_LINKED = auth.DEVICE_NOT_LINKED
    UNKNOWN_PROPOSAL = "unknown-proposal"
    AFTER_DEADLINE = "after-deadline"
    NOT_A_VOTER = "not-a-voter"


@dataclass(frozen=True)
class VoteReview:
    vote: Vote
    reason: str
    rule: VoteRule


@dataclass(frozen=True)
class Outcome:
    proposal_id: str
    yes: int
    no: int
    abstain: int
    turnout: int  # members whose vote counts, abstentions included
    quorum: int
    quorum_met: bool  # turnout >= quorum (abstaining counts towards the quorum)
    threshold_percent: int
    threshold_met: bool  # yes / (yes + no) >= threshold; False when nobody voted yes or no
    passed: bool  # deadline passed, quorum met and threshold met
    status: VoteStatus
    deadline: dt.datetime
    counted: tuple[Vote, ...]  # the one counted vote of each member, by member id
    needs_review: tuple[VoteReview, ...]  # in vote order
    voters: int = 0  # members who may vote (the proposal's voters); 0 for a proposal that lists none


def vote_order(vote: Vote) -> tuple[dt.datetime, str, bytes, bytes]:
    """A total order every peer computes alike, whatever order the merged document lists votes in."""
    return vote.cast_at, vote.id, vote.signing_bytes(), vote.signature


def judge_vote(view: CommunityView, vote: Vote, verifier: Verifier) -> tuple[VoteRule, str] | None:
    """The rule a vote breaks and why, or None when it may be counted."""
    proposal = view.proposals.get(vote.proposal_id)
    problem = auth.authorship_problem(
        view,
        verifier,
        member_id=vote.member_id,
        device_id=vote.device_id,
        message=vote.signing_bytes(),
        signature=vote.signature,
        role="voter",
    )
    if problem is not None:
        return VoteRule(problem[0]), problem[1]
    if proposal is None:
        return VoteRule.UNKNOWN_PROPOSAL, f"vote for an unknown proposal '{vote.proposal_id}'"
    return _not_a_voter(vote, proposal) or _after_deadline(vote, proposal)


def _not_a_voter(vote: Vote, proposal: Proposal) -> tuple[VoteRule, str] | None:
    """A vote by someone the proposal does not list: not a member when it opened (a proposal that lists nobody,
    made outside a community's log, lets every member vote)."""
    if proposal.voters and vote.member_id not in proposal.voters:
        return (
            VoteRule.NOT_A_VOTER,
            f"vote by member '{vote.member_id}', who was not a member when the proposal opened:"
            f" its {len(proposal.voters)} voters are the members then",
        )
    return None


def _after_deadline(vote: Vote, proposal: Proposal) -> tuple[VoteRule, str] | None:
    if vote.cast_at > proposal.deadline:
        return (
            VoteRule.AFTER_DEADLINE,
            f"vote after the deadline: cast {_when(vote.cast_at)}, voting closed {_when(proposal.deadline)}",
        )
    return None


def tally(view: CommunityView, proposal_id: str, verifier: Verifier, now: dt.datetime) -> Outcome:
    """The outcome of *proposal_id* as of *now*. Raises NotFoundError for a proposal the view lacks."""
    proposal = view.proposals.get(proposal_id)
    if proposal is None:
        raise NotFoundError(f"proposals/{proposal_id}")
    now = c.moment("now", now)
    latest: dict[str, Vote] = {}
    reviews: list[VoteReview] = []
    for vote in sorted((v for v in view.votes if v.proposal_id == proposal_id), key=vote_order):
        problem = judge_vote(view, vote, verifier)
        if problem is None:
            latest[vote.member_id] = vote  # a later vote replaces the member's earlier one
        else:
            reviews.append(VoteReview(vote, problem[1], problem[0]))
    counted = tuple(latest[m] for m in sorted(latest))
    yes = sum(1 for v in counted if v.choice is Choice.YES)
    no = sum(1 for v in counted if v.choice is Choice.NO)
    abstain = len(counted) - yes - no
    quorum_met = len(counted) >= proposal.quorum
    threshold_met = yes + no > 0 and yes * 100 >= proposal.threshold_percent * (yes + no)
    closed = now > proposal.deadline
    passed = closed and quorum_met and threshold_met
    status = VoteStatus.OPEN if not closed else VoteStatus.PASSED if passed else VoteStatus.REJECTED
    return Outcome(
        proposal_id=proposal_id,
        yes=yes,
        no=no,
        abstain=abstain,
        turnout=len(counted),
        quorum=proposal.quorum,
        quorum_met=quorum_met,
        threshold_percent=proposal.threshold_percent,
        threshold_met=threshold_met,
        passed=passed,
        status=status,
        deadline=proposal.deadline,
        counted=counted,
        needs_review=tuple(reviews),
        voters=len(proposal.voters),
    )


def review_votes(view: CommunityView, verifier: Verifier) -> tuple[VoteReview, ...]:
    """Every vote in the document that needs review, including votes for proposals the view lacks."""
    out: list[VoteReview] = []
    for vote in sorted(view.votes, key=vote_order):
        problem = judge_vote(view, vote, verifier)
        if problem is not None:
            out.append(VoteReview(vote, problem[1], problem[0]))
    return tuple(out)


def explain(outcome: Outcome) -> str:
    """One line saying why a proposal is open, passed or rejected."""
    counts = f"{outcome.yes} yes, {outcome.no} no, {outcome.abstain} abstaining"
    if outcome.status is VoteStatus.OPEN:
        return f"voting is open until {_when(outcome.deadline)} ({counts})"
    if outcome.passed:
        return f"passed ({counts})"
    if not outcome.quorum_met:
        return f"rejected: {outcome.turnout} of the {outcome.quorum} votes needed for the quorum ({counts})"
    return f"rejected: fewer than {outcome.threshold_percent}% of yes and no votes were yes ({counts})"


def _when(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
