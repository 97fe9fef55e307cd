"""Running a peer session over a channel (the asyncio driver of the engine's sessions): frames read are fed to
the session, what lands in its outbox is sent, and a timer ticks it."""

from __future__ import annotations

import asyncio

from sync.errors import FrameError
from sync.transport import Channel, ChannelClosed

from .engine import SyncEngine
from .events import SessionFailed
from .wire import ProtocolError

__all__ = ["serve_channel"]


async def serve_channel(engine: SyncEngine, channel: Channel, *, tick_seconds: float = 30.0) -> None:
    """Run a session over *channel* until it closes. A peer that breaks the protocol is disconnected."""
    session = engine.open_session(channel.peer)
    wake = asyncio.Event()
    session.on_output = wake.set
    wake.set()

    async def writer() -> None:
        try:
            while True:
                await wake.wait()
                wake.clear()
                while session.outbox:
                    await channel.send(session.outbox.popleft())
                if session.ending:
                    await channel.close()
                    return
        except (ChannelClosed, FrameError, OSError):
            await channel.close()  # a session that cannot send is over: the reader sees the close and ends

    async def ticker() -> None:
        while True:
            await asyncio.sleep(tick_seconds)
            session.tick()

    tasks = [asyncio.create_task(writer()), asyncio.create_task(ticker())]
    try:
        while True:
            frame = await channel.recv()
            session.receive(frame)
    except ProtocolError as exc:
        engine.emit(SessionFailed(channel.peer.device_id, str(exc)))
    except (ChannelClosed, FrameError):
        pass
    finally:
        engine.close_session(session)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await channel.close()
