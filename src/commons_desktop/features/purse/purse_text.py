"""The purse screen's words: a proposal's terms, its outcome with turnout, and where my vote stands."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from commons_desktop.labels import clock, money, plain_date
from commons_desktop.service.values import MyVote, ProposalState
from sync.community import Choice, Proposal
from sync.community.model import quorum_minimum
from sync.community.votes import VoteStatus

translate = QCoreApplication.translate  # lupdate reads only literal translate("PurseView", "…") calls

__all__ = ["choice_label", "moment", "my_vote_text", "outcome_text", "short_result", "terms_text"]


def moment(when: dt.datetime) -> str:
    """E.g. "14 Dec 2026 18:00", in this computer's time zone."""
    local = when.astimezone()
    return f"{plain_date(local.date())} {clock(local)}"


def choice_label(choice: Choice) -> str:
    return {
        Choice.YES: translate("PurseView", "yes"),
        Choice.NO: translate("PurseView", "no"),
        Choice.ABSTAIN: translate("PurseView", "abstain"),
    }[choice]


def eligible(state: ProposalState, members: int) -> int:
    """How many may vote: the proposal's frozen voters, or every member for one that lists none."""
    return state.voters or members


def terms_text(proposal: Proposal, state: ProposalState, members: int) -> str:
    voters = eligible(state, members)
    text = translate(
        "PurseView",
        "{amount} for: {purpose}\nVoting closes {deadline}.\nQuorum: {quorum} of {voters} voters must vote"
        " (the least allowed is {minimum}, a quarter). Threshold: {threshold}% of yes and no votes must be yes.",
    ).format(
        amount=money(proposal.amount_minor, proposal.currency),
        purpose=proposal.purpose,
        deadline=moment(proposal.deadline),
        quorum=proposal.quorum,
        voters=voters,
        minimum=quorum_minimum(voters),
        threshold=proposal.threshold_percent,
    )
    if proposal.sealed:
        text += "\n" + translate(
            "PurseView",
            "Results stay hidden until voting closes: each vote is sealed, and opened by its voter's Commons"
            " after the deadline.",
        )
    return text


def _counts(state: ProposalState) -> str:
    return translate("PurseView", "{yes} yes, {no} no, {abstain} abstaining").format(
        yes=state.yes, no=state.no, abstain=state.abstain
    )


def outcome_text(proposal: Proposal, state: ProposalState, members: int) -> str:
    """Open: the votes so far (for hidden results, only how many voted). Closed: passed or not, why, and the
    turnout against the eligible voters; sealed votes still to be opened or never opened; reasons for no."""
    voters = eligible(state, members)
    turnout = translate("PurseView", "Turnout: {turnout} of {voters} eligible voters ({percent}%).").format(
        turnout=state.turnout, voters=voters, percent=round(100 * state.turnout / voters) if voters else 0
    )
    if state.status is VoteStatus.OPEN and state.sealed:
        return (
            translate("PurseView", "Voting is open. Results are hidden until {deadline}.").format(
                deadline=moment(proposal.deadline)
            )
            + " "
            + turnout
        )
    if state.status is VoteStatus.OPEN:
        return (
            translate("PurseView", "Voting is open. Counted so far: {counts}.").format(counts=_counts(state))
            + " "
            + turnout
        )
    notes = (_verdict(proposal, state), turnout, _sealed_note(state), _unreceipted_note(state))
    text = " ".join(part for part in notes if part)
    return text + _reasons(state)


def _verdict(proposal: Proposal, state: ProposalState) -> str:
    if state.status is VoteStatus.REVEALING:
        waiting = state.awaiting_reveal  # a plain name: lupdate skips a plural whose count is an attribute
        return (
            translate(
                "PurseView",
                "Voting has closed. Waiting for %n sealed vote(s) to be opened, until {until}. Opened so far:",
                "",
                waiting,
            ).format(until=moment(state.reveal_until or proposal.deadline))
            + " "
            + _counts(state)
            + "."
        )
    if state.status is VoteStatus.PASSED:
        head = translate("PurseView", "Passed: {counts}.").format(counts=_counts(state))
        if state.paid_out:
            head += " " + translate("PurseView", "The purse has paid it out.")
        return head
    if not state.quorum_met:
        why = translate("PurseView", "Not passed: too few voted (the quorum was {quorum}).").format(
            quorum=proposal.quorum
        )
    else:
        why = translate(
            "PurseView", "Not passed: fewer than {threshold}% of yes and no votes were yes."
        ).format(threshold=proposal.threshold_percent)
    return why + " " + _counts(state) + "."


