"""Replaying a membership log: the state its entries lead to, epoch by epoch, and why an entry was void."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from sync.identity import (
    DeviceCard,
    DeviceId,
    DeviceKeys,
)

from .entry import (
    MAX_RECIPIENTS,
    ActorClaim,
    Entry,
    Op,
    Role,
    SpaceKind,
    is_hybrid,
    open_sealed_key,
)

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
class ActorBinding:
    """Who writes with an Automerge actor id: the device, the member it speaks for, and the last change of
    that actor that counts (0: no limit)."""

    actor: bytes
    device: DeviceId
    member_id: str
    last_seq: int


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
    member_of: Mapping[DeviceId, str]  # the member each carded device speaks for (removed devices too)
    actors: Mapping[bytes, ActorBinding]  # every actor id a card bound, with its device
    hybrid_keys: Mapping[DeviceId, bytes]  # each device's hybrid public key, as it published it (KEY)
    classic: Mapping[bytes, frozenset[DeviceId]]  # key_ref -> devices that key was sealed to with X25519 only

    @property
    def lacking_hybrid(self) -> frozenset[DeviceId]:
        """Current members that have not published a hybrid key: their keys are sealed the older way."""
        return frozenset(d for d in self.members if d not in self.hybrid_keys)

    @property
    def needs_hybrid_rekey(self) -> bool:
        """Every current member published a hybrid key, yet some member holds the current key sealed with
        X25519 only: an admin issues a rekey, sealed with hybrid HPKE to everyone. The condition depends only
        on the log, so admins who see it concurrently each issue one rekey; once either is replayed, it is
        false for all of them (a concurrent second rekey is one more epoch, sealed the same way)."""
        if self.lacking_hybrid:
            return False
        sealed_classic = self.classic.get(self.epoch.key_ref, frozenset())
        return any(device in sealed_classic for device in self.members)

    def devices_of(self, member_id: str) -> frozenset[DeviceId]:
        """Every device that ever spoke for *member_id* (removed ones too)."""
        return frozenset(d for d, m in self.member_of.items() if m == member_id)

    def is_admin(self, device: DeviceId) -> bool:
        return self.role_of(device) is Role.ADMIN

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


class Replay:
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
        self.member_of: dict[DeviceId, str] = {}
        self.actors: dict[bytes, ActorBinding] = {}
        self.hybrid: dict[DeviceId, bytes] = {create.author: create.hybrid_key} if create.hybrid_key else {}
        self.classic: dict[bytes, set[DeviceId]] = {}
        self.position = 0
        self.level: dict[bytes, int] = {create.hash: 1}  # epoch number in force after each entry
        self._open_epoch(create, 1)

    def _key_for_me(self, key_ref: bytes, sealed: Iterable[tuple[DeviceId, bytes]]) -> None:
        sealed = tuple(sealed)
        self.classic.setdefault(key_ref, set()).update(d for d, blob in sealed if not is_hybrid(blob))
        if self.me is None or key_ref in self.keys:
            return
        for device, blob in sealed:
            if device == self.me.device_id:
                key = open_sealed_key(blob, self.space_id, device, self.me.agreement_key, self.me.hybrid)
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
        if entry.op is Op.CARD:
            return self._card(entry, author)
        if entry.op is Op.KEY:
            if entry.subject != entry.author:
                return "a device publishes only its own hybrid key"
            self.hybrid[entry.author] = entry.hybrid_key
            return None
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
            if entry.hybrid_key:  # vouched for by the admin, from the device's signed join request
                self.hybrid[new] = entry.hybrid_key
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

    def _card(self, entry: Entry, author: Member) -> str | None:
        """A device's card: the member it speaks for and its actor ids. A device writes its own card; a member's
        device may write the card of another device of the same member; an admin may write any card, and only
        an admin closes an actor (a last sequence number) or writes the card of a removed device. A device
        speaks for one member for life, and an actor id belongs to one device for life."""
        assert entry.subject is not None
        subject, member_id = entry.subject, entry.member_id
        admin = author.role is Role.ADMIN
        if author.role is Role.READER:
            return "a reader writes no cards"
        if subject not in self.members and not (admin and subject in self.removed):
            return "the device is not a member"
        if not admin:
            if any(claim.last_seq for claim in entry.actors):
                return "only an admin closes an actor"
            speaks_for = self.member_of.get(entry.author)
            if subject != entry.author and speaks_for != member_id:
                return "a device writes its own card, or one of its own member's devices"
            others = {d for d, m in self.member_of.items() if m == member_id and d != subject}
            if others and speaks_for != member_id:
                return f"member '{member_id}' is another member's devices"
            if not others and member_id != member_id_of(subject):
                return "a new member's id is the one derived from its first device"
        current = self.member_of.get(subject)
        if current is not None and current != member_id:
            return f"the device already speaks for member '{current}'"
        for claim in entry.actors:
            bound = self.actors.get(claim.actor)
            if bound is not None and bound.device != subject:
                return "an actor id belongs to another device"
        self.member_of[subject] = member_id
        for claim in entry.actors:
            self.actors[claim.actor] = _bind(self.actors.get(claim.actor), claim, subject, member_id)
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
            member_of=dict(self.member_of),
            actors=dict(self.actors),
            hybrid_keys=dict(self.hybrid),
            classic={ref: frozenset(devices) for ref, devices in self.classic.items()},
        )


def member_id_of(device: DeviceId) -> str:
    """The member id a device takes when it joins as a new member: its id's first 16 bytes in hex. Deriving it
    means nobody can claim a newcomer's member id before the newcomer does."""
    return device.raw[:16].hex()


def _bind(old: ActorBinding | None, claim: ActorClaim, device: DeviceId, member_id: str) -> ActorBinding:
    last = claim.last_seq
    if old is not None and old.last_seq and (not last or old.last_seq < last):
        last = old.last_seq  # a closed actor never reopens, and its limit only comes down
    return ActorBinding(claim.actor, device, member_id, last)


def _with_sender(epoch: EpochInfo, device: DeviceId) -> EpochInfo:
    return replace(epoch, senders=epoch.senders | {device})
