"""The engine's sync report (`SyncEngine.sync_report`): real engines, real documents and real sync messages,
delivered by hand so each step of an exchange can be looked at. Never "up to date" while a peer announced
heads this device lacks; an offline edit waits to be sent until a peer confirms it; relay progress and
failures as they happen."""

from __future__ import annotations

import datetime as dt

from sync.engine import FailureKind, PeerSession, Route, SessionFailed, SyncReport
from sync.engine.wire import ProtocolError
from tests.sync.engine.simnet import Clock, Peer, community, write
from tests.sync.engine.test_relayed import RELAY_ID, MemoryStream, attach, publish


class Wire:
    """Sessions between pairs of peers, with frames moved only when the test says so."""

    def __init__(self) -> None:
        self.links: dict[tuple[str, str], tuple[PeerSession, PeerSession]] = {}

    def connect(self, a: Peer, b: Peer) -> None:
        self.links[(a.name, b.name)] = (
            a.engine.open_session(b.keys.card),
            b.engine.open_session(a.keys.card),
        )

    def disconnect(self, a: Peer, b: Peer) -> None:
        ab, ba = self.links.pop((a.name, b.name))
        a.engine.close_session(ab)
        b.engine.close_session(ba)

    def deliver_one(self, a: Peer, b: Peer) -> None:
        """The next frame *a* sent to *b* (the link was made as connect(a, b))."""
        ab, ba = self.links[(a.name, b.name)]
        ba.receive(ab.outbox.popleft())

    def settle(self) -> None:
        moved = True
        while moved:
            moved = False
            for ab, ba in self.links.values():
                for sender, receiver in ((ab, ba), (ba, ab)):
                    while sender.outbox:
                        receiver.receive(sender.outbox.popleft())
                        moved = True


def report(peer: Peer, space_id: bytes) -> SyncReport:
    return peer.engine.sync_report(space_id)


def seen(peer: Peer, space_id: bytes, other: Peer):  # type: ignore[no-untyped-def]
    found = [p for p in report(peer, space_id).peers if p.device == other.keys.device_id]
    assert len(found) == 1
    return found[0]


def test_a_new_community_waits_to_be_sent_then_both_are_up_to_date() -> None:
    clock = Clock()
    (robin, ana), space_id = community(2, clock)
    created = report(robin, space_id)
    assert created.has_document
    assert created.has_everything
    assert created.waiting_to_send >= 1  # no one has the community yet
    assert created.peers == ()
    assert created.last_exchange is None
    joined = report(ana, space_id)
    assert not joined.has_document
    assert not joined.has_everything

    wire = Wire()
    clock.now += dt.timedelta(minutes=1)
    wire.connect(robin, ana)
    wire.settle()
    for me, other in ((robin, ana), (ana, robin)):
        now = report(me, space_id)
        assert now.has_everything
        assert now.waiting_to_send == 0
        assert now.missing == 0
        assert now.last_exchange == clock.now
        peer = seen(me, space_id, other)
        assert peer.connected
        assert peer.up_to_date
        assert peer.route is Route.NETWORK
        assert peer.last_exchange == clock.now
        assert peer.lacking == 0


def test_heads_a_peer_announced_and_this_device_lacks_are_never_up_to_date() -> None:
    (robin, ana), space_id = community(2)
    wire = Wire()
    wire.connect(robin, ana)
    wire.settle()
    wire.disconnect(robin, ana)
    write(robin, space_id, 1)  # while they are apart

    wire.connect(robin, ana)
    wire.deliver_one(robin, ana)  # Robin's HELLO, naming heads Ana lacks; the changes have not come yet
    status = report(ana, space_id)
    assert not status.has_everything
    assert status.missing == 1
    peer = seen(ana, space_id, robin)
    assert peer.connected
    assert not peer.up_to_date
    assert peer.lacking == 1

    wire.settle()  # the changes arrive
    status = report(ana, space_id)
    assert status.has_everything
    assert status.missing == 0
    assert seen(ana, space_id, robin).up_to_date


def test_an_offline_edit_waits_to_be_sent_and_is_cleared_after_reconnecting() -> None:
    clock = Clock()
    (robin, ana), space_id = community(2, clock)
    wire = Wire()
    wire.connect(robin, ana)
    wire.settle()
    clock.now += dt.timedelta(minutes=5)
    wire.disconnect(robin, ana)
    write(ana, space_id, 1)
    write(ana, space_id, 2)

    offline = report(ana, space_id)
    assert offline.waiting_to_send == 2
    assert offline.has_everything  # nobody announced anything this device lacks
    peer = seen(ana, space_id, robin)
    assert not peer.connected
    assert not peer.up_to_date
    assert peer.last_seen == clock.now
    assert peer.last_exchange == clock.now - dt.timedelta(minutes=5)

    clock.now += dt.timedelta(minutes=2)
    wire.connect(robin, ana)
    wire.settle()
    back = report(ana, space_id)
    assert back.waiting_to_send == 0
    assert back.last_exchange == clock.now
    assert seen(ana, space_id, robin).up_to_date
    assert seen(robin, space_id, ana).up_to_date
    assert report(robin, space_id).has_everything


