"""A joiner's first copy, sent whole (a SNAPSHOT): real engines and documents, frames moved by hand so the
order is the one seen on a busy hub. The copy goes once per session however often the joiner greets before
it arrives, and the joiner is in sync with its sender as soon as it has taken it, before any answer. A member
does not send back the membership log a hub just passed on to it."""

from __future__ import annotations

from sync.engine import EngineEvent, InSync
from sync.engine.wire import Log, decode
from tests.sync.engine.simnet import Clock, Peer, community, join, make_peer, write
from tests.sync.engine.test_relayed import MemoryStream, attach, fetch, publish
from tests.sync.engine.test_status import Wire, seen


def events_of(peer: Peer) -> list[EngineEvent]:
    found: list[EngineEvent] = []
    peer.engine.listeners.append(found.append)
    return found


def snapshots_sent(hub: Peer, space_id: bytes, frames: list[bytes]) -> int:
    """Frames at least as large as the hub's whole document: its SNAPSHOTs (every other frame is small)."""
    size = len(hub.engine.replica(space_id).snapshot())
    return sum(1 for frame in frames if len(frame) >= size)


def hub_with_a_document(joiners: int) -> tuple[Peer, list[Peer], bytes]:
    (hub, *others), space_id = community(1 + joiners)
    for n in range(40):  # a document much larger than any HELLO, LOG or PROOFS frame
        write(hub, space_id, n)
    return hub, others, space_id


def test_a_joiner_that_greets_again_before_its_copy_arrives_gets_one_copy() -> None:
    hub, (ana,), space_id = hub_with_a_document(1)
    wire = Wire()
    wire.connect(hub, ana)
    hub_to_ana, ana_to_hub = wire.links[(hub.name, ana.name)]
    # Ana greets three times before anything of the hub reaches her (the hub admitted others meanwhile).
    ana_to_hub.start()
    ana_to_hub.start()
    while ana_to_hub.outbox:
        hub_to_ana.receive(ana_to_hub.outbox.popleft())
    assert snapshots_sent(hub, space_id, list(hub_to_ana.outbox)) == 1
    wire.settle()
    assert ana.engine.replica(space_id).heads() == hub.engine.replica(space_id).heads()


def test_a_copy_may_go_again_after_the_hub_s_tick_a_lost_one_is_recovered() -> None:
    hub, (ana,), space_id = hub_with_a_document(1)
    wire = Wire()
    wire.connect(hub, ana)
    hub_to_ana, ana_to_hub = wire.links[(hub.name, ana.name)]
    while ana_to_hub.outbox:
        hub_to_ana.receive(ana_to_hub.outbox.popleft())
    assert snapshots_sent(hub, space_id, list(hub_to_ana.outbox)) == 1
    hub_to_ana.outbox.clear()  # lost on the way
    hub_to_ana.tick()
    ana_to_hub.tick()
    while ana_to_hub.outbox:
        hub_to_ana.receive(ana_to_hub.outbox.popleft())
    assert snapshots_sent(hub, space_id, list(hub_to_ana.outbox)) == 1
    wire.settle()
    assert ana.engine.replica(space_id).heads() == hub.engine.replica(space_id).heads()


def test_a_joiner_is_in_sync_as_soon_as_it_took_the_copy_before_any_answer() -> None:
    hub, (ana,), space_id = hub_with_a_document(1)
    ana_events = events_of(ana)
    wire = Wire()
    wire.connect(hub, ana)
    hub_to_ana, ana_to_hub = wire.links[(hub.name, ana.name)]
    while ana_to_hub.outbox:  # Ana's greeting reaches the hub, which sends its HELLO and the copy
        hub_to_ana.receive(ana_to_hub.outbox.popleft())
    while hub_to_ana.outbox:  # ...and nothing Ana sends back is delivered (a busy hub answers late)
        ana_to_hub.receive(hub_to_ana.outbox.popleft())
    assert ana.engine.replica(space_id).heads() == hub.engine.replica(space_id).heads()
    in_sync = [e for e in ana_events if isinstance(e, InSync) and e.peer == hub.keys.device_id]
    assert in_sync, "the joiner must be in sync with the hub once it holds the hub's copy"
    assert seen(ana, space_id, hub).up_to_date
    report = ana.engine.sync_report(space_id)
    assert report.has_everything
    assert report.missing == 0


def test_a_member_does_not_echo_the_log_the_hub_just_sent_it() -> None:
    hub, (ana,), space_id = hub_with_a_document(1)
    wire = Wire()
    wire.connect(hub, ana)
    wire.settle()
    hub_to_ana, ana_to_hub = wire.links[(hub.name, ana.name)]
    carol = make_peer("carol", Clock(), 7)
    space = hub.engine.space(space_id)
    assert space is not None
    join(hub, carol, space)  # admitted at the hub, as LanNode does it
    hub.engine.membership_changed(space_id)
    sent_to_ana = list(hub_to_ana.outbox)
    assert any(isinstance(decode(frame), Log) for frame in sent_to_ana)  # the hub passes the new log on
    hub_to_ana.outbox.clear()
    for frame in sent_to_ana:
        ana_to_hub.receive(frame)
    ana_space = ana.engine.space(space_id)
    assert ana_space is not None
    assert ana_space.state.heads == space.state.heads
    assert not [f for f in ana_to_hub.outbox if isinstance(decode(f), Log)]  # nothing to tell the hub
    wire.settle()
    assert ana.engine.replica(space_id).heads() == hub.engine.replica(space_id).heads()


def test_a_copy_through_the_relay_that_matches_the_hub_s_greeting_is_in_sync_at_once() -> None:
    """The joiner heard the hub's HELLO before it had a document; its copy then came through the relay
    before the hub's SNAPSHOT: it holds what the hub announced, so it is in sync with the hub, without
    waiting for the hub's next greeting (every 30 s)."""
    hub, (ana,), space_id = hub_with_a_document(1)
    stream = MemoryStream()
    attach(hub, space_id)
    publish(hub, space_id, stream)
    ana_events = events_of(ana)
    wire = Wire()
    wire.connect(hub, ana)
    hub_to_ana, ana_to_hub = wire.links[(hub.name, ana.name)]
    hello = hub_to_ana.outbox.popleft()  # the hub's greeting, sent as the session opened
    ana_to_hub.receive(hello)
    assert not [e for e in ana_events if isinstance(e, InSync)]
    attach(ana, space_id)
    fetch(ana, space_id, stream)
    assert ana.engine.replica(space_id).heads() == hub.engine.replica(space_id).heads()
    assert [e for e in ana_events if isinstance(e, InSync) and e.peer == hub.keys.device_id]
    assert seen(ana, space_id, hub).up_to_date
