"""A simulated network for sync engines: seeded drops, duplicates, reordering and partitions, no I/O.

Each live link between two peers has a session on both sides; frames wait in per-direction queues and are
delivered one at a time in a seeded order. Everything is deterministic for a given seed.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from dataclasses import dataclass, field

from sync.community.model import Asset, AssetKind
from sync.engine import PeerSession, SyncEngine
from sync.engine.wire import ProtocolError
from sync.identity import DeviceKeys
from sync.invites import prove
from sync.join import JoinRequest
from sync.membership import member_id_of
from sync.ports import InMemoryDocumentStore, InMemoryRelayStateStore, InMemorySpaceStore
from sync.spaces import Space

# Now, not a fixed day: writers date their records by the real clock, and a change dated ahead of an engine's
# clock waits for it (sync.community._ahead).
T0 = dt.datetime.now(dt.UTC).replace(microsecond=0)
CHALLENGE = bytes(32)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> dt.datetime:
        return self.now


@dataclass
class Peer:
    name: str
    engine: SyncEngine
    documents: InMemoryDocumentStore
    spaces: InMemorySpaceStore
    keys: DeviceKeys
    relay: InMemoryRelayStateStore
    made: list[str] = field(default_factory=list)  # ids of the assets this peer wrote


def make_peer(name: str, clock: Clock, n: int) -> Peer:
    keys = DeviceKeys.generate()
    spaces, documents, relay = InMemorySpaceStore(), InMemoryDocumentStore(), InMemoryRelayStateStore()
    engine = SyncEngine(keys, spaces, documents, actor_id=bytes([n + 1]) * 16, relay=relay, clock=clock)
    return Peer(name, engine, documents, spaces, keys, relay)


def join(inviter: Peer, joiner: Peer, space: Space) -> Space:
    invite = space.invite(now=inviter.engine.now())
    proof = prove(invite.secret, invite.inviter, joiner.keys.device_id.raw, CHALLENGE)
    request = JoinRequest.make(joiner.keys, proof, CHALLENGE, inviter.keys.device_id)
    accepted = space.admit(request, CHALLENGE, now=inviter.engine.now())
    joined = Space.join(
        accepted,
        joiner.keys,
        joiner.spaces,
        joiner.engine.keyring,
        secret=invite.secret,
        inviter=inviter.keys.device_id,
        challenge=CHALLENGE,
    )
    return joiner.engine.add_space(joined)


def community(count: int, clock: Clock | None = None) -> tuple[list[Peer], bytes]:
    """*count* peers; the first creates a community and invites the others (membership only: the document
    reaches them through sync)."""
    clock = clock or Clock()
    peers = [make_peer(f"p{n}", clock, n) for n in range(count)]
    space = peers[0].engine.create_community("Sim Street")
    for peer in peers[1:]:
        join(peers[0], peer, space)
    # Everyone holds the full log, as after the joins' LOG exchanges.
    for peer in peers[1:]:
        peer.engine.space(space.id).receive(space.encoded_entries())  # type: ignore[union-attr]
    return peers, space.id


def write(peer: Peer, space_id: bytes, n: int) -> None:
    asset_id = f"{peer.name}-{n}"
    author = member_id_of(peer.keys.device_id)  # a record names its writer (the authority rules)
    asset = Asset(asset_id, AssetKind.HUMAN, f"Skill {asset_id}", author)  # created now
    peer.engine.change(space_id, lambda doc: doc.add_asset(asset))
    peer.made.append(asset_id)


@dataclass
class Link:
    a: Peer
    b: Peer
    ab: PeerSession
    ba: PeerSession
    queues: dict[str, list[bytes]] = field(default_factory=lambda: {"ab": [], "ba": []})


class SimNetwork:
    def __init__(
        self, peers: list[Peer], seed: int, *, drop: float = 0.0, dup: float = 0.0, reorder: bool = False
    ):
        self.peers = peers
        self.rng = random.Random(seed)
        self.drop, self.dup, self.reorder = drop, dup, reorder
        self.links: dict[tuple[int, int], Link] = {}
        self.delivered = 0
        self.protocol_errors = 0

    def connect(self, i: int, j: int) -> None:
        key = (min(i, j), max(i, j))
        if key in self.links:
            return
        a, b = self.peers[key[0]], self.peers[key[1]]
        ab = a.engine.open_session(b.keys.card)  # a's session with b
        ba = b.engine.open_session(a.keys.card)
        self.links[key] = Link(a, b, ab, ba)

    def disconnect(self, i: int, j: int) -> None:
        link = self.links.pop((min(i, j), max(i, j)), None)
        if link is not None:
            link.a.engine.close_session(link.ab)
            link.b.engine.close_session(link.ba)

    def partition(self, groups: list[set[int]]) -> None:
        """Keep only links inside a group; connect everything inside each group."""
        for i, j in list(self.links):
            if not any(i in g and j in g for g in groups):
                self.disconnect(i, j)
        for group in groups:
            for i, j in itertools.combinations(sorted(group), 2):
                self.connect(i, j)

    def heal(self) -> None:
        self.partition([set(range(len(self.peers)))])

    def _collect(self) -> None:
        for link in self.links.values():
            for session, queue in ((link.ab, link.queues["ab"]), (link.ba, link.queues["ba"])):
                while session.outbox:
                    frame = session.outbox.popleft()
                    if self.rng.random() < self.drop:
                        continue
                    queue.append(frame)
                    if self.rng.random() < self.dup:
                        queue.append(frame)

    def step(self) -> bool:
        """Deliver one frame somewhere; False when nothing is in flight."""
        self._collect()
        busy = [(link, d) for link in self.links.values() for d in ("ab", "ba") if link.queues[d]]
        if not busy:
            return False
        link, direction = self.rng.choice(busy)
        queue = link.queues[direction]
        frame = queue.pop(self.rng.randrange(len(queue)) if self.reorder else 0)
        receiver = link.ba if direction == "ab" else link.ab
        try:
            receiver.receive(frame)
        except ProtocolError:
            self.protocol_errors += 1
        self.delivered += 1
        return True

    def run(self, steps: int) -> None:
        for _ in range(steps):
            if not self.step():
                return

    def tick(self) -> None:
        for link in self.links.values():
            link.ab.tick()
            link.ba.tick()

    def settle(self, *, max_rounds: int = 30) -> int:
        """Without faults: tick and deliver until every peer has the same document. Returns rounds used."""
        self.drop = self.dup = 0.0
        self.reorder = False
        for round_ in range(max_rounds):
            self.tick()
            self.run(100_000)
            if converged(self.peers, self.space_id):
                return round_
        raise AssertionError("the peers did not converge")

    space_id: bytes = b""


def converged(peers: list[Peer], space_id: bytes) -> bool:
    docs = [p.engine.document(space_id) for p in peers]
    if any(d is None for d in docs):
        return False
    heads = {tuple(sorted(d.heads())) for d in docs if d is not None}
    return len(heads) == 1
