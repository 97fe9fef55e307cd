"""Spaces: a membership log, this device's keys and the stored state, put together.

A `Space` is what the sync engine holds for each community, support circle and own-devices space this device
belongs to. It persists every membership entry through the `SpaceStore` port, seals envelopes in the current
epoch (sequence numbers reserved durably, so none is reused after a crash), opens envelopes through a
`SpaceKeyring` shared by all spaces, and runs the inviter's side of the join handshake (`sync.join`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from collections.abc import Callable, Iterable

from sync.community.authority import LogPoint, Writer, Writers
from sync.envelope import Opened, ReplayWindow, open_envelope, seal, space_tag_for
from sync.errors import SyncError
from sync.identity import DeviceCard, DeviceId, DeviceKeys
from sync.invites import (
    Invite,
    InviteExpired,
    InviteRejected,
    InviteUnavailable,
    InviteUsed,
    confirm,
    new_invite,
    prove,
)
from sync.join import JoinAccepted, JoinRequest
from sync.membership import (
    MAX_RECIPIENTS,
    ActorClaim,
    Entry,
    EpochInfo,
    MembershipError,
    MembershipLog,
    MembershipState,
    Role,
    SpaceKind,
)
from sync.ports import SpaceStore

__all__ = [
    "JOIN_ROLE",
    "SEQUENCE_BLOCK",
    "LogHistoryOf",
    "Space",
    "SpaceError",
    "SpaceKeyring",
    "relay_tag",
    "voters_now",
    "writers_of",
]

JOIN_ROLE = {SpaceKind.COMMUNITY: Role.MEMBER, SpaceKind.CIRCLE: Role.READER, SpaceKind.DEVICES: Role.ADMIN}
"""The role an invite grants: neighbours write, supporters read, one's own devices administer."""


_RELAY_TAG_LABEL = b"commons/relay-subject/v1"
# Envelope sequence numbers reserved per commit. Well inside a receiver's replay window (1024), so the numbers
# a restart skips never make a later envelope look old.
SEQUENCE_BLOCK = 64


def relay_tag(space_id: bytes) -> bytes:
    """The space's relay tag (32 bytes; its relay subject is `commons.v1.` + the tag in hex). The same in every
    epoch, so a device that missed a new key still finds the space's envelopes; the relay never learns the
    space id from it."""
    if len(space_id) != 16:
        raise ValueError("a space id is 16 bytes")
    return hashlib.sha256(_RELAY_TAG_LABEL + space_id).digest()


class SpaceError(SyncError):
    """A space operation cannot be done; the message says why and what to do."""


def _ms(moment: dt.datetime) -> int:
    return int(moment.timestamp() * 1000)


class SpaceKeyring:
    """The `Keyring` over every space this device is in: epoch keys by space tag, senders by membership."""

    def __init__(self) -> None:
        self._states: dict[bytes, MembershipState] = {}
        self._tags: dict[bytes, tuple[bytes, EpochInfo]] = {}  # tag -> (space id, epoch)
        self._windows: dict[tuple[bytes, DeviceId], ReplayWindow] = {}

    def update(self, state: MembershipState) -> None:
        """Learn (or relearn) a space's state: its epoch keys and who may send."""
        self.forget(state.space_id, keep_windows=True)
        self._states[state.space_id] = state
        for epoch in state.epochs:
            if epoch.key is not None:
                self._tags[space_tag_for(epoch.key)] = (state.space_id, epoch)

    def forget(self, space_id: bytes, *, keep_windows: bool = False) -> None:
        self._states.pop(space_id, None)
        for tag in [t for t, (s, _) in self._tags.items() if s == space_id]:
            del self._tags[tag]
            if not keep_windows:
                for key in [k for k in self._windows if k[0] == tag]:
                    del self._windows[key]

    def space_of(self, space_tag: bytes) -> bytes | None:
        found = self._tags.get(space_tag)
        return found[0] if found else None

    # -- the Keyring protocol --

    def epoch_key(self, space_tag: bytes, epoch: int) -> bytes | None:
        found = self._tags.get(space_tag)
        return found[1].key if found is not None and found[1].number == epoch else None

    def knows_space_tag(self, space_tag: bytes) -> bool:
        return space_tag in self._tags

    def sender_key(self, device_id: DeviceId) -> bytes | None:
        for state in self._states.values():
            card = state.cards.get(device_id)
            if card is not None:
                return card.signing_key
        return None

    def is_member(self, space_tag: bytes, epoch: int, device_id: DeviceId) -> bool:
        found = self._tags.get(space_tag)
        return (
            found is not None
            and found[1].number == epoch
            and self._states[found[0]].may_send(device_id, found[1])
        )

    def replay_window(self, space_tag: bytes, device_id: DeviceId) -> ReplayWindow:
        return self._windows.setdefault((space_tag, device_id), ReplayWindow())

    def restore_window(self, space_tag: bytes, device_id: DeviceId, window: ReplayWindow) -> None:
        """Put back a window kept from before a restart (only if none was started since)."""
        self._windows.setdefault((space_tag, device_id), window)


