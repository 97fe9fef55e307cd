"""A sync session with one peer device, without I/O: frames in, frames out (the `outbox`).

For every community space both devices belong to, the session:

1. sends the space's membership log (LOG) and a HELLO (whether it has the document, and its heads);
2. on the peer's HELLO: if the peer has no document, sends a SNAPSHOT (one load on the other side: the fast
   first contact); if both have one, starts Automerge's sync protocol with a fresh `PeerSync`;
3. answers SYNC messages until neither side has anything to say; a local change (or one from another peer)
   makes it speak again;
4. on a sync message that fails, or on `tick()` (a timer of the driver; also how lost messages are recovered),
   starts that space over with a fresh `PeerSync` and a HELLO — Automerge's sync state must never outlive a
   failure.

Anything a peer sends that the protocol does not allow raises `ProtocolError`, and the driver closes the
session; nothing it sent has touched the document unless it was a valid change. Duplicated, replayed and
reordered envelopes are ignored (the envelope layer refuses replays), so a lossy transport only slows it down.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from sync.community import ChangeProof, CommunityDocument, CommunityError, PeerSync
from sync.envelope import (
    BadSignature,
    DecryptionFailed,
    EnvelopeError,
    MalformedEnvelope,
    RemovedSender,
    open_envelope,
    space_tag_of,
)
from sync.frames import MAX_FRAME
from sync.identity import DeviceCard, DeviceId
from sync.membership import Entry, MembershipError, Role, SpaceKind
from sync.spaces import Space, SpaceError, SpaceKeyring
from sync.support_circle import SupportCircleError, SupportRequest, SupportShare

from .replica import Replica
from .support_circles import SupportShareCopy
from .wire import (
    MAX_LOG_BATCH,
    Hello,
    Inner,
    Log,
    ProtocolError,
    Receipt,
    RelayNote,
    Sealed,
    decode,
    decode_inner,
    encode_inner,
    log_digest,
)

__all__ = ["PeerSession", "SessionHost"]

_SUPPORT_CIRCLE_KINDS = (Inner.HELLO, Inner.SHARE, Inner.ALERT)

_LOG_BUDGET = MAX_FRAME - 1024  # bytes of entries per LOG message, well inside one frame
_MAX_OFFERED = 4096  # change proofs kept per peer and space
_OFFERED_PER_ACTOR = 4


def _space_of_entries(entries: tuple[bytes, ...]) -> bytes | None:
    if not entries:
        return None
    try:
        return Entry.from_bytes(entries[0]).space_id
    except MembershipError:
        return None


log = logging.getLogger(__name__)


def _proof_key(proof: ChangeProof) -> tuple[bytes, int]:
    return proof.actor, proof.seq


class SessionHost(Protocol):
    """What a session needs from the engine that owns it."""

    keyring: SpaceKeyring

    def shared_spaces(self, peer: DeviceCard) -> list[Space]: ...

    def space(self, space_id: bytes) -> Space | None: ...

    def replica(self, space_id: bytes) -> Replica: ...

    def support_circle(self, space_id: bytes) -> SupportShareCopy: ...

    def support_share_received(self, space_id: bytes, share: SupportShare, source: PeerSession) -> None: ...

    def alert_received(
        self, space_id: bytes, request: SupportRequest, source: PeerSession | None
    ) -> None: ...

    def alert_receipt(self, space_id: bytes, at_ms: int, source: PeerSession) -> None: ...

    def now(self) -> dt.datetime: ...

    def document_changed(self, space_id: bytes, source: PeerSession | None) -> None: ...

    def membership_changed(self, space_id: bytes, *, told: PeerSession | None = None) -> None: ...

    def changes_refused(self, space_id: bytes, source: PeerSession | None) -> None: ...

    def syncing(self, space_id: bytes, source: PeerSession) -> None: ...

    def in_sync(self, space_id: bytes, source: PeerSession) -> None: ...

    def announced(
        self, space_id: bytes, source: PeerSession, heads: tuple[bytes, ...], has_document: bool
    ) -> None: ...

    def relay_note(self, space_id: bytes) -> RelayNote | None: ...

    def take_relay_note(self, space_id: bytes, note: RelayNote) -> None: ...


@dataclass
class _SpaceState:
    peer_sync: PeerSync = field(default_factory=PeerSync)
    peer_has_document: bool | None = None  # unknown until the peer's HELLO
    peer_heads: tuple[bytes, ...] = ()
    share_sent: bytes | None = None  # a circle: the digest of the share sent in this session
    # A SNAPSHOT went to the peer in this session (until our next tick): it is on its way, however often the
    # peer greets again before it arrives (every admission elsewhere makes it greet), so it goes only once.
    snapshot_sent: bool = False
    # The relay note of the peer's last HELLO, with that HELLO's heads (the note holds for a copy with them)
    peer_note: tuple[tuple[bytes, ...], RelayNote] | None = None
    # The change proofs this peer holds (sent by us, or its own).
    proofs_sent: frozenset[ChangeProof] = frozenset()
    offered: dict[tuple[bytes, int], ChangeProof] = field(default_factory=dict)  # proofs the peer sent

    def take_proofs(self, proofs: tuple[ChangeProof, ...]) -> None:
        self.proofs_sent |= frozenset(proofs)  # never sent back to the peer that sent them
        for proof in proofs:
            self.offered[(proof.actor, proof.seq)] = proof
        # Per actor, the newest few are enough (a newer proof vouches for the older changes); and a peer cannot
        # grow this without bound.
        newest: dict[bytes, list[tuple[bytes, int]]] = {}
        for key in sorted(self.offered, key=lambda k: -k[1]):
            newest.setdefault(key[0], []).append(key)
        for keys in newest.values():
            for key in keys[_OFFERED_PER_ACTOR:]:
                del self.offered[key]
        while len(self.offered) > _MAX_OFFERED:
            del self.offered[next(iter(self.offered))]


class PeerSession:
    def __init__(self, host: SessionHost, peer: DeviceCard) -> None:
        self.host = host
        self.peer = peer
        self.outbox: deque[bytes] = deque()
        self._spaces: dict[bytes, _SpaceState] = {}
        self.on_output: Callable[[], None] | None = None  # the driver's wake-up, if it wants one
        self.ending = False  # set when the peer shares no space any more: the driver closes the connection

    def end(self, space: Space | None = None) -> None:
        """Ask the driver to close this session once what is queued has been sent; with *space*, first send
        its membership log, so a removed peer learns of its removal (and drops what it should)."""
        tag = space.space_tag if space is not None else None
        if space is not None and tag is not None:
            self._send_log(space, tag)
        self.ending = True
        if self.on_output is not None:
            self.on_output()

    def forget(self, space_id: bytes) -> None:
        """This device forgot the space: drop what this session knew of the peer's copy of it."""
        self._spaces.pop(space_id, None)

    def share_log(self, space: Space) -> None:
        """Send the space's membership log now (it changed here)."""
        if space.space_tag is not None:
            self._send_log(space, space.space_tag)

    # -- driving --

    def start(self) -> None:
        """Greet every shared space with a HELLO (the membership log follows if the peer's HELLO shows that
        its log differs)."""
        for space in self.host.shared_spaces(self.peer):
            self._greet(space)

    def tick(self) -> None:
        """Start every shared space over: a fresh sync state and a HELLO. Cheap when already in sync: equal
        heads in the HELLOs end it there. A snapshot sent before may have been lost: it may go again."""
        for state in self._spaces.values():
            state.snapshot_sent = False
        self.start()

    def receive(self, frame: bytes) -> None:
        message = decode(frame)
        if isinstance(message, Log):
            self._receive_log(message)
        elif isinstance(message, Receipt):
            self._receive_receipt(message)
        else:
            self._receive_sealed(message)

    def local_change(self, space_id: bytes) -> None:
        """The document of *space_id* changed here: tell the peer if it is in sync with us on that space."""
        state = self._spaces.get(space_id)
        space = self.host.space(space_id)
        if state is None or space is None:
            return
        if space.kind is SpaceKind.CIRCLE:
            if space in self.host.shared_spaces(self.peer):
                self._send_share(space)
            return
        if not state.peer_has_document:
            return
        if sorted(state.peer_heads) == sorted(self.host.replica(space_id).heads()):
            # What reached us (through the relay, or from another peer) made our copy what this peer last
            # announced: in sync with it now, not at its next greeting.
            self.host.in_sync(space_id, self)
        self._speak(space, state)

    def _send_share(self, space: Space, *, again: bool = False) -> None:
        """The person's device sends its circle's share, once per session unless it changed (or *again*): a
        supporter's device, a reader, cannot seal anything, so it never answers with a HELLO of its own."""
        copy = self.host.support_circle(space.id)
        digest = copy.digest()
        state = self._spaces.setdefault(space.id, _SpaceState())
        if space.state.role_of(space.me.device_id) is not Role.ADMIN or digest is None:
            return
        if digest != state.share_sent or again:
            state.share_sent = digest
            self._seal(space, encode_inner(Inner.SHARE, copy.encoded))

    # -- sending --

    def _send(self, frame: bytes) -> None:
        self.outbox.append(frame)
        if self.on_output is not None:
            self.on_output()

    def _seal(self, space: Space, payload: bytes) -> bool:
        """Seal *payload* for *space* and send it; False if it could not be sealed (then nothing was sent)."""
        try:
            envelope = space.seal(payload, now=self.host.now())
        except SpaceError:
            return False  # e.g. waiting for an admin's new key: the next tick tries again
        except ValueError as exc:  # larger than one envelope: a limit of this version, not the peer's fault
            log.warning("a message for a peer is too large to send: %s", exc)
            return False
        self._send(Sealed(envelope).to_bytes())
        return True

    def greet(self, space: Space) -> None:
        """Send the space's HELLO again (e.g. our relay cursor moved)."""
        if space in self.host.shared_spaces(self.peer):
            self._greet(space)

    def _greet(self, space: Space) -> None:
        if space.space_tag is None:
            return
        state = self._spaces.setdefault(space.id, _SpaceState())  # what we know of the peer survives a tick
        state.proofs_sent = frozenset()  # starting over: the proofs go again (a lost message is recovered)
        self._seal(space, self._hello(space))
        if space.kind is SpaceKind.CIRCLE:
            self._send_share(space)

    def _hello(self, space: Space) -> bytes:
        if space.kind is SpaceKind.CIRCLE:
            copy = self.host.support_circle(space.id)
            return Hello(copy.share is not None, log_digest(space.state.heads), copy.heads()).to_bytes()
        replica = self.host.replica(space.id)
        return Hello(
            replica.has_document,
            log_digest(space.state.heads),
            tuple(replica.heads()),
            self.host.relay_note(space.id),
        ).to_bytes()

    def _send_log(self, space: Space, tag: bytes) -> None:
        """The whole log, in as many LOG messages as the limits need (parents always before children)."""
        batch: list[bytes] = []
        size = 0
        for entry in space.encoded_entries():
            if batch and (len(batch) == MAX_LOG_BATCH or size + len(entry) + 4 > _LOG_BUDGET):
                self._send(Log(tag, tuple(batch)).to_bytes())
                batch, size = [], 0
            batch.append(entry)
            size += len(entry) + 4
        if batch:
            self._send(Log(tag, tuple(batch)).to_bytes())

    def _speak(self, space: Space, state: _SpaceState) -> None:
        message = self.host.replica(space.id).generate_sync(state.peer_sync)
        if message is not None:
            self._send_proofs(space, state, then_sync=message)

    def _send_proofs(self, space: Space, state: _SpaceState, *, then_sync: bytes | None = None) -> None:
        """The proofs the peer lacks (usually one: of the change going out), in the envelope of the SYNC that
        follows if there is one (PROOFS ‖ sync message), so a change costs one envelope, not two."""
        fresh = frozenset(self.host.replica(space.id).proofs()) - state.proofs_sent
        if not fresh:
            if then_sync is not None:
                self._seal(space, encode_inner(Inner.SYNC, then_sync))
            return
        state.proofs_sent |= fresh
        body = ChangeProof.encode_all(sorted(fresh, key=_proof_key)) + (then_sync or b"")
        self._seal(space, encode_inner(Inner.PROOFS, body))

    # -- receiving --

    def _receive_log(self, message: Log) -> None:
        # The tag names the sender's current epoch, which a device that missed a new key cannot map: then the
        # entries' own space id says which space they belong to.
        space_id = self.host.keyring.space_of(message.space_tag) or _space_of_entries(message.entries)
        space = self.host.space(space_id) if space_id is not None else None
        if space is None or self.peer.device_id not in space.state.cards:
            return  # a space we do not share (or no longer hold the key of): nothing to learn
        before = space.state.order
        try:
            space.receive(message.entries)
        except SpaceError as exc:
            raise ProtocolError(f"the peer sent membership entries that were refused: {exc}") from exc
        if space.state.order != before:
            sent = {hashlib.sha256(entry).digest() for entry in message.entries}
            # The peer holds what it sent: if that covers our log's heads, our log would tell it nothing.
            holds_ours = set(space.state.heads) <= sent
            self.host.membership_changed(space.id, told=self if holds_ours else None)

    def _receive_receipt(self, message: Receipt) -> None:
        """A supporter's device acknowledged "I need support" in a circle of mine; a receipt for a space this
        device does not hold as the person, or from a device that is not in it, says nothing and is ignored."""
        space_id = self.host.keyring.space_of(message.space_tag)
        space = self.host.space(space_id) if space_id is not None else None
        if space is None or space.kind is not SpaceKind.CIRCLE:
            return
        if space.state.role_of(self.peer.device_id) is not Role.READER:
            return
        if space.state.role_of(space.me.device_id) is not Role.ADMIN:
            return
        self.host.alert_receipt(space.id, message.at_ms, self)

    def send_receipt(self, space: Space, at_ms: int) -> None:
        """A supporter's device: tell the person's device that this device has its requests up to *at_ms*."""
        if space.space_tag is not None:
            self._send(Receipt(space.space_tag, at_ms).to_bytes())

    def _tell_removal(self, envelope: bytes) -> None:
        tag = space_tag_of(envelope)
        space_id = self.host.keyring.space_of(tag) if tag is not None else None
        space = self.host.space(space_id) if space_id is not None else None
        if space is not None and space.space_tag is not None and self.peer.device_id in space.state.cards:
            self._send_log(space, space.space_tag)

    def _receive_sealed(self, message: Sealed) -> None:
        try:
            opened = open_envelope(message.envelope, keyring=self.host.keyring)
        except RemovedSender:
            self._tell_removal(message.envelope)  # it may not know yet: send the log that says so
            return
        except (MalformedEnvelope, BadSignature, DecryptionFailed) as exc:
            raise ProtocolError(f"the peer sent an envelope that was refused: {exc}") from exc
        except EnvelopeError:
            return  # a replay, or an epoch we do not hold yet: the LOG exchange catches us up
        if opened.sender != self.peer.device_id:
            raise ProtocolError("the peer sent an envelope signed by another device")
        space_id = self.host.keyring.space_of(opened.space_tag)
        space = self.host.space(space_id) if space_id is not None else None
        if space is None or space not in self.host.shared_spaces(self.peer):
            return  # only community spaces both sides write in are synced here
        kind, body = decode_inner(opened.payload)
        state = self._spaces.setdefault(space.id, _SpaceState())
        if space.kind is SpaceKind.CIRCLE:
            self._receive_support_circle(space, kind, body, opened.sender)
            return
        if kind is Inner.SHARE:
            raise ProtocolError("the peer sent a circle's share in a community")
        replica = self.host.replica(space.id)
        if kind is Inner.HELLO:
            hello = Hello.from_body(body)
            state.peer_has_document, state.peer_heads = hello.has_document, hello.heads
            state.peer_note = (hello.heads, hello.relay) if hello.relay is not None else None
            self.host.announced(space.id, self, hello.heads, hello.has_document)
            if hello.log_digest != log_digest(space.state.heads) and space.space_tag is not None:
                self._send_log(space, space.space_tag)  # the peer's log differs: ours may be what it lacks
            if hello.has_document and sorted(hello.heads) == sorted(replica.heads()):
                self.host.in_sync(space.id, self)  # nothing to exchange: the sync protocol is not started
                if hello.relay is not None:
                    self.host.take_relay_note(space.id, hello.relay)
            elif hello.has_document or replica.has_document:
                # Heads differ: start Automerge's protocol over. (Equal heads keep the sync state, so the next
                # change goes as one small message rather than a fresh exchange with a filter of everything.)
                state.peer_sync = PeerSync()
                self.host.syncing(space.id, self)
                if replica.has_document and not hello.has_document:
                    self._send_snapshot(space, state)
                elif replica.has_document:
                    self._speak(space, state)
        elif kind is Inner.PROOFS:
            try:
                proofs, end = ChangeProof.decode_all(body)
            except CommunityError as exc:
                raise ProtocolError(f"the peer's change proofs were refused: {exc}") from exc
            state.take_proofs(proofs)
            if end < len(body):  # the SYNC these proofs vouch for, in the same envelope
                self._receive_sync(space, state, body[end:])
        elif kind is Inner.SNAPSHOT:
            try:
                changed = replica.adopt(body, list(state.offered.values()))
            except CommunityError as exc:
                raise ProtocolError(f"the peer's snapshot was refused: {exc}") from exc
            state.peer_has_document, state.peer_sync = True, PeerSync()
            self.host.changes_refused(space.id, self)
            if changed:
                self.host.document_changed(space.id, self)
            self._adopted(space, state, replica)
        elif kind is not Inner.SYNC:
            raise ProtocolError(f"the peer sent a relay message ({kind.name}) in a session")
        else:
            self._receive_sync(space, state, body)

    def _send_snapshot(self, space: Space, state: _SpaceState) -> None:
        """The whole document, for a peer that has none: once per session until our next tick."""
        if state.snapshot_sent:
            return  # still on its way (or being loaded): a second copy would cost both sides a whole load
        state.snapshot_sent = True
        self._send_proofs(space, state)
        self._seal(space, encode_inner(Inner.SNAPSHOT, self.host.replica(space.id).snapshot()))

    def _adopted(self, space: Space, state: _SpaceState, replica: Replica) -> None:
        """A SNAPSHOT was taken: its heads are what the peer held when it sent it. Holding exactly those, this
        device is in sync with the peer now, without waiting for an answer to its next sync message (which
        a busy peer may give seconds later), and the relay note of the peer's HELLO for them holds for us."""
        heads = replica.adopted_heads
        if heads is not None:
            state.peer_heads = heads
        self.host.announced(space.id, self, state.peer_heads, True)
        ours = sorted(replica.heads())
        if heads is not None and sorted(heads) == ours:
            self.host.in_sync(space.id, self)
            if state.peer_note is not None and sorted(state.peer_note[0]) == ours:
                self.host.take_relay_note(space.id, state.peer_note[1])
        self._speak(space, state)

    def _receive_sync(self, space: Space, state: _SpaceState, body: bytes) -> None:
        """A SYNC (alone, or after the PROOFS that vouch for it in one envelope)."""
        replica = self.host.replica(space.id)
        if not replica.has_document:
            return  # the snapshot is on its way (or lost: the next tick asks again)
        try:
            changed = replica.receive_sync(state.peer_sync, body, list(state.offered.values()))
        except CommunityError:
            state.peer_sync = PeerSync()  # never continue on a failed state: start over
            self._seal(space, self._hello(space))
            return
        state.peer_has_document = True
        self.host.changes_refused(space.id, self)
        if changed:
            self.host.document_changed(space.id, self)
        # The message names the heads its sender had: equal to ours now, the two copies are in sync.
        peer_heads = CommunityDocument.sync_message_heads(body)
        if peer_heads is not None:
            state.peer_heads = peer_heads
            self.host.announced(space.id, self, peer_heads, True)
        if peer_heads is not None and sorted(peer_heads) == sorted(replica.heads()):
            self.host.in_sync(space.id, self)
        self._speak(space, state)

    def _receive_support_circle(self, space: Space, kind: Inner, body: bytes, sender: DeviceId) -> None:
        """A support circle: HELLOs name the share each side holds; only the person's devices send shares."""
        if kind not in _SUPPORT_CIRCLE_KINDS:
            raise ProtocolError(f"the peer sent {kind.name} in a support circle")
        copy = self.host.support_circle(space.id)
        if kind is Inner.HELLO:
            hello = Hello.from_body(body)
            if hello.log_digest != log_digest(space.state.heads) and space.space_tag is not None:
                self._send_log(space, space.space_tag)
            if hello.heads == copy.heads():
                if copy.share is not None:
                    self.host.in_sync(space.id, self)
            else:
                self._send_share(space, again=True)  # another of the person's devices lacks it
            return
        if space.state.role_of(sender) is not Role.ADMIN:
            raise ProtocolError(
                "only the person whose plan it is may send a circle's share or ask for support"
            )
        try:
            if kind is Inner.ALERT:
                request = SupportRequest.from_bytes(body)
                self.host.alert_received(space.id, request, self)
                self.send_receipt(space, request.at_ms)  # again for a repeat: an earlier receipt may be lost
                return
            share = SupportShare.from_bytes(body)
        except SupportCircleError as exc:
            raise ProtocolError(f"the peer's circle message was refused: {exc}") from exc
        self.host.support_share_received(space.id, share, self)

    def send_alert(self, space: Space, request: SupportRequest) -> bool:
        """The person asks for support: tell this peer at once if it is in the circle (True if it was sent)."""
        if space not in self.host.shared_spaces(self.peer):
            return False
        return self._seal(space, encode_inner(Inner.ALERT, request.to_bytes()))
