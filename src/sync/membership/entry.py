"""Membership log entries: their byte layout, signatures, and the sealing of epoch keys (HPKE: hybrid
ML-KEM-768 + X25519 to devices that published a hybrid key, X25519 to the others)."""

from __future__ import annotations

import enum
import functools
import hashlib
import os
import struct
from dataclasses import dataclass, field, replace
from functools import cached_property

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from sync.errors import SyncError
from sync.identity import (
    DEVICE_ID_SIZE,
    HYBRID_PUBLIC_KEY_SIZE,
    SIGNATURE_SIZE,
    DeviceCard,
    DeviceId,
    DeviceKeys,
    HybridKey,
    IdentityError,
    hybrid_public_key,
    verify_signature,
)

SPACE_ID_SIZE = 16
KEY_SIZE = 32
HASH_SIZE = 32
MAX_PARENTS = 16
MAX_RECIPIENTS = 4096
MAX_ENTRY = 5 << 20  # 5 MiB: a hybrid rekey for MAX_RECIPIENTS devices is ~4.9 MiB (a classic one ~0.5 MiB)
MAX_LOG_ENTRIES = 100_000
MAX_ACTORS = 16  # actor ids one card may bind
MAX_ACTOR_ID = 32  # bytes (ours are 16)
MAX_MEMBER_ID = 64
_MAGIC = b"CM"
_VERSION = 1  # every recipient sealed with X25519 HPKE: 80-byte records, no kind byte
_VERSION_HYBRID = 2  # some recipient sealed with hybrid HPKE: each record says which
_SIGN_LABEL = b"commons/membership-entry/v1\n"
_SEAL_INFO = b"commons/epoch-key/v1"
_HYBRID_SEAL_INFO = b"commons/epoch-key/hybrid/v1"
_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)
_HYBRID_SUITE = hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)
SEALED_KEY_SIZE = 32 + KEY_SIZE + 16  # HPKE encapsulated key + ciphertext + tag
HYBRID_SEALED_KEY_SIZE = 1120 + KEY_SIZE + 16  # ML-KEM-768 ciphertext + X25519 share, ciphertext, tag
_SEAL_KIND = {SEALED_KEY_SIZE: 1, HYBRID_SEALED_KEY_SIZE: 2}  # the kind byte of a version 2 record
_SEAL_SIZE = {kind: size for size, kind in _SEAL_KIND.items()}

# magic, version, op, space id, author, at (unix ms), parent count
_HEAD = struct.Struct(">2sBB16s32sQB")
_RECIPIENT = struct.Struct(f">32s{SEALED_KEY_SIZE}s")


class MembershipError(SyncError, ValueError):
    """An entry is malformed, does not verify, or an operation is not allowed; the message says why."""


class Op(enum.IntEnum):
    CREATE = 1
    ADD = 2
    REMOVE = 3
    ROLE = 4
    REKEY = 5
    CARD = 6  # binds a device to the member it speaks for and to the Automerge actor ids it writes with
    KEY = 7  # a device publishes its own hybrid (ML-KEM-768 + X25519) public key


class Role(enum.IntEnum):
    ADMIN = 1  # changes membership and writes
    MEMBER = 2  # writes
    READER = 3  # reads only: a supporter in a support circle; its envelopes are refused


class SpaceKind(enum.IntEnum):
    COMMUNITY = 1
    CIRCLE = 2  # one person's plan sections shared with one supporter
    DEVICES = 3  # one person's own devices


def new_space_id() -> bytes:
    return os.urandom(SPACE_ID_SIZE)


# --- sealing epoch keys -------------------------------------------------------------------------------------


def _seal_info(space_id: bytes, recipient: DeviceId) -> bytes:
    return _SEAL_INFO + space_id + recipient.raw


def seal_key(key: bytes, space_id: bytes, recipient: DeviceCard, hybrid: bytes | None = None) -> bytes:
    """HPKE-seal a 32-byte epoch key to *recipient*, bound to the space and the recipient: with hybrid HPKE to
    its *hybrid* public key if it published one (1168 bytes), else to its X25519 key (80 bytes)."""
    if hybrid is not None:
        info = _HYBRID_SEAL_INFO + space_id + recipient.device_id.raw
        return _HYBRID_SUITE.encrypt(key, _hybrid_public(hybrid), info)
    return _SUITE.encrypt(key, recipient.agreement_public_key(), _seal_info(space_id, recipient.device_id))


@functools.lru_cache(maxsize=4096)
def _hybrid_public(public_bytes: bytes) -> hpke.MLKEM768X25519PublicKey:
    # Parsed once per device: a rekey seals to every member, and parsing costs a third of a sealing.
    return hybrid_public_key(public_bytes)


