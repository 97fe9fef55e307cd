"""Membership logs: encoding, signatures, held entries, epochs and the concurrent-admin rule."""

from __future__ import annotations

import itertools
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sync.errors import SyncError
from sync.identity import DeviceCard, DeviceId, DeviceKeys, HybridKey
from sync.membership import (
    MAX_PARENTS,
    ActorClaim,
    Entry,
    MembershipError,
    MembershipLog,
    Op,
    Role,
    SpaceKind,
    open_sealed_key,
)

KEYS = [DeviceKeys.generate() for _ in range(6)]
A, B, C, D, E, F = KEYS


def copy_for(log: MembershipLog, me: DeviceKeys) -> MembershipLog:
    """Another device's view of the same entries."""
    return MembershipLog.from_entries([e.to_bytes() for e in log.entries()], me)


def community(*others: tuple[DeviceKeys, Role]) -> MembershipLog:
    log = MembershipLog.create(SpaceKind.COMMUNITY, A, at_ms=1)
    for n, (keys, role) in enumerate(others):
        log.add(keys.card, role, at_ms=2 + n)
    return log


def summary(log: MembershipLog) -> tuple[object, ...]:
    """Everything about the state that must be identical on every device (keys differ per device)."""
    state = log.state()
    return (
        state.order,
        sorted((d.raw, m.role, m.admin_rank) for d, m in state.members.items()),
        [(e.number, e.key_ref, sorted(e.recipients), e.safe, sorted(e.senders)) for e in state.epochs],
        state.void,
        state.heads,
        state.needs_rekey,
    )


# --- building and reading -----------------------------------------------------------------------------------


def test_creator_is_the_admin_of_epoch_one_and_holds_its_key() -> None:
    log = MembershipLog.create(SpaceKind.CIRCLE, A, at_ms=5)
    state = log.state()
    assert state.kind is SpaceKind.CIRCLE
    assert state.creator == A.device_id
    assert state.role_of(A.device_id) is Role.ADMIN
    assert [e.number for e in state.epochs] == [1]
    assert state.epoch.key is not None
    assert len(state.epoch.key) == 32
    assert state.epoch.safe
    assert not state.needs_rekey


def test_added_device_reads_the_current_key_and_others_do_not() -> None:
    log = community((B, Role.MEMBER))
    assert copy_for(log, B).state().epoch.key == log.state().epoch.key
    assert copy_for(log, C).state().epoch.key is None  # not a member: nothing sealed to it


def test_every_entry_round_trips_through_bytes() -> None:
    log = community((B, Role.ADMIN), (C, Role.MEMBER))
    log.set_role(C.device_id, Role.READER, at_ms=10)
    log.remove(B.device_id, at_ms=11)
    log.rekey(at_ms=12)
    log.write_card(A.device_id, "admin", (ActorClaim(b"\x01" * 16), ActorClaim(b"\x02" * 8, 7)), at_ms=13)
    log.publish_hybrid_key(at_ms=14)
    log.rekey(at_ms=15)  # sealed with hybrid HPKE to A, with X25519 to C: a version 2 entry
    assert {e.version for e in log.entries()} == {1, 2}
    ops = set()
    for entry in log.entries():
        assert Entry.from_bytes(entry.to_bytes()) == entry
        assert Entry.from_bytes(entry.to_bytes()).hash == entry.hash
        ops.add(entry.op)
    assert ops == set(Op)


def test_entries_arrive_in_any_order_and_wait_for_their_parents() -> None:
    log = community((B, Role.ADMIN), (C, Role.MEMBER))
    log.remove(C.device_id, at_ms=9)
    encoded = [e.to_bytes() for e in log.entries()]
    for order in itertools.permutations(encoded[1:]):
        other = MembershipLog.from_entries([encoded[0], *order], B)
        assert summary(other) == summary(log)
    held = MembershipLog.from_entries(encoded[:1], B)
    held.add_entries([Entry.from_bytes(encoded[-1])])  # the removal, before the adds it builds on
    assert held.pending == 1
    assert C.device_id not in held.state().cards
    held.add_entries(Entry.from_bytes(e) for e in encoded[1:-1])
    assert held.pending == 0
    assert summary(held) == summary(log)


