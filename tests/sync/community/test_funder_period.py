"""The funder report for a date range, on a community with signed entries: its totals are what the purse,
projects, credits and circles screens count (the same functions), cut to the range; no-voters are never named."""

from __future__ import annotations

import datetime as dt

import pytest

from sync.community.document import CommunityDocument
from sync.community.errors import NotFoundError
from sync.community.finances import credit_positions, lending_circle_schedule, purse_summary
from sync.community.funder_period import PeriodReport, months_between
from sync.community.funder_report import funder_report, period_report
from sync.community.ledger import LedgerReport, check_ledger, target_confirmed
from sync.community.model import Choice, EntryKind, ProgressReport, Role
from sync.community.votes import VoteStatus, tally
from tests.sync.community.factories import DAY0, Community, at

NOW = at(400 * 24 * 60)
YEAR = (DAY0, DAY0 + dt.timedelta(days=364))


def day(n: float) -> dt.datetime:
    return at(n * 24 * 60)


@pytest.fixture
def town(com: Community) -> Community:
    """A fridge project (Ben and Cy verify, both needed) with stakes, confirmations and repayments over three
    months; a purse with a vote (Cy votes no); a lending circle's first round; confirmed time credits."""
    ana, ben, cy, dee = com.person("ana", Role.ADMIN), com.person("ben"), com.person("cy"), com.person("dee")
    reports = (ProgressReport("r1", 40, day(10), "ana"), ProgressReport("r2", 120, day(40), "ana"))
    com.project(ana, reports=reports, verifiers=("ben", "cy"), verifiers_needed=2)
    com.entry(ben, EntryKind.STAKE_BOUGHT, 5000, ref="p1", when=day(1))
    com.entry(ben, EntryKind.PURSE_DEPOSIT, 10_000, when=day(2))
    com.confirm(com.entry(ana, EntryKind.CREDIT_TRANSFER, 90, counterparty="ben", when=day(5)), when=day(6))
    com.proposal(ana, deadline=day(20))
    com.vote(ana, "q1", Choice.YES, when=day(3))
    com.vote(ben, "q1", Choice.YES, when=day(4))
    com.vote(cy, "q1", Choice.NO, when=day(4))
    com.entry(ana, EntryKind.PURSE_WITHDRAWAL, 3000, ref="q1", when=day(21))
    circle = com.lending_circle(ana, [ana, ben, cy])
    com.join(circle)  # everyone agrees; round 0 is Ana's: Ben and Cy pay her, and she confirms both
    for p in (ben, cy):
        com.received(com.pay(p, circle, 0, when=day(3)), when=day(4))
    com.pay(cy, circle, 1, when=day(31))  # round 1 is Ben's: Cy pays on 1 April, not confirmed yet
    com.entry(dee, EntryKind.PURSE_DEPOSIT, 5000, when=day(33))
    com.entry(cy, EntryKind.STAKE_BOUGHT, 2500, ref="p1", when=day(35))
    com.confirm(com.entry(ben, EntryKind.CREDIT_TRANSFER, 30, counterparty="cy", when=day(40)), when=day(41))
    com.entry(cy, EntryKind.CREDIT_TRANSFER, 15, counterparty="ana", when=day(42))  # never confirmed
    com.entry(ben, EntryKind.TARGET_CONFIRMED, 120, ref="p1", when=day(45))
    com.entry(cy, EntryKind.TARGET_CONFIRMED, 120, ref="p1", when=day(50))
    com.entry(ana, EntryKind.REPAYMENT, 5500, ref="p1", counterparty="ben", when=day(60))  # with the bonus
    com.entry(ana, EntryKind.REPAYMENT, 2000, ref="p1", counterparty="cy", when=day(70))
    com.entry(ana, EntryKind.REPAYMENT, 750, ref="p1", counterparty="cy", when=day(100))  # 500 + 250 bonus
    return com


