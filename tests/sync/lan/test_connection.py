"""LAN connections over real TLS on 127.0.0.1: pinning, the signed challenge, refusals and hostile clients."""

from __future__ import annotations

import asyncio
import logging
import os
import stat
import struct
import tempfile
import time
from collections.abc import Callable, Coroutine, Iterable
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from sync.errors import FrameTooLarge
from sync.frames import encode_frame, read_frame
from sync.identity import DeviceCard, DeviceId, DeviceKeys
from sync.lan import connection, tls
from sync.lan.connection import (
    HandshakeError,
    HandshakeRefused,
    HandshakeTimeout,
    Listener,
    TlsChannel,
    connect,
)
from sync.lan.tls import PROGRESS_CHUNK, PROGRESS_FROM, PinMismatch
from sync.transport import Channel, ChannelClosed

HOST = "127.0.0.1"
SPACE_A, SPACE_B, SPACE_C = (bytes([n]) * 32 for n in (1, 2, 3))
READ_LIMIT = 5.0  # no single wait in these tests should come near this on loopback


def run(coro: Coroutine[Any, Any, None], limit: float = 20.0) -> None:
    async def bounded() -> None:
        await asyncio.wait_for(coro, limit)

    asyncio.run(bounded())


class Recorder:
    """The listener's callbacks: accepts devices sharing a space, echoes frames, remembers what it saw."""

    def __init__(self, own_tags: Iterable[bytes] = (SPACE_A, SPACE_B)) -> None:
        self.own_tags = frozenset(own_tags)
        self.asked: list[tuple[DeviceCard, frozenset[bytes]]] = []
        self.channels: list[TlsChannel] = []

    def space_tags(self) -> frozenset[bytes]:
        return self.own_tags

    def accept(self, card: DeviceCard, tags: frozenset[bytes]) -> bool:
        self.asked.append((card, tags))
        return bool(tags & self.own_tags)

    async def echo(self, channel: TlsChannel) -> None:
        self.channels.append(channel)
        try:
            while True:
                frame = await channel.recv()
                await channel.send(b"echo:" + frame)
        except ChannelClosed:
            pass


async def start(me: DeviceKeys, recorder: Recorder, **options: Any) -> Listener:
    return await Listener.start(
        HOST,
        0,
        me=me,
        space_tags=recorder.space_tags,
        accept=recorder.accept,
        on_channel=recorder.echo,
        **options,
    )


async def raw_tls(port: int) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    """A TLS connection that speaks the handshake by hand, to misbehave in chosen ways."""
    return await asyncio.open_connection(HOST, port, ssl=tls.client_context(), server_hostname="")


async def read_challenge(reader: asyncio.StreamReader) -> tuple[bytes, DeviceId]:
    return connection._decode_challenge(await asyncio.wait_for(read_frame(reader), READ_LIMIT))


async def rest_of_stream(reader: asyncio.StreamReader) -> bytes:
    """Everything the peer sends until it closes (empty if it closes without a byte)."""
    return await asyncio.wait_for(reader.read(), READ_LIMIT)


async def close(writer: asyncio.StreamWriter) -> None:
    await tls.close_writer(writer)


def hello(me: DeviceKeys, challenge: bytes, listener: DeviceId, tags: Iterable[bytes] = (SPACE_A,)) -> bytes:
    return connection._encode_hello(me, challenge, listener, connection._encode_tags(tags))


@pytest.fixture
def ana() -> DeviceKeys:
    return DeviceKeys.generate()


@pytest.fixture
def ben() -> DeviceKeys:
    return DeviceKeys.generate()


@pytest.fixture
def quiet_errors(caplog: pytest.LogCaptureFixture) -> Iterable[None]:
    """Fail the test if asyncio or the listener logged an error (an unhandled task exception, a crash)."""
    caplog.set_level(logging.ERROR)
    yield
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert not errors, [r.getMessage() for r in errors]


