"""LAN nodes on loopback, without discovery: manual addresses, one connection per pair, convergence."""

from __future__ import annotations

import asyncio

import pytest

from sync.lan.node import LanNode
from tests.support import until
from tests.sync.engine.simnet import community, converged, write

HOST = "127.0.0.1"


def test_nodes_dialing_each_other_keep_one_connection_and_converge() -> None:
    async def scenario() -> None:
        (alice, bob, carol), space_id = community(3)
        nodes = [LanNode(p.engine, listen_host=HOST) for p in (alice, bob, carol)]
        for node in nodes:
            await node.start()
        try:
            write(alice, space_id, 0)
            # Everyone dials everyone, at the same time.
            await asyncio.gather(
                *(a.dial(HOST, b.port) for a in nodes for b in nodes if a is not b), return_exceptions=False
            )
            await until(lambda: converged([alice, bob, carol], space_id))
            await until(lambda: all(len(n.connected) == 2 for n in nodes))
            await asyncio.sleep(0.1)
            assert all(len(n.engine.sessions) == 2 for n in nodes)  # one session per peer, not two
            write(carol, space_id, 1)
            await until(
                lambda: (
                    converged([alice, bob, carol], space_id)
                    and "p2-1" in alice.engine.document(space_id).view().assets
                )  # type: ignore[union-attr]
            )
        finally:
            for node in nodes:
                await node.stop()

    asyncio.run(scenario())


def test_a_node_needs_interfaces_or_a_listen_address() -> None:
    (alice,), _ = community(1)
    with pytest.raises(ValueError, match="choose interfaces"):
        LanNode(alice.engine)
