"""Spaces over each adapter: identity from the store, the join handshake, envelopes, removal and restarts.

With the store, every restart is a real lock and unlock of an encrypted profile: what the space knows after it
comes only from the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from sync.envelope import Replayed, UnknownSpace
from sync.identity import DeviceKeys
from sync.invites import InviteUsed, parse_qr, prove
from sync.join import JoinAccepted, JoinRequest, decode_reply, new_challenge
from sync.membership import SpaceKind
from sync.ports import device_keys_from
from sync.spaces import Space, SpaceKeyring
from tests.conformance.conftest import Adapters

NOW = dt.datetime(2026, 12, 1, 10, 0, tzinfo=dt.UTC)


class Peer:
    def __init__(self, adapters: Adapters) -> None:
        self.adapters = adapters
        self.keyring = SpaceKeyring()

    @property
    def keys(self) -> DeviceKeys:
        return device_keys_from(self.adapters.identity)

    def space(self, space_id: bytes) -> Space:
        return Space.load(space_id, self.keys, self.adapters.spaces, self.keyring)

    def restart(self) -> None:
        self.adapters.reopen()
        self.keyring = SpaceKeyring()


def handshake(inviter: Space, joiner: Peer) -> Space:
    invite = parse_qr(inviter.invite(now=NOW).qr_payload())
    challenge = new_challenge()
    proof = prove(invite.secret, invite.inviter, joiner.keys.device_id.raw, challenge)
    request = JoinRequest.make(joiner.keys, proof, challenge, inviter.me.device_id)
    reply = decode_reply(
        inviter.admit(JoinRequest.from_bytes(request.to_bytes()), challenge, now=NOW).to_bytes()
    )
    assert isinstance(reply, JoinAccepted)
    return Space.join(
        reply,
        joiner.keys,
        joiner.adapters.spaces,
        joiner.keyring,
        secret=invite.secret,
        inviter=inviter.me.device_id,
        challenge=challenge,
        expected_space=invite.space_id,
    )


def test_join_seal_open_remove_and_restart(make_adapters: Callable[[], Adapters]) -> None:
    alice, bob, carol = Peer(make_adapters()), Peer(make_adapters()), Peer(make_adapters())
    space = Space.create(SpaceKind.COMMUNITY, alice.keys, alice.adapters.spaces, alice.keyring, now=NOW)
    bobs, carols = handshake(space, bob), handshake(space, carol)
    sent = [space.seal(b"hello %d" % n, now=NOW) for n in range(3)]
    assert [bobs.open(e).payload for e in sent] == [b"hello 0", b"hello 1", b"hello 2"]

    space.remove(carol.keys.device_id, now=NOW)
    bobs.receive(space.encoded_entries())

    for peer in (alice, bob):
        peer.restart()
    space, bobs = alice.space(space.id), bob.space(space.id)
    assert space.state.epoch.number == 2
    assert bobs.state.epoch.key == space.state.epoch.key
    later = space.seal(b"after the restart", now=NOW)
    assert bobs.open(later).payload == b"after the restart"
    with pytest.raises(UnknownSpace):
        carols.open(later)
    # A restarted sender never reuses a sequence number in the epoch: the receiver's window would refuse it.
    assert bobs.open(space.seal(b"again", now=NOW)).sequence == 1
    with pytest.raises(Replayed):
        bobs.open(later)


def test_an_invite_stays_used_across_a_restart(make_adapters: Callable[[], Adapters]) -> None:
    alice, bob, carol = Peer(make_adapters()), Peer(make_adapters()), Peer(make_adapters())
    space = Space.create(SpaceKind.CIRCLE, alice.keys, alice.adapters.spaces, alice.keyring, now=NOW)
    invite = space.invite(now=NOW)
    challenge = new_challenge()
    proof = prove(invite.secret, invite.inviter, bob.keys.device_id.raw, challenge)
    space.admit(JoinRequest.make(bob.keys, proof, challenge, alice.keys.device_id), challenge, now=NOW)
    alice.restart()
    space = alice.space(space.id)
    again = prove(invite.secret, invite.inviter, carol.keys.device_id.raw, challenge)
    with pytest.raises(InviteUsed):
        space.admit(JoinRequest.make(carol.keys, again, challenge, alice.keys.device_id), challenge, now=NOW)
