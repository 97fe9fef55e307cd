"""A camera running on a worker thread: its pictures are shown, and the latest one is looked at (for a QR
code) at most a few times a second; frames in between are dropped, never queued. Stopping releases the camera
within one read."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage

from commons_desktop.camera.source import Camera, CameraError, FrameSource

__all__ = ["CameraFeed"]

READ_TIMEOUT = 0.1  # seconds a read may wait: how long stopping can take at most
SILENT_LIMIT = 5.0  # seconds without a picture before the camera is reported as not sending any
SHOWN_PER_SECOND = 15.0
SHOWN_SIZE = QSize(640, 480)

Look = Callable[[QImage], object]


class CameraFeed(QObject):
    """One camera, opened on a thread of its own when started. *look* runs on that thread with the latest
    picture at most *looks_per_second* times a second; whatever truthy thing it returns is sent as `sig_seen`."""

    sig_frame = Signal(QImage)  # a picture to show, at most SHOWN_PER_SECOND a second
    sig_seen = Signal(object)  # what *look* found in a picture
    sig_failed = Signal(str)  # why the camera cannot be used, a sentence; the feed stops
    sig_stopped = Signal()  # the camera is released and the thread has ended

    def __init__(
        self, camera: Camera, look: Look, *, looks_per_second: float = 8.0, silent_limit: float = SILENT_LIMIT
    ) -> None:
        super().__init__()  # no parent: the thread holds it until it ends, whatever happens to the window
        self.camera = camera
        self._look = look
        self._look_interval = 1.0 / looks_per_second
        self._silent_limit = silent_limit
        self._stop = threading.Event()
        self._released = threading.Event()
        self._thread: threading.Thread | None = None
        self.frames = 0  # pictures read (worker thread writes, others only read)
        self.looks = 0  # pictures looked at

    @property
    def released(self) -> bool:
        """Whether the camera is closed again (or was never opened)."""
        return self._released.is_set() or self._thread is None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="commons-camera", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Ask the thread to release the camera; returns at once, `sig_stopped` follows."""
        self._stop.set()

    def _run(self) -> None:
        try:
            source = self.camera.open()
        except CameraError as exc:
            self._finish(str(exc))
            return
        failure = ""
        try:
            self._pump(source)
        except CameraError as exc:
            failure = str(exc)
        finally:
            source.close()
        self._finish(failure)

    def _finish(self, failure: str) -> None:
        self._released.set()
        if failure and not self._stop.is_set():
            self.sig_failed.emit(failure)
        self.sig_stopped.emit()

    def _pump(self, source: FrameSource) -> None:
        next_shown = next_look = 0.0
        last_picture = time.monotonic()
        while not self._stop.is_set():
            image = source.read(READ_TIMEOUT)
            now = time.monotonic()
            if image is None:
                if now - last_picture > self._silent_limit:
                    raise CameraError(_silent())
                continue
            last_picture = now
            self.frames += 1
            if now >= next_look:
                next_look = now + self._look_interval
                self.looks += 1
                found = self._look(image)
                if found and not self._stop.is_set():
                    self.sig_seen.emit(found)
            if now >= next_shown:
                next_shown = now + 1.0 / SHOWN_PER_SECOND
                self.sig_frame.emit(_shown(image))


def _shown(image: QImage) -> QImage:
    if image.width() <= SHOWN_SIZE.width() and image.height() <= SHOWN_SIZE.height():
        return image
    return image.scaled(
        SHOWN_SIZE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation
    )


def _silent() -> str:
    return QCoreApplication.translate(
        "camera",
        "The camera sends no picture. Check that nothing covers it and that no other program uses it, then "
        "scan again.",
    )
