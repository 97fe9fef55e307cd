"""Length-prefixed frames: encoding, incremental decoding, the size cap, async reads and a bounded fuzz."""

from __future__ import annotations

import asyncio
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sync.frames import (
    MAX_FRAME,
    EndOfStream,
    FrameDecoder,
    FrameError,
    FrameTooLarge,
    TruncatedFrame,
    encode_frame,
    read_frame,
)


def test_encode_prefixes_big_endian_length() -> None:
    assert encode_frame(b"abc") == b"\x00\x00\x00\x03abc"
    assert encode_frame(b"") == b"\x00\x00\x00\x00"


def test_encode_refuses_oversized_payload() -> None:
    with pytest.raises(FrameTooLarge, match="exceeds the limit of 4"):
        encode_frame(b"12345", max_frame=4)


def test_decoder_returns_frames_split_across_feeds_in_order() -> None:
    stream = encode_frame(b"one") + encode_frame(b"") + encode_frame(b"three")
    decoder = FrameDecoder()
    got: list[bytes] = []
    for byte in stream:
        got += decoder.feed(bytes([byte]))
    assert got == [b"one", b"", b"three"]
    assert decoder.pending == 0
    decoder.finish()


def test_decoder_keeps_partial_data() -> None:
    decoder = FrameDecoder()
    assert decoder.feed(encode_frame(b"hello")[:6]) == []
    assert decoder.pending == 6
    with pytest.raises(TruncatedFrame):
        decoder.finish()
    assert decoder.feed(b"llo" + encode_frame(b"x")) == [b"hello", b"x"]


def test_decoder_rejects_oversized_header_without_buffering() -> None:
    decoder = FrameDecoder()
    header = (MAX_FRAME + 1).to_bytes(4, "big")
    with pytest.raises(FrameTooLarge, match=str(MAX_FRAME + 1)):
        decoder.feed(header + b"\x00" * 1000)
    assert decoder.pending == 0
    with pytest.raises(FrameTooLarge):  # the decoder stays failed
        decoder.feed(encode_frame(b"ok"))


def test_decoder_cap_is_checked_on_the_header_alone() -> None:
    decoder = FrameDecoder(max_frame=10)
    assert decoder.feed(b"\x00\x00\x00") == []
    with pytest.raises(FrameTooLarge):
        decoder.feed(b"\x0b")  # 11 announced, no payload byte sent yet
    assert FrameDecoder(max_frame=10).feed(encode_frame(b"x" * 10)) == [b"x" * 10]


@given(st.lists(st.binary(max_size=300), max_size=20), st.integers(min_value=1, max_value=50))
def test_decoder_round_trips_any_chunking(payloads: list[bytes], chunk: int) -> None:
    stream = b"".join(encode_frame(p) for p in payloads)
    decoder = FrameDecoder()
    got: list[bytes] = []
    for i in range(0, len(stream), chunk):
        got += decoder.feed(stream[i : i + chunk])
    assert got == payloads


def _reader(data: bytes) -> asyncio.StreamReader:
    reader = asyncio.StreamReader()
    reader.feed_data(data)
    reader.feed_eof()
    return reader


def test_read_frame_reads_frames_then_end_of_stream() -> None:
    async def run() -> None:
        reader = _reader(encode_frame(b"a") + encode_frame(b"bc"))
        assert await read_frame(reader) == b"a"
        assert await read_frame(reader) == b"bc"
        with pytest.raises(EndOfStream):
            await read_frame(reader)

    asyncio.run(run())


def test_read_frame_truncations() -> None:
    async def run() -> None:
        with pytest.raises(TruncatedFrame, match="header"):
            await read_frame(_reader(b"\x00\x00"))
        with pytest.raises(TruncatedFrame, match="2 of 5"):
            await read_frame(_reader(b"\x00\x00\x00\x05ab"))

    asyncio.run(run())


def test_read_frame_checks_cap_before_reading_payload() -> None:
    async def run() -> None:
        reader = asyncio.StreamReader()
        reader.feed_data((MAX_FRAME + 1).to_bytes(4, "big"))  # no payload, no EOF: reading it would hang
        with pytest.raises(FrameTooLarge):
            await asyncio.wait_for(read_frame(reader), timeout=5)
        with pytest.raises(FrameTooLarge):
            await read_frame(_reader(encode_frame(b"12345")), max_frame=4)

    asyncio.run(run())


def test_fuzz_decoder_raises_only_frame_errors() -> None:
    rng = random.Random(1234)
    valid = b"".join(encode_frame(rng.randbytes(rng.randrange(40))) for _ in range(10))
    for _ in range(3000):
        if rng.random() < 0.5:
            data = bytearray(valid)
            for _ in range(rng.randrange(1, 5)):
                data[rng.randrange(len(data))] = rng.randrange(256)
        else:
            data = bytearray(rng.randbytes(rng.randrange(64)))
        decoder = FrameDecoder(max_frame=rng.choice([16, 1024, MAX_FRAME]))
        try:
            pos = 0
            while pos < len(data):
                step = rng.randrange(1, 20)
                for frame in decoder.feed(bytes(data[pos : pos + step])):
                    assert isinstance(frame, bytes)
                pos += step
            decoder.finish()
        except FrameError:
            pass


def test_a_strided_memoryview_is_read_like_bytes() -> None:
    stream = encode_frame(b"abc") + encode_frame(b"")
    doubled = bytes(b for byte in stream for b in (byte, 0))
    strided = memoryview(doubled)[::2]  # not contiguous
    assert FrameDecoder().feed(strided) == [b"abc", b""]
