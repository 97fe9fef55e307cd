"""Spaces end to end over the in-memory store: invites and the join handshake, envelopes under membership,
removal and rotation, restarts. The same flows run over the real encrypted store in tests/conformance."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from sync.envelope import RemovedSender, Replayed, ReplayWindow, WrongEpoch, open_envelope, seal
from sync.errors import EnvelopeError
from sync.identity import DeviceId, DeviceKeys
from sync.invites import (
    InviteExpired,
    InviteRejected,
    InviteUnavailable,
    InviteUsed,
    confirm,
    parse_short_code,
    prove,
)
from sync.join import (
    JoinAccepted,
    JoinError,
    JoinRefused,
    JoinRequest,
    RefusalReason,
    decode_reply,
)
from sync.membership import Role, SpaceKind
from sync.spaces import SEQUENCE_BLOCK, Space, SpaceError, SpaceKeyring
from tests.reliability import tally
from tests.sync.spaces_support import CHALLENGE, NOW, Device, join, sync_entries

REMOVED_ENVELOPES = int(os.environ.get("COMMONS_REMOVED_ENVELOPES", "1000"))

# --- joining ------------------------------------------------------------------------------------------------


def test_a_joiner_with_a_qr_invite_becomes_a_member_with_the_current_key() -> None:
    alice, bob = Device(), Device()
    space = alice.create()
    bobs = join(space, bob)
    assert bobs.id == space.id
    assert bobs.state.role_of(bob.keys.device_id) is Role.MEMBER
    assert bobs.state.epoch.key == space.state.epoch.key
    assert bobs.space_tag == space.space_tag
    assert bob.store.spaces() == [space.id]


def test_a_typed_short_code_joins_too() -> None:
    alice, bob = Device(), Device()
    space = alice.create()
    code = parse_short_code(space.invite(now=NOW).short_code())
    assert code.matches(alice.keys.device_id.raw)
    proof = prove(code.secret, alice.keys.device_id.raw, bob.keys.device_id.raw, CHALLENGE)
    reply = space.admit(
        JoinRequest.make(bob.keys, proof, CHALLENGE, alice.keys.device_id), CHALLENGE, now=NOW
    )
    bobs = Space.join(
        reply,
        bob.keys,
        bob.store,
        bob.keyring,
        secret=code.secret,
        inviter=alice.keys.device_id,
        challenge=CHALLENGE,
    )
    assert bob.keys.device_id in bobs.state.members


def test_a_device_that_does_not_hold_the_secret_cannot_pose_as_the_inviter() -> None:
    """A short code names the inviter by 4 bytes; whoever answers must prove the secret, too."""
    alice, mallory, bob = Device(), Device(), Device()
    space = alice.create()
    code = parse_short_code(space.invite(now=NOW).short_code())
    fake = mallory.create()  # Mallory answers with a space of her own that adds Bob
    fake.add(bob.keys.card, Role.MEMBER, now=NOW)
    reply = JoinAccepted(fake.id, bytes(32), tuple(fake.encoded_entries()))
    with pytest.raises(SpaceError, match="not the inviter"):
        Space.join(
            reply, bob.keys, bob.store, bob.keyring, secret=code.secret, inviter=mallory.keys.device_id,
            challenge=CHALLENGE,
        )  # fmt: skip
    assert bob.store.spaces() == []


@pytest.mark.parametrize(
    ("kind", "role"),
    [(SpaceKind.COMMUNITY, Role.MEMBER), (SpaceKind.CIRCLE, Role.READER), (SpaceKind.DEVICES, Role.ADMIN)],
)
def test_the_invite_grants_the_role_of_the_space_kind(kind: SpaceKind, role: Role) -> None:
    alice, bob = Device(), Device()
    bobs = join(alice.create(kind), bob)
    assert bobs.state.role_of(bob.keys.device_id) is role


def test_an_invite_works_once() -> None:
    alice, bob, carol = Device(), Device(), Device()
    space = alice.create()
    invite = space.invite(now=NOW)
    proof = prove(invite.secret, invite.inviter, bob.keys.device_id.raw, CHALLENGE)
    space.admit(JoinRequest.make(bob.keys, proof, CHALLENGE, alice.keys.device_id), CHALLENGE, now=NOW)
    again = prove(invite.secret, invite.inviter, carol.keys.device_id.raw, CHALLENGE)
    with pytest.raises(InviteUsed, match="already used"):
        space.admit(JoinRequest.make(carol.keys, again, CHALLENGE, alice.keys.device_id), CHALLENGE, now=NOW)
    assert carol.keys.device_id not in space.state.members
    assert decode_reply(JoinRefused(RefusalReason.USED).to_bytes()) == JoinRefused(RefusalReason.USED)
    # The device it admitted may ask again (its answer was lost): the same answer, nothing added.
    entries = len(space.encoded_entries())
    repeat = space.admit(
        JoinRequest.make(bob.keys, proof, CHALLENGE, alice.keys.device_id), CHALLENGE, now=NOW
    )
    assert repeat.space_id == space.id
    assert len(space.encoded_entries()) == entries


def test_an_expired_invite_is_refused_and_stays_open_for_nobody() -> None:
    alice, bob = Device(), Device()
    space = alice.create()
    invite = space.invite(now=NOW, valid_for=dt.timedelta(hours=1))
    proof = prove(invite.secret, invite.inviter, bob.keys.device_id.raw, CHALLENGE)
    request = JoinRequest.make(bob.keys, proof, CHALLENGE, alice.keys.device_id)
    with pytest.raises(InviteExpired, match="expired"):
        space.admit(request, CHALLENGE, now=invite.expires_at)
    assert bob.keys.device_id not in space.state.members


def test_a_wrong_secret_or_a_proof_for_another_challenge_is_refused() -> None:
    alice, bob = Device(), Device()
    space = alice.create()
    invite = space.invite(now=NOW)
    wrong = prove(bytes(10), invite.inviter, bob.keys.device_id.raw, CHALLENGE)
    with pytest.raises(InviteRejected):
        space.admit(JoinRequest.make(bob.keys, wrong, CHALLENGE, alice.keys.device_id), CHALLENGE, now=NOW)
    old = bytes(32)
    replayed = prove(invite.secret, invite.inviter, bob.keys.device_id.raw, old)
    with pytest.raises(InviteRejected):
        space.admit(JoinRequest.make(bob.keys, replayed, CHALLENGE, alice.keys.device_id), CHALLENGE, now=NOW)
    # The invite is still open for the right proof.
    right = prove(invite.secret, invite.inviter, bob.keys.device_id.raw, CHALLENGE)
    space.admit(JoinRequest.make(bob.keys, right, CHALLENGE, alice.keys.device_id), CHALLENGE, now=NOW)


def test_a_request_signed_by_another_key_than_its_card_is_refused() -> None:
    alice, bob, mallory = Device(), Device(), Device()
    space = alice.create()
    invite = space.invite(now=NOW)
    proof = prove(invite.secret, invite.inviter, bob.keys.device_id.raw, CHALLENGE)
    honest = JoinRequest.make(bob.keys, proof, CHALLENGE, alice.keys.device_id)
    stolen = JoinRequest(mallory.keys.card, honest.proof, honest.signature)
    with pytest.raises(JoinError, match="signature"):
        space.admit(stolen, CHALLENGE, now=NOW)
    with pytest.raises(InviteRejected):  # Bob's proof, replayed by Mallory under her own key
        space.admit(
            JoinRequest.make(mallory.keys, proof, CHALLENGE, alice.keys.device_id), CHALLENGE, now=NOW
        )
    with pytest.raises(JoinError, match="signature"):  # signed for another inviter
        space.admit(JoinRequest.make(bob.keys, proof, CHALLENGE, mallory.keys.device_id), CHALLENGE, now=NOW)


def test_only_admins_invite() -> None:
    alice, bob = Device(), Device()
    bobs = join(alice.create(), bob)
    with pytest.raises(SpaceError, match="only an admin"):
        bobs.invite(now=NOW)


def test_a_reply_that_does_not_add_the_joiner_is_refused() -> None:
    alice, bob, carol = Device(), Device(), Device()
    space = alice.create()
    join(space, bob)
    secret = bytes(10)

    def reply_for(joiner: Device) -> JoinAccepted:
        confirmation = confirm(
            secret, alice.keys.device_id.raw, joiner.keys.device_id.raw, CHALLENGE, space.id
        )
        return JoinAccepted(space.id, confirmation, tuple(space.encoded_entries()))

    args = {"secret": secret, "inviter": alice.keys.device_id, "challenge": CHALLENGE}
    with pytest.raises(SpaceError, match="does not add this device"):
        Space.join(reply_for(carol), carol.keys, carol.store, carol.keyring, **args)  # type: ignore[arg-type]
    with pytest.raises(SpaceError, match="another space"):
        Space.join(reply_for(bob), bob.keys, bob.store, bob.keyring, expected_space=bytes(16), **args)  # type: ignore[arg-type]
    with pytest.raises(SpaceError, match="not an admin"):
        Space.join(
            JoinAccepted(space.id, confirm(secret, bob.keys.device_id.raw, bob.keys.device_id.raw, CHALLENGE, space.id),
                         tuple(space.encoded_entries())),
            bob.keys, bob.store, bob.keyring, secret=secret, inviter=bob.keys.device_id, challenge=CHALLENGE,
        )  # fmt: skip
    assert carol.store.spaces() == []


def test_an_inviter_who_can_no_longer_add_refuses_without_using_the_invite() -> None:
    alice, bob, carol = Device(), Device(), Device()
    space = alice.create()
    bobs = join(space, bob)
    space.set_role(bob.keys.device_id, Role.ADMIN, now=NOW)
    bobs.receive(space.encoded_entries())
    invite = bobs.invite(now=NOW)
    bobs.receive([space.set_role(bob.keys.device_id, Role.MEMBER, now=NOW).to_bytes()])
    proof = prove(invite.secret, invite.inviter, carol.keys.device_id.raw, CHALLENGE)
    with pytest.raises(InviteUnavailable, match="no longer an admin"):
        bobs.admit(JoinRequest.make(carol.keys, proof, CHALLENGE, bob.keys.device_id), CHALLENGE, now=NOW)
    assert bob.store.invites(space.id) == [(invite.to_bytes(), False)]
    error = InviteUnavailable("x")
    assert decode_reply(JoinRefused(RefusalReason.of(error)).to_bytes()) == JoinRefused(
        RefusalReason.UNAVAILABLE
    )
    assert isinstance(RefusalReason.UNAVAILABLE.error(), InviteUnavailable)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"CJ",
        b"XX\x01\x02",
        b"CJ\x02\x02",
        b"CJ\x01\x02" + bytes(48) + b"\xff\xff\xff\xff",
        b"CJ\x01\x03\x09",
    ],
)
def test_malformed_replies_are_join_errors(data: bytes) -> None:
    with pytest.raises(JoinError):
        decode_reply(data)


# --- envelopes under membership -----------------------------------------------------------------------------


def test_members_exchange_envelopes_and_readers_only_read() -> None:
    alice, bob, carol = Device(), Device(), Device()
    space = alice.create()
    bobs = join(space, bob)
    opened = bobs.open(space.seal(b"from alice", now=NOW))
    assert opened.payload == b"from alice"
    assert opened.sender == alice.keys.device_id
    assert space.open(bobs.seal(b"from bob", now=NOW)).payload == b"from bob"

    circle = alice.create(SpaceKind.CIRCLE)
    carols = join(circle, carol)
    assert carols.open(circle.seal(b"plan", now=NOW)).payload == b"plan"
    with pytest.raises(SpaceError, match="only reads"):
        carols.seal(b"no", now=NOW)


class Hoard:
    """A removed member's best attempt: every epoch key she ever held, tried on any envelope as if it were the
    key of that envelope's space tag and epoch, with the senders her keyring knows and no membership check."""

    def __init__(self, keyring: SpaceKeyring, keys: list[bytes]) -> None:
        self._keyring, self._keys, self.key = keyring, keys, keys[0]

    def epoch_key(self, space_tag: bytes, epoch: int) -> bytes | None:
        return self.key

    def knows_space_tag(self, space_tag: bytes) -> bool:
        return True

    def sender_key(self, device_id: DeviceId) -> bytes | None:
        return self._keyring.sender_key(device_id)

    def is_member(self, space_tag: bytes, epoch: int, device_id: DeviceId) -> bool:
        return True

    def replay_window(self, space_tag: bytes, device_id: DeviceId) -> ReplayWindow:
        return ReplayWindow()

    def opens(self, envelope: bytes) -> bool:
        for key in self._keys:
            self.key = key
            try:
                open_envelope(envelope, keyring=self)
            except EnvelopeError:
                continue
            return True
        return False


