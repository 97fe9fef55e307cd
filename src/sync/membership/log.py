"""The membership log of one space: holding entries until they can be verified, and replaying them."""

from __future__ import annotations

import os
from collections.abc import Iterable

from sync.identity import (
    DeviceCard,
    DeviceId,
    DeviceKeys,
)

from .entry import (
    KEY_SIZE,
    MAX_ENTRY,
    MAX_LOG_ENTRIES,
    MAX_PARENTS,
    MAX_RECIPIENTS,
    ActorClaim,
    Entry,
    MembershipError,
    Op,
    Role,
    SpaceKind,
    new_space_id,
    seal_key,
)
from .state import MembershipState, Replay

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
        self._at: dict[frozenset[bytes], MembershipState] = {}  # replays to earlier heads (see state_at)

    # -- building --

    @classmethod
    def create(
        cls, kind: SpaceKind, me: DeviceKeys, *, at_ms: int, space_id: bytes | None = None
    ) -> MembershipLog:
        space_id = space_id or new_space_id()
        key = os.urandom(KEY_SIZE)
        hybrid = me.hybrid.public_bytes if me.hybrid is not None else None
        entry = Entry(
            Op.CREATE, space_id, me.device_id, at_ms, (), kind=kind, card=me.card,
            sealed=((me.device_id, seal_key(key, space_id, me.card, hybrid)),), hybrid_key=hybrid or b"",
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
            self._at.clear()
            raise MembershipError(f"not allowed: {reason}")
        return signed

    def _sealed_to_members(
        self, key: bytes, *, without: DeviceId | None = None
    ) -> tuple[tuple[DeviceId, bytes], ...]:
        state = self.state()
        return tuple(
            (device, seal_key(key, self.space_id, member.card, state.hybrid_keys.get(device)))
            for device, member in sorted(state.members.items())
            if device != without
        )

    def add(self, card: DeviceCard, role: Role, *, at_ms: int, hybrid_key: bytes | None = None) -> Entry:
        """Add a device, sealing the current epoch key to it: with hybrid HPKE to *hybrid_key* (from its signed
        join request) or to the hybrid key it published before, else with X25519."""
        if len(self.state().members) >= MAX_RECIPIENTS:
            raise MembershipError(f"a space holds at most {MAX_RECIPIENTS} devices")
        current = self.state().epoch
        if current.key is None:
            raise MembershipError("this device does not hold the current key, so it cannot add anyone")
        hybrid = hybrid_key or self.state().hybrid_keys.get(card.device_id)
        sealed = ((card.device_id, seal_key(current.key, self.space_id, card, hybrid)),)
        return self._new(
            Op.ADD, at_ms, card=card, role=role, key_ref=current.key_ref, sealed=sealed,
            hybrid_key=hybrid or b"",
        )  # fmt: skip

    def remove(self, device: DeviceId, *, at_ms: int) -> Entry:
        """Remove a device (or leave, when *device* is this one): a new epoch key for everyone else."""
        key = os.urandom(KEY_SIZE)
        return self._new(
            Op.REMOVE, at_ms, subject=device, sealed=self._sealed_to_members(key, without=device)
        )

    def set_role(self, device: DeviceId, role: Role, *, at_ms: int) -> Entry:
        return self._new(Op.ROLE, at_ms, subject=device, role=role)

    def write_card(
        self, device: DeviceId, member_id: str, actors: tuple[ActorClaim, ...], *, at_ms: int
    ) -> Entry:
        """Bind *device* to the member it speaks for and the actor ids it writes with."""
        return self._new(Op.CARD, at_ms, subject=device, member_id=member_id, actors=actors)

    def publish_hybrid_key(self, *, at_ms: int) -> Entry:
        """Publish this device's hybrid public key: keys sealed to it from then on use hybrid HPKE."""
        if self.me is None or self.me.hybrid is None:
            raise MembershipError("this device has no hybrid key to publish")
        return self._new(Op.KEY, at_ms, subject=self.me.device_id, hybrid_key=self.me.hybrid.public_bytes)

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

    def state_at(self, heads: Iterable[bytes]) -> MembershipState | None:
        """The state the log had when its heads were *heads*: the same replay, over those entries and the
        entries before them only. None if this log does not hold one of them (yet). No epoch key is opened:
        this is for judging who was what then. Cached by head set (most callers ask for the same few)."""
        wanted = frozenset(heads) or frozenset((self.root,))
        cached = self._at.get(wanted)
        if cached is not None:
            return cached
        within = self.ancestry(wanted)
        if within is None:
            return None
        state = self._replay(within, None)
        while len(self._at) >= _MAX_CACHED_REPLAYS:
            del self._at[next(iter(self._at))]
        self._at[wanted] = state
        return state

    def ancestry(self, heads: Iterable[bytes]) -> frozenset[bytes] | None:
        """*heads* and every entry before them, or None if this log does not hold one of them."""
        out: set[bytes] = set()
        stack = list(heads)
        while stack:
            digest = stack.pop()
            if digest in out:
                continue
            entry = self._entries.get(digest)
            if entry is None:
                return None
            out.add(digest)
            stack.extend(entry.parents)
        return frozenset(out)

    def _replay(
        self, within: frozenset[bytes] | None = None, me: DeviceKeys | None = None
    ) -> MembershipState:
        create = self._entries[self.root]
        assert create.kind is not None
        replay = Replay(create, self.me if within is None else me)
        entries = self._entries if within is None else {h: self._entries[h] for h in within}
        children: dict[bytes, list[bytes]] = {h: [] for h in entries}
        waiting: dict[bytes, int] = {}
        for digest, entry in entries.items():
            waiting[digest] = len(entry.parents)
            for parent in entry.parents:
                children[parent].append(digest)
        order = [self.root]
        ready = set(children[self.root])
        for child in children[self.root]:
            waiting[child] -= 1
        ready = {h for h in ready if waiting[h] == 0}
        while ready:
            chosen = min(ready, key=lambda h: (replay.rank(entries[h].author), h))
            ready.discard(chosen)
            reason = replay.apply(entries[chosen])
            if reason is not None:
                replay.void.append((chosen, reason))
            order.append(chosen)
            for child in children[chosen]:
                waiting[child] -= 1
                if waiting[child] == 0:
                    ready.add(child)
        heads = tuple(sorted(h for h, kids in children.items() if not kids))
        return replay.freeze(create.author, create.kind, heads, order, dict(self._cards))


_MAX_CACHED_REPLAYS = 64