def test_forged_and_foreign_entries_are_refused() -> None:
    log = community((B, Role.ADMIN))
    before = summary(log)
    other_space = MembershipLog.create(SpaceKind.COMMUNITY, A, at_ms=1)
    foreign = other_space.add(C.card, Role.MEMBER, at_ms=2)
    with pytest.raises(MembershipError, match="another space"):
        log.add_entries([foreign])
    genuine = copy_for(log, B).remove(A.device_id, at_ms=3)
    forged = Entry.from_bytes(genuine.to_bytes()[:-64] + bytes(64))
    with pytest.raises(MembershipError, match="signature"):
        log.add_entries([forged])
    with pytest.raises(MembershipError, match="created"):
        log.add_entries(
            [MembershipLog.create(SpaceKind.COMMUNITY, B, at_ms=1, space_id=log.space_id).entries()[0]]
        )
    assert summary(log) == before


def test_an_impostor_cannot_sign_as_an_admin() -> None:
    log = community((B, Role.MEMBER))
    impostor = DeviceKeys.generate()
    entry = Entry(Op.REKEY, log.space_id, A.device_id, 5, log.state().heads, sealed=())
    with pytest.raises(MembershipError, match="signed by its author"):
        entry.signed_by(impostor)
    unsigned = Entry(
        Op.REKEY, log.space_id, A.device_id, 5, log.state().heads, sealed=(), signature=bytes(64)
    )
    with pytest.raises(MembershipError, match="signature"):
        log.add_entries([unsigned])


def test_decoding_rejects_damage_with_membership_errors_only() -> None:
    log = community((B, Role.ADMIN), (C, Role.MEMBER))
    log.remove(C.device_id, at_ms=9)
    rng = random.Random(7)
    samples = [e.to_bytes() for e in log.entries()]
    for _ in range(3000):
        data = bytearray(rng.choice(samples))
        action = rng.randrange(4)
        if action == 0:
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        elif action == 1:
            del data[rng.randrange(len(data)) :]
        elif action == 2:
            data += rng.randbytes(rng.randrange(1, 40))
        else:
            data = bytearray(rng.randbytes(rng.randrange(0, 300)))
        try:
            entry = Entry.from_bytes(bytes(data))
        except MembershipError:
            continue
        # Decoded: the signature (over everything) must then catch the damage.
        if bytes(data) not in samples:
            card = log.card(entry.author)
            assert card is None or not entry.signature_valid(card.signing_key)


def test_membership_error_is_a_sync_error() -> None:
    assert issubclass(MembershipError, SyncError)


# --- rules --------------------------------------------------------------------------------------------------


def test_only_admins_change_membership() -> None:
    log = copy_for(community((B, Role.MEMBER)), B)
    with pytest.raises(MembershipError, match="not allowed: the author is not an admin"):
        log.add(C.card, Role.MEMBER, at_ms=5)
    assert C.device_id not in log.state().members
    assert len(log.entries()) == 2  # the refused entry was not kept


def test_a_member_may_leave_and_the_last_admin_stays() -> None:
    log = community((B, Role.MEMBER))
    bob = copy_for(log, B)
    bob.remove(B.device_id, at_ms=5)
    assert B.device_id not in bob.state().members
    with pytest.raises(MembershipError, match="last admin"):
        log.remove(A.device_id, at_ms=6)
    with pytest.raises(MembershipError, match="last admin"):
        log.set_role(A.device_id, Role.MEMBER, at_ms=6)


def test_removal_starts_an_epoch_the_removed_device_cannot_read() -> None:
    log = community((B, Role.MEMBER), (C, Role.MEMBER))
    first = log.state().epoch
    log.remove(C.device_id, at_ms=9)
    state = log.state()
    assert state.epoch.number == 2
    assert state.epoch.recipients == {A.device_id, B.device_id}
    assert state.epoch.safe
    assert state.epoch.key not in (None, first.key)
    assert copy_for(log, B).state().epoch.key == state.epoch.key
    carol = copy_for(log, C).state()
    assert carol.epochs[0].key == first.key  # what she could read before
    assert carol.epoch.key is None  # and nothing after
    assert not state.may_send(C.device_id, state.epochs[0])  # nor are her envelopes accepted, in any epoch
    assert not state.may_send(C.device_id, state.epochs[1])
    # Her sealed key in the removal entry does not exist; nobody else's opens for her.
    removal = log.entries()[-1]
    for device, blob in removal.sealed:
        assert open_sealed_key(blob, log.space_id, C.device_id, C.agreement_key) is None
        assert device != C.device_id