# --- the good path ------------------------------------------------------------------------------------------


def test_connect_exchanges_frames_both_ways_over_tls_1_3(
    ana: DeviceKeys, ben: DeviceKeys, quiet_errors: None
) -> None:
    recorder = Recorder(own_tags=(SPACE_A, SPACE_B))

    async def scenario() -> None:
        listener = await start(ana, recorder)
        try:
            channel = await connect(
                HOST, listener.port, me=ben, expected=ana.device_id, space_tags=[SPACE_B, SPACE_C], timeout=5
            )
            as_channel: Channel = channel  # TlsChannel satisfies the engine's port
            assert as_channel.peer == ana.card
            assert channel.peer == ana.card
            assert channel.shared_space_tags == {SPACE_B}
            assert channel.tls_version == "TLSv1.3"
            for payload in (b"one", b"", b"x" * 100_000):
                await channel.send(payload)
                assert await asyncio.wait_for(channel.recv(), READ_LIMIT) == b"echo:" + payload
            (listener_side,) = recorder.channels
            assert listener_side.peer == ben.card
            assert listener_side.shared_space_tags == {SPACE_B}
            assert listener_side.tls_version == "TLSv1.3"
            await channel.close()
            await channel.close()  # idempotent
            with pytest.raises(ChannelClosed):
                await channel.send(b"late")
            with pytest.raises(ChannelClosed):
                await channel.recv()
        finally:
            await listener.close()
        assert recorder.asked == [(ben.card, frozenset({SPACE_B, SPACE_C}))]

    run(scenario())


