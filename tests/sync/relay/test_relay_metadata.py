"""What the relay operator learns from one "I need support", captured on a real nats-server: every message
published (a subscription on every subject, as the operator could run) and every file of the relay's store.

Robin is in a community and has two support circles (Ana's and Ben's), each on the relay. Robin shares his
plan and asks for support; both supporters hear it through the relay. The operator sees no device id of
anyone in any form, only envelope sizes from the bucket set, and no sender pseudonym twice (so nothing links
Robin's envelopes across his circles, nor within one)."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from nats.aio.msg import Msg

from sync.engine import RelayStatus, SupportRequested
from sync.envelope import BUCKETS, resolve_sender
from sync.identity import DeviceId
from sync.relay import RelayServer
from sync.relay.client import RelayClient
from sync.relay.provision import space_claim
from sync.spaces import relay_tag
from sync.support_circle import share_for
from tests.support import provisioned_relay, provisioning_address_of, run, until
from tests.sync.engine.simnet import Clock, Peer, join, make_peer
from tests.sync.engine.test_support_circles import PLAN
from tests.sync.relay.test_link import linked
from tests.sync.relay.test_server import connect


@pytest.fixture
def relay(tmp_path: Path) -> Iterator[RelayServer]:
    """A relay as `commons relay` runs it, with room for Robin's three spaces."""
    with provisioned_relay(tmp_path / "relay") as server:
        yield server


def _forms(device: DeviceId) -> list[bytes]:
    """Every way a device id could be written: raw, hex (both cases), base32 as shown and unbroken."""
    shown = str(device).encode()
    return [
        device.raw,
        device.hex.encode(),
        device.hex.upper().encode(),
        shown,
        shown.replace(b"-", b""),
        base64.b32encode(device.raw).rstrip(b"="),
        base64.b64encode(device.raw).rstrip(b"="),
        base64.urlsafe_b64encode(device.raw).rstrip(b"="),
        device.raw[:16].hex().encode(),  # the member id a device takes in a community
    ]


@dataclass(frozen=True)
class Stored:
    subject: str
    data: bytes


async def space_streams(relay: RelayServer, spaces: tuple[bytes, ...]) -> list[Stored]:
    """Every envelope each space's stream holds, read with that space's own login."""
    out = []
    for space in spaces:
        _account, member, _made = relay.provision(relay_tag(space), space_claim(space))
        client = await RelayClient.connect(
            relay.url, member.user, member.password, relay.certificate_path.read_bytes()
        )
        try:
            subject = f"commons.v1.{relay_tag(space).hex()}"
            out += [Stored(subject, envelope) for _seq, envelope in await client.fetch_all(relay_tag(space))]
        finally:
            await client.close()
    return out


def _network() -> tuple[Peer, Peer, Peer, bytes, bytes, bytes]:
    clock = Clock()
    robin, ana, ben = (make_peer(name, clock, n) for n, name in enumerate(("robin", "ana", "ben")))
    community = robin.engine.create_community("Canal Street")
    circles = []
    for supporter in (ana, ben):
        circle = robin.engine.create_support_circle()
        join(robin, supporter, circle)
        robin.engine.membership_changed(circle.id)
        circles.append(circle.id)
    return robin, ana, ben, community.id, circles[0], circles[1]


