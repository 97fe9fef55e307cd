"""The join handshake's messages: how a device with an invite becomes a member of a space.

    joiner                                   inviter (an admin device that issued the invite)
      | -- connects (LAN session, or the relay mailbox named in the invite) -->
      | <-------------------- challenge: 32 random bytes ----------------------- |
      | -- JoinRequest: card, proof = HMAC(secret, inviter ‖ joiner ‖ challenge), the joiner's hybrid key
      |    (if it has one: the inviter seals the key to it with hybrid HPKE), signed by the joiner -->
      |                                           checks the signature, finds the invite the proof
      |                                           matches, refuses it if used or expired, marks it used,
      |                                           adds the joiner to the log with the current key sealed
      | <-- JoinAccepted: space id, confirmation = HMAC(secret, inviter ‖ joiner ‖ challenge ‖ space id),
      |     and the whole membership log;  or JoinRefused: a reason code (expired, used, no such invite,
      |     bad request)
      |  checks the confirmation (the inviter holds the secret too) and that the log adds it with the key

The secret never crosses the network; the proof is bound to both devices and the fresh challenge, so it
cannot be replayed or relayed to another inviter; the joiner's signature proves it holds the key of the card
it asks to be added with. Byte layouts are in docs/protocol.md, "Join handshake".
"""

from __future__ import annotations

import enum
import os
import struct
from dataclasses import dataclass

from sync.errors import SyncError
from sync.identity import (
    HYBRID_PUBLIC_KEY_SIZE,
    SIGNATURE_SIZE,
    DeviceCard,
    DeviceId,
    DeviceKeys,
    IdentityError,
    hybrid_public_key,
    verify_signature,
)
from sync.invites import InviteError, InviteExpired, InviteRejected, InviteUnavailable, InviteUsed

__all__ = [
    "CHALLENGE_SIZE",
    "JoinAccepted",
    "JoinError",
    "JoinRefused",
    "JoinRequest",
    "RefusalReason",
    "decode_reply",
    "new_challenge",
]

CHALLENGE_SIZE = 32
PROOF_SIZE = 32
MAX_REPLY = 16 << 20
_MAGIC = b"CJ"
_VERSION = 1
_REQUEST, _ACCEPTED, _REFUSED = 1, 2, 3
_REQUEST_LABEL = b"commons/join-request/v1"
_HEAD = struct.Struct(">2sBB")


class JoinError(SyncError, ValueError):
    """A handshake message is malformed or does not verify."""


class RefusalReason(enum.IntEnum):
    EXPIRED = 1
    USED = 2
    NO_SUCH_INVITE = 3
    BAD_REQUEST = 4  # the request was malformed or its signature did not verify
    UNAVAILABLE = 5  # the inviting device can no longer add anyone

    @classmethod
    def of(cls, error: InviteError | JoinError) -> RefusalReason:
        if isinstance(error, JoinError):
            return cls.BAD_REQUEST
        if isinstance(error, InviteExpired):
            return cls.EXPIRED
        if isinstance(error, InviteUsed):
            return cls.USED
        if isinstance(error, InviteUnavailable):
            return cls.UNAVAILABLE
        return cls.NO_SUCH_INVITE

    def error(self) -> InviteError:
        """The error the joiner shows: what happened and what to do."""
        if self is RefusalReason.EXPIRED:
            return InviteExpired("This invite has expired; ask for a new one.")
        if self is RefusalReason.USED:
            return InviteUsed("This invite was already used; ask for a new one.")
        if self is RefusalReason.UNAVAILABLE:
            return InviteUnavailable(
                "The inviting device can no longer add anyone; ask an admin for a new invite."
            )
        if self is RefusalReason.BAD_REQUEST:
            return InviteRejected("The inviting device could not read this device's request; try again.")
        return InviteRejected("The code does not match an open invite from that device; check it.")


def new_challenge() -> bytes:
    """The inviter's fresh challenge for one handshake."""
    return os.urandom(CHALLENGE_SIZE)


def _head(kind: int) -> bytes:
    return _HEAD.pack(_MAGIC, _VERSION, kind)


def _read_head(data: bytes) -> int:
    if len(data) < _HEAD.size:
        raise JoinError("the handshake message is truncated")
    magic, version, kind = _HEAD.unpack_from(data)
    if magic != _MAGIC:
        raise JoinError("not a join handshake message")
    if version != _VERSION:
        raise JoinError(f"unsupported join handshake version {version}")
    return int(kind)


