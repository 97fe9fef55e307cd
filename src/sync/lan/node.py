"""LAN sync for one engine: a TLS listener, discovery on the interfaces the person chose, and dialing.

Discovery is off unless interfaces are given: nothing is announced on a network the person did not choose.
Peers are found by the space tags they announce; the connector then pins any member of those spaces (the
announcement names no device). Manual addresses work without discovery. Between two devices one connection is
kept: if both dialed, the one dialed by the smaller device id stays. A peer that cannot be reached is retried
with exponential backoff while it is still announced.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
import random
from collections.abc import Callable, Container, Coroutine, Sequence
from dataclasses import dataclass, field
from typing import Any

from sync.engine import SyncEngine, serve_channel
from sync.errors import FrameError
from sync.frames import MAX_FRAME
from sync.identity import DeviceCard, DeviceId
from sync.invites import (
    QR_PREFIX,
    InviteError,
    InviteExpired,
    InviteRejected,
    invite_tag,
    parse_qr,
    parse_short_code,
    prove,
)
from sync.join import (
    CHALLENGE_SIZE,
    JoinError,
    JoinRefused,
    JoinRequest,
    RefusalReason,
    decode_reply,
    new_challenge,
)
from sync.lan.connection import HandshakeError, HandshakeRefused, Listener, TlsChannel, connect
from sync.lan.discovery import (
    Announcer,
    Browser,
    DiscoveredPeer,
    PeerAddress,
    PeerEvent,
    PeerFound,
    PeerRemoved,
    PeerUpdated,
    announce_key,
    parse_peer_address,
)
from sync.lan.tls import PinMismatch
from sync.spaces import Space, SpaceError
from sync.transport import ChannelClosed

__all__ = ["LanNode"]

log = logging.getLogger(__name__)

BACKOFF_START = 1.0
BACKOFF_MAX = 60.0
JOIN_TIMEOUT = 30.0  # seconds for a whole join: finding the inviter and the handshake
ANNOUNCE_CHECK = 5.0  # seconds between checks that the announced tags are still current (an invite: at once)
ANNOUNCE_ROTATE = 600.0  # seconds an announcement keeps its name and nonce
MAX_ANNOUNCED_TAGS = 16  # what one TXT record holds (sync.lan.discovery)
ADMIT_TIMEOUT = 10.0  # seconds the inviter waits for a join request: the joiner sends it at once
ADMIT_FRAME = 1536  # the largest frame taken before the invite's proof (a join request is 164 bytes, 1380
# with the joiner's hybrid key)


class _Dropped(InviteRejected):
    """The inviter closed the connection before answering the join request (e.g. for other joiners)."""


class _Prefix:
    """Pins "any device whose id starts with these bytes": a typed short code names the inviter no better.
    The inviter's confirmation in the join reply then proves it holds the invite's secret."""

    def __init__(self, prefix: bytes) -> None:
        self.prefix = prefix

    def __contains__(self, device: object) -> bool:
        return isinstance(device, DeviceId) and device.raw.startswith(self.prefix)


@dataclass
class _Connection:
    peer: DeviceId
    dialed_by: DeviceId
    channel: TlsChannel
    task: asyncio.Task[None] | None = None


@dataclass
class _Dialer:
    peer: DiscoveredPeer
    task: asyncio.Task[None] | None = None
    attempts: int = field(default=0)
    device: DeviceId | None = None  # which device answered at this announcement, once known


class LanNode:
    MAX_ADMITTING_PER_INVITE = 2
    """Connections at once that offer one invite's tag and have not proved it yet (a joiner needs one)."""
    MAX_ADMITTING = 8
    """Such connections at once over all invites. Past either cap the oldest is dropped for the newcomer."""

    def __init__(
        self,
        engine: SyncEngine,
        *,
        interfaces: Sequence[str] = (),
        listen_host: str | None = None,
        port: int = 0,
        tick_seconds: float = 30.0,
    ) -> None:
        if not interfaces and listen_host is None:
            raise ValueError("choose interfaces for discovery, or a listen address for manual peers")
        self.engine = engine
        self._interfaces = tuple(interfaces)
        self._hosts = tuple(interfaces) or (listen_host or "",)
        self._port = port
        self._tick = tick_seconds
        self._listeners: list[Listener] = []
        self._announcer: Announcer | None = None
        self._browser: Browser | None = None
        self._connections: dict[DeviceId, _Connection] = {}
        self._dialers: dict[str, _Dialer] = {}
        self._manual: dict[tuple[str, int], asyncio.Task[None]] = {}
        self._admitting: list[tuple[bytes, TlsChannel]] = []  # (invite tag, channel), oldest first
        self.on_peer_found: Callable[[DiscoveredPeer], None] | None = None  # a peer announcing a shared space
        self._tasks: set[asyncio.Task[None]] = set()
        self._stopping = False
        self._recheck = asyncio.Event()  # what is announced may have changed: look now

    # -- lifecycle --

    @property
    def port(self) -> int:
        return self._listeners[0].port

    def addresses(self) -> list[str]:
        """Where peers can reach this device ("host:port"), for an invite's address hints."""
        return [f"{host}:{self.port}" for host in self._hosts if host not in ("", "0.0.0.0")]  # noqa: S104

    @property
    def connected(self) -> frozenset[DeviceId]:
        """Peers with a session now. A connection whose session ended is left out at once, though its TLS
        close may still take a moment: so this agrees with the engine's PeerDisconnected events."""
        live = {session.peer.device_id for session in self.engine.sessions}
        return frozenset(peer for peer in self._connections if peer in live)

    async def start(self) -> None:
        me = self.engine.me
        port = self._port
        for host in self._hosts:
            listener = await Listener.start(
                host,
                port,
                me=me,
                space_tags=self._listener_tags,
                accept=self._accept,
                on_channel=self._accepted,
            )
            port = port or listener.port  # the same port on every interface
            self._listeners.append(listener)
        if self._interfaces:
            self._announcer = Announcer(self._interfaces, self.port, self._announced_keys())
            await self._announcer.start()
            self._browser = Browser(self._interfaces, self._on_discovery, own=self._announcer)
            await self._browser.start()
            self._spawn(self._keep_announcement_current())

    async def stop(self) -> None:
        self._stopping = True
        if self._browser is not None:
            await self._browser.stop()
        if self._announcer is not None:
            await self._announcer.stop()
        for listener in self._listeners:
            await listener.close()
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for connection in list(self._connections.values()):
            await connection.channel.close()
        self._connections.clear()

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
        task = asyncio.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    # -- connections --

    def _listener_tags(self) -> frozenset[bytes]:
        """What the listener may name as shared: our spaces, and every unexpired invite (used ones too)."""
        return self.engine.space_tags() | frozenset(self.engine.open_invites(include_used=True))

    def _accept(self, card: DeviceCard, tags: frozenset[bytes]) -> bool:
        """A member of a space we share, or a device that holds one of our invites (a used one too: it then
        hears why it cannot join)."""
        return bool(self.engine.shared_spaces(card)) or bool(
            tags & self.engine.open_invites(include_used=True).keys()
        )

    async def _accepted(self, channel: TlsChannel) -> None:
        # A device offering one of our invites' tags came to join (perhaps a second community of ours).
        invites = self.engine.open_invites(include_used=True)
        offered = [t for t in channel.shared_space_tags if t in invites]
        if offered:
            if not await self._admit_one(channel, offered[0], invites[offered[0]][0]):
                await channel.close()
                return
        elif not self.engine.shared_spaces(channel.peer):
            await channel.close()
            return
        await self._run(channel, dialed_by=channel.peer.device_id)

    def admitting(self) -> int:
        """Connections now waiting to prove an invite."""
        return len(self._admitting)

    async def _admit_one(self, channel: TlsChannel, tag: bytes, space: Space) -> bool:
        """`_admit`, counted against the caps on connections that offer an invite's tag (learnt by anyone who
        overheard it), with small frames only until the proof succeeded."""
        self._make_admission_room(tag)
        entry = (tag, channel)
        self._admitting.append(entry)
        channel.max_frame = ADMIT_FRAME
        try:
            admitted = await self._admit(channel, space)
        finally:
            self._admitting.remove(entry)
        channel.max_frame = MAX_FRAME
        return admitted

    def _make_admission_room(self, tag: bytes) -> None:
        """Drop the oldest connection of this invite (or, at the total cap, of the invite holding most)."""
        same = [c for t, c in self._admitting if t == tag and not c.closed]
        live = [(t, c) for t, c in self._admitting if not c.closed]
        if len(same) >= self.MAX_ADMITTING_PER_INVITE:
            same[0].abort()
        elif len(live) >= self.MAX_ADMITTING:
            counts = collections.Counter(t for t, _ in live)
            greediest = max(counts, key=lambda t: counts[t])
            next(c for t, c in live if t == greediest).abort()

    async def _admit(self, channel: TlsChannel, space: Space) -> bool:
        """The inviter's side of the join handshake on a fresh connection. True if the device was admitted."""
        challenge = new_challenge()
        try:
            async with asyncio.timeout(ADMIT_TIMEOUT):
                await channel.send(challenge)
                request = JoinRequest.from_bytes(await channel.recv())
                try:
                    accepted = space.admit(request, challenge, now=self.engine.now())
                except (InviteError, JoinError) as exc:
                    await channel.send(JoinRefused(RefusalReason.of(exc)).to_bytes())
                    return False
                await channel.send(accepted.to_bytes())
        except (TimeoutError, ChannelClosed, FrameError, JoinError):
            return False
        self.engine.membership_changed(space.id)
        return True

    async def join(
        self,
        text: str,
        *,
        via: Sequence[PeerAddress] = (),
        timeout: float = JOIN_TIMEOUT,
        reached_timeout: float | None = None,
    ) -> bytes:
        """Join a space with an invite: a scanned QR payload (its address hints are dialed) or a typed short
        code (the inviter is found by discovery, announcing the invite's tag, or at an address *via* the
        person typed). Returns the space id; the
        document follows over the same connection. Raises `InviteError` subclasses with a reason to show.
        *timeout* bounds finding the inviter; once it answered a handshake (it is nearby, perhaps busy
        admitting others) the whole join may take *reached_timeout*, if longer."""
        now = self.engine.now()
        if text.strip().upper().startswith(QR_PREFIX):
            invite = parse_qr(text)
            secret, expires, space_id = invite.secret, invite.expires_at, invite.space_id
            pin: DeviceId | Container[DeviceId] = DeviceId(invite.inviter)
            addresses = [parse_peer_address(h) for h in invite.hints]
        else:
            code = parse_short_code(text)
            secret, expires, space_id = code.secret, code.expires_at, None
            pin = _Prefix(code.inviter_prefix)
            addresses = []
        if now >= expires:
            raise InviteExpired("This invite has expired; ask for a new one.")
        addresses += via
        try:
            return await self._find_inviter(
                addresses, pin, secret, space_id, timeout, max(timeout, reached_timeout or 0.0)
            )
        except TimeoutError:
            raise InviteRejected(
                f"The inviting device was not found within {timeout:.0f} s. Check that both devices are on the"
                " same network with discovery on, or type the inviting device's address."
            ) from None

    async def _find_inviter(
        self,
        addresses: list[PeerAddress],
        pin: DeviceId | Container[DeviceId],
        secret: bytes,
        space_id: bytes | None,
        timeout: float,
        reached_timeout: float,
    ) -> bytes:
        tag, key = invite_tag(secret), announce_key(secret)
        started = asyncio.get_running_loop().time()
        async with asyncio.timeout(timeout) as deadline:
            while True:
                addresses += [PeerAddress(a, p.port) for p in self._announcing(key) for a in p.addresses]
                dropped: list[PeerAddress] = []
                for address in addresses:
                    try:
                        channel = await connect(
                            address.host, address.port, me=self.engine.me, expected=pin, space_tags=[tag]
                        )
                    except HandshakeRefused:
                        if isinstance(pin, DeviceId):  # the very inviter named in the invite said no
                            raise InviteRejected(
                                "The inviting device does not recognise this invite any more; ask for a new one."
                            ) from None
                        continue
                    except (OSError, HandshakeError, PinMismatch) as exc:
                        log.info("could not reach the inviter: %s", exc)
                        continue
                    deadline.reschedule(started + reached_timeout)  # found: give it time to answer
                    try:
                        return await self._join_over(channel, secret, space_id)
                    except _Dropped:
                        dropped.append(address)
                # An inviter busy admitting several neighbours at once lets the oldest unproven connection go
                # for a newcomer (`MAX_ADMITTING`): that joiner tries again shortly, within its timeout,
                # rather than giving up (and joining through the relay, which is much slower).
                addresses = dropped
                await asyncio.sleep(0.2 + 0.3 * random.random())  # spread: those dropped together retry apart

    def _announcing(self, key: bytes) -> list[DiscoveredPeer]:
        return [d.peer for d in self._dialers.values() if d.peer.announces(key)]

    async def _join_over(self, channel: TlsChannel, secret: bytes, space_id: bytes | None) -> bytes:
        inviter = channel.peer.device_id
        try:
            challenge = await channel.recv()
            if len(challenge) != CHALLENGE_SIZE:
                raise JoinError("the inviter's challenge is malformed")
            proof = prove(secret, inviter.raw, self.engine.me.device_id.raw, challenge)
            await channel.send(JoinRequest.make(self.engine.me, proof, challenge, inviter).to_bytes())
            reply = decode_reply(await channel.recv())
        except (ChannelClosed, FrameError):
            await channel.close()
            raise _Dropped("The inviting device closed the connection; try again.") from None
        except JoinError:
            await channel.close()
            raise
        if isinstance(reply, JoinRefused):
            await channel.close()
            raise reply.reason.error()
        try:
            space = self.engine.join_space(
                reply, secret=secret, inviter=inviter, challenge=challenge, expected_space=space_id
            )
        except SpaceError:
            await channel.close()
            raise
        self._spawn(self._run(channel, dialed_by=self.engine.me.device_id))
        return space.id

    async def dial(self, host: str, port: int, candidates: frozenset[DeviceId] | None = None) -> DeviceId:
        """Connect to a peer at *host*:*port* (a manual address, or one discovery found). *candidates* are the
        devices it may be (default: every member of every space this device holds). Returns the peer's id once
        connected; the session then runs in the background."""
        allowed = candidates if candidates is not None else self._members()
        allowed = allowed - {self.engine.me.device_id}
        if not allowed:
            raise HandshakeError("this device shares no space with anyone yet")
        channel = await connect(
            host, port, me=self.engine.me, expected=allowed, space_tags=sorted(self.engine.space_tags())
        )
        self._spawn(self._run(channel, dialed_by=self.engine.me.device_id))
        return channel.peer.device_id

    async def _run(self, channel: TlsChannel, *, dialed_by: DeviceId) -> None:
        peer = channel.peer.device_id
        existing = self._connections.get(peer)
        if existing is not None:
            # Both dialed: keep the connection dialed by the smaller device id (both sides agree on it). The
            # same dialer again: the new connection replaces the old, which may be half dead.
            if dialed_by != existing.dialed_by and dialed_by != min(dialed_by, existing.dialed_by):
                await channel.close()
                return
            await existing.channel.close()
        connection = _Connection(peer, dialed_by, channel)
        self._connections[peer] = connection
        for dialer in self._dialers.values():  # whoever dialed whom, this device is behind that announcement
            if channel.remote_host in dialer.peer.addresses:
                dialer.device = peer
        channel.on_progress = lambda received, expected: self.engine.frame_arriving(peer, received, expected)
        try:
            await serve_channel(self.engine, channel, tick_seconds=self._tick)
        finally:
            if self._connections.get(peer) is connection:
                del self._connections[peer]
                if not self._stopping:
                    self._redial()

    def _redial(self) -> None:
        """A connection ended: every announced peer not connected now gets its dialer going again."""
        for dialer in self._dialers.values():
            if dialer.task is None or dialer.task.done():
                dialer.task = self._spawn(self._dial_discovered(dialer))

    def add_manual_peer(self, host: str, port: int, device: DeviceId | None = None) -> None:
        """Keep a connection to *host*:*port* (discovery off, or it cannot see the peer): dial now (unless
        *device*, already connected, is the one there), and again with backoff whenever it is lost."""
        if (host, port) not in self._manual:
            self._manual[(host, port)] = self._spawn(self._keep_manual(host, port, device))

    async def _keep_manual(self, host: str, port: int, device: DeviceId | None) -> None:
        delay = BACKOFF_START
        while not self._stopping:
            if device is None or device not in self._connections:
                try:
                    device = await self.dial(host, port)
                    delay = BACKOFF_START
                except (OSError, HandshakeError, PinMismatch) as exc:
                    log.info("could not reach a peer at a manual address: %s", exc)
                    delay = min(delay * 2, BACKOFF_MAX)
            await asyncio.sleep(delay)

    def _members(self, tags: Sequence[bytes] | None = None) -> frozenset[DeviceId]:
        members: set[DeviceId] = set()
        for space_id in self.engine.space_ids():
            space = self.engine.space(space_id)
            if space is None or (tags is not None and space.space_tag not in tags):
                continue
            members |= set(space.state.members)
        return frozenset(members)

    # -- discovery --

    def _on_discovery(self, event: PeerEvent) -> None:
        if self._stopping:
            return
        peer = event.peer
        if isinstance(event, PeerRemoved):
            dialer = self._dialers.pop(peer.instance, None)
            if dialer is not None and dialer.task is not None:
                dialer.task.cancel()
            return
        assert isinstance(event, PeerFound | PeerUpdated)
        shared = self._recognised(peer)
        dialer = self._dialers.get(peer.instance)
        if dialer is None:
            dialer = self._dialers[peer.instance] = _Dialer(peer)
        dialer.peer = peer
        if dialer.device is None:  # it may have dialed us before we heard its announcement
            dialer.device = next(
                (c.peer for c in self._connections.values() if c.channel.remote_host in peer.addresses), None
            )
        if shared and isinstance(event, PeerFound) and self.on_peer_found is not None:
            self.on_peer_found(peer)
        if shared and (dialer.task is None or dialer.task.done()):
            dialer.task = self._spawn(self._dial_discovered(dialer))

    async def _dial_discovered(self, dialer: _Dialer) -> None:
        delay = BACKOFF_START
        while not self._stopping:
            peer = dialer.peer
            candidates = self._members(sorted(self._recognised(peer))) - {self.engine.me.device_id}
            if not candidates or (dialer.device is not None and dialer.device in self._connections):
                return  # nobody to reach, or already connected to the device behind this announcement
            for address in peer.addresses:
                try:
                    dialer.device = await self.dial(address, peer.port, candidates)
                    return
                except (OSError, HandshakeError, PinMismatch) as exc:
                    log.info("could not reach a discovered peer: %s", exc)
            dialer.attempts += 1
            await asyncio.sleep(delay)
            delay = min(delay * 2, BACKOFF_MAX)

    def _recognised(self, peer: DiscoveredPeer) -> frozenset[bytes]:
        """The handshake tags of our communities that *peer* announces (it cannot be our own invites)."""
        communities = self.engine.space_tags()
        return frozenset(
            tag
            for tag, secret in self.engine.announce_secrets().items()
            if tag in communities and peer.announces(announce_key(secret))
        )

    async def _keep_announcement_current(self) -> None:
        """Announce what changed within seconds, and under a new name and nonce every `ANNOUNCE_ROTATE`."""
        announced = self._announced_keys()
        rotated = asyncio.get_running_loop().time()
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._recheck.wait(), ANNOUNCE_CHECK)
            self._recheck.clear()
            current = self._announced_keys()
            rotate = asyncio.get_running_loop().time() - rotated >= ANNOUNCE_ROTATE
            if (current != announced or rotate) and self._announcer is not None:
                with contextlib.suppress(Exception):
                    if rotate:
                        await self._announcer.rotate(current)
                        rotated = asyncio.get_running_loop().time()
                    else:
                        await self._announcer.update(current)
                    announced = current

    def announcement_changed(self) -> None:
        """What this device announces may have changed (an invite was just issued, a space joined or its key
        rotated): announce it now, not at the next check. A short code is typed seconds after it is shown;
        waiting up to `ANNOUNCE_CHECK` for the inviter to announce it made a join take up to 5 s longer."""
        self._recheck.set()

    def _announced_keys(self) -> list[bytes]:
        """The keys to announce: at most what one announcement holds (the rest are still reached through
        peers that announce them, or manual addresses)."""
        keys = sorted(announce_key(secret) for secret in self.engine.announce_secrets().values())
        if len(keys) > MAX_ANNOUNCED_TAGS:
            log.warning(
                "announcing %d of %d spaces: one announcement holds no more", MAX_ANNOUNCED_TAGS, len(keys)
            )
        return keys[:MAX_ANNOUNCED_TAGS]

    def peer_card(self, device: DeviceId) -> DeviceCard | None:
        connection = self._connections.get(device)
        return connection.channel.peer if connection is not None else None
