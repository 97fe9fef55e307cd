"""Ledger rules of lending circles: contributions and payouts, each accepted and rejected."""

from __future__ import annotations

import pytest

from sync.community.ledger import LedgerReport, Rule, check_ledger
from sync.community.model import EntryKind
from sync.community.signed import LedgerEntry
from tests.sync.community.factories import Community, Person, at

PAY_IN = EntryKind.LENDING_CIRCLE_CONTRIBUTION
PAY_OUT = EntryKind.LENDING_CIRCLE_PAYOUT
POT = 3 * 5000


@pytest.fixture
def people(com: Community) -> tuple[Person, Person, Person]:
    """Ana organises circle c1 for ana, ben, cy (paid in that order), 50.00 EUR a round each."""
    ana, ben, cy = com.person("ana"), com.person("ben"), com.person("cy")
    com.lending_circle(ana, [ana, ben, cy])
    return ana, ben, cy


def judge(com: Community) -> LedgerReport:
    return check_ledger(com.view(), com.verifier)


def assert_rejected(com: Community, entry: LedgerEntry, rule: Rule, reason: str) -> LedgerReport:
    report = judge(com)
    review = next(r for r in report.needs_review if r.entry == entry)
    assert (review.rule, review.reason) == (rule, reason)
    assert entry not in report.accepted
    return report


def pay_in_all(com: Community, people: tuple[Person, ...], k: int) -> None:
    for p in people:
        com.entry(p, PAY_IN, 5000, ref="c1", round=k)


# --- contributions -------------------------------------------------------------------------------------------


def test_contribution_accepted(com: Community, people: tuple[Person, Person, Person]) -> None:
    ana, ben, _ = people
    a = com.entry(ana, PAY_IN, 5000, ref="c1", round=0)
    b = com.entry(ben, PAY_IN, 5000, ref="c1", round=0)
    report = judge(com)
    assert report.accepted == (a, b)
    assert report.contributions == {"c1": {0: ("ana", "ben")}}


def test_contribution_to_unknown_circle(com: Community, people: tuple[Person, Person, Person]) -> None:
    entry = com.entry(people[0], PAY_IN, 5000, ref="c9", round=0)
    assert_rejected(com, entry, Rule.UNKNOWN_REF, "unknown circle 'c9'")


def test_contribution_naming_no_circle(com: Community, people: tuple[Person, Person, Person]) -> None:
    entry = com.entry(people[0], PAY_IN, 5000, round=0)
    assert_rejected(com, entry, Rule.UNKNOWN_REF, "names no circle")


def test_contribution_without_round(com: Community, people: tuple[Person, Person, Person]) -> None:
    entry = com.entry(people[0], PAY_IN, 5000, ref="c1")
    assert_rejected(com, entry, Rule.BAD_ROUND, "names no round")


def test_contribution_to_a_round_past_the_last(com: Community, people: tuple[Person, Person, Person]) -> None:
    entry = com.entry(people[0], PAY_IN, 5000, ref="c1", round=3)
    assert_rejected(com, entry, Rule.BAD_ROUND, "round 3 is not one of the circle's rounds 0–2")


def test_contribution_by_a_non_member_of_the_circle(
    com: Community, people: tuple[Person, Person, Person]
) -> None:
    dee = com.person("dee")
    entry = com.entry(dee, PAY_IN, 5000, ref="c1", round=0)
    assert_rejected(com, entry, Rule.NOT_IN_LENDING_CIRCLE, "'dee' is not a member of circle 'c1'")


def test_contribution_of_the_wrong_amount(com: Community, people: tuple[Person, Person, Person]) -> None:
    entry = com.entry(people[0], PAY_IN, 4999, ref="c1", round=0)
    assert_rejected(com, entry, Rule.WRONG_AMOUNT, "pays in 49.99 EUR, but the contribution is 50.00 EUR")


def test_contribution_in_the_wrong_currency(com: Community, people: tuple[Person, Person, Person]) -> None:
    entry = com.entry(people[0], PAY_IN, 5000, ref="c1", round=0, unit="GBP")
    assert_rejected(com, entry, Rule.WRONG_CURRENCY, "paid in GBP, but circle 'c1' uses EUR")


def test_second_contribution_in_the_same_round(com: Community, people: tuple[Person, Person, Person]) -> None:
    ana = people[0]
    first = com.entry(ana, PAY_IN, 5000, ref="c1", round=1)
    again = com.entry(ana, PAY_IN, 5000, ref="c1", round=1)
    report = assert_rejected(com, again, Rule.DUPLICATE_CONTRIBUTION, "'ana' already contributed to round 1")
    assert report.accepted == (first,)
    assert report.contributions == {"c1": {1: ("ana",)}}


# --- payouts -------------------------------------------------------------------------------------------------


def test_payout_after_every_contribution(com: Community, people: tuple[Person, Person, Person]) -> None:
    ana = people[0]
    pay_in_all(com, people, 1)
    payout = com.entry(ana, PAY_OUT, POT, ref="c1", round=1, counterparty="ben")
    report = judge(com)
    assert payout in report.accepted
    assert report.needs_review == ()
    assert report.lending_circle_paid == {"c1": {1: "ben"}}


