"""Engines that never meet on a LAN converge through a real relay (nats-server on 127.0.0.1, pinned TLS).

Each device runs its `RelayLink` on one asyncio loop, as the sync service does. The relay's data directory
and every byte that crossed its socket are searched for the documents' canary strings.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import datetime as dt
import os
import shutil
import signal
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from nats.aio.msg import Msg

from sync.community.model import Asset, AssetKind
from sync.engine import EngineEvent, RelayRefused, RelayStatus
from sync.envelope import resolve_sender
from sync.invites import InviteExpired, InviteRejected, InviteUsed
from sync.membership import member_id_of
from sync.relay import RelayClient, RelayServer
from sync.relay.address import RelayAddress
from sync.relay.client import REFUSED_CREDENTIAL, UNREACHABLE, subject_for
from sync.relay.link import RelayLink
from sync.spaces import relay_tag
from tests.support import address_of, files_containing, run, until
from tests.sync.engine.simnet import Clock, Peer, community, make_peer
from tests.sync.engine.test_relayed import from_a_stranger
from tests.sync.relay.test_server import SMALL_STORE, connect

CANARY = "CANARY-relay-7f3a"


@pytest.fixture
def relay(tmp_path: Path) -> Iterator[RelayServer]:
    with RelayServer(tmp_path / "relay", max_store=SMALL_STORE) as server:
        asyncio.run(server.prepare_stream())
        yield server


def write(peer: Peer, space_id: bytes, n: int, *, name: str = "Skill") -> None:
    asset_id = f"{peer.name}-{n}"
    author = member_id_of(peer.keys.device_id)  # a record names its writer (the authority rules)
    asset = Asset(asset_id, AssetKind.HUMAN, f"{name} {asset_id}", author)  # created now
    peer.engine.change(space_id, lambda doc: doc.add_asset(asset))
    peer.made.append(asset_id)


def assets(peer: Peer, space_id: bytes) -> set[str]:
    doc = peer.engine.document(space_id)
    return set(doc.view().assets) if doc is not None else set()


@contextlib.asynccontextmanager
async def linked(peer: Peer, **options: float) -> AsyncIterator[RelayLink]:
    link = RelayLink(
        peer.engine, poll=options.pop("poll", 1.0), settle=0.05, timeout=3, backoff=(0.2, 0.5), **options
    )
    link.start()
    try:
        yield link
    finally:
        await link.stop()


def statuses(peer: Peer) -> list[RelayStatus]:
    seen: list[RelayStatus] = []

    def listen(event: EngineEvent) -> None:
        if isinstance(event, RelayStatus):
            seen.append(event)

    peer.engine.listeners.append(listen)
    return seen


class Tap:
    """A TCP proxy in front of the relay that keeps every byte in both directions (the traffic capture)."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.captured = bytearray()
        self.server: asyncio.Server | None = None

    async def start(self) -> int:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        return int(self.server.sockets[0].getsockname()[1])

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.target_port)

        async def pump(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
            with contextlib.suppress(OSError, asyncio.IncompleteReadError):
                while data := await src.read(65536):
                    self.captured += data
                    dst.write(data)
                    await dst.drain()
            dst.close()

        await asyncio.gather(pump(reader, up_writer), pump(up_reader, writer))

    async def stop(self) -> None:
        if self.server is not None:
            self.server.close()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.server.wait_closed(), 2)


def test_two_devices_that_never_meet_converge_and_the_relay_sees_no_canary(
    relay: RelayServer, tmp_path: Path
) -> None:
    (a, b), space_id = community(2)  # b joined (membership only): its document comes through the relay

    async def scenario() -> None:
        tap = Tap(relay.port)
        port = await tap.start()
        for peer in (a, b):
            peer.engine.set_relay(space_id, address_of(relay, port=port))
        # What the relay itself sees once TLS is off: every message and header, read as its operator.
        operator = await connect(relay)
        seen: list[bytes] = []

        async def record(msg: Msg) -> None:
            seen.append(msg.data + repr(msg.headers).encode())

        await operator.subscribe("commons.v1.*", cb=record)
        try:
            async with linked(a), linked(b):
                write(a, space_id, 0, name=CANARY)
                await until(lambda: b.engine.replica(space_id).has_document, "b's copy")
                for n in range(1, 5):
                    write(a, space_id, n, name=CANARY)
                    write(b, space_id, n, name=CANARY)
                await until(
                    lambda: assets(a, space_id) == assets(b, space_id) == set(a.made + b.made), "both"
                )
        finally:
            await tap.stop()
            await operator.close()
        assert CANARY.encode() not in tap.captured
        assert len(tap.captured) > 1000  # the capture did see the traffic
        assert len(seen) >= 4  # the operator saw the envelopes
        for needle in (CANARY.encode(), b"Skill", b"Sim Street", b"p0-", b"p1-"):
            assert not any(needle in message for message in seen), needle

    run(scenario)
    data_dir = tmp_path / "relay"
    assert files_containing(data_dir, [CANARY.encode(), b"Skill"]) == []
    # The relay did store the envelopes (the search above looked where they are).
    assert any(p.stat().st_size > 1000 for p in data_dir.rglob("*.blk"))


