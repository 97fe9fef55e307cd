"""Ledger rules that every entry passes, stakes, repayments and time credits — each accepted and rejected."""

from __future__ import annotations

from collections import Counter

import pytest

from sync.community.ledger import (
    DEFAULT_CREDIT_LIMIT,
    LedgerReport,
    Review,
    Rule,
    check_ledger,
    format_amount,
)
from sync.community.model import EntryKind, Role
from sync.community.signed import LedgerEntry
from tests.sync.community.factories import Community, Person, at, signer_for, tampered

DEPOSIT = EntryKind.PURSE_DEPOSIT
CREDIT = EntryKind.CREDIT_TRANSFER
CONFIRMED = EntryKind.CREDIT_CONFIRMED
STAKE = EntryKind.STAKE_BOUGHT
REPAY = EntryKind.REPAYMENT


@pytest.fixture
def alice(com: Community) -> Person:
    return com.person("alice", Role.ADMIN)


@pytest.fixture
def bob(com: Community) -> Person:
    return com.person("bob")


def judge(com: Community) -> LedgerReport:
    return check_ledger(com.view(), com.verifier)


def only_review(report: LedgerReport) -> Review:
    assert len(report.needs_review) == 1, report.needs_review
    return report.needs_review[0]


def assert_rejected(com: Community, entry: LedgerEntry, rule: Rule, reason: str) -> LedgerReport:
    report = judge(com)
    review = next(r for r in report.needs_review if r.entry == entry)
    assert review.rule is rule
    assert review.reason == reason
    assert entry not in report.accepted
    return report


# --- rules every entry passes --------------------------------------------------------------------------------


def test_a_signed_entry_by_a_members_device_is_accepted(com: Community, alice: Person) -> None:
    entry = com.entry(alice, DEPOSIT, 1000)
    report = judge(com)
    assert report.accepted == (entry,)
    assert report.needs_review == ()
    assert report.purse_balance == {"EUR": 1000}


def test_missing_signature(com: Community, alice: Person) -> None:
    entry = com.entry(alice, DEPOSIT, 1000, sign=False)
    report = assert_rejected(com, entry, Rule.MISSING_SIGNATURE, "missing signature")
    assert report.purse_balance == {}


def test_entry_changed_after_signing_has_a_bad_signature(com: Community, alice: Person) -> None:
    entry = com.entry(alice, DEPOSIT, 1000)
    forged = tampered(entry, amount_minor=999_999)
    com.ledger[-1] = forged
    assert_rejected(
        com, forged, Rule.BAD_SIGNATURE, f"bad signature: device {alice.device[:16]}… did not sign this"
    )


def test_signature_by_another_key_than_the_named_device_is_bad(
    com: Community, alice: Person, bob: Person
) -> None:
    entry = tampered(com.entry(bob, DEPOSIT, 1000), device_id=alice.device)
    com.ledger[-1] = entry
    assert_rejected(
        com, entry, Rule.BAD_SIGNATURE, f"bad signature: device {alice.device[:16]}… did not sign this"
    )


def test_device_unknown_to_the_verifier_is_a_bad_signature(com: Community, alice: Person) -> None:
    stranger = signer_for("not in any keyring")
    entry = com.entry(alice, DEPOSIT, 1000, signer=stranger)
    assert_rejected(
        com,
        entry,
        Rule.BAD_SIGNATURE,
        f"bad signature: device {stranger.device_id.hex[:16]}… did not sign this",
    )


def test_unknown_author(com: Community, alice: Person) -> None:
    mallory = com.outsider("mallory")
    entry = com.entry(mallory, DEPOSIT, 1000)
    assert_rejected(
        com, entry, Rule.UNKNOWN_MEMBER, "unknown author 'mallory': not a member of this community"
    )


