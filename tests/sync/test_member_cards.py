"""Member cards in the membership log: who a device speaks for and which Automerge actor ids it writes with."""

from __future__ import annotations

import pytest

from sync.identity import DeviceKeys
from sync.membership import (
    ActorClaim,
    Entry,
    MembershipError,
    MembershipLog,
    Role,
    SpaceKind,
    member_id_of,
)

ADMIN, ALICE, ALICE_PHONE, MALLORY = (DeviceKeys.generate() for _ in range(4))
A_ACTOR, P_ACTOR, M_ACTOR, ADMIN_ACTOR = b"\x0a" * 16, b"\x0b" * 16, b"\x0c" * 16, b"\x0d" * 16
ALICE_ID, MALLORY_ID = member_id_of(ALICE.device_id), member_id_of(MALLORY.device_id)


def as_device(log: MembershipLog, keys: DeviceKeys) -> MembershipLog:
    return MembershipLog.from_entries([e.to_bytes() for e in log.entries()], keys)


def community() -> MembershipLog:
    log = MembershipLog.create(SpaceKind.COMMUNITY, ADMIN, at_ms=1)
    log.add(ALICE.card, Role.MEMBER, at_ms=2)
    log.add(ALICE_PHONE.card, Role.MEMBER, at_ms=3)
    log.add(MALLORY.card, Role.MEMBER, at_ms=4)
    log.write_card(ADMIN.device_id, "admin", (ActorClaim(ADMIN_ACTOR),), at_ms=5)
    return log


def test_a_member_cards_itself_and_every_device_reads_the_binding() -> None:
    log = as_device(community(), ALICE)
    entry = log.write_card(ALICE.device_id, ALICE_ID, (ActorClaim(A_ACTOR),), at_ms=6)
    assert Entry.from_bytes(entry.to_bytes()) == entry
    state = as_device(log, MALLORY).state()
    assert state.member_of[ALICE.device_id] == ALICE_ID
    binding = state.actors[A_ACTOR]
    assert (binding.device, binding.member_id, binding.last_seq) == (ALICE.device_id, ALICE_ID, 0)
    assert state.devices_of(ALICE_ID) == {ALICE.device_id}


def test_a_members_device_adds_another_device_of_the_same_member() -> None:
    log = as_device(community(), ALICE)
    log.write_card(ALICE.device_id, ALICE_ID, (ActorClaim(A_ACTOR),), at_ms=6)
    log.write_card(ALICE_PHONE.device_id, ALICE_ID, (ActorClaim(P_ACTOR),), at_ms=7)
    assert log.state().devices_of(ALICE_ID) == {ALICE.device_id, ALICE_PHONE.device_id}


def test_mallory_cannot_speak_for_alice() -> None:
    log = as_device(community(), ALICE)
    log.write_card(ALICE.device_id, ALICE_ID, (ActorClaim(A_ACTOR),), at_ms=6)
    mallory = as_device(log, MALLORY)
    with pytest.raises(MembershipError, match="another member's devices"):
        mallory.write_card(MALLORY.device_id, ALICE_ID, (ActorClaim(M_ACTOR),), at_ms=7)
    with pytest.raises(MembershipError, match="its own card"):
        mallory.write_card(ALICE.device_id, MALLORY_ID, (ActorClaim(M_ACTOR),), at_ms=7)


def test_a_newcomer_cannot_squat_a_member_id_that_is_not_its_own() -> None:
    mallory = as_device(community(), MALLORY)
    with pytest.raises(MembershipError, match="derived from its first device"):
        mallory.write_card(MALLORY.device_id, ALICE_ID, (ActorClaim(M_ACTOR),), at_ms=6)


def test_an_actor_id_belongs_to_one_device_for_life() -> None:
    log = as_device(community(), ALICE)
    log.write_card(ALICE.device_id, ALICE_ID, (ActorClaim(A_ACTOR),), at_ms=6)
    mallory = as_device(log, MALLORY)
    with pytest.raises(MembershipError, match="belongs to another device"):
        mallory.write_card(MALLORY.device_id, MALLORY_ID, (ActorClaim(A_ACTOR),), at_ms=7)


def test_only_an_admin_closes_an_actor_and_a_closed_actor_never_reopens() -> None:
    log = as_device(community(), ALICE)
    log.write_card(ALICE.device_id, ALICE_ID, (ActorClaim(A_ACTOR),), at_ms=6)
    with pytest.raises(MembershipError, match="only an admin closes"):
        log.write_card(ALICE.device_id, ALICE_ID, (ActorClaim(A_ACTOR, 9),), at_ms=7)
    admin = as_device(log, ADMIN)
    admin.remove(ALICE.device_id, at_ms=8)
    admin.write_card(ALICE.device_id, ALICE_ID, (ActorClaim(A_ACTOR, 4),), at_ms=9)
    admin.write_card(ALICE.device_id, ALICE_ID, (ActorClaim(A_ACTOR, 0),), at_ms=10)
    state = as_device(admin, MALLORY).state()
    assert state.actors[A_ACTOR].last_seq == 4
    assert state.member_of[ALICE.device_id] == ALICE_ID  # a removed device keeps its history


def test_a_removed_device_cannot_card_itself() -> None:
    log = community()
    alice = as_device(log, ALICE)
    log.remove(ALICE.device_id, at_ms=6)
    card = alice.write_card(ALICE.device_id, ALICE_ID, (ActorClaim(A_ACTOR),), at_ms=7)
    merged = as_device(log, MALLORY)
    merged.add_entries([card])
    assert dict(merged.state().void)[card.hash] in (
        "the author is not a member",
        "the device is not a member",
    )
    assert A_ACTOR not in merged.state().actors


@pytest.mark.parametrize(
    "member_id", ["", "Alice", "a" * 65, "al ice", "é"], ids=["empty", "upper", "long", "space", "accent"]
)
def test_member_ids_are_checked(member_id: str) -> None:
    log = as_device(community(), ALICE)
    with pytest.raises(MembershipError, match="member id"):
        log.write_card(ALICE.device_id, member_id, (ActorClaim(A_ACTOR),), at_ms=6)


def test_malformed_cards_are_refused_when_decoded() -> None:
    log = as_device(community(), ALICE)
    good = log.write_card(ALICE.device_id, ALICE_ID, (ActorClaim(A_ACTOR),), at_ms=6).to_bytes()
    for cut in range(len(good) - 80, len(good)):
        with pytest.raises(MembershipError):
            Entry.from_bytes(good[:cut])
    with pytest.raises(MembershipError):
        ActorClaim(b"")
