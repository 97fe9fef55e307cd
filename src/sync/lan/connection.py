"""Authenticated LAN connections between devices: TLS 1.3, a pinned listener and a signed challenge.

    connector (knows the device id it wants)                                  listener
      | -- TCP, TLS 1.3; the connector pins the certificate to that device id (`sync.lan.tls`) --> |
      | <-- CHALLENGE: 32 fresh random bytes and the listener's device id ------------------------ |
      | -- HELLO: the connector's card, its space tags and its signature over both ids, ---------> |
      |    the challenge and the hello                                checks the signature, asks
      |                                                               `accept(card, tags)`; if it
      |                                                               refuses or anything is wrong:
      |                                                               closes, sending nothing more
      | <-- ACCEPT: the listener's card and the space tags both devices hold --------------------- |
      | ============ frames of `sync.frames` both ways: a `TlsChannel` on each side ============== |

The pin proves the listener to the connector before the connector says anything, so the connector's space
tags reach only the device it meant. The signature proves the connector holds the key of its card; it covers
the fresh challenge (no replay) and both device ids (a listener cannot relay it to a third device). The
listener sends its own space tags only once it has accepted, and only those the connector also holds.

Each message is one frame (`sync.frames`); integers are big-endian; every message starts with the magic
"CL" (0x43 0x4C), version 1 and a kind byte. A space tag is 32 bytes; a list of n tags (0 ≤ n ≤ 256) is n as
u16, then the tags in ascending byte order, each once.

    CHALLENGE (kind 1), 68 bytes        HELLO (kind 2), 134 + 32n bytes     ACCEPT (kind 3), 70 + 32m bytes
    0   2   "CL"                        0      2   "CL"                     0   2    "CL"
    2   1   version = 1                 2      1   version = 1              2   1    version = 1
    3   1   kind = 1                    3      1   kind = 2                 3   1    kind = 3
    4   32  challenge, random           4      64  connector's card         4   64   listener's card
    36  32  listener's device id        68     2   n                        68  2    m
                                        70     32n the connector's tags     70  32m  tags both hold
                                        70+32n 64  Ed25519 signature

The HELLO signature covers `"commons/lan-hello/v1" ‖ challenge ‖ listener id ‖ connector id ‖ HELLO bytes
[0, 70+32n)`. The listener's id in CHALLENGE and the card in ACCEPT must match the pinned certificate; the
ACCEPT tags must be a subset of the HELLO tags. Any violation, a frame above 8,326 bytes during the handshake,
or a handshake not done within the timeout closes the connection.

A listener holds at most `MAX_PENDING` handshakes in progress, `MAX_PENDING_PER_SOURCE` of them from one
address. A new connection is never refused for want of room: the oldest pending handshake of its own source
(or, if the total is reached, of the source holding most) is dropped instead, so strangers who connect and
say nothing cannot lock out a member, whose handshake takes milliseconds. A completed handshake no longer
counts.
"""

from __future__ import annotations

import asyncio
import collections
import ipaddress
import itertools
import logging
import os
import ssl
import struct
from collections.abc import Awaitable, Callable, Container, Iterable, Sequence

from sync.errors import EndOfStream, SyncError
from sync.frames import encode_frame, read_frame
from sync.identity import SIGNATURE_SIZE, DeviceCard, DeviceId, DeviceKeys, verify_signature
from sync.lan.tls import (
    SHUTDOWN_TIMEOUT,
    TlsChannel,
    client_context,
    close_writer,
    server_context,
    verify_pin,
)

__all__ = [
    "CHALLENGE_SIZE",
    "DEFAULT_IDLE_TIMEOUT",
    "DEFAULT_TIMEOUT",
    "MAX_PENDING",
    "MAX_PENDING_PER_SOURCE",
    "MAX_SPACE_TAGS",
    "SPACE_TAG_SIZE",
    "HandshakeError",
    "HandshakeRefused",
    "HandshakeTimeout",
    "Listener",
    "TlsChannel",
    "connect",
]