def test_a_removed_member_opens_none_of_a_thousand_later_envelopes_and_is_refused() -> None:
    alice, bob, carol = Device(), Device(), Device()
    space = alice.create()
    bobs, carols = join(space, bob), join(space, carol)
    sync_entries(space, bobs, carols)
    before = carols.seal(b"written before", now=NOW)
    space.remove(carol.keys.device_id, now=NOW)
    sync_entries(space, bobs, carols)
    assert space.state.epoch.number == 2
    assert bobs.state.epoch.key == space.state.epoch.key
    held = [e.key for e in carols.state.epochs if e.key is not None]
    assert held  # she kept the key of the epoch she was in
    hoard = Hoard(carol.keyring, held)
    current = space.state.epoch.key
    assert current is not None
    assert Hoard(carol.keyring, [*held, current]).opens(
        space.seal(b"probe", now=NOW)
    )  # the attempt can succeed

    with tally("removed-envelopes") as counted:
        for n in range(REMOVED_ENVELOPES):
            envelope = space.seal(f"later {n}".encode(), now=NOW)
            lost = int(bobs.open(envelope).payload != f"later {n}".encode())
            try:
                carols.open(envelope)
                leaked = 1
            except EnvelopeError:
                leaked = int(hoard.opens(envelope))
            counted.run(lost=lost, leaked=leaked)
    assert (counted.runs, counted.lost, counted.leaked) == (REMOVED_ENVELOPES, 0, 0)
    # Whatever she sends now is refused, in the old epoch or by claiming the new one.
    with pytest.raises(RemovedSender):
        space.open(before)
    old_key = carols.state.epochs[0].key
    assert old_key is not None
    late = seal(b"after removal", epoch_key=old_key, epoch=1, signer=carol.keys.signer, sequence=99)
    with pytest.raises(RemovedSender):
        bobs.open(late)
    with pytest.raises(SpaceError, match="removed"):
        carols.seal(b"x", now=NOW)


