"""Sync engines converge over the simulated network: first contact, live changes, faults, partitions."""

from __future__ import annotations

import os
import random

import pytest

from tests.reliability import tally
from tests.sync.engine.simnet import Peer, SimNetwork, community, converged, write

SCHEDULES = int(os.environ.get("COMMONS_PARTITION_SCHEDULES", "50"))


def lost_records(peers, space_id) -> int:  # type: ignore[no-untyped-def]
    """How many written records some peer's document lacks."""
    written = {a for p in peers for a in p.made}
    missing: set[str] = set()
    for peer in peers:
        doc = peer.engine.document(space_id)
        missing |= written - (set(doc.view().assets) if doc is not None else set())
    return len(missing)


def assert_nothing_lost(peers, space_id) -> None:  # type: ignore[no-untyped-def]
    assert converged(peers, space_id)
    written = {a for p in peers for a in p.made}
    for peer in peers:
        doc = peer.engine.document(space_id)
        assert doc is not None
        assert written <= set(doc.view().assets)
        # And what reached the document reached the store: a restart sees the same.
        stored = peer.documents.load_document(space_id)
        assert stored is not None


def test_a_new_member_gets_the_document_by_snapshot_then_live_changes() -> None:
    peers, space_id = community(2)
    alice, bob = peers
    write(alice, space_id, 0)
    assert bob.engine.document(space_id) is None
    net = SimNetwork(peers, seed=1)
    net.space_id = space_id
    net.connect(0, 1)
    net.run(1000)
    assert converged(peers, space_id)
    write(bob, space_id, 1)
    write(alice, space_id, 2)
    net.run(1000)
    assert_nothing_lost(peers, space_id)


def test_five_peers_converge_without_faults() -> None:
    peers, space_id = community(5)
    net = SimNetwork(peers, seed=2)
    net.space_id = space_id
    net.heal()
    net.run(10_000)
    for n, peer in enumerate(peers):
        write(peer, space_id, n)
    net.run(10_000)
    assert_nothing_lost(peers, space_id)


def run_schedule(seed: int) -> tuple[list[Peer], bytes]:
    """Five peers through a seeded schedule of partitions and heals, writing as they go, then healed and
    settled; returns them and their space."""
    rng = random.Random(seed)
    peers, space_id = community(5)
    net = SimNetwork(peers, seed=seed, drop=0.2, dup=0.2, reorder=True)
    net.space_id = space_id
    net.heal()
    for phase in range(rng.randint(3, 6)):
        ids = list(range(5))
        rng.shuffle(ids)
        cut = rng.randint(1, 4)
        net.partition([set(ids[:cut]), set(ids[cut:])])
        for _ in range(rng.randint(1, 4)):
            holders = [p for p in peers if p.engine.document(space_id) is not None]
            write(rng.choice(holders), space_id, phase * 100 + rng.randrange(100))
        net.run(rng.randint(20, 300))
        if rng.random() < 0.5:
            net.tick()
    net.heal()
    net.settle()
    return peers, space_id


@pytest.mark.parametrize("seed", range(SCHEDULES))
def test_partitions_with_drops_duplicates_and_reordering_lose_nothing(seed: int) -> None:
    with tally("partitions") as counted:
        peers, space_id = run_schedule(seed)
        counted.run(lost=lost_records(peers, space_id), failed=not converged(peers, space_id))
    assert_nothing_lost(peers, space_id)


@pytest.mark.parametrize("seed", range(10))
def test_a_lossy_link_that_stays_up_recovers_by_starting_over(seed: int) -> None:
    """No reconnection helps here: lost sync messages are recovered only by the session's tick."""
    peers, space_id = community(2)
    net = SimNetwork(peers, seed=seed, drop=0.3, dup=0.1, reorder=True)
    net.space_id = space_id
    net.connect(0, 1)
    rng = random.Random(seed)
    for n in range(12):
        holders = [p for p in peers if p.engine.document(space_id) is not None]
        write(rng.choice(holders), space_id, n)
        net.run(rng.randint(0, 30))
    net.settle()
    assert len(net.links) == 1
    assert_nothing_lost(peers, space_id)


def test_peers_report_syncing_then_in_sync() -> None:
    from sync.engine import InSync, Syncing

    peers, space_id = community(2)
    events: list[list[object]] = [[], []]
    for peer, log in zip(peers, events, strict=True):
        peer.engine.listeners.append(log.append)
    net = SimNetwork(peers, seed=3)
    net.space_id = space_id
    net.connect(0, 1)
    net.run(1000)
    for log, other in ((events[0], peers[1]), (events[1], peers[0])):
        kinds = [type(e) for e in log if isinstance(e, Syncing | InSync)]
        assert Syncing in kinds
        assert kinds[-1] is InSync
        assert (
            log[-1] == InSync(other.keys.device_id, space_id) or InSync(other.keys.device_id, space_id) in log
        )
    events[0].clear()
    write(peers[1], space_id, 9)
    net.run(1000)
    assert InSync(peers[1].keys.device_id, space_id) in events[0]


