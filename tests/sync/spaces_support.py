"""Devices, spaces and the join handshake for tests: in-memory stores, real keys and real bytes."""

from __future__ import annotations

import datetime as dt

from sync.identity import DeviceKeys
from sync.invites import parse_qr, prove
from sync.join import CHALLENGE_SIZE, JoinAccepted, JoinRequest, decode_reply
from sync.membership import SpaceKind
from sync.ports import InMemorySpaceStore
from sync.spaces import Space, SpaceKeyring

NOW = dt.datetime(2026, 12, 1, 10, 0, tzinfo=dt.UTC)
CHALLENGE = bytes(range(CHALLENGE_SIZE))


class Device:
    """One device: its keys, its store and its keyring."""

    def __init__(self) -> None:
        self.keys = DeviceKeys.generate()
        self.store = InMemorySpaceStore()
        self.keyring = SpaceKeyring()

    def create(self, kind: SpaceKind = SpaceKind.COMMUNITY) -> Space:
        return Space.create(kind, self.keys, self.store, self.keyring, now=NOW)

    def load(self, space_id: bytes) -> Space:
        return Space.load(space_id, self.keys, self.store, self.keyring)


def join(inviter: Space, joiner: Device, *, now: dt.datetime = NOW) -> Space:
    """The whole handshake through bytes, as a transport would carry it."""
    invite = parse_qr(inviter.invite(now=now).qr_payload())
    proof = prove(invite.secret, invite.inviter, joiner.keys.device_id.raw, CHALLENGE)
    request = JoinRequest.make(joiner.keys, proof, CHALLENGE, inviter.me.device_id)
    reply = decode_reply(
        inviter.admit(JoinRequest.from_bytes(request.to_bytes()), CHALLENGE, now=now).to_bytes()
    )
    assert isinstance(reply, JoinAccepted)
    return Space.join(
        reply,
        joiner.keys,
        joiner.store,
        joiner.keyring,
        secret=invite.secret,
        inviter=inviter.me.device_id,
        challenge=CHALLENGE,
        expected_space=invite.space_id,
    )


def sync_entries(*spaces: Space) -> None:
    for source in spaces:
        for target in spaces:
            if target is not source:
                target.receive(source.encoded_entries())
