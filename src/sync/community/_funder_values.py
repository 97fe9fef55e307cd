"""The values of a funder report for a date range (`funder_period.period_report`): plain frozen dataclasses with
member ids, amounts in minor units and dates, which the service sends to the window as they are."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .model import EntryKind
from .votes import VoteStatus

__all__ = [
    "CircleRoundLine",
    "Decision",
    "Hours",
    "MemberAmount",
    "MoneyFlow",
    "MonthTotals",
    "Payment",
    "PeriodReport",
    "ProjectMoney",
    "PulseSummary",
    "TargetProgress",
]


@dataclass(frozen=True)
class MoneyFlow:
    """The accepted entries of one kind and currency in the range: money into the community's pots (stakes,
    deposits, circle contributions) or out of them (repayments, withdrawals, circle payouts)."""

    kind: EntryKind
    currency: str
    money_in: bool
    entries: int
    amount_minor: int


@dataclass(frozen=True)
class Payment:
    """One accepted money entry: who paid what (the report's most personal line)."""

    entry_id: str
    kind: EntryKind
    at: dt.datetime
    member_id: str  # who paid or acted
    counterparty: str  # who received, if anyone
    ref: str  # project, circle or proposal
    currency: str
    amount_minor: int


@dataclass(frozen=True)
class MemberAmount:
    member_id: str
    count: int  # stakes bought, or repayments received
    amount_minor: int
    bonus_minor: int = 0  # the part of amount_minor beyond the principal (repayments)


@dataclass(frozen=True)
class ProjectMoney:
    """What one project raised in stakes and repaid (principal and bonus) within the range."""

    project_id: str
    title: str
    currency: str
    stake_price_minor: int
    stakes_sold: int
    raised_minor: int
    principal_repaid_minor: int
    bonus_repaid_minor: int
    outstanding_minor: int  # as the projects screen shows it today (`repayments_due`)
    stakeholders: tuple[MemberAmount, ...]  # stakes bought in the range, by member id
    repaid: tuple[MemberAmount, ...]  # repayments received in the range, by member id


@dataclass(frozen=True)
class CircleRoundLine:
    circle_id: str
    name: str
    index: int
    date: dt.date
    currency: str
    pot_minor: int
    recipient: str
    paid_in: tuple[str, ...]  # members who paid in, sorted
    members: int
    paid_out: bool  # the round is complete: its recipient confirmed every payment into it


@dataclass(frozen=True)
class Decision:
    """A purse proposal whose voting closes in the range, with its tally. Those who voted no are never named."""

    proposal_id: str
    title: str
    currency: str
    amount_minor: int
    deadline: dt.datetime
    status: VoteStatus
    yes: int
    no: int
    abstain: int
    turnout: int
    voters: int  # eligible voters: the proposal's frozen voters, or every member for one that lists none
    quorum: int
    paid_out: bool
    voted_yes: tuple[str, ...]
    abstained: tuple[str, ...]


@dataclass(frozen=True)
class Hours:
    """Time credits moved (and confirmed by their receiver) in the range, in minutes."""

    transfers: int
    minutes: int
    given: dict[str, int]  # member → minutes given
    received: dict[str, int]


@dataclass(frozen=True)
class TargetProgress:
    project_id: str
    title: str
    metric: str
    unit: str
    target: int
    progress: int  # the latest report on or before the end of the range
    percent: float
    reached: bool  # progress ≥ target
    verifiers: int
    verifiers_needed: int
    confirmed_by: tuple[str, ...]  # verifiers whose accepted confirmation is dated on or before the end
    confirmed: bool  # `target_confirmed` as of the end of the range
    series: tuple[tuple[dt.date, int], ...]  # the reports within the range, oldest first


@dataclass(frozen=True)
class MonthTotals:
    month: dt.date  # its first day
    currency: str
    money_in_minor: int
    money_out_minor: int


@dataclass(frozen=True)
class PulseSummary:
    rounds: int  # wellbeing pulse rounds closing in the range
    shown: int  # of which everyone posted, so their means were shown


@dataclass(frozen=True)
class PeriodReport:
    """A funder report for *start*…*end* (inclusive), for the whole community or one project (*project_id*).
    Member ids throughout; *names* maps every id the report mentions to the member's name."""

    community: str
    start: dt.date
    end: dt.date
    project_id: str  # "" for the whole community
    money: tuple[MoneyFlow, ...]  # in first, then by kind and currency
    payers: int  # members who paid or acted in a money entry
    payments: tuple[Payment, ...]  # in judging order; only when asked for (`with_payments`)
    projects: tuple[ProjectMoney, ...]  # by title, then id
    circle_rounds: tuple[CircleRoundLine, ...]  # by date, then circle name
    decisions: tuple[Decision, ...]  # by deadline
    hours: Hours
    progress: tuple[TargetProgress, ...]  # by title, then id
    months: tuple[MonthTotals, ...]  # every month of the range, per currency that moved
    pulse: PulseSummary
    names: dict[str, str]
    entries_needing_review: int

    @property
    def empty(self) -> bool:
        """Nothing happened in the range: no money moved, no round fell due, no vote closed, no hours were
        given, no progress was reported and no pulse round closed."""
        return not (
            self.money
            or self.circle_rounds
            or self.decisions
            or self.hours.transfers
            or any(t.series for t in self.progress)
            or self.pulse.rounds
        )