def test_the_previous_epoch_still_opens_for_members_and_replays_are_refused() -> None:
    alice, bob, carol = Device(), Device(), Device()
    space = alice.create()
    bobs, _ = join(space, bob), join(space, carol)
    in_epoch_one = space.seal(b"one", now=NOW)
    space.remove(carol.keys.device_id, now=NOW)
    bobs.receive(space.encoded_entries())
    assert bobs.open(in_epoch_one).epoch == 1  # delayed, from a member still in the space
    with pytest.raises(Replayed):
        bobs.open(in_epoch_one)
    tampered = bytearray(space.seal(b"two", now=NOW))
    tampered[35:39] = (1).to_bytes(4, "big")  # claims epoch 1 under the epoch 2 tag
    with pytest.raises(EnvelopeError) as caught:
        bobs.open(bytes(tampered))
    assert isinstance(caught.value, WrongEpoch)


def test_sequence_numbers_survive_a_restart() -> None:
    alice, bob = Device(), Device()
    space = alice.create()
    bobs = join(space, bob)
    for n in range(5):
        bobs.open(space.seal(b"%d" % n, now=NOW))
    restarted = Space.load(space.id, alice.keys, alice.store, SpaceKeyring())
    # The receiver's replay window is still open: a reused sequence number would be refused. What was left of
    # the block reserved before the restart is skipped.
    assert bobs.open(restarted.seal(b"after restart", now=NOW)).sequence == SEQUENCE_BLOCK