@dataclass(frozen=True)
class JoinRequest:
    card: DeviceCard
    proof: bytes
    signature: bytes = b""
    hybrid_key: bytes = b""  # the joiner's hybrid public key (1216 bytes), or empty for an older device

    @staticmethod
    def _signed(
        challenge: bytes, inviter: DeviceId, card: DeviceCard, proof: bytes, hybrid_key: bytes = b""
    ) -> bytes:
        return _REQUEST_LABEL + challenge + inviter.raw + card.to_bytes() + proof + hybrid_key

    @classmethod
    def make(cls, me: DeviceKeys, proof: bytes, challenge: bytes, inviter: DeviceId) -> JoinRequest:
        hybrid = me.hybrid.public_bytes if me.hybrid is not None else b""
        signature = me.sign(cls._signed(challenge, inviter, me.card, proof, hybrid))
        return cls(me.card, proof, signature, hybrid)

    def verify(self, challenge: bytes, inviter: DeviceId) -> None:
        """Raise `JoinError` unless the joiner signed this request for this challenge and inviter."""
        if len(challenge) != CHALLENGE_SIZE:
            raise JoinError("a challenge is 32 bytes")
        message = self._signed(challenge, inviter, self.card, self.proof, self.hybrid_key)
        if not verify_signature(self.card.signing_key, self.signature, message):
            raise JoinError("the join request's signature does not verify")

    def to_bytes(self) -> bytes:
        return _head(_REQUEST) + self.card.to_bytes() + self.proof + self.hybrid_key + self.signature

    @classmethod
    def from_bytes(cls, data: bytes) -> JoinRequest:
        if _read_head(data) != _REQUEST:
            raise JoinError("expected a join request")
        classic = _HEAD.size + 64 + PROOF_SIZE + SIGNATURE_SIZE
        if len(data) not in (classic, classic + HYBRID_PUBLIC_KEY_SIZE):
            raise JoinError("a join request has the wrong length")
        body = data[_HEAD.size :]
        hybrid = bytes(body[64 + PROOF_SIZE : -SIGNATURE_SIZE])
        try:
            card = DeviceCard.from_bytes(body[:64])
            if hybrid:
                hybrid_public_key(hybrid)
        except IdentityError as exc:
            raise JoinError(str(exc)) from None
        return cls(card, bytes(body[64 : 64 + PROOF_SIZE]), bytes(body[-SIGNATURE_SIZE:]), hybrid)


@dataclass(frozen=True)
class JoinAccepted:
    space_id: bytes
    confirmation: bytes  # sync.invites.confirm(...): the inviter holds the secret too
    entries: tuple[bytes, ...]  # the space's membership log, encoded entries

    def to_bytes(self) -> bytes:
        out = [_head(_ACCEPTED), self.space_id, self.confirmation, struct.pack(">I", len(self.entries))]
        for entry in self.entries:
            out += [struct.pack(">I", len(entry)), entry]
        return b"".join(out)


@dataclass(frozen=True)
class JoinRefused:
    reason: RefusalReason

    def to_bytes(self) -> bytes:
        return _head(_REFUSED) + bytes([self.reason])


def decode_reply(data: bytes) -> JoinAccepted | JoinRefused:
    """Read the inviter's reply. Raises `JoinError` (and nothing else) for malformed bytes."""
    if len(data) > MAX_REPLY:
        raise JoinError("the inviter's reply is too large")
    kind = _read_head(data)
    body = data[_HEAD.size :]
    if kind == _REFUSED:
        if len(body) != 1 or body[0] not in {r.value for r in RefusalReason}:
            raise JoinError("the refusal has an unknown reason")
        return JoinRefused(RefusalReason(body[0]))
    if kind != _ACCEPTED:
        raise JoinError("expected the inviter's reply")
    try:
        space_id, confirmation = bytes(body[:16]), bytes(body[16:48])
        (count,) = struct.unpack_from(">I", body, 48)
        offset, entries = 52, []
        for _ in range(count):
            (length,) = struct.unpack_from(">I", body, offset)
            if offset + 4 + length > len(body):
                raise JoinError("the reply is truncated")
            entries.append(bytes(body[offset + 4 : offset + 4 + length]))
            offset += 4 + length
    except struct.error:
        raise JoinError("the reply is truncated") from None
    if offset != len(body) or len(space_id) != 16:
        raise JoinError("the reply has unexpected trailing bytes")
    return JoinAccepted(space_id, confirmation, tuple(entries))
