"""The data of a report for funders: what each project raised, achieved and repaid, and what the community has
and lacks (`funder_report`); and, for a date range, the money in and out by kind, stakes, repayments, circle
rounds, purse decisions, hours and progress toward each target, with monthly series (`period_report`). The app
renders it as CSV or PDF; nothing here formats."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from .analyses import Gap, assets_by_kind, gaps
from .finances import RepaymentDue, repayments_due
from .funder_period import PeriodReport, period_report
from .ledger import LedgerReport
from .model import AssetKind, ProjectStatus, Side
from .view import CommunityView

__all__ = ["FunderReport", "PeriodReport", "ProjectFunding", "funder_report", "period_report"]


@dataclass(frozen=True)
class ProjectFunding:
    """One project's line in the report. Amounts are minor units of *currency*."""

    project_id: str
    title: str
    status: ProjectStatus
    currency: str
    stake_price_minor: int
    stakes_offered: int
    stakes_sold: int
    raised_minor: int  # stakes sold × stake price
    metric: str
    unit: str
    progress: int
    target: int
    percent: float  # progress against target; may exceed 100
    target_met: bool
    repaid_minor: int  # everything repaid, bonus included
    bonus_paid_minor: int  # the part of repaid_minor beyond each stakeholder's principal
    outstanding_minor: int  # principal (+ bonus once the target is met) still to repay
    repay_by: dt.date
    overdue: bool  # something is outstanding after repay_by


@dataclass(frozen=True)
class FunderReport:
    community: str
    prepared_on: dt.date
    projects: tuple[ProjectFunding, ...]  # by title, then id
    assets_by_kind: dict[AssetKind, int]  # every kind listed
    open_needs: int
    open_offers: int
    gaps: tuple[Gap, ...]
    entries_needing_review: int  # ledger entries not counted above

    def project_table(self) -> tuple[tuple[str, ...], tuple[tuple[object, ...], ...]]:
        """Column names and one row per project, values as plain str/int/float/bool/date (enums by value)."""
        names = tuple(f.name for f in fields(ProjectFunding))
        rows = tuple(
            tuple(v.value if isinstance(v, ProjectStatus) else v for v in (getattr(p, n) for n in names))
            for p in self.projects
        )
        return names, rows


def funder_report(view: CommunityView, ledger: LedgerReport, today: dt.date) -> FunderReport:
    dues_of: dict[str, list[RepaymentDue]] = {}
    for due in repayments_due(view, ledger, today):
        dues_of.setdefault(due.project_id, []).append(due)
    projects = []
    for p in sorted(view.projects.values(), key=lambda p: (p.title.casefold(), p.id)):
        sold = sum(ledger.stakes.get(p.id, {}).values())
        dues = dues_of.get(p.id, [])
        projects.append(
            ProjectFunding(
                project_id=p.id,
                title=p.title,
                status=p.status,
                currency=p.currency,
                stake_price_minor=p.stake_price_minor,
                stakes_offered=p.stakes_offered,
                stakes_sold=sold,
                raised_minor=sold * p.stake_price_minor,
                metric=p.metric,
                unit=p.unit,
                progress=p.progress,
                target=p.target_value,
                percent=p.progress * 100 / p.target_value,
                target_met=p.target_met,
                repaid_minor=sum(d.repaid_minor for d in dues),
                bonus_paid_minor=sum(max(0, d.repaid_minor - d.principal_minor) for d in dues),
                outstanding_minor=sum(d.outstanding_minor for d in dues),
                repay_by=p.repay_by,
                overdue=any(d.overdue for d in dues),
            )
        )
    open_items = [n for n in view.needs_offers.values() if n.open]
    return FunderReport(
        community=view.name,
        prepared_on=today,
        projects=tuple(projects),
        assets_by_kind=assets_by_kind(view),
        open_needs=sum(1 for n in open_items if n.side is Side.NEED),
        open_offers=sum(1 for n in open_items if n.side is Side.OFFER),
        gaps=gaps(view, today),
        entries_needing_review=len(ledger.needs_review),
    )
