"""What this device knows about syncing each community, kept by the engine from what actually happens: the
peers seen and by which route, the changes no one has confirmed yet, the last exchange, whether this device
holds everything its peers announced, how far a first copy has come, and what went wrong.

`StatusBook` is told by the engine (sessions, the relay driver, the events it emits) and never guesses:
"up to date" with a peer means that the heads the peer last announced (in a HELLO or a sync message) are
this device's heads now. `SyncReport` is what it answers with, plain values that cross to the window as
they are.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sync.community import CommunityError
from sync.identity import DeviceId
from sync.membership import Role
from sync.spaces import Space

from .relayed import RelayedSpace
from .replica import Replica

__all__ = [
    "Failure",
    "FailureKind",
    "PeerReport",
    "Progress",
    "RelayReport",
    "Route",
    "StatusBook",
    "SyncReport",
]

MAX_FAILURES = 8  # the newest kept per space (one per kind and device)


class Route(enum.Enum):
    NETWORK = "network"  # a session on this network (the LAN)
    RELAY = "relay"  # envelopes fetched from the community's relay


class FailureKind(enum.Enum):
    PEER_REFUSED = "peer_refused"  # a peer broke the protocol; the connection was closed
    RELAY_UNREACHABLE = "relay_unreachable"  # the relay cannot be reached or refuses this device
    RELAY_REFUSED = "relay_refused"  # an envelope on the relay was refused (forged, replayed, removed sender)
    CHANGES_REFUSED = "changes_refused"  # a peer's changes broke the community's rules: set aside for review
    STORED_COPY = "stored_copy"  # the stored copy did not load; the last good one is used
    WAITING_FOR_KEY = "waiting_for_key"  # membership changed; an admin must issue a new key


_STANDING = (FailureKind.STORED_COPY, FailureKind.WAITING_FOR_KEY)  # read from the space, not from events


@dataclass(frozen=True)
class PeerReport:
    device: DeviceId
    member: str  # the member it speaks for ("" if the log names none)
    name: str  # that member's name in the community ("" if none was given yet)
    route: Route  # of the latest contact
    connected: bool  # a session on this network now (the relay is never "connected" to a peer)
    last_seen: dt.datetime | None  # the latest contact (engine clock)
    last_exchange: dt.datetime | None  # the latest time both held the same version
    up_to_date: bool  # connected, and the heads it last announced are this device's heads now
    lacking: int  # heads it announced that this device does not hold


@dataclass(frozen=True)
class Progress:
    """How far a first copy has come: through the relay, envelopes fetched of those the relay held; on this
    network, bytes of its one frame received so far."""

    received: int
    expected: int


@dataclass(frozen=True)
class RelayReport:
    connected: bool | None  # None: not tried yet
    last_exchange: dt.datetime | None


@dataclass(frozen=True)
class Failure:
    kind: FailureKind
    at: dt.datetime
    device: DeviceId | None = None
    detail: str = ""  # the engine's reason, in English, naming no contents
    count: int = 1  # how many times since it was first reported (changes refused: how many changes)


@dataclass(frozen=True)
class SyncReport:
    """One community's sync status on this device."""

    space_id: bytes
    has_document: bool
    peers: tuple[PeerReport, ...]  # newest contact first
    waiting_to_send: int  # changes this device holds that no peer and not the relay confirmed holding
    last_exchange: dt.datetime | None
    has_everything: bool  # a copy, nothing announced that is missing here, nothing waiting to be applied
    missing: int  # heads announced by peers that this device lacks, plus changes waiting for others
    receiving: Progress | None  # a first copy coming through the relay
    relay: RelayReport | None  # None: the community uses no relay
    failures: tuple[Failure, ...]  # newest first


@dataclass
class _Peer:
    device: DeviceId
    route: Route
    connected: bool = False
    last_seen: dt.datetime | None = None
    last_exchange: dt.datetime | None = None
    heads: tuple[bytes, ...] | None = None  # what it last announced (None: nothing yet)
    has_document: bool = False