def test_three_devices_a_forwarder_announces_what_the_third_lacks() -> None:
    (robin, ana, kim), space_id = community(3)
    wire = Wire()
    wire.connect(robin, ana)
    wire.connect(ana, kim)
    wire.settle()
    wire.disconnect(ana, kim)
    write(robin, space_id, 1)
    wire.settle()  # Ana takes Robin's change; Kim is away
    assert report(robin, space_id).waiting_to_send == 0  # Ana confirmed it
    assert report(kim, space_id).has_everything  # no one told Kim of it yet: nothing announced is missing

    wire.connect(ana, kim)
    wire.deliver_one(ana, kim)  # Ana's HELLO names Robin's change
    assert not report(kim, space_id).has_everything
    assert seen(kim, space_id, ana).lacking == 1
    wire.settle()
    status = report(kim, space_id)
    assert status.has_everything
    assert seen(kim, space_id, ana).up_to_date
    assert [p.device for p in status.peers] == [ana.keys.device_id]  # only who Kim actually met


def test_a_peer_that_broke_the_protocol_is_a_failure_until_it_syncs_again() -> None:
    (robin, ana), space_id = community(2)
    wire = Wire()
    wire.connect(robin, ana)
    wire.settle()
    wire.disconnect(robin, ana)
    robin.engine.emit(SessionFailed(ana.keys.device_id, "the peer sent an envelope that was refused"))
    failures = report(robin, space_id).failures
    assert [(f.kind, f.device) for f in failures] == [(FailureKind.PEER_REFUSED, ana.keys.device_id)]
    assert "refused" in failures[0].detail

    wire.connect(robin, ana)
    wire.settle()
    assert report(robin, space_id).failures == ()


def test_a_garbled_frame_is_refused_and_the_report_still_holds() -> None:
    (robin, ana), space_id = community(2)
    wire = Wire()
    wire.connect(robin, ana)
    wire.settle()
    _ab, ba = wire.links[(robin.name, ana.name)]
    try:
        ba.receive(b"\x02" + bytes(40))
    except ProtocolError as exc:
        ana.engine.emit(SessionFailed(robin.keys.device_id, str(exc)))
    status = report(ana, space_id)
    assert status.has_everything  # nothing was lost
    assert status.failures[0].kind is FailureKind.PEER_REFUSED


def test_a_first_copy_through_the_relay_shows_its_progress() -> None:
    clock = Clock()
    (robin, ana), space_id = community(2, clock)
    stream = MemoryStream()
    attach(robin, space_id)
    for n in range(3):
        write(robin, space_id, n)
        publish(robin, space_id, stream)
    assert report(robin, space_id).waiting_to_send == 0  # the relay holds it all
    assert report(robin, space_id).relay is not None

    attach(ana, space_id)
    relayed = ana.engine.relayed(space_id, RELAY_ID)
    envelopes = stream.fetch(relayed.tag, 0)
    ana.engine.relay_fetching(space_id, envelopes[-1][0])
    assert report(ana, space_id).receiving is not None
    progress = []
    for seq, envelope in envelopes:
        ana.engine.relay_receive(space_id, seq, envelope)
        current = report(ana, space_id)
        progress.append(current.receiving)
        assert not current.has_everything or current.receiving is None
    ana.engine.relay_round_done(space_id)
    status = report(ana, space_id)
    assert status.receiving is None
    assert status.has_everything
    assert status.has_document
    assert status.relay is not None
    assert status.relay.connected
    assert status.relay.last_exchange == clock.now
    steps = [p for p in progress if p is not None]
    assert steps
    assert all(p.expected == len(envelopes) for p in steps)
    assert [p.received for p in steps] == sorted(p.received for p in steps)
    assert {p.route for p in status.peers} == {Route.RELAY}  # Robin was heard through the relay


def test_a_first_copy_on_this_network_shows_how_far_its_frame_has_come() -> None:
    """A joined device has no document: the big frame arriving from the peer it is in session with is its
    first copy, and the report says how much of it is in, until the document is there."""
    clock = Clock()
    (robin, ana), space_id = community(2, clock)
    wire = Wire()
    wire.connect(robin, ana)
    ana.engine.frame_arriving(robin.keys.device_id, 300_000, 1_200_000)
    arriving = report(ana, space_id)
    assert not arriving.has_document
    assert arriving.receiving is not None
    assert (arriving.receiving.received, arriving.receiving.expected) == (300_000, 1_200_000)
    robin.engine.frame_arriving(ana.keys.device_id, 300_000, 1_200_000)  # Robin has it: nothing to show
    assert report(robin, space_id).receiving is None

    wire.settle()  # the snapshot arrives
    done = report(ana, space_id)
    assert done.has_document
    assert done.receiving is None
    ana.engine.frame_arriving(robin.keys.device_id, 300_000, 1_200_000)  # a later big frame: not a first copy
    assert report(ana, space_id).receiving is None