def test_device_not_linked_to_the_author(com: Community, alice: Person, bob: Person) -> None:
    # Bob's device really signed it, but the entry says Alice pays: Bob's device cannot act for Alice.
    entry = com.entry(alice, CREDIT, 30, counterparty="bob", signer=bob.signer)
    report = assert_rejected(
        com, entry, Rule.DEVICE_NOT_LINKED, f"device {bob.device[:16]}… is not linked to member 'alice'"
    )
    assert report.credit_balances == {"alice": 0, "bob": 0}


def test_duplicate_entry_id(com: Community, alice: Person) -> None:
    first = com.entry(alice, DEPOSIT, 1000, entry_id="same")
    second = com.entry(alice, DEPOSIT, 500, entry_id="same")
    report = assert_rejected(
        com, second, Rule.DUPLICATE_ID, "duplicate entry id 'same': an earlier entry already has it"
    )
    assert report.accepted == (first,)
    assert report.purse_balance == {"EUR": 1000}


def test_exact_copy_of_an_entry_is_counted_once(com: Community, alice: Person) -> None:
    entry = com.entry(alice, DEPOSIT, 1000)
    com.ledger.append(entry)
    report = judge(com)
    assert report.accepted == (entry,)
    assert only_review(report).rule is Rule.DUPLICATE_ID
    assert report.purse_balance == {"EUR": 1000}


def test_a_forged_entry_cannot_claim_a_real_entrys_id(com: Community, alice: Person) -> None:
    forged = com.entry(alice, DEPOSIT, 1, entry_id="x", when=at(0), sign=False)
    real = com.entry(alice, DEPOSIT, 1000, entry_id="x", when=at(5))
    report = judge(com)
    assert report.accepted == (real,)
    assert only_review(report) == Review(forged, "missing signature", Rule.MISSING_SIGNATURE)


def test_unknown_counterparty(com: Community, alice: Person) -> None:
    com.credit_limits["alice"] = 100
    entry = com.entry(alice, CREDIT, 30, counterparty="zoe")
    assert_rejected(com, entry, Rule.UNKNOWN_COUNTERPARTY, "unknown counterparty 'zoe': not a member")


def test_entries_are_judged_by_time_then_id_not_by_document_order(com: Community, alice: Person) -> None:
    com.credit_limits["alice"] = 0
    bob = com.person("bob")
    # Listed first but later in time: Bob pays Alice back after she paid him.
    back = com.entry(bob, CREDIT, 30, counterparty="alice", when=at(10), entry_id="b")
    paid = com.entry(alice, CREDIT, 30, counterparty="bob", when=at(10), entry_id="a")
    com.credit_limits["alice"] = 30
    report = judge(com)
    assert report.accepted == (paid, back)
    assert report.credit_balances == {"alice": 0, "bob": 0}


def test_every_entry_is_either_accepted_or_reviewed(com: Community, alice: Person, bob: Person) -> None:
    com.entry(alice, DEPOSIT, 1000)
    com.entry(alice, DEPOSIT, 1000, sign=False)
    com.entry(bob, CREDIT, 10, counterparty="alice")
    com.entry(alice, STAKE, 2500, ref="nowhere")
    report = judge(com)
    judged = list(report.accepted) + [r.entry for r in report.needs_review]
    assert Counter(judged) == Counter(com.ledger)


# --- stakes --------------------------------------------------------------------------------------------------


def test_stake_bought(com: Community, alice: Person, bob: Person) -> None:
    com.project(alice)
    entry = com.entry(bob, STAKE, 5000, ref="p1")
    report = judge(com)
    assert report.accepted == (entry,)
    assert report.stakes == {"p1": {"bob": 2}}


def test_stake_for_unknown_project(com: Community, bob: Person) -> None:
    entry = com.entry(bob, STAKE, 2500, ref="nope")
    assert_rejected(com, entry, Rule.UNKNOWN_REF, "unknown project 'nope'")


