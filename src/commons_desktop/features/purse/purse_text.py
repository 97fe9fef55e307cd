"""The purse screen's words: a proposal's terms, its outcome with turnout, and where my vote stands."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from commons_desktop.labels import clock, money, plain_date
from commons_desktop.service.values import MyVote, ProposalState
from sync.community import Choice, Proposal
from sync.community.model import quorum_minimum
from sync.community.votes import VoteStatus

__all__ = ["choice_label", "moment", "my_vote_text", "outcome_text", "short_result", "terms_text"]


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("PurseView", text, disambiguation, n)


def moment(when: dt.datetime) -> str:
    """E.g. "14 Dec 2026 18:00", in this computer's time zone."""
    local = when.astimezone()
    return f"{plain_date(local.date())} {clock(local)}"


def choice_label(choice: Choice) -> str:
    return {Choice.YES: _tr("yes"), Choice.NO: _tr("no"), Choice.ABSTAIN: _tr("abstain")}[choice]


def eligible(state: ProposalState, members: int) -> int:
    """How many may vote: the proposal's frozen voters, or every member for one that lists none."""
    return state.voters or members


def terms_text(proposal: Proposal, state: ProposalState, members: int) -> str:
    voters = eligible(state, members)
    return _tr(
        "{amount} for: {purpose}\nVoting closes {deadline}.\nQuorum: {quorum} of {voters} voters must vote"
        " (the least allowed is {minimum}, a quarter). Threshold: {threshold}% of yes and no votes must be yes."
    ).format(
        amount=money(proposal.amount_minor, proposal.currency),
        purpose=proposal.purpose,
        deadline=moment(proposal.deadline),
        quorum=proposal.quorum,
        voters=voters,
        minimum=quorum_minimum(voters),
        threshold=proposal.threshold_percent,
    )


def _counts(state: ProposalState) -> str:
    return _tr("{yes} yes, {no} no, {abstain} abstaining").format(
        yes=state.yes, no=state.no, abstain=state.abstain
    )


def outcome_text(proposal: Proposal, state: ProposalState, members: int) -> str:
    """Open: the votes so far. Closed: passed or not, why, and the turnout against the eligible voters."""
    voters = eligible(state, members)
    turnout = _tr("Turnout: {turnout} of {voters} eligible voters ({percent}%).").format(
        turnout=state.turnout, voters=voters, percent=round(100 * state.turnout / voters) if voters else 0
    )
    if state.status is VoteStatus.OPEN:
        return _tr("Voting is open. Counted so far: {counts}.").format(counts=_counts(state)) + " " + turnout
    if state.status is VoteStatus.PASSED:
        head = _tr("Passed: {counts}.").format(counts=_counts(state))
        if state.paid_out:
            head += " " + _tr("The purse has paid it out.")
        return head + " " + turnout
    if not state.quorum_met:
        why = _tr("Not passed: too few voted (the quorum was {quorum}).").format(quorum=proposal.quorum)
    else:
        why = _tr("Not passed: fewer than {threshold}% of yes and no votes were yes.").format(
            threshold=proposal.threshold_percent
        )
    return why + " " + _counts(state) + ". " + turnout


def short_result(state: ProposalState) -> str:
    if state.status is VoteStatus.OPEN:
        return _tr("open")
    if state.paid_out:
        return _tr("passed, paid out")
    return _tr("passed") if state.status is VoteStatus.PASSED else _tr("not passed")


def my_vote_text(state: ProposalState) -> str:
    if state.my_choice is None:
        if not state.may_vote:
            return _tr("You were not a member when this proposal opened, so you do not vote on it.")
        if state.status is VoteStatus.OPEN:
            return _tr("You have not voted yet.")
        return _tr("You did not vote.")
    choice = choice_label(state.my_choice)
    return {
        MyVote.COUNTED: _tr("Your vote ({choice}) is counted."),
        MyVote.WAITING: _tr(
            "Your vote ({choice}) is waiting for a neighbour to receive it: it counts once another member's"
            " Commons has it before voting closes."
        ),
        MyVote.LATE: _tr("Your vote ({choice}) was late: no neighbour received it before voting closed."),
        MyVote.SET_ASIDE: _tr("Your vote ({choice}) is not counted: {reason}"),
        MyVote.NONE: _tr("You have not voted yet."),
    }[state.my_vote].format(choice=choice, reason=state.my_reason)


def my_vote_short(state: ProposalState) -> str:
    if state.my_choice is None:
        return "" if state.may_vote else _tr("not a voter")
    choice = choice_label(state.my_choice)
    return {
        MyVote.COUNTED: _tr("{choice}, counted"),
        MyVote.WAITING: _tr("{choice}, waiting for a neighbour"),
        MyVote.LATE: _tr("{choice}, late"),
        MyVote.SET_ASIDE: _tr("{choice}, not counted"),
        MyVote.NONE: "",
    }[state.my_vote].format(choice=choice)
