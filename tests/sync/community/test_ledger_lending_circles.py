"""Ledger rules of lending circles: joining, contributions to the round's recipient, the recipient's
confirmations, payouts (no longer counted), and completed circles — each accepted and each attack set aside."""

from __future__ import annotations

import pytest

from sync.community.finances import circles_completed, lending_circle_schedule
from sync.community.ledger import LedgerReport, Rule, check_ledger, refusal
from sync.community.model import EntryKind, LendingCircle
from sync.community.signed import LedgerEntry
from tests.sync.community.factories import Community, Person, at

PAY_IN = EntryKind.LENDING_CIRCLE_CONTRIBUTION
PAY_OUT = EntryKind.LENDING_CIRCLE_PAYOUT
JOINED = EntryKind.CIRCLE_JOINED
RECEIVED = EntryKind.CIRCLE_RECEIVED

People = tuple[Person, Person, Person]


@pytest.fixture
def people(com: Community) -> People:
    """Ana organises circle c1 for ana, ben, cy (received in that order), 50.00 EUR a round each."""
    ana, ben, cy = com.person("ana"), com.person("ben"), com.person("cy")
    com.lending_circle(ana, [ana, ben, cy])
    return ana, ben, cy


@pytest.fixture
def formed(com: Community, people: People) -> LendingCircle:
    circle = com.circles["c1"]
    com.join(circle)
    return circle


def judge(com: Community) -> LedgerReport:
    return check_ledger(com.view(), com.verifier)


def assert_rejected(com: Community, entry: LedgerEntry, rule: Rule, reason: str) -> LedgerReport:
    report = judge(com)
    review = next(r for r in report.needs_review if r.entry == entry)
    assert (review.rule, review.reason) == (rule, reason)
    assert entry not in report.accepted
    return report


def assert_refused_before_writing(com: Community, entry: LedgerEntry, reason: str) -> None:
    """What the service asks before it writes: the same verdict, judged after the rest of the ledger."""
    com.ledger.remove(entry)
    report = judge(com)
    assert refusal(com.view(), report, entry, com.verifier) == reason


# --- joining ---------------------------------------------------------------------------------------------------


def test_a_circle_forms_once_every_listed_member_joined(com: Community, people: People) -> None:
    circle = com.circles["c1"]
    joins = com.join(circle, people[0], people[1])
    report = judge(com)
    assert report.accepted == tuple(joins)
    assert report.circle_joined == {"c1": ("ana", "ben")}
    assert lending_circle_schedule(com.view(), report, "c1").not_joined == ("cy",)
    com.join(circle, people[2])
    schedule = lending_circle_schedule(com.view(), judge(com), "c1")
    assert schedule.formed
    assert schedule.not_joined == ()


def test_only_a_listed_member_joins(com: Community, people: People) -> None:
    dee = com.person("dee")
    entry = com.entry(dee, JOINED, 5000, ref="c1")
    assert_rejected(com, entry, Rule.NOT_IN_LENDING_CIRCLE, "'dee' is not listed in circle 'c1'")


def test_a_member_joins_only_for_themselves(com: Community, people: People) -> None:
    ana = people[0]
    entry = com.entry(ana, JOINED, 5000, ref="c1", counterparty="ben")
    assert_rejected(com, entry, Rule.NOT_FOR_SELF, "names 'ben': a member joins a circle only for themselves")
    assert judge(com).circle_joined == {}


def test_a_member_joins_once(com: Community, people: People) -> None:
    ben = people[1]
    first = com.entry(ben, JOINED, 5000, ref="c1")
    again = com.entry(ben, JOINED, 5000, ref="c1")
    report = assert_rejected(com, again, Rule.ALREADY_JOINED, "'ben' already joined circle 'c1'")
    assert report.accepted == (first,)
    assert_refused_before_writing(com, again, "'ben' already joined circle 'c1'")


