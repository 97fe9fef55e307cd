"""The sync engine: this device's spaces and their documents, and a session per connected peer.

The engine is single-threaded and does no I/O of its own: drivers (the asyncio `serve_channel` below, the
test harness's simulated network) feed frames to sessions and send what lands in their outboxes. Storage goes
through the `sync.ports` protocols, which the encrypted store satisfies.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sync.community import CommunityDocument
from sync.errors import FrameError
from sync.identity import DeviceCard, DeviceId, DeviceKeys
from sync.invites import Invite, invite_tag
from sync.join import JoinAccepted
from sync.membership import Role, SpaceKind
from sync.ports import DocumentStore, SpaceStore
from sync.spaces import Space, SpaceError, SpaceKeyring
from sync.transport import Channel, ChannelClosed

from .replica import Replica
from .session import PeerSession
from .wire import ProtocolError

__all__ = [
    "DocumentChanged",
    "EngineEvent",
    "InSync",
    "PeerConnected",
    "PeerDisconnected",
    "SessionFailed",
    "SyncEngine",
    "Syncing",
    "serve_channel",
]


@dataclass(frozen=True)
class PeerConnected:
    peer: DeviceId


@dataclass(frozen=True)
class PeerDisconnected:
    peer: DeviceId


@dataclass(frozen=True)
class SessionFailed:
    """A peer broke the protocol; its session was closed. *reason* names what was refused (no contents)."""

    peer: DeviceId
    reason: str


@dataclass(frozen=True)
class Syncing:
    """Exchanging changes with *peer* on a space (their heads differ from ours, or a copy is on its way)."""

    peer: DeviceId
    space_id: bytes


@dataclass(frozen=True)
class InSync:
    """*peer* and this device hold the same version of the space's document."""

    peer: DeviceId
    space_id: bytes


@dataclass(frozen=True)
class DocumentChanged:
    space_id: bytes
    from_peer: DeviceId | None  # None: changed on this device


