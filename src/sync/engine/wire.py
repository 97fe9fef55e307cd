"""The sync session's messages, one per frame on a `Channel` (byte layouts in docs/protocol.md, "Sync session").

    frame  = kind (u8) ‖ body
    LOG    (1): space tag (32) ‖ count (u16) ‖ count × (length (u32) ‖ membership entry)
    RECEIPT(3): space tag (32) ‖ asked at (u64, Unix ms): a supporter's device has the support circle's
                "I need support" requests up to that moment (a reader may seal nothing, and the session is
                already authenticated: the receipt needs no envelope)
    SEALED (2): an envelope of the space (sync.envelope), whose payload is
                inner kind (u8) ‖ inner body:
                  HELLO    (1): has document (u8: 0 or 1) ‖ log digest (32) ‖ count (u16) ‖ count × head (32)
                  SNAPSHOT (2): a saved document (possibly followed by changes: whatever one load reads)
                  SYNC     (3): an Automerge sync message
                  (on the relay only, never in a session:)
                  CHANGES  (4): count (u32) ‖ count × (length (u32) ‖ Automerge change)
                  LOG      (5): count (u16) ‖ count × (length (u32) ‖ membership entry)
                  (in support circles only, in sessions and through the relay:)
                  SHARE    (6): a SupportShare (sync.support_circle)
                  ALERT    (7): a SupportRequest (sync.support_circle): "I need support"
                  (in community sessions:)
                  PROOFS   (8): count (u32) ‖ count × change proof (sync.community.ChangeProof)
                                [‖ a SYNC body the proofs vouch for, in the same envelope]

A CHANGES payload may end with the sender's change proofs (the same encoding as PROOFS' body), which vouch for
the changes it carries: a receiver applies a change only with a proof from its author's device.

A HELLO may end with a relay note, when its sender uses a relay for the space:
    relay id (8) ‖ cursor (u64) ‖ count (u16) ‖ count × relay head (32)
A peer in sync with the sender holds everything the sender applied from that relay, so it moves its own
cursor up to the note's instead of fetching the same envelopes again.

The log digest is SHA-256 over the sorted heads of the space's membership log: a peer whose digest differs
is sent our LOG. Whether two copies are in sync needs no message of its own: a HELLO names the sender's heads,
and so does every Automerge sync message (its first field).

Membership entries travel outside envelopes: each is signed, and a device that missed a new epoch key must
still be able to learn it. Everything about a document travels inside envelopes of its space, so only members
of the epoch can read it and every message is signed by a device that may write.
"""

from __future__ import annotations

import enum
import hashlib
import struct
from dataclasses import dataclass

from sync.errors import SyncError
from sync.frames import MAX_FRAME

__all__ = [
    "Hello",
    "Inner",
    "Kind",
    "Log",
    "ProtocolError",
    "Receipt",
    "RelayNote",
    "Sealed",
    "decode",
    "decode_changes",
    "decode_changes_and_proofs",
    "decode_inner",
    "decode_log",
    "encode_changes",
    "encode_changes_with_proofs",
    "encode_inner",
    "encode_log",
    "log_digest",
]

TAG_SIZE = 32
HEAD_SIZE = 32
MAX_HEADS = 1024
MAX_LOG_BATCH = 4096


class ProtocolError(SyncError):
    """A peer sent a message this protocol does not allow; the session with that peer is closed."""


class Kind(enum.IntEnum):
    LOG = 1
    SEALED = 2
    RECEIPT = 3  # a supporter's device acknowledges "I need support" (see the module docstring)


class Inner(enum.IntEnum):
    HELLO = 1
    SNAPSHOT = 2
    SYNC = 3
    CHANGES = 4
    LOG = 5
    SHARE = 6  # a support circle's share (sync.support_circle), in sessions and through the relay
    ALERT = 7  # "I need support" (sync.support_circle.SupportRequest), from the person's devices to a circle
    PROOFS = 8  # change proofs (sync.community.ChangeProof) vouching for the SYNC and SNAPSHOT that follow


RELAY_ID_SIZE = 8
MAX_CHANGES = 1_000_000


