"""Fuzz the frame layer: `FrameDecoder` fed arbitrary bytes cut into random chunks, and `read_frame` over an
`asyncio.StreamReader` holding the same bytes.

The contract under test, checked against a reference reading of every input:

- Only these `FrameError` subclasses come out, and only where the reference says: `FrameTooLarge` (a header
  announces more than the cap: from `feed`, from every later `feed` or `finish`, from `read_frame`),
  `TruncatedFrame` (the stream ends inside a header or a payload: from `finish` or `read_frame`) and
  `EndOfStream` (`read_frame` at a clean end). Anything else that escapes, or an error in the wrong place, is
  a finding.
- No frame is longer than the cap.
- The cap is checked on the header alone: the `feed` call that completes an oversized header (up to
  2**32 - 1) raises, allocating no more than a few times the bytes it was given (tracemalloc) and leaving
  nothing buffered; `pending` never holds more than the bytes received since the last whole frame; and
  `read_frame` raises without waiting for payload bytes that are not there.
- Valid frame sequences round-trip: under any chunking each `feed` returns exactly the frames its bytes
  completed, `read_frame` returns the same frames, and encoding them gives back the stream.

Inputs are valid multi-frame streams, mutated: bit flips, byte sets, truncation, splices (insert, delete,
duplicate a range, whole frames of two streams), cross-overs, headers rewritten to huge or boundary lengths,
and random bytes. The cap (16 MiB, or a small one that real payloads cross) and the chunking come from a
checksum of the input, so a finding is reproduced from its bytes alone.

    python fuzz/fuzz_frames.py --runs 1000000 [--seed 1]   # seeded mutation loop (no extra packages)
    python fuzz/fuzz_frames.py --atheris -runs=1000000      # coverage-guided, if atheris is installed
"""

from __future__ import annotations

import asyncio
import atexit
import bisect
import contextlib
import functools
import random
import sys
import tracemalloc
import zlib
from collections import Counter
from collections.abc import Callable, Coroutine, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

try:
    import _driver  # run as a script: this folder is on sys.path
except ModuleNotFoundError:  # imported by a test, with the repository root on sys.path
    from fuzz import _driver

if TYPE_CHECKING:
    from sync.frames import FrameError

expect = _driver.expect

HEADER_SIZE = 4
MAX_SIZE = 1 << 13
SMALL_CAPS = (0, 64, 1024, 4096)
LENGTHS = (0, 1, 63, 64, 65, 1023, 1024, 1025, 2**24 - 1, 2**24, 2**24 + 1, 2**31 - 1, 2**31, 2**32 - 1)
"""Announced lengths worth trying: around the small caps, around the 16 MiB cap, and the largest possible."""
SLACK = 64 * 1024
"""What a feed may allocate beyond a few times its own bytes: far below any length over the 16 MiB cap."""


# --- the reference --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Reading:
    """How a stream reads under a cap, by the simplest possible parser."""

    frames: list[bytes]
    ends: list[int]  # offset just past each frame
    end: str  # "clean", "truncated" or "too large"
    rest: int  # offset just past the last whole frame
    announced: int = 0  # the oversized length, when end is "too large"


def reference(data: bytes, cap: int) -> Reading:
    frames: list[bytes] = []
    ends: list[int] = []
    pos = 0
    while True:
        if pos == len(data):
            return Reading(frames, ends, "clean", pos)
        if len(data) - pos < HEADER_SIZE:
            return Reading(frames, ends, "truncated", pos)
        length = int.from_bytes(data[pos : pos + HEADER_SIZE], "big")
        if length > cap:
            return Reading(frames, ends, "too large", pos, length)
        if len(data) - pos - HEADER_SIZE < length:
            return Reading(frames, ends, "truncated", pos)
        frames.append(data[pos + HEADER_SIZE : pos + HEADER_SIZE + length])
        pos += HEADER_SIZE + length
        ends.append(pos)


# --- the check ------------------------------------------------------------------------------------------------


def _frame_error(call: Callable[[], object]) -> FrameError | None:
    from sync.frames import FrameError

    try:
        call()
    except FrameError as exc:
        return exc
    return None


@contextlib.contextmanager
def _allocates_at_most(limit: int, what: str) -> Iterator[None]:
    """Break the contract if the block's peak allocation (tracemalloc) passes *limit*. Skipped when something
    else is tracing already, so as not to stop it."""
    if tracemalloc.is_tracing():
        yield
        return
    tracemalloc.start()
    try:
        yield
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        expect(peak <= limit, f"{what} allocated {peak} bytes")


