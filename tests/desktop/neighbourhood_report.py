"""The walk's last step (no tests here): the treasurer's funder report against every window and every member's
own contributions statement. The report is counted by Robin's service; each window asks its own service for the
purse and the projects' books (what those screens show); each member's statement is their Contributions screen,
whose signed lines their own service copied from the ledger."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from commons_desktop.features.contributions.contributions_view import ContributionsView
from commons_desktop.features.reports.report_choices import Disclosure
from commons_desktop.features.reports.reports_view import ReportsView
from store import ContributionDirection, ContributionKind
from sync.community import EntryKind
from tests.desktop.neighbourhood import Town, shoot
from tests.desktop.test_community import SYNC_WAIT_MS
from tests.desktop.test_reports import answer, choose_folder

# What each ledger kind is in a member's statement (what they gave).
_GIVEN_AS = {
    EntryKind.STAKE_BOUGHT: ContributionKind.STAKE,
    EntryKind.PURSE_DEPOSIT: ContributionKind.MONEY,
    EntryKind.LENDING_CIRCLE_CONTRIBUTION: ContributionKind.CIRCLE_PAYMENT,
}


def the_report_matches_every_screen_and_statement(qtbot, town: Town, monkeypatch, folder: Path) -> None:
    """Robin, the treasurer, makes the year's report for the whole of Mill Road and saves it as CSV; its money
    flows equal what every window's purse and projects screens are told, and what each member's own statement
    says they gave equals the report's lines for them, kind by kind."""
    reports = town.robin.screen("reports", ReportsView)

    def counted_the_repair() -> (
        bool
    ):  # the last entry of the walk: the screen counts again as the ledger grows
        data = reports.data
        return (
            reports.ready_to_export()
            and data is not None
            and any(f.kind is EntryKind.PURSE_WITHDRAWAL for f in data.report.money)
        )

    qtbot.waitUntil(counted_the_repair, timeout=SYNC_WAIT_MS)
    assert reports.data is not None
    report = reports.data.report
    flows = {(f.kind, f.currency): f.amount_minor for f in report.money}
    assert flows[(EntryKind.STAKE_BOUGHT, "EUR")] == 12 * 2500  # twelve stakes at 25 EUR
    assert flows[(EntryKind.LENDING_CIRCLE_CONTRIBUTION, "EUR")] == 4 * 5000  # round 1's four payments
    assert report.hours.minutes == 60  # Ana's hour to Carmen, confirmed
    for n in town.everyone:
        purse = answer(qtbot, n.controller.sync.purse_overview, town.space)
        assert flows[(EntryKind.PURSE_DEPOSIT, "EUR")] == purse.deposited["EUR"], n.name
        assert flows[(EntryKind.PURSE_WITHDRAWAL, "EUR")] == purse.withdrawn["EUR"], n.name
        books = answer(qtbot, n.controller.sync.project_accounts, town.space)
        assert {p.project_id: (p.stakes_sold, p.raised_minor, p.principal_repaid_minor + p.bonus_repaid_minor)
                for p in report.projects} == {b.project: (b.stakes_sold, b.money_in_minor, b.repaid_minor)
                for b in books}, n.name  # fmt: skip
    folder.mkdir()
    choose_folder(monkeypatch, folder)
    made = reports.export_csv()
    assert made is not None
    assert sorted(p.name for p in made.iterdir())  # one file per table the report holds
    shoot(town, "19-funder-report")

    # Each member's own statement against the report's lines for them (who paid what, itemised for this).
    reports.set_choice("payments", Disclosure.PUBLIC)
    qtbot.waitUntil(
        lambda: reports.ready_to_export() and bool(reports.data.report.payments), timeout=SYNC_WAIT_MS
    )
    report = reports.data.report
    for n in town.everyone:
        member = town.member(n.name)
        expected: Counter[tuple[ContributionKind, str]] = Counter()
        for p in report.payments:
            if p.member_id == member and p.kind in _GIVEN_AS:
                expected[(_GIVEN_AS[p.kind], p.currency)] += p.amount_minor
        expected[(ContributionKind.TIME_CREDIT, "min")] = report.hours.given.get(member, 0)
        statement = n.screen("contributions", ContributionsView)
        qtbot.waitUntil(lambda v=statement, e=expected: given(v) == e, timeout=SYNC_WAIT_MS)
        assert expected[(ContributionKind.STAKE, "EUR")] > 0, n.name  # each bought stakes in the fridge
    shoot(town, "20-statements")


def given(statement: ContributionsView) -> Counter[tuple[ContributionKind, str]]:
    """What the statement's signed lines say its person gave, by kind and unit."""
    total: Counter[tuple[ContributionKind, str]] = Counter()
    for c in statement.model.contributions:
        if c.signed and c.direction is ContributionDirection.GIVEN:
            total[(c.kind, c.unit)] += c.amount_minor
    return total
