"""Changes dated in the future: held until the receiver's clock reaches them, set aside beyond a day ahead.

Without this, Mallory could date one record in the year 2100: every peer would apply it, and every honest
change built on it afterwards — carrying a "now" instant — would be refused as dated back. Real guarded
documents syncing through Automerge's protocol (the helpers of `test_authority`); the receivers' clocks are
injected, never slept on.
"""

from __future__ import annotations

import datetime as dt

from sync.community import Asset, AssetKind, CommunityDocument
from sync.spaces import writers_of
from tests.sync.community.test_authority import (
    Device,
    community,
    deposit,
    honest,
    same_view,
    sync,
    sync_all,
)

YEAR_2100 = dt.datetime(2100, 1, 10, 12, 0, tzinfo=dt.UTC)


class Clock:
    """A receiver's clock that a test moves by hand."""

    def __init__(self) -> None:
        self.now = dt.datetime.now(dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


def asset(d: Device, asset_id: str, created_at: dt.datetime | None = None) -> None:
    made = Asset(asset_id, AssetKind.HUMAN, f"Skill {asset_id}", d.member)
    if created_at is not None:
        made = Asset(asset_id, AssetKind.HUMAN, f"Skill {asset_id}", d.member, created_at=created_at)
    d.edit(lambda doc: doc.add_asset(made))


def test_a_record_dated_in_2100_does_not_poison_later_honest_writes() -> None:
    _log, devices = community()
    alice, bob, mallory = devices["alice"], devices["bob"], devices["mallory"]
    asset(mallory, "future", YEAR_2100)
    sync_all(devices)
    # Honest work after the attack: a skill, a deposit (a signed ledger entry dated now).
    asset(alice, "honest")
    bob.edit(lambda doc: doc.append_entry(deposit(bob, "d1", 5_00)))
    sync_all(devices)
    same_view(devices)
    for d in honest(devices):
        view = d.doc.view()
        assert set(view.assets) == {"honest"}, d.name
        assert [e.id for e in view.ledger] == ["d1"], d.name
        assert d.doc.quarantined == (), (d.name, [q.describe() for q in d.doc.quarantined])
        reasons = [item.reason for item in d.doc.dated_ahead]
        assert reasons == ["dated too far in the future (10 Jan 2100 12:00 UTC): not kept — " + FAR_TAIL], (
            reasons
        )
        assert d.doc.dated_ahead[0].member_id == mallory.member
    assert "honest" in mallory.doc.view().assets  # her own copy takes honest work too


FAR_TAIL = (
    "more than a day ahead of this computer's clock; it will be looked at again if it comes closer to then"
)


def clocked(devices: dict[str, Device], log: object, clock: Clock) -> None:
    """Every copy judges by *clock* from now on (the writers' own instants stay real)."""
    writers = writers_of(log)  # type: ignore[arg-type]
    for d in devices.values():
        d.doc.guard(log.space_id, writers, clock=clock)  # type: ignore[attr-defined]


def test_a_change_dated_within_the_skew_is_applied_at_once() -> None:
    _log, devices = community()
    alice, mallory = devices["alice"], devices["mallory"]
    asset(mallory, "fast-clock", dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5))
    sync(mallory, alice)
    assert "fast-clock" in alice.doc.view().assets
    assert alice.doc.waiting == ()
    assert alice.doc.dated_ahead == ()