@dataclass(frozen=True)
class Log:
    space_tag: bytes
    entries: tuple[bytes, ...]

    def to_bytes(self) -> bytes:
        if len(self.entries) > MAX_LOG_BATCH:
            raise ValueError(f"at most {MAX_LOG_BATCH} entries per LOG message")
        out = [bytes([Kind.LOG]), self.space_tag, struct.pack(">H", len(self.entries))]
        for entry in self.entries:
            out += [struct.pack(">I", len(entry)), entry]
        return b"".join(out)


@dataclass(frozen=True)
class Sealed:
    envelope: bytes

    def to_bytes(self) -> bytes:
        return bytes([Kind.SEALED]) + self.envelope


@dataclass(frozen=True)
class Receipt:
    space_tag: bytes
    at_ms: int

    def to_bytes(self) -> bytes:
        return bytes([Kind.RECEIPT]) + self.space_tag + struct.pack(">Q", self.at_ms)

    @classmethod
    def from_frame(cls, frame: bytes) -> Receipt:
        if len(frame) != 1 + TAG_SIZE + 8:
            raise ProtocolError("a RECEIPT is malformed")
        (at_ms,) = struct.unpack_from(">Q", frame, 1 + TAG_SIZE)
        if at_ms >= 2**63:
            raise ProtocolError("a RECEIPT names no moment")
        return cls(bytes(frame[1 : 1 + TAG_SIZE]), at_ms)


@dataclass(frozen=True)
class RelayNote:
    """How far the sender of a HELLO has come with the space's relay (see the module's docstring)."""

    relay_id: bytes
    cursor: int
    heads: tuple[bytes, ...]

    def to_bytes(self) -> bytes:
        return self.relay_id + struct.pack(">Q", self.cursor) + _heads(self.heads)


@dataclass(frozen=True)
class Hello:
    has_document: bool
    log_digest: bytes
    heads: tuple[bytes, ...]
    relay: RelayNote | None = None

    def to_bytes(self) -> bytes:
        note = self.relay.to_bytes() if self.relay is not None else b""
        return encode_inner(
            Inner.HELLO, bytes([int(self.has_document)]) + self.log_digest + _heads(self.heads) + note
        )

    @classmethod
    def from_body(cls, body: bytes) -> Hello:
        if len(body) < 1 + HEAD_SIZE + 2 or body[0] not in (0, 1):
            raise ProtocolError("a HELLO is malformed")
        (count,) = struct.unpack_from(">H", body, 1 + HEAD_SIZE)
        end = 1 + HEAD_SIZE + 2 + count * HEAD_SIZE
        if count > MAX_HEADS or len(body) < end:
            raise ProtocolError("a HELLO message's heads do not match its length")
        heads = _read_heads(body[1 + HEAD_SIZE : end], "HELLO")
        note = None
        if len(body) > end:
            rest = body[end:]
            if len(rest) < RELAY_ID_SIZE + 8 + 2:
                raise ProtocolError("a HELLO's relay note is truncated")
            (cursor,) = struct.unpack_from(">Q", rest, RELAY_ID_SIZE)
            note = RelayNote(
                bytes(rest[:RELAY_ID_SIZE]), cursor, _read_heads(rest[RELAY_ID_SIZE + 8 :], "HELLO")
            )
        return cls(bool(body[0]), bytes(body[1 : 1 + HEAD_SIZE]), heads, note)


def encode_changes(changes: list[bytes]) -> bytes:
    """A CHANGES payload (relay only)."""
    return encode_inner(
        Inner.CHANGES,
        struct.pack(">I", len(changes)) + b"".join(struct.pack(">I", len(c)) + c for c in changes),
    )


def encode_changes_with_proofs(changes: list[bytes], proofs: bytes) -> bytes:
    """A CHANGES payload followed by encoded change proofs (`ChangeProof.encode_all`)."""
    return encode_changes(changes) + proofs


def decode_changes(body: bytes) -> list[bytes]:
    return decode_changes_and_proofs(body)[0]


def decode_changes_and_proofs(body: bytes) -> tuple[list[bytes], bytes]:
    """The changes of a CHANGES payload and the encoded proofs after them (empty when it has none)."""
    items, end = _read_items_at(body, 4, MAX_CHANGES, "CHANGES")
    return list(items), body[end:]


