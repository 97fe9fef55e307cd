"""Votes on common-purse proposals: which signed votes count, and the outcome they give.

One vote per member counts: the member's latest valid vote (by cast_at, then id) cast at or before the deadline,
so a vote can be changed until then. Votes that fail a rule are never counted; they are listed for review with a
reason. Only the proposal's voters (the members when it opened, listed in it) vote: anyone else's vote is set
aside for review, and turnout is reported against the number of voters. The counts do not depend on *now* —
every vote in the document up to the deadline counts, even one from a device whose clock runs ahead — *now*
only decides whether voting is still open.

Two rules read what the document shows rather than what the voter says:

- **Terms.** A vote signs a digest of the proposal's terms it was cast on (`Vote.terms`, signature layout v2).
  A vote whose digest is not that of the proposal's terms as they stand is set aside: the terms changed after
  it was cast (an edit that raced it; an edit built on a vote is refused on receipt, `sync.community._rules`).
- **The deadline.** A vote's own date is whatever its writer's clock said, so a vote counts only when a
  *receipt* signed by another member's device says it saw the vote at or before the deadline (`Receipt`; the
  sync service writes one for every other member's vote it first holds while the proposal is open, and the
  write rules refuse a receipt dated before what it builds on). Without one it is "awaiting a neighbour" until
  the deadline and late after it: a voter whose neighbours all stayed offline until the deadline voted late.
  A document made before receipts existed (`CommunityView.receipts` None) judges a vote by its `cast_at`.

A vote against may give a reason (`Vote.reason`); the outcome lists the counted reasons. A proposal whose
results stay hidden until its deadline is voted with sealed votes, opened after it by their reveals
(`sync.community.sealed`): its counts stay at zero until then, its turnout is the sealed votes that count, and
once it closed it is "revealing" (`VoteStatus.REVEALING`) until every counted sealed vote is opened or the
reveal window ends; a sealed vote never opened counts toward turnout and the quorum, not toward yes or no. A
reveal opens its vote only with a receipt by another member's device dated within the reveal window, so a
reveal dated back into it by a device offline past it opens nothing (`REVEAL_UNRECEIPTED`).
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
from collections.abc import Iterable
from dataclasses import dataclass

from . import _authorship as auth
from . import _checks as c
from . import sealed as sealing
from .errors import NotFoundError
from .model import Choice, Proposal
from .signed import Receipt, Verifier, Vote, proposal_terms, vote_ref
from .view import CommunityView


class VoteStatus(enum.Enum):
    OPEN = "open"  # the deadline has not passed yet
    REVEALING = "revealing"  # closed, and sealed votes may still be opened (`sync.community.sealed`)
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
    TERMS_CHANGED = "terms-changed"  # the proposal's terms are not those the vote was cast on
    LATE = "late"  # no other member's device received it before the deadline
    AWAITING_RECEIPT = (
        "awaiting-receipt"  # not received by another member yet, and voting is open: not counted yet
    )
    NOT_A_VOTER = "not-a-voter"
    READABLE_ON_SEALED = sealing.READABLE_ON_SEALED  # a readable vote where results stay hidden
    SEALED_ON_OPEN = sealing.SEALED_ON_OPEN  # a sealed vote where results are not hidden
    REVEAL_UNKNOWN = sealing.REVEAL_UNKNOWN  # a reveal of a sealed vote the document lacks
    REVEAL_MISMATCH = sealing.REVEAL_MISMATCH  # a reveal that does not give its sealed vote's commitment
    REVEAL_EARLY = sealing.REVEAL_EARLY  # a reveal dated by the deadline
    REVEAL_LATE = sealing.REVEAL_LATE  # a reveal dated after the reveal window
    REVEAL_UNRECEIPTED = sealing.REVEAL_UNRECEIPTED  # no other member's device received it in the window


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
    awaiting: tuple[Vote, ...] = ()  # voting is open and no other member's device has received these yet
    voters: int = 0  # members who may vote (the proposal's voters); 0 for a proposal that lists none
    sealed: bool = False  # results hidden until the deadline: counted votes are sealed until revealed
    awaiting_reveal: int = 0  # counted sealed votes not opened yet, while reveals may still come
    unopened: int = 0  # counted sealed votes never opened: they count toward turnout only
    reveal_until: dt.datetime | None = None  # the last instant a reveal counts (sealed proposals)
    unreceipted: int = 0  # sealed votes revealed, but not received by a neighbour in the window (yet)

    @property
    def reasons(self) -> tuple[Vote, ...]:
        """The counted votes against that give a reason, by member id."""
        return tuple(v for v in self.counted if v.choice is Choice.NO and v.reason)


def vote_order(vote: Vote) -> tuple[dt.datetime, str, bytes, bytes]:
    """A total order every peer computes alike, whatever order the merged document lists votes in."""
    return vote.cast_at, vote.id, vote.signing_bytes(), vote.signature


def in_vote_order(votes: Iterable[Vote]) -> list[Vote]:
    """*votes* sorted by `vote_order`, with a vote's bytes made only to break a tie of time and id (which honest
    writers never make): making them for every vote cost most of the purse's answer."""
    out: list[Vote] = []
    for _, same in itertools.groupby(sorted(votes, key=_time_and_id), key=_time_and_id):
        tied = list(same)
        out.extend(tied if len(tied) == 1 else sorted(tied, key=vote_order))
    return out


