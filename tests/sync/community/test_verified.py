"""Signatures checked once (`sync.community.verified`): a record seen again costs no Ed25519 check, and
remembering never lets a forged or re-keyed record through."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sync.community import EntryKind
from sync.community.generator import generate_view
from sync.community.ledger import Rule, check_ledger, entry_order, in_judging_order
from sync.community.money_generator import participants, with_money
from sync.community.signed import KeyringVerifier, LedgerEntry
from sync.community.verified import Remembering, VerifiedSignatures

START = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
UNTIL = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)


class Members(KeyringVerifier):
    """A keyring that also links each device to its member, as the membership log does."""

    def __init__(self, links: dict[str, str]) -> None:
        super().__init__()
        self.links = links

    def devices_of(self, member_id: str) -> frozenset[str]:
        return frozenset(d for d, m in self.links.items() if m == member_id)


def community(entries: int = 400):  # type: ignore[no-untyped-def]
    people = participants(8, seed=5)
    view = with_money(
        generate_view(assets=2, members=2, events=1), people, entries, seed=5, start=START, until=UNTIL
    )
    keys = Members({p.signer.device_id.hex: p.member_id for p in people})
    for p in people:
        keys.add(p.signer.public_key)
    return view, keys


def test_the_second_look_checks_no_signature_and_judges_the_same() -> None:
    view, keys = community()
    memo = VerifiedSignatures()
    first = check_ledger(view, Remembering(keys, memo))
    checked = memo.checked
    assert checked >= len(view.ledger)
    again = check_ledger(view, Remembering(keys, memo))
    assert memo.checked == checked  # nothing verified twice
    assert again == first == check_ledger(view, keys)


def test_a_forged_copy_of_a_remembered_entry_is_still_refused() -> None:
    """The attack: take an entry whose signature verified (so it is remembered) and change its amount, keeping
    its signature. The memo holds records by every field, so the copy is checked and fails."""
    view, keys = community()
    memo = VerifiedSignatures()
    check_ledger(view, Remembering(keys, memo))
    deposit = next(e for e in view.ledger if e.kind is EntryKind.PURSE_DEPOSIT)
    forged = dataclasses.replace(deposit, id="forged", amount_minor=deposit.amount_minor * 100)
    report = check_ledger(dataclasses.replace(view, ledger=(*view.ledger, forged)), Remembering(keys, memo))
    [review] = [r for r in report.needs_review if r.entry.id == "forged"]
    assert review.rule is Rule.BAD_SIGNATURE


def test_a_remembered_entry_from_a_device_with_another_key_is_refused() -> None:
    """The memo keeps the key a record verified with: a verifier that knows the device by another key (or not at
    all) checks it again and refuses it."""
    view, keys = community()
    memo = VerifiedSignatures()
    check_ledger(view, Remembering(keys, memo))
    entry = view.ledger[0]
    strangers = Members(keys.links)  # links the devices but knows none of their keys
    report = check_ledger(dataclasses.replace(view, ledger=(entry,)), Remembering(strangers, memo))
    assert [r.rule for r in report.needs_review] == [Rule.BAD_SIGNATURE]


def test_the_judging_order_breaks_a_tie_of_time_and_id_by_the_entries_bytes() -> None:
    view, _ = community(100)
    first = view.ledger[0]
    twin = LedgerEntry(
        first.id, first.kind, first.author, first.device_id, first.amount_minor + 1, first.unit, first.at
    )
    entries = [*view.ledger, twin]
    assert in_judging_order(entries) == sorted(entries, key=entry_order)
    assert in_judging_order(reversed(entries)) == sorted(entries, key=entry_order)