def test_sequence_numbers_are_reserved_a_block_per_commit() -> None:
    alice, bob = Device(), Device()
    space = alice.create()
    bobs = join(space, bob)
    epoch = space.state.epoch.number
    sequences = [bobs.open(space.seal(b"%d" % n, now=NOW)).sequence for n in range(SEQUENCE_BLOCK + 1)]
    assert sequences == list(range(SEQUENCE_BLOCK + 1))  # in order, none twice
    # Two reservations for 65 envelopes: the store's next number is past both blocks.
    assert alice.store.reserve_sequence(space.id, epoch) == 2 * SEQUENCE_BLOCK


def test_a_space_reloads_from_the_store_with_the_same_state() -> None:
    alice, bob = Device(), Device()
    space = alice.create()
    join(space, bob)
    space.remove(bob.keys.device_id, now=NOW)
    reloaded = alice.load(space.id)
    assert reloaded.state.order == space.state.order
    assert reloaded.state.epoch.key == space.state.epoch.key
    with pytest.raises(SpaceError, match="holds nothing"):
        alice.load(bytes(16))


def test_concurrent_removals_make_an_admin_rekey_before_sealing() -> None:
    alice, bob, carol, dan = Device(), Device(), Device(), Device()
    space = alice.create()
    bobs = join(space, bob)
    space.set_role(bob.keys.device_id, Role.ADMIN, now=NOW)
    join(space, carol)
    join(space, dan)
    bobs.receive(space.encoded_entries())
    space.remove(carol.keys.device_id, now=NOW)
    bobs.remove(dan.keys.device_id, now=NOW)
    sync_entries(space, bobs)
    assert space.state.needs_rekey
    envelope = space.seal(b"after both removals", now=NOW)  # rekeys first
    assert not space.state.needs_rekey
    bobs.receive(space.encoded_entries())
    assert bobs.open(envelope).payload == b"after both removals"
    assert space.state.epoch.recipients == {alice.keys.device_id, bob.keys.device_id}