class Space:
    """One space as this device sees it. Not thread-safe: the sync engine uses it from its one loop."""

    def __init__(self, log: MembershipLog, me: DeviceKeys, store: SpaceStore, keyring: SpaceKeyring) -> None:
        if log.me is None or log.me.device_id != me.device_id:
            raise SpaceError("the log must be read with this device's keys")
        self.log = log
        self.me = me
        self._store = store
        self.keyring = keyring
        self._sequences: dict[int, tuple[int, int]] = {}  # epoch -> (next, end) of the block reserved
        keyring.update(log.state())

    # -- creating and loading --

    @classmethod
    def create(
        cls, kind: SpaceKind, me: DeviceKeys, store: SpaceStore, keyring: SpaceKeyring, *, now: dt.datetime
    ) -> Space:
        log = MembershipLog.create(kind, me, at_ms=_ms(now))
        store.add_log_entries(log.space_id, [(e.hash, e.to_bytes()) for e in log.entries()])
        return cls(log, me, store, keyring)

    @classmethod
    def load(cls, space_id: bytes, me: DeviceKeys, store: SpaceStore, keyring: SpaceKeyring) -> Space:
        stored = store.log_entries(space_id)
        if not stored:
            raise SpaceError("this device holds nothing for that space")
        try:
            log = MembershipLog.from_entries(stored, me)
        except MembershipError as exc:
            raise SpaceError(f"the stored membership log is unreadable: {exc}") from exc
        return cls(log, me, store, keyring)

    @classmethod
    def join(
        cls,
        accepted: JoinAccepted,
        me: DeviceKeys,
        store: SpaceStore,
        keyring: SpaceKeyring,
        *,
        secret: bytes,
        inviter: DeviceId,
        challenge: bytes,
        expected_space: bytes | None = None,
    ) -> Space:
        """The joiner's side, after the inviter accepted: check that the inviter holds the invite's secret and
        that the log really adds this device, then keep it.

        *inviter* is the full device id of the device that answered (pinned by the session; a short code names
        only its first 4 bytes); *expected_space* is the space id from a scanned QR invite (a short code has
        none).
        """
        expected = confirm(secret, inviter.raw, me.device_id.raw, challenge, accepted.space_id)
        if not hmac.compare_digest(expected, accepted.confirmation):
            raise SpaceError("the device that answered does not hold this invite; it is not the inviter")
        if expected_space is not None and accepted.space_id != expected_space:
            raise SpaceError("the inviter answered for another space than the invite names")
        try:
            log = MembershipLog.from_entries(accepted.entries, me)
        except MembershipError as exc:
            raise SpaceError(f"the inviter sent a membership log that does not verify: {exc}") from exc
        if log.space_id != accepted.space_id or log.pending:
            raise SpaceError("the inviter's membership log is for another space or incomplete")
        state = log.state()
        if me.device_id not in state.members or state.epoch.key is None:
            raise SpaceError("the inviter's log does not add this device with the current key")
        if state.role_of(inviter) is not Role.ADMIN:
            raise SpaceError("the inviter is not an admin of the space it answered for")
        store.add_log_entries(log.space_id, [(e.hash, e.to_bytes()) for e in log.entries()])
        return cls(log, me, store, keyring)

    # -- reading --

    @property
    def id(self) -> bytes:
        return self.log.space_id

    @property
    def state(self) -> MembershipState:
        return self.log.state()

    @property
    def kind(self) -> SpaceKind:
        return self.state.kind

    @property
    def is_member(self) -> bool:
        return self.me.device_id in self.state.members

    @property
    def space_tag(self) -> bytes | None:
        """The current epoch's tag (what peers announce and the relay files bundles under), if this device has
        the key."""
        key = self.state.epoch.key
        return space_tag_for(key) if key is not None else None

    def encoded_entries(self) -> list[bytes]:
        """The whole log, parents first, for a peer that asks."""
        return [e.to_bytes() for e in self.log.entries()]

    # -- changing membership --

    def _persist(self, entries: Iterable[Entry]) -> None:
        batch = [(e.hash, e.to_bytes()) for e in entries]
        if batch:
            self._store.add_log_entries(self.id, batch)
        self.keyring.update(self.state)

    def _do(self, make: Callable[[], Entry]) -> Entry:
        try:
            entry = make()
        except MembershipError as exc:
            raise SpaceError(str(exc)) from exc
        self._persist([entry])
        return entry

    def add(
        self, card: DeviceCard, role: Role, *, now: dt.datetime, hybrid_key: bytes | None = None
    ) -> Entry:
        return self._do(lambda: self.log.add(card, role, at_ms=_ms(now), hybrid_key=hybrid_key))

    def remove(self, device: DeviceId, *, now: dt.datetime) -> Entry:
        """Remove a device (or leave, for this device): the others get a new epoch key at once."""
        return self._do(lambda: self.log.remove(device, at_ms=_ms(now)))

    def set_role(self, device: DeviceId, role: Role, *, now: dt.datetime) -> Entry:
        return self._do(lambda: self.log.set_role(device, role, at_ms=_ms(now)))

    def rekey(self, *, now: dt.datetime) -> Entry:
        return self._do(lambda: self.log.rekey(at_ms=_ms(now)))

    def write_card(
        self,
        member_id: str,
        actors: tuple[ActorClaim, ...],
        *,
        now: dt.datetime,
        device: DeviceId | None = None,
    ) -> Entry:
        """Bind *device* (this one by default) to the member it speaks for and the actor ids it writes with."""
        subject = device or self.me.device_id
        return self._do(lambda: self.log.write_card(subject, member_id, actors, at_ms=_ms(now)))

    def upgrade_sealing(self, *, now: dt.datetime) -> list[Entry]:
        """Move the space to hybrid sealing, as far as this device can: publish its own hybrid key if the log
        does not hold it yet, and, as an admin holding the current key, issue a rekey once every member has
        published one (`MembershipState.needs_hybrid_rekey`; concurrent rekeys by two admins settle). Returns
        the entries written. Raises `SpaceError` if one is refused."""
        written: list[Entry] = []
        hybrid = self.me.hybrid
        mine = self.state.hybrid_keys.get(self.me.device_id)
        if hybrid is not None and self.is_member and mine != hybrid.public_bytes:
            written.append(self._do(lambda: self.log.publish_hybrid_key(at_ms=_ms(now))))
        state = self.state
        if (
            state.needs_hybrid_rekey
            and not state.needs_rekey  # that one comes first anyway, and seals the same way
            and state.role_of(self.me.device_id) is Role.ADMIN
            and state.epoch.key is not None
        ):
            written.append(self.rekey(now=now))
        return written

    def receive(self, encoded: Iterable[bytes]) -> int:
        """Take membership entries from a peer; returns how many were new. Raises `SpaceError` for bad ones
        (entries before the bad one are kept)."""
        accepted: list[Entry] = []
        try:
            for data in encoded:
                if hashlib.sha256(data).digest() in self.log:
                    continue  # held already (an entry's hash is over its bytes): not decoded again
                accepted += self.log.add_entries([Entry.from_bytes(data)])
        except MembershipError as exc:
            raise SpaceError(f"a peer sent a membership entry that was refused: {exc}") from exc
        finally:
            self._persist(accepted)
        return len(accepted)

    # -- envelopes --

    def seal(self, payload: bytes, *, now: dt.datetime) -> bytes:
        """An envelope of *payload* in the current epoch.

        If concurrent membership changes left the current key unsafe (see `MembershipState.needs_rekey`), an
        admin issues a new key first; another member raises `SpaceError` until an admin has.
        """
        state = self.state
        if state.needs_rekey:
            if state.role_of(self.me.device_id) is not Role.ADMIN:
                raise SpaceError("the space is waiting for an admin to issue a new key; changes are kept")
            self.rekey(now=now)
            state = self.state
        if not state.may_send(self.me.device_id, state.epoch):
            raise SpaceError("this device may not send in this space (it was removed, or it only reads)")
        key = state.epoch.key
        if key is None:
            raise SpaceError("this device does not hold the space's current key yet")
        sequence = self._next_sequence(state.epoch.number)
        return seal(
            payload, epoch_key=key, epoch=state.epoch.number, signer=self.me.signer, sequence=sequence
        )

    def _next_sequence(self, epoch: int) -> int:
        """A sequence number never handed out before in (space, epoch), from a block of `SEQUENCE_BLOCK`
        reserved (and committed) at once: a change going to 19 peers costs one commit, not 19. What is left
        of a block at a crash or a restart is skipped, never reused."""
        first, end = self._sequences.get(epoch, (0, 0))
        if first >= end:
            first = self._store.reserve_sequence(self.id, epoch, SEQUENCE_BLOCK)
            end = first + SEQUENCE_BLOCK
        self._sequences[epoch] = (first + 1, end)
        return first

    def previous_epoch(self) -> EpochInfo | None:
        """The newest epoch before the current one whose key this device holds and may send in, if any."""
        state = self.state
        earlier = [
            e
            for e in state.epochs[:-1]
            if e.key is not None and e.number < state.epoch.number and state.may_send(self.me.device_id, e)
        ]
        return max(earlier, key=lambda e: e.number) if earlier else None

    def seal_in(self, epoch: EpochInfo, payload: bytes) -> bytes:
        """An envelope of *payload* in an earlier *epoch* (`previous_epoch`): how a new epoch's log reaches a
        device that holds only the old key, through the relay."""
        if epoch.key is None or not self.state.may_send(self.me.device_id, epoch):
            raise SpaceError("this device cannot send in that epoch")
        sequence = self._store.reserve_sequence(self.id, epoch.number)
        return seal(
            payload, epoch_key=epoch.key, epoch=epoch.number, signer=self.me.signer, sequence=sequence
        )

    def open(self, envelope: bytes) -> Opened:
        """Check and decrypt an envelope of this space (`EnvelopeError` subclasses for every rejection)."""
        return open_envelope(envelope, keyring=self.keyring)

    # -- inviting --

    def invite(
        self,
        *,
        now: dt.datetime,
        valid_for: dt.timedelta = dt.timedelta(hours=24),
        hints: tuple[str, ...] = (),
        relay: str = "",
    ) -> Invite:
        """A one-time invite to this space, remembered in the store until used."""
        if self.state.role_of(self.me.device_id) is not Role.ADMIN:
            raise SpaceError("only an admin of the space can invite")
        invite = new_invite(
            self.id, self.me.device_id.raw, now=now, valid_for=valid_for, hints=hints, relay=relay
        )
        self._store.put_invite(self.id, invite.secret, invite.to_bytes())
        return invite

    def admit(self, request: JoinRequest, challenge: bytes, *, now: dt.datetime) -> JoinAccepted:
        """The inviter's side: check the joiner's proof against this space's invites, add it, send the log.

        Raises `JoinError` (bad request), `InviteRejected` (no invite matches), `InviteUsed`, `InviteExpired`
        or `InviteUnavailable` (this device can no longer add anyone); answer with
        `JoinRefused(RefusalReason.of(error))`. Nothing changes then: every check that can fail comes before the
        invite is used.
        """
        request.verify(challenge, self.me.device_id)
        state = self.state
        if state.role_of(self.me.device_id) is not Role.ADMIN or state.epoch.key is None:
            raise InviteUnavailable("This device is no longer an admin holding the space's current key.")
        if request.card.device_id not in state.members and len(state.members) >= MAX_RECIPIENTS:
            raise InviteUnavailable(f"The space is full ({MAX_RECIPIENTS} devices).")
        joiner = request.card.device_id
        for stored, used in self._store.invites(self.id):
            invite = Invite.from_bytes(stored)
            expected = prove(invite.secret, invite.inviter, joiner.raw, challenge)
            if not hmac.compare_digest(expected, request.proof):
                continue
            if used and joiner in self.state.members:
                # The device this invite admitted asks again (its first answer was lost, or it retried through
                # the relay): the same answer again. The membership does not change.
                confirmation = confirm(invite.secret, invite.inviter, joiner.raw, challenge, self.id)
                return JoinAccepted(self.id, confirmation, tuple(self.encoded_entries()))
            if used:
                raise InviteUsed("This invite was already used; ask for a new one.")
            if now >= invite.expires_at:
                raise InviteExpired("This invite has expired; ask for a new one.")
            if not self._store.use_invite(invite.secret):
                raise InviteUsed("This invite was already used; ask for a new one.")
            if joiner not in self.state.members:
                self.add(request.card, JOIN_ROLE[self.kind], now=now, hybrid_key=request.hybrid_key or None)
            else:
                # Still listed, but asking with a new invite: it left without telling anyone and forgot the
                # space (its sequence numbers with it). A new key means it never seals in an epoch it
                # sealed in before, so nothing it sends looks like a replay.
                self.rekey(now=now)
            confirmation = confirm(invite.secret, invite.inviter, joiner.raw, challenge, self.id)
            return JoinAccepted(self.id, confirmation, tuple(self.encoded_entries()))
        raise InviteRejected("The code does not match an open invite from this device.")