def open_sealed_key(
    sealed: bytes,
    space_id: bytes,
    me: DeviceId,
    agreement_key: X25519PrivateKey,
    hybrid: HybridKey | None = None,
) -> bytes | None:
    """The epoch key in *sealed*, or None if it was not sealed to this device for this space (a hybrid seal
    needs this device's *hybrid* key)."""
    try:
        if len(sealed) == HYBRID_SEALED_KEY_SIZE:
            if hybrid is None:
                return None
            info = _HYBRID_SEAL_INFO + space_id + me.raw
            key = _HYBRID_SUITE.decrypt(sealed, hybrid.private_key, info)
        else:
            key = _SUITE.decrypt(sealed, agreement_key, _seal_info(space_id, me))
    except (InvalidTag, ValueError):
        return None
    return key if len(key) == KEY_SIZE else None


def is_hybrid(sealed: bytes) -> bool:
    """Whether a sealed epoch key was sealed with hybrid HPKE."""
    return len(sealed) == HYBRID_SEALED_KEY_SIZE


# --- entries ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActorClaim:
    """An Automerge actor id a device writes with. *last_seq* 0: still open; otherwise the last change of that
    actor that counts (set by an admin when the device is removed, so peers agree on what it wrote before)."""

    actor: bytes
    last_seq: int = 0

    def __post_init__(self) -> None:
        if not isinstance(self.actor, bytes) or not 1 <= len(self.actor) <= MAX_ACTOR_ID:
            raise MembershipError(f"an actor id is 1–{MAX_ACTOR_ID} bytes")
        if not isinstance(self.last_seq, int) or not 0 <= self.last_seq < 1 << 63:
            raise MembershipError("an actor's last sequence number is out of range")


def _check_member_id(member_id: str) -> str:
    if (
        not isinstance(member_id, str)
        or not 1 <= len(member_id) <= MAX_MEMBER_ID
        or any(ch not in _MEMBER_ID_CHARS for ch in member_id)
    ):
        raise MembershipError("a member id is 1–64 lowercase letters, digits, '-' or '_'")
    return member_id


_MEMBER_ID_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-_")


@dataclass(frozen=True)
class Entry:
    """One signed membership change. Build with the `create`/`add`/… constructors of `MembershipLog`."""

    op: Op
    space_id: bytes
    author: DeviceId
    at_ms: int
    parents: tuple[bytes, ...]
    kind: SpaceKind | None = None  # CREATE
    card: DeviceCard | None = None  # CREATE (the creator), ADD (the new device)
    role: Role | None = None  # ADD, ROLE
    subject: DeviceId | None = None  # REMOVE, ROLE
    key_ref: bytes = b""  # ADD: hash of the entry whose epoch key is sealed here
    sealed: tuple[tuple[DeviceId, bytes], ...] = ()  # CREATE, ADD (one), REMOVE, REKEY
    member_id: str = ""  # CARD: the community member the subject device speaks for
    actors: tuple[ActorClaim, ...] = ()  # CARD: the actor ids the subject device writes with
    # KEY: the subject's hybrid public key (ML-KEM-768 ‖ X25519); CREATE, ADD: the card's, when its key is sealed
    # with hybrid HPKE (the creator's own; the one the new device signed in its join request)
    hybrid_key: bytes = b""
    signature: bytes = field(default=b"", repr=False)

    # -- encoding --

    def _body(self) -> bytes:
        if self.op is Op.CREATE:
            assert self.kind is not None
            assert self.card is not None
            return bytes([self.kind]) + self.card.to_bytes() + _recipients(self.sealed) + self.hybrid_key
        if self.op is Op.ADD:
            assert self.role is not None
            assert self.card is not None
            card = self.card.to_bytes()
            return bytes([self.role]) + card + self.key_ref + _recipients(self.sealed) + self.hybrid_key
        if self.op is Op.REMOVE or self.op is Op.REKEY:
            subject = self.subject.raw if self.subject is not None else b""
            return subject + _recipients(self.sealed)
        if self.op is Op.KEY:
            assert self.subject is not None
            return self.subject.raw + self.hybrid_key
        if self.op is Op.CARD:
            assert self.subject is not None
            member = _check_member_id(self.member_id).encode("ascii")
            if not 1 <= len(self.actors) <= MAX_ACTORS:
                raise MembershipError(f"a card binds 1–{MAX_ACTORS} actor ids")
            claims = b"".join(
                bytes([len(a.actor)]) + a.actor + struct.pack(">Q", a.last_seq) for a in self.actors
            )
            return self.subject.raw + bytes([len(member)]) + member + bytes([len(self.actors)]) + claims
        assert self.subject is not None
        assert self.role is not None
        return self.subject.raw + bytes([self.role])

    @property
    def version(self) -> int:
        """2 if some recipient's key is sealed with hybrid HPKE (records then carry a kind byte), else 1."""
        return _VERSION_HYBRID if any(is_hybrid(blob) for _, blob in self.sealed) else _VERSION

    def unsigned_bytes(self) -> bytes:
        head = _HEAD.pack(
            _MAGIC, self.version, self.op, self.space_id, self.author.raw, self.at_ms, len(self.parents)
        )
        body = self._body()
        return head + b"".join(self.parents) + struct.pack(">I", len(body)) + body

    def to_bytes(self) -> bytes:
        return self.unsigned_bytes() + self.signature

    @cached_property
    def hash(self) -> bytes:
        return hashlib.sha256(self.to_bytes()).digest()

    def signed_by(self, keys: DeviceKeys) -> Entry:
        if keys.device_id != self.author:
            raise MembershipError("an entry is signed by its author")
        return replace(self, signature=keys.sign(_SIGN_LABEL + self.unsigned_bytes()))

    def signature_valid(self, signing_key: bytes) -> bool:
        return verify_signature(signing_key, self.signature, _SIGN_LABEL + self.unsigned_bytes())

    @classmethod
    def from_bytes(cls, data: bytes) -> Entry:
        """Decode an entry; raises `MembershipError` (and nothing else) for bad bytes."""
        try:
            return _decode(bytes(data))
        except (struct.error, IndexError, ValueError, IdentityError) as exc:
            if isinstance(exc, MembershipError):
                raise
            raise MembershipError(f"malformed membership entry: {exc}") from None