def _time_and_id(vote: Vote) -> tuple[dt.datetime, str]:
    return vote.cast_at, vote.id


AWAITING_REVEAL_REASON = (
    "not yet received by a neighbour: it opens the sealed vote once another member's Commons has it"
    " while sealed votes are being opened"
)
AWAITING_REASON = (
    "not yet received by a neighbour: it counts once another member's Commons has it before voting closes"
)
Receipts = dict[str, tuple[Receipt, ...]]  # vote_ref → the valid receipts naming that vote


def valid_receipts(view: CommunityView, verifier: Verifier) -> Receipts:
    """The receipts signed by a device the community links to the member the receipt names, by vote."""
    out: dict[str, list[Receipt]] = {}
    for receipt in view.receipts or ():
        problem = auth.authorship_problem(
            view,
            verifier,
            member_id=receipt.member_id,
            device_id=receipt.device_id,
            record=receipt,
            role="witness",
        )
        if problem is None:
            out.setdefault(receipt.vote, []).append(receipt)
    return {ref: tuple(listed) for ref, listed in out.items()}


def judge_vote(
    view: CommunityView,
    vote: Vote,
    verifier: Verifier,
    now: dt.datetime | None = None,
    receipts: Receipts | None = None,
) -> tuple[VoteRule, str] | None:
    """The rule a vote breaks and why, or None when it may be counted. *now* (None: after every deadline)
    decides whether a vote no neighbour has received yet is awaiting or late; *receipts* are
    `valid_receipts(view, verifier)`, computed here when not given. A reveal is judged by
    `sealed.judge_reveal`."""
    if vote.is_reveal:
        return _judge_reveal(view, vote, verifier, now, receipts)
    proposal = view.proposals.get(vote.proposal_id)
    problem = auth.authorship_problem(
        view,
        verifier,
        member_id=vote.member_id,
        device_id=vote.device_id,
        record=vote,
        role="voter",
    )
    if problem is not None:
        return VoteRule(problem[0]), problem[1]
    if proposal is None:
        return VoteRule.UNKNOWN_PROPOSAL, f"vote for an unknown proposal '{vote.proposal_id}'"
    broken = (
        _wrong_form(vote, proposal)
        or _not_a_voter(vote, proposal)
        or _after_deadline(vote, proposal)
        or _terms_changed(vote, proposal)
    )
    if broken is None and view.receipts is not None:
        found = receipts if receipts is not None else valid_receipts(view, verifier)
        broken = _unreceipted(vote, proposal, found, now)
    return broken


def _judge_reveal(
    view: CommunityView, reveal: Vote, verifier: Verifier, now: dt.datetime | None, receipts: Receipts | None
) -> tuple[VoteRule, str] | None:
    revealed = sealing.judge_reveal(view, reveal, verifier)
    if revealed is not None:
        return VoteRule(revealed[0]), revealed[1]
    proposal = view.proposals[reveal.proposal_id]  # judge_reveal found it
    if view.receipts is None:
        return None
    found = receipts if receipts is not None else valid_receipts(view, verifier)
    if received_in_time(reveal, proposal, found):
        return None
    until = sealing.reveal_until(proposal)
    if now is not None and now <= until:
        return VoteRule.AWAITING_RECEIPT, AWAITING_REVEAL_REASON
    return (
        VoteRule.REVEAL_UNRECEIPTED,
        f"not opened: no other member's device received this reveal before {_when(until)},"
        " when sealed votes stop being opened",
    )