def test_a_join_agrees_to_the_circles_contribution(com: Community, people: People) -> None:
    cheap = com.entry(people[1], JOINED, 100, ref="c1")
    assert_rejected(com, cheap, Rule.WRONG_AMOUNT, "agrees to 1.00 EUR, but the contribution is 50.00 EUR")


def test_a_join_names_a_circle_that_exists(com: Community, people: People) -> None:
    entry = com.entry(people[1], JOINED, 5000, ref="c9")
    assert_rejected(com, entry, Rule.UNKNOWN_REF, "unknown circle 'c9'")


# --- contributions -------------------------------------------------------------------------------------------


def test_contribution_accepted_once_formed(com: Community, formed: LendingCircle, people: People) -> None:
    _ana, ben, cy = people
    b = com.pay(ben, formed, 0)
    c = com.pay(cy, formed, 0)
    report = judge(com)
    assert report.accepted[-2:] == (b, c)
    assert report.contributions == {"c1": {0: ("ben", "cy")}}
    assert report.circle_waiting == (b, c)  # not received until Ana confirms
    assert report.lending_circle_paid == {}


def test_no_contribution_before_the_circle_is_formed(com: Community, people: People) -> None:
    circle = com.circles["c1"]
    com.join(circle, people[0], people[1])
    early = com.pay(people[1], circle, 0)
    assert_rejected(com, early, Rule.CIRCLE_FORMING, "circle 'c1' is not formed yet: still to join: 'cy'")
    assert_refused_before_writing(com, early, "circle 'c1' is not formed yet: still to join: 'cy'")


def test_contribution_dated_before_the_last_join_does_not_count(com: Community, people: People) -> None:
    circle = com.circles["c1"]
    com.join(circle, people[0], people[1])
    early = com.pay(people[1], circle, 0, when=at(2.5))  # dated before Cy joined
    com.join(circle, people[2])
    assert_rejected(com, early, Rule.CIRCLE_FORMING, "circle 'c1' is not formed yet: still to join: 'cy'")


def test_contribution_names_the_rounds_recipient(
    com: Community, formed: LendingCircle, people: People
) -> None:
    entry = com.pay(people[2], formed, 1, counterparty="ana")
    assert_rejected(com, entry, Rule.WRONG_RECIPIENT, "round 1 pays 'ben' (the payout order), not 'ana'")
    nobody = com.pay(people[2], formed, 1, counterparty="")
    assert_rejected(com, nobody, Rule.WRONG_RECIPIENT, "round 1 pays 'ben' (the payout order), not nobody")


def test_the_recipient_pays_nothing_into_their_own_round(
    com: Community, formed: LendingCircle, people: People
) -> None:
    entry = com.pay(people[0], formed, 0)
    assert_rejected(com, entry, Rule.WRONG_RECIPIENT, "'ana' receives round 0: they pay nothing into it")


def test_contribution_to_unknown_circle(com: Community, formed: LendingCircle, people: People) -> None:
    entry = com.entry(people[1], PAY_IN, 5000, ref="c9", round=0, counterparty="ana")
    assert_rejected(com, entry, Rule.UNKNOWN_REF, "unknown circle 'c9'")


def test_contribution_naming_no_circle(com: Community, formed: LendingCircle, people: People) -> None:
    entry = com.entry(people[1], PAY_IN, 5000, round=0)
    assert_rejected(com, entry, Rule.UNKNOWN_REF, "names no circle")


def test_contribution_without_round(com: Community, formed: LendingCircle, people: People) -> None:
    entry = com.entry(people[1], PAY_IN, 5000, ref="c1", counterparty="ana")
    assert_rejected(com, entry, Rule.BAD_ROUND, "names no round")