def test_the_relay_operator_sees_no_device_id_and_only_bucket_sizes(
    relay: RelayServer, tmp_path: Path
) -> None:
    robin, ana, ben, community, circle_a, circle_b = _network()
    address = provisioning_address_of(relay)  # what an admin pastes: each space then asks for its own login
    for peer, circles in ((robin, (community, circle_a, circle_b)), (ana, (circle_a,)), (ben, (circle_b,))):
        for space_id in circles:
            peer.engine.set_relay(space_id, address)
    heard: list[SupportRequested] = []
    for supporter in (ana, ben):
        supporter.engine.listeners.append(
            lambda e: heard.append(e) if isinstance(e, SupportRequested) else None
        )
    captured: list[Msg] = []
    reached: set[bytes] = set()
    robin.engine.listeners.append(
        lambda e: reached.add(e.space_id) if isinstance(e, RelayStatus) and e.connected else None
    )

    async def scenario() -> None:
        operator = await connect(relay)

        async def keep(msg: Msg) -> None:
            captured.append(msg)

        await operator.subscribe(">", cb=keep)
        await operator.flush()
        try:
            async with linked(robin, poll=0.2), linked(ana, poll=0.2), linked(ben, poll=0.2):
                await until(lambda: {circle_a, circle_b} <= reached, "robin's circles to reach the relay")
                for circle in (circle_a, circle_b):
                    robin.engine.publish_share(circle, share_for(PLAN, {"warning_signs"}, 1))
                await until(lambda: ana.engine.share(circle_a) is not None, "ana's share")
                await until(lambda: ben.engine.share(circle_b) is not None, "ben's share")
                went = robin.engine.request_support("Could you call me tonight?")
                assert sorted((d.space_id, d.relay) for d in went) == sorted(
                    ((circle_a, True), (circle_b, True))
                )
                await until(lambda: len(heard) == 2, "both supporters to hear it through the relay")
            await operator.flush()
        finally:
            await operator.close()

    run(scenario, timeout=60)
    assert {(e.space_id, e.message) for e in heard} == {
        (circle_a, "Could you call me tonight?"),
        (circle_b, "Could you call me tonight?"),
    }

    # What members published: each space has its own NATS account, so the operator reads it in each account's
    # stream (as the relay process can), not in a subscription of its own account.
    published = run(lambda: space_streams(relay, (community, circle_a, circle_b)), timeout=30)
    subjects = {m.subject for m in published}
    tags = {f"commons.v1.{relay_tag(s).hex()}" for s in (community, circle_a, circle_b)}
    assert subjects <= tags
    assert {f"commons.v1.{relay_tag(c).hex()}" for c in (circle_a, circle_b)} <= subjects
    envelopes = [bytes(m.data) for m in published]
    assert envelopes
    # Sizes: only from the bucket set (and the alert, a few bytes of text, is the smallest bucket).
    assert {len(e) for e in envelopes} <= set(BUCKETS)
    # No pseudonym twice: nothing links two envelopes of one sender, in one circle or across circles.
    pseudonyms = [e[39:71] for e in envelopes]
    assert len(set(pseudonyms)) == len(pseudonyms)
    # ...while a member resolves each of Robin's envelopes in its circle to Robin's device.
    for circle in (circle_a, circle_b):
        space = robin.engine.space(circle)
        assert space is not None
        keys = [e.key for e in space.state.epochs if e.key is not None]
        mine = [
            e
            for m, e in zip(published, envelopes, strict=True)
            if m.subject == f"commons.v1.{relay_tag(circle).hex()}"
        ]
        assert mine
        assert all(robin.keys.device_id in {resolve_sender(e, k) for k in keys} for e in mine)

    # No device id, in any form, in what was published (bodies, subjects, headers) or in the relay's files.
    needles = [form for peer in (robin, ana, ben) for form in _forms(peer.keys.device_id)]
    wire = b"".join(
        bytes(m.data) + m.subject.encode() + repr(sorted((m.headers or {}).items())).encode()
        for m in captured
    ) + b"".join(m.data + m.subject.encode() for m in published)
    assert [n for n in needles if n in wire] == []
    stored = [p for p in (tmp_path / "relay").rglob("*") if p.is_file()]
    assert any(p.stat().st_size > 0 for p in stored if "jetstream" in str(p))
    contents = [p.read_bytes() for p in stored]
    # The store holds the envelopes as published (so looking through it is looking at what the operator has)...
    assert all(any(e in data for data in contents) for e in envelopes)
    # ...and no device id.
    assert [n for n in needles for data in contents if n in data] == []