def test_readers_read_but_may_not_send() -> None:
    log = MembershipLog.create(SpaceKind.CIRCLE, A, at_ms=1)
    log.add(B.card, Role.READER, at_ms=2)
    state = log.state()
    assert copy_for(log, B).state().epoch.key == state.epoch.key
    assert not state.may_send(B.device_id, state.epoch)
    assert state.may_send(A.device_id, state.epoch)


# --- concurrency --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("trial", range(8))  # fresh entry hashes each time: seniority decides, not hashes
def test_two_admins_removing_each_other_resolve_the_same_everywhere(trial: int) -> None:
    base = community((B, Role.ADMIN), (C, Role.MEMBER))
    alice, bob, carol = copy_for(base, A), copy_for(base, B), copy_for(base, C)
    by_alice = alice.remove(B.device_id, at_ms=10)
    by_bob = bob.remove(A.device_id, at_ms=10)
    alice.add_entries([by_bob])
    bob.add_entries([by_alice])
    carol.add_entries([by_bob, by_alice])
    assert summary(alice) == summary(bob) == summary(carol)
    state = carol.state()
    # Alice is senior (the creator): her removal is replayed first, Bob's has no effect.
    assert set(state.members) == {A.device_id, C.device_id}
    assert state.void == ((by_bob.hash, "the author is not a member"),)
    assert carol.state().epoch.key == alice.state().epoch.key
    assert bob.state().epoch.key is None


def test_concurrent_removals_by_two_admins_end_with_a_rekey_nobody_removed_can_read() -> None:
    base = community((B, Role.ADMIN), (C, Role.MEMBER), (D, Role.MEMBER))
    alice, bob = copy_for(base, A), copy_for(base, B)
    by_alice = alice.remove(C.device_id, at_ms=10)  # sealed to A, B, D
    by_bob = bob.remove(D.device_id, at_ms=10)  # sealed to A, B, C
    alice.add_entries([by_bob])
    bob.add_entries([by_alice])
    assert summary(alice) == summary(bob)
    state = alice.state()
    assert set(state.members) == {A.device_id, B.device_id}
    assert state.needs_rekey  # one of the two keys reached a removed device
    rekey = alice.rekey(at_ms=11)
    bob.add_entries([rekey])
    assert not alice.state().needs_rekey
    assert alice.state().epoch.recipients == {A.device_id, B.device_id}
    assert bob.state().epoch.key == alice.state().epoch.key
    everyone = [e.to_bytes() for e in alice.entries()]
    for removed in (C, D):
        view = MembershipLog.from_entries(everyone, removed).state()
        assert view.epoch.key is None


def test_an_add_concurrent_with_a_removal_leaves_no_member_without_the_key() -> None:
    base = community((B, Role.ADMIN), (C, Role.MEMBER))
    alice, bob = copy_for(base, A), copy_for(base, B)
    added = alice.add(D.card, Role.MEMBER, at_ms=10)  # D gets the epoch 1 key
    removed = bob.remove(C.device_id, at_ms=10)  # epoch 2, sealed without D
    alice.add_entries([removed])
    bob.add_entries([added])
    assert summary(alice) == summary(bob)
    assert alice.state().needs_rekey
    bob.add_entries([alice.rekey(at_ms=11)])
    assert copy_for(bob, D).state().epoch.key == bob.state().epoch.key
    assert copy_for(bob, C).state().epoch.key is None


_OPS = st.lists(
    st.tuples(
        st.integers(0, 2), st.sampled_from(["add", "remove", "promote", "demote", "rekey"]), st.integers(0, 5)
    ),
    min_size=1,
    max_size=8,
)