def test_contribution_to_a_round_that_does_not_exist(
    com: Community, formed: LendingCircle, people: People
) -> None:
    entry = com.entry(people[1], PAY_IN, 5000, ref="c1", round=3, counterparty="ana")
    assert_rejected(com, entry, Rule.BAD_ROUND, "round 3 is not one of the circle's rounds 0–2")
    assert_refused_before_writing(com, entry, "round 3 is not one of the circle's rounds 0–2")


def test_contribution_by_a_non_member_of_the_circle(com: Community, formed: LendingCircle) -> None:
    dee = com.person("dee")
    entry = com.pay(dee, formed, 0)
    assert_rejected(com, entry, Rule.NOT_IN_LENDING_CIRCLE, "'dee' is not a member of circle 'c1'")


def test_contribution_of_the_wrong_amount(com: Community, formed: LendingCircle, people: People) -> None:
    entry = com.entry(people[1], PAY_IN, 4999, ref="c1", round=0, counterparty="ana")
    assert_rejected(com, entry, Rule.WRONG_AMOUNT, "pays in 49.99 EUR, but the contribution is 50.00 EUR")


def test_contribution_in_the_wrong_currency(com: Community, formed: LendingCircle, people: People) -> None:
    entry = com.pay(people[1], formed, 0, unit="GBP")
    assert_rejected(com, entry, Rule.WRONG_CURRENCY, "paid in GBP, but circle 'c1' uses EUR")


def test_second_contribution_in_the_same_round(com: Community, formed: LendingCircle, people: People) -> None:
    cy = people[2]
    first = com.pay(cy, formed, 1)
    again = com.pay(cy, formed, 1)
    report = assert_rejected(com, again, Rule.DUPLICATE_CONTRIBUTION, "'cy' already contributed to round 1")
    assert first in report.accepted
    assert report.contributions == {"c1": {1: ("cy",)}}


# --- the recipient confirms ------------------------------------------------------------------------------------


def test_a_round_is_paid_once_its_recipient_confirmed_every_contribution(
    com: Community, formed: LendingCircle, people: People
) -> None:
    _ana, ben, cy = people
    b, c = com.pay(ben, formed, 0), com.pay(cy, formed, 0)
    ok_b = com.received(b)
    report = judge(com)
    assert ok_b in report.accepted
    assert report.circle_received == {b.id: ok_b.id}
    assert report.circle_waiting == (c,)
    assert report.lending_circle_paid == {}
    round0 = lending_circle_schedule(com.view(), report, "c1").rounds[0]
    assert (round0.unconfirmed, round0.paid) == (("cy",), False)
    ok_c = com.received(c)
    report = judge(com)
    assert report.circle_received == {b.id: ok_b.id, c.id: ok_c.id}
    assert report.lending_circle_paid == {"c1": {0: "ana"}}
    round0 = lending_circle_schedule(com.view(), report, "c1").rounds[0]
    assert (round0.unconfirmed, round0.paid, round0.paid_to) == ((), True, "ana")


def test_only_the_rounds_recipient_confirms(com: Community, formed: LendingCircle, people: People) -> None:
    _ana, ben, cy = people
    paid = com.pay(ben, formed, 0)
    forged = com.entry(cy, RECEIVED, 5000, ref=paid.id, counterparty="ben", round=0)
    reason = f"only the round's recipient 'ana' can confirm contribution '{paid.id}', not 'cy'"
    report = assert_rejected(com, forged, Rule.NOT_RECEIVER, reason)
    assert report.circle_waiting == (paid,)
    assert_refused_before_writing(com, forged, reason)


def test_the_payer_cannot_confirm_their_own_payment(
    com: Community, formed: LendingCircle, people: People
) -> None:
    paid = com.pay(people[1], formed, 0)
    forged = com.entry(people[1], RECEIVED, 5000, ref=paid.id, counterparty="ben", round=0)
    assert_rejected(
        com,
        forged,
        Rule.NOT_RECEIVER,
        f"only the round's recipient 'ana' can confirm contribution '{paid.id}', not 'ben'",
    )


