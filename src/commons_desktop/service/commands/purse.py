"""The common purse and votes: the purse and every proposal's tally for the window, and paying out a proposal
that passed.

The window holds no keys of other devices and no receipts, so what counts is judged here, with the
community's verifier, by the same rules every peer runs (`sync.community.ledger`, `sync.community.votes`). A
withdrawal is checked against those rules before it is written: one the rules would set aside is refused with
the reason, and nothing is stored.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from sync.community import EntryKind
from sync.community.finances import purse_summary
from sync.community.ledger import LedgerReport, Rule, check_ledger, format_amount
from sync.community.signed import LedgerEntry, Vote
from sync.community.votes import (
    Outcome,
    Receipts,
    VoteRule,
    VoteStatus,
    in_vote_order,
    judge_vote,
    tally,
    valid_receipts,
)

from ..protocol import PurseOverview, WithdrawFromPurse
from ..values import HISTORY_SHOWN, MyVote, ProposalState, PurseReport
from . import handles
from .community import _me, _new_id, _now, _write, community_id
from .votes import my_sealed_choice

if TYPE_CHECKING:
    import datetime as dt

    from sync.community import Choice, CommunityView, MembershipVerifier, Proposal

    from ..core import Service

__all__ = ["purse_overview", "withdraw_from_purse"]

_PURSE_KINDS = (EntryKind.PURSE_DEPOSIT, EntryKind.PURSE_WITHDRAWAL)


def _view(service: Service, space_id: bytes) -> CommunityView:
    doc = service.engine.document(space_id)
    if doc is None:
        raise LookupError("This community's records have not arrived yet.")
    return doc.view()


@handles(PurseOverview)
def purse_overview(service: Service, command: PurseOverview) -> PurseReport:
    space_id = community_id(service, command.space)
    view = _view(service, space_id)
    verifier = service.verifier(space_id)
    ledger = _checked_ledger(service, space_id, view, verifier)
    summary = purse_summary(ledger)
    entries = [e for e in ledger.accepted if e.kind in _PURSE_KINDS]
    now = service.engine.now()
    receipts = valid_receipts(view, verifier)
    states = [
        _proposal_state(service, space_id, view, receipts, proposal, now, proposal.id in ledger.withdrawals)
        for proposal in view.proposals.values()
    ]
    states.sort(key=lambda s: (s.status is not VoteStatus.OPEN, _deadline_key(view, s)))
    newest = tuple(reversed(entries[-HISTORY_SHOWN:]))
    return PurseReport(
        command.space,
        summary.balance,
        summary.deposited,
        summary.withdrawn,
        newest,
        tuple(states),
        len(entries),
    )


def _checked_ledger(
    service: Service, space_id: bytes, view: CommunityView, verifier: MembershipVerifier
) -> LedgerReport:
    """The ledger as the rules count it, checked again only when the ledger, the members or the membership
    changed (one signature check per entry: the cache What's new keeps)."""
    space = service.engine.space(space_id)
    assert space is not None  # community_id checked it
    return service.news.ledger(space_id, view, space.state, verifier)


def _deadline_key(view: CommunityView, state: ProposalState) -> tuple[float, str]:
    """Open proposals soonest first; closed ones most recently closed first."""
    deadline = view.proposals[state.proposal].deadline.timestamp()
    return (deadline if state.status is VoteStatus.OPEN else -deadline), state.proposal


def _proposal_state(
    service: Service,
    space_id: bytes,
    view: CommunityView,
    receipts: Receipts,
    proposal: Proposal,
    now: dt.datetime,
    paid_out: bool,
) -> ProposalState:
    verifier, me = service.verifier(space_id), _me(service, space_id)
    outcome = tally(view, proposal.id, verifier, now, receipts)
    mine = in_vote_order(
        v for v in view.votes if v.proposal_id == proposal.id and v.member_id == me and not v.is_reveal
    )
    my_vote, reason = MyVote.NONE, ""
    if mine:
        problem = judge_vote(view, mine[-1], verifier, now, receipts)
        my_vote, reason = _my_vote(problem)
    return ProposalState(
        proposal=proposal.id,
        status=outcome.status,
        yes=outcome.yes,
        no=outcome.no,
        abstain=outcome.abstain,
        turnout=outcome.turnout,
        voters=outcome.voters,
        quorum_met=outcome.quorum_met,
        threshold_met=outcome.threshold_met,
        paid_out=paid_out,
        may_vote=_may_vote(view, proposal, me),
        my_choice=_my_choice(service, space_id, mine[-1]) if mine else None,
        my_vote=my_vote,
        my_reason=reason,
        sealed=outcome.sealed,
        awaiting_reveal=outcome.awaiting_reveal,
        unopened=outcome.unopened,
        unreceipted=outcome.unreceipted,
        reveal_until=outcome.reveal_until,
        reasons=tuple((v.member_id, v.reason) for v in outcome.reasons),
    )


def _my_choice(service: Service, space_id: bytes, vote: Vote) -> Choice | None:
    """My vote's choice: read from the vote, or for a sealed one from what my store kept of it."""
    return my_sealed_choice(service, space_id, vote) if vote.sealed else vote.choice


def _may_vote(view: CommunityView, proposal: Proposal, me: str) -> bool:
    return me in proposal.voters if proposal.voters else me in view.members


def _my_vote(problem: tuple[VoteRule, str] | None) -> tuple[MyVote, str]:
    if problem is None:
        return MyVote.COUNTED, ""
    rule, reason = problem
    if rule is VoteRule.AWAITING_RECEIPT:
        return MyVote.WAITING, ""
    if rule in (VoteRule.LATE, VoteRule.AFTER_DEADLINE):
        return MyVote.LATE, reason
    return MyVote.SET_ASIDE, reason


@handles(WithdrawFromPurse)
def withdraw_from_purse(service: Service, command: WithdrawFromPurse) -> LedgerEntry:
    space_id = community_id(service, command.space)
    view = _view(service, space_id)
    proposal = view.proposals.get(command.proposal)
    if proposal is None:
        raise LookupError("There is no such proposal in this community (yet).")
    signer = service.engine.me.signer
    entry = LedgerEntry(
        _new_id(),
        EntryKind.PURSE_WITHDRAWAL,
        _me(service, space_id),
        signer.device_id.hex,
        proposal.amount_minor,
        proposal.currency,
        _now(service),
        ref=proposal.id,
        memo=command.memo,
    ).signed_by(signer)
    _refuse_unless_accepted(service, space_id, view, entry)
    _write(service, space_id, lambda d: d.append_entry(entry))
    return entry


def _refuse_unless_accepted(
    service: Service, space_id: bytes, view: CommunityView, entry: LedgerEntry
) -> None:
    """Raise with a sentence a person can act on when the ledger rules would set *entry* aside."""
    verifier = service.verifier(space_id)
    report = check_ledger(dataclasses.replace(view, ledger=(*view.ledger, entry)), verifier)
    review = next((r for r in report.needs_review if r.entry.id == entry.id), None)
    if review is None:
        return
    proposal = view.proposals[entry.ref]
    if review.rule is Rule.PURSE_OVERSPENT:
        held = _checked_ledger(service, space_id, view, verifier).purse_balance.get(entry.unit, 0)
        raise ValueError(
            f"The purse holds {format_amount(held, entry.unit)}, and this withdrawal would take"
            f" {format_amount(entry.amount_minor, entry.unit)}: nothing was paid out. Deposit more first."
        )
    if review.rule is Rule.PROPOSAL_NOT_PASSED:
        outcome: Outcome = tally(view, proposal.id, verifier, entry.at)
        why = {
            VoteStatus.OPEN: "voting is still open",
            VoteStatus.REVEALING: "its sealed votes are still being opened",
        }.get(outcome.status, "it did not pass")
        raise ValueError(f"“{proposal.title}” cannot be paid out: {why}. Nothing was paid out.")
    if review.rule is Rule.ALREADY_WITHDRAWN:
        raise ValueError(f"“{proposal.title}” was paid out already. Nothing was paid out again.")
    raise ValueError(
        f"The ledger rules would not count this withdrawal ({review.reason}): nothing was paid out."
    )
