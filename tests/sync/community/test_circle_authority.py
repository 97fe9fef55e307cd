"""Lending circles on receipt: real guarded documents syncing, a hostile member's writes refused on every
honest copy, and the ledger's circle rules judged the same way on every copy while a round completes.

The gate (write rules, `_rules.py`) refuses a change to a circle once it is made (members joined its terms)
and a member record's `shows_circles` written by anyone but that member, an admin neither. The signed entries
(`circle_joined`, `circle_contribution`, `circle_received`) are judged by the ledger's rules on every copy:
each forged or misplaced one is set aside there, with the same reason everywhere.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from sync.community import EntryKind, LedgerEntry, LendingCircle, Member, Role, check_ledger
from sync.community.ledger import Rule
from sync.spaces import writers_of

from .test_authority import Device, assert_refused_everywhere, community, honest, same_view, sync_all


def circle(devices: dict[str, Device], *names: str) -> LendingCircle:
    today = dt.datetime.now(dt.UTC).date()
    return LendingCircle(
        "c1",
        "Allotment savers",
        devices[names[0]].member,
        tuple(devices[n].member for n in names),
        2000,
        "EUR",
        30,
        today,
        created_at=dt.datetime.now(dt.UTC),
    )


def signed(d: Device, entry_id: str, kind: EntryKind, amount: int = 2000, **fields: object) -> LedgerEntry:
    entry = LedgerEntry(
        entry_id, kind, d.member, d.keys.device_id.hex, amount, "EUR", dt.datetime.now(dt.UTC), **fields
    )  # type: ignore[arg-type]
    return entry.signed_by(d.keys.signer)


def append(d: Device, entry: LedgerEntry) -> None:
    d.edit(lambda doc: doc.append_entry(entry))


def join(d: Device, entry_id: str) -> LedgerEntry:
    entry = signed(d, entry_id, EntryKind.CIRCLE_JOINED, ref="c1")
    append(d, entry)
    return entry


# --- the gate ---------------------------------------------------------------------------------------------------


def test_a_circle_never_changes_once_made_not_even_by_its_author() -> None:
    _log, devices = community()
    alice, mallory = devices["alice"], devices["mallory"]
    made = circle(devices, "alice", "bob", "mallory")
    alice.edit(lambda doc: doc.add_lending_circle(made))
    sync_all(devices)
    # Mallory moves herself to the front of the payout order and makes the rounds weekly.
    reordered = dataclasses.replace(
        made, member_ids=(mallory.member, alice.member, devices["bob"].member), period_days=7
    )
    mallory.edit(lambda doc: doc.add_lending_circle(reordered))
    sync_all(devices)
    assert_refused_everywhere(devices, "lending circle 'c1' is fixed once made")
    for d in honest(devices):
        assert d.doc.view().circles["c1"] == made
    same_view(devices)


def test_the_author_cannot_change_a_circle_either() -> None:
    _log, devices = community()
    alice = devices["alice"]
    made = circle(devices, "alice", "bob")
    alice.edit(lambda doc: doc.add_lending_circle(made))
    sync_all(devices)
    alice.edit(lambda doc: doc.add_lending_circle(dataclasses.replace(made, period_days=7)))
    sync_all(devices)
    for d in (devices["admin"], devices["bob"]):
        assert any("lending circle 'c1' is fixed once made" in q.reason for q in d.doc.quarantined)
        assert d.doc.view().circles["c1"].period_days == 30


def test_only_the_member_shows_their_completed_circles() -> None:
    _log, devices = community()
    alice, mallory = devices["alice"], devices["mallory"]
    record = alice.doc.view().members[alice.member]
    mallory.edit(lambda doc: doc.add_member(dataclasses.replace(record, shows_circles=True)))
    sync_all(devices)
    assert_refused_everywhere(devices, f"only member '{alice.member}' edits their own record")
    for d in honest(devices):
        assert not d.doc.view().members[alice.member].shows_circles
    alice.edit(lambda doc: doc.add_member(dataclasses.replace(record, shows_circles=True)))
    sync_all(devices)
    for d in honest(devices):
        assert d.doc.view().members[alice.member].shows_circles


def test_an_admin_cannot_make_a_record_that_shows_someone_elses_circles() -> None:
    _log, devices = community()
    admin = devices["admin"]
    zoe = Member("zoe", "Zoe", Role.MEMBER, shows_circles=True)  # brought in by an admin, never asked
    admin.edit(lambda doc: doc.add_member(zoe))
    ok = Member("yan", "Yan", Role.MEMBER)  # an admin may still make a plain record for someone
    admin.edit(lambda doc: doc.add_member(ok))
    sync_all(devices)
    for d in (devices["alice"], devices["bob"]):
        reasons = [q.reason for q in d.doc.quarantined]
        assert any("only the member themselves chooses to show their circles" in r for r in reasons), reasons
        assert "zoe" not in d.doc.view().members


# --- the ledger's circle rules, on every copy ---------------------------------------------------------------------


def test_a_round_completes_on_every_copy_and_every_forgery_is_set_aside_the_same_way() -> None:
    log, devices = community()
    alice, bob, mallory = devices["alice"], devices["bob"], devices["mallory"]
    alice.edit(lambda doc: doc.add_lending_circle(circle(devices, "alice", "bob")))
    join(alice, "j-alice")
    sync_all(devices)
    # Before Bob agrees: Mallory joins a circle that does not list her, Alice signs a join "for" Bob, and
    # Alice pays early.
    join(mallory, "j-mallory")
    for_bob = signed(alice, "j-for-bob", EntryKind.CIRCLE_JOINED, ref="c1", counterparty=bob.member)
    append(alice, for_bob)
    early = signed(alice, "early", EntryKind.LENDING_CIRCLE_CONTRIBUTION, ref="c1", round=1,
                   counterparty=bob.member)  # fmt: skip
    append(alice, early)
    sync_all(devices)
    join(bob, "j-bob")  # formed
    sync_all(devices)
    # Round 0 pays Alice: Bob pays her; Mallory confirms it in Alice's place; Bob pays a round that does not exist.
    paid = signed(bob, "pay-0", EntryKind.LENDING_CIRCLE_CONTRIBUTION, ref="c1", round=0,
                  counterparty=alice.member)  # fmt: skip
    append(bob, paid)
    sync_all(devices)
    stolen = signed(
        mallory, "fake-ok", EntryKind.CIRCLE_RECEIVED, ref="pay-0", counterparty=bob.member, round=0
    )
    append(mallory, stolen)
    nowhere = signed(bob, "pay-9", EntryKind.LENDING_CIRCLE_CONTRIBUTION, ref="c1", round=9,
                     counterparty=alice.member)  # fmt: skip
    append(bob, nowhere)
    sync_all(devices)
    ok = signed(alice, "ok-0", EntryKind.CIRCLE_RECEIVED, ref="pay-0", counterparty=bob.member, round=0)
    append(alice, ok)
    append(alice, signed(alice, "ok-again", EntryKind.CIRCLE_RECEIVED, ref="pay-0", counterparty=bob.member,
                         round=0))  # fmt: skip
    sync_all(devices)

    writers = writers_of(log)
    expected = {
        "j-mallory": Rule.NOT_IN_LENDING_CIRCLE,
        "j-for-bob": Rule.NOT_FOR_SELF,
        "early": Rule.CIRCLE_FORMING,
        "fake-ok": Rule.NOT_RECEIVER,
        "pay-9": Rule.BAD_ROUND,
        "ok-again": Rule.ALREADY_CONFIRMED,
    }
    for d in devices.values():
        report = check_ledger(d.doc.view(), writers)
        assert {r.entry.id: r.rule for r in report.needs_review} == expected
        assert report.circle_joined == {"c1": tuple(sorted((alice.member, bob.member)))}
        assert report.circle_received == {"pay-0": "ok-0"}
        assert report.lending_circle_paid == {"c1": {0: alice.member}}
        assert report.circle_waiting == ()
    same_view(devices)