@settings(max_examples=60, deadline=None)
@given(ops=_OPS, seed=st.integers(0, 2**32))
def test_concurrent_changes_on_three_admins_converge_in_every_delivery_order(
    ops: list[tuple[int, str, int]], seed: int
) -> None:
    base = community((B, Role.ADMIN), (C, Role.ADMIN), (D, Role.MEMBER))
    forks = [copy_for(base, k) for k in (A, B, C)]
    made: list[Entry] = []
    for who, op, target in ops:
        log, subject = forks[who], KEYS[target]
        try:
            if op == "add":
                made.append(log.add(subject.card, Role.MEMBER, at_ms=20))
            elif op == "remove":
                made.append(log.remove(subject.device_id, at_ms=20))
            elif op == "promote":
                made.append(log.set_role(subject.device_id, Role.ADMIN, at_ms=20))
            elif op == "demote":
                made.append(log.set_role(subject.device_id, Role.MEMBER, at_ms=20))
            else:
                made.append(log.rekey(at_ms=20))
        except MembershipError:
            pass  # not allowed in this fork's state: nothing was made
    rng = random.Random(seed)
    results = set()
    for me in (A, B, C, D, E):
        shuffled = made[:]
        rng.shuffle(shuffled)
        view = copy_for(base, me)
        for entry in shuffled:
            view.add_entries([entry])
        assert view.pending == 0
        results.add(repr(summary(view)))
    assert len(results) == 1
    # Whoever is a member and holds the current key, holds the same key.
    final = copy_for(base, A)
    final.add_entries(made)
    keys = {copy_for(final, k).state().epoch.key for k in KEYS if k.device_id in final.state().members}
    assert len(keys - {None}) <= 1


def test_more_heads_than_an_entry_can_name_are_merged_over_several_entries() -> None:
    admins = [DeviceKeys.generate() for _ in range(MAX_PARENTS + 3)]
    log = community(*((k, Role.ADMIN) for k in admins))
    concurrent = [copy_for(log, k).set_role(k.device_id, Role.ADMIN, at_ms=50) for k in admins]
    log.add_entries(concurrent)
    assert len(log.state().heads) == len(admins)
    first = log.rekey(at_ms=60)
    assert len(first.parents) == MAX_PARENTS
    assert Entry.from_bytes(first.to_bytes()) == first
    second = log.rekey(at_ms=61)
    assert Entry.from_bytes(second.to_bytes()) == second
    assert len(log.state().heads) == 1
    assert summary(MembershipLog.from_entries([e.to_bytes() for e in log.entries()], A)) == summary(log)


def test_epoch_numbers_follow_causality_so_a_late_entry_renumbers_nothing() -> None:
    base = community((B, Role.ADMIN), (C, Role.MEMBER))
    alice, bob = copy_for(base, A), copy_for(base, B)
    bobs_rekey = bob.rekey(at_ms=10)
    bobs_epoch = bob.state().epoch
    alice.rekey(at_ms=10)  # concurrent, by the senior admin: replayed before Bob's
    bob.add_entries(alice.entries())
    merged = {e.key_ref: e for e in bob.state().epochs}
    assert merged[bobs_rekey.hash].number == bobs_epoch.number == 2
    assert [e.number for e in bob.state().epochs] == [1, 2, 2]
    assert summary(bob) == summary(copy_for(bob, A))


def test_a_bad_entry_in_a_batch_keeps_the_good_ones_before_it() -> None:
    log = community((B, Role.ADMIN))
    bob = copy_for(log, B)
    good = bob.rekey(at_ms=5)
    foreign = MembershipLog.create(SpaceKind.COMMUNITY, A, at_ms=1).rekey(at_ms=2)
    with pytest.raises(MembershipError, match="another space"):
        log.add_entries([good, foreign])
    assert good.hash in log
    assert log.pending == 0


_ids = st.binary(min_size=32, max_size=32).map(DeviceId)
_cards = st.builds(DeviceCard, st.binary(min_size=32, max_size=32), st.binary(min_size=32, max_size=32))
_blobs = st.binary(min_size=80, max_size=80) | st.binary(min_size=1168, max_size=1168)  # classic or hybrid
_sealed = st.lists(st.tuples(_ids, _blobs), max_size=5, unique_by=lambda r: r[0]).map(tuple)
_HYBRID_KEYS = [HybridKey.generate().public_bytes for _ in range(3)]


