"""A space's membership log: signed, hash-chained entries, linearised by one deterministic rule.

Every change to who belongs to a space — creating it, adding a device, removing one, changing a role, issuing a
new key — is an `Entry` signed by the device that made it, naming the hashes of the entries it has seen (its
parents). The entries form a DAG; `MembershipLog.state()` replays them in one order that depends only on the
set of entries, so every device that holds the same entries reaches the same state whatever order they
arrived in.

**Linearisation.** Repeatedly take, among the entries whose parents have all been replayed, the one whose
author is the most senior admin in the state replayed so far (seniority = the position at which the author
last became an admin; the creator is 0; authors who are not admins come last), ties broken by the smaller
entry hash. Then apply it if it is valid *in that state*, otherwise record it as void with the reason. So
when two admins remove each other concurrently, the senior one's removal is replayed first and the junior
one's is void: the junior is no longer an admin when its entry comes up.

**Epochs.** The creator's entry and every `remove` and `rekey` introduce a new epoch key (32 random bytes),
sealed with HPKE (RFC 9180: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20-Poly1305) to each device the
author believed would remain. An epoch's number is 1 for the creator's entry and, for a later key entry, one
more than the level of its parents, where each key entry (void or not) raises the level by one: it follows
causality, so entries arriving later never renumber an epoch.
Concurrent key entries can share a number; their keys, and so their space tags, differ. An `add` seals the key of the
epoch its author was in to the new device. Concurrent changes can leave a key sealed to a device that has
since been removed, or a member without the current key; the state then says `needs_rekey`, nobody seals
new envelopes in that epoch, and any admin issues a `rekey` (sealed to exactly the current members). Byte
layouts and the key schedule are in docs/protocol.md, "Membership log".
"""

from __future__ import annotations

import enum
import hashlib
import os
import struct
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from sync.errors import SyncError
from sync.identity import (
    DEVICE_ID_SIZE,
    SIGNATURE_SIZE,
    DeviceCard,
    DeviceId,
    DeviceKeys,
    IdentityError,
    verify_signature,
)

__all__ = [
    "MAX_ENTRY",
    "MAX_LOG_ENTRIES",
    "SPACE_ID_SIZE",
    "Entry",
    "EpochInfo",
    "MembershipError",
    "MembershipLog",
    "MembershipState",
    "Op",
    "Role",
    "SpaceKind",
    "new_space_id",
    "open_sealed_key",
    "seal_key",
]

SPACE_ID_SIZE = 16
KEY_SIZE = 32
HASH_SIZE = 32
MAX_PARENTS = 16
MAX_RECIPIENTS = 4096
MAX_ENTRY = 1 << 20  # 1 MiB: a rekey for MAX_RECIPIENTS devices is ~0.5 MiB
MAX_LOG_ENTRIES = 100_000
_MAGIC = b"CM"
_VERSION = 1
_SIGN_LABEL = b"commons/membership-entry/v1\n"
_SEAL_INFO = b"commons/epoch-key/v1"
_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)
SEALED_KEY_SIZE = 32 + KEY_SIZE + 16  # HPKE encapsulated key + ciphertext + tag

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


def seal_key(key: bytes, space_id: bytes, recipient: DeviceCard) -> bytes:
    """HPKE-seal a 32-byte epoch key to *recipient*'s X25519 key, bound to the space and the recipient."""
    return _SUITE.encrypt(key, recipient.agreement_public_key(), _seal_info(space_id, recipient.device_id))


def open_sealed_key(
    sealed: bytes, space_id: bytes, me: DeviceId, agreement_key: X25519PrivateKey
) -> bytes | None:
    """The epoch key in *sealed*, or None if it was not sealed to this device for this space."""
    try:
        key = _SUITE.decrypt(sealed, agreement_key, _seal_info(space_id, me))
    except (InvalidTag, ValueError):
        return None
    return key if len(key) == KEY_SIZE else None


