"""A typed short code finds its inviter by mDNS as soon as the invite is issued: the inviter announces a new
invite at once (`LanNode.announcement_changed`), not at its next periodic check of what it announces, which
made one neighbour's join in the namespaces scenario take 5.7 s against another's 1 s.

Two nodes in throw-away namespaces joined by a veth pair (10.199.0.1 and 10.199.0.2 exist only there), in
this process: each node's sockets are made while this thread is inside its namespace."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import pytest

from sync.lan import node as node_module
from sync.lan.node import LanNode
from tests.sync.engine.simnet import Clock, make_peer

from .netns import Link, NetnsUnavailable, inside, veth_pair

# Finding the inviter: its announcement updated (one mDNS announcement), resolved by the joiner, then the TLS
# handshake; about a second unloaded. A bound, not the measure: the test's point is that the periodic check
# never comes within it.
JOIN_WITHIN = 20.0


@pytest.fixture
def link() -> Iterator[Link]:
    try:
        with veth_pair() as pair:
            yield pair
    except NetnsUnavailable as exc:
        pytest.skip(str(exc))


def test_a_short_code_is_announced_as_soon_as_it_is_issued(
    link: Link, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The periodic check never comes within the test: only the wake-up on a new invite can announce it.
    monkeypatch.setattr(node_module, "ANNOUNCE_CHECK", 3600.0)

    async def scenario() -> float:
        clock = Clock()
        alice, bob = make_peer("p0", clock, 0), make_peer("p1", clock, 1)
        space_id = alice.engine.create_community("Canal Street").id
        nodes: list[LanNode] = []
        try:
            for peer, side in ((alice, link.a), (bob, link.b)):
                nodes.append(LanNode(peer.engine, interfaces=[side.ip]))
                with inside(side.namespace):
                    await nodes[-1].start()
            space = alice.engine.space(space_id)
            assert space is not None
            code = space.invite(now=clock()).short_code()
            nodes[0].announcement_changed()  # what the sync service's Invite does once it issued one
            began = time.monotonic()
            with inside(link.b.namespace):  # bob's dial is made on his side of the link
                assert await nodes[1].join(code, timeout=JOIN_WITHIN) == space_id
            return time.monotonic() - began
        finally:
            for node in nodes:
                await node.stop()

    took = asyncio.run(scenario())
    print(f"\nshort-code join by mDNS: {took:.2f} s")
