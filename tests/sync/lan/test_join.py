"""Joining a community over the LAN with an invite: QR payload (address hints) or typed short code."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from sync.invites import InviteExpired, InviteRejected, InviteUsed
from sync.lan.discovery import PeerAddress
from sync.lan.node import LanNode
from tests.support import until
from tests.sync.engine.simnet import Clock, make_peer, write

HOST = "127.0.0.1"


def test_a_newcomer_joins_with_a_qr_invite_and_gets_the_document() -> None:
    async def scenario() -> None:
        clock = Clock()
        alice, bob, carol = (make_peer(n, clock, i) for i, n in enumerate(("p0", "p1", "p2")))
        space_id = alice.engine.create_community("Canal Street").id
        write(alice, space_id, 0)
        nodes = [LanNode(p.engine, listen_host=HOST) for p in (alice, bob, carol)]
        for node in nodes:
            await node.start()
        try:
            space = alice.engine.space(space_id)
            assert space is not None
            invite = space.invite(now=clock(), hints=(f"{HOST}:{nodes[0].port}",))
            assert await nodes[1].join(invite.qr_payload(), timeout=10) == space_id
            await until(lambda: bob.engine.document(space_id) is not None)
            assert "p0-0" in bob.engine.document(space_id).view().assets  # type: ignore[union-attr]
            write(bob, space_id, 1)
            await until(lambda: "p1-1" in alice.engine.document(space_id).view().assets)  # type: ignore[union-attr]
            # The invite worked once.
            with pytest.raises(InviteUsed):
                await nodes[2].join(invite.qr_payload(), timeout=10)
            assert carol.engine.space(space_id) is None
        finally:
            for node in nodes:
                await node.stop()

    asyncio.run(scenario())


def test_a_typed_short_code_joins_at_a_typed_address() -> None:
    async def scenario() -> None:
        clock = Clock()
        alice, bob = make_peer("p0", clock, 0), make_peer("p1", clock, 1)
        space_id = alice.engine.create_community("Canal Street").id
        nodes = [LanNode(p.engine, listen_host=HOST) for p in (alice, bob)]
        for node in nodes:
            await node.start()
        try:
            space = alice.engine.space(space_id)
            assert space is not None
            code = space.invite(now=clock()).short_code()
            joined = await nodes[1].join(code, via=[PeerAddress(HOST, nodes[0].port)], timeout=10)
            assert joined == space_id
            await until(lambda: bob.engine.document(space_id) is not None)
        finally:
            for node in nodes:
                await node.stop()

    asyncio.run(scenario())


def test_an_expired_invite_is_refused_before_dialing() -> None:
    async def scenario() -> None:
        clock = Clock()
        alice, bob = make_peer("p0", clock, 0), make_peer("p1", clock, 1)
        space_id = alice.engine.create_community("Canal Street").id
        node = LanNode(bob.engine, listen_host=HOST)
        await node.start()
        try:
            space = alice.engine.space(space_id)
            assert space is not None
            invite = space.invite(now=clock(), valid_for=dt.timedelta(hours=1), hints=(f"{HOST}:9",))
            clock.now = invite.expires_at
            with pytest.raises(InviteExpired):
                await node.join(invite.qr_payload(), timeout=5)
        finally:
            await node.stop()

    asyncio.run(scenario())


def test_a_member_of_one_community_joins_a_second_of_the_same_inviter() -> None:
    async def scenario() -> None:
        clock = Clock()
        alice, bob = make_peer("p0", clock, 0), make_peer("p1", clock, 1)
        first = alice.engine.create_community("Canal Street").id
        second = alice.engine.create_community("Mill Lane").id
        nodes = [LanNode(p.engine, listen_host=HOST) for p in (alice, bob)]
        for node in nodes:
            await node.start()
        try:
            hints = (f"{HOST}:{nodes[0].port}",)
            for space_id in (first, second):
                space = alice.engine.space(space_id)
                assert space is not None
                invite = space.invite(now=clock(), hints=hints)
                assert await nodes[1].join(invite.qr_payload(), timeout=10) == space_id
            await until(lambda: all(bob.engine.document(s) is not None for s in (first, second)))
        finally:
            for node in nodes:
                await node.stop()

    asyncio.run(scenario())


def test_no_inviter_found_says_what_to_do() -> None:
    async def scenario() -> None:
        clock = Clock()
        alice, bob = make_peer("p0", clock, 0), make_peer("p1", clock, 1)
        space = alice.engine.create_community("Canal Street")
        node = LanNode(bob.engine, listen_host=HOST)
        await node.start()
        try:
            code = space.invite(now=clock()).short_code()
            with pytest.raises(InviteRejected, match="not found within"):
                await node.join(code, timeout=0.5)
        finally:
            await node.stop()

    asyncio.run(scenario())


def test_neighbours_joining_at_once_all_get_in_though_the_inviter_admits_one_at_a_time() -> None:
    """The inviter keeps few unproven connections (against strangers) and lets the oldest go for a newcomer;
    joiners with their own invites arriving together are let go too, and each tries again: none is left out.
    The time to find the inviter is short (as the service's before it tries the relay); once found, a busy
    inviter is given the join's whole time."""

    async def scenario() -> None:
        clock = Clock()
        alice, *joiners = (make_peer(f"p{i}", clock, i) for i in range(7))
        space_id = alice.engine.create_community("Canal Street").id
        write(alice, space_id, 0)
        nodes = [LanNode(p.engine, listen_host=HOST) for p in (alice, *joiners)]
        nodes[0].MAX_ADMITTING = 1  # one at a time: every newcomer lets the one before it go
        for node in nodes:
            await node.start()
        try:
            space = alice.engine.space(space_id)
            assert space is not None
            hint = (f"{HOST}:{nodes[0].port}",)
            invites = [space.invite(now=clock(), hints=hint).qr_payload() for _ in joiners]
            joined = await asyncio.gather(
                *(
                    node.join(qr, timeout=0.2, reached_timeout=20)
                    for node, qr in zip(nodes[1:], invites, strict=True)
                ),
                return_exceptions=True,
            )
            assert joined == [space_id] * len(joiners)
            for joiner in joiners:
                await until(lambda j=joiner: j.engine.document(space_id) is not None)  # type: ignore[misc]
        finally:
            for node in nodes:
                await node.stop()

    asyncio.run(scenario())