def _recipients(sealed: tuple[tuple[DeviceId, bytes], ...]) -> bytes:
    count = struct.pack(">H", len(sealed))
    if not any(is_hybrid(blob) for _, blob in sealed):
        return count + b"".join(_RECIPIENT.pack(d.raw, s) for d, s in sealed)
    return count + b"".join(d.raw + bytes([_SEAL_KIND[len(s)]]) + s for d, s in sealed)


def _read_record(body: bytes, offset: int, version: int) -> tuple[bytes, bytes, int]:
    if version == _VERSION:
        device, sealed = _RECIPIENT.unpack_from(body, offset)
        return device, sealed, offset + _RECIPIENT.size
    device = body[offset : offset + DEVICE_ID_SIZE]
    size = _SEAL_SIZE.get(body[offset + DEVICE_ID_SIZE])
    start = offset + DEVICE_ID_SIZE + 1
    if size is None or start + size > len(body):
        raise MembershipError("a recipient's sealed key is of no known kind, or truncated")
    return bytes(device), bytes(body[start : start + size]), start + size


def _read_recipients(
    body: bytes, offset: int, version: int
) -> tuple[tuple[tuple[DeviceId, bytes], ...], int]:
    (count,) = struct.unpack_from(">H", body, offset)
    offset += 2
    if count > MAX_RECIPIENTS:
        raise MembershipError(f"more than {MAX_RECIPIENTS} recipients")
    out = []
    seen: set[DeviceId] = set()
    for _ in range(count):
        device, sealed, offset = _read_record(body, offset, version)
        recipient = DeviceId(device)
        if recipient in seen:
            raise MembershipError("a recipient is listed twice")
        seen.add(recipient)
        out.append((recipient, sealed))
    return tuple(out), offset


def _read_card(body: bytes, pos: int) -> tuple[str, tuple[ActorClaim, ...], int]:
    length = body[pos]
    member = body[pos + 1 : pos + 1 + length]
    if len(member) != length:
        raise MembershipError("a card's member id is truncated")
    try:
        member_id = _check_member_id(member.decode("ascii"))
    except UnicodeDecodeError:
        raise MembershipError("a card's member id is not ASCII") from None
    pos += 1 + length
    count = body[pos]
    pos += 1
    if not 1 <= count <= MAX_ACTORS:
        raise MembershipError(f"a card binds 1–{MAX_ACTORS} actor ids")
    claims: list[ActorClaim] = []
    for _ in range(count):
        size = body[pos]
        actor = body[pos + 1 : pos + 1 + size]
        if len(actor) != size:
            raise MembershipError("a card's actor id is truncated")
        (last_seq,) = struct.unpack_from(">Q", body, pos + 1 + size)
        claims.append(ActorClaim(actor, last_seq))
        pos += 1 + size + 8
    if len({c.actor for c in claims}) != len(claims):
        raise MembershipError("a card lists an actor id twice")
    return member_id, tuple(claims), pos


