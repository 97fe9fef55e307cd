"""Who may write what: the writers of a community (from its membership log) and the proofs of each change's author.

A peer's change enters a copy of the document only when

1. its Automerge actor id is bound, by a card in the space's membership log, to a device of the space (a
   `Writer`), and that actor was not closed before this change (`last_seq`) nor its device removed;
2. the receiver holds a `ChangeProof`: the writer's device signed (Ed25519) the hash of one of its changes, and
   this change is that one or in its history. A change's hash covers its dependencies, so one signature over
   the latest change vouches for every earlier change of that actor, whichever peer forwards them;
3. every operation in it keeps the write rules (`sync.community._rules`). Rules that depend on a role (admin-only
   writes) or on who the members are (a proposal's voters) are judged against the membership log as the change's
   author saw it: the log replayed to the heads the change names (`sync.community._log_heads`), never the
   receiver's copy of the log as it stands.

A change that fails 1 or 3 is quarantined: kept with its author and reason for review, never applied. One that
lacks a proof so far waits (the proof may come with the next message) and is listed while it waits.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from sync.identity import SIGNATURE_SIZE, Signer, verify_signature

from .errors import CorruptDocumentError

__all__ = ["ChangeProof", "LogHistory", "LogPoint", "Quarantined", "Writer", "Writers"]

_PROOF_LABEL = b"commons/change-proof/v1\n"
HASH_SIZE = 32
SPACE_ID_SIZE = 16
MAX_ACTOR = 32
MAX_PROOFS = 65_536
MAX_VERIFIED = 65_536  # proofs remembered as verified per document
_MAX_TEXT = 1_000  # bytes of a member id, device id or reason kept in a review item


@dataclass(frozen=True)
class Writer:
    """An actor id that may write, as the membership log binds it."""

    actor: bytes
    device_id: str  # hex, as the document writes device ids
    member_id: str
    signing_key: bytes  # the device's raw Ed25519 public key
    admin: bool  # the device is an admin of the space (the log's role)
    last_seq: int = 0  # the last change of this actor that counts; 0: no limit
    removed: bool = False  # the device was removed from the space
    creator: bool = False  # the device created the space: its first change lays the document out


@dataclass(frozen=True)
class LogPoint:
    """The membership log at one set of heads: who was an admin and who was a member there."""

    heads: tuple[bytes, ...]  # sorted; no head is before another
    entries: frozenset[bytes]  # the heads and every entry before them
    admins: frozenset[str]  # devices (hex ids) that were admins
    members: tuple[str, ...]  # sorted member ids of the carded devices that were members (any role)


class LogHistory(Protocol):
    """The space's membership log as it was at any heads it holds (built by `sync.spaces.writers_of`)."""

    def current(self) -> tuple[bytes, ...]:
        """The log's heads now: what this device's own changes name."""
        ...

    def at(self, heads: Iterable[bytes]) -> LogPoint | None:
        """The log at *heads* (no heads: its creating entry alone), or None while it lacks one of them."""
        ...


class _FixedLog:
    """A log with no history: every change is judged by the roles *writers* hold now (tests and tools that build
    `Writers` by hand; the engine always passes the real log)."""

    def __init__(self, writers: Iterable[Writer]) -> None:
        live = [w for w in writers if not w.removed]
        self._admins = frozenset(w.device_id for w in live if w.admin)
        self._members = tuple(sorted({w.member_id for w in live}))

    def current(self) -> tuple[bytes, ...]:
        return ()

    def at(self, heads: Iterable[bytes]) -> LogPoint:
        named = tuple(sorted(set(heads)))
        return LogPoint(named, frozenset(named), self._admins, self._members)


