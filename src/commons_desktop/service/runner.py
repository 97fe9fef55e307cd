"""The sync service's main loop: read the start frame, open the profile, then dispatch commands until told to
stop or the window goes away.

Run as `python -I -m commons_desktop.service` with the pipes on stdin/stdout (the window does this), or as
`commons sync-service` from a terminal (`serve_headless`). What each command does is in `commands/`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from store import ProfileManager, ProfileSession
from sync.engine import PeerConnected, PeerDisconnected, RelayRefused, RelayStatus, SessionFailed
from sync.errors import FrameError
from sync.frames import FrameDecoder, encode_frame
from sync.spaces import relay_tag

from . import allocator, protocol
from .core import Service, ServiceBusy

__all__ = ["serve_headless", "serve_stdio"]

log = logging.getLogger(__name__)


async def _stdin() -> asyncio.StreamReader:
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    return reader


class _Frames:
    """Whole frames from a stream."""

    def __init__(self, reader: asyncio.StreamReader) -> None:
        self._reader = reader
        self._decoder = FrameDecoder()
        self._ready: list[bytes] = []

    async def next(self) -> bytes | None:
        while not self._ready:
            chunk = await self._reader.read(65536)
            if not chunk:
                return None
            self._ready.extend(self._decoder.feed(chunk))
        return self._ready.pop(0)


async def serve_stdio(*, listen_host: str = "127.0.0.1") -> int:
    """The service under the window: read Start, open the profile, then commands until Shutdown or EOF."""
    out = sys.stdout.buffer

    def write(frame: bytes) -> None:
        out.write(encode_frame(frame))
        out.flush()

    frames = _Frames(await _stdin())
    first = await frames.next()
    if first is None:
        return 1
    try:
        _id, start = protocol.decode_command(first)
    except protocol.ProtocolError:
        return 2
    if not isinstance(start, protocol.Start):
        return 2
    session = ProfileManager(Path(start.data_dir)).unlock_with_key(start.profile_id, bytes.fromhex(start.key))
    try:
        service = Service(
            session,
            lambda event: write(protocol.encode_event(event)),
            listen_host=listen_host,
            local_only=start.local_only,
        )
    except ServiceBusy as exc:
        log.warning("%s", exc)
        session.lock()
        return 3
    try:
        await service.start()
        while not service.stopped.is_set():
            try:
                frame = await frames.next()
            except FrameError:
                break
            if frame is None:
                break  # the window went away: stop with it
            try:
                command_id, command = protocol.decode_command(frame)
            except protocol.ProtocolError as exc:
                log.warning("ignored a message from the window: %s", exc)
                if exc.command_id is not None:  # the window waits for this id: answer, or it waits forever
                    reason = f"the sync service did not understand: {exc}"
                    write(protocol.encode_failure(exc.command_id, reason))
                continue
            await service.handle(command_id, command, write)
    finally:
        with contextlib.suppress(Exception):
            await service.stop()
        session.lock()
    return 0


async def serve_headless(
    session: ProfileSession,
    *,
    interfaces: tuple[str, ...],
    listen_host: str,
    port: int = 0,
    peers: tuple[tuple[str, int], ...],
    relays: tuple[tuple[bytes, str], ...] = (),
    out: Callable[[str], None],
) -> None:
    """`commons sync-service`: the same service without a window, reporting to *out* until interrupted."""

    def report(event: Any) -> None:
        if isinstance(event, protocol.Ready):
            out(f"device {event.device}, listening on port {event.port}, {len(event.spaces)} space(s)")
        elif isinstance(event, PeerConnected):
            out(f"peer connected: {event.peer}")
        elif isinstance(event, PeerDisconnected):
            out(f"peer disconnected: {event.peer}")
        elif isinstance(event, SessionFailed):
            out(f"session failed with {event.peer}: {event.reason}")
        elif isinstance(event, RelayStatus):
            state = "relay connected" if event.connected else f"relay not available: {event.reason}"
            out(f"space {event.space_id.hex()}: {state}")
        elif isinstance(event, RelayRefused):
            out(f"space {event.space_id.hex()}: refused from the relay: {event.reason}")

    service = Service(session, report, listen_host=listen_host, port=port)
    for space_id, address in relays:
        if service.engine.space(space_id) is None:
            await service.stop()
            raise ValueError(f"this profile is in no space {space_id.hex()}")
        service.engine.set_relay(space_id, address)
    await service.start(interfaces)
    for space_id in service.engine.space_ids():
        out(f"space {space_id.hex()}: relay tag {relay_tag(space_id).hex()} (for `commons relay add-space`)")
    try:
        node = service.running_node()
        for host, port_ in peers:
            node.add_manual_peer(host, port_)  # dialed now and again whenever lost, with backoff
        await service.stopped.wait()
    finally:
        await service.stop()


def main() -> int:
    logging.basicConfig(
        level=logging.WARNING, format="commons sync-service: %(levelname)s %(name)s: %(message)s"
    )
    os.umask(0o077)
    allocator.tune()  # before the profile's documents load
    return asyncio.run(serve_stdio())
