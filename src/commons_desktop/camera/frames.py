"""A camera's raw frame as a picture: which of the formats a camera offers to ask for, and turning its bytes
into a `QImage` (grey straight from the brightness bytes where the format has them, else a JPEG decode)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtGui import QImage

__all__ = ["PREFERRED_FORMATS", "FrameLayout", "choose_format", "fourcc", "frame_image", "luma_image"]


def fourcc(code: str) -> int:
    """The number Video4Linux2 uses for a four-letter pixel format such as "YUYV"."""
    a, b, c, d = (ord(ch) for ch in code)
    return a | b << 8 | c << 16 | d << 24


GREY, YUYV, UYVY, MJPG, JPEG = (fourcc(code) for code in ("GREY", "YUYV", "UYVY", "MJPG", "JPEG"))
# Cheapest first: a QR code needs only brightness. GREY is that already; YUYV and UYVY carry it in every other
# byte; motion JPEG (what most webcams offer at larger sizes) needs a decode.
PREFERRED_FORMATS = (GREY, YUYV, UYVY, MJPG, JPEG)
_LUMA_OFFSET = {YUYV: 0, UYVY: 1}  # where the first brightness byte sits in each pair


@dataclass(frozen=True)
class FrameLayout:
    """How a camera lays out one frame's bytes, as the driver reported after the format was set."""

    pixel_format: int
    width: int
    height: int
    bytes_per_line: int


def choose_format(offered: Iterable[int]) -> int | None:
    """The format to ask a camera for among those it *offered*, or None if it offers none the app reads."""
    available = set(offered)
    return next((code for code in PREFERRED_FORMATS if code in available), None)


def frame_image(data: bytes, layout: FrameLayout) -> QImage | None:
    """The picture in one frame's *data*, or None if the frame is short or damaged (the next one may do)."""
    if layout.pixel_format in (MJPG, JPEG):
        image = QImage.fromData(
            data
        )  # the format is told by the bytes (the stubs and the binding disagree on naming it)
        return None if image.isNull() else image
    if layout.pixel_format == GREY:
        return luma_image(data, layout.width, layout.height, layout.bytes_per_line or layout.width, 0, 1)
    offset = _LUMA_OFFSET.get(layout.pixel_format)
    if offset is None:
        return None
    return luma_image(data, layout.width, layout.height, layout.bytes_per_line or 2 * layout.width, offset, 2)


def luma_image(
    data: bytes, width: int, height: int, bytes_per_line: int, offset: int, step: int
) -> QImage | None:
    """A grey picture from the brightness bytes of *data*: the one at *offset* in every *step* bytes of each
    row (1 for GREY; 2 for YUYV and UYVY, whose other bytes are colour). None if *data* is too short."""
    if width <= 0 or height <= 0 or bytes_per_line < width * step or len(data) < bytes_per_line * height:
        return None
    if bytes_per_line % step:
        rows = (data[row * bytes_per_line : row * bytes_per_line + width * step] for row in range(height))
        luma, line = b"".join(row[offset::step] for row in rows), width
    else:
        luma, line = data[offset : bytes_per_line * height : step], bytes_per_line // step
    # QImage only borrows the bytes: copy while `luma` is alive.
    return QImage(luma, width, height, line, QImage.Format.Format_Grayscale8).copy()
