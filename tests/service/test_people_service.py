"""People and leaving, through two real sync services on loopback: an admin changes a member's role and
removes them (every device; a new key the removed device cannot open), a member cannot, a member leaves
(their copy goes, the others keep theirs), and the demo town stays on this computer."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

import pytest

from commons_desktop.service import protocol
from commons_desktop.service.process import ServiceError, SyncServiceProcess
from commons_desktop.service.values import PersonInfo
from store import DEMO_COMMUNITY, ProfileManager, ProfileSession
from sync import membership
from sync.community import Role
from sync.engine import InSync, MembershipChanged
from sync.envelope import EnvelopeError
from sync.identity import DeviceKeys, HybridKey
from sync.membership import MembershipLog
from sync.ports import device_keys_from
from sync.spaces import Space, SpaceKeyring
from tests.service.test_sync_service import add_asset, asset_ids, records
from tests.support import PASSPHRASE, EventLog

RELAY = "commons-relay://commons:password-123@127.0.0.1:4222#sha256=" + "A" * 43


def wait_until(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def person(service: SyncServiceProcess, space: str, name: str) -> PersonInfo:
    (found,) = [p for p in service.request(protocol.ListPeople(space)) if p.name == name]
    return found


def ana_and_ben(
    manager: ProfileManager, services: list[SyncServiceProcess]
) -> tuple[list[ProfileSession], SyncServiceProcess, SyncServiceProcess, EventLog, str]:
    """Ana's community "Canal Street" with Ben in it, both named, both services running and connected."""
    sessions = [manager.create(n, PASSPHRASE) for n in ("Ana", "Ben")]
    a, b = (SyncServiceProcess(manager.data_dir, s.profile_id, s.database_key()) for s in sessions)
    services += [a, b]
    b_events = EventLog(b)
    a.start()
    b.start()
    space = a.request(protocol.CreateCommunity("Canal Street", my_name="Ana"))
    add_asset(a, space)
    assert b.request(protocol.Join(a.request(protocol.Invite(space)).qr)) == space
    b_events.wait_for(lambda e: isinstance(e, InSync) and e.space_id.hex() == space, timeout=20)
    b.request(protocol.SetMyName(space, "Ben"))
    wait_until(lambda: {p.name for p in a.request(protocol.ListPeople(space))} == {"Ana", "Ben"})
    return sessions, a, b, b_events, space


def test_people_show_role_and_devices_and_an_admin_changes_a_role_that_reaches_the_member(
    manager: ProfileManager, services: list[SyncServiceProcess]
) -> None:
    _, a, b, b_events, space = ana_and_ben(manager, services)
    ana, ben = person(a, space, "Ana"), person(a, space, "Ben")
    assert (ana.role, ana.me, ben.role, ben.me) == (Role.ADMIN, True, Role.MEMBER, False)
    assert ana.devices == (a.ready.device,)
    assert ben.devices == (b.ready.device,)

    # Ben is no admin: the service refuses him whatever the window shows.
    with pytest.raises(ServiceError, match="Only an admin"):
        b.request(protocol.SetRole(space, ana.member_id, Role.MEMBER))
    with pytest.raises(ServiceError, match="Only an admin"):
        b.request(protocol.RemoveFromCommunity(space, ana.member_id))

    a.request(protocol.SetRole(space, ben.member_id, Role.ADMIN))
    b_events.wait_for(lambda e: isinstance(e, MembershipChanged) and e.space_id.hex() == space, timeout=20)
    wait_until(lambda: person(b, space, "Ben").role is Role.ADMIN)
    (summary,) = b.request(protocol.ListCommunities())
    assert summary.admin
    wait_until(lambda: records(b, space).members[ben.member_id].role is Role.ADMIN)  # the record follows
    b.request(protocol.SetRole(space, ana.member_id, Role.MEMBER))  # now he may
    wait_until(lambda: person(a, space, "Ana").role is Role.MEMBER)


