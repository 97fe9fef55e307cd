"""Hybrid post-quantum sealing of epoch keys: devices publish an ML-KEM-768 + X25519 key in the log, keys are
sealed with hybrid HPKE to them and with X25519 to the others, and a space rotates to hybrid sealing once every
member has published one."""

from __future__ import annotations

import dataclasses
import os

import pytest

from sync.identity import DeviceKeys, HybridKey, IdentityError
from sync.invites import parse_qr, prove
from sync.join import JoinError, JoinRequest
from sync.membership import (
    HYBRID_SEALED_KEY_SIZE,
    SEALED_KEY_SIZE,
    Entry,
    MembershipError,
    MembershipLog,
    Op,
    Role,
    SpaceKind,
    is_hybrid,
    open_sealed_key,
    seal_key,
)
from sync.spaces import Space
from tests.sync.spaces_support import CHALLENGE, NOW, Device, join

SPACE = os.urandom(16)


def copy_for(log: MembershipLog, me: DeviceKeys) -> MembershipLog:
    return MembershipLog.from_entries([e.to_bytes() for e in log.entries()], me)


def test_a_hybrid_seal_round_trips_and_needs_the_hybrid_key() -> None:
    ben = DeviceKeys.generate()
    assert ben.hybrid is not None
    key = os.urandom(32)
    sealed = seal_key(key, SPACE, ben.card, ben.hybrid.public_bytes)
    assert len(sealed) == HYBRID_SEALED_KEY_SIZE
    assert is_hybrid(sealed)
    assert open_sealed_key(sealed, SPACE, ben.device_id, ben.agreement_key, ben.hybrid) == key
    # Without the hybrid key, with another device's, or for another space: nothing.
    assert open_sealed_key(sealed, SPACE, ben.device_id, ben.agreement_key) is None
    assert open_sealed_key(sealed, SPACE, ben.device_id, ben.agreement_key, HybridKey.generate()) is None
    assert open_sealed_key(sealed, os.urandom(16), ben.device_id, ben.agreement_key, ben.hybrid) is None
    classic = seal_key(key, SPACE, ben.card)
    assert len(classic) == SEALED_KEY_SIZE
    assert open_sealed_key(classic, SPACE, ben.device_id, ben.agreement_key, ben.hybrid) == key


def test_the_hybrid_key_is_kept_as_96_bytes_and_read_back() -> None:
    key = HybridKey.generate()
    again = HybridKey(key.private_bytes())
    assert again.public_bytes == key.public_bytes
    assert len(key.private_bytes()) == 96
    assert len(key.public_bytes) == 1216
    with pytest.raises(IdentityError):
        HybridKey(b"\x00" * 95)
    keys = DeviceKeys.generate()
    assert keys.hybrid is not None
    raw = keys.signer.private_key.private_bytes_raw()
    restored = DeviceKeys.from_private_bytes(
        raw, keys.agreement_key.private_bytes_raw(), keys.hybrid.private_bytes()
    )
    assert restored.hybrid is not None
    assert restored.hybrid.public_bytes == keys.hybrid.public_bytes


def test_a_mixed_space_seals_each_device_its_way_and_every_device_opens() -> None:
    ana, ben = DeviceKeys.generate(), DeviceKeys.generate()
    old = DeviceKeys.generate(hybrid=False)  # a device from before hybrid keys: its card is still read
    log = MembershipLog.create(SpaceKind.COMMUNITY, ana, at_ms=1)
    log.publish_hybrid_key(at_ms=2)
    log.add(ben.card, Role.MEMBER, at_ms=3)
    log.add(old.card, Role.MEMBER, at_ms=4)
    bens = copy_for(log, ben)
    bens.publish_hybrid_key(at_ms=5)
    log.add_entries(bens.entries())
    state = log.state()
    assert state.lacking_hybrid == {old.device_id}
    assert not state.needs_hybrid_rekey  # one device still lacks it: nothing to gain yet
    rekey = log.rekey(at_ms=6)
    kinds = {device: is_hybrid(blob) for device, blob in rekey.sealed}
    assert kinds == {ana.device_id: True, ben.device_id: True, old.device_id: False}
    assert rekey.version == 2
    key = log.state().epoch.key
    assert key is not None
    for device in (ben, old):
        assert copy_for(log, device).state().epoch.key == key


def test_a_space_rotates_to_hybrid_sealing_once_every_member_published_a_key() -> None:
    ana, ben = DeviceKeys.generate(), DeviceKeys.generate()
    log = MembershipLog.create(SpaceKind.CIRCLE, ana, at_ms=1)
    log.publish_hybrid_key(at_ms=2)
    log.add(ben.card, Role.READER, at_ms=3)  # the add seals with X25519: ben's hybrid key is not known yet
    assert log.state().lacking_hybrid == {ben.device_id}
    bens = copy_for(log, ben)
    bens.publish_hybrid_key(at_ms=4)  # a reader publishes its own key too
    log.add_entries(bens.entries())
    assert log.state().needs_hybrid_rekey
    log.rekey(at_ms=5)
    assert not log.state().needs_hybrid_rekey
    assert copy_for(log, ben).state().epoch.key == log.state().epoch.key


