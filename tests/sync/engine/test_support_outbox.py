"""The person's outbox of "I need support" in the engine: a request waits (through a restart) until a
supporter's device acknowledges it, shows as delivered only then, and through the relay shows as "left at the
relay" — never as delivered, since a supporter's device (a reader) cannot acknowledge there."""

from __future__ import annotations

import datetime as dt

import pytest

from sync.engine import AlertDeliveryChanged, SupportRequested, SyncEngine
from sync.engine.wire import Receipt
from sync.support_outbox import MAX_WAITING_ALERTS, InMemoryAlertOutbox
from tests.sync.engine.simnet import Clock, Peer, make_peer
from tests.sync.engine.test_relayed import MemoryStream, attach, fetch, publish
from tests.sync.engine.test_support_circles import circle_of_two, connected


def restarted(peer: Peer, outbox: InMemoryAlertOutbox, clock: Clock) -> Peer:
    """The same device after a restart: its stores (the outbox too) and nothing of what it held in memory."""
    engine = SyncEngine(
        peer.keys,
        peer.spaces,
        peer.documents,
        actor_id=bytes([9]) * 16,
        relay=peer.relay,
        outbox=outbox,
        clock=clock,
    )
    return Peer(peer.name, engine, peer.documents, peer.spaces, peer.keys, peer.relay)


def test_a_waiting_request_survives_a_restart_and_is_delivered_only_once_acknowledged() -> None:
    clock = Clock()
    robin, ana, circle = circle_of_two(clock)
    outbox = InMemoryAlertOutbox()
    robin = restarted(robin, outbox, clock)
    heard: list[SupportRequested] = []
    ana.engine.listeners.append(lambda e: heard.append(e) if isinstance(e, SupportRequested) else None)

    [went] = robin.engine.request_support("Please call me")
    assert not went.told
    [status] = robin.engine.alert_statuses()
    assert status.delivered == ()
    assert status.waiting == (ana.keys.device_id,)

    clock.now += dt.timedelta(minutes=3)
    robin = restarted(robin, outbox, clock)  # a crash or a lock: the request is still there
    [status] = robin.engine.alert_statuses()
    assert status.waiting == (ana.keys.device_id,)
    changed: list[AlertDeliveryChanged] = []
    robin.engine.listeners.append(
        lambda e: changed.append(e) if isinstance(e, AlertDeliveryChanged) else None
    )

    connected(robin, ana)
    assert [(e.space_id, e.message) for e in heard] == [(circle, "Please call me")]
    [status] = robin.engine.alert_statuses()
    assert status.delivered == ((ana.keys.device_id, int(clock.now.timestamp() * 1000)),)
    assert status.waiting == ()
    assert changed == [AlertDeliveryChanged(circle)]
    assert [a.request for a in outbox.alerts()] == [b""]  # the words left the outbox

    connected(robin, ana, seed=3)  # meeting again sends nothing more
    assert len(heard) == 1


def test_without_a_receipt_nothing_shows_as_delivered() -> None:
    """The ALERT reached the supporter's session but its receipt was lost: the request still waits."""
    robin, ana, circle = circle_of_two()
    robin.engine.request_support("")
    robin_side = robin.engine.open_session(ana.engine.me.card)
    ana_side = ana.engine.open_session(robin.engine.me.card)
    while robin_side.outbox or ana_side.outbox:
        while robin_side.outbox:
            ana_side.receive(robin_side.outbox.popleft())
        ana_side.outbox = type(ana_side.outbox)(f for f in ana_side.outbox if f[0] != 3)  # receipts lost
        while ana_side.outbox:
            robin_side.receive(ana_side.outbox.popleft())
    [status] = robin.engine.alert_statuses()
    assert status.delivered == ()
    # A receipt from a device outside the circle, or for a space it does not name, changes nothing.
    stranger = make_peer("stranger", Clock(), 5)
    odd = robin.engine.open_session(stranger.engine.me.card)
    space = robin.engine.space(circle)
    assert space is not None
    assert space.space_tag is not None
    odd.receive(Receipt(space.space_tag, 2**62).to_bytes())
    robin_side.receive(Receipt(bytes(32), 2**62).to_bytes())
    [status] = robin.engine.alert_statuses()
    assert status.delivered == ()
    robin_side.receive(Receipt(space.space_tag, 2**62).to_bytes())
    [status] = robin.engine.alert_statuses()
    assert [d for d, _ in status.delivered] == [ana.keys.device_id]


def test_through_the_relay_it_is_left_there_and_delivered_when_the_devices_meet() -> None:
    clock = Clock()
    robin, ana, circle = circle_of_two(clock)
    outbox = InMemoryAlertOutbox()
    robin = restarted(robin, outbox, clock)
    heard: list[SupportRequested] = []
    ana.engine.listeners.append(lambda e: heard.append(e) if isinstance(e, SupportRequested) else None)
    robin.engine.request_support("")  # no relay link yet: it waits in the outbox
    clock.now += dt.timedelta(minutes=1)
    stream = MemoryStream()
    attach(robin, circle)  # the link made after a restart queues it from the outbox
    attach(ana, circle)
    publish(robin, circle, stream)
    [status] = robin.engine.alert_statuses()
    assert status.left_at_relay_ms == int(clock.now.timestamp() * 1000)
    assert status.delivered == ()  # stored by the relay is not delivered
    assert publish(robin, circle, stream) == 0  # not published twice
    fetch(ana, circle, stream)
    assert len(heard) == 1
    connected(robin, ana)  # the supporter's device says, on meeting, which request it has
    [status] = robin.engine.alert_statuses()
    assert [d for d, _ in status.delivered] == [ana.keys.device_id]
    assert len(heard) == 1


def test_a_full_outbox_refuses_the_request_before_anything_is_sent() -> None:
    clock = Clock()
    robin, ana, circle = circle_of_two(clock)
    outbox = InMemoryAlertOutbox()
    robin = restarted(robin, outbox, clock)
    for _ in range(MAX_WAITING_ALERTS):
        clock.now += dt.timedelta(seconds=1)
        robin.engine.request_support("")
    with pytest.raises(ValueError, match="none was dropped"):
        robin.engine.request_support("one more")
    heard: list[SupportRequested] = []
    ana.engine.listeners.append(lambda e: heard.append(e) if isinstance(e, SupportRequested) else None)
    connected(robin, ana)
    assert "one more" not in [e.message for e in heard]
    assert len(heard) == MAX_WAITING_ALERTS  # every waiting one went, in order, none lost
    assert outbox.waiting_alerts() == 0
    assert circle in {a.space_id for a in outbox.alerts()}