def test_a_member_without_the_current_key_waits_for_an_admin() -> None:
    alice, bob, carol, dan = Device(), Device(), Device(), Device()
    space = alice.create()
    bobs = join(space, bob)
    space.set_role(bob.keys.device_id, Role.ADMIN, now=NOW)
    carols = join(space, carol)
    bobs.receive(space.encoded_entries())
    carols.receive(space.encoded_entries())
    bobs.remove(carol.keys.device_id, now=NOW)  # concurrent with Alice adding Dan
    dans = join(space, dan)
    sync_entries(space, bobs)
    dans.receive(space.encoded_entries())
    assert dans.state.needs_rekey
    with pytest.raises(SpaceError, match="waiting for an admin"):
        dans.seal(b"x", now=NOW)
    space.rekey(now=NOW)
    dans.receive(space.encoded_entries())
    assert dans.open(dans.seal(b"now", now=NOW)).payload == b"now"


def test_bad_entries_from_a_peer_are_refused_and_the_good_ones_kept() -> None:
    alice, bob = Device(), Device()
    space = alice.create()
    bobs = join(space, bob)
    entry = space.add(DeviceKeys.generate().card, Role.MEMBER, now=NOW)
    with pytest.raises(SpaceError, match="refused"):
        bobs.receive([entry.to_bytes(), b"garbage"])
    assert entry.hash in bobs.log
    assert entry.to_bytes() in bob.store.log_entries(space.id)


def test_an_envelope_sealed_before_a_concurrent_senior_rekey_arrives_still_opens() -> None:
    alice, bob, carol = Device(), Device(), Device()
    space = alice.create()
    bobs = join(space, bob)
    space.set_role(bob.keys.device_id, Role.ADMIN, now=NOW)
    carols = join(space, carol)
    bobs.receive(space.encoded_entries())
    bobs.rekey(now=NOW)
    early = bobs.seal(b"sealed in Bob's epoch", now=NOW)
    space.rekey(now=NOW)  # concurrent, by the senior admin
    sync_entries(space, bobs, carols)
    assert carols.open(early).payload == b"sealed in Bob's epoch"
    later = bobs.seal(b"after the merge", now=NOW)
    assert carols.open(later).payload == b"after the merge"  # not refused as a replay