CHALLENGE_SIZE = 32
SPACE_TAG_SIZE = 32
MAX_SPACE_TAGS = 256
DEFAULT_TIMEOUT = 10.0
"""Seconds for a whole handshake, and for the rest of a frame once its header has arrived."""
MAX_PENDING = 64
"""Handshakes in progress at once on one listener."""
MAX_PENDING_PER_SOURCE = 8
"""Handshakes in progress at once from one IPv4 address (or IPv6 /64)."""
DEFAULT_IDLE_TIMEOUT = 300.0
"""Seconds a `TlsChannel` waits for the next frame before it gives up on the peer and closes."""

_MAGIC = b"CL"
_VERSION = 1
_CHALLENGE, _HELLO, _ACCEPT = 1, 2, 3
_HELLO_LABEL = b"commons/lan-hello/v1"
_HEAD = struct.Struct(">2sBB")
_COUNT = struct.Struct(">H")
_CARD_SIZE = 64
_MAX_HANDSHAKE_FRAME = (
    _HEAD.size + _CARD_SIZE + _COUNT.size + MAX_SPACE_TAGS * SPACE_TAG_SIZE + SIGNATURE_SIZE
)

log = logging.getLogger(__name__)


class HandshakeError(SyncError):
    """The LAN handshake failed and the connection was closed; the message says why."""


class HandshakeTimeout(HandshakeError):  # noqa: N818 - reads as what happened
    """The peer did not complete the handshake within the timeout."""


class HandshakeRefused(HandshakeError):  # noqa: N818
    """The listener closed the connection instead of accepting: it shares no space with this device, or did
    not accept its proof. It does not say which, on purpose."""


# --- messages -----------------------------------------------------------------------------------------------


def _encode_tags(tags: Iterable[bytes]) -> bytes:
    unique = sorted(set(tags))
    if len(unique) > MAX_SPACE_TAGS:
        raise ValueError(f"at most {MAX_SPACE_TAGS} space tags can be offered")
    if any(not isinstance(tag, bytes) or len(tag) != SPACE_TAG_SIZE for tag in unique):
        raise ValueError(f"a space tag is {SPACE_TAG_SIZE} bytes")
    return _COUNT.pack(len(unique)) + b"".join(unique)


def _decode_tags(data: bytes) -> frozenset[bytes]:
    """Tags from a list that must fill *data* exactly."""
    if len(data) < _COUNT.size:
        raise HandshakeError("a space tag list is cut short")
    (count,) = _COUNT.unpack_from(data)
    if count > MAX_SPACE_TAGS or len(data) != _COUNT.size + count * SPACE_TAG_SIZE:
        raise HandshakeError("a space tag list has the wrong length")
    tags = [data[i : i + SPACE_TAG_SIZE] for i in range(_COUNT.size, len(data), SPACE_TAG_SIZE)]
    if any(a >= b for a, b in itertools.pairwise(tags)):
        raise HandshakeError("space tags are not in ascending order, each once")
    return frozenset(tags)


def _split(payload: bytes, kind: int) -> bytes:
    """The body after the head of a handshake message of *kind*."""
    if len(payload) < _HEAD.size:
        raise HandshakeError("a handshake message is cut short")
    magic, version, found = _HEAD.unpack_from(payload)
    if magic != _MAGIC or version != _VERSION:
        raise HandshakeError("not a Commons LAN handshake of version 1")
    if found != kind:
        raise HandshakeError(f"expected handshake message {kind}, got {found}")
    return payload[_HEAD.size :]


def _encode_challenge(challenge: bytes, listener: DeviceId) -> bytes:
    return _HEAD.pack(_MAGIC, _VERSION, _CHALLENGE) + challenge + bytes(listener)


def _decode_challenge(payload: bytes) -> tuple[bytes, DeviceId]:
    body = _split(payload, _CHALLENGE)
    if len(body) != CHALLENGE_SIZE + 32:
        raise HandshakeError("a challenge has the wrong length")
    return body[:CHALLENGE_SIZE], DeviceId(body[CHALLENGE_SIZE:])


