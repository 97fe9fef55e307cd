"""LAN sync for one engine: a TLS listener, discovery on the interfaces the person chose, and dialing.

Discovery is off unless interfaces are given: nothing is announced on a network the person did not choose.
Peers are found by the space tags they announce; the connector then pins any member of those spaces (the
announcement names no device). Manual addresses work without discovery. Between two devices one connection is
kept: if both dialed, the one dialed by the smaller device id stays. A peer that cannot be reached is retried
with exponential backoff while it is still announced.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Coroutine, Sequence
from dataclasses import dataclass, field
from typing import Any

from sync.engine import SyncEngine, serve_channel
from sync.identity import DeviceCard, DeviceId
from sync.lan.connection import HandshakeError, Listener, TlsChannel, connect
from sync.lan.discovery import (
    Announcer,
    Browser,
    DiscoveredPeer,
    PeerEvent,
    PeerFound,
    PeerRemoved,
    PeerUpdated,
)
from sync.lan.tls import PinMismatch

__all__ = ["LanNode"]

log = logging.getLogger(__name__)

BACKOFF_START = 1.0
BACKOFF_MAX = 60.0
ANNOUNCE_CHECK = 5.0  # seconds between checks that the announced tags are still current
MAX_ANNOUNCED_TAGS = 16  # what one TXT record holds (sync.lan.discovery)


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
        self._tasks: set[asyncio.Task[None]] = set()
        self._stopping = False

    # -- lifecycle --

    @property
    def port(self) -> int:
        return self._listeners[0].port

    @property
    def connected(self) -> frozenset[DeviceId]:
        return frozenset(self._connections)

    async def start(self) -> None:
        me = self.engine.me
        port = self._port
        for host in self._hosts:
            listener = await Listener.start(
                host,
                port,
                me=me,
                space_tags=self.engine.space_tags,
                accept=lambda card, tags: bool(self.engine.shared_spaces(card)),
                on_channel=self._accepted,
            )
            port = port or listener.port  # the same port on every interface
            self._listeners.append(listener)
        if self._interfaces:
            self._announcer = Announcer(self._interfaces, self.port, self._announced_tags())
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

    async def _accepted(self, channel: TlsChannel) -> None:
        await self._run(channel, dialed_by=channel.peer.device_id)

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
        shared = set(peer.tags) & self.engine.space_tags()
        dialer = self._dialers.get(peer.instance)
        if dialer is None:
            dialer = self._dialers[peer.instance] = _Dialer(peer)
        dialer.peer = peer
        if shared and (dialer.task is None or dialer.task.done()):
            dialer.task = self._spawn(self._dial_discovered(dialer))

    async def _dial_discovered(self, dialer: _Dialer) -> None:
        delay = BACKOFF_START
        while not self._stopping:
            peer = dialer.peer
            candidates = self._members(peer.tags) - {self.engine.me.device_id}
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

    async def _keep_announcement_current(self) -> None:
        announced = self.engine.space_tags()
        while True:
            await asyncio.sleep(ANNOUNCE_CHECK)
            current = self.engine.space_tags()
            if current != announced and self._announcer is not None:
                with contextlib.suppress(Exception):
                    await self._announcer.update(self._announced_tags())
                    announced = current

    def _announced_tags(self) -> list[bytes]:
        """The community tags to announce: at most what one announcement holds (the rest are still reached
        through peers that announce them, or manual addresses)."""
        tags = sorted(self.engine.space_tags())
        if len(tags) > MAX_ANNOUNCED_TAGS:
            log.warning(
                "announcing %d of %d spaces: one announcement holds no more", MAX_ANNOUNCED_TAGS, len(tags)
            )
        return tags[:MAX_ANNOUNCED_TAGS]

    def peer_card(self, device: DeviceId) -> DeviceCard | None:
        connection = self._connections.get(device)
        return connection.channel.peer if connection is not None else None
