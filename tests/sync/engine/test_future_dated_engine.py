"""Changes dated ahead of an engine's clock, through the real sync engine: held, then judged when the clock
comes — by `release_held`, with nothing else arriving — or set aside and reported when more than a day ahead.
Three engines on a simulated network share one clock the test moves by hand (see test_authority_engine.py)."""

from __future__ import annotations

import datetime as dt

from sync.community import Asset, AssetKind
from sync.engine import DocumentChanged
from sync.membership import member_id_of
from tests.sync.engine.simnet import Clock, Peer, write
from tests.sync.engine.test_authority_engine import honest_views, settle_honest, setup


def dated_asset(peer: Peer, space_id: bytes, asset_id: str, at: dt.datetime) -> None:
    author = member_id_of(peer.keys.device_id)
    asset = Asset(asset_id, AssetKind.HUMAN, f"Skill {asset_id}", author, created_at=at)
    peer.engine.change(space_id, lambda doc: doc.add_asset(asset))


def assets(peer: Peer, space_id: bytes) -> set[str]:
    return set(peer.engine.document(space_id).view().assets)  # type: ignore[union-attr]


def test_a_held_change_is_judged_when_its_time_comes_without_anything_else_arriving() -> None:
    clock = Clock()
    peers, space_id, net, _reports = setup(clock)
    admin, honest, mallory = peers
    told: list[bytes] = []
    honest.engine.on_held = told.append
    at = clock.now + dt.timedelta(hours=2)
    dated_asset(mallory, space_id, "ahead", at)
    write(admin, space_id, 1)  # honest work beside it
    settle_honest(net, peers, space_id)
    assert "ahead" not in assets(honest, space_id)
    assert "p0-1" in assets(honest, space_id)
    assert told == [space_id]  # the driver is told to come back then
    assert honest.engine.held_until() == at - dt.timedelta(minutes=15)
    changed: list[DocumentChanged] = []
    honest.engine.listeners.append(lambda e: changed.append(e) if isinstance(e, DocumentChanged) else None)
    honest.engine.release_held()  # too early: nothing happens
    assert changed == []
    clock.now = at - dt.timedelta(minutes=15)
    net.run(100_000)  # nothing is in flight
    honest.engine.release_held()
    assert "ahead" in assets(honest, space_id)
    assert [e.space_id for e in changed] == [space_id]
    assert honest.engine.held_until() is None
    admin.engine.release_held()
    settle_honest(net, peers, space_id)
    views = honest_views(peers, space_id)
    assert views[0] == views[1]


def test_a_change_a_year_ahead_is_reported_on_every_honest_engine_and_honest_work_flows() -> None:
    clock = Clock()
    peers, space_id, net, reports = setup(clock)
    admin, honest, mallory = peers
    dated_asset(mallory, space_id, "next-year", clock.now + dt.timedelta(days=365))
    settle_honest(net, peers, space_id)
    write(honest, space_id, 1)
    write(admin, space_id, 2)
    settle_honest(net, peers, space_id)
    mallory_id = member_id_of(mallory.keys.device_id)
    for peer in (admin, honest):
        refused = [r for e in reports[peer.name] for r in e.refused]
        assert [member for member, why in refused if why.startswith("dated too far in the future")] == [
            mallory_id
        ], peer.name
        assert {"p1-1", "p0-2"} <= assets(peer, space_id)
        assert "next-year" not in assets(peer, space_id)
        assert peer.engine.held_until() is None  # nothing is kept for it
    assert {"p1-1", "p0-2"} <= assets(mallory, space_id)  # her own copy still takes honest work


def test_the_sync_status_does_not_wait_for_a_change_held_for_its_date() -> None:
    clock = Clock()
    peers, space_id, net, _reports = setup(clock)
    _admin, honest, mallory = peers
    dated_asset(mallory, space_id, "ahead", clock.now + dt.timedelta(hours=2))
    dated_asset(mallory, space_id, "on-top", clock.now + dt.timedelta(hours=2))
    settle_honest(net, peers, space_id)
    report = honest.engine.sync_report(space_id)
    assert report.missing == 0  # received, not due: listed for review, not "receiving"
    assert report.has_everything
    assert len(honest.engine.replica(space_id).held_back()) == 2
