"""Votes decided by what the document shows: terms edits racing the first vote, and receipts for the deadline.

The same four devices as `test_authority` (an admin, Alice, Bob, Mallory), each with a guarded copy, syncing
with Automerge's protocol and the gate. A vote counts only for the terms it signed, and only once another
member's device signed that it held the vote before the deadline; every copy reaches the same verdict whatever
order the changes reach it in.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from sync.community import Choice, EntryKind, LedgerEntry, Project, Proposal, Vote, check_ledger, tally
from sync.community.signed import Receipt, project_terms, proposal_terms, vote_ref
from sync.community.votes import AWAITING_REASON, VoteRule, review_votes, valid_receipts, votes_to_receipt
from sync.spaces import writers_of
from tests.sync.community.test_authority import (
    Device,
    assert_refused_everywhere,
    community,
    honest,
    receipt,
    same_view,
    sync,
    sync_all,
)

DAY = dt.timedelta(days=1)


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def propose(d: Device, deadline: dt.datetime, quorum: int = 2, pid: str = "p1") -> Proposal:
    voters = tuple(sorted(d.doc.view().members))  # here the log's members: every device added itself
    proposal = Proposal(
        pid, "Benches", "for the square", d.member, 300_00, "EUR", deadline, quorum, 50, now(), voters=voters
    )
    d.edit(lambda doc: doc.add_proposal(proposal))
    return proposal


def vote(d: Device, vid: str, choice: Choice = Choice.YES, at: dt.datetime | None = None) -> Vote:
    """A vote as the service casts it: on the terms of the proposal as this copy shows them."""
    proposal = d.doc.view().proposals["p1"]
    cast = Vote(
        vid, "p1", d.member, d.keys.device_id.hex, choice, at or now(), terms=proposal_terms(proposal)
    ).signed_by(d.keys.signer)
    d.edit(lambda doc: doc.cast_vote(cast))
    return cast


def no_quarantine(devices: dict[str, Device]) -> None:
    for d in devices.values():
        assert d.doc.quarantined == (), (d.name, [q.reason for q in d.doc.quarantined])


# --- "before its first vote", from the edit's own history ------------------------------------------------


def test_a_terms_edit_racing_the_first_vote_gets_one_verdict_and_the_stale_vote_is_set_aside() -> None:
    log, devices = community()
    alice, bob, admin = devices["alice"], devices["bob"], devices["admin"]
    proposal = propose(alice, now() + DAY)
    sync_all(devices)
    cast = vote(bob, "v-bob")  # on quorum 2 …
    alice.edit(
        lambda doc: doc.add_proposal(dataclasses.replace(proposal, quorum=1))
    )  # … while Alice lowers it
    sync(bob, admin)  # the admin holds Bob's vote before Alice's edit reaches it
    sync(alice, admin)
    sync_all(devices)
    receipt(admin)
    sync_all(devices)

    no_quarantine(devices)  # the edit never saw the vote: every copy takes it
    same_view(devices)
    writers = writers_of(log)
    for d in devices.values():
        assert d.doc.view().proposals["p1"].quorum == 1
        outcome = tally(d.doc.view(), "p1", writers, now())
        assert outcome.counted == ()
        assert [(r.vote, r.rule, r.reason) for r in outcome.needs_review] == [
            (cast, VoteRule.TERMS_CHANGED, "the proposal's terms changed after this vote was cast")
        ]


def test_a_terms_edit_built_on_a_vote_is_refused_on_every_peer() -> None:
    _log, devices = community()
    alice, bob = devices["alice"], devices["bob"]
    proposal = propose(alice, now() + DAY)
    sync_all(devices)
    vote(bob, "v-bob")
    sync_all(devices)
    alice.edit(lambda doc: doc.add_proposal(dataclasses.replace(proposal, quorum=1)))
    sync_all(devices)
    for d in (devices["admin"], bob, devices["mallory"]):
        assert d.doc.view().proposals["p1"].quorum == 2
        assert any("proposal 'p1' has votes" in q.reason for q in d.doc.quarantined), d.name


def test_a_project_terms_edit_racing_the_first_stake_sets_the_stake_aside_everywhere() -> None:
    log, devices = community()
    alice, bob, admin = devices["alice"], devices["bob"], devices["admin"]
    project = Project(
        "pr1",
        "Solar",
        "panels",
        alice.member,
        "kWh",
        "kWh",
        100,
        50_00,
        "EUR",
        10,
        5,
        now().date() + 365 * DAY,
    )
    alice.edit(lambda doc: doc.add_project(project))
    sync_all(devices)
    stake = LedgerEntry(
        "s1",
        EntryKind.STAKE_BOUGHT,
        bob.member,
        bob.keys.device_id.hex,
        100_00,
        "EUR",
        now(),
        ref="pr1",
        terms=project_terms(bob.doc.view().projects["pr1"]),
    ).signed_by(bob.keys.signer)
    bob.edit(lambda doc: doc.append_entry(stake))
    alice.edit(lambda doc: doc.add_project(dataclasses.replace(project, bonus_percent=0)))
    sync(bob, admin)
    sync(alice, admin)
    sync_all(devices)

    no_quarantine(devices)
    same_view(devices)
    writers = writers_of(log)
    for d in devices.values():
        report = check_ledger(d.doc.view(), writers)
        assert [(r.entry.id, r.reason) for r in report.needs_review] == [
            ("s1", "the project's terms changed after this stake was bought")
        ]


# --- the deadline, from receipts ---------------------------------------------------------------------------


def test_a_vote_receipted_by_another_member_before_the_deadline_counts_everywhere() -> None:
    log, devices = community()
    alice, bob = devices["alice"], devices["bob"]
    propose(alice, now() + DAY, quorum=1)
    sync_all(devices)
    cast = vote(alice, "v-alice")
    sync_all(devices)
    writers = writers_of(log)
    before = tally(alice.doc.view(), "p1", writers, now())
    assert (before.counted, before.awaiting) == ((), (cast,))  # not yet received by a neighbour
    mine = review_votes(alice.doc.view(), writers, now(), awaiting_of=alice.member)
    assert [(r.rule, r.reason) for r in mine] == [(VoteRule.AWAITING_RECEIPT, AWAITING_REASON)]
    assert review_votes(alice.doc.view(), writers, now()) == ()  # nobody else's business yet
    receipt(bob)
    sync_all(devices)
    for d in devices.values():
        outcome = tally(d.doc.view(), "p1", writers, now() + 2 * DAY)
        assert outcome.counted == (cast,)
        assert outcome.passed
    no_quarantine(devices)


def test_a_vote_written_after_the_deadline_and_dated_before_it_is_late_everywhere() -> None:
    log, devices = community()
    alice, bob, mallory = devices["alice"], devices["bob"], devices["mallory"]
    deadline = now() + dt.timedelta(seconds=2)
    propose(alice, deadline, quorum=1)
    sync_all(devices)
    honest_vote = vote(alice, "v-alice")
    sync_all(devices)
    receipt(bob)  # Alice's vote, received in time
    # Mallory writes her vote once voting has closed, dated before the deadline, on the copy she had then.
    late = vote(mallory, "v-mallory", Choice.NO, at=deadline - dt.timedelta(seconds=1))
    sync_all(devices)
    after = deadline + dt.timedelta(seconds=1)
    for d in honest(devices):
        receipt(d, at=after)  # the services hold it only after the deadline: no receipt is written
    sync_all(devices)
    writers = writers_of(log)
    for d in devices.values():
        assert d.doc.view().receipts is not None
        assert {r.vote for r in d.doc.view().receipts or ()} == {vote_ref(honest_vote)}
        outcome = tally(d.doc.view(), "p1", writers, after)
        assert outcome.counted == (honest_vote,)
        assert [(r.vote, r.rule) for r in outcome.needs_review] == [(late, VoteRule.LATE)]
        assert outcome.needs_review[0].reason.startswith(
            "late: no other member's device received this vote before voting closed"
        )
    no_quarantine(devices)


def test_a_receipt_by_the_voter_or_with_a_bad_signature_does_not_count() -> None:
    log, devices = community()
    alice, mallory = devices["alice"], devices["mallory"]
    propose(alice, now() + DAY, quorum=1)
    sync_all(devices)
    cast = vote(mallory, "v-mallory")
    own = Receipt("r-own", vote_ref(cast), mallory.member, mallory.keys.device_id.hex, now())
    unsigned = Receipt("r-bad", vote_ref(cast), mallory.member, mallory.keys.device_id.hex, now())
    mallory.edit(lambda doc: doc.add_receipts([own.signed_by(mallory.keys.signer), unsigned]))
    sync_all(devices)
    writers = writers_of(log)
    for d in honest(devices):
        assert len(d.doc.view().receipts or ()) == 2  # taken: her own records, judged by the tally
        outcome = tally(d.doc.view(), "p1", writers, now() + 2 * DAY)
        assert outcome.counted == ()
        assert [r.rule for r in outcome.needs_review] == [VoteRule.LATE]


def test_a_receipt_forged_for_another_members_device_is_refused_everywhere() -> None:
    _log, devices = community()
    alice, bob, mallory = devices["alice"], devices["bob"], devices["mallory"]
    propose(alice, now() + DAY, quorum=1)
    sync_all(devices)
    cast = vote(mallory, "v-mallory")
    sync_all(devices)
    # As if Bob's device had seen her vote: his member and device, signed with her key.
    forged = Receipt("r-forged", vote_ref(cast), bob.member, bob.keys.device_id.hex, now())
    mallory.edit(lambda doc: doc.add_receipts([dataclasses.replace(forged, signature=b"\x00" * 64)]))
    sync_all(devices)
    assert_refused_everywhere(devices, "a receipt names its writer's own device")
    vote(alice, "v-alice")  # honest work keeps flowing
    sync_all(devices)
    for d in honest(devices):
        assert d.doc.view().receipts == ()
        assert [v.id for v in d.doc.view().votes] == ["v-mallory", "v-alice"]


def test_a_receipt_dated_back_is_refused_everywhere() -> None:
    _log, devices = community()
    alice, mallory = devices["alice"], devices["mallory"]
    propose(alice, now() + DAY, quorum=1)
    sync_all(devices)
    honest_vote = vote(alice, "v-alice")
    sync_all(devices)
    # Her own receipt for Alice's vote, dated back before what her copy already holds.
    back = Receipt("r-back", vote_ref(honest_vote), mallory.member, mallory.keys.device_id.hex, now() - DAY)
    mallory.edit(lambda doc: doc.add_receipts([back.signed_by(mallory.keys.signer)]))
    sync_all(devices)
    assert_refused_everywhere(devices, "earlier than what it builds on allows")
    for d in honest(devices):
        assert d.doc.view().receipts == ()
    same_view(devices)


def test_a_service_receipts_only_votes_no_other_member_has_validly_receipted_in_time() -> None:
    """One valid receipt is all a vote needs, so a device skips votes another member already receipted — but
    a receipt that does not verify, or is the voter's own, suppresses nothing."""
    log, devices = community()
    alice, bob, admin, mallory = devices["alice"], devices["bob"], devices["admin"], devices["mallory"]
    deadline = now() + DAY
    propose(alice, deadline, quorum=1)
    sync_all(devices)
    first, second = vote(alice, "v-alice"), vote(bob, "v-bob")
    sync_all(devices)
    writers = writers_of(log)
    # Mallory "receipts" Alice's vote with a bad signature; Bob receipts his own.
    bad = Receipt("r-bad", vote_ref(first), mallory.member, mallory.keys.device_id.hex, now())
    mallory.edit(lambda doc: doc.add_receipts([bad]))
    own = Receipt("r-own", vote_ref(second), bob.member, bob.keys.device_id.hex, now())
    bob.edit(lambda doc: doc.add_receipts([own.signed_by(bob.keys.signer)]))
    sync_all(devices)
    view = admin.doc.view()
    due = votes_to_receipt(view, admin.member, admin.keys.device_id.hex, now(), valid_receipts(view, writers))
    assert set(due) == {first, second}  # neither of Mallory's receipts counts, so neither suppresses
    receipt(bob)  # Bob receipts Alice's vote in time
    sync_all(devices)
    no_quarantine(devices)
    view = admin.doc.view()
    due = votes_to_receipt(view, admin.member, admin.keys.device_id.hex, now(), valid_receipts(view, writers))
    assert due == (second,)