def test_a_contribution_is_confirmed_once(com: Community, formed: LendingCircle, people: People) -> None:
    paid = com.pay(people[1], formed, 0)
    first = com.received(paid)
    again = com.received(paid)
    report = assert_rejected(
        com, again, Rule.ALREADY_CONFIRMED, f"contribution '{paid.id}' was already confirmed"
    )
    assert report.circle_received == {paid.id: first.id}


def test_a_confirmation_names_a_contribution(com: Community, formed: LendingCircle, people: People) -> None:
    unknown = com.entry(people[0], RECEIVED, 5000, ref="nope", counterparty="ben", round=0)
    assert_rejected(com, unknown, Rule.UNKNOWN_REF, "unknown contribution 'nope'")
    nothing = com.entry(people[0], RECEIVED, 5000, counterparty="ben", round=0)
    assert_rejected(com, nothing, Rule.UNKNOWN_REF, "names no contribution")


def test_a_confirmation_matches_the_contribution(
    com: Community, formed: LendingCircle, people: People
) -> None:
    paid = com.pay(people[1], formed, 0)
    wrong = com.received(paid, counterparty="cy")
    assert_rejected(
        com,
        wrong,
        Rule.WRONG_AMOUNT,
        f"confirms 50.00 EUR from 'cy' in round 0, but contribution '{paid.id}' is 50.00 EUR from 'ben' in round 0",
    )


def test_a_confirmation_dated_before_its_contribution_does_not_count(
    com: Community, formed: LendingCircle, people: People
) -> None:
    paid = com.pay(people[1], formed, 0, when=at(100))
    early = com.received(paid, when=at(50))
    assert_rejected(com, early, Rule.UNKNOWN_REF, f"unknown contribution '{paid.id}'")


# --- payouts and completed circles -------------------------------------------------------------------------------


def test_a_payout_is_no_longer_counted(com: Community, formed: LendingCircle, people: People) -> None:
    for p in people[1:]:
        com.received(com.pay(p, formed, 0))
    payout = com.entry(people[0], PAY_OUT, 10_000, ref="c1", round=0, counterparty="ana")
    report = assert_rejected(
        com,
        payout,
        Rule.PAYOUT_RETIRED,
        "a lending circle round is paid to its recipient directly: it is complete once they confirm each"
        " contribution, not by a payout",
    )
    assert report.lending_circle_paid == {"c1": {0: "ana"}}


def test_a_whole_cycle_completes_the_circle_for_each_member(
    com: Community, formed: LendingCircle, people: People
) -> None:
    other = com.lending_circle(people[0], [people[0], people[1]], circle_id="c2")
    com.join(other)
    for k in range(formed.rounds):
        for p in people:
            if p.id != formed.member_ids[k]:
                com.received(com.pay(p, formed, k))
    com.received(com.pay(people[1], other, 0))  # c2 is half done
    report = judge(com)
    assert report.needs_review == ()
    assert report.lending_circle_paid == {"c1": {0: "ana", 1: "ben", 2: "cy"}, "c2": {0: "ana"}}
    assert circles_completed(com.view(), report) == {"ana": 1, "ben": 1, "cy": 1}
    com.received(com.pay(people[0], other, 1))
    assert circles_completed(com.view(), judge(com)) == {"ana": 2, "ben": 2, "cy": 1}


def test_a_forged_confirmation_never_completes_a_circle(
    com: Community, formed: LendingCircle, people: People
) -> None:
    for k in range(formed.rounds):
        for p in people:
            if p.id != formed.member_ids[k]:
                paid = com.pay(p, formed, k)
                # Whoever paid signs "received" in the recipient's place: none of it counts.
                com.entry(p, RECEIVED, paid.amount_minor, ref=paid.id, counterparty=p.id, round=k)
    report = judge(com)
    assert report.lending_circle_paid == {}
    assert circles_completed(com.view(), report) == {}
