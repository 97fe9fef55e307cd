"""The computer's camera as a source of pictures, read off the Qt thread (Linux, through Video4Linux2)."""

from commons_desktop.camera.feed import CameraFeed
from commons_desktop.camera.playback import PicturePlayer, played_camera
from commons_desktop.camera.source import Camera, CameraError, FrameSource
from commons_desktop.camera.v4l2 import find_cameras

__all__ = [
    "Camera",
    "CameraError",
    "CameraFeed",
    "FrameSource",
    "PicturePlayer",
    "find_cameras",
    "played_camera",
]
