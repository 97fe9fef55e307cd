"""What the sync engine needs from a connection to a peer, whatever carries it (TLS on the LAN, a test fake).

A `Channel` is an authenticated, ordered, reliable stream of frames (each at most `sync.frames.MAX_FRAME`)
between this device and one peer device whose identity the transport has already established. The engine never
sees sockets or certificates.
"""

from __future__ import annotations

from typing import Protocol

from sync.identity import DeviceCard

__all__ = ["Channel", "ChannelClosed"]


class ChannelClosed(ConnectionError):  # noqa: N818 - reads as what happened
    """The channel was closed (by either side) or broke; nothing more will arrive on it."""


class Channel(Protocol):
    @property
    def peer(self) -> DeviceCard:
        """The authenticated peer device's public keys."""
        ...

    async def send(self, payload: bytes) -> None:
        """Send one frame. Raises `ChannelClosed` if the channel is closed."""
        ...

    async def recv(self) -> bytes:
        """The next frame from the peer. Raises `ChannelClosed` when the channel is closed or broken, and a
        `sync.errors.FrameError` if the peer sent a malformed frame stream (the channel is then closed)."""
        ...

    async def close(self) -> None:
        """Close the channel; idempotent."""
        ...