def _cuts(data: bytes, reading: Reading, rng: random.Random) -> list[int]:
    """Where to cut *data* into feeds: nowhere, at random, inside headers, or (if short) between all bytes."""
    n = len(data)
    style = rng.randrange(4)
    if n < 2 or style == 0:
        return []
    if style == 1:
        return sorted(rng.randint(0, n) for _ in range(rng.randint(1, 8)))  # repeats make empty feeds
    if style == 2:
        starts = [0, *reading.ends]
        return sorted({min(n, s + rng.randint(1, HEADER_SIZE - 1)) for s in starts if rng.random() < 0.5})
    return list(range(1, n)) if n <= 64 else sorted(rng.sample(range(1, n), 16))


def _as(chunk: bytes, kind: int) -> bytes | bytearray | memoryview:
    return chunk if kind == 0 else bytearray(chunk) if kind == 1 else memoryview(chunk)


def check_decoder(data: bytes, cap: int, cuts: list[int], reading: Reading, rng: random.Random) -> None:
    from sync.frames import FrameDecoder, FrameTooLarge, TruncatedFrame, encode_frame

    decoder = FrameDecoder(max_frame=cap)
    fail_at = reading.rest + HEADER_SIZE if reading.end == "too large" else None
    got: list[bytes] = []
    start = 0
    for end in [*cuts, len(data)]:
        chunk = _as(data[start:end], rng.randrange(3))
        watch = (
            _allocates_at_most(
                4 * (end - start) + SLACK, f"the feed of an oversized header ({reading.announced})"
            )
            if fail_at is not None and start < fail_at <= end
            else contextlib.nullcontext()
        )
        try:
            with watch:
                new = decoder.feed(chunk)
        except FrameTooLarge as exc:
            expect(
                fail_at is not None and start < fail_at <= end,
                f"FrameTooLarge from the feed of bytes {start}-{end}; an oversized header ends at {fail_at}",
            )
            expect((exc.length, exc.limit) == (reading.announced, cap), f"FrameTooLarge says {exc}")
            expect(decoder.pending == 0, f"{decoder.pending} bytes left buffered after FrameTooLarge")
            expect(got == reading.frames[: bisect.bisect_right(reading.ends, start)], "frames lost")
            again = _frame_error(lambda: decoder.feed(b"\x00" * HEADER_SIZE))
            expect(isinstance(again, FrameTooLarge), f"a failed decoder fed again gave {again!r}")
            finished = _frame_error(decoder.finish)
            expect(isinstance(finished, FrameTooLarge), f"a failed decoder's finish() gave {finished!r}")
            return
        expect(
            fail_at is None or end < fail_at,
            f"the oversized header ({reading.announced} > {cap}) ended at byte {fail_at} and feed did not raise",
        )
        expect(all(type(f) is bytes and len(f) <= cap for f in new), "a frame over the cap, or not bytes")
        got += new
        done = bisect.bisect_right(reading.ends, end)
        expect(got == reading.frames[:done], f"after {end} bytes: {len(got)} frames, expected {done}")
        received = end - (reading.ends[done - 1] if done else 0)
        expect(
            decoder.pending == received, f"pending {decoder.pending}, {received} bytes since the last frame"
        )
        start = end
    finished = _frame_error(decoder.finish)
    if reading.end == "truncated":
        expect(isinstance(finished, TruncatedFrame), f"finish() of a truncated stream gave {finished!r}")
    else:
        expect(finished is None, f"finish() of a clean stream raised {finished!r}")
    encoded = b"".join(encode_frame(f, max_frame=cap) for f in got)
    expect(encoded == data[: reading.rest], "the frames do not encode back to the stream")


@functools.cache
def _idle_loop() -> asyncio.AbstractEventLoop:
    """The loop the StreamReaders belong to. It never runs: `_step` drives read_frame by hand."""
    loop = asyncio.new_event_loop()
    atexit.register(loop.close)
    return loop


def _step(coro: Coroutine[Any, Any, bytes]) -> bytes | FrameError | None:
    """Run *coro* as far as it gets with the bytes already there: its frame, its FrameError, or None if it
    waits for more."""
    from sync.frames import FrameError

    try:
        coro.send(None)
    except StopIteration as done:
        frame: bytes = done.value
        return frame
    except FrameError as exc:
        return exc
    coro.close()
    return None


