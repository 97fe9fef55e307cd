"""Ledger rules of the common purse: deposits, and withdrawals backed by a passed proposal."""

from __future__ import annotations

import pytest

from sync.community.ledger import LedgerReport, Rule, check_ledger
from sync.community.model import Choice, EntryKind
from sync.community.signed import LedgerEntry
from tests.sync.community.factories import Community, Person, at

IN = EntryKind.PURSE_DEPOSIT
OUT = EntryKind.PURSE_WITHDRAWAL
DAY = 60 * 24
AFTER = at(2 * DAY)  # after the proposals' deadline (one day after T0)


@pytest.fixture
def people(com: Community) -> tuple[Person, Person, Person]:
    return com.person("ana"), com.person("ben"), com.person("cy")


@pytest.fixture
def passed(com: Community, people: tuple[Person, Person, Person]) -> str:
    """Proposal q1 for 30.00 EUR, passed by ana and ben (quorum 2, threshold 50%)."""
    ana, ben, _ = people
    com.proposal(ana)
    com.vote(ana, "q1", Choice.YES)
    com.vote(ben, "q1", Choice.YES)
    return "q1"


def judge(com: Community) -> LedgerReport:
    return check_ledger(com.view(), com.verifier)


def assert_rejected(com: Community, entry: LedgerEntry, rule: Rule, reason: str) -> LedgerReport:
    report = judge(com)
    review = next(r for r in report.needs_review if r.entry == entry)
    assert (review.rule, review.reason) == (rule, reason)
    assert entry not in report.accepted
    return report


def test_deposits_add_up_per_currency(com: Community, people: tuple[Person, Person, Person]) -> None:
    ana, ben, _ = people
    com.entry(ana, IN, 1000)
    com.entry(ben, IN, 250)
    com.entry(ben, IN, 700, unit="GBP")
    assert judge(com).purse_balance == {"EUR": 1250, "GBP": 700}


def test_withdrawal_of_a_passed_proposal(com: Community, people: tuple[Person, ...], passed: str) -> None:
    ana, ben, _ = people
    com.entry(ana, IN, 5000)
    out = com.entry(ben, OUT, 3000, ref=passed, when=AFTER)
    report = judge(com)
    assert out in report.accepted
    assert report.purse_balance == {"EUR": 2000}
    assert report.withdrawals == {"q1": out.id}


def test_withdrawal_of_an_unknown_proposal(com: Community, people: tuple[Person, ...]) -> None:
    com.entry(people[0], IN, 5000)
    out = com.entry(people[0], OUT, 3000, ref="q9", when=AFTER)
    assert_rejected(com, out, Rule.UNKNOWN_REF, "unknown proposal 'q9'")


def test_withdrawal_naming_no_proposal(com: Community, people: tuple[Person, ...]) -> None:
    com.entry(people[0], IN, 5000)
    out = com.entry(people[0], OUT, 3000, when=AFTER)
    assert_rejected(com, out, Rule.UNKNOWN_REF, "names no proposal")


def test_withdrawal_before_voting_closes(com: Community, people: tuple[Person, ...], passed: str) -> None:
    com.entry(people[0], IN, 5000)
    out = com.entry(people[0], OUT, 3000, ref=passed, when=at(DAY - 1))
    assert_rejected(
        com,
        out,
        Rule.PROPOSAL_NOT_PASSED,
        "proposal 'q1' has not passed: voting is open until 2025-03-02 09:00:00 UTC"
        " (2 yes, 0 no, 0 abstaining)",
    )


def test_withdrawal_of_a_rejected_proposal(com: Community, people: tuple[Person, ...]) -> None:
    ana, ben, _ = people
    com.proposal(ana, quorum=3)
    com.vote(ana, "q1", Choice.YES)
    com.vote(ben, "q1", Choice.YES)
    com.entry(ana, IN, 5000)
    out = com.entry(ana, OUT, 3000, ref="q1", when=AFTER)
    assert_rejected(
        com,
        out,
        Rule.PROPOSAL_NOT_PASSED,
        "proposal 'q1' has not passed: rejected: 2 of the 3 votes needed for the quorum"
        " (2 yes, 0 no, 0 abstaining)",
    )


def test_withdrawal_of_another_amount(com: Community, people: tuple[Person, ...], passed: str) -> None:
    com.entry(people[0], IN, 5000)
    out = com.entry(people[0], OUT, 3500, ref=passed, when=AFTER)
    assert_rejected(com, out, Rule.WRONG_AMOUNT, "takes 35.00 EUR, but proposal 'q1' is for 30.00 EUR")


def test_withdrawal_in_another_currency(com: Community, people: tuple[Person, ...], passed: str) -> None:
    com.entry(people[0], IN, 5000, unit="GBP")
    out = com.entry(people[0], OUT, 3000, ref=passed, when=AFTER, unit="GBP")
    assert_rejected(com, out, Rule.WRONG_CURRENCY, "paid in GBP, but proposal 'q1' uses EUR")


def test_a_proposal_is_paid_out_only_once(com: Community, people: tuple[Person, ...], passed: str) -> None:
    com.entry(people[0], IN, 9000)
    first = com.entry(people[0], OUT, 3000, ref=passed, when=AFTER)
    again = com.entry(people[1], OUT, 3000, ref=passed, when=at(3 * DAY))
    report = assert_rejected(
        com, again, Rule.ALREADY_WITHDRAWN, f"proposal 'q1' was already paid out by entry '{first.id}'"
    )
    assert report.purse_balance == {"EUR": 6000}


def test_overspending_the_purse_is_not_applied(
    com: Community, people: tuple[Person, ...], passed: str
) -> None:
    com.entry(people[0], IN, 2000)
    out = com.entry(people[0], OUT, 3000, ref=passed, when=AFTER)
    report = assert_rejected(
        com, out, Rule.PURSE_OVERSPENT, "purse overspent: it holds 20.00 EUR, the withdrawal takes 30.00 EUR"
    )
    assert report.purse_balance == {"EUR": 2000}
    assert report.withdrawals == {}


def test_money_in_another_currency_does_not_cover_a_withdrawal(
    com: Community, people: tuple[Person, ...], passed: str
) -> None:
    com.entry(people[0], IN, 9000, unit="GBP")
    out = com.entry(people[0], OUT, 3000, ref=passed, when=AFTER)
    assert_rejected(
        com, out, Rule.PURSE_OVERSPENT, "purse overspent: it holds 0.00 EUR, the withdrawal takes 30.00 EUR"
    )


def test_after_an_overspend_a_later_withdrawal_can_still_succeed(
    com: Community, people: tuple[Person, ...], passed: str
) -> None:
    com.entry(people[0], IN, 2000)
    com.entry(people[0], OUT, 3000, ref=passed, when=AFTER)
    com.entry(people[1], IN, 1000, when=at(3 * DAY))
    later = com.entry(people[0], OUT, 3000, ref=passed, when=at(4 * DAY))
    report = judge(com)
    assert later in report.accepted
    assert report.purse_balance == {"EUR": 0}


def test_votes_that_need_review_do_not_pass_a_proposal(com: Community, people: tuple[Person, ...]) -> None:
    ana, ben, _ = people
    com.proposal(ana)
    com.vote(ana, "q1", Choice.YES)
    com.vote(ben, "q1", Choice.YES, sign=False)
    com.entry(ana, IN, 5000)
    out = com.entry(ana, OUT, 3000, ref="q1", when=AFTER)
    assert judge(com).needs_review[0].entry == out