class Writers:
    """Every writer of one space, by actor id, and the log's history. Built by the engine from the space's
    membership log."""

    def __init__(self, writers: Iterable[Writer] = (), history: LogHistory | None = None) -> None:
        self._by_actor: dict[bytes, Writer] = {w.actor: w for w in writers}
        self.history: LogHistory = history if history is not None else _FixedLog(self._by_actor.values())
        self._devices: dict[str, set[str]] = {}
        self._keys: dict[str, bytes] = {}
        for w in self._by_actor.values():
            self._devices.setdefault(w.member_id, set()).add(w.device_id)
            self._keys[w.device_id] = w.signing_key

    def __len__(self) -> int:
        return len(self._by_actor)

    def of_actor(self, actor: bytes) -> Writer | None:
        return self._by_actor.get(actor)

    def devices_of(self, member_id: str) -> frozenset[str]:
        """The devices (hex ids) that speak for *member_id*, removed ones too (their earlier records stay)."""
        return frozenset(self._devices.get(member_id, ()))

    def member_of_device(self, device_id: str) -> str | None:
        for member, devices in self._devices.items():
            if device_id in devices:
                return member
        return None

    def key_of(self, device_id: str) -> bytes | None:
        """The raw Ed25519 public key of a device the log knows."""
        return self._keys.get(device_id)

    def verify(self, device_id: str, message: bytes, signature: bytes) -> bool:
        """A `Verifier` (sync.community.signed) over the devices the log knows."""
        key = self._keys.get(device_id)
        return key is not None and verify_signature(key, signature, message)


@dataclass(frozen=True)
class ChangeProof:
    """A device's signature over one of its changes: (actor, seq, hash) in one space."""

    actor: bytes
    seq: int
    change_hash: bytes
    signature: bytes

    @staticmethod
    def signing_bytes(space_id: bytes, actor: bytes, seq: int, change_hash: bytes) -> bytes:
        return _PROOF_LABEL + space_id + bytes([len(actor)]) + actor + struct.pack(">Q", seq) + change_hash

    @classmethod
    def sign(cls, signer: Signer, space_id: bytes, actor: bytes, seq: int, change_hash: bytes) -> ChangeProof:
        return cls(actor, seq, change_hash, signer.sign(cls.signing_bytes(space_id, actor, seq, change_hash)))

    def valid(self, space_id: bytes, writer: Writer) -> bool:
        message = self.signing_bytes(space_id, self.actor, self.seq, self.change_hash)
        return writer.actor == self.actor and verify_signature(writer.signing_key, self.signature, message)

    def to_bytes(self) -> bytes:
        return (
            bytes([len(self.actor)])
            + self.actor
            + struct.pack(">Q", self.seq)
            + self.change_hash
            + self.signature
        )

    @staticmethod
    def encode_all(proofs: Iterable[ChangeProof]) -> bytes:
        items = [p.to_bytes() for p in proofs]
        return struct.pack(">I", len(items)) + b"".join(items)

    @classmethod
    def decode_all(cls, data: bytes) -> tuple[tuple[ChangeProof, ...], int]:
        """Proofs written by `encode_all` at the start of *data*, and the bytes they took."""
        if len(data) < 4:
            raise CorruptDocumentError("a list of change proofs is truncated")
        (count,) = struct.unpack_from(">I", data)
        if count > MAX_PROOFS or count > (len(data) - 4) // (1 + 1 + 8 + HASH_SIZE + SIGNATURE_SIZE):
            raise CorruptDocumentError("a list of change proofs holds more than it can")
        pos, out = 4, []
        for _ in range(count):
            if pos >= len(data):  # a proof is 106–137 bytes: the count check above cannot see every shortfall
                raise CorruptDocumentError("a list of change proofs is truncated")
            size = data[pos]
            end = pos + 1 + size + 8 + HASH_SIZE + SIGNATURE_SIZE
            if not 1 <= size <= MAX_ACTOR or end > len(data):
                raise CorruptDocumentError("a change proof is malformed")
            actor = data[pos + 1 : pos + 1 + size]
            (seq,) = struct.unpack_from(">Q", data, pos + 1 + size)
            digest = data[pos + 9 + size : pos + 9 + size + HASH_SIZE]
            out.append(cls(actor, seq, digest, data[end - SIGNATURE_SIZE : end]))
            pos = end
        return tuple(out), pos