def _hello_message(challenge: bytes, listener: DeviceId, connector: DeviceId, unsigned: bytes) -> bytes:
    return _HELLO_LABEL + challenge + bytes(listener) + bytes(connector) + unsigned


def _encode_hello(me: DeviceKeys, challenge: bytes, listener: DeviceId, tags: bytes) -> bytes:
    unsigned = _HEAD.pack(_MAGIC, _VERSION, _HELLO) + me.card.to_bytes() + tags
    return unsigned + me.sign(_hello_message(challenge, listener, me.device_id, unsigned))


def _decode_hello(
    payload: bytes, challenge: bytes, listener: DeviceId
) -> tuple[DeviceCard, frozenset[bytes]]:
    body = _split(payload, _HELLO)
    if len(body) < _CARD_SIZE + _COUNT.size + SIGNATURE_SIZE:
        raise HandshakeError("a hello is cut short")
    card = DeviceCard.from_bytes(body[:_CARD_SIZE])
    tags = _decode_tags(body[_CARD_SIZE:-SIGNATURE_SIZE])
    unsigned, signature = payload[:-SIGNATURE_SIZE], payload[-SIGNATURE_SIZE:]
    if not verify_signature(
        card.signing_key, signature, _hello_message(challenge, listener, card.device_id, unsigned)
    ):
        raise HandshakeError("the hello's signature does not verify under the card it carries")
    return card, tags


def _encode_accept(card: DeviceCard, tags: bytes) -> bytes:
    return _HEAD.pack(_MAGIC, _VERSION, _ACCEPT) + card.to_bytes() + tags


def _decode_accept(payload: bytes) -> tuple[DeviceCard, frozenset[bytes]]:
    body = _split(payload, _ACCEPT)
    if len(body) < _CARD_SIZE:
        raise HandshakeError("an accept is cut short")
    return DeviceCard.from_bytes(body[:_CARD_SIZE]), _decode_tags(body[_CARD_SIZE:])


async def _read_message(reader: asyncio.StreamReader) -> bytes:
    return await read_frame(reader, max_frame=_MAX_HANDSHAKE_FRAME)


# --- connecting ---------------------------------------------------------------------------------------------


async def connect(
    host: str,
    port: int,
    *,
    me: DeviceKeys,
    expected: DeviceId | Container[DeviceId],
    space_tags: Sequence[bytes],
    timeout: float = DEFAULT_TIMEOUT,
    idle_timeout: float | None = DEFAULT_IDLE_TIMEOUT,
) -> TlsChannel:
    """Connect to device *expected* (or any of several, e.g. the members of a space whose tag discovery saw)
    listening at *host*:*port* and prove ourselves with *space_tags* on offer.

    Raises `PinMismatch` if another device (or no device certificate) answers, `HandshakeRefused` if the
    listener closes instead of accepting, `HandshakeTimeout`, `HandshakeError` for anything else the peer got
    wrong, and `OSError` if the address cannot be reached. The connection is closed whenever this raises.
    """
    offered = _encode_tags(space_tags)
    writer: asyncio.StreamWriter | None = None
    try:
        async with asyncio.timeout(timeout):
            reader, writer = await asyncio.open_connection(
                host,
                port,
                ssl=client_context(),
                server_hostname="",  # no SNI: the listener has no name, and we would only leak the address
                ssl_handshake_timeout=timeout,
                ssl_shutdown_timeout=SHUTDOWN_TIMEOUT,
            )
            return await _introduce(reader, writer, me, expected, offered, timeout, idle_timeout)
    except BaseException as exc:
        if writer is not None and isinstance(exc, asyncio.CancelledError):
            writer.transport.abort()
        elif writer is not None:
            await close_writer(writer)
        if isinstance(exc, TimeoutError):
            raise HandshakeTimeout(
                f"{host} port {port} did not complete the handshake in {timeout} s"
            ) from None
        if isinstance(exc, ssl.SSLError):
            raise HandshakeError(f"the TLS handshake with {host} port {port} failed: {exc}") from None
        raise