def test_a_removed_member_keeps_their_copy_sees_nothing_new_and_cannot_open_the_new_key(
    manager: ProfileManager, services: list[SyncServiceProcess]
) -> None:
    (ana_session, ben_session), a, b, b_events, space = ana_and_ben(manager, services)
    ben = person(a, space, "Ben")
    with pytest.raises(ServiceError, match="leave the community instead"):
        a.request(protocol.RemoveFromCommunity(space, person(a, space, "Ana").member_id))
    before = asset_ids(b, space)

    assert a.request(protocol.RemoveFromCommunity(space, ben.member_id)) == 1
    gone = person(a, space, "Ben")
    assert (gone.role, gone.devices, gone.removed_devices) == (None, (), 1)
    b_events.wait_for(lambda e: isinstance(e, MembershipChanged) and e.space_id.hex() == space, timeout=20)
    wait_until(lambda: b.request(protocol.ListCommunities())[0].removed)
    add_asset(a, space, "After Ben left")
    assert asset_ids(b, space) == before  # what he had, and nothing new
    with pytest.raises(ServiceError, match="removed you"):
        add_asset(b, space, "Written after removal")

    # The new key: an envelope Ana seals now cannot be opened with anything Ben's device holds.
    a.stop()
    b.stop()
    space_id = bytes.fromhex(space)
    ana_space = Space.load(
        space_id, device_keys_from(ana_session.identity), ana_session.spaces, SpaceKeyring()
    )
    ben_space = Space.load(
        space_id, device_keys_from(ben_session.identity), ben_session.spaces, SpaceKeyring()
    )
    assert ana_space.state.epoch.number > 1
    assert ben_space.state.epoch.number == ana_space.state.epoch.number  # he knows of the new epoch…
    assert ben_space.state.epoch.key is None  # …but not its key
    with pytest.raises(EnvelopeError):
        ben_space.open(ana_space.seal(b"for the members only", now=dt.datetime.now(dt.UTC)))


def test_a_member_who_leaves_loses_their_copy_and_the_others_keep_everything(
    manager: ProfileManager, services: list[SyncServiceProcess]
) -> None:
    (_, ben_session), a, b, _, space = ana_and_ben(manager, services)
    kept = asset_ids(a, space)
    b.request(protocol.LeaveCommunity(space))
    assert b.request(protocol.ListCommunities()) == ()
    assert space not in b.request(protocol.Status()).spaces
    with pytest.raises(ServiceError, match="no such space"):
        b.request(protocol.OpenCommunity(space))
    space_id = bytes.fromhex(space)
    assert ben_session.spaces.log_entries(space_id) == []
    assert ben_session.documents.load_document(space_id) is None
    assert asset_ids(a, space) == kept  # unchanged for the others, who still list him (nobody was told)
    assert person(a, space, "Ben").role is Role.MEMBER


def test_the_demo_town_stays_on_this_computer_and_goes_without_a_trace(
    manager: ProfileManager, services: list[SyncServiceProcess]
) -> None:
    session = manager.create("Ana", PASSPHRASE)
    service = SyncServiceProcess(manager.data_dir, session.profile_id, session.database_key())
    services.append(service)
    service.start()
    demo = service.request(protocol.OpenDemo())
    assert service.request(protocol.OpenDemo()) == demo  # one demo at a time
    (summary,) = service.request(protocol.ListCommunities())
    assert summary.demo
    assert summary.name == "Millbrook Neighbours"
    assert len(records(service, demo).assets) > 10
    # Its made-up residents signed its payments and votes: they count, nothing is set aside for review.
    reviews = {r.space: r for r in service.request(protocol.ListReviews())}
    assert demo not in reviews, reviews.get(demo)
    with pytest.raises(ServiceError, match="not shared with anyone"):
        service.request(protocol.Invite(demo))
    with pytest.raises(ServiceError, match="this computer only"):
        service.request(protocol.SetRelay(demo, RELAY))
    assert session.settings.get(DEMO_COMMUNITY) == demo

    # A restart keeps it a demo (and local).
    service.stop()
    service = SyncServiceProcess(manager.data_dir, session.profile_id, session.database_key())
    services.append(service)
    service.start()
    assert service.request(protocol.ListCommunities())[0].demo
    with pytest.raises(ServiceError, match="not shared with anyone"):
        service.request(protocol.Invite(demo))

    service.request(protocol.LeaveCommunity(demo))
    assert service.request(protocol.ListCommunities()) == ()
    assert session.settings.get(DEMO_COMMUNITY) == ""
    assert session.spaces.spaces() == []
    assert session.documents.load_document(bytes.fromhex(demo)) is None
    assert service.request(protocol.OpenDemo()) != demo  # a fresh one when asked again