@st.composite
def _entries(draw: st.DrawFn) -> Entry:
    op = draw(st.sampled_from(Op))
    common = {
        "space_id": draw(st.binary(min_size=16, max_size=16)),
        "author": draw(_ids),
        "at_ms": draw(st.integers(0, 2**64 - 1)),
        "signature": draw(st.binary(min_size=64, max_size=64)),
    }
    parents = (
        ()
        if op is Op.CREATE
        else tuple(draw(st.sets(st.binary(min_size=32, max_size=32), min_size=1, max_size=16)))
    )
    if op is Op.CREATE:
        fields = {"kind": draw(st.sampled_from(SpaceKind)), "card": draw(_cards), "sealed": draw(_sealed)}
    elif op is Op.ADD:
        card = draw(_cards)
        sealed = ((card.device_id, draw(_blobs)),)
        fields = {
            "role": draw(st.sampled_from(Role)),
            "card": card,
            "key_ref": draw(st.binary(min_size=32, max_size=32)),
            "sealed": sealed,
        }
    elif op is Op.REMOVE:
        fields = {"subject": draw(_ids), "sealed": draw(_sealed)}
    elif op is Op.REKEY:
        fields = {"sealed": draw(_sealed)}
    elif op is Op.KEY:
        fields = {"subject": draw(_ids), "hybrid_key": draw(st.sampled_from(_HYBRID_KEYS))}
    elif op is Op.CARD:
        actors = draw(st.lists(st.binary(min_size=1, max_size=32), min_size=1, max_size=16, unique=True))
        fields = {
            "subject": draw(_ids),
            "member_id": draw(st.from_regex(r"[a-z0-9_-]{1,64}", fullmatch=True)),
            "actors": tuple(ActorClaim(a, draw(st.integers(0, 2**63 - 1))) for a in actors),
        }
    else:
        fields = {"subject": draw(_ids), "role": draw(st.sampled_from(Role))}
    if op in (Op.CREATE, Op.ADD) and any(len(blob) > 80 for _, blob in fields["sealed"]):  # type: ignore[attr-defined]
        fields["hybrid_key"] = draw(st.sampled_from(_HYBRID_KEYS))  # the card's, when sealed with hybrid HPKE
    return Entry(op, parents=parents, **common, **fields)  # type: ignore[arg-type]


@given(_entries())
def test_any_entry_round_trips_through_bytes(entry: Entry) -> None:
    decoded = Entry.from_bytes(entry.to_bytes())
    assert decoded == entry
    assert decoded.to_bytes() == entry.to_bytes()


# --- the log at earlier heads (what a change's author saw) --------------------------------------------------


def test_the_log_at_earlier_heads_is_the_replay_of_those_entries_alone() -> None:
    log = community((B, Role.ADMIN), (C, Role.MEMBER))
    then = log.state().heads
    log.set_role(B.device_id, Role.MEMBER, at_ms=10)
    log.remove(C.device_id, at_ms=11)
    earlier = log.state_at(then)
    assert earlier is not None
    assert earlier.role_of(B.device_id) is Role.ADMIN
    assert C.device_id in earlier.members
    assert earlier.heads == then
    assert log.state_at(then) is earlier  # replayed once per head set
    now = log.state_at(log.state().heads)
    assert now is not None
    assert (now.role_of(B.device_id), C.device_id in now.members) == (Role.MEMBER, False)
    assert now.order == log.state().order  # the same replay, over every entry


def test_the_log_at_heads_it_does_not_hold_is_unknown_and_no_heads_is_its_first_entry() -> None:
    log = community((B, Role.ADMIN))
    assert log.state_at([b"\x07" * 32]) is None
    assert log.ancestry([b"\x07" * 32]) is None
    first = log.state_at([])
    assert first is not None
    assert list(first.members) == [A.device_id]
    assert log.ancestry(log.state().heads) == frozenset(log.state().order)