def test_a_change_dated_two_hours_ahead_waits_then_is_applied_when_the_clock_passes() -> None:
    log, devices = community()
    clock = Clock()
    clocked(devices, log, clock)
    alice, bob, mallory = devices["alice"], devices["bob"], devices["mallory"]
    at = clock.now.replace(microsecond=0) + dt.timedelta(hours=2)
    asset(alice, "before")
    sync(alice, mallory)
    asset(mallory, "ahead", at)
    sync(mallory, bob)  # Alice's work reaches Bob through Mallory, beside the change that waits
    assert set(bob.doc.view().assets) == {"before"}
    expected = f"dated in the future ({at.day} {at:%b %Y %H:%M} UTC): not applied yet — it will be looked at again then"
    assert [why for _h, why in bob.doc.waiting] == [expected]
    assert [q.reason for q in bob.doc.dated_ahead] == [expected]
    assert bob.doc.held_until() == at - dt.timedelta(minutes=15)
    asset(bob, "beside")  # honest work goes on with the sender meanwhile
    sync(bob, mallory)
    assert "beside" in mallory.doc.view().assets
    clock.now = at - dt.timedelta(minutes=16)
    bob.doc.apply_changes([], [])
    assert "ahead" not in bob.doc.view().assets  # not yet
    clock.now = at - dt.timedelta(minutes=14)
    intake = bob.doc.apply_changes([], [])  # nothing new arrived: the held change is judged again
    assert intake.accepted == 1
    assert set(bob.doc.view().assets) == {"before", "ahead", "beside"}
    assert bob.doc.waiting == ()
    assert bob.doc.dated_ahead == ()
    assert bob.doc.held_until() is None
    asset(bob, "after", clock.now)  # written by a clock that has reached it: built on it, and taken
    sync_all(devices)
    same_view(devices)
    assert set(alice.doc.view().assets) == {"before", "ahead", "beside", "after"}
    assert all(d.doc.quarantined == () for d in devices.values())


def test_a_change_beyond_the_horizon_is_set_aside_everywhere_and_what_builds_on_it_waits() -> None:
    log, devices = community()
    clock = Clock()
    clocked(devices, log, clock)
    mallory = devices["mallory"]
    at = clock.now.replace(microsecond=0) + dt.timedelta(days=2)
    asset(mallory, "far", at)
    asset(mallory, "on-top")  # dated now, built on the far one
    sync_all(devices)  # ends: nobody asks again for what it set aside
    for d in honest(devices):
        assert [q.reason for q in d.doc.dated_ahead] == [
            f"dated too far in the future ({at.day} {at:%b %Y %H:%M} UTC): not kept — " + FAR_TAIL
        ], d.name
        assert [why for _h, why in d.doc.waiting] == ["waits for changes it depends on"], d.name
        assert d.doc.quarantined == (), d.name
        assert not {"far", "on-top"} & set(d.doc.view().assets)
    # A day and a half later, the sessions start over (as every sync tick does) and the change that waits asks
    # for the one set aside: now it is held, then judged like any other.
    clock.now += dt.timedelta(days=1, hours=12)
    for d in devices.values():
        d.peers.clear()
    sync_all(devices)
    assert all("dated in the future" in q.reason for d in honest(devices) for q in d.doc.dated_ahead)
    clock.now = at
    for d in honest(devices):
        d.doc.apply_changes([], [])
        assert "far" in d.doc.view().assets, d.name
        assert d.doc.dated_ahead == (), d.name
        assert d.doc.waiting == (), d.name
        # Judged by the unchanged rules: what she wrote on top of it is dated two days before it.
        assert "on-top" not in d.doc.view().assets
        assert ["earlier than what it builds on allows" in q.reason for q in d.doc.quarantined] == [True]
    same_view(devices)


def test_first_contact_rebuilds_a_snapshot_without_its_future_dated_changes() -> None:
    log, devices = community()
    mallory = devices["mallory"]
    asset(mallory, "soon", dt.datetime.now(dt.UTC) + dt.timedelta(hours=2))
    clock = Clock()
    doc, intake = CommunityDocument.load_checked(
        mallory.doc.save(), space_id=log.space_id, writers=writers_of(log), proofs=mallory.doc.proofs(),
        clock=clock,
    )  # fmt: skip
    assert not intake.clean
    assert intake.quarantined == ()
    assert intake.waiting == 1
    assert "soon" not in doc.view().assets
    assert [q.reason.split(" (")[0] for q in doc.dated_ahead] == ["dated in the future"]
    clock.now += dt.timedelta(hours=2)
    doc.apply_changes([], [])
    assert "soon" in doc.view().assets

    asset(mallory, "far", YEAR_2100)
    asset(mallory, "on-top")
    doc, intake = CommunityDocument.load_checked(
        mallory.doc.save(), space_id=log.space_id, writers=writers_of(log), proofs=mallory.doc.proofs(),
        clock=clock,
    )  # fmt: skip
    assert [q.reason.split(" (")[0] for q in intake.set_aside] == ["dated too far in the future"]
    assert intake.quarantined == ()
    assert intake.waiting == 1
    assert "soon" in doc.view().assets
    assert not {"far", "on-top"} & set(doc.view().assets)
