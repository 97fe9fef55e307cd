"""The session's messages: round trips, and every malformed frame is a ProtocolError."""

from __future__ import annotations

import contextlib
import random

import pytest

from sync.engine.wire import (
    Hello,
    Inner,
    Log,
    ProtocolError,
    Receipt,
    Sealed,
    decode,
    decode_inner,
    encode_inner,
    log_digest,
)

TAG = bytes(range(32))
HEAD = bytes(32)


def test_messages_round_trip() -> None:
    log = Log(TAG, (b"entry one", b"", b"x" * 1000))
    assert decode(log.to_bytes()) == log
    assert decode(Sealed(b"an envelope").to_bytes()) == Sealed(b"an envelope")
    hello = Hello(True, log_digest((HEAD,)), (HEAD,))
    kind, body = decode_inner(hello.to_bytes())
    assert kind is Inner.HELLO
    assert Hello.from_body(body) == hello
    assert decode_inner(encode_inner(Inner.SYNC, b"msg")) == (Inner.SYNC, b"msg")


def test_the_log_digest_ignores_order() -> None:
    a, b = b"\x01" * 32, b"\x02" * 32
    assert log_digest((a, b)) == log_digest((b, a))
    assert log_digest((a,)) != log_digest((b,))


@pytest.mark.parametrize(
    "frame",
    [
        b"",
        b"\x09",
        b"\x01" + TAG,  # LOG without a count
        b"\x01" + TAG + b"\x00\x01\x00\x00\x00\x05ab",  # an entry longer than the frame
        b"\x01" + TAG + b"\x00\x00extra",
        b"\x03" + TAG,  # no such kind
    ],
)
def test_malformed_frames_are_protocol_errors(frame: bytes) -> None:
    with pytest.raises(ProtocolError):
        decode(frame)


@pytest.mark.parametrize(
    "body", [b"", b"\x02" + bytes(34), b"\x01" + bytes(32), b"\x01" + bytes(32) + b"\x00\x01"]
)
def test_malformed_hellos_are_protocol_errors(body: bytes) -> None:
    with pytest.raises(ProtocolError):
        Hello.from_body(body)


def test_random_bytes_never_escape_as_anything_else() -> None:
    rng = random.Random(11)
    samples = [Log(TAG, (b"e",)).to_bytes(), Sealed(b"x").to_bytes()]
    for _ in range(5000):
        data = bytearray(rng.choice(samples))
        if rng.random() < 0.5:
            data[rng.randrange(len(data))] = rng.randrange(256)
        else:
            data = bytearray(rng.randbytes(rng.randrange(0, 80)))
        with contextlib.suppress(ProtocolError):
            decode(bytes(data))
    with pytest.raises(ProtocolError):
        decode_inner(b"")
    with pytest.raises(ProtocolError):
        decode_inner(b"\x09")  # 1–8 are the kinds there are


def test_a_receipt_round_trips_and_a_malformed_one_is_refused() -> None:
    receipt = Receipt(TAG, 1_800_000_000_000)
    assert decode(receipt.to_bytes()) == receipt
    for bad in (receipt.to_bytes()[:-1], receipt.to_bytes() + b"x", bytes([3]) + TAG + b"\xff" * 8):
        with pytest.raises(ProtocolError, match="RECEIPT"):
            decode(bad)
