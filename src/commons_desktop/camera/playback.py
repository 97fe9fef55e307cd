"""A camera that plays picture files: each is held up for a while, as a person holds a code up to a lens, at
a camera's frame rate. It stands in for a camera where there is none (tests, screenshots) and goes through the
very same feed as one."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from commons_desktop.camera.source import Camera, CameraError

__all__ = ["PicturePlayer", "played_camera"]


class PicturePlayer:
    """Shows each picture for *seconds_each* at *fps* frames a second; the last one stays until closed."""

    def __init__(self, paths: Sequence[Path], *, fps: float = 30.0, seconds_each: float = 0.6) -> None:
        self._images = [QImage(str(path)) for path in paths]
        if not self._images or any(image.isNull() for image in self._images):
            raise CameraError(
                QCoreApplication.translate("camera", "The pictures to play could not be opened.")
            )
        self._interval = 1.0 / fps
        self._seconds_each = seconds_each
        self._started = time.monotonic()
        self._last = -1  # the number of the last frame read
        self._closed = threading.Event()
        self.frames_read = 0

    @property
    def closed(self) -> bool:
        return self._closed.is_set()

    def read(self, timeout: float) -> QImage | None:
        """The next frame, as a camera gives it: frames that passed while nobody read are gone."""
        now = time.monotonic()
        number = max(self._last + 1, int((now - self._started) / self._interval))
        due = self._started + number * self._interval
        if due - now > timeout:
            self._closed.wait(timeout)
            return None
        if due > now and self._closed.wait(due - now):
            return None
        self._last = number
        self.frames_read += 1
        return self._images[min(int(number * self._interval / self._seconds_each), len(self._images) - 1)]

    def close(self) -> None:
        self._closed.set()


def played_camera(
    name: str, paths: Sequence[Path], *, fps: float = 30.0, seconds_each: float = 0.6
) -> tuple[Camera, list[PicturePlayer]]:
    """A camera called *name* that plays *paths*, and the list each player it opens is added to (so a caller
    can see that it was closed)."""
    opened: list[PicturePlayer] = []

    def open_player() -> PicturePlayer:
        player = PicturePlayer(paths, fps=fps, seconds_each=seconds_each)
        opened.append(player)
        return player

    return Camera(name, open_player), opened
