"""A stranger on the local network against a LAN node, on loopback: idle handshakes, invite-tag connections.

Every 127.x address is this machine's own loopback, so "several sources" are several 127.0.0.x addresses the
strangers bind to; nothing leaves the machine.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any

from sync.frames import read_frame
from sync.identity import DeviceKeys
from sync.invites import invite_tag
from sync.lan import connection, tls
from sync.lan.connection import connect
from sync.lan.node import LanNode
from sync.lan.tls import TlsChannel
from sync.transport import ChannelClosed
from tests.support import until
from tests.sync.engine.simnet import community, converged, write

HOST = "127.0.0.1"
STRANGERS = 64
LIMIT = 60.0  # a whole scenario; each step is bounded well inside it


def run(coro: Coroutine[Any, Any, None], limit: float = LIMIT) -> None:
    async def bounded() -> None:
        await asyncio.wait_for(coro, limit)

    asyncio.run(bounded())


async def idle_stranger(port: int, source: str) -> asyncio.StreamWriter:
    """A TLS connection from *source* that reads the listener's challenge and then says nothing."""
    reader, writer = await asyncio.open_connection(
        HOST, port, ssl=tls.client_context(), server_hostname="", local_addr=(source, 0)
    )
    connection._decode_challenge(await asyncio.wait_for(read_frame(reader), 5))
    return writer


async def hold_strangers(port: int, sources: list[str]) -> list[asyncio.StreamWriter]:
    writers = []
    for n in range(STRANGERS):
        writers.append(await idle_stranger(port, sources[n % len(sources)]))
    return writers


def drop(writers: list[asyncio.StreamWriter]) -> None:
    for writer in writers:
        writer.transport.abort()


def _a_member_syncs_while_strangers_hold(sources: list[str]) -> None:
    async def scenario() -> None:
        (alice, bob), space_id = community(2)
        node_a = LanNode(alice.engine, listen_host=HOST)
        node_b = LanNode(bob.engine, listen_host=HOST)
        await node_a.start()
        await node_b.start()
        strangers: list[asyncio.StreamWriter] = []
        try:
            strangers = await hold_strangers(node_a.port, sources)
            write(alice, space_id, 0)
            await asyncio.wait_for(node_b.dial(HOST, node_a.port), 10)
            await until(lambda: converged([alice, bob], space_id), "the member's sync", timeout=15)
        finally:
            drop(strangers)
            await node_b.stop()
            await node_a.stop()

    run(scenario())


def test_a_member_syncs_while_64_idle_strangers_from_its_own_address_hold_handshakes() -> None:
    _a_member_syncs_while_strangers_hold([HOST])


def test_a_member_syncs_while_64_idle_strangers_from_many_addresses_hold_handshakes() -> None:
    _a_member_syncs_while_strangers_hold([f"127.0.0.{n}" for n in range(2, 2 + STRANGERS)])


def test_one_source_cannot_take_more_than_its_share_of_handshakes() -> None:
    """A flood from one address evicts its own oldest handshakes, never those of other sources."""

    async def scenario() -> None:
        (alice,), _ = community(1)
        node = LanNode(alice.engine, listen_host=HOST)
        await node.start()
        strangers: list[asyncio.StreamWriter] = []
        try:
            patient = await idle_stranger(node.port, "127.0.0.77")
            strangers = await hold_strangers(node.port, ["127.0.0.78"])
            listener = node._listeners[0]
            sources = listener.pending_sources()
            assert sources.get("127.0.0.78", 0) <= connection.MAX_PENDING_PER_SOURCE
            assert sources.get("127.0.0.77") == 1  # the other source's handshake was not evicted
            patient.transport.abort()
        finally:
            drop(strangers)
            await node.stop()

    run(scenario())


# --- invite-tag connections ---------------------------------------------------------------------------------


async def invite_holder(port: int, tag: bytes, inviter: Any) -> TlsChannel:
    """A stranger who learnt an invite's tag: it passes the TLS handshake and gets the join challenge."""
    channel = await connect(HOST, port, me=DeviceKeys.generate(), expected=inviter, space_tags=[tag])
    await asyncio.wait_for(channel.recv(), 5)  # the join challenge
    return channel


def test_a_stranger_with_an_invite_tag_cannot_send_a_large_frame() -> None:
    async def scenario() -> None:
        (alice,), space_id = community(1)
        space = alice.engine.space(space_id)
        assert space is not None
        invite = space.invite(now=alice.engine.now())
        node = LanNode(alice.engine, listen_host=HOST)
        await node.start()
        try:
            channel = await invite_holder(node.port, invite_tag(invite.secret), alice.keys.device_id)
            # The header of an 8 MiB frame, long before the invite's proof: the inviter closes at once rather
            # than wait (and make room) for the rest.
            channel._writer.write((8 << 20).to_bytes(4, "big"))
            await channel._writer.drain()
            try:
                await asyncio.wait_for(channel.recv(), 2)
                raise AssertionError("the inviter answered an 8 MiB frame before the proof")
            except ChannelClosed:
                pass
        finally:
            await node.stop()

    run(scenario())


def test_invite_tag_connections_are_capped_per_invite_and_the_newest_gets_in() -> None:
    async def scenario() -> None:
        (alice,), space_id = community(1)
        space = alice.engine.space(space_id)
        assert space is not None
        invite = space.invite(now=alice.engine.now())
        tag = invite_tag(invite.secret)
        node = LanNode(alice.engine, listen_host=HOST)
        await node.start()
        holders: list[TlsChannel] = []
        try:
            for _ in range(STRANGERS // 4):
                holders.append(await invite_holder(node.port, tag, alice.keys.device_id))
            assert node.admitting() <= LanNode.MAX_ADMITTING_PER_INVITE
            alive = [h for h in holders if not await _closed_by_peer(h)]
            assert 1 <= len(alive) <= LanNode.MAX_ADMITTING_PER_INVITE
            assert holders[-1] in alive  # the newest was let in; the oldest were let go
        finally:
            for holder in holders:
                await holder.close()
            await node.stop()

    run(scenario())


def test_invite_tag_connections_are_capped_in_total() -> None:
    async def scenario() -> None:
        (alice,), space_id = community(1)
        space = alice.engine.space(space_id)
        assert space is not None
        tags = [invite_tag(space.invite(now=alice.engine.now()).secret) for _ in range(12)]
        node = LanNode(alice.engine, listen_host=HOST)
        await node.start()
        holders: list[TlsChannel] = []
        try:
            for tag in tags:
                for _ in range(LanNode.MAX_ADMITTING_PER_INVITE):
                    holders.append(await invite_holder(node.port, tag, alice.keys.device_id))
            assert node.admitting() <= LanNode.MAX_ADMITTING
        finally:
            for holder in holders:
                await holder.close()
            await node.stop()

    run(scenario())


async def _closed_by_peer(channel: TlsChannel) -> bool:
    try:
        await asyncio.wait_for(channel.recv(), 0.3)
    except ChannelClosed:
        return True
    except TimeoutError:
        return False
    return False