def test_a_guest_s_service_keeps_everything_on_this_computer(
    manager: ProfileManager, services: list[SyncServiceProcess]
) -> None:
    guest = manager.create_guest()
    service = SyncServiceProcess(manager.data_dir, guest.profile_id, guest.database_key(), local_only=True)
    services.append(service)
    service.start()
    demo = service.request(protocol.OpenDemo())
    for command in (
        protocol.CreateCommunity("Canal Street", "Ana"),
        protocol.Join("COMMONS-INVITE:ANYTHING"),
        protocol.Invite(demo),
        protocol.SetDiscovery(("127.0.0.1",)),
        protocol.AddPeer("127.0.0.1", 9),
    ):
        with pytest.raises(ServiceError, match="guest session"):
            service.request(command)
    assert [c.space for c in service.request(protocol.ListCommunities())] == [demo]


def test_devices_on_the_older_key_protection_are_counted_until_they_publish_a_hybrid_key(
    manager: ProfileManager, services: list[SyncServiceProcess]
) -> None:
    """A device from before hybrid keys is still read and counted; once it publishes its hybrid key (as it does
    when next opened), the admin's service rotates the community to hybrid sealing at its next start."""
    ana_session = manager.create("Ana", PASSPHRASE)
    a = SyncServiceProcess(manager.data_dir, ana_session.profile_id, ana_session.database_key())
    services.append(a)
    a.start()
    space = a.request(protocol.CreateCommunity("Canal Street", my_name="Ana"))
    a.stop()
    space_id = bytes.fromhex(space)
    ana_keys = device_keys_from(ana_session.identity)
    older = DeviceKeys.generate(hybrid=False)
    ana_space = Space.load(space_id, ana_keys, ana_session.spaces, SpaceKeyring())
    ana_space.add(older.card, membership.Role.MEMBER, now=dt.datetime.now(dt.UTC))

    a = SyncServiceProcess(manager.data_dir, ana_session.profile_id, ana_session.database_key())
    services.append(a)
    a.start()
    people = a.request(protocol.ListPeople(space))
    assert sorted((p.me, p.older_key_devices) for p in people) == [(False, 1), (True, 0)]
    a.stop()

    # Opened again with this version: the device makes its hybrid key and publishes it in the log.
    raw = older.signer.private_key.private_bytes_raw()
    upgraded = DeviceKeys.from_private_bytes(
        raw, older.agreement_key.private_bytes_raw(), HybridKey.generate().private_bytes()
    )
    theirs = MembershipLog.from_entries(ana_space.encoded_entries(), upgraded)
    theirs.publish_hybrid_key(at_ms=int(time.time() * 1000))
    ana_space = Space.load(space_id, ana_keys, ana_session.spaces, SpaceKeyring())
    ana_space.receive(e.to_bytes() for e in theirs.entries())
    before = ana_space.state.epoch.number
    assert ana_space.state.needs_hybrid_rekey

    a = SyncServiceProcess(manager.data_dir, ana_session.profile_id, ana_session.database_key())
    services.append(a)
    a.start()
    assert all(p.older_key_devices == 0 for p in a.request(protocol.ListPeople(space)))
    a.stop()
    rotated = Space.load(space_id, ana_keys, ana_session.spaces, SpaceKeyring()).state
    assert rotated.epoch.number == before + 1
    assert not rotated.needs_hybrid_rekey
    assert not rotated.classic.get(rotated.epoch.key_ref)
    assert (
        MembershipLog.from_entries(
            [
                e.to_bytes()
                for e in Space.load(space_id, ana_keys, ana_session.spaces, SpaceKeyring()).log.entries()
            ],
            upgraded,
        )
        .state()
        .epoch.key
        == rotated.epoch.key
    )