def _wrong_form(vote: Vote, proposal: Proposal) -> tuple[VoteRule, str] | None:
    problem = sealing.form_problem(vote, proposal)
    return None if problem is None else (VoteRule(problem[0]), problem[1])


def _terms_changed(vote: Vote, proposal: Proposal) -> tuple[VoteRule, str] | None:
    if vote.terms and vote.terms != proposal_terms(proposal):
        return VoteRule.TERMS_CHANGED, "the proposal's terms changed after this vote was cast"
    return None


def received_in_time(vote: Vote, proposal: Proposal, receipts: Receipts) -> bool:
    """Whether a device of another member signed that it saw *vote* in its `sealed.receipt_window`: a vote at
    or before the proposal's deadline, a reveal after it and at or before the end of the reveal window."""
    after, until = sealing.receipt_window(vote, proposal)
    return any(
        r.member_id != vote.member_id and (after is None or r.seen_at > after) and r.seen_at <= until
        for r in receipts.get(vote_ref(vote), ())
    )


def _receipting_open(vote: Vote, proposal: Proposal, now: dt.datetime) -> bool:
    after, until = sealing.receipt_window(vote, proposal)
    return (after is None or now > after) and now <= until


def _unreceipted(
    vote: Vote, proposal: Proposal, receipts: Receipts, now: dt.datetime | None
) -> tuple[VoteRule, str] | None:
    if received_in_time(vote, proposal, receipts):
        return None
    if now is not None and now <= proposal.deadline:
        return VoteRule.AWAITING_RECEIPT, AWAITING_REASON
    return (
        VoteRule.LATE,
        f"late: no other member's device received this vote before voting closed {_when(proposal.deadline)}",
    )


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


def tally(
    view: CommunityView,
    proposal_id: str,
    verifier: Verifier,
    now: dt.datetime,
    receipts: Receipts | None = None,
) -> Outcome:
    """The outcome of *proposal_id* as of *now*. Raises NotFoundError for a proposal the view lacks.
    *receipts* are `valid_receipts(view, verifier)`, computed here when not given."""
    proposal = view.proposals.get(proposal_id)
    if proposal is None:
        raise NotFoundError(f"proposals/{proposal_id}")
    now = c.moment("now", now)
    latest: dict[str, Vote] = {}
    reviews: list[VoteReview] = []
    awaiting: list[Vote] = []
    if receipts is None:
        receipts = valid_receipts(view, verifier)
    ballots = (v for v in view.votes if v.proposal_id == proposal_id and not v.is_reveal)
    for vote in in_vote_order(ballots):
        problem = judge_vote(view, vote, verifier, now, receipts)
        if problem is None:
            latest[vote.member_id] = vote  # a later vote replaces the member's earlier one
        elif problem[0] is VoteRule.AWAITING_RECEIPT:
            awaiting.append(vote)
        else:
            reviews.append(VoteReview(vote, problem[1], problem[0]))
    counted = tuple(latest[m] for m in sorted(latest))
    opened = sealing.Opened(counted, 0, 0)
    if proposal.sealed:
        received = None if view.receipts is None else _received_by(receipts)
        opened = sealing.open_ballots(view, proposal, counted, verifier, now, received)
        reviews += _bad_reveals(view, proposal_id, verifier, now, receipts)
    counted = opened.counted
    yes = sum(1 for v in counted if v.choice is Choice.YES)
    no = sum(1 for v in counted if v.choice is Choice.NO)
    abstain = sum(1 for v in counted if v.choice is Choice.ABSTAIN)
    quorum_met = len(counted) >= proposal.quorum
    threshold_met = yes + no > 0 and yes * 100 >= proposal.threshold_percent * (yes + no)
    closed = now > proposal.deadline
    passed = closed and not opened.awaiting and quorum_met and threshold_met
    status = _status(closed, opened.awaiting, passed)
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
        awaiting=tuple(awaiting),
        voters=len(proposal.voters),
        sealed=proposal.sealed,
        awaiting_reveal=opened.awaiting,
        unopened=opened.unopened,
        reveal_until=sealing.reveal_until(proposal) if proposal.sealed else None,
        unreceipted=opened.unreceipted,
    )


def _received_by(receipts: Receipts) -> sealing.Received:
    return lambda vote, proposal: received_in_time(vote, proposal, receipts)


def _status(closed: bool, awaiting_reveal: int, passed: bool) -> VoteStatus:
    if not closed:
        return VoteStatus.OPEN
    if awaiting_reveal:
        return VoteStatus.REVEALING
    return VoteStatus.PASSED if passed else VoteStatus.REJECTED