def writers_of(log: MembershipLog) -> Writers:
    """Who may write in a community, from its membership log: each carded actor id with its device's key,
    role, and whether the device was removed, and the log's history, against which each change's
    role-dependent rules are judged (sync.community.authority)."""
    state = log.state()
    out = []
    for actor, binding in state.actors.items():
        card = state.cards.get(binding.device)
        if card is None:
            continue
        out.append(
            Writer(
                actor=actor,
                device_id=binding.device.hex,
                member_id=binding.member_id,
                signing_key=card.signing_key,
                admin=state.role_of(binding.device) is Role.ADMIN,
                last_seq=binding.last_seq,
                removed=binding.device not in state.members,
                creator=binding.device == state.creator,
            )
        )
    return Writers(out, LogHistoryOf(log))


class LogHistoryOf:
    """A `sync.community.authority.LogHistory` over a space's membership log (which keeps the replays)."""

    def __init__(self, log: MembershipLog) -> None:
        self._log = log
        self._points: dict[frozenset[bytes], LogPoint] = {}  # most changes name the same few head sets

    def current(self) -> tuple[bytes, ...]:
        return self._log.state().heads

    def at(self, heads: Iterable[bytes]) -> LogPoint | None:
        wanted = frozenset(heads)
        point = self._points.get(wanted)
        if point is None:
            state = self._log.state_at(wanted)
            if state is None:
                return None
            point = point_of(state, self._log.ancestry(state.heads) or frozenset())
            while len(self._points) >= _MAX_POINTS:
                del self._points[next(iter(self._points))]
            self._points[wanted] = point
        return point


_MAX_POINTS = 256


def point_of(state: MembershipState, entries: frozenset[bytes]) -> LogPoint:
    """Who was an admin and who a member in *state*: the members are the carded devices' member ids."""
    admins = frozenset(d.hex for d, m in state.members.items() if m.role is Role.ADMIN)
    members = sorted({state.member_of[d] for d in state.members if d in state.member_of})
    return LogPoint(state.heads, entries, admins, tuple(members))


def voters_now(log: MembershipLog) -> tuple[str, ...]:
    """The voters of a proposal opened now: the members of the log at its current heads (what this device's
    change will name)."""
    return point_of(log.state(), frozenset()).members