def _read_hybrid_key(body: bytes, pos: int) -> tuple[bytes, int]:
    hybrid_key = bytes(body[pos : pos + HYBRID_PUBLIC_KEY_SIZE])
    _hybrid_public(hybrid_key)  # IdentityError if it is truncated or does not read
    return hybrid_key, pos + HYBRID_PUBLIC_KEY_SIZE


def _read_card_hybrid_key(body: bytes, pos: int, version: int) -> tuple[bytes, int]:
    """A CREATE's or ADD's hybrid key: present exactly when its key is sealed with hybrid HPKE (version 2)."""
    return _read_hybrid_key(body, pos) if version == _VERSION_HYBRID else (b"", pos)


def _decode(data: bytes) -> Entry:
    if len(data) > MAX_ENTRY:
        raise MembershipError(f"membership entry of {len(data)} bytes exceeds the limit of {MAX_ENTRY}")
    magic, version, op_value, space_id, author, at_ms, n_parents = _HEAD.unpack_from(data)
    if magic != _MAGIC:
        raise MembershipError("not a membership entry (bad magic)")
    if version not in (_VERSION, _VERSION_HYBRID):
        raise MembershipError(f"unsupported membership entry version {version}")
    try:
        op = Op(op_value)
    except ValueError:
        raise MembershipError(f"unknown membership operation {op_value}") from None
    if n_parents > MAX_PARENTS or (op is Op.CREATE) != (n_parents == 0):
        raise MembershipError("only the creating entry has no parents, and an entry has at most 16")
    offset = _HEAD.size
    parents = tuple(data[offset + i * HASH_SIZE : offset + (i + 1) * HASH_SIZE] for i in range(n_parents))
    if len(set(parents)) != n_parents:
        raise MembershipError("a parent is listed twice")
    offset += n_parents * HASH_SIZE
    (body_len,) = struct.unpack_from(">I", data, offset)
    offset += 4
    if offset + body_len + SIGNATURE_SIZE != len(data):
        raise MembershipError("the entry's length does not match its contents")
    body = data[offset : offset + body_len]
    signature = data[offset + body_len :]
    fields: dict[str, object] = {}
    pos = 0
    if op is Op.CREATE:
        fields["kind"] = SpaceKind(body[0])
        fields["card"] = DeviceCard.from_bytes(body[1:65])
        fields["sealed"], pos = _read_recipients(body, 65, version)
        fields["hybrid_key"], pos = _read_card_hybrid_key(body, pos, version)
    elif op is Op.ADD:
        fields["role"] = Role(body[0])
        fields["card"] = DeviceCard.from_bytes(body[1:65])
        fields["key_ref"] = body[65 : 65 + HASH_SIZE]
        fields["sealed"], pos = _read_recipients(body, 65 + HASH_SIZE, version)
        if len(fields["sealed"]) != 1:  # type: ignore[arg-type]
            raise MembershipError("an add seals the key to exactly one device")
        fields["hybrid_key"], pos = _read_card_hybrid_key(body, pos, version)
    elif op is Op.REMOVE:
        fields["subject"] = DeviceId(body[:DEVICE_ID_SIZE])
        fields["sealed"], pos = _read_recipients(body, DEVICE_ID_SIZE, version)
    elif op is Op.REKEY:
        fields["sealed"], pos = _read_recipients(body, 0, version)
    elif op is Op.KEY:
        fields["subject"] = DeviceId(body[:DEVICE_ID_SIZE])
        fields["hybrid_key"], pos = _read_hybrid_key(body, DEVICE_ID_SIZE)
    elif op is Op.CARD:
        fields["subject"] = DeviceId(body[:DEVICE_ID_SIZE])
        fields["member_id"], fields["actors"], pos = _read_card(body, DEVICE_ID_SIZE)
    else:
        fields["subject"] = DeviceId(body[:DEVICE_ID_SIZE])
        fields["role"] = Role(body[DEVICE_ID_SIZE])
        pos = DEVICE_ID_SIZE + 1
    if pos != len(body):
        raise MembershipError("the entry has unexpected trailing bytes")
    sealed: tuple[tuple[DeviceId, bytes], ...] = fields.get("sealed", ())  # type: ignore[assignment]
    if (version == _VERSION_HYBRID) != any(is_hybrid(blob) for _, blob in sealed):
        raise MembershipError(
            "an entry is of version 2 exactly when some key in it is sealed with hybrid HPKE"
        )
    return Entry(op, space_id, DeviceId(author), at_ms, parents, signature=signature, **fields)  # type: ignore[arg-type]