def check_reader(data: bytes, cap: int, reading: Reading, *, eof: bool) -> None:
    """read_frame until the reference's ending. Without the end of stream, an oversized header must still
    raise at once (with not one payload byte there) and anything else must wait rather than fail."""
    from sync.frames import EndOfStream, FrameTooLarge, TruncatedFrame, read_frame

    reader = asyncio.StreamReader(loop=_idle_loop())
    reader.feed_data(data if eof or reading.end != "too large" else data[: reading.rest + HEADER_SIZE])
    if eof:
        reader.feed_eof()
    for want in reading.frames:
        got = _step(read_frame(reader, max_frame=cap))
        expect(type(got) is bytes and got == want, f"read_frame gave {got!r:.80}, expected a frame")
    last = _step(read_frame(reader, max_frame=cap))
    if reading.end == "too large":
        expect(
            isinstance(last, FrameTooLarge) and (last.length, last.limit) == (reading.announced, cap),
            f"read_frame at an oversized header ({reading.announced} > {cap}) gave {last!r:.80}",
        )
    elif not eof:
        expect(last is None, f"read_frame with the stream still open gave {last!r:.80} instead of waiting")
    else:
        expected = EndOfStream if reading.end == "clean" else TruncatedFrame
        expect(isinstance(last, expected), f"read_frame at a {reading.end} end gave {last!r:.80}")


def check(data: bytes) -> str:
    """The reference's ending ("clean", "truncated", "too large"); raises only if the contract is broken."""
    from sync.frames import MAX_FRAME

    rng = random.Random(zlib.crc32(data))
    cap = MAX_FRAME if rng.random() < 0.65 else rng.choice(SMALL_CAPS)
    reading = reference(data, cap)
    check_decoder(data, cap, _cuts(data, reading, rng), reading, rng)
    check_reader(data, cap, reading, eof=True)
    check_reader(data, cap, reading, eof=False)
    return reading.end


# --- inputs ---------------------------------------------------------------------------------------------------


def seeds() -> list[bytes]:
    """Valid streams: empty, one frame, several of mixed sizes, frames around the small caps, many empty ones."""
    from sync.frames import encode_frame

    rng = random.Random(0)

    def stream(*sizes: int) -> bytes:
        return b"".join(encode_frame(rng.randbytes(size)) for size in sizes)

    return [
        b"",
        stream(0),
        stream(1),
        stream(5, 0, 100),
        stream(*(rng.randrange(200) for _ in range(12))),
        stream(63, 64, 65),
        stream(1023, 1024, 1025),
        stream(3000, 7),
        stream(*([0] * 20)),
    ]


def _header(length: int) -> bytes:
    return length.to_bytes(HEADER_SIZE, "big")


def mutate(data: bytes, rng: random.Random, corpus: list[bytes], max_size: int = MAX_SIZE) -> bytes:
    roll = rng.random()
    if roll < 0.4:
        return _driver.mutate_bytes(data, rng, corpus, max_size)
    whole = reference(data, 2**32 - 1)
    if roll < 0.65:  # rewrite or append a header: huge, at a cap's edge, or just over or under what follows
        at = rng.choice([0, *whole.ends])
        left = len(data) - at - HEADER_SIZE
        length = rng.choice((*LENGTHS, left - 1, left, left + 1)) % 2**32
        out = data[:at] + _header(length) + data[at + HEADER_SIZE :]
        return _driver.mutate_bytes(out, rng, corpus, max_size) if rng.random() < 0.2 else out[:max_size]
    if roll < 0.9:  # whole frames of two streams, shuffled; sometimes cut short
        frames = whole.frames + reference(rng.choice(corpus), 2**32 - 1).frames
        picked = rng.sample(frames, rng.randint(0, len(frames)))
        out = b"".join(_header(len(f)) + f for f in picked)
        return out[: rng.randint(0, len(out)) if rng.random() < 0.3 else max_size][:max_size]
    if rng.random() < 0.5:  # a huge header with some bytes after it, at the start or after valid frames
        prefix = data[: rng.choice([0, *whole.ends])]
        return (prefix + _header(rng.choice(LENGTHS[-5:])) + rng.randbytes(rng.randint(0, 64)))[:max_size]
    return rng.randbytes(rng.randint(0, 64))


# --- drivers --------------------------------------------------------------------------------------------------


def run_loop(
    runs: int, seed: int, report: Callable[[str], None] | None = print
) -> tuple[Counter[str], _driver.Findings]:
    """(how many inputs read clean / truncated / too large, findings): a finding is any exception that escaped
    the check, a broken contract included, with its input."""
    return _driver.run_loop(
        runs,
        seed,
        corpus=seeds(),
        make=lambda rng, corpus: mutate(rng.choice(corpus), rng, corpus),
        check=check,
        report=report,
    )


def run_atheris(argv: list[str]) -> None:
    def mutator(libfuzzer: Callable[[bytes, int], bytes]) -> _driver.Mutator:
        return _driver.mixed_mutator(seeds(), mutate, libfuzzer, libfuzzer_share=0.4)

    _driver.run_atheris(argv, modules=("sync.frames",), mutator=mutator, check=check)


if __name__ == "__main__":
    sys.exit(_driver.main(__doc__, loop=run_loop, atheris=run_atheris, check=check))
