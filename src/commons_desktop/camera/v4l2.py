"""The computer's cameras on Linux, through Video4Linux2 (the linuxpy library, pure Python): finding the
capture devices under /dev, opening one in a format cheap to read, reading its frames, and saying in a sentence
why one cannot be used. On other systems, or without linuxpy, there are simply no cameras."""

from __future__ import annotations

import contextlib
import errno
import os
import select
import sys
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from commons_desktop.camera.frames import FrameLayout, choose_format, frame_image
from commons_desktop.camera.source import Camera, CameraError

__all__ = ["DEVICES", "V4l2Source", "describe", "find_cameras"]

DEVICES = Path("/dev")
WIDTH, HEIGHT = 640, 480  # asked for; the driver picks its nearest size. Ample for a QR code held up close.

translate = QCoreApplication.translate


def find_cameras(folder: Path = DEVICES) -> tuple[Camera, ...]:
    """The cameras under *folder* (capture devices named video*), quickly: one small query each, no picture.

    A device this account may not open is listed all the same, so that scanning says why rather than the
    button silently missing."""
    if sys.platform != "linux":
        return ()
    try:
        from linuxpy.video import device as _v4l2  # noqa: F401 - present on Linux installs (pyproject marker)
    except ImportError:
        return ()
    cameras = []
    for path in sorted(folder.glob("video*"), key=_number):
        name = _capture_device_name(path)
        if name is not None:
            cameras.append(Camera(name, partial(V4l2Source.open, path)))
    return tuple(cameras)


def _number(path: Path) -> tuple[int, str]:
    digits = path.name.removeprefix("video")
    return (int(digits), "") if digits.isdigit() else (sys.maxsize, path.name)


def _capture_device_name(path: Path) -> str | None:
    """The camera's name if *path* is a video capture device (not a metadata or output node), else None."""
    from linuxpy.video.device import Capability, read_capabilities

    if not path.is_char_device():
        return None
    try:
        fd = os.open(path, os.O_RDWR | os.O_NONBLOCK | os.O_CLOEXEC)
    except PermissionError:
        return path.name
    except OSError:
        return None
    try:
        caps = read_capabilities(fd)
    except OSError:
        return None
    finally:
        os.close(fd)
    if Capability.VIDEO_CAPTURE not in Capability(caps.device_caps):
        return None
    return bytes(caps.card).split(b"\0", 1)[0].decode("utf-8", "replace").strip() or path.name


class V4l2Source:
    """One camera, open and streaming: `read` waits for its next frame and turns it into a picture."""

    def __init__(self, device: Any, capture: Any, layout: FrameLayout) -> None:
        self._device = device
        self._capture = capture
        self.layout = layout

    @classmethod
    def open(cls, path: Path) -> V4l2Source:
        """Open the camera at *path* and start it; raises `CameraError` with a sentence if it cannot."""
        from linuxpy.video.device import BufferType, Capability, Device, V4L2Error, VideoCapture

        device = Device(path)
        capture = None
        try:
            device.open()
            if Capability.VIDEO_CAPTURE not in device.info.device_capabilities:
                raise CameraError(describe(OSError(errno.ENOTTY, "not a capture device")))
            offered = [fmt.pixel_format for fmt in device.info.buffer_formats(BufferType.VIDEO_CAPTURE)]
            chosen = choose_format(offered)
            if chosen is None:
                raise CameraError(_no_usable_format())
            device.set_format(BufferType.VIDEO_CAPTURE, WIDTH, HEIGHT, chosen)
            capture = VideoCapture(device)
            capture.open()
            fmt = device.get_format(BufferType.VIDEO_CAPTURE)
            layout = FrameLayout(int(fmt.pixel_format), fmt.width, fmt.height, fmt.bytes_per_line)
        except CameraError:
            _close_quietly(capture, device)
            raise
        except (OSError, V4L2Error) as exc:
            _close_quietly(capture, device)
            raise CameraError(describe(exc)) from None
        return cls(device, capture, layout)

    def read(self, timeout: float) -> QImage | None:
        from linuxpy.video.device import V4L2Error

        try:
            ready, _, _ = select.select([self._device.fileno()], [], [], timeout)
            if not ready:
                return None
            frame = self._capture.buffer.raw_read()
            data = bytes(frame.data)
        except (OSError, ValueError, V4L2Error) as exc:  # ValueError: the file was closed under us
            raise CameraError(describe(exc)) from None
        return frame_image(data, self.layout)

    def close(self) -> None:
        _close_quietly(self._capture, self._device)


def _close_quietly(capture: Any, device: Any) -> None:
    """Stop streaming and close the device, even if it was unplugged meanwhile (the kernel frees the rest)."""
    if capture is not None:
        with contextlib.suppress(Exception):
            capture.close()
    with contextlib.suppress(Exception):
        device.close()


def describe(exc: BaseException) -> str:
    """Why a camera cannot be used, in a sentence that says what to do (never the device's name)."""
    code = getattr(exc, "errno", None)
    if code == errno.EBUSY:
        return translate(
            "camera",
            "The camera is in use by another program. Close that program (a video call, another camera app) "
            "and try again.",
        )
    if code in (errno.EACCES, errno.EPERM):
        return translate(
            "camera",
            "This computer does not let Commons use the camera. Ask whoever looks after it to allow camera "
            "use for your account (on most Linux systems, the “video” group), or open a picture of the QR "
            "code instead.",
        )
    if code in (errno.ENODEV, errno.ENOENT, errno.ENXIO, errno.EIO, errno.ESHUTDOWN) or isinstance(
        exc, ValueError
    ):
        return translate(
            "camera",
            "The camera was unplugged or stopped working. Plug it in again and scan again, or open a picture "
            "of the QR code instead.",
        )
    if code in (errno.ENOTTY, errno.EINVAL):
        return translate(
            "camera",
            "This device does not work as a camera here. Choose another camera, or open a picture of the QR "
            "code instead.",
        )
    return translate(
        "camera", "The camera could not be used. Try again, or open a picture of the QR code instead."
    )


def _no_usable_format() -> str:
    return translate(
        "camera",
        "This camera sends pictures in a form Commons cannot read. Choose another camera, or open a picture "
        "of the QR code instead.",
    )