def test_concurrent_hybrid_rekeys_by_two_admins_settle() -> None:
    ana, ben = DeviceKeys.generate(), DeviceKeys.generate()
    log = MembershipLog.create(SpaceKind.COMMUNITY, ana, at_ms=1)
    log.add(ben.card, Role.ADMIN, at_ms=2)
    bens = copy_for(log, ben)
    bens.publish_hybrid_key(at_ms=3)
    log.add_entries(bens.entries())
    log.publish_hybrid_key(at_ms=4)
    bens.add_entries(log.entries())
    assert log.state().needs_hybrid_rekey
    assert bens.state().needs_hybrid_rekey
    log.rekey(at_ms=5)
    bens.rekey(at_ms=5)  # at the same time, not knowing of ana's
    log.add_entries(bens.entries())
    bens.add_entries(log.entries())
    for side in (log, bens):
        state = side.state()
        assert not state.needs_hybrid_rekey
        assert not state.needs_rekey
    assert log.state().epoch.key == bens.state().epoch.key


def test_a_removed_device_cannot_open_the_new_hybrid_epoch() -> None:
    ana, ben, cai = DeviceKeys.generate(), DeviceKeys.generate(), DeviceKeys.generate()
    log = MembershipLog.create(SpaceKind.COMMUNITY, ana, at_ms=1)
    log.publish_hybrid_key(at_ms=2)
    for n, keys in enumerate((ben, cai)):
        log.add(keys.card, Role.MEMBER, at_ms=3 + n)
        theirs = copy_for(log, keys)
        theirs.publish_hybrid_key(at_ms=5 + n)
        log.add_entries(theirs.entries())
    log.rekey(at_ms=7)
    log.remove(cai.device_id, at_ms=8)
    new = log.state().epoch
    assert new.key is not None
    assert copy_for(log, ben).state().epoch.key == new.key
    removed = copy_for(log, cai).state()
    assert removed.epoch.key is None
    assert all(e.key != new.key for e in removed.epochs)


def test_only_the_device_itself_publishes_its_hybrid_key() -> None:
    ana, ben = DeviceKeys.generate(), DeviceKeys.generate()
    log = MembershipLog.create(SpaceKind.COMMUNITY, ana, at_ms=1)
    log.add(ben.card, Role.MEMBER, at_ms=2)
    assert ben.hybrid is not None
    forged = Entry(
        Op.KEY, log.space_id, ana.device_id, 3, log.state().heads,
        subject=ben.device_id, hybrid_key=HybridKey.generate().public_bytes,
    ).signed_by(ana)  # fmt: skip
    log.add_entries([forged])
    assert dict(log.state().void)[forged.hash] == "a device publishes only its own hybrid key"
    assert ben.device_id not in log.state().hybrid_keys


def test_a_key_entry_with_a_key_that_does_not_read_is_refused() -> None:
    ana = DeviceKeys.generate()
    log = MembershipLog.create(SpaceKind.COMMUNITY, ana, at_ms=1)
    entry = log.publish_hybrid_key(at_ms=2)
    data = bytearray(entry.to_bytes())
    with pytest.raises(MembershipError):
        Entry.from_bytes(bytes(data[:-100]))  # truncated
    assert Entry.from_bytes(bytes(data)) == entry


def test_an_entry_that_claims_the_wrong_version_is_refused() -> None:
    ana = DeviceKeys.generate()
    log = MembershipLog.create(SpaceKind.COMMUNITY, ana, at_ms=1)
    data = bytearray(log.entries()[0].to_bytes())
    assert data[2] == 2  # the creator sealed its key to itself with hybrid HPKE
    data[2] = 1
    with pytest.raises(MembershipError):
        Entry.from_bytes(bytes(data))


def test_a_joiner_signs_its_hybrid_key_and_is_sealed_to_it_at_once() -> None:
    """Through the real handshake (bytes): the key reaches the new device sealed with hybrid HPKE, no rekey is
    needed afterwards, and an older device's request (no hybrid key) still joins."""
    alice, bob = Device(), Device()
    space = Space.create(SpaceKind.COMMUNITY, alice.keys, alice.store, alice.keyring, now=NOW)
    joined = join(space, bob)
    (add,) = [e for e in space.log.entries() if e.op is Op.ADD]
    assert add.version == 2
    assert is_hybrid(add.sealed[0][1])
    assert bob.keys.hybrid is not None
    assert space.state.hybrid_keys[bob.keys.device_id] == bob.keys.hybrid.public_bytes
    assert joined.state.epoch.key == space.state.epoch.key
    assert not space.state.needs_hybrid_rekey
    assert not space.upgrade_sealing(now=NOW)  # nothing to publish, nothing to rekey

    old = Device()
    old.keys = DeviceKeys.from_private_bytes(
        old.keys.signer.private_key.private_bytes_raw(), old.keys.agreement_key.private_bytes_raw()
    )
    joined_old = join(space, old)
    assert joined_old.state.epoch.key == space.state.epoch.key
    assert space.state.lacking_hybrid == {old.keys.device_id}


def test_a_tampered_hybrid_key_in_a_join_request_is_refused() -> None:
    alice, bob = Device(), Device()
    space = Space.create(SpaceKind.COMMUNITY, alice.keys, alice.store, alice.keyring, now=NOW)
    invite = parse_qr(space.invite(now=NOW).qr_payload())
    proof = prove(invite.secret, invite.inviter, bob.keys.device_id.raw, CHALLENGE)
    request = JoinRequest.make(bob.keys, proof, CHALLENGE, alice.keys.device_id)
    swapped = dataclasses.replace(request, hybrid_key=HybridKey.generate().public_bytes)
    with pytest.raises(JoinError, match="signature"):
        space.admit(JoinRequest.from_bytes(swapped.to_bytes()), CHALLENGE, now=NOW)
    assert bob.keys.device_id not in space.state.members
