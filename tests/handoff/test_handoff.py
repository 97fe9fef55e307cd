"""Handing a profile over the LAN: the code, the proofs, and what a wrong code, a stranger or a machine in the
middle get (real TLS sockets on 127.0.0.1)."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import os
import socket
import ssl
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from handoff.protocol import (
    CHUNK,
    MAX_ATTEMPTS,
    MAX_ATTEMPTS_PER_SOURCE,
    Delivered,
    HandoffAbandoned,
    HandoffBroken,
    HandoffCode,
    HandoffError,
    HandoffEvent,
    HandoffExpired,
    HandoffMistyped,
    HandoffOffer,
    HandoffReceiver,
    HandoffRefused,
    HandoffUnreachable,
    ReceiverConnected,
    ReceiverFailed,
    Sending,
    WrongCode,
    _mac,
    export_passphrase,
    parse_code,
)
from sync.frames import encode_frame, read_frame
from sync.identity import DeviceKeys
from sync.invites import new_invite
from sync.lan.tls import client_context, server_context
from tests.support import run

LOOPBACK = "127.0.0.1"
CANARY = b"CANARY-handoff-bundle "


def _bundle(size: int = 3 * CHUNK + 123) -> bytes:
    return CANARY + os.urandom(size - len(CANARY))


# --- the code --------------------------------------------------------------------------------------------------


@given(
    host=st.ip_addresses(v=4).map(str),
    port=st.integers(1, 65535),
    secret=st.binary(min_size=10, max_size=10),
)
def test_code_round_trip(host: str, port: int, secret: bytes) -> None:
    code = HandoffCode(host, port, secret)
    text = code.text()
    assert len(text.replace("-", "")) == 31
    assert parse_code(text) == code
    assert parse_code(text.lower().replace("-", " ")) == code


def test_confusable_digits_read_as_letters() -> None:
    code = HandoffCode("192.168.1.20", 49152, b"\x00" * 10)
    text = code.text()
    assert parse_code(text.replace("O", "0").replace("I", "1").replace("B", "8")) == code


@pytest.mark.parametrize(
    ("mangle", "says"),
    [
        (lambda t: t[:-1], "31 characters"),
        (lambda t: t + "A", "31 characters"),
        (lambda t: ("B" if t[0] != "B" else "C") + t[1:], "mistyped"),
        (lambda t: t[:5] + "!" + t[6:], "never contains"),
        (lambda t: t[:-1] + chr(ord(t[-1]) + 1), "mistyped"),  # a bit of the last character's padding
    ],
)
def test_mistyped_codes_say_what_is_wrong(mangle: Callable[[str], str], says: str) -> None:
    text = HandoffCode("10.0.0.5", 50000, os.urandom(10)).text()
    with pytest.raises(HandoffMistyped, match=says):
        parse_code(mangle(text))


def test_an_invite_code_is_recognised_as_one() -> None:
    import datetime as dt

    invite = new_invite(os.urandom(16), os.urandom(32), now=dt.datetime.now(dt.UTC))
    with pytest.raises(HandoffMistyped, match="invite code"):
        parse_code(invite.short_code())


def test_the_export_passphrase_is_strong_and_bound_to_the_secret() -> None:
    from store.passphrase import assess

    a, b = os.urandom(10), os.urandom(10)
    assert export_passphrase(a) == export_passphrase(a) != export_passphrase(b)
    assert assess(export_passphrase(a)).acceptable


# --- handing over ----------------------------------------------------------------------------------------------


async def _offer(
    bundle: bytes, events: list[HandoffEvent], **kwargs: Any
) -> tuple[HandoffOffer, HandoffCode]:
    secret = os.urandom(10)
    offer = HandoffOffer(bundle, secret, LOOPBACK, on_event=events.append, **kwargs)
    return offer, await offer.start()


def test_the_profile_arrives_and_the_offer_ends() -> None:
    bundle, events, progress = _bundle(), list[HandoffEvent](), list[tuple[int, int]]()

    async def test() -> None:
        offer, code = await _offer(bundle, events)
        waiting = asyncio.create_task(offer.wait())
        receiver = HandoffReceiver(parse_code(code.text()))
        received = await receiver.fetch(lambda got, total: progress.append((got, total)))
        assert received == bundle
        await receiver.confirm()
        await waiting  # the offer ends once the receiver confirmed
        with pytest.raises(HandoffUnreachable):  # and nobody can take it again
            await HandoffReceiver(code).fetch()

    run(test)
    assert isinstance(events[0], ReceiverConnected)
    assert isinstance(events[-1], Delivered)
    sending = [e for e in events if isinstance(e, Sending)]
    assert [e.sent for e in sending] == [CHUNK, 2 * CHUNK, 3 * CHUNK, len(bundle)]
    assert progress[-1] == (len(bundle), len(bundle))


async def _guess(code: HandoffCode, source: str) -> bytes:
    """A stranger at *source* proves a random secret by hand; returns the sender's first answer after HELLO
    (or the HELLO's replacement, if the sender refuses at once)."""
    reader, writer = await asyncio.open_connection(
        code.host, code.port, ssl=client_context(), local_addr=(source, 0)
    )
    try:
        first = await asyncio.wait_for(read_frame(reader), 5)
        if first[:1] != b"\x01":
            return first
        wrong = HandoffReceiver(HandoffCode(code.host, code.port, os.urandom(10)))
        certificate = hashlib.sha256(
            writer.get_extra_info("ssl_object").getpeercert(binary_form=True) or b""
        ).digest()
        mine, theirs = os.urandom(32), first[-32:]
        writer.write(encode_frame(b"\x02" + mine + _mac(wrong._key, b"receiver", theirs, mine, certificate)))
        await writer.drain()
        return await asyncio.wait_for(read_frame(reader), 5)
    finally:
        writer.transport.abort()


def test_a_strangers_wrong_codes_do_not_end_the_offer() -> None:
    """One address guessing again and again is refused after a few tries; the owner's offer goes on."""
    bundle, events = _bundle(1000), list[HandoffEvent]()

    async def test() -> None:
        offer, code = await _offer(bundle, events)
        waiting = asyncio.create_task(offer.wait())
        answers = [await _guess(code, "127.0.0.9") for _ in range(2 * MAX_ATTEMPTS_PER_SOURCE + 5)]
        assert answers == [b"\x03"] * len(answers)  # refused, every time
        receiver = HandoffReceiver(code)  # the owner's other computer, at another address
        assert await receiver.fetch() == bundle
        await receiver.confirm()
        await waiting

    run(test)
    assert [e.attempt for e in events if isinstance(e, WrongCode)] == list(
        range(1, MAX_ATTEMPTS_PER_SOURCE + 1)
    )


def test_guesses_sent_at_once_from_one_address_count_no_more_than_its_share() -> None:
    events: list[HandoffEvent] = []

    async def test() -> None:
        offer, code = await _offer(_bundle(1000), events)
        waiting = asyncio.create_task(offer.wait())
        answers = await asyncio.gather(*(_guess(code, "127.0.0.9") for _ in range(12)))
        assert answers == [b"\x03"] * 12
        await offer.close()
        with contextlib.suppress(asyncio.CancelledError, HandoffError):
            await waiting

    run(test)
    assert len([e for e in events if isinstance(e, WrongCode)]) == MAX_ATTEMPTS_PER_SOURCE


def test_an_address_that_guessed_wrong_too_often_is_told_so() -> None:
    async def test() -> None:
        offer, code = await _offer(_bundle(1000), [])
        waiting = asyncio.create_task(offer.wait())
        for _ in range(MAX_ATTEMPTS_PER_SOURCE):
            wrong = HandoffReceiver(HandoffCode(code.host, code.port, os.urandom(10)))
            with pytest.raises(HandoffRefused, match="did not accept this code"):
                await wrong.fetch()
        with pytest.raises(HandoffRefused, match="too many wrong codes"):
            await HandoffReceiver(code).fetch()  # even the right code, from that address
        await offer.close()
        with contextlib.suppress(asyncio.CancelledError, HandoffError):
            await waiting

    run(test)


def test_wrong_codes_from_many_addresses_end_the_offer() -> None:
    """The total still stops online guessing: MAX_ATTEMPTS wrong proofs from any number of addresses."""
    events: list[HandoffEvent] = []

    async def test() -> None:
        offer, code = await _offer(_bundle(1000), events)
        waiting = asyncio.create_task(offer.wait())
        sources = -(-MAX_ATTEMPTS // MAX_ATTEMPTS_PER_SOURCE)
        for n in range(sources):
            for _ in range(MAX_ATTEMPTS_PER_SOURCE):
                with contextlib.suppress(ConnectionError, asyncio.IncompleteReadError, ssl.SSLError):
                    await _guess(code, f"127.0.1.{n + 1}")
        with pytest.raises(HandoffAbandoned, match=f"{MAX_ATTEMPTS} times"):
            await waiting
        with pytest.raises(HandoffUnreachable):  # even the right code is too late now
            await HandoffReceiver(code).fetch()

    run(test, timeout=30)
    assert [e.attempt for e in events if isinstance(e, WrongCode)] == list(range(1, MAX_ATTEMPTS + 1))


def test_a_failure_on_the_receiver_leaves_the_offer_open() -> None:
    bundle, events = _bundle(5000), list[HandoffEvent]()

    async def test() -> None:
        offer, code = await _offer(bundle, events)
        waiting = asyncio.create_task(offer.wait())
        first = HandoffReceiver(code)
        assert await first.fetch() == bundle
        await first.report_failure("The disk is full.")
        second = HandoffReceiver(code)
        assert await second.fetch() == bundle
        await second.confirm()
        await waiting

    run(test)
    assert ReceiverFailed("The disk is full.") in events
    assert sum(isinstance(e, Delivered) for e in events) == 1


def test_an_offer_nobody_takes_expires() -> None:
    async def test() -> None:
        offer, code = await _offer(_bundle(100), [], lifetime=0.3)
        with pytest.raises(HandoffExpired, match="start again"):
            await offer.wait()
        with pytest.raises(HandoffUnreachable):
            await HandoffReceiver(code).fetch()

    run(test)


def test_nothing_listening_is_unreachable() -> None:
    with socket.socket() as s:
        s.bind((LOOPBACK, 0))
        port = s.getsockname()[1]  # bound but never listening: connections are refused

        async def test() -> None:
            with pytest.raises(HandoffUnreachable, match="same network"):
                await HandoffReceiver(HandoffCode(LOOPBACK, port, os.urandom(10))).fetch()

        run(test)


def test_a_machine_in_the_middle_gets_nothing_it_can_use() -> None:
    """A proxy terminates the receiver's TLS with its own certificate and relays every frame to the sender: the
    receiver's proof names the proxy's certificate, so the sender refuses it and sends no byte of the profile."""
    bundle, events = _bundle(), list[HandoffEvent]()
    seen_from_sender = bytearray()

    async def test() -> None:
        offer, code = await _offer(bundle, events)
        waiting = asyncio.create_task(offer.wait())

        async def relay(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            up_reader, up_writer = await asyncio.open_connection(code.host, code.port, ssl=client_context())

            async def pump(
                src: asyncio.StreamReader, dst: asyncio.StreamWriter, seen: bytearray | None
            ) -> None:
                while payload := await read_frame(src):
                    if seen is not None:
                        seen.extend(payload)
                    dst.write(encode_frame(payload))
                    await dst.drain()

            with pytest.raises(Exception):  # noqa: B017,PT011 - ends when either side closes
                await asyncio.gather(pump(up_reader, writer, seen_from_sender), pump(reader, up_writer, None))
            writer.close()
            up_writer.close()

        proxy = await asyncio.start_server(relay, LOOPBACK, 0, ssl=server_context(DeviceKeys.generate()))
        proxy_port = proxy.sockets[0].getsockname()[1]
        with pytest.raises(HandoffRefused):
            await HandoffReceiver(HandoffCode(LOOPBACK, proxy_port, code.secret)).fetch()
        proxy.close()
        # The real receiver still gets the profile.
        receiver = HandoffReceiver(code)
        assert await receiver.fetch() == bundle
        await receiver.confirm()
        await waiting

    run(test)
    assert CANARY not in seen_from_sender
    assert len(seen_from_sender) < 100  # the hello and the refusal
    assert WrongCode(1) in events


async def _hostile_sender(replies: list[bytes]) -> tuple[asyncio.Server, int]:
    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        for reply in replies:
            writer.write(reply)
            await writer.drain()
        writer.close()

    server = await asyncio.start_server(serve, LOOPBACK, 0, ssl=server_context(DeviceKeys.generate()))
    return server, server.sockets[0].getsockname()[1]


@given(replies=st.lists(st.binary(max_size=200), max_size=4))
def test_whatever_a_stranger_sends_the_receiver_fails_cleanly(replies: list[bytes]) -> None:
    async def test() -> None:
        server, port = await _hostile_sender(replies)
        try:
            with pytest.raises((HandoffBroken, HandoffRefused)):
                await HandoffReceiver(HandoffCode(LOOPBACK, port, os.urandom(10))).fetch()
        finally:
            server.close()

    run(test)


def test_an_oversized_frame_is_refused_before_it_is_read() -> None:
    async def test() -> None:
        server, port = await _hostile_sender([b"\xff\xff\xff\xff"])
        try:
            with pytest.raises(HandoffBroken):
                await HandoffReceiver(HandoffCode(LOOPBACK, port, os.urandom(10))).fetch()
        finally:
            server.close()

    run(test)


@given(junk=st.lists(st.binary(max_size=300), min_size=1, max_size=3))
def test_junk_from_a_stranger_does_not_end_the_offer(junk: list[bytes]) -> None:
    bundle = _bundle(2000)

    async def test() -> None:
        offer, code = await _offer(bundle, [])
        waiting = asyncio.create_task(offer.wait())
        context = client_context()
        _reader, writer = await asyncio.open_connection(code.host, code.port, ssl=context)
        for piece in junk:
            writer.write(piece)
        await writer.drain()
        writer.close()
        with contextlib.suppress(ssl.SSLError, ConnectionError):
            await writer.wait_closed()
        receiver = HandoffReceiver(code)
        assert await receiver.fetch() == bundle
        await receiver.confirm()
        await waiting

    run(test)


def test_a_silent_stranger_holds_the_offer_for_the_proof_timeout_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import handoff.protocol as handoff

    monkeypatch.setattr(handoff, "PROOF_TIMEOUT", 0.3)
    bundle = _bundle(1000)

    async def test() -> None:
        offer, code = await _offer(bundle, [])
        waiting = asyncio.create_task(offer.wait())
        _reader, silent = await asyncio.open_connection(code.host, code.port, ssl=client_context())
        receiver = HandoffReceiver(code)  # served once the silent one is dropped
        assert await receiver.fetch() == bundle
        await receiver.confirm()
        await waiting
        silent.close()

    run(test, timeout=10)
