"""Analyses over a view: gaps, overlaps, opportunities, effectiveness, money and the funder report."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from sync.community.analyses import (
    asset_effectiveness,
    assets_by_kind,
    gaps,
    investment_opportunities,
    kind_effectiveness,
    overlaps,
    project_addresses,
)
from sync.community.errors import NotFoundError
from sync.community.finances import (
    CreditPosition,
    credit_positions,
    lending_circle_schedule,
    lending_circle_schedules,
    project_progress,
    purse_summary,
    repayments_due,
)
from sync.community.funder_report import ProjectFunding, funder_report
from sync.community.ledger import LedgerReport, check_ledger
from sync.community.model import AssetKind, Choice, EntryKind, ProgressReport, ProjectStatus, Urgency
from tests.sync.community.factories import DAY0, Community, at


def ledger_of(com: Community) -> LedgerReport:
    return check_ledger(com.view(), com.verifier)


# --- gaps ----------------------------------------------------------------------------------------------------


def test_a_need_with_no_offer_and_no_asset_is_a_gap(com: Community) -> None:
    need = com.need("n1", "Childcare", "Northside")
    (gap,) = gaps(com.view())
    assert (gap.category, gap.area, gap.needs, gap.count) == ("childcare", "northside", (need,), 1)


def test_an_open_offer_of_the_same_category_and_area_fills_the_gap(com: Community) -> None:
    com.need("n1", "childcare", "northside")
    com.offer("o1", "Childcare", "NORTHSIDE")
    assert gaps(com.view()) == ()


def test_offers_elsewhere_or_closed_do_not_fill_the_gap(com: Community) -> None:
    com.need("n1", "childcare", "northside")
    com.offer("o1", "childcare", "southside")
    com.offer("o2", "tutoring", "northside")
    com.offer("o3", "childcare", "northside", open=False)
    assert [g.category for g in gaps(com.view())] == ["childcare"]


def test_a_closed_need_is_no_gap(com: Community) -> None:
    com.need("n1", "childcare", "northside", open=False)
    assert gaps(com.view()) == ()


def test_an_asset_linked_to_the_need_fills_the_gap(com: Community) -> None:
    com.asset("hall", category="space", area="elsewhere")
    com.need("n1", "childcare", "northside", asset_ids=("hall",))
    assert gaps(com.view()) == ()


def test_a_link_to_an_asset_that_does_not_exist_does_not_fill_the_gap(com: Community) -> None:
    com.need("n1", "childcare", "northside", asset_ids=("gone",))
    assert len(gaps(com.view())) == 1


def test_an_asset_of_the_category_in_the_area_fills_the_gap(com: Community) -> None:
    com.asset("nursery", AssetKind.HUMAN, category=" Childcare ", area="Northside")
    com.need("n1", "childcare", "northside")
    assert gaps(com.view()) == ()


def test_an_asset_of_the_category_in_another_area_does_not(com: Community) -> None:
    com.asset("nursery", AssetKind.HUMAN, category="childcare", area="southside")
    com.need("n1", "childcare", "northside")
    assert len(gaps(com.view())) == 1


def test_gaps_are_grouped_by_category_and_area_with_the_top_urgency(com: Community) -> None:
    low = com.need("n1", "repairs", "northside", urgency=Urgency.LOW)
    urgent = com.need("n2", "repairs", "northside", urgency=Urgency.URGENT)
    com.need("n3", "food", "northside")
    com.need("n4", "repairs", "southside")
    found = gaps(com.view())
    assert [(g.category, g.area, g.count) for g in found] == [
        ("food", "northside", 1),
        ("repairs", "northside", 2),
        ("repairs", "southside", 1),
    ]
    assert found[1].needs == (urgent, low)
    assert found[1].urgency is Urgency.URGENT


# --- overlaps ------------------------------------------------------------------------------------------------


def test_several_open_offers_for_a_need_overlap(com: Community) -> None:
    need = com.need("n1", "food", "northside")
    a = com.offer("o1", "food", "northside", created_at=at(2))
    b = com.offer("o2", "food", "northside", created_at=at(1))
    com.offer("o3", "food", "northside", open=False)
    (overlap,) = overlaps(com.view())
    assert (overlap.category, overlap.area, overlap.needs, overlap.offers) == (
        "food",
        "northside",
        (need,),
        (b, a),
    )


def test_one_offer_or_no_need_is_no_overlap(com: Community) -> None:
    com.need("n1", "food", "northside")
    com.offer("o1", "food", "northside")
    com.offer("o2", "tools", "northside")
    com.offer("o3", "tools", "northside")  # two offers, but nobody needs tools
    assert overlaps(com.view()) == ()


# --- investment opportunities --------------------------------------------------------------------------------


def test_a_gap_that_no_project_addresses_is_an_opportunity(com: Community) -> None:
    com.need("n1", "bike repairs", "Northside")
    (opportunity,) = investment_opportunities(com.view())
    assert (opportunity.rank, opportunity.gap.category) == (1, "bike repairs")


def test_a_live_project_linked_to_the_need_addresses_the_gap(com: Community) -> None:
    steward = com.person("ana")
    com.need("n1", "bike repairs", "northside")
    com.project(steward, title="Bike shed", goal="Fix bikes", status=ProjectStatus.PROPOSED, need_ids=("n1",))
    assert investment_opportunities(com.view()) == ()


def test_a_project_whose_words_match_but_names_no_need_does_not_address_the_gap(com: Community) -> None:
    steward = com.person("ana")
    com.need("n1", "bike repairs", "northside")
    project = com.project(steward, title="Northside bike repair shed", goal="Bike repairs in Northside")
    assert not project_addresses(project, gaps(com.view())[0])
    assert len(investment_opportunities(com.view())) == 1


@pytest.mark.parametrize("status", [ProjectStatus.CLOSED, ProjectStatus.REPAID, ProjectStatus.TARGET_MET])
def test_a_finished_project_no_longer_addresses_the_gap(com: Community, status: ProjectStatus) -> None:
    steward = com.person("ana")
    com.need("n1", "bike repairs", "northside")
    com.project(steward, title="Northside bike repair shed", status=status, need_ids=("n1",))
    assert len(investment_opportunities(com.view())) == 1


def test_a_project_linked_to_another_need_does_not_address_the_gap(com: Community) -> None:
    steward = com.person("ana")
    com.need("n1", "bike repairs", "northside")
    com.need("n2", "bike repairs", "southside")
    com.project(steward, title="Southside bike repair shed", need_ids=("n2",))
    assert [o.gap.area for o in investment_opportunities(com.view())] == ["northside"]


def test_an_expired_need_leaves_the_gaps_on_the_day_after_its_expiry(com: Community) -> None:
    com.need("n1", "food", "east", expires_on=DAY0)
    assert len(gaps(com.view(), today=DAY0)) == 1
    assert gaps(com.view(), today=DAY0 + dt.timedelta(days=1)) == ()
    assert investment_opportunities(com.view(), today=DAY0 + dt.timedelta(days=1)) == ()


def test_an_expired_offer_no_longer_meets_a_need(com: Community) -> None:
    com.need("n1", "food", "east")
    com.offer("o1", "food", "east", expires_on=DAY0)
    assert gaps(com.view(), today=DAY0) == ()
    assert len(gaps(com.view(), today=DAY0 + dt.timedelta(days=1))) == 1


def test_opportunities_rank_by_urgency_then_number_of_needs(com: Community) -> None:
    com.need("n1", "food", "east", urgency=Urgency.MEDIUM)
    com.need("n2", "food", "east", urgency=Urgency.MEDIUM)
    com.need("n3", "heating", "west", urgency=Urgency.URGENT)
    com.need("n4", "books", "west", urgency=Urgency.MEDIUM)
    ranked = investment_opportunities(com.view())
    assert [(o.rank, o.gap.category) for o in ranked] == [(1, "heating"), (2, "food"), (3, "books")]


# --- effectiveness -------------------------------------------------------------------------------------------


def test_effectiveness_per_asset_and_per_kind(com: Community) -> None:
    com.asset("garden", AssetKind.NATURAL, ratings={"a": 4, "b": 5})
    com.asset("park", AssetKind.NATURAL, ratings={"a": 2})
    com.asset("pond", AssetKind.NATURAL)
    com.asset("hall", AssetKind.BUILT, ratings={"a": 3})
    per_asset = {e.asset_id: (e.average, e.ratings) for e in asset_effectiveness(com.view())}
    assert per_asset == {"garden": (4.5, 2), "park": (2.0, 1), "pond": (None, 0), "hall": (3.0, 1)}
    per_kind = {k.kind: (k.average, k.rated_assets, k.assets) for k in kind_effectiveness(com.view())}
    assert per_kind == {
        AssetKind.NATURAL: (3.25, 2, 3),
        AssetKind.HUMAN: (None, 0, 0),
        AssetKind.BUILT: (3.0, 1, 1),
        AssetKind.INDUSTRIAL: (None, 0, 0),
    }
    assert assets_by_kind(com.view()) == {
        AssetKind.NATURAL: 3,
        AssetKind.HUMAN: 0,
        AssetKind.BUILT: 1,
        AssetKind.INDUSTRIAL: 0,
    }


# --- projects and repayments ---------------------------------------------------------------------------------


@pytest.fixture
def funded(com: Community) -> Community:
    """p1: 25.00 EUR stakes, 10% bonus, target 100 meals, repay by DAY0+365; ben holds 2, cy holds 1."""
    ana, ben, cy = com.person("ana"), com.person("ben"), com.person("cy")
    com.project(ana, reports=(ProgressReport("r1", 40, at(1), "ana"),))
    com.entry(ben, EntryKind.STAKE_BOUGHT, 5000, ref="p1")
    com.entry(cy, EntryKind.STAKE_BOUGHT, 2500, ref="p1")
    com.entry(ana, EntryKind.REPAYMENT, 5000, ref="p1", counterparty="ben")
    return com


def test_project_progress(funded: Community) -> None:
    (p,) = project_progress(funded.view())
    assert (p.project_id, p.progress, p.target, p.percent, p.target_met, p.unit) == (
        "p1",
        40,
        100,
        40.0,
        False,
        "meals",
    )


def test_repayments_due_before_the_target_is_met(funded: Community) -> None:
    due = repayments_due(funded.view(), ledger_of(funded), today=DAY0)
    by_member = {d.member_id: d for d in due}
    assert (by_member["ben"].principal_minor, by_member["ben"].bonus_minor) == (5000, 0)
    assert (by_member["ben"].outstanding_minor, by_member["ben"].overdue) == (0, False)
    assert (by_member["cy"].outstanding_minor, by_member["cy"].overdue) == (2500, False)
    assert by_member["cy"].due_by == DAY0 + dt.timedelta(days=365)


def test_repayments_include_the_bonus_once_the_target_is_met(funded: Community) -> None:
    funded.projects["p1"] = replace(funded.projects["p1"], reports=(ProgressReport("r2", 100, at(2), "ana"),))
    by_member = {d.member_id: d for d in repayments_due(funded.view(), ledger_of(funded), today=DAY0)}
    assert (by_member["ben"].bonus_minor, by_member["ben"].outstanding_minor) == (500, 500)
    assert (by_member["cy"].bonus_minor, by_member["cy"].outstanding_minor) == (250, 2750)


def test_outstanding_repayments_are_overdue_after_the_date(funded: Community) -> None:
    report = ledger_of(funded)
    due_by = DAY0 + dt.timedelta(days=365)
    on_the_day = {d.member_id: d.overdue for d in repayments_due(funded.view(), report, today=due_by)}
    after = {
        d.member_id: d.overdue for d in repayments_due(funded.view(), report, due_by + dt.timedelta(days=1))
    }
    assert on_the_day == {"ben": False, "cy": False}
    assert after == {"ben": False, "cy": True}  # ben was repaid in full


# --- lending circles ----------------------------------------------------------------------------------------


def test_lending_circle_schedule(com: Community) -> None:
    ana, ben, cy = com.person("ana"), com.person("ben"), com.person("cy")
    circle = com.lending_circle(ana, [ana, ben, cy], period_days=14)
    com.join(circle)
    for p in (ben, cy):
        com.received(com.pay(p, circle, 0))
    com.pay(cy, circle, 1)  # not confirmed by Ben yet
    schedule = lending_circle_schedule(com.view(), ledger_of(com), "c1")
    assert (schedule.pot_minor, schedule.currency, schedule.not_joined) == (10_000, "EUR", ())
    rows = [
        (r.index, r.date, r.recipient, r.contributions_received, r.contributions_missing, r.paid, r.paid_to)
        for r in schedule.rounds
    ]
    assert rows == [
        (0, DAY0, "ana", ("ben", "cy"), (), True, "ana"),
        (1, DAY0 + dt.timedelta(days=14), "ben", ("cy",), ("ana",), False, None),
        (2, DAY0 + dt.timedelta(days=28), "cy", (), ("ana", "ben"), False, None),
    ]
    assert [r.unconfirmed for r in schedule.rounds] == [(), ("cy",), ()]
    assert lending_circle_schedules(com.view(), ledger_of(com)) == (schedule,)


def test_schedule_of_an_unknown_lending_circle(com: Community) -> None:
    with pytest.raises(NotFoundError):
        lending_circle_schedule(com.view(), ledger_of(com), "nope")


# --- purse and credits ---------------------------------------------------------------------------------------


def test_purse_summary(com: Community) -> None:
    ana, ben = com.person("ana"), com.person("ben")
    com.proposal(ana)
    com.vote(ana, "q1", Choice.YES)
    com.vote(ben, "q1", Choice.YES)
    com.entry(ana, EntryKind.PURSE_DEPOSIT, 5000)
    com.entry(ben, EntryKind.PURSE_DEPOSIT, 800, unit="GBP")
    com.entry(ana, EntryKind.PURSE_WITHDRAWAL, 3000, ref="q1", when=at(3 * 24 * 60))
    com.entry(ana, EntryKind.PURSE_WITHDRAWAL, 3000, ref="q1", when=at(4 * 24 * 60))  # needs review
    summary = purse_summary(ledger_of(com))
    assert summary.balance == {"EUR": 2000, "GBP": 800}
    assert summary.deposited == {"EUR": 5000, "GBP": 800}
    assert summary.withdrawn == {"EUR": 3000}


def test_credit_positions_sum_to_zero(com: Community) -> None:
    ana = com.person("ana", credit_limit=120)
    ben = com.person("ben", credit_limit=30)
    com.person("cy")
    com.confirm(com.entry(ana, EntryKind.CREDIT_TRANSFER, 90, counterparty="ben"))
    com.confirm(com.entry(ben, EntryKind.CREDIT_TRANSFER, 20, counterparty="cy"))
    positions = credit_positions(com.view(), ledger_of(com))
    assert positions == (
        CreditPosition("ana", -90, 120, 30),
        CreditPosition("ben", 70, 30, 100),
        CreditPosition("cy", 20, 120, 140),  # no limit set: the default two hours
    )
    assert sum(p.balance for p in positions) == 0


# --- funder report -------------------------------------------------------------------------------------------


def test_funder_report(funded: Community) -> None:
    ana = funded.people["ana"]
    funded.projects["p1"] = replace(funded.projects["p1"], reports=(ProgressReport("r2", 150, at(2), "ana"),))
    funded.entry(ana, EntryKind.REPAYMENT, 500, ref="p1", counterparty="ben")  # ben's bonus
    funded.project(ana, "p2", title="Tool library", stakes_offered=5, status=ProjectStatus.FUNDING)
    funded.asset("hall", AssetKind.BUILT)
    funded.asset("orchard", AssetKind.NATURAL)
    funded.need("n1", "heating", "west")
    funded.need("n2", "food", "east")
    funded.offer("o1", "food", "east")
    funded.entry(ana, EntryKind.PURSE_DEPOSIT, 100, sign=False)  # needs review
    today = DAY0 + dt.timedelta(days=400)

    report = funder_report(funded.view(), ledger_of(funded), today)

    fridge, tools = report.projects
    assert fridge == ProjectFunding(
        project_id="p1",
        title="Community fridge",
        status=ProjectStatus.ACTIVE,
        currency="EUR",
        stake_price_minor=2500,
        stakes_offered=10,
        stakes_sold=3,
        raised_minor=7500,
        metric="meals served",
        unit="meals",
        progress=150,
        target=100,
        percent=150.0,
        target_met=True,
        repaid_minor=5500,
        bonus_paid_minor=500,
        outstanding_minor=2750,  # cy: 25.00 + 2.50 bonus
        repay_by=DAY0 + dt.timedelta(days=365),
        overdue=True,
    )
    assert (tools.stakes_sold, tools.raised_minor, tools.repaid_minor, tools.overdue) == (0, 0, 0, False)
    assert report.assets_by_kind[AssetKind.BUILT] == 1
    assert report.assets_by_kind[AssetKind.NATURAL] == 1
    assert (report.open_needs, report.open_offers) == (2, 1)
    assert [g.category for g in report.gaps] == ["heating"]
    assert report.entries_needing_review == 1
    assert (report.community, report.prepared_on) == ("Elm Street", today)

    header, rows = report.project_table()
    assert header[:3] == ("project_id", "title", "status")
    assert rows[0][:3] == ("p1", "Community fridge", "active")
    assert len(rows) == 2
    assert all(len(row) == len(header) for row in rows)
