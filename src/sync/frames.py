"""Length-prefixed frames: a 4-byte big-endian length, then that many payload bytes.

The length is checked against the cap **before** any payload byte is read or buffered, so a peer cannot make us
allocate more than the cap by announcing a huge frame.
"""

from __future__ import annotations

import asyncio
import struct

from sync.errors import EndOfStream, FrameError, FrameTooLarge, TruncatedFrame

__all__ = [
    "HEADER_SIZE",
    "MAX_FRAME",
    "EndOfStream",
    "FrameDecoder",
    "FrameError",
    "FrameTooLarge",
    "TruncatedFrame",
    "encode_frame",
    "read_frame",
]

MAX_FRAME = 16 * 1024 * 1024
"""Largest payload a frame may carry (16 MiB)."""

HEADER_SIZE = 4
_HEADER = struct.Struct(">I")


def encode_frame(payload: bytes, *, max_frame: int = MAX_FRAME) -> bytes:
    """Return *payload* prefixed with its length. Raises `FrameTooLarge` above *max_frame*."""
    if len(payload) > max_frame:
        raise FrameTooLarge(len(payload), max_frame)
    return _HEADER.pack(len(payload)) + bytes(payload)


class FrameDecoder:
    """Incremental decoder: `feed` it bytes as they arrive, get back the frames completed so far.

    Partial data is kept between calls. When a header announces more than *max_frame* bytes, `feed` raises
    `FrameTooLarge` at once, without buffering any of that frame's payload; the decoder is then failed (every
    later call raises again) and the connection should be dropped. Frames completed earlier in the same `feed`
    call are discarded with it.
    """

    def __init__(self, *, max_frame: int = MAX_FRAME) -> None:
        if not 0 <= max_frame < 2**32:
            raise ValueError("max_frame must fit in the 4-byte length")
        self._max = max_frame
        self._header = bytearray()
        self._need: int | None = None  # payload length of the frame being read; None while reading a header
        self._body = bytearray()
        self._failed: FrameTooLarge | None = None

    @property
    def pending(self) -> int:
        """Bytes received that do not yet form a complete frame."""
        if self._need is None:
            return len(self._header)
        return HEADER_SIZE + len(self._body)

    def feed(self, data: bytes | bytearray | memoryview) -> list[bytes]:
        """Consume *data*; return the payloads of every frame it completed, in order."""
        if self._failed is not None:
            raise FrameTooLarge(self._failed.length, self._failed.limit)
        view = memoryview(data)
        if not view.c_contiguous:  # a strided slice: copy it, rather than fail in cast()
            view = memoryview(view.tobytes())
        view = view.cast("B")
        frames: list[bytes] = []
        pos, end = 0, len(view)
        while pos < end:
            if self._need is None:
                take = min(HEADER_SIZE - len(self._header), end - pos)
                self._header += view[pos : pos + take]
                pos += take
                if len(self._header) < HEADER_SIZE:
                    break
                (length,) = _HEADER.unpack(self._header)
                self._header.clear()
                if length > self._max:
                    self._failed = FrameTooLarge(length, self._max)
                    raise self._failed
                self._need = length
            take = min(self._need - len(self._body), end - pos)
            self._body += view[pos : pos + take]
            pos += take
            if len(self._body) == self._need:
                frames.append(bytes(self._body))
                self._body.clear()
                self._need = None
        return frames

    def finish(self) -> None:
        """Call at end of stream: raises `TruncatedFrame` if a frame was left incomplete."""
        if self._failed is not None:
            raise FrameTooLarge(self._failed.length, self._failed.limit)
        if self._need is not None or self._header:
            raise TruncatedFrame(f"stream ended inside a frame ({self.pending} bytes of it received)")


async def read_frame(reader: asyncio.StreamReader, *, max_frame: int = MAX_FRAME) -> bytes:
    """Read one frame from *reader*.

    Raises `EndOfStream` if the stream ends cleanly before a header, `TruncatedFrame` if it ends inside a
    frame, and `FrameTooLarge` (before reading any payload) if the header announces more than *max_frame*.
    """
    try:
        header = await reader.readexactly(HEADER_SIZE)
    except asyncio.IncompleteReadError as exc:
        if not exc.partial:
            raise EndOfStream("stream ended before the next frame") from None
        raise TruncatedFrame(f"stream ended inside a frame header ({len(exc.partial)} of 4 bytes)") from None
    (length,) = _HEADER.unpack(header)
    if length > max_frame:
        raise FrameTooLarge(length, max_frame)
    try:
        return await reader.readexactly(length)
    except asyncio.IncompleteReadError as exc:
        raise TruncatedFrame(
            f"stream ended inside a frame ({len(exc.partial)} of {length} payload bytes)"
        ) from None