def test_a_device_offline_while_the_other_made_a_thousand_changes_catches_up(relay: RelayServer) -> None:
    (a, b), space_id = community(2)
    for peer in (a, b):
        peer.engine.set_relay(space_id, address_of(relay))

    async def scenario() -> None:
        async with linked(a) as link_a:
            for n in range(1000):
                write(a, space_id, n)
                if n % 50 == 49:
                    await asyncio.sleep(0)  # let the link publish now and then, as a person's pace would
            link_a.go_round()
            await until(
                lambda: (
                    a.engine.relayed(space_id, address_id(relay)).heads == a.engine.replica(space_id).heads()
                ),
                "a's publish",
            )
        async with linked(b):
            await until(lambda: assets(b, space_id) == set(a.made), "b's catch-up")
        relayed = b.engine.relayed(space_id, address_id(relay))
        assert relayed.counters.fetched < 100  # batched: far fewer envelopes than changes
        assert relayed.cursor > 0

    run(scenario)


def address_id(server: RelayServer) -> bytes:
    return bytes.fromhex(server.certificate_sha256)[:8]


def test_an_unreachable_relay_is_reported_and_changes_go_once_it_is_back(tmp_path: Path) -> None:
    (a, b), space_id = community(2)
    server = RelayServer(tmp_path / "relay", max_store=SMALL_STORE)
    server.start()
    asyncio.run(server.prepare_stream())
    address = address_of(server)
    port = server.port
    for peer in (a, b):
        peer.engine.set_relay(space_id, address)
    seen = statuses(a)

    async def scenario() -> None:
        async with linked(a):
            await until(lambda: any(s.connected for s in seen), "a connected")
            assert server.pid is not None
            os.kill(server.pid, signal.SIGKILL)  # mid-session, while a keeps writing
            server.wait(5)
            for n in range(20):
                write(a, space_id, n)
                await asyncio.sleep(0.02)
            await until(lambda: any(not s.connected and UNREACHABLE in s.reason for s in seen), "unreachable")
            restarted = RelayServer(tmp_path / "relay", port=port, max_store=SMALL_STORE)
            restarted.start()
            try:
                async with linked(b):
                    await until(lambda: assets(b, space_id) == set(a.made), "b got a's changes", timeout=40)
            finally:
                restarted.stop()

    try:
        run(scenario)
    finally:
        server.stop()


def test_devices_sync_with_a_user_that_may_reach_only_their_space(relay: RelayServer) -> None:
    (a, b), space_id = community(2)
    user = relay.add_space(relay_tag(space_id))
    address = RelayAddress(
        (("127.0.0.1", relay.port),), user.user, user.password, bytes.fromhex(relay.certificate_sha256)
    ).to_text()
    for peer in (a, b):
        peer.engine.set_relay(space_id, address)

    async def scenario() -> None:
        async with linked(a), linked(b, poll=30.0):  # b hears of a's changes by watching, not by polling
            write(a, space_id, 0)
            await until(lambda: b.engine.replica(space_id).has_document, "b's copy")
            write(a, space_id, 1)
            await until(lambda: assets(b, space_id) == set(a.made), "a's second change", timeout=10)

    run(scenario)


def test_a_wrong_password_is_refused_with_a_reason_and_nothing_is_sent(relay: RelayServer) -> None:
    (a, _b), space_id = community(2)
    a.engine.set_relay(space_id, address_of(relay, password="not-the-password"))
    seen = statuses(a)

    async def scenario() -> None:
        async with linked(a):
            write(a, space_id, 1)
            await until(lambda: any(REFUSED_CREDENTIAL in s.reason for s in seen), "the refusal")

    run(scenario)
    assert all(not s.connected for s in seen)


