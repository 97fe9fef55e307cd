"""A moved (or restored) profile keeps its support circles: the copy joins each as a new device of the same
person, introduced by the old device's keys through the circle's relay, and the supporter still receives
"I need support" from it. Real sync services, a real relay, a real export and import."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from pathlib import Path

from commons_desktop.service import protocol
from commons_desktop.service.process import SyncServiceProcess
from store import SUPPORT_RELAY, ProfileManager
from store.transfer import export_profile, export_profile_bytes, import_profile, import_profile_bytes
from sync.engine import SupportRequested
from sync.identity import DeviceKeys
from sync.invites import parse_qr
from sync.membership import SpaceKind
from sync.ports import device_keys_from
from sync.relay import RelayServer
from sync.spaces import Space, SpaceKeyring
from tests.service.test_relay_service import relay
from tests.service.test_sync_service import service_for
from tests.support import FAST_KDF, PASSPHRASE, EventLog, address_of

__all__ = ["relay"]  # a fixture


def circle_with_a_supporter(
    manager: ProfileManager, services: list[SyncServiceProcess], relay: RelayServer, tmp_path: Path
) -> tuple[str, str, SyncServiceProcess]:
    """Robin's profile (in *manager*) with a circle Ana joined through the relay; Ana's service runs on."""
    with manager.create("Robin", PASSPHRASE) as robin:
        ana_id = robin.supporters.add("Ana").id
        robin.settings.set(SUPPORT_RELAY, address_of(relay))
        robin_id = robin.profile_id
        r = service_for(manager, robin)
    ana_manager = ProfileManager(tmp_path / "ana", FAST_KDF)
    with ana_manager.create("Ana", PASSPHRASE) as ana:
        a = service_for(ana_manager, ana)
    services += [r, a]
    r.start()
    a.start()
    community = r.request(protocol.CreateCommunity("Canal Street"))
    circle = r.request(protocol.CreateSupportCircle(ana_id))
    far = dataclasses.replace(parse_qr(r.request(protocol.Invite(circle)).qr), hints=())
    assert a.request(protocol.Join(far.qr_payload()), timeout=40) == circle
    r.stop()  # the old computer is off for good
    assert community
    return robin_id, circle, a


def test_a_moved_profile_keeps_its_circle_and_the_supporter_still_hears_it(
    manager: ProfileManager, services: list[SyncServiceProcess], relay: RelayServer, tmp_path: Path
) -> None:
    robin_id, circle, a = circle_with_a_supporter(manager, services, relay, tmp_path)
    a_events = EventLog(a)
    with manager.unlock(robin_id, PASSPHRASE) as robin:
        old_device = robin.identity.get().device_id
        data = export_profile_bytes(robin, PASSPHRASE, FAST_KDF)
    elsewhere = ProfileManager(tmp_path / "new-computer", FAST_KDF)
    moved = import_profile_bytes(elsewhere, data, PASSPHRASE, profile_passphrase=PASSPHRASE)
    try:
        assert moved.identity.get().device_id != old_device  # a new device, never a copy of the old one
        assert moved.identity.previous() is not None
        assert [c.space_id.hex() for c in moved.support_circles.list()] == [circle]
        assert moved.spaces.spaces() == [bytes.fromhex(circle)]  # the community goes: it is joined again
        m = service_for(elsewhere, moved)
        services.append(m)
        m.start()
        deadline = time.monotonic() + 30
        while moved.identity.previous() is not None:  # the relay took the introduction: the old keys go
            assert time.monotonic() < deadline, "the circle's relay never took the introduction"
            time.sleep(0.1)

        sent = m.request(protocol.RequestSupport("after the move"))
        assert (sent.now, sent.relay, sent.waiting) == (0, 1, 0)
        asked = a_events.wait_for(
            lambda e: isinstance(e, SupportRequested) and e.message == "after the move", timeout=30
        )
        assert asked.space_id.hex() == circle
        [left] = m.request(protocol.ListSupportDeliveries())
        assert (left.supporter, left.delivered_at) == ("Ana", None)  # left at the relay: not confirmed
    finally:
        moved.lock()


def test_a_restore_keeps_only_the_persons_own_circles_and_the_old_keys(
    manager: ProfileManager, tmp_path: Path
) -> None:
    """The store's half, through a backup file: circles of mine stay with the old device's keys; a circle where
    I support someone, communities, invites and pulse answers go."""

    with manager.create("Robin", PASSPHRASE) as robin:
        keys = device_keys_from(robin.identity)
        mine = Space.create(SpaceKind.CIRCLE, keys, robin.spaces, SpaceKeyring(), now=dt_now())
        community = Space.create(SpaceKind.COMMUNITY, keys, robin.spaces, SpaceKeyring(), now=dt_now())
        robin.support_circles.add_mine(mine.id, robin.supporters.add("Ana").id)
        supported = Space.create(
            SpaceKind.CIRCLE, DeviceKeys.generate(), robin.spaces, SpaceKeyring(), now=dt_now()
        )
        robin.support_circles.add_joined(supported.id)
        robin.support_outbox.hold_alert(mine.id, 1, b"CA\x01{}", [bytes(32)])
        export_profile(robin, tmp_path / "backup.commons-profile", PASSPHRASE, FAST_KDF)
        old = robin.identity.get()
    with import_profile(manager, tmp_path / "backup.commons-profile", PASSPHRASE) as restored:
        assert restored.spaces.spaces() == [mine.id]
        assert [c.space_id for c in restored.support_circles.list()] == [mine.id]
        assert [a.space_id for a in restored.support_outbox.alerts()] == [mine.id]
        previous = restored.identity.previous()
        assert previous is not None
        assert (previous.signing_key, previous.agreement_key) == (old.signing_key, old.agreement_key)
        assert restored.identity.get().signing_key != old.signing_key
        assert community.id not in restored.spaces.spaces()


def dt_now():

    return dt.datetime.now(dt.UTC)
