"""Support circles carried by the engine: the person's device sends the chosen sections, the supporter's device
keeps the latest, read-only; revoking reaches it over a session or through the relay, and its copy goes."""

from __future__ import annotations

import datetime as dt

import pytest

from sync.engine import AlertDelivery, SupportRequested
from sync.engine.wire import Inner, ProtocolError, Sealed, encode_inner
from sync.envelope import seal
from sync.support_circle import (
    SharedItem,
    SharedSection,
    SupportCircleError,
    SupportRequest,
    SupportShare,
    share_for,
)
from tests.sync.engine.simnet import Clock, Peer, SimNetwork, join, make_peer
from tests.sync.engine.test_relayed import RELAY_ID, MemoryStream, attach, fetch, publish

PLAN = {
    "wellness_toolbox": SharedSection(
        "wellness_toolbox", "Wellness toolbox", (SharedItem("Walk by the canal"),)
    ),
    "warning_signs": SharedSection(
        "warning_signs", "Early warning signs", (SharedItem("Staying in bed", "Open the curtains"),)
    ),
    "triggers": SharedSection("triggers", "Triggers", (SharedItem("CANARY-not-chosen"),)),
}


def circle_of_two(clock: Clock | None = None) -> tuple[Peer, Peer, bytes]:
    """Robin (the person) and Ana (a supporter who joined Robin's circle with an invite)."""
    clock = clock or Clock()
    robin, ana = make_peer("robin", clock, 0), make_peer("ana", clock, 1)
    space = robin.engine.create_support_circle()
    join(robin, ana, space)
    return robin, ana, space.id


def connected(robin: Peer, ana: Peer, seed: int = 1) -> SimNetwork:
    net = SimNetwork([robin, ana], seed=seed)
    net.connect(0, 1)
    net.run(100_000)
    return net


def test_the_supporter_gets_exactly_the_chosen_sections_and_keeps_the_latest() -> None:
    robin, ana, circle = circle_of_two()
    net = connected(robin, ana)
    first = share_for(PLAN, {"wellness_toolbox", "warning_signs"}, 1)
    robin.engine.publish_share(circle, first)
    net.run(100_000)
    assert ana.engine.share(circle) == first
    assert "CANARY-not-chosen" not in ana.engine.support_circle(circle).encoded.decode()
    newer = share_for(PLAN, {"warning_signs"}, 2)
    robin.engine.publish_share(circle, newer)
    net.run(100_000)
    assert ana.engine.share(circle) == newer
    # An older share (a delayed copy) never replaces a newer one.
    ana.engine.support_share_received(circle, first, None)
    assert ana.engine.share(circle) == newer


def test_a_supporter_who_connects_later_gets_the_share_and_keeps_it_across_a_restart() -> None:
    clock = Clock()
    robin, ana, circle = circle_of_two(clock)
    share = share_for(PLAN, {"warning_signs"}, 7)
    robin.engine.publish_share(circle, share)
    connected(robin, ana)
    assert ana.engine.share(circle) == share
    from sync.engine import SyncEngine

    again = SyncEngine(
        ana.keys, ana.spaces, ana.documents, actor_id=bytes([2]) * 16, relay=ana.relay, clock=clock
    )
    assert again.share(circle) == share


def test_only_the_person_may_send_a_share() -> None:
    robin, ana, circle = circle_of_two()
    connected(robin, ana)
    shown = share_for(PLAN, {"warning_signs"}, 1)
    robin.engine.publish_share(circle, shown)
    with pytest.raises(ValueError, match="person's devices"):
        ana.engine.publish_share(circle, share_for(PLAN, {"triggers"}, 9))
    # Even sealed with the circle's key, a supporter's envelope is refused: readers may not send.
    space = ana.engine.space(circle)
    assert space is not None
    assert space.state.epoch.key is not None
    payload = encode_inner(Inner.SHARE, share_for(PLAN, {"triggers"}, 9).to_bytes())
    forged = seal(
        payload,
        epoch_key=space.state.epoch.key,
        epoch=space.state.epoch.number,
        signer=ana.keys.signer,
        sequence=99,
    )
    session = next(iter(robin.engine.sessions))
    session.receive(Sealed(forged).to_bytes())
    assert robin.engine.share(circle) == shown
    # A member that may write, but is not the person, is refused by the session itself.
    robins = robin.engine.space(circle)
    assert robins is not None
    with pytest.raises(ProtocolError, match="only the person"):
        session._receive_support_circle(robins, Inner.SHARE, payload[1:], ana.keys.device_id)