def test_payout_before_every_contribution_is_in(
    com: Community, people: tuple[Person, Person, Person]
) -> None:
    ana, ben, _ = people
    com.entry(ana, PAY_IN, 5000, ref="c1", round=0)
    com.entry(ben, PAY_IN, 5000, ref="c1", round=0)
    early = com.entry(ana, PAY_OUT, POT, ref="c1", round=0, counterparty="ana")
    report = assert_rejected(
        com, early, Rule.CONTRIBUTIONS_MISSING, "round 0 has 2 of 3 contributions; still to pay in: 'cy'"
    )
    assert report.lending_circle_paid == {}


def test_a_contribution_dated_after_the_payout_does_not_count_for_it(
    com: Community, people: tuple[Person, Person, Person]
) -> None:
    ana, ben, cy = people
    late = com.entry(cy, PAY_IN, 5000, ref="c1", round=0, when=at(50))  # listed first, dated last
    com.entry(ana, PAY_IN, 5000, ref="c1", round=0, when=at(1))
    com.entry(ben, PAY_IN, 5000, ref="c1", round=0, when=at(2))
    payout = com.entry(ana, PAY_OUT, POT, ref="c1", round=0, counterparty="ana", when=at(10))
    report = assert_rejected(
        com, payout, Rule.CONTRIBUTIONS_MISSING, "round 0 has 2 of 3 contributions; still to pay in: 'cy'"
    )
    assert late in report.accepted


def test_second_payout_in_a_round(com: Community, people: tuple[Person, Person, Person]) -> None:
    ana, ben, _ = people
    pay_in_all(com, people, 0)
    first = com.entry(ana, PAY_OUT, POT, ref="c1", round=0, counterparty="ana")
    second = com.entry(ben, PAY_OUT, POT, ref="c1", round=0, counterparty="ana")
    report = assert_rejected(com, second, Rule.SECOND_PAYOUT, "second payout in round 0")
    assert first in report.accepted
    assert report.lending_circle_paid == {"c1": {0: "ana"}}


def test_payout_out_of_the_payout_order(com: Community, people: tuple[Person, Person, Person]) -> None:
    ana = people[0]
    pay_in_all(com, people, 0)
    entry = com.entry(ana, PAY_OUT, POT, ref="c1", round=0, counterparty="cy")
    assert_rejected(com, entry, Rule.WRONG_RECIPIENT, "round 0 pays 'ana' (the payout order), not 'cy'")


def test_payout_to_nobody(com: Community, people: tuple[Person, Person, Person]) -> None:
    ana = people[0]
    pay_in_all(com, people, 0)
    entry = com.entry(ana, PAY_OUT, POT, ref="c1", round=0)
    assert_rejected(com, entry, Rule.WRONG_RECIPIENT, "round 0 pays 'ana' (the payout order), not nobody")


def test_payout_that_is_not_the_pot(com: Community, people: tuple[Person, Person, Person]) -> None:
    ana = people[0]
    pay_in_all(com, people, 0)
    entry = com.entry(ana, PAY_OUT, POT + 1, ref="c1", round=0, counterparty="ana")
    assert_rejected(com, entry, Rule.WRONG_AMOUNT, "pays out 150.01 EUR, but the pot is 150.00 EUR")


def test_payout_in_the_wrong_currency(com: Community, people: tuple[Person, Person, Person]) -> None:
    ana = people[0]
    pay_in_all(com, people, 0)
    entry = com.entry(ana, PAY_OUT, POT, ref="c1", round=0, counterparty="ana", unit="GBP")
    assert_rejected(com, entry, Rule.WRONG_CURRENCY, "paid in GBP, but circle 'c1' uses EUR")


def test_payout_by_someone_outside_the_circle(com: Community, people: tuple[Person, Person, Person]) -> None:
    pay_in_all(com, people, 0)
    dee = com.person("dee")
    entry = com.entry(dee, PAY_OUT, POT, ref="c1", round=0, counterparty="ana")
    assert_rejected(
        com, entry, Rule.NOT_IN_LENDING_CIRCLE, "'dee' neither organises nor belongs to circle 'c1'"
    )


def test_payout_by_an_organiser_who_is_not_in_the_circle(com: Community) -> None:
    org, ben, cy = com.person("org"), com.person("ben"), com.person("cy")
    com.lending_circle(org, [ben, cy])
    for p in (ben, cy):
        com.entry(p, PAY_IN, 5000, ref="c1", round=1)
    payout = com.entry(org, PAY_OUT, 10_000, ref="c1", round=1, counterparty="cy")
    assert payout in judge(com).accepted


def test_payout_round_must_exist(com: Community, people: tuple[Person, Person, Person]) -> None:
    entry = com.entry(people[0], PAY_OUT, POT, ref="c1", round=7, counterparty="ana")
    assert_rejected(com, entry, Rule.BAD_ROUND, "round 7 is not one of the circle's rounds 0–2")


def test_a_whole_cycle_pays_each_member_once(com: Community, people: tuple[Person, Person, Person]) -> None:
    ana = people[0]
    for k, p in enumerate(people):
        pay_in_all(com, people, k)
        com.entry(ana, PAY_OUT, POT, ref="c1", round=k, counterparty=p.id)
    report = judge(com)
    assert report.needs_review == ()
    assert report.lending_circle_paid == {"c1": {0: "ana", 1: "ben", 2: "cy"}}
    assert report.contributions == {"c1": {k: ("ana", "ben", "cy") for k in range(3)}}