def test_stake_naming_no_project(com: Community, bob: Person) -> None:
    entry = com.entry(bob, STAKE, 2500)
    assert_rejected(com, entry, Rule.UNKNOWN_REF, "names no project")


def test_stake_in_another_currency(com: Community, alice: Person, bob: Person) -> None:
    com.project(alice)
    entry = com.entry(bob, STAKE, 2500, ref="p1", unit="GBP")
    assert_rejected(com, entry, Rule.WRONG_CURRENCY, "paid in GBP, but project 'p1' uses EUR")


def test_stake_amount_not_a_whole_number_of_stakes(com: Community, alice: Person, bob: Person) -> None:
    com.project(alice)
    entry = com.entry(bob, STAKE, 3000, ref="p1")
    assert_rejected(
        com, entry, Rule.WRONG_AMOUNT, "30.00 EUR is not a whole number of stakes at 25.00 EUR each"
    )


def test_stakes_up_to_the_number_offered_then_no_more(com: Community, alice: Person, bob: Person) -> None:
    com.project(alice, stakes_offered=10)
    carol = com.person("carol")
    first = com.entry(bob, STAKE, 8 * 2500, ref="p1")
    too_many = com.entry(carol, STAKE, 3 * 2500, ref="p1")
    last = com.entry(carol, STAKE, 2 * 2500, ref="p1")
    report = assert_rejected(
        com, too_many, Rule.STAKES_SOLD_OUT, "buys 3 stakes, but only 2 of the 10 offered are left"
    )
    assert report.accepted == (first, last)
    assert report.stakes == {"p1": {"bob": 8, "carol": 2}}


# --- repayments ----------------------------------------------------------------------------------------------


@pytest.fixture
def staked(com: Community, alice: Person, bob: Person) -> Community:
    """Alice stewards p1 (25.00 EUR a stake, 10% bonus); Bob holds 2 stakes: 50.00 EUR principal."""
    com.project(alice)
    com.entry(bob, STAKE, 5000, ref="p1")
    return com


def test_repayment_of_the_principal(staked: Community, alice: Person) -> None:
    entry = staked.entry(alice, REPAY, 5000, ref="p1", counterparty="bob")
    report = judge(staked)
    assert entry in report.accepted
    assert report.repaid == {"p1": {"bob": 5000}}


def test_repayment_by_someone_other_than_the_steward(staked: Community, bob: Person) -> None:
    carol = staked.person("carol")
    entry = staked.entry(carol, REPAY, 100, ref="p1", counterparty="bob")
    assert_rejected(
        staked,
        entry,
        Rule.NOT_STEWARD,
        "only the project's steward 'alice' can repay its stakeholders, not 'carol'",
    )


def test_repayment_to_nobody(staked: Community, alice: Person) -> None:
    entry = staked.entry(alice, REPAY, 100, ref="p1")
    assert_rejected(staked, entry, Rule.MISSING_COUNTERPARTY, "names no stakeholder to repay")


def test_repayment_of_an_unknown_project(staked: Community, alice: Person) -> None:
    entry = staked.entry(alice, REPAY, 100, ref="p9", counterparty="bob")
    assert_rejected(staked, entry, Rule.UNKNOWN_REF, "unknown project 'p9'")


def test_repayment_in_another_currency(staked: Community, alice: Person) -> None:
    entry = staked.entry(alice, REPAY, 100, ref="p1", counterparty="bob", unit="USD")
    assert_rejected(staked, entry, Rule.WRONG_CURRENCY, "paid in USD, but project 'p1' uses EUR")


def test_repayment_to_a_member_without_stakes(staked: Community, alice: Person) -> None:
    staked.person("carol")
    entry = staked.entry(alice, REPAY, 100, ref="p1", counterparty="carol")
    assert_rejected(staked, entry, Rule.NOT_STAKEHOLDER, "'carol' holds no stakes in project 'p1'")