def test_a_large_frame_tells_its_progress_as_it_arrives_and_arrives_whole(
    ana: DeviceKeys, ben: DeviceKeys, quiet_errors: None
) -> None:
    """A first copy of a big community is one frame: the receiver learns how far it has come, chunk by chunk
    (what the window's sync status shows), and the frame itself is unchanged; small frames say nothing."""
    recorder = Recorder()
    seen: list[tuple[int, int]] = []
    big = os.urandom(PROGRESS_FROM * 3 + 12_345)

    async def scenario() -> None:
        listener = await start(ana, recorder)
        try:
            channel = await connect(
                HOST, listener.port, me=ben, expected=ana.device_id, space_tags=[SPACE_A], timeout=5
            )
            channel.on_progress = lambda got, total: seen.append((got, total))
            await channel.send(b"small")
            assert await asyncio.wait_for(channel.recv(), READ_LIMIT) == b"echo:small"
            assert seen == []
            await channel.send(big)
            assert await asyncio.wait_for(channel.recv(), READ_LIMIT) == b"echo:" + big
            await channel.close()
        finally:
            await listener.close()

    run(scenario())
    total = len(big) + len(b"echo:")
    assert len(seen) == -(-total // PROGRESS_CHUNK)  # one report per chunk
    assert [got for got, _ in seen] == sorted({got for got, _ in seen})  # only forward
    assert seen[-1] == (total, total)
    assert {expected for _, expected in seen} == {total}


def test_listener_side_sends_first_and_sees_the_connector_leave(ana: DeviceKeys, ben: DeviceKeys) -> None:
    received: list[bytes] = []

    async def scenario() -> None:
        done = asyncio.Event()

        async def greet(channel: TlsChannel) -> None:
            await channel.send(b"welcome")
            try:
                received.append(await channel.recv())
                await channel.recv()
            except ChannelClosed:
                done.set()

        listener = await Listener.start(
            HOST, 0, me=ana, space_tags=lambda: [SPACE_A], accept=lambda c, t: True, on_channel=greet
        )
        try:
            channel = await connect(
                HOST, listener.port, me=ben, expected=ana.device_id, space_tags=[], timeout=5
            )
            assert channel.shared_space_tags == frozenset()
            assert await channel.recv() == b"welcome"
            await channel.send(b"thanks")
            await channel.close()
            await asyncio.wait_for(done.wait(), READ_LIMIT)
        finally:
            await listener.close()
        assert received == [b"thanks"]

    run(scenario())


def test_handshake_time_on_loopback(
    ana: DeviceKeys, ben: DeviceKeys, capsys: pytest.CaptureFixture[str]
) -> None:
    recorder = Recorder()

    async def scenario() -> None:
        listener = await start(ana, recorder)
        try:
            times = []
            for _ in range(20):
                began = time.perf_counter()
                channel = await connect(
                    HOST, listener.port, me=ben, expected=ana.device_id, space_tags=[SPACE_A], timeout=5
                )
                times.append(time.perf_counter() - began)
                await channel.close()
            times.sort()
            with capsys.disabled():
                print(
                    f"\nLAN handshake on loopback: median {times[10] * 1000:.1f} ms, max {times[-1] * 1000:.1f} ms"
                )
            assert times[10] < 0.5
        finally:
            await listener.close()

    run(scenario())


def test_many_concurrent_connections(ana: DeviceKeys, quiet_errors: None) -> None:
    recorder = Recorder()
    devices = [DeviceKeys.generate() for _ in range(40)]

    async def one(device: DeviceKeys, port: int) -> None:
        channel = await connect(
            HOST, port, me=device, expected=ana.device_id, space_tags=[SPACE_A], timeout=10
        )
        try:
            await channel.send(device.card.to_bytes())
            assert await asyncio.wait_for(channel.recv(), READ_LIMIT) == b"echo:" + device.card.to_bytes()
        finally:
            await channel.close()

    async def scenario() -> None:
        # All 40 come from 127.0.0.1; on a network each device has its own address.
        listener = await start(ana, recorder, max_per_source=len(devices))
        try:
            await asyncio.gather(*(one(device, listener.port) for device in devices))
        finally:
            await listener.close()
        assert {card for card, _ in recorder.asked} == {d.card for d in devices}

    run(scenario(), limit=30)


# --- the connector pins the listener ------------------------------------------------------------------------


def test_wrong_pinned_id_is_refused_before_anything_is_sent(ana: DeviceKeys, ben: DeviceKeys) -> None:
    recorder = Recorder()
    stranger = DeviceKeys.generate()

    async def scenario() -> None:
        listener = await start(ana, recorder)
        try:
            with pytest.raises(PinMismatch, match="not a device this one expected"):
                await connect(
                    HOST, listener.port, me=ben, expected=stranger.device_id, space_tags=[SPACE_A], timeout=5
                )
        finally:
            await listener.close()
        assert recorder.asked == []

    run(scenario())


def test_certificate_key_is_the_device_signing_key(ana: DeviceKeys) -> None:
    der = tls.device_certificate(ana).public_bytes(serialization.Encoding.DER)
    assert tls.peer_device_id(der) == ana.device_id
    assert der == tls.device_certificate(ana).public_bytes(serialization.Encoding.DER)
    assert b"commons-device" in der
    with pytest.raises(PinMismatch):
        tls.peer_device_id(b"not a certificate")
    with pytest.raises(PinMismatch):
        tls.peer_device_id(None)


def test_connector_times_out_when_the_accept_never_comes(ana: DeviceKeys, ben: DeviceKeys) -> None:
    async def scenario() -> None:
        async def stall(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            writer.write(encode_frame(connection._encode_challenge(os.urandom(32), ana.device_id)))
            await reader.read()  # never answers the hello; returns when the connector gives up
            await close(writer)

        server = await asyncio.start_server(stall, HOST, 0, ssl=tls.server_context(ana))
        try:
            port = server.sockets[0].getsockname()[1]
            began = time.perf_counter()
            with pytest.raises(HandshakeTimeout):
                await connect(HOST, port, me=ben, expected=ana.device_id, space_tags=[SPACE_A], timeout=0.5)
            assert time.perf_counter() - began < 2
        finally:
            server.close()
            await server.wait_closed()

    run(scenario())


@pytest.mark.parametrize("flaw", ["other id in challenge", "other card in accept", "unoffered tag"])
def test_connector_rejects_a_listener_that_lies(ana: DeviceKeys, ben: DeviceKeys, flaw: str) -> None:
    other = DeviceKeys.generate()

    async def scenario() -> None:
        async def liar(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            named = other.device_id if flaw == "other id in challenge" else ana.device_id
            writer.write(encode_frame(connection._encode_challenge(os.urandom(32), named)))
            await read_frame(reader)
            card = other.card if flaw == "other card in accept" else ana.card
            tags = [SPACE_A, SPACE_C] if flaw == "unoffered tag" else [SPACE_A]
            writer.write(encode_frame(connection._encode_accept(card, connection._encode_tags(tags))))
            await reader.read()
            await close(writer)

        server = await asyncio.start_server(liar, HOST, 0, ssl=tls.server_context(ana))
        try:
            port = server.sockets[0].getsockname()[1]
            with pytest.raises(HandshakeError):
                await connect(HOST, port, me=ben, expected=ana.device_id, space_tags=[SPACE_A], timeout=2)
        finally:
            server.close()
            await server.wait_closed()

    run(scenario())


# --- the listener authenticates the connector ---------------------------------------------------------------


def test_valid_hello_by_hand_is_accepted(ana: DeviceKeys, ben: DeviceKeys) -> None:
    """The control for the refusals below: the same raw client, signing correctly, gets an accept."""
    recorder = Recorder()

    async def scenario() -> None:
        listener = await start(ana, recorder)
        try:
            reader, writer = await raw_tls(listener.port)
            challenge, listener_id = await read_challenge(reader)
            assert listener_id == ana.device_id
            writer.write(encode_frame(hello(ben, challenge, listener_id)))
            card, shared = connection._decode_accept(await asyncio.wait_for(read_frame(reader), READ_LIMIT))
            assert (card, shared) == (ana.card, {SPACE_A})
            await close(writer)
        finally:
            await listener.close()

    run(scenario())


def _unsigned(me: DeviceKeys, challenge: bytes, listener: DeviceId) -> bytes:
    good = hello(me, challenge, listener)
    return good[:-64] + bytes(64)


def _signed_by_another_key(me: DeviceKeys, challenge: bytes, listener: DeviceId) -> bytes:
    impostor = DeviceKeys.generate()
    good = hello(impostor, challenge, listener)
    unsigned = good[:4] + me.card.to_bytes() + good[68:-64]  # ben's card, the impostor's signature
    return unsigned + impostor.sign(connection._hello_message(challenge, listener, me.device_id, unsigned))


def _for_another_listener(me: DeviceKeys, challenge: bytes, listener: DeviceId) -> bytes:
    return hello(me, challenge, DeviceId(bytes(32)))


def _tags_changed_after_signing(me: DeviceKeys, challenge: bytes, listener: DeviceId) -> bytes:
    good = hello(me, challenge, listener, tags=[SPACE_C])
    return good[:70] + SPACE_A + good[102:]


def _wrong_magic(me: DeviceKeys, challenge: bytes, listener: DeviceId) -> bytes:
    return b"XX" + hello(me, challenge, listener)[2:]


def _garbage(me: DeviceKeys, challenge: bytes, listener: DeviceId) -> bytes:
    return os.urandom(200)


def _too_many_tags(me: DeviceKeys, challenge: bytes, listener: DeviceId) -> bytes:
    tags = b"".join(n.to_bytes(32, "big") for n in range(257))
    unsigned = connection._HEAD.pack(b"CL", 1, 2) + me.card.to_bytes() + struct.pack(">H", 257) + tags
    return unsigned + me.sign(connection._hello_message(challenge, listener, me.device_id, unsigned))


@pytest.mark.parametrize(
    "forge",
    [
        _unsigned,
        _signed_by_another_key,
        _for_another_listener,
        _tags_changed_after_signing,
        _wrong_magic,
        _garbage,
        _too_many_tags,
    ],
)
def test_bad_hello_is_dropped_without_a_byte(
    ana: DeviceKeys,
    ben: DeviceKeys,
    forge: Callable[[DeviceKeys, bytes, DeviceId], bytes],
    quiet_errors: None,
) -> None:
    recorder = Recorder()

    async def scenario() -> None:
        listener = await start(ana, recorder)
        try:
            reader, writer = await raw_tls(listener.port)
            challenge, listener_id = await read_challenge(reader)
            writer.write(encode_frame(forge(ben, challenge, listener_id), max_frame=1 << 20))
            assert await rest_of_stream(reader) == b""
            await close(writer)
        finally:
            await listener.close()
        assert recorder.asked == []

    run(scenario())


def test_replayed_hello_from_another_challenge_is_dropped(ana: DeviceKeys, ben: DeviceKeys) -> None:
    recorder = Recorder()

    async def scenario() -> None:
        listener = await start(ana, recorder)
        try:
            reader, writer = await raw_tls(listener.port)
            challenge, listener_id = await read_challenge(reader)
            recorded = hello(ben, challenge, listener_id)
            writer.write(encode_frame(recorded))
            await asyncio.wait_for(read_frame(reader), READ_LIMIT)  # accepted the first time
            await close(writer)

            reader, writer = await raw_tls(listener.port)
            fresh, _ = await read_challenge(reader)
            assert fresh != challenge
            writer.write(encode_frame(recorded))
            assert await rest_of_stream(reader) == b""
            await close(writer)
        finally:
            await listener.close()
        assert len(recorder.asked) == 1

    run(scenario())


def test_no_shared_space_is_dropped_before_any_data(ana: DeviceKeys, ben: DeviceKeys) -> None:
    recorder = Recorder(own_tags=(SPACE_A,))

    async def scenario() -> None:
        listener = await start(ana, recorder)
        try:
            reader, writer = await raw_tls(listener.port)
            challenge, listener_id = await read_challenge(reader)
            writer.write(encode_frame(hello(ben, challenge, listener_id, tags=[SPACE_B, SPACE_C])))
            assert await rest_of_stream(reader) == b""  # EOF: no accept frame, no tags
            await close(writer)

            with pytest.raises(HandshakeRefused):
                await connect(
                    HOST, listener.port, me=ben, expected=ana.device_id, space_tags=[SPACE_B], timeout=5
                )
        finally:
            await listener.close()
        assert [tags for _, tags in recorder.asked] == [{SPACE_B, SPACE_C}, {SPACE_B}]
        assert recorder.channels == []

    run(scenario())


def test_a_failing_accept_callback_drops_the_connection(ana: DeviceKeys, ben: DeviceKeys) -> None:
    def explode(card: DeviceCard, tags: frozenset[bytes]) -> bool:
        raise RuntimeError("bug in accept")

    async def ignore(channel: TlsChannel) -> None:
        raise AssertionError("never reached")

    async def scenario() -> None:
        listener = await Listener.start(
            HOST, 0, me=ana, space_tags=lambda: [SPACE_A], accept=explode, on_channel=ignore
        )
        try:
            with pytest.raises(HandshakeRefused):
                await connect(
                    HOST, listener.port, me=ben, expected=ana.device_id, space_tags=[SPACE_A], timeout=5
                )
        finally:
            await listener.close()

    run(scenario())


# --- hostile and broken clients -----------------------------------------------------------------------------


def test_oversized_frame_header_in_the_handshake_closes(ana: DeviceKeys) -> None:
    recorder = Recorder()

    async def scenario() -> None:
        listener = await start(ana, recorder)
        try:
            reader, writer = await raw_tls(listener.port)
            await read_challenge(reader)
            writer.write(struct.pack(">I", 0xFFFFFFFF))
            assert await rest_of_stream(reader) == b""
            await close(writer)
        finally:
            await listener.close()

    run(scenario())


def test_oversized_frame_header_on_a_channel_closes_it(ana: DeviceKeys, ben: DeviceKeys) -> None:
    seen: list[BaseException] = []

    async def scenario() -> None:
        async def listen(channel: TlsChannel) -> None:
            try:
                await channel.recv()
            except FrameTooLarge as exc:
                seen.append(exc)
            assert channel.closed

        listener = await Listener.start(
            HOST, 0, me=ana, space_tags=lambda: [SPACE_A], accept=lambda c, t: True, on_channel=listen
        )
        try:
            channel = await connect(
                HOST, listener.port, me=ben, expected=ana.device_id, space_tags=[], timeout=5
            )
            channel._writer.write(struct.pack(">I", 16 * 1024 * 1024 + 1))
            with pytest.raises(ChannelClosed):
                await asyncio.wait_for(channel.recv(), READ_LIMIT)
            await channel.close()
        finally:
            await listener.close()
        assert len(seen) == 1

    run(scenario())


def test_plain_and_silent_clients_do_not_disturb_the_listener(
    ana: DeviceKeys, ben: DeviceKeys, quiet_errors: None
) -> None:
    recorder = Recorder()

    async def plain(port: int) -> None:
        reader, writer = await asyncio.open_connection(HOST, port)
        writer.write(b"GET / HTTP/1.0\r\n\r\n")
        await asyncio.wait_for(reader.read(), READ_LIMIT)
        writer.close()
        await writer.wait_closed()

    async def silent_after_tls(port: int) -> None:
        reader, writer = await raw_tls(port)
        await read_challenge(reader)
        assert await rest_of_stream(reader) == b""  # dropped at the listener's timeout
        await close(writer)

    async def leaves_at_once(port: int) -> None:
        _, writer = await raw_tls(port)
        writer.transport.abort()

    async def scenario() -> None:
        listener = await start(ana, recorder, timeout=0.5)
        try:
            bad = [plain, silent_after_tls, leaves_at_once] * 10
            await asyncio.gather(*(client(listener.port) for client in bad))
            channel = await connect(HOST, listener.port, me=ben, expected=ana.device_id, space_tags=[SPACE_A])
            await channel.send(b"still here")
            assert await asyncio.wait_for(channel.recv(), READ_LIMIT) == b"echo:still here"
            await channel.close()
        finally:
            await listener.close()

    run(scenario())


def test_a_handshake_beyond_max_pending_takes_the_slot_of_the_oldest(
    ana: DeviceKeys, ben: DeviceKeys
) -> None:
    recorder = Recorder()

    async def scenario() -> None:
        listener = await start(ana, recorder, max_pending=1, timeout=3)
        try:
            holder_reader, holder = await raw_tls(listener.port)
            await read_challenge(holder_reader)  # holds the only handshake slot, and says nothing
            channel = await connect(HOST, listener.port, me=ben, expected=ana.device_id, space_tags=[SPACE_A])
            assert await rest_of_stream(holder_reader) == b""  # dropped to make room for the newcomer
            await channel.close()
            await close(holder)
        finally:
            await listener.close()

    run(scenario())


def test_connecting_to_a_plain_server_fails_cleanly(ben: DeviceKeys) -> None:
    async def scenario() -> None:
        async def http(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            writer.write(b"HTTP/1.0 400 Bad Request\r\n\r\n")
            writer.close()
            await writer.wait_closed()

        server = await asyncio.start_server(http, HOST, 0)
        try:
            port = server.sockets[0].getsockname()[1]
            with pytest.raises((HandshakeError, ConnectionError)):
                await connect(HOST, port, me=ben, expected=ben.device_id, space_tags=[], timeout=2)
        finally:
            server.close()
            await server.wait_closed()

    run(scenario())


def test_idle_channel_closes_after_idle_timeout_and_cancelled_recv_is_safe(
    ana: DeviceKeys, ben: DeviceKeys
) -> None:
    recorder = Recorder()

    async def scenario() -> None:
        listener = await start(ana, recorder)
        try:
            channel = await connect(
                HOST, listener.port, me=ben, expected=ana.device_id, space_tags=[SPACE_A], idle_timeout=0.3
            )
            with pytest.raises(TimeoutError):
                await asyncio.wait_for(channel.recv(), 0.05)  # a cancelled wait between frames
            await channel.send(b"after")
            assert await channel.recv() == b"echo:after"
            with pytest.raises(ChannelClosed, match="within the timeout"):
                await channel.recv()
            assert channel.closed
        finally:
            await listener.close()

    run(scenario())


def test_closing_the_listener_ends_its_sessions(ana: DeviceKeys, ben: DeviceKeys) -> None:
    recorder = Recorder()

    async def scenario() -> None:
        listener = await start(ana, recorder)
        channel = await connect(HOST, listener.port, me=ben, expected=ana.device_id, space_tags=[SPACE_A])
        await channel.send(b"hi")
        assert await channel.recv() == b"echo:hi"
        await listener.close()
        await listener.close()
        with pytest.raises(ChannelClosed):
            await asyncio.wait_for(channel.recv(), READ_LIMIT)
        with pytest.raises(ConnectionRefusedError):
            await connect(
                HOST, listener.port, me=ben, expected=ana.device_id, space_tags=[SPACE_A], timeout=2
            )

    run(scenario())


# --- messages -----------------------------------------------------------------------------------------------


def test_tag_lists_are_canonical() -> None:
    encoded = connection._encode_tags([SPACE_B, SPACE_A, SPACE_B])
    assert encoded == struct.pack(">H", 2) + SPACE_A + SPACE_B
    assert connection._decode_tags(encoded) == {SPACE_A, SPACE_B}
    for bad in (
        struct.pack(">H", 2) + SPACE_B + SPACE_A,
        struct.pack(">H", 2) + SPACE_A + SPACE_A,
        struct.pack(">H", 2) + SPACE_A,
        struct.pack(">H", 1) + SPACE_A + b"x",
        b"\x00",
    ):
        with pytest.raises(HandshakeError):
            connection._decode_tags(bad)
    with pytest.raises(ValueError, match="32 bytes"):
        connection._encode_tags([b"short"])
    with pytest.raises(ValueError, match="at most"):
        connection._encode_tags([n.to_bytes(32, "big") for n in range(257)])


def test_connect_refuses_bad_local_tags_before_connecting(ben: DeviceKeys) -> None:
    async def scenario() -> None:
        with pytest.raises(ValueError, match="32 bytes"):
            await connect(HOST, 9, me=ben, expected=ben.device_id, space_tags=[b"short"])

    run(scenario())


# --- the private key on disk --------------------------------------------------------------------------------


def _device() -> tuple[DeviceKeys, Ed25519PrivateKey]:
    signing = Ed25519PrivateKey.generate()
    return DeviceKeys(signing, X25519PrivateKey.generate()), signing


def _plaintext_forms(signing: Ed25519PrivateKey) -> list[bytes]:
    raw = signing.private_bytes_raw()
    forms = [raw, raw.hex().encode(), b"BEGIN PRIVATE KEY"]
    for encoding in (serialization.Encoding.DER, serialization.Encoding.PEM):
        for fmt in (serialization.PrivateFormat.PKCS8, serialization.PrivateFormat.OpenSSH):
            if fmt is serialization.PrivateFormat.OpenSSH and encoding is serialization.Encoding.DER:
                continue
            forms.append(signing.private_bytes(encoding, fmt, serialization.NoEncryption()))
    return forms


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "tmp"
    directory.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(directory))
    return directory


def _spy_on_loading(monkeypatch: pytest.MonkeyPatch, inspect: Callable[[str, bytes], None]) -> list[str]:
    paths: list[str] = []
    real = tls._load_chain

    def spy(context: Any, path: str, password: bytes) -> None:
        paths.append(path)
        inspect(path, password)
        real(context, path, password)

    monkeypatch.setattr(tls, "_load_chain", spy)
    return paths


def test_key_file_fallback_is_encrypted_private_and_deleted(
    private_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    me, signing = _device()
    monkeypatch.setattr(tls, "_open_memfd", lambda: None)  # as on a system without memfd_create

    def inspect(path: str, password: bytes) -> None:
        assert Path(path).parent == private_tmp
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
        files = list(private_tmp.iterdir())
        assert files == [Path(path)]
        data = files[0].read_bytes()
        assert b"BEGIN ENCRYPTED PRIVATE KEY" in data
        for form in _plaintext_forms(signing):
            assert form not in data
        with pytest.raises(TypeError):  # unreadable without the one-time password
            serialization.load_pem_private_key(data[data.index(b"-----BEGIN ENCRYPTED") :], password=None)
        assert password not in data

    paths = _spy_on_loading(monkeypatch, inspect)
    tls.server_context(me)
    assert len(paths) == 1
    assert list(private_tmp.iterdir()) == []


def test_key_goes_through_memory_where_possible(private_tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if not hasattr(os, "memfd_create") or not Path("/proc/self/fd").is_dir():
        pytest.skip("no memfd_create here")
    me, signing = _device()

    def inspect(path: str, password: bytes) -> None:
        assert path.startswith("/proc/self/fd/")
        data = Path(path).read_bytes()
        assert b"BEGIN ENCRYPTED PRIVATE KEY" in data
        for form in _plaintext_forms(signing):
            assert form not in data
        assert list(private_tmp.iterdir()) == []

    paths = _spy_on_loading(monkeypatch, inspect)
    before = set(os.listdir("/proc/self/fd"))
    tls.server_context(me)
    assert len(paths) == 1
    assert list(private_tmp.iterdir()) == []
    assert set(os.listdir("/proc/self/fd")) <= before  # the in-memory file was closed


def test_listener_works_with_the_file_fallback(
    ana: DeviceKeys, ben: DeviceKeys, private_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tls, "_open_memfd", lambda: None)
    recorder = Recorder()

    async def scenario() -> None:
        listener = await start(ana, recorder)
        try:
            assert list(private_tmp.iterdir()) == []
            channel = await connect(HOST, listener.port, me=ben, expected=ana.device_id, space_tags=[SPACE_A])
            await channel.close()
        finally:
            await listener.close()

    run(scenario())
    assert list(private_tmp.iterdir()) == []


def test_a_connector_may_pin_any_of_several_devices() -> None:
    """Discovery shows a space tag, not a device: the connector accepts any member of that space."""

    async def scenario() -> None:
        listener_keys, connector_keys, stranger = (
            DeviceKeys.generate(),
            DeviceKeys.generate(),
            DeviceKeys.generate(),
        )

        async def on_channel(channel: TlsChannel) -> None:
            await channel.close()

        listener = await Listener.start(
            HOST, 0, me=listener_keys, space_tags=lambda: [SPACE_A], accept=lambda card, tags: True,
            on_channel=on_channel,
        )  # fmt: skip
        try:
            channel = await connect(
                HOST, listener.port, me=connector_keys,
                expected={stranger.device_id, listener_keys.device_id}, space_tags=[SPACE_A],
            )  # fmt: skip
            assert channel.peer.device_id == listener_keys.device_id
            await channel.close()
            with pytest.raises(PinMismatch):
                await connect(
                    HOST,
                    listener.port,
                    me=connector_keys,
                    expected={stranger.device_id},
                    space_tags=[SPACE_A],
                )
        finally:
            await listener.close()

    run(scenario())