def test_revoking_reaches_the_supporter_and_its_copy_goes() -> None:
    clock = Clock()
    robin, ana, circle = circle_of_two(clock)
    net = connected(robin, ana)
    robin.engine.publish_share(circle, share_for(PLAN, {"warning_signs"}, 1))
    net.run(100_000)
    assert ana.engine.share(circle) is not None
    space = robin.engine.space(circle)
    assert space is not None
    space.remove(ana.keys.device_id, now=clock())
    robin.engine.membership_changed(circle)
    net.run(100_000)
    assert ana.engine.share(circle) is None
    assert ana.documents.load_document(circle) is None  # nothing of Robin's plan stays on Ana's device


def test_the_share_and_its_revocation_travel_through_the_relay() -> None:
    clock = Clock()
    robin, ana, circle = circle_of_two(clock)
    stream = MemoryStream()
    for peer in (robin, ana):
        attach(peer, circle)
    share = share_for(PLAN, {"wellness_toolbox"}, 3)
    robin.engine.publish_share(circle, share)
    assert publish(robin, circle, stream) >= 2  # the log, then the share
    assert publish(robin, circle, stream) == 0  # the same share is not sent twice
    fetch(ana, circle, stream)
    assert ana.engine.share(circle) == share
    space = robin.engine.space(circle)
    assert space is not None
    space.remove(ana.keys.device_id, now=clock())
    robin.engine.membership_changed(circle)
    robin.engine.publish_share(circle, share_for(PLAN, {"wellness_toolbox", "warning_signs"}, 4))
    publish(robin, circle, stream)
    fetch(ana, circle, stream)
    assert ana.engine.share(circle) is None  # learned of its removal; the newer share stays unreadable to it


def test_a_circle_holds_no_community_document() -> None:
    robin, _, circle = circle_of_two()
    assert robin.engine.document(circle) is None
    assert isinstance(SupportShare.from_bytes(share_for(PLAN, set(), 1).to_bytes()), SupportShare)


def test_i_need_support_reaches_the_supporters_in_session_and_through_the_relay() -> None:
    clock = Clock()
    robin, ana, circle = circle_of_two(clock)
    heard: list[SupportRequested] = []
    ana.engine.listeners.append(lambda e: heard.append(e) if isinstance(e, SupportRequested) else None)
    net = connected(robin, ana)
    assert robin.engine.request_support("Please call me") == [AlertDelivery(circle, 1, False)]
    net.run(100_000)
    assert [(e.space_id, e.message) for e in heard] == [(circle, "Please call me")]
    assert ana.engine.request_support("not mine to ask") == []  # a supporter has no circle of their own here

    net.disconnect(0, 1)
    stream = MemoryStream()
    for peer in (robin, ana):
        attach(peer, circle)
    clock.now += dt.timedelta(minutes=5)
    robin.engine.request_support("")
    publish(robin, circle, stream)
    fetch(ana, circle, stream)
    assert len(heard) == 2
    assert heard[1].at_ms > heard[0].at_ms
    ana.engine.relayed(circle, RELAY_ID).restart_from_cursor()
    fetch(ana, circle, stream)
    assert len(heard) == 2  # each request is reported once


def test_i_need_support_with_no_supporter_reachable_says_so_and_goes_when_one_connects() -> None:
    """Nobody connected and no relay: the circle is not told (never counted as told), and the request goes
    to the supporter's device as soon as it connects; once only, however often it connects."""
    robin, ana, circle = circle_of_two()
    heard: list[SupportRequested] = []
    ana.engine.listeners.append(lambda e: heard.append(e) if isinstance(e, SupportRequested) else None)
    [went] = robin.engine.request_support("Please call me")
    assert went == AlertDelivery(circle, 0, False)
    assert not went.told
    net = connected(robin, ana)
    net.run(100_000)
    assert [(e.space_id, e.message) for e in heard] == [(circle, "Please call me")]
    net.disconnect(0, 1)
    net = connected(robin, ana, seed=2)
    net.run(100_000)
    assert len(heard) == 1  # delivered: it does not wait any more


def test_a_support_request_is_checked_like_any_message() -> None:
    with pytest.raises(SupportCircleError):
        SupportRequest.from_bytes(b"CA\x01" + b'{"at": 1, "message": "' + b"x" * 501 + b'"}')
    with pytest.raises(SupportCircleError):
        SupportRequest(-1)
    request = SupportRequest(1_800_000_000_000, "Bitte ruf an")
    assert SupportRequest.from_bytes(request.to_bytes()) == request