def test_a_device_joins_through_the_relay_without_ever_meeting_the_inviter(
    relay: RelayServer, tmp_path: Path
) -> None:
    clock = Clock()
    ana, ben, cat = (make_peer(name, clock, n) for n, name in enumerate(("p0", "p1", "p2")))
    space = ana.engine.create_community("Canal Street")
    ana.engine.set_relay(space.id, address_of(relay))
    write(ana, space.id, 0, name=CANARY)
    invite = space.invite(now=clock(), relay=address_of(relay))  # a QR invite: no address on any LAN

    async def scenario() -> None:
        async with linked(ana), linked(ben) as ben_link, linked(cat) as cat_link:
            assert await ben_link.join(invite, timeout=20) == space.id
            await until(lambda: assets(ben, space.id) == set(ana.made), "ben's copy")
            write(ben, space.id, 1)
            await until(lambda: "p1-1" in assets(ana, space.id), "ben's change at ana's")
            # The invite worked once: another device holding it is refused.
            with pytest.raises(InviteUsed):
                await cat_link.join(invite, timeout=20)
        assert cat.engine.space(space.id) is None

    run(scenario)
    assert files_containing(tmp_path / "relay", [CANARY.encode(), b"Canal Street"]) == []


def test_a_join_through_the_relay_waits_for_an_inviter_that_is_away(relay: RelayServer) -> None:
    clock = Clock()
    ana, ben = make_peer("p0", clock, 0), make_peer("p1", clock, 1)
    space = ana.engine.create_community("Canal Street")
    ana.engine.set_relay(space.id, address_of(relay))
    invite = space.invite(now=clock(), relay=address_of(relay))

    async def scenario() -> None:
        async with linked(ben) as ben_link:
            stale = dataclasses.replace(invite, expires_at=clock() - dt.timedelta(seconds=1))
            with pytest.raises(InviteExpired):
                await ben_link.join(stale, timeout=1)
            with pytest.raises(InviteRejected, match="not answered"):
                await ben_link.join(invite, timeout=1)
            # Ana's device comes online later, reads the request and answers; Ben asks again and is in.
            async with linked(ana):
                assert await ben_link.join(invite, timeout=20) == space.id

    run(scenario)


def test_a_join_through_the_relay_rides_out_a_relay_restart(tmp_path: Path) -> None:
    """A relay that goes away while a joiner waits for the inviter (a restart, a busy moment, a new space's
    account loading) does not end the join: the joiner connects again and reads on after its request."""
    clock = Clock()
    ana, ben = make_peer("p0", clock, 0), make_peer("p1", clock, 1)
    relay_dir = tmp_path / "relay"
    server = RelayServer(relay_dir, max_store=SMALL_STORE)
    server.start()
    asyncio.run(server.prepare_stream())
    port = server.port
    space = ana.engine.create_community("Canal Street")
    ana.engine.set_relay(space.id, address_of(server))
    invite = space.invite(now=clock(), relay=address_of(server))

    async def stored_requests() -> int:
        async with await RelayClient.connect(
            server.url, server.credential.user, server.credential.password, server.certificate_pem
        ) as client:
            return await client.last_sequence(relay_tag(space.id))

    async def scenario() -> None:
        nonlocal server
        async with linked(ben) as ben_link:
            joining = asyncio.ensure_future(ben_link.join(invite, timeout=30))
            for _ in range(100):  # the request is on the relay; the inviter is away
                if await stored_requests() > 0:
                    break
                await asyncio.sleep(0.1)
            server.stop()
            await asyncio.sleep(1.0)  # ben's link notices the relay is gone while it is down
            assert not joining.done()
            server = RelayServer(relay_dir, port=port, max_store=SMALL_STORE)
            server.start()
            async with linked(ana):
                assert await joining == space.id

    try:
        run(scenario)
    finally:
        server.stop()


def test_a_relay_that_lost_its_store_gets_everything_again(tmp_path: Path) -> None:
    (a, b), space_id = community(2)
    relay_dir = tmp_path / "relay"
    server = RelayServer(relay_dir, max_store=SMALL_STORE)
    server.start()
    asyncio.run(server.prepare_stream())
    port = server.port
    for peer in (a, b):
        peer.engine.set_relay(space_id, address_of(server))

    async def scenario() -> None:
        nonlocal server
        async with linked(a) as link_a, linked(b) as link_b:
            for n in range(3):
                write(a, space_id, n)
            await until(lambda: assets(b, space_id) == set(a.made), "b's copy")
            server.stop()
            shutil.rmtree(
                relay_dir / "jetstream"
            )  # say, restored from a backup made before the space existed
            server = RelayServer(relay_dir, port=port, max_store=SMALL_STORE)
            server.start()
            await server.prepare_stream()
            write(a, space_id, 3)
            link_a.go_round()
            link_b.go_round()
            await until(lambda: assets(b, space_id) == set(a.made), "a's change after the loss", timeout=30)
        # The relay holds the whole history again: a device new to it could build its copy from it alone.
        async with await RelayClient.connect(
            server.url, server.credential.user, server.credential.password, server.certificate_pem
        ) as client:
            assert len(await client.fetch_all(relay_tag(space_id))) >= 2

    try:
        run(scenario)
    finally:
        server.stop()