# --- entries ------------------------------------------------------------------------------------------------


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
    signature: bytes = field(default=b"", repr=False)

    # -- encoding --

    def _body(self) -> bytes:
        if self.op is Op.CREATE:
            assert self.kind is not None
            assert self.card is not None
            return bytes([self.kind]) + self.card.to_bytes() + _recipients(self.sealed)
        if self.op is Op.ADD:
            assert self.role is not None
            assert self.card is not None
            return bytes([self.role]) + self.card.to_bytes() + self.key_ref + _recipients(self.sealed)
        if self.op is Op.REMOVE or self.op is Op.REKEY:
            subject = self.subject.raw if self.subject is not None else b""
            return subject + _recipients(self.sealed)
        assert self.subject is not None
        assert self.role is not None
        return self.subject.raw + bytes([self.role])

    def unsigned_bytes(self) -> bytes:
        head = _HEAD.pack(
            _MAGIC, _VERSION, self.op, self.space_id, self.author.raw, self.at_ms, len(self.parents)
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
    return struct.pack(">H", len(sealed)) + b"".join(_RECIPIENT.pack(d.raw, s) for d, s in sealed)


def _read_recipients(body: bytes, offset: int) -> tuple[tuple[tuple[DeviceId, bytes], ...], int]:
    (count,) = struct.unpack_from(">H", body, offset)
    offset += 2
    if count > MAX_RECIPIENTS:
        raise MembershipError(f"more than {MAX_RECIPIENTS} recipients")
    out = []
    seen: set[DeviceId] = set()
    for _ in range(count):
        device, sealed = _RECIPIENT.unpack_from(body, offset)
        offset += _RECIPIENT.size
        recipient = DeviceId(device)
        if recipient in seen:
            raise MembershipError("a recipient is listed twice")
        seen.add(recipient)
        out.append((recipient, sealed))
    return tuple(out), offset


def _decode(data: bytes) -> Entry:
    if len(data) > MAX_ENTRY:
        raise MembershipError(f"membership entry of {len(data)} bytes exceeds the limit of {MAX_ENTRY}")
    magic, version, op_value, space_id, author, at_ms, n_parents = _HEAD.unpack_from(data)
    if magic != _MAGIC:
        raise MembershipError("not a membership entry (bad magic)")
    if version != _VERSION:
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
        fields["sealed"], pos = _read_recipients(body, 65)
    elif op is Op.ADD:
        fields["role"] = Role(body[0])
        fields["card"] = DeviceCard.from_bytes(body[1:65])
        fields["key_ref"] = body[65 : 65 + HASH_SIZE]
        fields["sealed"], pos = _read_recipients(body, 65 + HASH_SIZE)
        if len(fields["sealed"]) != 1:  # type: ignore[arg-type]
            raise MembershipError("an add seals the key to exactly one device")
    elif op is Op.REMOVE:
        fields["subject"] = DeviceId(body[:DEVICE_ID_SIZE])
        fields["sealed"], pos = _read_recipients(body, DEVICE_ID_SIZE)
    elif op is Op.REKEY:
        fields["sealed"], pos = _read_recipients(body, 0)
    else:
        fields["subject"] = DeviceId(body[:DEVICE_ID_SIZE])
        fields["role"] = Role(body[DEVICE_ID_SIZE])
        pos = DEVICE_ID_SIZE + 1
    if pos != len(body):
        raise MembershipError("the entry has unexpected trailing bytes")
    return Entry(op, space_id, DeviceId(author), at_ms, parents, signature=signature, **fields)  # type: ignore[arg-type]


# --- state --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EpochInfo:
    number: int
    key_ref: bytes  # hash of the entry that introduced the key
    key: bytes | None  # None if it was not sealed to this device
    recipients: frozenset[DeviceId]
    safe: bool  # sealed to exactly the members at its place in the replay order
    senders: frozenset[DeviceId]  # devices that were members (and not readers) at some point in the epoch


@dataclass(frozen=True)
class Member:
    card: DeviceCard
    role: Role
    admin_rank: int | None  # replay position at which it last became an admin


@dataclass(frozen=True)
class MembershipState:
    space_id: bytes
    kind: SpaceKind
    creator: DeviceId
    members: Mapping[DeviceId, Member]
    cards: Mapping[DeviceId, DeviceCard]  # every device ever added, members or not
    epochs: tuple[EpochInfo, ...]
    holders: Mapping[bytes, frozenset[DeviceId]]  # key_ref -> devices the key was sealed to
    void: tuple[tuple[bytes, str], ...]  # (entry hash, why it had no effect), in replay order
    removed: frozenset[DeviceId]  # removed and not added again
    heads: tuple[bytes, ...]
    order: tuple[bytes, ...]  # entry hashes in replay order

    @property
    def epoch(self) -> EpochInfo:
        return self.epochs[-1]

    @property
    def needs_rekey(self) -> bool:
        """The current key is sealed to a non-member, or some member lacks it: issue a rekey first."""
        current = self.epoch
        return not current.safe or any(
            device not in self.holders.get(current.key_ref, frozenset()) for device in self.members
        )

    def role_of(self, device: DeviceId) -> Role | None:
        member = self.members.get(device)
        return member.role if member else None

    def may_send(self, device: DeviceId, epoch: EpochInfo) -> bool:
        """Whether *device*'s envelopes in *epoch* are accepted: a writer then and still a member now."""
        member = self.members.get(device)
        if member is None or member.role is Role.READER:
            return False
        return device in epoch.senders


class _Replay:
    """Mutable state while replaying; frozen into a MembershipState at the end."""

    def __init__(self, create: Entry, me: DeviceKeys | None) -> None:
        assert create.card is not None
        assert create.kind is not None
        self.space_id = create.space_id
        self.me = me
        self.members: dict[DeviceId, Member] = {create.author: Member(create.card, Role.ADMIN, 0)}
        self.epochs: list[EpochInfo] = []
        self.holders: dict[bytes, set[DeviceId]] = {}
        self.keys: dict[bytes, bytes] = {}
        self.void: list[tuple[bytes, str]] = []
        self.removed: set[DeviceId] = set()
        self.position = 0
        self.level: dict[bytes, int] = {create.hash: 1}  # epoch number in force after each entry
        self._open_epoch(create, 1)

    def _key_for_me(self, key_ref: bytes, sealed: Iterable[tuple[DeviceId, bytes]]) -> None:
        if self.me is None or key_ref in self.keys:
            return
        for device, blob in sealed:
            if device == self.me.device_id:
                key = open_sealed_key(blob, self.space_id, device, self.me.agreement_key)
                if key is not None:
                    self.keys[key_ref] = key

    def _open_epoch(self, entry: Entry, number: int) -> None:
        ref = entry.hash
        recipients = frozenset(d for d, _ in entry.sealed)
        self.holders[ref] = set(recipients)
        self._key_for_me(ref, entry.sealed)
        self.epochs.append(
            EpochInfo(
                number=number,
                key_ref=ref,
                key=self.keys.get(ref),
                recipients=recipients,
                safe=recipients == set(self.members),
                senders=frozenset(d for d, m in self.members.items() if m.role is not Role.READER),
            )
        )

    def _admins(self) -> list[DeviceId]:
        return [d for d, m in self.members.items() if m.role is Role.ADMIN]

    def rank(self, device: DeviceId) -> int:
        member = self.members.get(device)
        if member is None or member.role is not Role.ADMIN or member.admin_rank is None:
            return 1 << 62
        return member.admin_rank

    def apply(self, entry: Entry) -> str | None:
        """Apply *entry*; return why it is void, or None."""
        self.position += 1
        # Epoch numbers follow causality, not the replay order, so a late-arriving concurrent entry never
        # renumbers an epoch someone already sealed in: every REMOVE and REKEY among the entry's ancestors
        # counts (void ones too, so numbers can skip). Concurrent key entries can share a number; their space
        # tags differ.
        level = max(self.level[p] for p in entry.parents)
        if entry.op in (Op.REMOVE, Op.REKEY):
            level += 1
        self.level[entry.hash] = level
        author = self.members.get(entry.author)
        if entry.op is Op.CREATE:
            return "a space is created once"
        if author is None:
            return "the author is not a member"
        leaving = entry.op is Op.REMOVE and entry.subject == entry.author
        if author.role is not Role.ADMIN and not leaving:
            return "the author is not an admin"
        if entry.op is Op.ADD:
            assert entry.card is not None
            assert entry.role is not None
            new = entry.card.device_id
            if new in self.members:
                return "the device is already a member"
            if len(self.members) >= MAX_RECIPIENTS:
                return f"a space holds at most {MAX_RECIPIENTS} devices"
            if entry.key_ref not in self.holders:
                return "the sealed key belongs to no epoch"
            ((recipient, _blob),) = entry.sealed
            if recipient != new:
                return "the key is sealed to another device"
            rank = self.position if entry.role is Role.ADMIN else None
            self.members[new] = Member(entry.card, entry.role, rank)
            self.removed.discard(new)
            self.holders[entry.key_ref].add(new)
            self._key_for_me(entry.key_ref, entry.sealed)
            if entry.role is not Role.READER:
                self.epochs[-1] = _with_sender(self.epochs[-1], new)
            return None
        if entry.op is Op.ROLE:
            assert entry.subject is not None
            assert entry.role is not None
            subject = self.members.get(entry.subject)
            if subject is None:
                return "the device is not a member"
            if (
                subject.role is Role.ADMIN
                and entry.role is not Role.ADMIN
                and self._admins() == [entry.subject]
            ):
                return "the last admin keeps the role"
            rank = subject.admin_rank if subject.role is Role.ADMIN else self.position
            self.members[entry.subject] = Member(
                subject.card, entry.role, rank if entry.role is Role.ADMIN else None
            )
            if entry.role is not Role.READER:
                self.epochs[-1] = _with_sender(self.epochs[-1], entry.subject)
            return None
        if entry.op is Op.REMOVE:
            assert entry.subject is not None
            if entry.subject not in self.members:
                return "the device is not a member"
            if self._admins() == [entry.subject]:
                return "the last admin cannot be removed"
            del self.members[entry.subject]
            self.removed.add(entry.subject)
        self._open_epoch(entry, level)  # REMOVE and REKEY
        return None

    def freeze(
        self,
        creator: DeviceId,
        kind: SpaceKind,
        heads: tuple[bytes, ...],
        order: list[bytes],
        cards: dict[DeviceId, DeviceCard],
    ) -> MembershipState:
        # A key can be learnt after its epoch began (an add sealed it to this device): fill it in.
        epochs = tuple(replace(e, key=self.keys.get(e.key_ref)) for e in self.epochs)
        return MembershipState(
            space_id=self.space_id,
            kind=kind,
            creator=creator,
            members=dict(self.members),
            cards=cards,
            epochs=epochs,
            holders={ref: frozenset(devices) for ref, devices in self.holders.items()},
            void=tuple(self.void),
            removed=frozenset(self.removed),
            heads=heads,
            order=tuple(order),
        )


def _with_sender(epoch: EpochInfo, device: DeviceId) -> EpochInfo:
    return replace(epoch, senders=epoch.senders | {device})


# --- the log ------------------------------------------------------------------------------------------------


class MembershipLog:
    """The entries of one space this device holds, and the state they replay to.

    `add_entries` verifies each entry's signature (with the signing key of its author, known from the
    entry that added the author) and holds entries whose parents or author are not known yet until they are.
    """

    def __init__(self, create: Entry, me: DeviceKeys | None = None) -> None:
        if create.op is not Op.CREATE or create.card is None or create.card.device_id != create.author:
            raise MembershipError("a log starts with the entry that created the space")
        if not create.signature_valid(create.card.signing_key):
            raise MembershipError("the creating entry's signature does not verify")
        self.space_id = create.space_id
        self.root = create.hash
        self.me = me
        self._entries: dict[bytes, Entry] = {self.root: create}
        self._cards: dict[DeviceId, DeviceCard] = {create.author: create.card}
        self._pending: dict[bytes, Entry] = {}
        self._state: MembershipState | None = None

    # -- building --

    @classmethod
    def create(
        cls, kind: SpaceKind, me: DeviceKeys, *, at_ms: int, space_id: bytes | None = None
    ) -> MembershipLog:
        space_id = space_id or new_space_id()
        key = os.urandom(KEY_SIZE)
        entry = Entry(
            Op.CREATE, space_id, me.device_id, at_ms, (), kind=kind, card=me.card,
            sealed=((me.device_id, seal_key(key, space_id, me.card)),),
        ).signed_by(me)  # fmt: skip
        return cls(entry, me)

    @classmethod
    def from_entries(cls, encoded: Iterable[bytes], me: DeviceKeys | None = None) -> MembershipLog:
        """Rebuild a log from stored or received entries (any order). Raises `MembershipError`."""
        entries = [Entry.from_bytes(e) for e in encoded]
        roots = [e for e in entries if e.op is Op.CREATE]
        if len(roots) != 1:
            raise MembershipError("a space's log has exactly one creating entry")
        log = cls(roots[0], me)
        log.add_entries(e for e in entries if e.op is not Op.CREATE)
        return log

    def _new(self, op: Op, at_ms: int, **fields: object) -> Entry:
        if self.me is None:
            raise MembershipError("this log has no device keys to sign with")
        # At most MAX_PARENTS heads; the rest stay heads and are merged by later entries.
        parents = self.state().heads[:MAX_PARENTS]
        entry = Entry(op, self.space_id, self.me.device_id, at_ms, parents, **fields)  # type: ignore[arg-type]
        signed = entry.signed_by(self.me)
        if len(signed.to_bytes()) > MAX_ENTRY:
            raise MembershipError(f"the entry would exceed {MAX_ENTRY} bytes")
        self.add_entries([signed])
        reason = dict(self.state().void).get(signed.hash)
        if reason is not None:  # never publish an entry that would have no effect
            del self._entries[signed.hash]
            self._state = None
            raise MembershipError(f"not allowed: {reason}")
        return signed

    def _sealed_to_members(
        self, key: bytes, *, without: DeviceId | None = None
    ) -> tuple[tuple[DeviceId, bytes], ...]:
        members = self.state().members
        return tuple(
            (device, seal_key(key, self.space_id, member.card))
            for device, member in sorted(members.items())
            if device != without
        )

    def add(self, card: DeviceCard, role: Role, *, at_ms: int) -> Entry:
        """Add a device, sealing the current epoch key to it."""
        if len(self.state().members) >= MAX_RECIPIENTS:
            raise MembershipError(f"a space holds at most {MAX_RECIPIENTS} devices")
        current = self.state().epoch
        if current.key is None:
            raise MembershipError("this device does not hold the current key, so it cannot add anyone")
        sealed = ((card.device_id, seal_key(current.key, self.space_id, card)),)
        return self._new(Op.ADD, at_ms, card=card, role=role, key_ref=current.key_ref, sealed=sealed)

    def remove(self, device: DeviceId, *, at_ms: int) -> Entry:
        """Remove a device (or leave, when *device* is this one): a new epoch key for everyone else."""
        key = os.urandom(KEY_SIZE)
        return self._new(
            Op.REMOVE, at_ms, subject=device, sealed=self._sealed_to_members(key, without=device)
        )

    def set_role(self, device: DeviceId, role: Role, *, at_ms: int) -> Entry:
        return self._new(Op.ROLE, at_ms, subject=device, role=role)

    def rekey(self, *, at_ms: int) -> Entry:
        """A new epoch key sealed to exactly the current members."""
        return self._new(Op.REKEY, at_ms, sealed=self._sealed_to_members(os.urandom(KEY_SIZE)))

    # -- receiving --

    def add_entries(self, entries: Iterable[Entry]) -> list[Entry]:
        """Take entries from a peer or the store. Returns the ones newly accepted (held ones come later).

        Raises `MembershipError` for an entry of another space or a second creating entry (the entries before
        it in the batch are still accepted or held, those after it are not looked at), or for a bad signature
        (that entry is dropped; every other entry of the batch is still accepted or held).
        """
        accepted: list[Entry] = []
        refused: MembershipError | None = None
        for entry in entries:
            try:
                self._hold(entry)
            except MembershipError as exc:
                refused = exc
                break
        bad_signature = self._release(accepted)
        if accepted:
            self._state = None
        if refused is not None:
            raise refused
        if bad_signature is not None:
            raise bad_signature
        return accepted

    def _hold(self, entry: Entry) -> None:
        if entry.space_id != self.space_id:
            raise MembershipError("the entry belongs to another space")
        digest = entry.hash
        if digest in self._entries or digest in self._pending:
            return
        if entry.op is Op.CREATE:
            raise MembershipError("the space was already created by another entry")
        if len(self._entries) + len(self._pending) >= MAX_LOG_ENTRIES:
            raise MembershipError(f"a space's log holds at most {MAX_LOG_ENTRIES} entries")
        self._pending[digest] = entry

    def _release(self, accepted: list[Entry]) -> MembershipError | None:
        """Accept every held entry whose parents and author are known; the first bad signature is returned
        (its entry dropped) after everything else that can be accepted has been."""
        bad: MembershipError | None = None
        progress = True
        while progress:
            progress = False
            for digest, entry in list(self._pending.items()):
                card = self._cards.get(entry.author)
                if card is None or not all(p in self._entries for p in entry.parents):
                    continue
                del self._pending[digest]
                if not entry.signature_valid(card.signing_key):
                    bad = bad or MembershipError(
                        f"entry {digest.hex()[:12]} has a signature that does not verify"
                    )
                    continue
                self._entries[digest] = entry
                if entry.op is Op.ADD and entry.card is not None:
                    self._cards.setdefault(entry.card.device_id, entry.card)
                accepted.append(entry)
                progress = True
        return bad

    @property
    def pending(self) -> int:
        """Entries held until their parents or author arrive."""
        return len(self._pending)

    def entries(self) -> list[Entry]:
        """Every accepted entry, parents before children."""
        return [self._entries[h] for h in self.state().order]

    def __contains__(self, digest: bytes) -> bool:
        return digest in self._entries

    def card(self, device: DeviceId) -> DeviceCard | None:
        return self._cards.get(device)

    # -- replay --

    def state(self) -> MembershipState:
        if self._state is None:
            self._state = self._replay()
        return self._state

    def _replay(self) -> MembershipState:
        create = self._entries[self.root]
        assert create.kind is not None
        replay = _Replay(create, self.me)
        children: dict[bytes, list[bytes]] = {h: [] for h in self._entries}
        waiting: dict[bytes, int] = {}
        for digest, entry in self._entries.items():
            waiting[digest] = len(entry.parents)
            for parent in entry.parents:
                children[parent].append(digest)
        order = [self.root]
        ready = set(children[self.root])
        for child in children[self.root]:
            waiting[child] -= 1
        ready = {h for h in ready if waiting[h] == 0}
        while ready:
            chosen = min(ready, key=lambda h: (replay.rank(self._entries[h].author), h))
            ready.discard(chosen)
            reason = replay.apply(self._entries[chosen])
            if reason is not None:
                replay.void.append((chosen, reason))
            order.append(chosen)
            for child in children[chosen]:
                waiting[child] -= 1
                if waiting[child] == 0:
                    ready.add(child)
        heads = tuple(sorted(h for h, kids in children.items() if not kids))
        return replay.freeze(create.author, create.kind, heads, order, dict(self._cards))