@dataclass(frozen=True)
class Quarantined:
    """A change that was refused: never applied, kept for review."""

    change_hash: bytes
    actor: bytes
    seq: int
    member_id: str  # "" when the actor belongs to no member
    device_id: str
    reason: str
    data: bytes

    def describe(self) -> str:
        who = f"member '{self.member_id}'" if self.member_id else f"unknown actor {self.actor.hex()[:12]}"
        return f"change {self.change_hash.hex()[:12]} by {who}: {self.reason}"

    # What is kept for review across restarts: everything but the change's bytes (never applied, so never
    # needed; a peer that sends the change again finds it by its hash).

    def to_bytes(self) -> bytes:
        texts = [t.encode("utf-8")[:_MAX_TEXT] for t in (self.member_id, self.device_id, self.reason)]
        return (
            self.change_hash
            + bytes([len(self.actor)])
            + self.actor
            + struct.pack(">Q", self.seq)
            + b"".join(struct.pack(">H", len(t)) + t for t in texts)
        )

    @staticmethod
    def encode_all(items: Iterable[Quarantined]) -> bytes:
        encoded = [q.to_bytes() for q in items]
        return struct.pack(">I", len(encoded)) + b"".join(encoded)

    @classmethod
    def decode_all(cls, data: bytes) -> tuple[Quarantined, ...]:
        """Items written by `encode_all`; CorruptDocumentError for anything else."""
        try:
            (count,) = struct.unpack_from(">I", data)
            if count > (len(data) - 4) // (HASH_SIZE + 1 + 1 + 8 + 6):
                raise CorruptDocumentError("a review list holds more than it can")
            pos, out = 4, []
            for _ in range(count):
                digest = data[pos : pos + HASH_SIZE]
                size = data[pos + HASH_SIZE]
                actor = data[pos + HASH_SIZE + 1 : pos + HASH_SIZE + 1 + size]
                (seq,) = struct.unpack_from(">Q", data, pos + HASH_SIZE + 1 + size)
                pos += HASH_SIZE + 1 + size + 8
                texts = []
                for _ in range(3):
                    (length,) = struct.unpack_from(">H", data, pos)
                    texts.append(data[pos + 2 : pos + 2 + length].decode("utf-8"))
                    pos += 2 + length
                if len(digest) != HASH_SIZE or len(actor) != size or pos > len(data):
                    raise CorruptDocumentError("a review list is truncated")
                out.append(cls(digest, actor, seq, texts[0], texts[1], texts[2], b""))
        except (struct.error, IndexError, UnicodeDecodeError):
            raise CorruptDocumentError("a review list is malformed") from None
        if pos != len(data):
            raise CorruptDocumentError("a review list has trailing bytes")
        return tuple(out)


def best_proofs(
    proofs: Iterable[ChangeProof], writers: Writers, space_id: bytes, verified: dict[ChangeProof, bytes]
) -> dict[bytes, list[ChangeProof]]:
    """The proofs that verify, by actor, highest sequence first. *verified* remembers the proofs that verified
    (with the signing key they verified with), so a proof offered again costs no second verification."""
    out: dict[bytes, list[ChangeProof]] = {}
    for proof in proofs:
        writer = writers.of_actor(proof.actor)
        if writer is None:
            continue
        if verified.get(proof) != writer.signing_key:
            if not proof.valid(space_id, writer):
                continue
            if len(verified) >= MAX_VERIFIED:
                del verified[next(iter(verified))]
            verified[proof] = writer.signing_key
        out.setdefault(proof.actor, []).append(proof)
    for listed in out.values():
        listed.sort(key=lambda p: -p.seq)
    return out
