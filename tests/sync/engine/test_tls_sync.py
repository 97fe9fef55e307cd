"""Two sync engines over real TLS on loopback converge, including after one restarts."""

from __future__ import annotations

import asyncio

from sync.engine import SyncEngine, serve_channel
from sync.lan.connection import Listener, connect
from sync.lan.tls import TlsChannel
from tests.support import until
from tests.sync.engine.simnet import Peer, community, converged, write

TIMEOUT = 10.0


async def listen(peer: Peer, tasks: set[asyncio.Task[None]]) -> Listener:
    engine = peer.engine

    async def on_channel(channel: TlsChannel) -> None:
        await serve_channel(engine, channel)

    return await Listener.start(
        "127.0.0.1",
        0,
        me=peer.keys,
        space_tags=engine.space_tags,
        accept=lambda card, tags: bool(engine.shared_spaces(card)),
        on_channel=on_channel,
    )


async def dial(peer: Peer, to: Peer, port: int) -> asyncio.Task[None]:
    channel = await connect(
        "127.0.0.1",
        port,
        me=peer.keys,
        expected=to.keys.device_id,
        space_tags=sorted(peer.engine.space_tags()),
    )
    return asyncio.create_task(serve_channel(peer.engine, channel))


def restart(peer: Peer) -> None:
    """A new engine over the same stores, as after quitting and starting again."""
    actor = peer.engine.actor_id
    peer.engine = SyncEngine(peer.keys, peer.spaces, peer.documents, actor_id=actor)


def test_two_engines_converge_over_tls_and_again_after_a_restart() -> None:
    async def scenario() -> None:
        (alice, bob), space_id = community(2)
        write(alice, space_id, 0)
        tasks: set[asyncio.Task[None]] = set()
        listener = await listen(alice, tasks)
        try:
            session = await dial(bob, alice, listener.port)
            await until(lambda: converged([alice, bob], space_id))
            write(bob, space_id, 1)
            write(alice, space_id, 2)
            await until(
                lambda: (
                    {"p0-0", "p0-2", "p1-1"} <= set(bob.engine.document(space_id).view().assets)  # type: ignore[union-attr]
                    and converged([alice, bob], space_id)
                )
            )
            session.cancel()
            await asyncio.gather(session, return_exceptions=True)

            write(alice, space_id, 3)  # while Bob is away
            restart(bob)
            assert "p1-1" in bob.engine.document(space_id).view().assets  # type: ignore[union-attr]
            session = await dial(bob, alice, listener.port)
            await until(lambda: converged([alice, bob], space_id))
            assert "p0-3" in bob.engine.document(space_id).view().assets  # type: ignore[union-attr]
            session.cancel()
            await asyncio.gather(session, return_exceptions=True)
        finally:
            await listener.close()

    asyncio.run(scenario())
