"""What is new in a community for one member since they last looked, and what is coming up for them.

"New" comes from the document's change history, never from anyone's clock: the member's device keeps the heads
of the document as they last saw it, and a record is new (or changed) when the view at those heads lacks it (or
differs). A peer whose clock is wrong, or who backdates a record, cannot hide it from "new", nor make an old
record look new. What is coming up (events this week, proposals closing, payments due) is about the calendar,
so it is read from the records' own dates against the reader's today.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from .finances import lending_circle_schedules, repayments_due
from .ledger import LedgerReport
from .model import ProjectStatus, Side
from .view import CommunityView

__all__ = ["SOON", "ContributionDue", "News", "RepaymentSoon", "Seen", "news"]

SOON = dt.timedelta(days=7)  # "this week": events, closing proposals and payments within the next seven days


@dataclass(frozen=True)
class ContributionDue:
    """My contribution to a lending circle's round, not yet recorded, due within the week (or late)."""

    circle_id: str
    round_index: int
    due_on: dt.date


@dataclass(frozen=True)
class RepaymentSoon:
    """Stakeholders of a project I started still to be repaid, with the repay-by date within the week or past."""

    project_id: str
    outstanding_minor: int
    currency: str
    due_by: dt.date


@dataclass(frozen=True)
class Seen:
    """What "new" is measured against: of the community as the member last saw it, only the ids of each kind
    of record, which needs and offers were open and each project's status (small enough to keep in memory
    beside the current view, so a report does not read the past again)."""

    ids: dict[str, frozenset[str]]
    open_items: frozenset[str]
    project_status: dict[str, ProjectStatus]

    @classmethod
    def of(cls, view: CommunityView) -> Seen:
        return cls(
            {coll: frozenset(getattr(view, coll)) for coll in _ADDED},
            frozenset(key for key, item in view.needs_offers.items() if item.open),
            {key: project.status for key, project in view.projects.items()},
        )


@dataclass(frozen=True)
class News:
    """For one member. The record lists hold ids; the window reads the records from its own copy.

    first_look: the member's device has no record of having looked before, so nothing is called new (the
    records are all there on the community's screens) and this look becomes the starting point."""

    first_look: bool
    members: tuple[str, ...] = ()  # joined since
    needs: tuple[str, ...] = ()  # open needs added since
    offers: tuple[str, ...] = ()  # open offers added since
    met: tuple[str, ...] = ()  # needs and offers closed since (met or withdrawn)
    assets: tuple[str, ...] = ()  # added since
    events: tuple[str, ...] = ()  # added since
    projects: tuple[str, ...] = ()  # added since, or whose status changed
    proposals: tuple[str, ...] = ()  # added since
    events_this_week: tuple[tuple[str, dt.datetime], ...] = ()  # (event, occurrence start), by start
    proposals_closing: tuple[
        str, ...
    ] = ()  # open, closing within the week, mine to vote on and not voted; soonest
    contributions_due: tuple[ContributionDue, ...] = ()
    repayments_due: tuple[RepaymentSoon, ...] = ()
    review: int = 0  # conflicts and unreadable records, for the review screen
    needs_my_vote: tuple[str, ...] = ()  # open, I am one of the voters, without my vote; soonest first

    @property
    def new_count(self) -> int:
        return sum(
            len(ids)
            for ids in (
                self.members,
                self.needs,
                self.offers,
                self.met,
                self.assets,
                self.events,
                self.projects,
                self.proposals,
            )
        )


def news(
    then: Seen | None,
    now: CommunityView,
    *,
    me: str,
    at: dt.datetime,
    ledger: LedgerReport | None = None,
    review: int = 0,
) -> News:
    """*then*: the community as the member last saw it (None if they never looked); *now*: the current view;
    *me*: the member; *at*: the reader's current time (for "this week" only); *ledger*: the checked ledger, if
    any (payments due need it)."""
    coming = _coming_up(now, me=me, at=at, ledger=ledger, first_look=then is None, review=review)
    if then is None:
        return coming
    added = {coll: tuple(sorted(getattr(now, coll).keys() - then.ids[coll])) for coll in _ADDED}
    closed = tuple(key for key, item in now.needs_offers.items() if not item.open and key in then.open_items)
    restatus = tuple(
        key
        for key, project in now.projects.items()
        if (earlier := then.project_status.get(key)) is not None and earlier != project.status
    )
    fresh = added["needs_offers"]
    return dataclasses.replace(
        coming,
        members=added["members"],
        needs=tuple(k for k in fresh if now.needs_offers[k].side is Side.NEED and now.needs_offers[k].open),
        offers=tuple(k for k in fresh if now.needs_offers[k].side is Side.OFFER and now.needs_offers[k].open),
        met=closed,
        assets=added["assets"],
        events=added["events"],
        projects=added["projects"] + restatus,
        proposals=added["proposals"],
    )