def test_no_bonus_before_the_target_is_met(staked: Community, alice: Person) -> None:
    first = staked.entry(alice, REPAY, 3000, ref="p1", counterparty="bob")
    over = staked.entry(alice, REPAY, 2001, ref="p1", counterparty="bob")
    report = assert_rejected(
        staked,
        over,
        Rule.OVERPAID,
        "repays 50.01 EUR in all, more than the 50.00 EUR owed (principal; no bonus until the target is met)",
    )
    assert first in report.accepted
    assert report.repaid == {"p1": {"bob": 3000}}


def test_principal_plus_bonus_once_the_target_is_met(com: Community, alice: Person, bob: Person) -> None:
    from sync.community.model import ProgressReport

    done = ProgressReport("r1", 120, at(1), "alice")
    com.project(alice, reports=(done,))
    com.entry(bob, STAKE, 5000, ref="p1")
    full = com.entry(alice, REPAY, 5500, ref="p1", counterparty="bob")
    over = com.entry(alice, REPAY, 1, ref="p1", counterparty="bob")
    report = assert_rejected(
        com,
        over,
        Rule.OVERPAID,
        "repays 55.01 EUR in all, more than the 55.00 EUR owed (principal plus bonus)",
    )
    assert full in report.accepted


def test_repayment_before_the_stake_was_bought_is_not_accepted(
    com: Community, alice: Person, bob: Person
) -> None:
    com.project(alice)
    early = com.entry(alice, REPAY, 100, ref="p1", counterparty="bob", when=at(0))
    com.entry(bob, STAKE, 2500, ref="p1", when=at(5))
    assert_rejected(com, early, Rule.NOT_STAKEHOLDER, "'bob' holds no stakes in project 'p1'")


# --- time credits --------------------------------------------------------------------------------------------


def test_credit_transfer_moves_minutes_once_the_receiver_confirms(com: Community, bob: Person) -> None:
    alice = com.person("alice", credit_limit=120)
    entry = com.entry(alice, CREDIT, 90, counterparty="bob")
    waiting = judge(com)
    assert waiting.accepted == (entry,)
    assert waiting.credit_waiting == (entry,)
    assert waiting.credit_balances == {"alice": 0, "bob": 0}
    confirmation = com.confirm(entry)
    report = judge(com)
    assert report.accepted == (entry, confirmation)
    assert report.credit_waiting == ()
    assert report.credit_confirmed == {entry.id: confirmation.id}
    assert report.credit_balances == {"alice": -90, "bob": 90}
    assert sum(report.credit_balances.values()) == 0


def test_only_the_receiver_confirms_a_transfer(com: Community, bob: Person) -> None:
    alice = com.person("alice", credit_limit=120)
    carol = com.person("carol")
    entry = com.entry(alice, CREDIT, 90, counterparty="bob")
    by_carol = com.entry(carol, CONFIRMED, 90, counterparty="alice", ref=entry.id)
    report = assert_rejected(
        com, by_carol, Rule.NOT_RECEIVER, "only the receiver 'bob' can confirm transfer 'e1', not 'carol'"
    )
    assert report.credit_balances == {"alice": 0, "bob": 0, "carol": 0}


def test_a_transfer_is_confirmed_once_and_for_its_amount(com: Community, bob: Person) -> None:
    alice = com.person("alice", credit_limit=120)
    entry = com.entry(alice, CREDIT, 90, counterparty="bob")
    wrong = com.entry(bob, CONFIRMED, 900, counterparty="alice", ref=entry.id)
    assert_rejected(
        com,
        wrong,
        Rule.WRONG_AMOUNT,
        "confirms 900 min from 'alice', but transfer 'e1' is 90 min from 'alice'",
    )
    com.confirm(entry)
    again = com.confirm(entry)
    report = assert_rejected(com, again, Rule.NOT_WAITING, "transfer 'e1' was already confirmed")
    assert report.credit_balances == {"alice": -90, "bob": 90}
    unknown = com.entry(bob, CONFIRMED, 90, counterparty="alice", ref="nope")
    assert_rejected(com, unknown, Rule.NOT_WAITING, "unknown transfer 'nope'")


