"""What a camera is to the app: a named thing that opens into a source of pictures, and why it cannot."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtGui import QImage

__all__ = ["Camera", "CameraError", "FrameSource"]


class CameraError(OSError):
    """The camera cannot be used (busy, not allowed, unplugged); the message is a sentence for the person."""


class FrameSource(Protocol):
    """An open camera, or anything that plays pictures like one. Used from one worker thread only."""

    def read(self, timeout: float) -> QImage | None:
        """The next picture, waiting at most *timeout* seconds; None if none came (or it was unreadable).
        Raises `CameraError` when the camera stops working."""
        ...

    def close(self) -> None:
        """Release the camera at once (safe to call twice, and after a failure)."""
        ...


@dataclass(frozen=True)
class Camera:
    """A camera this computer has: its name as the system gives it, and how to open it (raises
    `CameraError` with a sentence saying why it cannot be used)."""

    name: str
    open: Callable[[], FrameSource]