def test_a_device_that_missed_a_removal_catches_up() -> None:
    """Bob was away while Alice removed Carol (a new epoch): the LOG's space is found from its entries."""
    peers, space_id = community(3)
    net = SimNetwork(peers, seed=4)
    net.space_id = space_id
    net.heal()
    net.run(10_000)
    net.partition([{0, 2}, {1}])
    alice = peers[0]
    space = alice.engine.space(space_id)
    assert space is not None
    space.remove(peers[2].keys.device_id, now=alice.engine.now())
    write(alice, space_id, 1)  # in the new epoch, which Bob cannot read yet
    net.partition([{0, 1}, {2}])
    for _ in range(10):
        net.tick()
        net.run(10_000)
        if converged(peers[:2], space_id):
            break
    assert converged(peers[:2], space_id)
    bob_space = peers[1].engine.space(space_id)
    assert bob_space is not None
    assert bob_space.state.epoch.number == 2
    assert "p0-1" in peers[1].engine.document(space_id).view().assets  # type: ignore[union-attr]


def test_a_long_log_travels_in_several_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    from sync.engine import session as session_module
    from sync.identity import DeviceKeys
    from sync.membership import Role

    monkeypatch.setattr(session_module, "_LOG_BUDGET", 600)  # a few entries per LOG message
    sent: list[bytes] = []
    original = session_module.PeerSession._send

    def record(self: session_module.PeerSession, frame: bytes) -> None:
        sent.append(frame)
        original(self, frame)

    monkeypatch.setattr(session_module.PeerSession, "_send", record)
    peers, space_id = community(2)
    alice, bob = peers
    space = alice.engine.space(space_id)
    assert space is not None
    for _ in range(6):  # Bob does not hear of these until they meet
        space.add(DeviceKeys.generate().card, Role.MEMBER, now=alice.engine.now())
    net = SimNetwork(peers, seed=5)
    net.space_id = space_id
    net.connect(0, 1)
    net.run(10_000)
    assert len([f for f in sent if f[0] == 1]) > 1  # the log went in several LOG messages
    bob_space = bob.engine.space(space_id)
    assert bob_space is not None
    assert bob_space.state.order == space.state.order
    assert converged(peers, space_id)


def test_a_change_right_after_a_tick_goes_at_once_and_small() -> None:
    peers, space_id = community(2)
    net = SimNetwork(peers, seed=6)
    net.space_id = space_id
    net.connect(0, 1)
    net.run(10_000)
    link = net.links[(0, 1)]
    link.ab.tick()  # Alice's tick: Bob, in sync, does not answer
    net.run(10_000)
    sent_before = net.delivered
    write(peers[0], space_id, 1)
    net.run(10_000)
    assert "p0-1" in peers[1].engine.document(space_id).view().assets  # type: ignore[union-attr]
    # The change (its proof in the same envelope) and its acknowledgement, no fresh exchange.
    assert net.delivered - sent_before <= 3


def test_a_device_removed_from_one_of_two_shared_communities_is_told_and_stays_connected() -> None:
    from tests.sync.engine.simnet import join

    peers, first = community(2)
    alice, bob = peers
    second = alice.engine.create_community("Second Street")
    join(alice, bob, second)
    bob.engine.space(second.id).receive(second.encoded_entries())  # type: ignore[union-attr]
    net = SimNetwork(peers, seed=7)
    net.space_id = first
    net.connect(0, 1)
    net.run(10_000)
    space = alice.engine.space(first)
    assert space is not None
    space.remove(bob.keys.device_id, now=alice.engine.now())  # not through the engine: Bob is not told yet
    write(bob, first, 1)  # Bob writes on, in the old epoch
    net.run(10_000)
    assert net.protocol_errors == 0
    assert (0, 1) in net.links  # still connected: they share the second community
    bob_first = bob.engine.space(first)
    assert bob_first is not None
    assert bob.keys.device_id not in bob_first.state.members  # and Bob learnt of his removal


def test_a_space_whose_stored_log_does_not_read_is_set_aside_and_the_others_load() -> None:
    from sync.engine import SyncEngine

    (alice,), space_id = community(1)
    alice.spaces.add_log_entries(b"\x07" * 16, [(b"\x01" * 32, b"not a membership entry")])
    restarted = SyncEngine(alice.keys, alice.spaces, alice.documents, actor_id=alice.engine.actor_id)
    assert restarted.space(space_id) is not None
    assert [s for s, _ in restarted.unreadable] == [b"\x07" * 16]
    assert "unreadable" in restarted.unreadable[0][1]


def test_an_author_s_edit_of_an_asset_made_while_apart_reaches_the_others() -> None:
    import dataclasses

    peers, space_id = community(2)
    alice, bob = peers
    net = SimNetwork(peers, seed=8)
    net.space_id = space_id
    net.heal()
    net.run(10_000)
    net.partition([{0}, {1}])
    write(bob, space_id, 5)  # Bob adds an asset and renames it before he meets Alice again
    document = bob.engine.document(space_id)
    assert document is not None
    renamed = dataclasses.replace(document.view().assets["p1-5"], title="Renamed")
    bob.engine.change(space_id, lambda doc: doc.edit_asset(renamed))
    net.heal()
    net.settle()
    alices = alice.engine.document(space_id)
    assert alices is not None
    assert alices.view().assets["p1-5"].title == "Renamed"
