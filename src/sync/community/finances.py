"""Where the community's money and time stand: project progress and repayments due, lending circle schedules, the
purse and time-credit balances.

Pure functions over a CommunityView and the LedgerReport derived from it (check_ledger), so the ledger's
signatures are verified once however many of these the app shows. Every amount is in minor units.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .errors import NotFoundError
from .ledger import LedgerReport, credit_limit, principal_and_bonus
from .model import EntryKind, ProjectStatus
from .view import CommunityView


@dataclass(frozen=True)
class ProjectProgress:
    project_id: str
    title: str
    status: ProjectStatus
    metric: str
    unit: str
    progress: int  # latest report, in the unit
    target: int
    percent: float  # progress / target × 100; may exceed 100
    target_met: bool


@dataclass(frozen=True)
class RepaymentDue:
    """What a project owes one stakeholder: principal, plus the bonus once the target is met, minus repaid."""

    project_id: str
    member_id: str
    stakes: int
    currency: str
    principal_minor: int
    bonus_minor: int  # 0 until the target is met
    repaid_minor: int
    outstanding_minor: int
    due_by: dt.date
    overdue: bool  # something is still outstanding and *today* is after due_by


@dataclass(frozen=True)
class LendingCircleRound:
    index: int  # round k pays member_ids[k]
    date: dt.date
    recipient: str
    contributions_received: tuple[str, ...]  # members who recorded their payment, sorted
    contributions_missing: tuple[str, ...]  # the round's payers who have not, in the circle's order
    paid: bool  # complete: the recipient confirmed every payer's contribution
    paid_to: str | None
    unconfirmed: tuple[str, ...] = ()  # payers recorded but not yet confirmed by the recipient, in order


@dataclass(frozen=True)
class LendingCircleSchedule:
    circle_id: str
    name: str
    currency: str
    contribution_minor: int
    pot_minor: int
    rounds: tuple[LendingCircleRound, ...]
    not_joined: tuple[str, ...] = ()  # listed members who have not joined yet, in order (empty once formed)

    @property
    def formed(self) -> bool:
        return not self.not_joined


@dataclass(frozen=True)
class PurseSummary:
    balance: dict[str, int]  # currency → minor units; never negative
    deposited: dict[str, int]
    withdrawn: dict[str, int]


@dataclass(frozen=True)
class CreditPosition:
    member_id: str
    balance: int  # minutes; negative = owes time to the community
    limit: int  # how far below zero the member may go
    can_spend: int  # balance + limit


def project_progress(view: CommunityView) -> tuple[ProjectProgress, ...]:
    """Every project's progress towards its social-benefit target, by title then id."""
    out = []
    for p in sorted(view.projects.values(), key=lambda p: (p.title.casefold(), p.id)):
        percent = p.progress * 100 / p.target_value
        out.append(
            ProjectProgress(
                p.id, p.title, p.status, p.metric, p.unit, p.progress, p.target_value, percent, p.target_met
            )
        )
    return tuple(out)


def repayments_due(view: CommunityView, ledger: LedgerReport, today: dt.date) -> tuple[RepaymentDue, ...]:
    """For each stakeholder of each project (by project id, then member id): owed, repaid and outstanding.

    Fully repaid stakeholders are listed too (outstanding 0), so a funder report can show them.
    """
    out = []
    for project_id in sorted(ledger.stakes):
        project = view.projects[project_id]
        repaid = ledger.repaid.get(project_id, {})
        for member_id, stakes in sorted(ledger.stakes[project_id].items()):
            principal, bonus = principal_and_bonus(project, stakes, ledger.confirmations.get(project_id, ()))
            paid = repaid.get(member_id, 0)
            outstanding = principal + bonus - paid
            out.append(
                RepaymentDue(
                    project_id=project_id,
                    member_id=member_id,
                    stakes=stakes,
                    currency=project.currency,
                    principal_minor=principal,
                    bonus_minor=bonus,
                    repaid_minor=paid,
                    outstanding_minor=outstanding,
                    due_by=project.repay_by,
                    overdue=outstanding > 0 and today > project.repay_by,
                )
            )
    return tuple(out)


def lending_circle_schedule(
    view: CommunityView, ledger: LedgerReport, circle_id: str
) -> LendingCircleSchedule:
    """Each round of the circle: its date, recipient, who has paid in, whose payment the recipient has yet to
    confirm, and whether the round is complete; and who has yet to join."""
    circle = view.circles.get(circle_id)
    if circle is None:
        raise NotFoundError(f"circles/{circle_id}")
    received = ledger.contributions.get(circle_id, {})
    paid = ledger.lending_circle_paid.get(circle_id, {})
    waiting = {(e.round, e.author) for e in ledger.circle_waiting if e.ref == circle_id}
    rounds = []
    for k, recipient in enumerate(circle.member_ids):
        got = received.get(k, ())
        payers = circle.payers(k)
        rounds.append(
            LendingCircleRound(
                index=k,
                date=circle.round_date(k),
                recipient=recipient,
                contributions_received=got,
                contributions_missing=tuple(m for m in payers if m not in got),
                paid=k in paid,
                paid_to=paid.get(k),
                unconfirmed=tuple(m for m in payers if (k, m) in waiting),
            )
        )
    joined = set(ledger.circle_joined.get(circle_id, ()))
    return LendingCircleSchedule(
        circle.id,
        circle.name,
        circle.currency,
        circle.contribution_minor,
        circle.pot_minor,
        tuple(rounds),
        tuple(m for m in circle.member_ids if m not in joined),
    )


def lending_circle_schedules(view: CommunityView, ledger: LedgerReport) -> tuple[LendingCircleSchedule, ...]:
    """The schedule of every circle, by name then id."""
    circles = sorted(view.circles.values(), key=lambda c: (c.name.casefold(), c.id))
    return tuple(lending_circle_schedule(view, ledger, c.id) for c in circles)


def circles_completed(view: CommunityView, ledger: LedgerReport) -> dict[str, int]:
    """How many lending circles each member has completed — every round of the circle received and confirmed —
    counted from the signed ledger alone; members who completed none are left out."""
    out: dict[str, int] = {}
    for circle_id, paid in ledger.lending_circle_paid.items():
        circle = view.circles.get(circle_id)
        if circle is not None and len(paid) == circle.rounds:
            for member in circle.member_ids:
                out[member] = out.get(member, 0) + 1
    return out


def purse_summary(ledger: LedgerReport) -> PurseSummary:
    """The purse's balance per currency, with the accepted deposits and withdrawals behind it."""
    deposited: dict[str, int] = {}
    withdrawn: dict[str, int] = {}
    for entry in ledger.accepted:
        if entry.kind is EntryKind.PURSE_DEPOSIT:
            deposited[entry.unit] = deposited.get(entry.unit, 0) + entry.amount_minor
        elif entry.kind is EntryKind.PURSE_WITHDRAWAL:
            withdrawn[entry.unit] = withdrawn.get(entry.unit, 0) + entry.amount_minor
    return PurseSummary(dict(ledger.purse_balance), deposited, withdrawn)


def credit_positions(view: CommunityView, ledger: LedgerReport) -> tuple[CreditPosition, ...]:
    """Every member's time-credit balance and how much they may still spend, by member id.

    The balances always sum to zero: time credits are only ever moved between members.
    """
    out = []
    for member_id in sorted(ledger.credit_balances):
        balance = ledger.credit_balances[member_id]
        limit = credit_limit(view, member_id)
        out.append(CreditPosition(member_id, balance, limit, balance + limit))
    return tuple(out)
