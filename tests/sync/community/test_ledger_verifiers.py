"""A project's target confirmed by its named verifiers (m of n): only a named verifier's signed confirmation
counts, once each, for a value that meets the target; the bonus is owed only once m have confirmed, so a
repayment's bonus part before that is refused on every peer — judged in the ledger's order, whatever order the
entries arrive in."""

from __future__ import annotations

import pytest

from sync.community.finances import repayments_due
from sync.community.ledger import LedgerReport, Rule, check_ledger, target_confirmed
from sync.community.model import EntryKind, ProgressReport, Role
from sync.community.signed import project_terms
from tests.sync.community.factories import DAY0, Community, Person, at

STAKE, REPAY, CONFIRM = EntryKind.STAKE_BOUGHT, EntryKind.REPAYMENT, EntryKind.TARGET_CONFIRMED


@pytest.fixture
def alice(com: Community) -> Person:
    return com.person("alice", Role.ADMIN)


@pytest.fixture
def bob(com: Community) -> Person:
    return com.person("bob")


@pytest.fixture
def cy(com: Community) -> Person:
    return com.person("cy")


@pytest.fixture
def verified(com: Community, alice: Person, bob: Person, cy: Person) -> Community:
    """Alice's fridge: target 100 meals (reported), verifiers Bob and Cy, both needed; Bob holds 2 stakes."""
    com.project(
        alice,
        reports=(ProgressReport("r1", 120, at(1), "alice"),),
        verifiers=("bob", "cy"),
        verifiers_needed=2,
    )
    com.entry(bob, STAKE, 5000, ref="p1", when=at(2))
    return com


def judge(com: Community) -> LedgerReport:
    return check_ledger(com.view(), com.verifier)


def reason_for(report: LedgerReport, entry: object) -> tuple[Rule, str]:
    (review,) = [r for r in report.needs_review if r.entry == entry]
    return review.rule, review.reason


def test_a_report_alone_does_not_meet_a_target_with_verifiers(verified: Community, alice: Person) -> None:
    over = verified.entry(alice, REPAY, 5001, ref="p1", counterparty="bob", when=at(3))
    report = judge(verified)
    assert reason_for(report, over) == (
        Rule.OVERPAID,
        "repays 50.01 EUR in all, more than the 50.00 EUR owed"
        " (principal; no bonus until 2 of its 2 verifiers confirm the target is met)",
    )
    [due] = repayments_due(verified.view(), report, DAY0)
    assert (due.principal_minor, due.bonus_minor) == (5000, 0)


def test_the_bonus_is_owed_once_enough_verifiers_confirmed(
    verified: Community, alice: Person, bob: Person, cy: Person
) -> None:
    verified.entry(bob, CONFIRM, 100, ref="p1", memo="Counted the meal log", when=at(3))
    early = verified.entry(
        alice, REPAY, 5500, ref="p1", counterparty="bob", when=at(4)
    )  # one of two: too soon
    verified.entry(cy, CONFIRM, 120, ref="p1", memo="Ate there", when=at(5))
    full = verified.entry(alice, REPAY, 5500, ref="p1", counterparty="bob", when=at(6))
    report = judge(verified)
    assert reason_for(report, early)[0] is Rule.OVERPAID
    assert full in report.accepted
    assert report.confirmations == {"p1": ("bob", "cy")}
    project = verified.view().projects["p1"]
    assert target_confirmed(project, report.confirmations["p1"])
    [due] = repayments_due(verified.view(), report, DAY0)
    assert (due.bonus_minor, due.outstanding_minor) == (500, 0)


def test_only_a_named_verifier_confirms_once_and_only_a_met_target(
    verified: Community, alice: Person, bob: Person, cy: Person
) -> None:
    stranger = verified.entry(alice, CONFIRM, 100, ref="p1", when=at(3))
    short = verified.entry(cy, CONFIRM, 99, ref="p1", when=at(4))
    first = verified.entry(bob, CONFIRM, 100, ref="p1", when=at(5))
    again = verified.entry(bob, CONFIRM, 100, ref="p1", when=at(6))
    report = judge(verified)
    assert reason_for(report, stranger) == (
        Rule.NOT_VERIFIER,
        "'alice' is not one of the verifiers named by project 'p1'",
    )
    assert reason_for(report, short) == (
        Rule.TARGET_NOT_REACHED,
        "confirms 99 meals, short of the target of 100",
    )
    assert reason_for(report, again) == (Rule.ALREADY_CONFIRMED, "'bob' already confirmed project 'p1'")
    assert first in report.accepted
    assert report.confirmations == {"p1": ("bob",)}


def test_the_verifiers_are_terms_a_stake_signs(com: Community, alice: Person) -> None:
    plain = com.project(alice)
    named = com.project(alice, "p2", verifiers=("alice",), verifiers_needed=1)
    assert project_terms(plain) != project_terms(named)
    assert project_terms(plain) == project_terms(com.project(alice, "p1"))  # older digests unchanged


def test_a_project_names_at_least_one_needed_of_its_verifiers(com: Community, alice: Person) -> None:
    from sync.community.errors import InvalidValueError

    with pytest.raises(InvalidValueError, match="verifiers_needed"):
        com.project(alice, verifiers=("alice",), verifiers_needed=0)
    with pytest.raises(InvalidValueError, match="verifiers_needed"):
        com.project(alice, verifiers=("alice",), verifiers_needed=2)