def ledger_of(com: Community) -> LedgerReport:
    report = check_ledger(com.view(), com.verifier)
    assert report.needs_review == ()  # every entry above counts
    return report


def report_for(com: Community, period: tuple[dt.date, dt.date] = YEAR, project: str = "") -> PeriodReport:
    return period_report(com.view(), ledger_of(com), com.verifier, period, now=NOW, project_id=project)


def flows(report: PeriodReport, money_in: bool) -> dict[tuple[EntryKind, str], int]:
    return {(f.kind, f.currency): f.amount_minor for f in report.money if f.money_in is money_in}


def test_a_years_totals_are_what_the_money_screens_show(town: Community) -> None:
    ledger, view = ledger_of(town), town.view()
    report = report_for(town)

    (fridge,) = report.projects
    (screen,) = funder_report(view, ledger, NOW.date()).projects
    assert (fridge.stakes_sold, fridge.raised_minor) == (screen.stakes_sold, screen.raised_minor) == (3, 7500)
    assert fridge.principal_repaid_minor + fridge.bonus_repaid_minor == screen.repaid_minor == 8250
    assert fridge.bonus_repaid_minor == screen.bonus_paid_minor == 750
    assert fridge.outstanding_minor == screen.outstanding_minor == 0
    assert [(m.member_id, m.count, m.amount_minor, m.bonus_minor) for m in fridge.repaid] == [
        ("ben", 1, 5500, 500),
        ("cy", 2, 2750, 250),
    ]

    purse = purse_summary(ledger)
    assert flows(report, True)[(EntryKind.PURSE_DEPOSIT, "EUR")] == purse.deposited["EUR"] == 15_000
    assert flows(report, False)[(EntryKind.PURSE_WITHDRAWAL, "EUR")] == purse.withdrawn["EUR"] == 3000

    balances = {p.member_id: p.balance for p in credit_positions(view, ledger)}
    hours = report.hours
    for member, balance in balances.items():
        assert hours.received.get(member, 0) - hours.given.get(member, 0) == balance
    assert (hours.transfers, hours.minutes) == (2, 120)  # the unconfirmed transfer is not counted

    (decision,) = report.decisions
    outcome = tally(view, "q1", town.verifier, NOW)
    assert (decision.yes, decision.no, decision.abstain, decision.turnout) == (
        outcome.yes,
        outcome.no,
        outcome.abstain,
        outcome.turnout,
    )
    assert (decision.status, decision.voters, decision.paid_out) == (VoteStatus.PASSED, 4, True)
    assert decision.voted_yes == ("ana", "ben")
    assert decision.abstained == ()

    (progress,) = report.progress
    assert progress.confirmed == target_confirmed(view.projects["p1"], ledger.confirmations["p1"]) is True
    assert (progress.progress, progress.confirmed_by, progress.series) == (
        120,
        ("ben", "cy"),
        ((DAY0 + dt.timedelta(days=10), 40), (DAY0 + dt.timedelta(days=40), 120)),
    )

    schedule = lending_circle_schedule(view, ledger, "c1")
    assert [(r.index, r.recipient, r.paid_in, r.paid_out) for r in report.circle_rounds] == [
        (r.index, r.recipient, r.contributions_received, r.paid) for r in schedule.rounds
    ]

    assert report.payments == ()  # who paid what only when asked for
    listed = period_report(view, ledger, town.verifier, YEAR, now=NOW, with_payments=True).payments
    assert len(listed) == sum(f.entries for f in report.money) == 11
    assert report.payers == len({p.member_id for p in listed}) == 4
    assert len(report.months) == 12
    assert sum(m.money_in_minor for m in report.months) == sum(flows(report, True).values())
    assert sum(m.money_out_minor for m in report.months) == sum(flows(report, False).values())