def test_credit_transfer_to_oneself(com: Community) -> None:
    alice = com.person("alice", credit_limit=120)
    entry = com.entry(alice, CREDIT, 30, counterparty="alice")
    assert_rejected(com, entry, Rule.SELF_PAYMENT, "a member cannot pay themselves")


def test_credit_transfer_to_nobody(com: Community) -> None:
    alice = com.person("alice", credit_limit=120)
    entry = com.entry(alice, CREDIT, 30)
    assert_rejected(com, entry, Rule.MISSING_COUNTERPARTY, "names nobody to pay")


def test_credit_limit_defaults_to_two_hours(com: Community, alice: Person, bob: Person) -> None:
    first = com.entry(alice, CREDIT, DEFAULT_CREDIT_LIMIT, counterparty="bob")
    entry = com.entry(alice, CREDIT, 1, counterparty="bob")
    report = assert_rejected(
        com, entry, Rule.CREDIT_LIMIT, "would take 'alice' to -121 min, beyond their credit limit of 120 min"
    )
    assert report.credit_waiting == (first,)
    com.confirm(first)
    assert judge(com).credit_balances == {"alice": -120, "bob": 120}


def test_the_limit_holds_again_at_confirmation(com: Community, bob: Person) -> None:
    """Limits are an admin's to change: a transfer within the limit when sent is refused if the limit was
    lowered before its receiver confirmed it, so the payer never goes below the limit of the day."""
    alice = com.person("alice", credit_limit=0)
    carol = com.person("carol")
    to_alice = com.entry(carol, CREDIT, 60, counterparty="alice")
    com.confirm(to_alice)
    from_alice = com.entry(alice, CREDIT, 60, counterparty="bob")
    from_alice_again = com.entry(alice, CREDIT, 30, counterparty="bob")
    assert_rejected(
        com,
        from_alice_again,
        Rule.CREDIT_LIMIT,
        "would take 'alice' to -30 min, beyond their credit limit of 0 min",
    )
    confirmation = com.confirm(from_alice)
    assert judge(com).credit_balances == {"alice": 0, "bob": 60, "carol": -60}
    assert confirmation in judge(com).accepted


def test_credit_up_to_the_limit_and_not_beyond(com: Community, bob: Person) -> None:
    alice = com.person("alice", credit_limit=60)
    to_limit = com.entry(alice, CREDIT, 60, counterparty="bob")
    beyond = com.entry(alice, CREDIT, 1, counterparty="bob")
    report = assert_rejected(
        com, beyond, Rule.CREDIT_LIMIT, "would take 'alice' to -61 min, beyond their credit limit of 60 min"
    )
    assert report.accepted == (to_limit,)


def test_credits_received_can_be_spent(com: Community) -> None:
    alice = com.person("alice", credit_limit=60)
    bob = com.person("bob")
    carol = com.person("carol")
    com.confirm(com.entry(alice, CREDIT, 45, counterparty="bob"))
    spent = com.entry(bob, CREDIT, 45, counterparty="carol")
    com.confirm(spent)
    report = judge(com)
    assert spent in report.accepted
    assert report.credit_balances == {"alice": -45, "bob": 0, "carol": 45}
    assert carol.id in report.credit_balances


# --- amounts in reasons --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("minor", "unit", "text"),
    [
        (1250, "EUR", "12.50 EUR"),
        (5, "GBP", "0.05 GBP"),
        (-1, "EUR", "-0.01 EUR"),
        (500, "JPY", "500 JPY"),
        (1234, "KWD", "1.234 KWD"),
        (90, "min", "90 min"),
    ],
)
def test_format_amount(minor: int, unit: str, text: str) -> None:
    assert format_amount(minor, unit) == text