_ADDED = ("members", "assets", "needs_offers", "events", "projects", "proposals")


def _coming_up(
    view: CommunityView,
    *,
    me: str,
    at: dt.datetime,
    ledger: LedgerReport | None,
    first_look: bool,
    review: int,
) -> News:
    until = at + SOON
    events = sorted(
        ((start, key) for key, event in view.events.items() for start in event.occurrences(at, until)),
    )
    voted = {vote.proposal_id for vote in view.votes if vote.member_id == me}
    closing = sorted(
        (proposal.deadline, key)
        for key, proposal in view.proposals.items()
        if at < proposal.deadline <= until
        and key not in voted
        and _may_vote(view, proposal.voters, me)
        and _not_paid_out(ledger, key)
    )
    return News(
        first_look,
        events_this_week=tuple((key, start) for start, key in events),
        proposals_closing=tuple(key for _deadline, key in closing),
        contributions_due=() if ledger is None else _contributions_due(view, ledger, me, at.date()),
        repayments_due=() if ledger is None else _repayments_due(view, ledger, me, at.date()),
        review=review,
        needs_my_vote=_needs_my_vote(view, me, at, voted, ledger),
    )


def _needs_my_vote(
    view: CommunityView, me: str, at: dt.datetime, voted: set[str], ledger: LedgerReport | None
) -> tuple[str, ...]:
    """Open proposals whatever their deadline that I may vote on (one of their voters; every member when a
    proposal lists none) and have not, not paid out yet; soonest deadline first."""
    open_ = sorted(
        (proposal.deadline, key)
        for key, proposal in view.proposals.items()
        if at <= proposal.deadline
        and key not in voted
        and _may_vote(view, proposal.voters, me)
        and _not_paid_out(ledger, key)
    )
    return tuple(key for _deadline, key in open_)


def _may_vote(view: CommunityView, voters: tuple[str, ...], me: str) -> bool:
    """One of a proposal's voters (frozen when it opened); every member for a proposal that lists none."""
    return me in voters if voters else me in view.members


def _not_paid_out(ledger: LedgerReport | None, proposal_id: str) -> bool:
    """Not yet paid out (a withdrawal closes a proposal whatever its deadline)."""
    return ledger is None or proposal_id not in ledger.withdrawals


def _contributions_due(
    view: CommunityView, ledger: LedgerReport, me: str, today: dt.date
) -> tuple[ContributionDue, ...]:
    out = []
    for schedule in lending_circle_schedules(view, ledger):
        if not schedule.formed:
            continue  # nothing is due before everyone has joined
        for round_ in schedule.rounds:
            if me in round_.contributions_missing and round_.date <= today + SOON and not round_.paid:
                out.append(ContributionDue(schedule.circle_id, round_.index, round_.date))
    return tuple(sorted(out, key=lambda due: (due.due_on, due.circle_id, due.round_index)))


def _repayments_due(
    view: CommunityView, ledger: LedgerReport, me: str, today: dt.date
) -> tuple[RepaymentSoon, ...]:
    owed: dict[str, int] = {}
    for due in repayments_due(view, ledger, today):
        project = view.projects[due.project_id]
        if project.author == me and due.outstanding_minor > 0 and due.due_by <= today + SOON:
            owed[due.project_id] = owed.get(due.project_id, 0) + due.outstanding_minor
    return tuple(
        RepaymentSoon(key, amount, view.projects[key].currency, view.projects[key].repay_by)
        for key, amount in sorted(owed.items(), key=lambda item: (view.projects[item[0]].repay_by, item[0]))
    )
