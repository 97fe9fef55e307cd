"""One space's traffic through its relay, without I/O: what to publish, and what to do with what was fetched.

The driver (`sync.relay.link`) fetches the space's envelopes in stream order from the cursor and hands each
to `receive`, then publishes what `outgoing` returns and reports the acknowledgement with `published`.

- **Publishing.** Every change this device holds that is not known to be on the relay — not in the history of
  the *relay heads* — goes out as CHANGES envelopes, in causal order. After the acknowledgement the relay
  heads become the document's heads at the time. Membership entries go out as a LOG envelope when they
  changed; after a new epoch, a second copy is sealed in the previous epoch, so a device that missed the new
  key can read how it got one.
- **Receiving.** Envelopes are opened (signature, membership, replay window: `sync.envelope`) and applied.
  Changes whose dependencies are missing wait in the document; envelopes of an epoch this device does not
  hold yet wait here, and are tried again when the membership log changes.
- **The cursor.** The stored cursor never passes an envelope that is still waiting, so a restart fetches it
  again; the in-memory position moves on so one run never fetches anything twice.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from sync.community import ChangeProof, CommunityDocument, CommunityError
from sync.envelope import (
    EnvelopeError,
    Replayed,
    ReplayWindow,
    UnknownSender,
    UnknownSpace,
    WrongEpoch,
    max_payload_within,
    open_envelope,
)
from sync.identity import DeviceId
from sync.mailbox import is_mail
from sync.membership import Role
from sync.ports import RelayStateStore, ReplayWindowRow
from sync.spaces import Space, SpaceError, relay_tag
from sync.support_circle import SupportCircleError, SupportRequest, SupportShare

from .replica import Replica
from .support_circles import SupportShareCopy
from .wire import (
    Inner,
    ProtocolError,
    RelayNote,
    decode_changes_and_proofs,
    decode_inner,
    decode_log,
    encode_changes_with_proofs,
    encode_inner,
    encode_log,
)

__all__ = ["MAX_HELD", "Outcome", "Outgoing", "RelayedSpace"]

log = logging.getLogger(__name__)

MAX_HELD = 1000  # envelopes of an epoch not held yet; beyond this the oldest are given up on
MAX_HELD_BYTES = 64 * 1024 * 1024
# A waiting envelope holds the stored cursor back only this long (and this many envelopes further on):
# anyone with relay access can store an envelope that never opens, and it must not pin the cursor for ever.
HOLD_CURSOR_FOR = dt.timedelta(hours=1)
HOLD_CURSOR_BEHIND = 1000
_ITEM_OVERHEAD = 4  # the length before each change or entry
_EPOCH_AT = 35  # the epoch's offset in an envelope's header (sync.envelope)
_PAYLOAD_SLACK = 16  # inner kind and count


class Outcome(enum.Enum):
    APPLIED = "applied"  # opened and taken (the document or the log may or may not have changed)
    ALREADY = "already"  # this device's own envelope, or one fetched before a restart
    HELD = "held"  # of an epoch or sender not known yet: tried again when the log changes
    REFUSED = "refused"  # forged, replayed, from a removed device, or not a relay message
    MAIL = "mail"  # a join through the relay (`sync.mailbox`): the engine answers it if it holds the invite


@dataclass(frozen=True)
class Received:
    outcome: Outcome
    reason: str = ""
    sender: DeviceId | None = None
    document_changed: bool = False
    membership_changed: bool = False
    mail: bytes = b""
    share: SupportShare | None = None
    alert: SupportRequest | None = None


@dataclass(frozen=True)
class Outgoing:
    """Envelopes to publish, in order, and what is on the relay once all are acknowledged."""

    envelopes: list[bytes]
    heads: tuple[bytes, ...]
    log_epoch: int | None  # the epoch whose log went out, if a LOG did
    mail: int = 0  # how many of the envelopes, first, are join answers (`sync.mailbox`), not envelopes
    alerts: tuple[int, ...] = ()  # the support requests (by when they were asked) among the envelopes

    def __bool__(self) -> bool:
        return bool(self.envelopes)


@dataclass
class Counters:
    fetched: int = 0
    applied: int = 0
    held: int = 0
    refused: int = 0
    replayed: int = 0
    published: int = 0


@dataclass
class RelayedSpace:
    space: Space
    replica: Replica | None  # a community's document, or
    share_copy: SupportShareCopy | None  # a support circle's share
    store: RelayStateStore
    relay_id: bytes
    now: Callable[[], dt.datetime]
    tag: bytes = b""
    cursor: int = 0  # stored: nothing at or before it is still waiting
    position: int = 0  # in memory: the last sequence fetched in this run
    heads: list[bytes] = field(default_factory=list)  # on the relay, with their history
    held: dict[int, bytes] = field(default_factory=dict)  # sequence -> envelope, of epochs not held yet
    _held_at: dict[int, dt.datetime] = field(default_factory=dict)
    pending_from: int | None = None  # the first sequence whose changes wait for dependencies
    log_due: bool = False
    # To publish before anything else: answers to joins through the relay, and sealed support requests.
    mail: list[bytes] = field(default_factory=list)
    # Sealed support requests (by when they were asked), published right after the mail; the engine's outbox
    # holds them until the relay acknowledged them, so a restart queues them again.
    alerts: dict[int, bytes] = field(default_factory=dict)
    counters: Counters = field(default_factory=Counters)
    _log_epoch: int | None = None
    _stored: tuple[int, tuple[bytes, ...]] | None = None  # what `_save` wrote last
    _own: set[int] = field(default_factory=set)  # sequences of this device's own envelopes
    # Envelopes opened in this run but not yet behind the stored cursor: (stream sequence, tag, sender,
    # envelope sequence). Only those behind it enter the stored replay windows, so an envelope fetched again
    # after a restart (it was waiting for a dependency) is not taken for a replay.
    _opened: list[tuple[int, bytes, DeviceId, int]] = field(default_factory=list)
    _stored_windows: dict[tuple[bytes, DeviceId], ReplayWindow] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.tag = relay_tag(self.space.id)
        state = self.store.relay_state(self.space.id)
        if state is not None:
            self.cursor = self.position = state.cursor
            self.heads = list(state.heads)
        for row in self.store.replay_windows(self.space.id):
            window = ReplayWindow.from_state(row.highest, row.seen)
            self._stored_windows[(row.space_tag, DeviceId(row.sender))] = window
        # A device new to this relay sends the log once: whoever reads the space there may need it.
        self.log_due = self.cursor == 0 and not self.heads

    # -- receiving --

    def receive(self, sequence: int, envelope: bytes) -> Received:
        """Open and apply one envelope fetched at *sequence* (in stream order)."""
        if sequence <= self.position:
            return Received(Outcome.ALREADY)
        self.position = sequence
        self.counters.fetched += 1
        if sequence in self._own:
            self._own.discard(sequence)
            return Received(Outcome.ALREADY)
        if is_mail(envelope):
            return Received(Outcome.MAIL, mail=envelope)
        return self._open(sequence, envelope)

    def retry_held(self) -> list[Received]:
        """Try the waiting envelopes again (the membership log changed)."""
        waiting, self.held = self.held, {}
        self._held_at.clear()
        return [self._open(sequence, envelope) for sequence, envelope in sorted(waiting.items())]

    def _open(self, sequence: int, envelope: bytes) -> Received:
        try:
            opened = open_envelope(envelope, keyring=self.space.keyring)
        except (UnknownSpace, WrongEpoch, UnknownSender) as exc:
            if self._before_my_time(envelope):
                return Received(Outcome.ALREADY)  # sealed before this device joined: never readable here
            return self._hold(sequence, envelope, str(exc))
        except Replayed:
            # Counted, not reported: a relay that starts over (a restored backup) hands back many of these.
            self.counters.replayed += 1
            return Received(Outcome.REFUSED)
        except EnvelopeError as exc:
            return self._refuse(f"an envelope was refused: {exc}")
        if self.space.keyring.space_of(opened.space_tag) != self.space.id:
            return self._refuse("an envelope of another space was stored under this space's subject")
        self._opened.append((sequence, opened.space_tag, opened.sender, opened.sequence))
        try:
            kind, body = decode_inner(opened.payload)
            if kind is Inner.CHANGES:
                changes, proofs = decode_changes_and_proofs(body)
                return self._changes(sequence, changes, _proofs(proofs), opened.sender)
            if kind in (Inner.SHARE, Inner.ALERT):
                return self._from_person(kind, body, opened.sender)
            if kind is Inner.LOG:
                before = self.space.state.order
                self.space.receive(decode_log(body))
                changed = self.space.state.order != before
                self.counters.applied += 1
                return Received(Outcome.APPLIED, sender=opened.sender, membership_changed=changed)
        except (ProtocolError, SpaceError, CommunityError) as exc:
            return self._refuse(f"{opened.sender.short()} sent something that was refused: {exc}")
        return self._refuse(f"{opened.sender.short()} sent a session message to the relay")

    def _before_my_time(self, envelope: bytes) -> bool:
        """The envelope's epoch (in its clear header) is older than any whose key this device holds."""
        if len(envelope) < _EPOCH_AT + 4:
            return False
        epoch = int.from_bytes(envelope[_EPOCH_AT : _EPOCH_AT + 4], "big")
        held = [e.number for e in self.space.state.epochs if e.key is not None]
        return bool(held) and epoch < min(held)

    def _from_person(self, kind: Inner, body: bytes, sender: DeviceId) -> Received:
        """A circle's SHARE or ALERT: taken only in a circle, only from one of the person's devices (an admin)."""
        if self.share_copy is None or self.space.state.role_of(sender) is not Role.ADMIN:
            return self._refuse(f"{sender.short()} may not send {kind.name} here")
        try:
            if kind is Inner.SHARE:
                received = Received(Outcome.APPLIED, sender=sender, share=SupportShare.from_bytes(body))
            else:
                received = Received(Outcome.APPLIED, sender=sender, alert=SupportRequest.from_bytes(body))
        except SupportCircleError as exc:
            return self._refuse(f"{sender.short()} sent a {kind.name} that was refused: {exc}")
        self.counters.applied += 1
        return received

    def _changes(
        self, sequence: int, changes: list[bytes], proofs: list[ChangeProof], sender: DeviceId
    ) -> Received:
        replica = self.replica
        if replica is None:
            return self._refuse(f"{sender.short()} sent document changes in a support circle")
        if replica.has_document:
            changed = replica.apply_changes(changes, proofs)
        else:
            # A device that joined without meeting anyone: the first envelopes carry the whole history.
            try:
                changed = replica.adopt(b"".join(changes), proofs)
            except CommunityError:
                # Nothing to build on yet: the stored cursor stays before it, so a restart tries again.
                if self.pending_from is None:
                    self.pending_from = sequence
                return self._refuse("changes arrived before any copy of the document to apply them to")
        # What came from the relay is on it: never sent back (`outgoing` skips the history of the heads).
        self.heads += [h for h in CommunityDocument.heads_of(changes) if h not in self.heads]
        if replica.pending and self.pending_from is None:
            self.pending_from = sequence
        elif not replica.pending:
            self.pending_from = None
        self.counters.applied += 1
        return Received(Outcome.APPLIED, sender=sender, document_changed=changed)

    def _hold(self, sequence: int, envelope: bytes, reason: str) -> Received:
        self.held[sequence] = envelope
        self._held_at.setdefault(sequence, self.now())
        self.counters.held += 1
        while len(self.held) > MAX_HELD or sum(map(len, self.held.values())) > MAX_HELD_BYTES:
            oldest = min(self.held)  # given up on: the stored cursor may pass it now
            del self.held[oldest]
            self._held_at.pop(oldest, None)
        return Received(Outcome.HELD, reason)

    def _refuse(self, reason: str) -> Received:
        self.counters.refused += 1
        return Received(Outcome.REFUSED, reason)

    def progress(self) -> None:
        """Store the cursor (up to what no longer waits) and the replay windows of this round."""
        now = self.now()
        holding = [
            s
            for s in self.held
            if self.position - s <= HOLD_CURSOR_BEHIND and now - self._held_at[s] <= HOLD_CURSOR_FOR
        ]
        waiting = [s for s in (min(holding, default=None), self.pending_from) if s is not None]
        self.cursor = min(waiting) - 1 if waiting else self.position
        self._save()
        behind = [o for o in self._opened if o[0] <= self.cursor]
        self._opened = [o for o in self._opened if o[0] > self.cursor]
        touched = set()
        for _, space_tag, sender, envelope_sequence in behind:
            window = self._stored_windows.setdefault((space_tag, sender), ReplayWindow())
            if window.would_accept(envelope_sequence):
                window.mark(envelope_sequence)
                touched.add((space_tag, sender))
        rows = []
        for space_tag, sender in touched:
            highest, seen = self._stored_windows[(space_tag, sender)].to_state()
            rows.append(ReplayWindowRow(space_tag, bytes(sender), highest, seen))
        if rows:
            self.store.save_replay_windows(self.space.id, rows)

    def _save(self) -> None:
        """Store the cursor and the relay heads, unless they are what was stored last (an idle round writes
        nothing)."""
        stored = (self.cursor, tuple(self.heads[-1024:]))
        if stored != self._stored:
            self.store.save_relay_progress(self.space.id, stored[0], stored[1])
            self._stored = stored

    def start_over(self) -> None:
        """The relay lost what this device read (see `RelayLink`): fetch from its start, publish everything."""
        self.cursor = self.position = 0
        self.heads = []
        self.held.clear()
        self._held_at.clear()
        self._own.clear()
        self._opened.clear()
        self.pending_from = None
        self.log_due = True
        self._save()

    def restart_from_cursor(self) -> None:
        """Fetch again from the stored cursor (the relay was replaced, or what waited for a key can now be
        read but was given up on)."""
        self.position = self.cursor
        self.held.clear()
        self._held_at.clear()

    # -- the relay note in a HELLO --

    def note(self) -> RelayNote:
        known = self.replica.known(self.heads[-64:]) if self.replica is not None else []
        return RelayNote(self.relay_id, self.cursor, tuple(known))

    def take_note(self, note: RelayNote) -> bool:
        """A peer in sync with us (same heads) got this far with the same relay: so did we. Returns whether
        anything moved."""
        if note.relay_id != self.relay_id or self.held or self.pending_from is not None:
            return False
        moved = False
        if note.cursor > self.position:
            self.position = self.cursor = note.cursor
            self._own = {s for s in self._own if s > self.position}  # passed over: never fetched now
            moved = True
        known = self.replica.known(list(note.heads)) if self.replica is not None else []
        new = [h for h in known if h not in self.heads]
        if new:
            self.heads += new
            moved = True
        if moved:
            self._save()
        return moved

    # -- publishing --

    def outgoing(self, max_envelope: int, *, changes: bool = True) -> Outgoing:
        """What to publish now (nothing while the space waits for an admin's new key)."""
        # Envelopes are padded to a bucket size: the largest bucket within the relay's limit sets the budget.
        budget = max_payload_within(max_envelope) - _PAYLOAD_SLACK
        envelopes: list[bytes] = self._urgent()  # answers to joiners and support requests: people wait
        log_epoch = None
        try:
            if self.log_due and self.space.space_tag is not None:
                log_epoch = self.space.state.epoch.number
                for batch in _batches(self.space.encoded_entries(), budget):
                    payload = encode_log(batch)
                    previous = self.space.previous_epoch()
                    if previous is not None and log_epoch != self._log_epoch:
                        envelopes.append(self.space.seal_in(previous, payload))
                    envelopes.append(self.space.seal(payload, now=self.now()))
            if self.share_copy is not None:
                heads = self.share_copy.heads()
                mine = self.space.state.role_of(self.space.me.device_id) is Role.ADMIN
                if changes and mine and heads and heads[0] not in self.heads:
                    envelopes.append(
                        self.space.seal(encode_inner(Inner.SHARE, self.share_copy.encoded), now=self.now())
                    )
            elif self.replica is not None:
                heads = tuple(self.replica.heads())
                if changes and self.replica.has_document:
                    pending = self.replica.changes_since(self.replica.known(self.heads))
                    # Every envelope carries the proofs of the actors whose changes are pending.
                    proofs = ChangeProof.encode_all(self.replica.proofs_for(pending)) if pending else b""
                    for batch in _batches(pending, budget - len(proofs)):
                        envelopes.append(
                            self.space.seal(encode_changes_with_proofs(batch, proofs), now=self.now())
                        )
        except SpaceError as exc:  # waiting for an admin's new key, or a change too large for the relay
            log.info("nothing published to the relay this round: %s", exc)
            return Outgoing(self._urgent(), tuple(self.heads), None, len(self.mail), tuple(self.alerts))
        return Outgoing(
            envelopes,
            heads if changes else tuple(self.heads),
            log_epoch,
            len(self.mail),
            tuple(self.alerts),
        )

    def _urgent(self) -> list[bytes]:
        return list(self.mail) + list(self.alerts.values())

    def published(self, outgoing: Outgoing, sequences: list[int]) -> None:
        """The relay acknowledged every envelope of *outgoing* at these stream sequences."""
        self.counters.published += len(outgoing.envelopes)
        del self.mail[: outgoing.mail]
        for at_ms in outgoing.alerts:
            self.alerts.pop(at_ms, None)
        if outgoing.log_epoch is not None:
            self.log_due, self._log_epoch = False, outgoing.log_epoch
        self.heads = list(outgoing.heads)
        fresh = sorted(s for s in sequences if s > self.position)
        # Ours, straight after what was fetched: no need to fetch them back.
        while fresh and fresh[0] == self.position + 1:
            self.position = fresh.pop(0)
        self._own.update(fresh)
        self.progress()


def _proofs(encoded: bytes) -> list[ChangeProof]:
    """The proofs after a CHANGES payload's changes (none from an older sender). Raises ProtocolError."""
    if not encoded:
        return []
    try:
        proofs, end = ChangeProof.decode_all(encoded)
    except CommunityError as exc:
        raise ProtocolError(f"the change proofs are malformed: {exc}") from exc
    if end != len(encoded):
        raise ProtocolError("the change proofs have trailing bytes")
    return list(proofs)


def _batches(items: list[bytes], budget: int) -> list[list[bytes]]:
    """Items in order, packed into payloads of at most *budget* bytes. An item too large for one envelope
    raises SpaceError (a limit of this version: it cannot go through the relay)."""
    batches: list[list[bytes]] = []
    batch: list[bytes] = []
    size = 0
    for item in items:
        if len(item) + _ITEM_OVERHEAD > budget:
            raise SpaceError(f"a change of {len(item)} bytes is larger than one relay envelope")
        if batch and size + len(item) + _ITEM_OVERHEAD > budget:
            batches.append(batch)
            batch, size = [], 0
        batch.append(item)
        size += len(item) + _ITEM_OVERHEAD
    if batch:
        batches.append(batch)
    return batches