def _sealed_note(state: ProposalState) -> str:
    if not state.unopened:
        return ""
    unopened = state.unopened  # a plain name, for lupdate (as above)
    return translate(
        "PurseView",
        "%n sealed vote(s) were never opened in time: they count toward turnout and the quorum, not yes or no.",
        "",
        unopened,
    )


def _unreceipted_note(state: ProposalState) -> str:
    """Reveals that arrived but that no neighbour's Commons received while sealed votes were being opened."""
    if not state.unreceipted:
        return ""
    unreceipted = state.unreceipted  # a plain name, for lupdate (as above)
    if state.status is VoteStatus.REVEALING:
        return translate(
            "PurseView",
            "Opened, waiting for another member's Commons to receive the opening: %n sealed vote(s).",
            "",
            unreceipted,
        )
    return translate(
        "PurseView",
        "Of those, opened but not received by another member's Commons in time: %n sealed vote(s).",
        "",
        unreceipted,
    )


def _reasons(state: ProposalState) -> str:
    """The reasons given with counted votes against, without names (the purse names no voter)."""
    if not state.reasons:
        return ""
    listed = "\n".join(f"• {reason}" for _member, reason in state.reasons)
    return "\n" + translate("PurseView", "Reasons given for no:") + "\n" + listed


def short_result(state: ProposalState) -> str:
    if state.status is VoteStatus.OPEN:
        return (
            translate("PurseView", "open, results hidden") if state.sealed else translate("PurseView", "open")
        )
    if state.status is VoteStatus.REVEALING:
        return translate("PurseView", "opening sealed votes")
    if state.paid_out:
        return translate("PurseView", "passed, paid out")
    return (
        translate("PurseView", "passed")
        if state.status is VoteStatus.PASSED
        else translate("PurseView", "not passed")
    )


def my_vote_text(state: ProposalState, deadline: dt.datetime | None = None) -> str:
    """Where my vote stands; for a sealed one before *deadline* (the proposal's), what I chose and until when
    it stays sealed (only my own Commons knows it)."""
    if state.my_choice is None:
        if not state.may_vote:
            return translate(
                "PurseView", "You were not a member when this proposal opened, so you do not vote on it."
            )
        if state.status is VoteStatus.OPEN:
            return translate("PurseView", "You have not voted yet.")
        return translate("PurseView", "You did not vote.")
    choice = choice_label(state.my_choice)
    if state.sealed and state.status is VoteStatus.OPEN and state.my_vote in (MyVote.COUNTED, MyVote.WAITING):
        return _my_sealed_vote(choice, deadline, state.my_vote)
    return {
        MyVote.COUNTED: translate("PurseView", "Your vote ({choice}) is counted."),
        MyVote.WAITING: translate(
            "PurseView",
            "Your vote ({choice}) is waiting for a neighbour to receive it: it counts once another member's"
            " Commons has it before voting closes.",
        ),
        MyVote.LATE: translate(
            "PurseView", "Your vote ({choice}) was late: no neighbour received it before voting closed."
        ),
        MyVote.SET_ASIDE: translate("PurseView", "Your vote ({choice}) is not counted: {reason}"),
        MyVote.NONE: translate("PurseView", "You have not voted yet."),
    }[state.my_vote].format(choice=choice, reason=state.my_reason)


def _my_sealed_vote(choice: str, deadline: dt.datetime | None, mine: MyVote) -> str:
    text = (
        translate("PurseView", "You voted {choice} — sealed until {deadline}.").format(
            choice=choice, deadline=moment(deadline)
        )
        if deadline is not None
        else translate("PurseView", "You voted {choice} — sealed until voting closes.").format(choice=choice)
    )
    if mine is MyVote.WAITING:
        text += " " + translate(
            "PurseView", "It counts once another member's Commons has it before voting closes."
        )
    return text


def my_vote_short(state: ProposalState) -> str:
    if state.my_choice is None:
        return "" if state.may_vote else translate("PurseView", "not a voter")
    choice = choice_label(state.my_choice)
    if state.sealed and state.status is VoteStatus.OPEN and state.my_vote is not MyVote.SET_ASIDE:
        return translate("PurseView", "{choice}, sealed").format(choice=choice)
    return {
        MyVote.COUNTED: translate("PurseView", "{choice}, counted"),
        MyVote.WAITING: translate("PurseView", "{choice}, waiting for a neighbour"),
        MyVote.LATE: translate("PurseView", "{choice}, late"),
        MyVote.SET_ASIDE: translate("PurseView", "{choice}, not counted"),
        MyVote.NONE: "",
    }[state.my_vote].format(choice=choice)