def encode_log(entries: list[bytes]) -> bytes:
    """A LOG payload (relay only): membership entries, sealed, so the relay never sees who is a member."""
    return encode_inner(
        Inner.LOG, struct.pack(">H", len(entries)) + b"".join(struct.pack(">I", len(e)) + e for e in entries)
    )


def decode_log(body: bytes) -> list[bytes]:
    return list(_read_items(body, 2, MAX_LOG_BATCH, "LOG"))


def _read_items(body: bytes, count_size: int, limit: int, what: str) -> tuple[bytes, ...]:
    items, end = _read_items_at(body, count_size, limit, what)
    if end != len(body):
        raise ProtocolError(f"a {what} message has trailing bytes")
    return items


def _read_items_at(body: bytes, count_size: int, limit: int, what: str) -> tuple[tuple[bytes, ...], int]:
    """The items at the start of *body* and where they end."""
    if len(body) < count_size:
        raise ProtocolError(f"a {what} message is truncated")
    count = int.from_bytes(body[:count_size], "big")
    if count > limit:
        raise ProtocolError(f"a {what} message carries too many items")
    offset, items = count_size, []
    for _ in range(count):
        if offset + 4 > len(body):
            raise ProtocolError(f"a {what} message is truncated")
        (length,) = struct.unpack_from(">I", body, offset)
        if length == 0 or offset + 4 + length > len(body):
            raise ProtocolError(f"a {what} message is truncated")
        items.append(bytes(body[offset + 4 : offset + 4 + length]))
        offset += 4 + length
    return tuple(items), offset


def log_digest(heads: tuple[bytes, ...]) -> bytes:
    """What a HELLO says of the sender's membership log: SHA-256 over its sorted heads."""
    return hashlib.sha256(b"".join(sorted(heads))).digest()


def _heads(heads: tuple[bytes, ...]) -> bytes:
    return struct.pack(">H", len(heads)) + b"".join(heads)


def _read_heads(body: bytes, what: str) -> tuple[bytes, ...]:
    if len(body) < 2:
        raise ProtocolError(f"a {what} message is truncated")
    (count,) = struct.unpack_from(">H", body)
    if count > MAX_HEADS or len(body) != 2 + count * HEAD_SIZE:
        raise ProtocolError(f"a {what} message's heads do not match its length")
    return tuple(bytes(body[2 + i * HEAD_SIZE : 2 + (i + 1) * HEAD_SIZE]) for i in range(count))


def encode_inner(kind: Inner, body: bytes) -> bytes:
    return bytes([kind]) + body


def decode_inner(payload: bytes) -> tuple[Inner, bytes]:
    if not payload:
        raise ProtocolError("an empty sealed message")
    try:
        kind = Inner(payload[0])
    except ValueError:
        raise ProtocolError(f"unknown sealed message kind {payload[0]}") from None
    return kind, payload[1:]


def decode(frame: bytes) -> Log | Sealed | Receipt:
    """Read one frame. Raises `ProtocolError` (and nothing else) for anything malformed."""
    if not frame or len(frame) > MAX_FRAME:
        raise ProtocolError("an empty or oversized frame")
    if frame[0] == Kind.SEALED:
        return Sealed(bytes(frame[1:]))
    if frame[0] == Kind.RECEIPT:
        return Receipt.from_frame(frame)
    if frame[0] != Kind.LOG:
        raise ProtocolError(f"unknown message kind {frame[0]}")
    if len(frame) < 1 + TAG_SIZE + 2:
        raise ProtocolError("a LOG message is truncated")
    tag = bytes(frame[1 : 1 + TAG_SIZE])
    (count,) = struct.unpack_from(">H", frame, 1 + TAG_SIZE)
    if count > MAX_LOG_BATCH:
        raise ProtocolError("a LOG message carries too many entries")
    offset, entries = 3 + TAG_SIZE, []
    for _ in range(count):
        if offset + 4 > len(frame):
            raise ProtocolError("a LOG message is truncated")
        (length,) = struct.unpack_from(">I", frame, offset)
        if offset + 4 + length > len(frame):
            raise ProtocolError("a LOG message is truncated")
        entries.append(bytes(frame[offset + 4 : offset + 4 + length]))
        offset += 4 + length
    if offset != len(frame):
        raise ProtocolError("a LOG message has trailing bytes")
    return Log(tag, tuple(entries))