def test_a_removal_reaches_a_device_through_the_relay_at_once(relay: RelayServer) -> None:
    clock = Clock()
    (a, b, c), space_id = community(3, clock)
    for peer in (a, b):
        peer.engine.set_relay(space_id, address_of(relay))

    async def scenario() -> None:
        async with linked(a, poll=30.0), linked(b, poll=30.0):  # no polling: wake-ups only
            write(a, space_id, 0)
            await until(lambda: b.engine.replica(space_id).has_document, "b's copy")
            space = a.engine.space(space_id)
            assert space is not None
            space.remove(c.keys.device_id, now=clock())
            a.engine.membership_changed(space_id)
            b_space = b.engine.space(space_id)
            assert b_space is not None
            await until(
                lambda: b_space.state.epoch.number == space.state.epoch.number, "the new key at b", 10
            )
            write(a, space_id, 1)
            await until(lambda: "p0-1" in assets(b, space_id), "a change in the new epoch", 10)

    run(scenario)


def test_forged_and_replayed_envelopes_published_straight_into_the_stream_are_refused(
    relay: RelayServer,
) -> None:
    (a, b), space_id = community(2)
    for peer in (a, b):
        peer.engine.set_relay(space_id, address_of(relay))
    refused: list[str] = []
    b.engine.listeners.append(lambda e: refused.append(e.reason) if isinstance(e, RelayRefused) else None)
    tag = relay_tag(space_id)

    async def scenario() -> None:
        async with linked(a), linked(b) as link_b:
            write(a, space_id, 0)
            await until(lambda: assets(b, space_id) == set(a.made), "b's copy")
            before = assets(b, space_id)
            async with await RelayClient.connect(
                relay.url, relay.credential.user, relay.credential.password, relay.certificate_pem
            ) as operator:
                stored = [e for _, e in await operator.fetch_all(tag) if e[:2] == b"CE"]
            # One of a's, which b has opened (b's own would open again at b: it never saw them come in).
            held = a.engine.space(space_id)
            assert held is not None
            keys = [e.key for e in held.state.epochs if e.key is not None]
            genuine = [e for e in stored if a.keys.device_id in {resolve_sender(e, k) for k in keys}][-1]
            forged = bytearray(genuine)
            forged[100] ^= 1
            space = a.engine.space(space_id)
            assert space is not None
            # Straight into the stream, as anyone holding the relay's credential could: a replay under a new
            # message id (so the stream stores it again), a forgery, and a stranger's envelope.
            nc = await connect(relay)
            try:
                js = nc.jetstream()
                for message in (genuine, bytes(forged), from_a_stranger(a, space_id)):
                    await js.publish(subject_for(tag), message, headers={"Nats-Msg-Id": os.urandom(16).hex()})
            finally:
                await nc.close()
            link_b.go_round()
            relayed = b.engine.relayed(space_id, address_id(relay))
            await until(  # the stranger's comes last: wait for it to be held too
                lambda: (
                    relayed.counters.replayed >= 1
                    and any("signature" in r for r in refused)
                    and len(relayed.held) >= 1
                ),
                "the refusals",
            )
            assert (
                len(relayed.held) == 1
            )  # the stranger's: it could be a member whose admission is on its way
            assert assets(b, space_id) == before

    run(scenario)


def test_a_round_that_ends_after_its_relay_was_removed_reports_nothing(relay: RelayServer) -> None:
    """Removing a space's relay forgets whether it was reachable; a round of the old connection that finishes
    afterwards (its task is cancelled, but may be past its last await) must not bring "connected" back: the
    window would say "Relay connected" for a relay no longer used (seen once, under load)."""
    (a,), space_id = community(1)
    a.engine.set_relay(space_id, address_of(relay))
    seen = statuses(a)

    async def scenario() -> None:
        async with linked(a) as link:
            await until(lambda: link.connected.get(space_id) is True, "the relay connected")
            (old,) = link._connections.values()
            a.engine.set_relay(space_id, None)
            assert space_id not in link.connected
            reported = len(seen)
            link._status(old, True)  # the old round's last word, arriving late
            assert space_id not in link.connected
            assert len(seen) == reported
        assert old.task is not None
        assert old.task.done()  # stop() waited for the old connection too: its client is closed

    run(scenario)