async def _introduce(
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    me: DeviceKeys,
    expected: DeviceId | Container[DeviceId],
    offered: bytes,
    timeout: float,
    idle_timeout: float | None,
) -> TlsChannel:
    pinned = verify_pin(writer.get_extra_info("ssl_object"), expected)
    try:
        challenge, listener = _decode_challenge(await _read_message(reader))
    except EndOfStream:
        raise HandshakeError("the listener closed the connection before its challenge") from None
    if listener != pinned:
        raise HandshakeError("the listener's challenge names another device than its certificate")
    writer.write(encode_frame(_encode_hello(me, challenge, listener, offered)))
    await writer.drain()
    try:
        card, shared = _decode_accept(await _read_message(reader))
    except (EndOfStream, ConnectionResetError):
        raise HandshakeRefused("the other device closed the connection without accepting this one") from None
    if card.device_id != pinned:
        raise HandshakeError("the listener's card is not the device of its certificate")
    if not shared <= _decode_tags(offered):
        raise HandshakeError("the listener claims to share a space this device did not offer")
    return TlsChannel(
        reader, writer, peer=card, shared_space_tags=shared, timeout=timeout, idle_timeout=idle_timeout
    )


# --- listening ----------------------------------------------------------------------------------------------


class _Pending:
    """A handshake in progress: where it comes from, and how to end it to make room."""

    def __init__(self, source: str, writer: asyncio.StreamWriter) -> None:
        self.source = source
        self._writer = writer
        self.evicted = False

    def evict(self) -> None:
        """Drop the connection at once: its handshake then fails, and the slot is freed as it unwinds."""
        if not self.evicted:
            self.evicted = True
            log.debug("dropped a pending LAN handshake to make room")
            self._writer.transport.abort()


def _source_of(writer: asyncio.StreamWriter) -> str:
    """Who a connection counts against: its IPv4 address, or the /64 of an IPv6 one (one host holds many)."""
    peer = writer.get_extra_info("peername")
    host = str(peer[0]) if isinstance(peer, tuple) and peer else "?"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return host
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.IPv6Network((address, 64), strict=False))
    return str(address)