@dataclass
class _Space:
    baseline: tuple[bytes, ...]  # heads assumed held elsewhere until anyone confirms anything
    peers: dict[DeviceId, _Peer] = field(default_factory=dict)
    last_exchange: dt.datetime | None = None
    failures: dict[tuple[FailureKind, DeviceId | None], Failure] = field(default_factory=dict)
    relay_connected: bool | None = None
    relay_exchange: dt.datetime | None = None
    relay_last: int = 0  # the relay's last sequence at the latest fetch
    relay_start: int | None = None  # where a first copy through the relay started
    copy_arriving: tuple[int, int] | None = None  # a first copy on this network: (bytes so far, frame length)
    # The last count of changes waiting, by (our heads, the heads known to be held): counting walks the history.
    waiting: tuple[tuple[tuple[bytes, ...], tuple[bytes, ...]], int] | None = None


@dataclass(frozen=True)
class DocumentFacts:
    """What the report needs from the space's document and relay state (read by the engine)."""

    heads: tuple[bytes, ...]
    known: Callable[[list[bytes]], list[bytes]]  # those of the hashes the document holds
    count_since: Callable[[list[bytes]], int]  # changes not in the history of (known) heads
    pending: int  # changes received that wait for dependencies or proofs
    has_document: bool
    relay_heads: tuple[bytes, ...] | None  # on the relay (None: no relay)
    relay_position: int = 0
    relay_waiting: bool = False  # envelopes held for a key, or changes waiting for dependencies
    names: dict[DeviceId, tuple[str, str]] = field(default_factory=dict)  # device -> (member id, name)
    problems: tuple[tuple[FailureKind, str], ...] = ()  # standing problems (stored copy, key)


def facts_of(
    space: Space, replica: Replica, relayed: RelayedSpace | None, *, uses_relay: bool
) -> DocumentFacts:
    """What a report needs, read from the space's log, its document and its relay state."""
    state = space.state
    problems = []
    if replica.problem:
        problems.append((FailureKind.STORED_COPY, replica.problem))
    if state.needs_rekey and state.role_of(space.me.device_id) is not Role.ADMIN:
        problems.append((FailureKind.WAITING_FOR_KEY, ""))
    # Changes dated ahead (and what builds on them) were received: not missing, not due yet (the review says so)
    held_back = replica.held_back()
    waiting = replica.waiting_hashes()
    return DocumentFacts(
        heads=tuple(replica.heads()),
        known=lambda hashes: replica.known(hashes) + [h for h in hashes if h in held_back],
        # (none confirmed — a peer announced heads this copy has not received yet — counts every change: by
        # their number, not by listing the whole history after each of a peer's changes)
        count_since=lambda heads: len(replica.changes_since(heads)) if heads else replica.change_count(),
        pending=replica.pending - len(held_back & waiting),
        has_document=replica.has_document,
        relay_heads=tuple(relayed.heads) if relayed is not None else (() if uses_relay else None),
        relay_position=relayed.position if relayed is not None else 0,
        relay_waiting=relayed is not None and (bool(relayed.held) or relayed.pending_from is not None),
        names=_names(space, replica),
        problems=tuple(problems),
    )


def _names(space: Space, replica: Replica) -> dict[DeviceId, tuple[str, str]]:
    """Each device of the space: (the member it speaks for, that member's name in the document)."""
    members = {}
    if replica.doc is not None:
        try:
            members = {m.id: m.name for m in replica.doc.view().members.values()}
        except CommunityError:
            members = {}
    return {device: (member, members.get(member, "")) for device, member in space.state.member_of.items()}


