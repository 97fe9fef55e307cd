"""The camera's pure parts and the Video4Linux2 adapter where this machine allows (it has no camera): the format
asked for, brightness taken from real YUYV/UYVY/GREY bytes, motion-JPEG frames decoded (also without the
Huffman tables webcams leave out), and each way a device fails said in a sentence."""

from __future__ import annotations

import errno
import struct
from pathlib import Path

import pytest
from linuxpy.video.device import PixelFormat
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage

from commons_desktop.camera import CameraError, find_cameras
from commons_desktop.camera.frames import (
    GREY,
    MJPG,
    UYVY,
    YUYV,
    FrameLayout,
    choose_format,
    fourcc,
    frame_image,
)
from commons_desktop.camera.v4l2 import V4l2Source, describe
from commons_desktop.widgets.qr_image import qr_codes_in, qr_image

INVITE = "COMMONS-INVITE:camera-frame-test"


def grey_qr(text: str = INVITE) -> QImage:
    return qr_image(text, scale=5).convertToFormat(QImage.Format.Format_Grayscale8)


def rows(image: QImage) -> list[bytes]:
    """Each row's pixels, without the padding Qt keeps at the end of a line."""
    data = bytes(image.constBits())
    return [
        data[y * image.bytesPerLine() : y * image.bytesPerLine() + image.width()]
        for y in range(image.height())
    ]


def packed_422(image: QImage, *, luma_first: bool, padding: int) -> bytes:
    """*image* as a camera sends YUYV (luma first) or UYVY: brightness in every other byte, colour between, each
    line padded with *padding* bytes."""
    out = bytearray()
    for row in rows(image):
        for x, luma in enumerate(row):
            chroma = 90 if x % 2 == 0 else 200  # U then V: real colour bytes, not copies of the brightness
            out += bytes((luma, chroma) if luma_first else (chroma, luma))
        out += b"\x7f" * padding
    return bytes(out)


def test_the_cheapest_format_a_camera_offers_is_chosen() -> None:
    assert fourcc("YUYV") == PixelFormat.YUYV  # the numbers are Video4Linux2's own
    assert fourcc("MJPG") == PixelFormat.MJPEG
    assert fourcc("GREY") == PixelFormat.GREY
    assert choose_format([PixelFormat.MJPEG, PixelFormat.YUYV]) == YUYV
    assert choose_format([PixelFormat.MJPEG, PixelFormat.GREY, PixelFormat.YUYV]) == GREY
    assert choose_format([PixelFormat.H264, PixelFormat.MJPEG]) == MJPG
    assert choose_format([PixelFormat.H264, PixelFormat.NV12]) is None
    assert choose_format([]) is None


@pytest.mark.parametrize(("pixel_format", "luma_first"), [(YUYV, True), (UYVY, False)])
def test_brightness_is_taken_from_yuyv_and_uyvy_bytes(pixel_format: int, luma_first: bool) -> None:
    qr = grey_qr()
    for padding in (0, 16, 3):  # aligned lines, padded lines, and an odd padding that breaks the pairs
        data = packed_422(qr, luma_first=luma_first, padding=padding)
        layout = FrameLayout(pixel_format, qr.width(), qr.height(), 2 * qr.width() + padding)
        image = frame_image(data, layout)
        assert image is not None
        assert image.size() == qr.size()
        assert rows(image) == rows(qr)
        assert qr_codes_in(image) == (INVITE,)
    short = FrameLayout(pixel_format, qr.width(), qr.height(), 2 * qr.width())
    assert frame_image(data[: len(data) // 2], short) is None  # a frame cut short is skipped


def test_grey_frames_are_read_as_they_are() -> None:
    qr = grey_qr()
    data = b"".join(row + b"\0" * 8 for row in rows(qr))
    image = frame_image(data, FrameLayout(GREY, qr.width(), qr.height(), qr.width() + 8))
    assert image is not None
    assert rows(image) == rows(qr)
    assert qr_codes_in(image) == (INVITE,)


def jpeg(image: QImage) -> bytes:
    buffer = QByteArray()
    device = QBuffer(buffer)
    device.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(device, "JPEG", 85)
    return bytes(buffer)


def without_huffman_tables(data: bytes) -> bytes:
    """*data* with its DHT segments removed, as many webcams send motion JPEG (the decoder uses the standard
    tables)."""
    out, at = bytearray(data[:2]), 2
    while at < len(data):
        marker = data[at + 1]
        if marker == 0xDA:  # start of scan: the compressed picture follows to the end
            out += data[at:]
            break
        length = struct.unpack(">H", data[at + 2 : at + 4])[0]
        if marker != 0xC4:
            out += data[at : at + 2 + length]
        at += 2 + length
    return bytes(out)


def test_motion_jpeg_frames_are_decoded() -> None:
    colour = qr_image(INVITE, scale=5).convertToFormat(QImage.Format.Format_RGB32)
    layout = FrameLayout(MJPG, colour.width(), colour.height(), 0)
    data = jpeg(colour)
    bare = without_huffman_tables(data)
    assert b"\xff\xc4" in data
    assert b"\xff\xc4" not in bare[: bare.index(b"\xff\xda")]
    for frame in (data, bare):
        image = frame_image(frame, layout)
        assert image is not None
        assert image.size() == colour.size()
        assert qr_codes_in(image) == (INVITE,)
    assert frame_image(b"\xff\xd8\xff" + b"\0" * 50, layout) is None  # a damaged frame is skipped


def test_this_machine_has_no_camera_and_non_cameras_are_not_listed(tmp_path: Path) -> None:
    if list(Path("/dev").glob("video*")):
        pytest.skip("this machine has video devices")
    assert find_cameras() == ()
    (tmp_path / "video0").write_bytes(b"not a device")
    (tmp_path / "video1").symlink_to("/dev/null")  # a character device that answers no camera query
    (tmp_path / "video2").mkdir()
    assert find_cameras(tmp_path) == ()


def test_a_device_that_cannot_be_a_camera_is_explained(tmp_path: Path) -> None:
    with pytest.raises(CameraError, match="does not work as a camera"):
        V4l2Source.open(Path("/dev/null"))  # real open, real V4L2 query refused by the kernel
    with pytest.raises(CameraError, match="unplugged or stopped working"):
        V4l2Source.open(tmp_path / "video7")


@pytest.mark.parametrize(
    ("code", "says"),
    [
        (errno.EBUSY, "in use by another program"),
        (errno.EACCES, "does not let Commons use the camera"),
        (errno.EPERM, "does not let Commons use the camera"),
        (errno.ENODEV, "unplugged or stopped working"),
        (errno.EIO, "unplugged or stopped working"),
        (errno.EINVAL, "does not work as a camera"),
        (errno.ENOMEM, "could not be used"),
    ],
)
def test_each_camera_failure_is_a_sentence(code: int, says: str) -> None:
    sentence = describe(OSError(code, "raw system text", "/dev/video0"))
    assert says in sentence
    assert "/dev" not in sentence
    assert "raw system text" not in sentence
