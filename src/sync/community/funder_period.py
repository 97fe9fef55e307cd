"""A funder report for a date range: money in and out by kind, stakes, repayments (principal and bonus), circle
rounds, purse decisions with turnout, hours, progress toward each target, and monthly series for charts.

Counted by the same rules and functions the purse, projects, credits and circles screens use (`check_ledger`,
`repayments_due`, `lending_circle_schedules`, `tally`, `target_confirmed`), then cut to the range. Pure: the
app formats and redacts it (CSV, PDF).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace

from ._funder_values import (
    CircleRoundLine,
    Decision,
    Hours,
    MemberAmount,
    MoneyFlow,
    MonthTotals,
    Payment,
    PeriodReport,
    ProjectMoney,
    PulseSummary,
    TargetProgress,
)
from .errors import NotFoundError
from .finances import lending_circle_schedules, repayments_due
from .ledger import LedgerReport, target_confirmed
from .model import Choice, EntryKind, ProgressReport, Project
from .pulse_rounds import Outcome as PulseOutcome
from .pulse_rounds import pulse_statuses
from .signed import LedgerEntry, Verifier
from .view import CommunityView
from .votes import tally

__all__ = [
    "MONEY_IN",
    "MONEY_OUT",
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
    "months_between",
    "period_report",
]

MONEY_IN = (EntryKind.STAKE_BOUGHT, EntryKind.PURSE_DEPOSIT, EntryKind.LENDING_CIRCLE_CONTRIBUTION)
MONEY_OUT = (EntryKind.REPAYMENT, EntryKind.PURSE_WITHDRAWAL, EntryKind.LENDING_CIRCLE_PAYOUT)


def period_report(
    view: CommunityView,
    ledger: LedgerReport,
    verifier: Verifier,
    period: tuple[dt.date, dt.date],
    *,
    now: dt.datetime,
    project_id: str = "",
    tz: dt.tzinfo | None = dt.UTC,
    with_payments: bool = False,
) -> PeriodReport:
    """The report for *period* (first and last day, inclusive, days as seen in *tz*; None: this computer's
    local time, summer time included), as of *now*: what the purse, projects, credits and circles screens count
    (the same rules and functions), cut to the range. Each money entry (who paid what) is listed only
    *with_payments*: a year of a big community holds tens of thousands. Raises ValueError for an end before the
    start, NotFoundError for a project the view lacks."""
    start, end = period
    if end < start:
        raise ValueError(f"the range ends ({end}) before it starts ({start})")
    if project_id and project_id not in view.projects:
        raise NotFoundError(f"projects/{project_id}")
    scope = _Scope(
        start, end, project_id, tz, _midnight(start, tz), _midnight(end + dt.timedelta(days=1), tz)
    )
    entries = tuple(e for e in ledger.accepted if scope.holds(e.at) and scope.concerns(e))
    money_entries = tuple(e for e in entries if e.kind in MONEY_IN or e.kind in MONEY_OUT)
    whole = not project_id
    report = PeriodReport(
        community=view.name,
        start=start,
        end=end,
        project_id=project_id,
        money=_money_flows(money_entries),
        payers=len({e.author for e in money_entries}),
        payments=tuple(_payment(e) for e in money_entries) if with_payments else (),
        projects=_project_money(view, ledger, entries, scope, now),
        circle_rounds=_circle_rounds(view, ledger, scope) if whole else (),
        decisions=_decisions(view, ledger, verifier, scope, now) if whole else (),
        hours=_hours(ledger, entries) if whole else Hours(0, 0, {}, {}),
        progress=_progress(view, ledger, scope),
        months=_months(money_entries, scope),
        pulse=_pulse(view, scope, now) if whole else PulseSummary(0, 0),
        names={},
        entries_needing_review=len(ledger.needs_review),
    )
    return replace(report, names=_names(view, report))


def _midnight(day: dt.date, tz: dt.tzinfo | None) -> dt.datetime:
    """The moment *day* begins in *tz* (None: local time, whichever offset applies that day)."""
    naive = dt.datetime.combine(day, dt.time())
    return naive.astimezone() if tz is None else naive.replace(tzinfo=tz)


@dataclass(frozen=True)
class _Scope:
    start: dt.date
    end: dt.date
    project_id: str
    tz: dt.tzinfo | None
    begins: dt.datetime  # the first moment of start
    ends: dt.datetime  # the first moment after end

    def day(self, moment: dt.datetime) -> dt.date:
        return moment.astimezone(self.tz).date()

    def holds(self, moment: dt.datetime | dt.date) -> bool:
        if isinstance(moment, dt.datetime):
            return self.begins <= moment < self.ends
        return self.start <= moment <= self.end

    def concerns(self, entry: LedgerEntry) -> bool:
        return not self.project_id or entry.ref == self.project_id

    def projects(self, view: CommunityView) -> list[Project]:
        chosen = [view.projects[self.project_id]] if self.project_id else list(view.projects.values())
        return sorted(chosen, key=lambda p: (p.title.casefold(), p.id))


def _money_flows(entries: tuple[LedgerEntry, ...]) -> tuple[MoneyFlow, ...]:
    sums: dict[tuple[EntryKind, str], tuple[int, int]] = {}
    for e in entries:
        count, amount = sums.get((e.kind, e.unit), (0, 0))
        sums[(e.kind, e.unit)] = (count + 1, amount + e.amount_minor)
    order = (*MONEY_IN, *MONEY_OUT)
    return tuple(
        MoneyFlow(kind, unit, kind in MONEY_IN, count, amount)
        for (kind, unit), (count, amount) in sorted(
            sums.items(), key=lambda i: (order.index(i[0][0]), i[0][1])
        )
    )


def _payment(e: LedgerEntry) -> Payment:
    return Payment(e.id, e.kind, e.at, e.author, e.counterparty, e.ref, e.unit, e.amount_minor)


def _project_money(
    view: CommunityView,
    ledger: LedgerReport,
    entries: tuple[LedgerEntry, ...],
    scope: _Scope,
    now: dt.datetime,
) -> tuple[ProjectMoney, ...]:
    outstanding: dict[str, int] = {}
    for due in repayments_due(view, ledger, scope.day(now)):
        outstanding[due.project_id] = outstanding.get(due.project_id, 0) + due.outstanding_minor
    bonus_of = _bonus_parts(view, ledger)
    by_project: dict[tuple[EntryKind, str], list[LedgerEntry]] = {}
    for e in entries:
        if e.kind in (EntryKind.STAKE_BOUGHT, EntryKind.REPAYMENT):
            by_project.setdefault((e.kind, e.ref), []).append(e)
    out = []
    for p in scope.projects(view):
        stakes = by_project.get((EntryKind.STAKE_BOUGHT, p.id), [])
        repaid = by_project.get((EntryKind.REPAYMENT, p.id), [])
        bonus = sum(bonus_of[e.id] for e in repaid)
        holders = _by_member(stakes, lambda e: e.author, _stakes_in(p.stake_price_minor))
        paid = _by_member(repaid, lambda e: e.counterparty, lambda _e: 1, bonus_of)
        sold = sum(h.count for h in holders)
        out.append(
            ProjectMoney(
                p.id,
                p.title,
                p.currency,
                p.stake_price_minor,
                sold,
                sum(e.amount_minor for e in stakes),
                sum(e.amount_minor for e in repaid) - bonus,
                bonus,
                outstanding.get(p.id, 0),
                holders,
                paid,
            )
        )
    return tuple(out)


def _stakes_in(price: int) -> Callable[[LedgerEntry], int]:
    """How many stakes a `stake_bought` entry bought at *price* (its amount is a whole number of them)."""
    return lambda e: e.amount_minor // price


def _bonus_parts(view: CommunityView, ledger: LedgerReport) -> dict[str, int]:
    """For every accepted repayment, the part beyond its stakeholder's principal (repaid in judging order), so
    that over all time the bonus parts add up to what `repayments_due` shows as repaid beyond the principal."""
    paid_before: dict[tuple[str, str], int] = {}
    out: dict[str, int] = {}
    for e in ledger.accepted:
        if e.kind is not EntryKind.REPAYMENT or e.ref not in view.projects:
            continue
        key = (e.ref, e.counterparty)
        principal = (
            ledger.stakes.get(e.ref, {}).get(e.counterparty, 0) * view.projects[e.ref].stake_price_minor
        )
        before = paid_before.get(key, 0)
        out[e.id] = e.amount_minor - min(e.amount_minor, max(0, principal - before))
        paid_before[key] = before + e.amount_minor
    return out


def _by_member(
    entries: list[LedgerEntry],
    member: Callable[[LedgerEntry], str],
    count: Callable[[LedgerEntry], int],
    bonus_of: dict[str, int] | None = None,
) -> tuple[MemberAmount, ...]:
    sums: dict[str, tuple[int, int, int]] = {}
    for e in entries:
        n, amount, bonus = sums.get(member(e), (0, 0, 0))
        extra = bonus_of[e.id] if bonus_of is not None else 0
        sums[member(e)] = (n + count(e), amount + e.amount_minor, bonus + extra)
    return tuple(MemberAmount(m, n, a, b) for m, (n, a, b) in sorted(sums.items()))


def _circle_rounds(view: CommunityView, ledger: LedgerReport, scope: _Scope) -> tuple[CircleRoundLine, ...]:
    out: list[CircleRoundLine] = []
    for schedule in lending_circle_schedules(view, ledger):
        members = len(view.circles[schedule.circle_id].member_ids)
        out.extend(
            CircleRoundLine(
                schedule.circle_id,
                schedule.name,
                r.index,
                r.date,
                schedule.currency,
                schedule.pot_minor,
                r.recipient,
                r.contributions_received,
                members,
                r.paid,
            )
            for r in schedule.rounds
            if scope.holds(r.date)
        )
    return tuple(sorted(out, key=lambda r: (r.date, r.name.casefold(), r.circle_id, r.index)))


def _decisions(
    view: CommunityView, ledger: LedgerReport, verifier: Verifier, scope: _Scope, now: dt.datetime
) -> tuple[Decision, ...]:
    out = []
    for proposal in sorted(view.proposals.values(), key=lambda p: (p.deadline, p.id)):
        if not scope.holds(proposal.deadline):
            continue
        outcome = tally(view, proposal.id, verifier, now)
        named = {c: tuple(v.member_id for v in outcome.counted if v.choice is c) for c in Choice}
        out.append(
            Decision(
                proposal.id,
                proposal.title,
                proposal.currency,
                proposal.amount_minor,
                proposal.deadline,
                outcome.status,
                outcome.yes,
                outcome.no,
                outcome.abstain,
                outcome.turnout,
                outcome.voters or len(view.members),
                outcome.quorum,
                proposal.id in ledger.withdrawals,
                named[Choice.YES],
                named[Choice.ABSTAIN],
            )
        )
    return tuple(out)


def _hours(ledger: LedgerReport, entries: tuple[LedgerEntry, ...]) -> Hours:
    given: dict[str, int] = {}
    received: dict[str, int] = {}
    transfers = [
        e for e in entries if e.kind is EntryKind.CREDIT_TRANSFER and e.id in ledger.credit_confirmed
    ]
    for e in transfers:
        given[e.author] = given.get(e.author, 0) + e.amount_minor
        received[e.counterparty] = received.get(e.counterparty, 0) + e.amount_minor
    return Hours(len(transfers), sum(e.amount_minor for e in transfers), given, received)


def _progress(view: CommunityView, ledger: LedgerReport, scope: _Scope) -> tuple[TargetProgress, ...]:
    confirmed_of: dict[str, set[str]] = {}
    for e in ledger.accepted:
        if e.kind is EntryKind.TARGET_CONFIRMED and scope.day(e.at) <= scope.end:
            confirmed_of.setdefault(e.ref, set()).add(e.author)
    out = []
    for p in scope.projects(view):
        reports = sorted((r for r in p.reports if scope.day(r.reported_at) <= scope.end), key=_report_order)
        progress = reports[-1].value if reports else 0
        confirmed_by = tuple(sorted(confirmed_of.get(p.id, ())))
        out.append(
            TargetProgress(
                p.id,
                p.title,
                p.metric,
                p.unit,
                p.target_value,
                progress,
                progress * 100 / p.target_value,
                progress >= p.target_value,
                len(p.verifiers),
                p.verifiers_needed,
                confirmed_by,
                target_confirmed(replace(p, reports=tuple(reports)), confirmed_by),
                tuple((scope.day(r.reported_at), r.value) for r in reports if scope.holds(r.reported_at)),
            )
        )
    return tuple(out)


def _report_order(report: ProgressReport) -> tuple[dt.datetime, str]:
    return report.reported_at, report.id


def _months(entries: tuple[LedgerEntry, ...], scope: _Scope) -> tuple[MonthTotals, ...]:
    sums: dict[tuple[dt.date, str], tuple[int, int]] = {}
    for e in entries:
        month = scope.day(e.at).replace(day=1)
        money_in, money_out = sums.get((month, e.unit), (0, 0))
        if e.kind in MONEY_IN:
            money_in += e.amount_minor
        else:
            money_out += e.amount_minor
        sums[(month, e.unit)] = (money_in, money_out)
    currencies = sorted({unit for _month, unit in sums})
    return tuple(
        MonthTotals(month, unit, *sums.get((month, unit), (0, 0)))
        for unit in currencies
        for month in months_between(scope.start, scope.end)
    )


def months_between(start: dt.date, end: dt.date) -> tuple[dt.date, ...]:
    """The first day of every month from *start*'s to *end*'s, inclusive."""
    out = []
    month = start.replace(day=1)
    while month <= end:
        out.append(month)
        month = (month + dt.timedelta(days=32)).replace(day=1)
    return tuple(out)


def _pulse(view: CommunityView, scope: _Scope, now: dt.datetime) -> PulseSummary:
    statuses = pulse_statuses(view.pulse_rounds, now)
    closing = [s for s in statuses.values() if scope.holds(s.round.closes_at)]
    return PulseSummary(len(closing), sum(1 for s in closing if s.outcome is PulseOutcome.SHOWN))


def _names(view: CommunityView, report: PeriodReport) -> dict[str, str]:
    ids: set[str] = set()
    for pay in report.payments:
        ids.update((pay.member_id, pay.counterparty))
    for money in report.projects:
        ids.update(m.member_id for m in (*money.stakeholders, *money.repaid))
    for r in report.circle_rounds:
        ids.update((r.recipient, *r.paid_in))
    for d in report.decisions:
        ids.update((*d.voted_yes, *d.abstained))
    ids.update(report.hours.given)
    ids.update(report.hours.received)
    for t in report.progress:
        ids.update(t.confirmed_by)
    return {m: view.members[m].name for m in sorted(ids) if m in view.members}