class StatusBook:
    """The engine's notes on each space; `on_changed(space_id)` is called whenever one of them changed."""

    def __init__(self, now: Callable[[], dt.datetime]) -> None:
        self._now = now
        self._spaces: dict[bytes, _Space] = {}
        self.on_changed: Callable[[bytes], None] | None = None

    def track(self, space_id: bytes, baseline: Iterable[bytes]) -> None:
        """Start noting a space; *baseline* is what is assumed to be held elsewhere already (the heads stored
        when the engine started: earlier runs confirmed nothing that outlived them)."""
        if space_id not in self._spaces:
            self._spaces[space_id] = _Space(tuple(baseline))
            self._changed(space_id)  # a new community has a report to tell at once

    def spaces(self) -> list[bytes]:
        return list(self._spaces)

    def forget(self, space_id: bytes) -> None:
        """Stop noting a space this device left (its notes go with it)."""
        self._spaces.pop(space_id, None)

    def touched(self, space_id: bytes) -> None:
        """The space's document changed: what waits and what is missing may have too."""
        if space_id in self._spaces:
            self._changed(space_id)

    def _changed(self, space_id: bytes) -> None:
        if self.on_changed is not None:
            self.on_changed(space_id)

    def _peer(self, space_id: bytes, device: DeviceId, route: Route) -> _Peer | None:
        space = self._spaces.get(space_id)
        if space is None:
            return None
        peer = space.peers.setdefault(device, _Peer(device, route))
        if not peer.connected:  # a peer in session here keeps that route while it is
            peer.route = route
        peer.last_seen = self._now()
        return peer

    def _in_session(self, space_id: bytes, device: DeviceId) -> _Peer | None:
        """A peer that spoke in a session on this network (only sessions call with one)."""
        peer = self._peer(space_id, device, Route.NETWORK)
        if peer is not None:
            peer.connected, peer.route = True, Route.NETWORK
        return peer

    # -- what happened --

    def connected(self, device: DeviceId, space_ids: Iterable[bytes]) -> None:
        for space_id in space_ids:
            peer = self._peer(space_id, device, Route.NETWORK)
            if peer is not None:
                peer.connected = True
                self._changed(space_id)

    def disconnected(self, device: DeviceId) -> None:
        for space_id, space in self._spaces.items():
            peer = space.peers.get(device)
            if peer is not None and peer.connected:
                peer.connected, peer.last_seen = False, self._now()
                self._changed(space_id)

    def announced(
        self,
        space_id: bytes,
        device: DeviceId,
        heads: tuple[bytes, ...],
        has_document: bool,
        ours: list[bytes],
    ) -> None:
        """A peer on this network named its heads (a HELLO, or after a sync message was applied here)."""
        peer = self._in_session(space_id, device)
        if peer is None:
            return
        peer.heads, peer.has_document = tuple(heads), has_document
        if has_document and sorted(heads) == sorted(ours):
            self._exchanged(space_id, peer)
        self._changed(space_id)

    def in_sync(self, space_id: bytes, device: DeviceId) -> None:
        peer = self._in_session(space_id, device)
        if peer is not None:
            self._exchanged(space_id, peer)
            self._changed(space_id)

    def _exchanged(self, space_id: bytes, peer: _Peer) -> None:
        space = self._spaces[space_id]
        peer.last_exchange = space.last_exchange = self._now()
        space.failures.pop((FailureKind.PEER_REFUSED, peer.device), None)

    def heard_via_relay(self, space_id: bytes, device: DeviceId) -> None:
        """An envelope of *device* was fetched from the relay and taken."""
        if self._peer(space_id, device, Route.RELAY) is not None:
            self._changed(space_id)

    def relay_fetching(self, space_id: bytes, position: int, last: int, *, first_copy: bool) -> None:
        """A fetch from the relay starts at *position*; the relay holds up to *last*."""
        space = self._spaces.get(space_id)
        if space is None:
            return
        space.relay_last = last
        if first_copy and space.relay_start is None and last > position:
            space.relay_start = position
        self._changed(space_id)

    def copy_arriving(self, space_id: bytes, received: int, expected: int) -> None:
        """A large frame is arriving on this network for a space that has no document yet (its first copy)."""
        space = self._spaces.get(space_id)
        if space is not None:
            space.copy_arriving = (received, expected)
            self._changed(space_id)

    def relay_exchanged(self, space_id: bytes) -> None:
        """A round with the relay (a fetch, or a publish) completed."""
        space = self._spaces.get(space_id)
        if space is not None:
            space.relay_connected = True
            space.relay_exchange = space.last_exchange = self._now()
            space.failures.pop((FailureKind.RELAY_UNREACHABLE, None), None)
            self._changed(space_id)

    def relay_status(self, space_id: bytes, connected: bool, reason: str) -> None:
        space = self._spaces.get(space_id)
        if space is None:
            return
        space.relay_connected = connected
        if connected:
            space.failures.pop((FailureKind.RELAY_UNREACHABLE, None), None)
        else:
            self.failed(space_id, FailureKind.RELAY_UNREACHABLE, None, reason)
        self._changed(space_id)

    def failed(
        self, space_id: bytes, kind: FailureKind, device: DeviceId | None, detail: str, count: int = 1
    ) -> None:
        space = self._spaces.get(space_id)
        if space is None:
            return
        before = space.failures.pop((kind, device), None)
        total = count + (before.count if before is not None else 0)
        space.failures[(kind, device)] = Failure(kind, self._now(), device, detail, total)
        while len(space.failures) > MAX_FAILURES:
            del space.failures[next(iter(space.failures))]  # the oldest (dicts keep insertion order)
        self._changed(space_id)

    def session_failed(self, device: DeviceId, detail: str) -> None:
        """A peer broke the protocol: noted in every space it was seen in."""
        for space_id, space in self._spaces.items():
            if device in space.peers:
                self.failed(space_id, FailureKind.PEER_REFUSED, device, detail)

    # -- the report --

    def report(self, space_id: bytes, facts: DocumentFacts) -> SyncReport:
        space = self._spaces[space_id]
        ours = sorted(facts.heads)
        peers, missing = [], 0
        for peer in sorted(space.peers.values(), key=_newest_first):
            lacking = _lacking(peer.heads, facts)
            missing += lacking
            member, name = facts.names.get(peer.device, ("", ""))
            up_to_date = (
                peer.connected and peer.has_document and peer.heads is not None and sorted(peer.heads) == ours
            )
            peers.append(
                PeerReport(
                    peer.device,
                    member,
                    name,
                    peer.route,
                    peer.connected,
                    peer.last_seen,
                    peer.last_exchange,
                    up_to_date and facts.has_document,
                    lacking,
                )
            )
        missing += facts.pending
        relay_behind = facts.relay_heads is not None and space.relay_last > facts.relay_position
        everything = facts.has_document and not missing and not facts.relay_waiting and not relay_behind
        return SyncReport(
            space_id,
            facts.has_document,
            tuple(peers),
            self._waiting(space, facts),
            space.last_exchange,
            everything,
            missing,
            self._progress(space, facts),
            RelayReport(space.relay_connected, space.relay_exchange)
            if facts.relay_heads is not None
            else None,
            self._failures(space, facts),
        )

    def _waiting(self, space: _Space, facts: DocumentFacts) -> int:
        """Changes held here that no source (a peer's announced heads, the relay's heads) is known to hold."""
        if not facts.has_document:
            return 0
        confirmed = [h for p in space.peers.values() if p.heads for h in p.heads]
        if facts.relay_heads is not None:
            confirmed += facts.relay_heads
        anyone = any(p.heads is not None for p in space.peers.values()) or facts.relay_heads is not None
        if not anyone:
            confirmed = list(space.baseline)
        held = tuple(sorted(facts.known(sorted(set(confirmed)))))
        key = (tuple(sorted(facts.heads)), held)
        if held == key[0]:
            return 0
        if space.waiting is None or space.waiting[0] != key:
            space.waiting = (key, facts.count_since(list(held)))
        return space.waiting[1]

    def _progress(self, space: _Space, facts: DocumentFacts) -> Progress | None:
        if space.copy_arriving is not None:
            if facts.has_document:
                space.copy_arriving = None  # the first copy is in
            else:
                return Progress(*space.copy_arriving)
        start = space.relay_start
        if start is None:
            return None
        if facts.relay_position >= space.relay_last:
            space.relay_start = None  # caught up: the first copy is done
            return None
        return Progress(facts.relay_position - start, space.relay_last - start)

    def _failures(self, space: _Space, facts: DocumentFacts) -> tuple[Failure, ...]:
        """The failures noted, newest first, with the standing problems the facts name (each dated when it
        was first seen, and dropped once it is gone)."""
        standing = {kind: detail for kind, detail in facts.problems}
        for kind in _STANDING:
            key = (kind, None)
            if kind not in standing:
                space.failures.pop(key, None)
            elif key not in space.failures:
                space.failures[key] = Failure(kind, self._now(), None, standing[kind])
        return tuple(reversed(space.failures.values()))


def _newest_first(peer: _Peer) -> tuple[bool, float]:
    seen = peer.last_seen.timestamp() if peer.last_seen is not None else 0.0
    return (not peer.connected, -seen)


def _lacking(heads: tuple[bytes, ...] | None, facts: DocumentFacts) -> int:
    if not heads:
        return 0
    held = set(facts.known(list(heads))) if facts.has_document else set()
    return sum(1 for h in heads if h not in held)