class Listener:
    """Accepts LAN connections, authenticates each device and hands accepted ones to *on_channel*.

    For every connection: TLS 1.3, the challenge, the connector's signed hello, then ``accept(card, tags)``
    with the connector's card and offered space tags. If it returns True the listener answers with its own
    card and the tags of ``space_tags()`` the connector also offered, and awaits ``on_channel(channel)``; the
    channel is closed when that returns. Otherwise, and on any fault or timeout, the connection is closed
    without another byte. A misbehaving client never disturbs the listener or other connections.
    """

    def __init__(
        self,
        *,
        me: DeviceKeys,
        space_tags: Callable[[], Iterable[bytes]],
        accept: Callable[[DeviceCard, frozenset[bytes]], bool],
        on_channel: Callable[[TlsChannel], Awaitable[None]],
        timeout: float,
        idle_timeout: float | None,
        max_pending: int,
        max_per_source: int,
    ) -> None:
        self._me = me
        self._space_tags = space_tags
        self._accept = accept
        self._on_channel = on_channel
        self._timeout = timeout
        self._idle_timeout = idle_timeout
        self._max_pending = max_pending
        self._max_per_source = max_per_source
        self._pending: list[_Pending] = []  # handshakes in progress, oldest first
        self._tasks: set[asyncio.Task[None]] = set()
        self._server: asyncio.Server | None = None
        self._port = 0
        self._closed = False

    @classmethod
    async def start(
        cls,
        host: str,
        port: int,
        *,
        me: DeviceKeys,
        space_tags: Callable[[], Iterable[bytes]],
        accept: Callable[[DeviceCard, frozenset[bytes]], bool],
        on_channel: Callable[[TlsChannel], Awaitable[None]],
        timeout: float = DEFAULT_TIMEOUT,
        idle_timeout: float | None = DEFAULT_IDLE_TIMEOUT,
        max_pending: int = MAX_PENDING,
        max_per_source: int = MAX_PENDING_PER_SOURCE,
    ) -> Listener:
        """Listen on *host*:*port* (0: any free port). *max_pending* caps handshakes in progress at once, and
        *max_per_source* those from one address; past either, the oldest stranger's handshake makes room."""
        listener = cls(
            me=me,
            space_tags=space_tags,
            accept=accept,
            on_channel=on_channel,
            timeout=timeout,
            idle_timeout=idle_timeout,
            max_pending=max_pending,
            max_per_source=max_per_source,
        )
        listener._server = await asyncio.start_server(
            listener._serve,
            host,
            port,
            ssl=server_context(me),
            ssl_handshake_timeout=timeout,
            ssl_shutdown_timeout=SHUTDOWN_TIMEOUT,
        )
        listener._port = listener._server.sockets[0].getsockname()[1]
        return listener

    @property
    def port(self) -> int:
        """The TCP port listened on (the one chosen, if started with port 0)."""
        return self._port

    async def close(self) -> None:
        """Stop listening and end every handshake and session in progress; idempotent."""
        if self._closed:
            return
        self._closed = True
        assert self._server is not None
        self._server.close()
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await self._server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            await self._session(reader, writer)
        except asyncio.CancelledError:
            pass  # the listener is closing; asyncio would log a cancelled connection task as an error
        except Exception:
            log.exception("a LAN session failed")
        finally:
            self._tasks.discard(task)

    async def _session(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        channel: TlsChannel | None = None
        try:
            if self._closed:
                return
            pending = _Pending(_source_of(writer), writer)
            self._make_room(pending.source)
            self._pending.append(pending)
            try:
                channel = await self._handshake(reader, writer)
            finally:
                self._pending.remove(pending)
            if channel is not None:
                await self._on_channel(channel)
        finally:
            await (channel.close() if channel is not None else close_writer(writer))

    def _make_room(self, source: str) -> None:
        """Room for one more handshake from *source*: a stranger who holds a slot and says nothing loses it
        to the newcomer (the oldest of its own source first, else the oldest of the source holding most), so
        idle connections cannot lock out a member, whose handshake is done in milliseconds."""
        live = [p for p in self._pending if not p.evicted]
        mine = [p for p in live if p.source == source]
        if len(mine) >= self._max_per_source:
            mine[0].evict()
        elif len(live) >= self._max_pending:
            counts = collections.Counter(p.source for p in live)
            greediest = max(counts, key=lambda s: counts[s])
            next(p for p in live if p.source == greediest).evict()

    def pending_sources(self) -> dict[str, int]:
        """Handshakes in progress, by source address (a /64 for IPv6)."""
        return dict(collections.Counter(p.source for p in self._pending if not p.evicted))

    async def _handshake(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> TlsChannel | None:
        try:
            async with asyncio.timeout(self._timeout):
                return await self._authenticate(reader, writer)
        except (SyncError, OSError) as exc:  # TimeoutError is an OSError
            reason = "timed out" if isinstance(exc, TimeoutError) else str(exc)
            log.debug("dropped a LAN connection from %s: %s", writer.get_extra_info("peername"), reason)
            return None

    async def _authenticate(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> TlsChannel:
        ssl_object = writer.get_extra_info("ssl_object")
        if ssl_object is None or ssl_object.version() != "TLSv1.3":
            raise HandshakeError("the connection is not TLS 1.3")
        challenge = os.urandom(CHALLENGE_SIZE)
        writer.write(encode_frame(_encode_challenge(challenge, self._me.device_id)))
        await writer.drain()
        card, offered = _decode_hello(await _read_message(reader), challenge, self._me.device_id)
        if not self._accept(card, offered):
            raise HandshakeRefused(f"device {card.device_id.short()}… was not accepted")
        shared = frozenset(self._space_tags()) & offered
        writer.write(encode_frame(_encode_accept(self._me.card, _encode_tags(shared))))
        await writer.drain()
        return TlsChannel(
            reader,
            writer,
            peer=card,
            shared_space_tags=shared,
            timeout=self._timeout,
            idle_timeout=self._idle_timeout,
        )