def _bad_reveals(
    view: CommunityView, proposal_id: str, verifier: Verifier, now: dt.datetime, receipts: Receipts
) -> list[VoteReview]:
    """The reveals of *proposal_id* that open nothing: broken, or (once the window is over) unreceipted."""
    out = []
    for reveal in in_vote_order(v for v in view.votes if v.is_reveal and v.proposal_id == proposal_id):
        problem = _judge_reveal(view, reveal, verifier, now, receipts)
        if problem is not None and problem[0] is not VoteRule.AWAITING_RECEIPT:
            out.append(VoteReview(reveal, problem[1], problem[0]))
    return out


def review_votes(
    view: CommunityView, verifier: Verifier, now: dt.datetime | None = None, *, awaiting_of: str = ""
) -> tuple[VoteReview, ...]:
    """Every vote in the document that needs review, including votes for proposals the view lacks, as of
    *now* (None: after every deadline). The votes of member *awaiting_of* that no neighbour has received yet
    while voting is open are listed too (rule AWAITING_RECEIPT), so a person sees their own vote waiting."""
    out: list[VoteReview] = []
    receipts = valid_receipts(view, verifier)
    for vote in in_vote_order(view.votes):
        problem = judge_vote(view, vote, verifier, now, receipts)
        if problem is None:
            continue
        if problem[0] is not VoteRule.AWAITING_RECEIPT or (awaiting_of and vote.member_id == awaiting_of):
            out.append(VoteReview(vote, problem[1], problem[0]))
    return tuple(out)


def explain(outcome: Outcome) -> str:
    """One line saying why a proposal is open, waiting for sealed votes to be opened, passed or rejected."""
    counts = f"{outcome.yes} yes, {outcome.no} no, {outcome.abstain} abstaining"
    if outcome.unopened:
        counts += f", {outcome.unopened} sealed never opened (turnout only)"
        if outcome.unreceipted:
            counts += f": {outcome.unreceipted} revealed with no neighbour's receipt in time"
    if outcome.status is VoteStatus.OPEN and outcome.sealed:
        return (
            f"voting is open until {_when(outcome.deadline)}; results are hidden until then"
            f" ({outcome.turnout} voted so far)"
        )
    if outcome.status is VoteStatus.OPEN:
        return f"voting is open until {_when(outcome.deadline)} ({counts})"
    if outcome.status is VoteStatus.REVEALING:
        until = _when(outcome.reveal_until or outcome.deadline)
        waiting = f"{outcome.awaiting_reveal} sealed vote{'' if outcome.awaiting_reveal == 1 else 's'}"
        if outcome.unreceipted:
            waiting += f" ({outcome.unreceipted} revealed, awaiting a neighbour's receipt)"
        return f"waiting for {waiting} to be opened, until {until} ({counts})"
    if outcome.passed:
        return f"passed ({counts})"
    if not outcome.quorum_met:
        return f"rejected: {outcome.turnout} of the {outcome.quorum} votes needed for the quorum ({counts})"
    return f"rejected: fewer than {outcome.threshold_percent}% of yes and no votes were yes ({counts})"


def _when(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def votes_to_receipt(
    view: CommunityView, member_id: str, device_id: str, now: dt.datetime, receipts: Receipts
) -> tuple[Vote, ...]:
    """The votes a device of *member_id* should sign a receipt for at *now*: other members' votes on
    proposals whose deadline has not passed, and their reveals of sealed votes while the reveal window is open
    (`sealed.receipt_window`), that no other member has validly receipted in time yet
    (*receipts*: `valid_receipts`), and that this device has not receipted. One valid receipt is all a vote
    needs, so a community writes about one per vote, not one per vote and member; a receipt that does not
    verify, or is dated after the deadline, suppresses nothing. Empty for a document made before receipts."""
    if view.receipts is None:
        return ()
    now = c.moment("now", now)
    done = {r.vote for r in view.receipts if r.device_id == device_id}
    out: list[Vote] = []
    for vote in in_vote_order(view.votes):
        proposal = view.proposals.get(vote.proposal_id)
        if vote.member_id == member_id or proposal is None or not vote.signature:
            continue
        if not _receipting_open(vote, proposal, now):
            continue
        ref = vote_ref(vote)
        if ref not in done and not received_in_time(vote, proposal, receipts):
            done.add(ref)
            out.append(vote)
    return tuple(out)
