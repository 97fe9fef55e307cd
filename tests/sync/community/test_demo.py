"""The Millbrook demo community and the benchmark generator: sizes, properties, and a ledger the rules accept."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter

import pytest

from sync.community import analyses
from sync.community.demo import (
    CURRENCY,
    TIME_ZONE,
    demo_keys,
    demo_signers,
    demo_view,
    member_id,
    project_id,
    proposal_id,
)
from sync.community.generator import generate_view, generator_keys
from sync.community.ledger import check_ledger, principal_and_bonus
from sync.community.model import AssetKind, EntryKind, ProjectStatus, Role, Side
from sync.community.pulse_rounds import Outcome, pulse_statuses
from sync.community.view import CommunityView
from sync.community.votes import VoteStatus, review_votes, tally

TODAY = dt.date(2026, 11, 24)
NOON = dt.datetime(2026, 11, 24, 12, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def view() -> CommunityView:
    return demo_view(TODAY)


def test_the_demo_is_deterministic(view: CommunityView) -> None:
    assert demo_view(TODAY) == view
    later = demo_view(TODAY + dt.timedelta(days=7))
    assert later != view
    assert set(later.assets) == set(view.assets)  # the same town, a week on
    assert [e.signature for e in later.ledger] != [e.signature for e in view.ledger]


def test_sizes_and_kinds(view: CommunityView) -> None:
    assert len(view.members) == 12
    assert [m.role for m in view.members.values()].count(Role.ADMIN) == 2
    assert all(m.device_ids for m in view.members.values())
    assert len(view.assets) == 60
    kinds = Counter(a.kind for a in view.assets.values())
    assert set(kinds) == set(AssetKind)
    assert min(kinds.values()) >= 10
    assert sum(1 for a in view.assets.values() if a.location is not None) >= 20
    assert sum(1 for a in view.assets.values() if a.ratings) >= 20
    titles = {a.title for a in view.assets.values()}
    assert {"Bike repair", "Tax forms and self-assessment", "First aid", "Polish translation"} <= titles
    assert {"Community hall", "Library meeting room", "Community van", "Workshop power tools"} <= titles
    assert {"Millbrook Park", "Station Road allotments", "River path"} <= titles
    sides = Counter(n.side for n in view.needs_offers.values())
    assert sum(sides.values()) == 20
    assert sides[Side.NEED] >= 8
    assert sides[Side.OFFER] >= 6


def test_the_ledger_and_votes_are_valid_under_the_rules(view: CommunityView) -> None:
    report = check_ledger(view, demo_keys())
    assert report.needs_review == ()
    assert len(report.accepted) == len(view.ledger)
    assert review_votes(view, demo_keys()) == ()
    # every kind of entry appears, but the lending circle payout, which the ledger no longer counts
    assert {e.kind for e in view.ledger} == set(EntryKind) - {EntryKind.LENDING_CIRCLE_PAYOUT}


@pytest.mark.parametrize(
    "today",
    [dt.date(2026, 3, 29), dt.date(2026, 10, 25), dt.date(2028, 2, 29), dt.date(2027, 1, 1)],
    ids=["spring-forward", "fall-back", "leap-day", "new-year"],
)
def test_the_ledger_is_valid_on_awkward_days(today: dt.date) -> None:
    view = demo_view(today)
    assert check_ledger(view, demo_keys()).needs_review == ()


def test_signatures_are_real_ed25519(view: CommunityView) -> None:
    keys = demo_keys()
    for entry in view.ledger:
        assert keys.verify(entry.device_id, entry.signing_bytes(), entry.signature)
    for vote in view.votes:
        assert keys.verify(vote.device_id, vote.signing_bytes(), vote.signature)
    forged = dataclasses.replace(view.ledger[0], amount_minor=view.ledger[0].amount_minor * 10)
    assert not keys.verify(forged.device_id, forged.signing_bytes(), forged.signature)
    # The signers are the members' linked devices.
    for member, signer in demo_signers().items():
        assert signer.device_id.hex in view.members[member].device_ids


def test_gaps_and_overlaps(view: CommunityView) -> None:
    gaps = {(g.category, g.area) for g in analyses.gaps(view)}
    assert {("transport", "riverside"), ("childcare", "north end"), ("pets", "riverside")} <= gaps
    offered = {(o.category, o.area) for o in view.needs_offers.values() if o.side is Side.OFFER}
    assert not gaps & offered  # a gap is a need that nobody offers
    overlaps = analyses.overlaps(view)
    assert len(overlaps) >= 2
    assert all(len(o.offers) >= 2 for o in overlaps)
    assert {(o.category, o.area) for o in overlaps} == {
        ("bike repair", "town centre"),
        ("paperwork", "north end"),
    }
    # The riverside kitchen project addresses the food gap, so that one is not an investment opportunity.
    opportunities = {(o.gap.category, o.gap.area) for o in analyses.investment_opportunities(view)}
    assert ("food", "riverside") in gaps
    assert ("food", "riverside") not in opportunities
    assert ("transport", "riverside") in opportunities


def test_three_projects_one_repaid_with_bonus(view: CommunityView) -> None:
    statuses = {p.status for p in view.projects.values()}
    assert statuses == {ProjectStatus.REPAID, ProjectStatus.FUNDING, ProjectStatus.ACTIVE}
    report = check_ledger(view, demo_keys())
    repaid = view.projects[project_id("toolkit")]
    assert repaid.status is ProjectStatus.REPAID
    assert repaid.target_met
    stakes = report.stakes[repaid.id]
    assert sum(stakes.values()) >= 4
    assert len(report.confirmations[repaid.id]) == repaid.verifiers_needed == 2  # its verifiers confirmed
    for member, held in stakes.items():
        principal, bonus = principal_and_bonus(repaid, held, report.confirmations[repaid.id])
        assert bonus > 0
        assert report.repaid[repaid.id][member] == principal + bonus
    funding = view.projects[project_id("kitchen")]
    assert 0 < sum(report.stakes[funding.id].values()) < funding.stakes_offered
    active = view.projects[project_id("bikes")]
    assert sum(report.stakes[active.id].values()) == active.stakes_offered
    assert 0 < active.progress < active.target_value
    assert active.id not in report.repaid
    assert all(p.currency == CURRENCY for p in view.projects.values())


def test_the_lending_circle_is_half_way(view: CommunityView) -> None:
    (circle,) = view.circles.values()
    report = check_ledger(view, demo_keys())
    paid = report.lending_circle_paid[circle.id]
    assert len(paid) == circle.rounds // 2 == 3
    assert paid == {k: circle.member_ids[k] for k in range(3)}
    for k in range(3):
        assert set(report.contributions[circle.id][k]) == set(circle.member_ids) - {circle.member_ids[k]}
    assert set(report.circle_joined[circle.id]) == set(circle.member_ids)
    assert report.circle_waiting == ()
    assert circle.round_date(2) <= TODAY < circle.round_date(3)


def test_the_purse_votes_and_withdrawal(view: CommunityView) -> None:
    report = check_ledger(view, demo_keys())
    passed, open_ = view.proposals[proposal_id("urn")], view.proposals[proposal_id("meadow")]
    assert tally(view, passed.id, demo_keys(), NOON).status is VoteStatus.PASSED
    assert passed.id in report.withdrawals
    outcome = tally(view, open_.id, demo_keys(), NOON)
    assert outcome.status is VoteStatus.OPEN
    assert outcome.turnout >= 4
    assert sum(1 for v in view.votes if v.member_id == member_id("chloe") and v.proposal_id == open_.id) == 2
    deposited = sum(e.amount_minor for e in view.ledger if e.kind is EntryKind.PURSE_DEPOSIT)
    assert report.purse_balance == {CURRENCY: deposited - passed.amount_minor}
    assert report.purse_balance[CURRENCY] >= open_.amount_minor  # enough for the open proposal too


def test_time_credits_sum_to_zero_within_limits(view: CommunityView) -> None:
    report = check_ledger(view, demo_keys())
    balances = report.credit_balances
    assert sum(balances.values()) == 0
    assert sum(1 for b in balances.values() if b != 0) >= 8
    assert set(view.credit_limits) == set(view.members)
    for member, balance in balances.items():
        assert balance >= -view.credit_limits[member]


def test_a_week_of_events_one_weekly(view: CommunityView) -> None:
    assert len(view.events) >= 7
    for event in view.events.values():
        assert TODAY <= event.starts_at.date() <= TODAY + dt.timedelta(days=7)
    weekly = [e for e in view.events.values() if e.recurrence is not None]
    assert len(weekly) == 1
    assert {e.time_zone for e in view.events.values()} >= {TIME_ZONE}


def test_the_pulse_rounds_are_real_masked_posts(view: CommunityView) -> None:
    statuses = pulse_statuses(view.pulse_rounds, NOON)
    shown = [s for s in statuses.values() if s.outcome is Outcome.SHOWN]
    open_ = [s for s in statuses.values() if s.outcome is Outcome.POSTING]
    assert len(shown) == 1
    assert len(open_) == 1
    (last,), (this,) = shown, open_
    # Last month's posts unmask to possible answers: four means, each 0–10 (random bytes would not).
    assert len(last.means) == 4
    assert all(0 <= m <= 10 for m in last.means)
    assert last.posted == len(last.round.roster) >= 5
    assert this.joined == len(this.round.roster)
    assert this.posted == 5
    assert set(this.round.submissions) < set(this.round.roster)
    assert this.round.opens_at < NOON < this.round.closes_at


# --- the generator ------------------------------------------------------------------------------------------


def test_generator_sizes_and_determinism() -> None:
    small = generate_view(assets=300, members=40, events=120, seed=3, needs_offers=50)
    assert (len(small.assets), len(small.members), len(small.events), len(small.needs_offers)) == (
        300,
        40,
        120,
        50,
    )
    assert generate_view(assets=300, members=40, events=120, seed=3, needs_offers=50) == small
    assert generate_view(assets=300, members=40, events=120, seed=4, needs_offers=50) != small
    authors = {a.author for a in small.assets.values()} | {e.author for e in small.events.values()}
    assert authors <= set(small.members)
    assert set(Counter(a.kind for a in small.assets.values())) == set(AssetKind)
    assert any(e.recurrence is not None for e in small.events.values())


def test_generator_default_size() -> None:
    big = generate_view()
    assert (len(big.assets), len(big.members), len(big.events)) == (10_000, 2_000, 5_000)


def test_generated_transfers_are_signed_and_valid() -> None:
    view = generate_view(assets=10, members=30, events=5, seed=1, credit_transfers=400)
    report = check_ledger(view, generator_keys(30, seed=1))
    assert report.needs_review == ()
    assert len(report.accepted) == 800  # each transfer and its receiver's confirmation
    assert report.credit_waiting == ()
    assert sum(report.credit_balances.values()) == 0


def test_generator_needs_two_members() -> None:
    with pytest.raises(ValueError, match="two members"):
        generate_view(members=1)


def test_the_demo_survives_the_document() -> None:
    """The demo written into a real Automerge document and read back is the same community."""
    document = pytest.importorskip("sync.community.document")
    view = demo_view(TODAY)
    doc = document.CommunityDocument.from_view(view)
    again = document.CommunityDocument.load(doc.save()).view()
    assert again == view


def test_the_neighbourhoods_are_outlined_around_their_pins(view: CommunityView) -> None:
    located = [a for a in view.assets.values() if a.location is not None]
    assert sorted(a.name for a in view.areas.values()) == sorted({a.area for a in located})
    for area in view.areas.values():
        lats = [p.lat for p in area.outline]
        lons = [p.lon for p in area.outline]
        for asset in (a for a in located if a.area == area.name):
            assert asset.location is not None
            assert min(lats) < asset.location.lat < max(lats)
            assert min(lons) < asset.location.lon < max(lons)