def test_a_range_counts_only_what_happened_in_it(town: Community) -> None:
    march = (DAY0, DAY0.replace(day=31))
    report = report_for(town, march)
    (fridge,) = report.projects
    assert (fridge.stakes_sold, fridge.raised_minor, fridge.principal_repaid_minor) == (2, 5000, 0)
    (progress,) = report.progress
    assert (progress.progress, progress.reached, progress.confirmed, progress.confirmed_by) == (
        40,
        False,
        False,
        (),
    )
    assert flows(report, True) == {
        (EntryKind.STAKE_BOUGHT, "EUR"): 5000,
        (EntryKind.PURSE_DEPOSIT, "EUR"): 10_000,
        (
            EntryKind.LENDING_CIRCLE_CONTRIBUTION,
            "EUR",
        ): 10_000,  # round 0 (Ben, Cy); Cy paid round 1 on 1 April
    }
    assert flows(report, False) == {
        (EntryKind.PURSE_WITHDRAWAL, "EUR"): 3000,
    }
    assert [r.index for r in report.circle_rounds] == [0, 1]  # round 1 falls due on 31 March
    assert (report.hours.transfers, report.hours.minutes) == (1, 90)
    assert [(m.month, m.money_in_minor, m.money_out_minor) for m in report.months] == [(DAY0, 25_000, 3000)]


def test_a_bonus_repaid_later_in_the_year_is_split_from_its_principal(town: Community) -> None:
    june = (DAY0 + dt.timedelta(days=95), DAY0 + dt.timedelta(days=120))
    (fridge,) = report_for(town, june).projects
    assert (fridge.principal_repaid_minor, fridge.bonus_repaid_minor) == (500, 250)


def test_one_projects_report_holds_only_that_project(town: Community) -> None:
    town.project(town.people["ana"], "p2", title="Tool library")
    town.entry(town.people["dee"], EntryKind.STAKE_BOUGHT, 2500, ref="p2", when=day(3))
    report = report_for(town, project="p1")
    assert [p.project_id for p in report.projects] == [p.project_id for p in report.progress] == ["p1"]
    assert {f.kind for f in report.money} == {EntryKind.STAKE_BOUGHT, EntryKind.REPAYMENT}
    assert (report.decisions, report.circle_rounds, report.hours.minutes) == ((), (), 0)
    assert "dee" not in report.names


def test_those_who_voted_no_are_never_named(town: Community) -> None:
    report = report_for(town, (DAY0, DAY0 + dt.timedelta(days=25)))
    (decision,) = report.decisions
    assert decision.no == 1
    assert "cy" not in (*decision.voted_yes, *decision.abstained)


def test_an_end_before_the_start_or_an_unknown_project_is_refused(town: Community) -> None:
    with pytest.raises(ValueError, match=r"ends .* before it starts"):
        report_for(town, (DAY0, DAY0 - dt.timedelta(days=1)))
    with pytest.raises(NotFoundError):
        report_for(town, project="nope")


def test_the_same_report_from_the_document_saved_and_loaded(town: Community) -> None:
    """Through a real Automerge document: built from the records, saved, loaded, read back."""
    loaded = CommunityDocument.load(CommunityDocument.from_view(town.view()).save()).view()
    ledger = check_ledger(loaded, town.verifier)
    assert ledger.needs_review == ()
    assert period_report(loaded, ledger, town.verifier, YEAR, now=NOW) == report_for(town)


def test_a_range_where_nothing_happened_is_empty(town: Community) -> None:
    report = report_for(town, (DAY0 - dt.timedelta(days=90), DAY0 - dt.timedelta(days=1)))
    assert report.empty
    assert not report_for(town).empty
    assert (report.money, report.months) == ((), ())  # no currency moved: no series to draw


def test_months_between_spans_the_year_end() -> None:
    assert months_between(dt.date(2025, 11, 15), dt.date(2026, 2, 1)) == (
        dt.date(2025, 11, 1),
        dt.date(2025, 12, 1),
        dt.date(2026, 1, 1),
        dt.date(2026, 2, 1),
    )