EngineEvent = PeerConnected | PeerDisconnected | SessionFailed | Syncing | InSync | DocumentChanged


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class SyncEngine:
    def __init__(
        self,
        me: DeviceKeys,
        spaces: SpaceStore,
        documents: DocumentStore,
        *,
        actor_id: bytes,
        clock: Callable[[], dt.datetime] = _utc_now,
    ) -> None:
        self.me = me
        self.keyring = SpaceKeyring()
        self._space_store = spaces
        self._documents = documents
        self._actor = actor_id
        self._clock = clock
        self._spaces: dict[bytes, Space] = {}
        self._replicas: dict[bytes, Replica] = {}
        self.sessions: set[PeerSession] = set()
        self.listeners: list[Callable[[EngineEvent], None]] = []
        self.unreadable: list[tuple[bytes, str]] = []  # spaces whose stored log could not be read, and why
        for space_id in spaces.spaces():
            try:
                self._adopt(Space.load(space_id, me, spaces, self.keyring))
            except SpaceError as exc:  # kept in the store untouched; the others still sync
                self.unreadable.append((space_id, str(exc)))

    def _adopt(self, space: Space) -> Space:
        self._spaces[space.id] = space
        self._replicas[space.id] = Replica(space.id, self._documents, self._actor)
        return space

    # -- spaces --

    def create_community(self, name: str) -> Space:
        space = self._adopt(
            Space.create(SpaceKind.COMMUNITY, self.me, self._space_store, self.keyring, now=self.now())
        )
        self._replicas[space.id].create(name)
        return space

    def add_space(self, space: Space) -> Space:
        """A space this device just joined (`Space.join`): its document comes from the first peer met."""
        if space.me.device_id != self.me.device_id or space.keyring is not self.keyring:
            raise ValueError("join the space with this engine's keys and keyring")
        self._adopt(space)
        for session in self.sessions:
            if space in self.shared_spaces(session.peer):
                session.start()
        return space

    @property
    def actor_id(self) -> bytes:
        """This device's Automerge actor id (from its identity; never shared with another device)."""
        return self._actor

    def space_ids(self) -> list[bytes]:
        return list(self._spaces)

    def space(self, space_id: bytes) -> Space | None:
        return self._spaces.get(space_id)

    def replica(self, space_id: bytes) -> Replica:
        return self._replicas[space_id]

    def document(self, space_id: bytes) -> CommunityDocument | None:
        return self._replicas[space_id].doc

    def shared_spaces(self, peer: DeviceCard) -> list[Space]:
        """Community spaces where both this device and *peer* are writing members."""
        writers = (Role.ADMIN, Role.MEMBER)
        return [
            space
            for space in self._spaces.values()
            if space.kind is SpaceKind.COMMUNITY
            and space.is_member
            and space.state.role_of(peer.device_id) in writers
        ]

    def open_invites(self, *, include_used: bool = False) -> dict[bytes, tuple[Space, Invite]]:
        """Invites this device issued that are unexpired (and unused, unless *include_used*), by their tag
        (`sync.invites.invite_tag`)."""
        now = self.now()
        found: dict[bytes, tuple[Space, Invite]] = {}
        for space in self._spaces.values():
            for encoded, used in self._space_store.invites(space.id):
                if used and not include_used:
                    continue
                invite = Invite.from_bytes(encoded)
                if invite.expires_at > now:
                    found[invite_tag(invite.secret)] = (space, invite)
        return found

    def join_space(
        self,
        accepted: JoinAccepted,
        *,
        secret: bytes,
        inviter: DeviceId,
        challenge: bytes,
        expected_space: bytes | None = None,
    ) -> Space:
        """The joiner's last step: check the inviter's answer (`Space.join`) and keep the space."""
        space = Space.join(
            accepted,
            self.me,
            self._space_store,
            self.keyring,
            secret=secret,
            inviter=inviter,
            challenge=challenge,
            expected_space=expected_space,
        )
        return self.add_space(space)

    def space_tags(self) -> frozenset[bytes]:
        """The current tags of the community spaces this device syncs, and of its open invites: what discovery
        announces and the TLS handshake offers (support circles and one's own devices are not announced)."""
        communities = frozenset(
            t
            for s in self._spaces.values()
            if s.kind is SpaceKind.COMMUNITY and s.is_member and (t := s.space_tag) is not None
        )
        return communities | frozenset(self.open_invites())

    def now(self) -> dt.datetime:
        return self._clock()

    # -- changes --

    def change(self, space_id: bytes, edit: Callable[[CommunityDocument], None]) -> None:
        """Edit a space's document here; peers in session hear of it at once."""
        if self._replicas[space_id].change(edit):
            self.document_changed(space_id, None)

    def emit(self, event: EngineEvent) -> None:
        for listener in list(self.listeners):
            listener(event)

    def document_changed(self, space_id: bytes, source: PeerSession | None) -> None:
        self.emit(DocumentChanged(space_id, source.peer.device_id if source is not None else None))
        for session in self.sessions:
            if session is not source:
                session.local_change(space_id)

    def syncing(self, space_id: bytes, source: PeerSession) -> None:
        self.emit(Syncing(source.peer.device_id, space_id))

    def in_sync(self, space_id: bytes, source: PeerSession) -> None:
        self.emit(InSync(source.peer.device_id, space_id))

    def membership_changed(self, space_id: bytes) -> None:
        """New membership entries (made here or received): pass the log on to every peer of the space at once
        (a new epoch is readable only once it arrives), then greet again; disconnect peers that share nothing."""
        space = self._spaces[space_id]
        for session in list(self.sessions):
            shared = self.shared_spaces(session.peer)
            if not shared:
                session.end(space)  # removed (or we were): devices that share no space are not kept connected
            elif space in shared or session.peer.device_id in space.state.cards:
                session.share_log(space)
                if space in shared:
                    session.start()

    # -- sessions --

    def open_session(self, peer: DeviceCard) -> PeerSession:
        session = PeerSession(self, peer)
        self.sessions.add(session)
        self.emit(PeerConnected(peer.device_id))
        session.start()
        return session

    def close_session(self, session: PeerSession) -> None:
        if session in self.sessions:
            self.sessions.discard(session)
            self.emit(PeerDisconnected(session.peer.device_id))


async def serve_channel(engine: SyncEngine, channel: Channel, *, tick_seconds: float = 30.0) -> None:
    """Run a session over *channel* until it closes. A peer that breaks the protocol is disconnected."""
    session = engine.open_session(channel.peer)
    wake = asyncio.Event()
    session.on_output = wake.set
    wake.set()

    async def writer() -> None:
        try:
            while True:
                await wake.wait()
                wake.clear()
                while session.outbox:
                    await channel.send(session.outbox.popleft())
                if session.ending:
                    await channel.close()
                    return
        except (ChannelClosed, FrameError, OSError):
            await channel.close()  # a session that cannot send is over: the reader sees the close and ends

    async def ticker() -> None:
        while True:
            await asyncio.sleep(tick_seconds)
            session.tick()

    tasks = [asyncio.create_task(writer()), asyncio.create_task(ticker())]
    try:
        while True:
            frame = await channel.recv()
            session.receive(frame)
    except ProtocolError as exc:
        engine.emit(SessionFailed(channel.peer.device_id, str(exc)))
    except (ChannelClosed, FrameError):
        pass
    finally:
        engine.close_session(session)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await channel.close()
