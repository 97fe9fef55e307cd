"""Two real sync services that never meet on a LAN converge through a real relay (nats-server on 127.0.0.1),
including one that was stopped while the other made 1,000 changes. The relay's files hold no canary."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from commons_desktop.service import protocol
from commons_desktop.service.codec import dump
from commons_desktop.service.process import ServiceError, SyncServiceProcess
from commons_desktop.service.values import RelayState, SupportRequest
from store import SUPPORT_RELAY, PlanSection, ProfileManager
from sync.community import AssetKind
from sync.engine import DocumentChanged, RelayActivity, RelayStatus, SupportRequested
from sync.invites import parse_qr
from sync.relay import RelayServer
from sync.relay.address import RelayAddress
from sync.support_circle import SharedItem
from tests.service.test_sync_service import (
    add_asset,
    asset_ids,
    provision_pair,
    service_for,
    two_services_and_a_community,
)
from tests.support import (
    PASSPHRASE,
    EventLog,
    address_of,
    files_containing,
    provisioned_relay,
    provisioning_address_of,
)

__all__ = ["relay"]  # a fixture other tests import

CANARY = "CANARY-relay-service-41c9"
CHANGES = 1000


@pytest.fixture
def relay(tmp_path: Path) -> Iterator[RelayServer]:
    """A relay as `commons relay` runs it: it answers provisioning requests."""
    with provisioned_relay(tmp_path / "relay") as server:
        yield server


def own_login_in(qr: str, relay: RelayServer) -> RelayAddress:
    """The relay address an invite carries, checked to be one space's own login and nothing more."""
    address = RelayAddress.from_text(parse_qr(qr).relay)
    assert address.user.startswith("member-")
    for shared in (relay.credential, relay.provision_credential):
        assert shared.password not in qr
        assert address.user != shared.user
    return address


def test_an_admin_gives_the_relay_to_a_community_and_invites_carry_only_its_own_login(
    manager: ProfileManager, services: list[SyncServiceProcess], relay: RelayServer, tmp_path: Path
) -> None:
    """The provisioning address `commons relay` prints, pasted by an admin: the service asks the relay for the
    community's own login and uses it; the invite carries that login, which reaches this community alone."""
    a, _b, space = two_services_and_a_community(manager, services)
    a_events = EventLog(a)
    a.request(protocol.SetRelay(space, provisioning_address_of(relay)))
    own = own_login_in(a.request(protocol.Invite(space)).qr, relay)
    a_events.wait_for(lambda e: isinstance(e, RelayStatus) and e.connected, timeout=20)
    assert own_login_in(a.request(protocol.Invite(space)).qr, relay) == own  # the same login, kept
    accounts = json.loads((tmp_path / "relay" / "accounts.json").read_text())
    assert [a["member"] for a in accounts.values()] == [own.user]
    # A community given the operator's login before provisioning existed gets its own the same way.
    other = a.request(protocol.CreateCommunity("Second Street"))
    a.request(protocol.SetRelay(other, address_of(relay)))
    second = own_login_in(a.request(protocol.Invite(other)).qr, relay)
    assert second.user != own.user


def test_two_services_that_never_meet_converge_through_the_relay(
    manager: ProfileManager, services: list[SyncServiceProcess], relay: RelayServer, tmp_path: Path
) -> None:
    ana, ben, space_id = provision_pair(manager)
    space = space_id.hex()
    a = service_for(manager, ana)
    services.append(a)
    a_events = EventLog(a)
    published: list[int] = []
    a.listeners.append(lambda e: published.append(e.published) if isinstance(e, RelayActivity) else None)
    a.start()
    a.request(protocol.SetRelay(space, address_of(relay)))
    a_events.wait_for(lambda e: isinstance(e, RelayStatus) and e.connected, timeout=20)
    # Ben's service is not running while Ana makes a thousand changes.
    made = {add_asset(a, space, f"{CANARY} skill {n}") for n in range(CHANGES)}
    a_events.wait_for(lambda e: isinstance(e, RelayActivity) and e.published > 0, timeout=20)
    status = a.request(protocol.Status())
    assert status.relays == {space: RelayState(connected=True, problem="")}

    b = service_for(manager, ben)
    services.append(b)
    b_events = EventLog(b)
    fetched: list[int] = []
    b.listeners.append(lambda e: fetched.append(e.fetched) if isinstance(e, RelayActivity) else None)
    b.start()
    b.request(protocol.SetRelay(space, address_of(relay)))

    def caught_up(event: object) -> bool:
        if not isinstance(event, DocumentChanged) or event.space_id != space_id:
            return False
        return len(asset_ids(b, space)) == CHANGES

    b_events.wait_for(caught_up, timeout=60)
    assert asset_ids(b, space) == made
    # Batched: a thousand changes made one request at a time went in far fewer envelopes, read back in one go.
    print(f"{CHANGES} changes: {sum(published)} envelopes published, {sum(fetched)} fetched")
    assert sum(fetched) <= sum(published) < CHANGES // 4
    b1 = add_asset(b, space, "Orchard", kind=AssetKind.NATURAL)
    a_events.wait_for(lambda e: isinstance(e, DocumentChanged) and e.from_peer is not None, timeout=30)
    assert b1 in asset_ids(a, space)
    assert a.request(protocol.Status()).connected == ()  # never met on a LAN
    a.stop()
    b.stop()
    assert files_containing(tmp_path / "relay", [CANARY.encode()]) == []
    assert files_containing(manager.data_dir, [CANARY.encode()]) == []


def test_a_bad_relay_address_is_refused_and_a_wrong_password_is_reported(
    manager: ProfileManager, services: list[SyncServiceProcess], relay: RelayServer
) -> None:
    ana, _ben, space_id = provision_pair(manager)
    space = space_id.hex()
    a = service_for(manager, ana)
    services.append(a)
    a_events = EventLog(a)
    a.start()
    with pytest.raises(ServiceError, match="starts with commons-relay://"):
        a.request(protocol.SetRelay(space, "nats://somewhere:4222"))
    a.request(protocol.SetRelay(space, address_of(relay, password="wrong-password")))
    refused = a_events.wait_for(lambda e: isinstance(e, RelayStatus) and not e.connected, timeout=20)
    assert refused.space_id == space_id
    assert "credential" in refused.reason
    status = a.request(protocol.Status())
    assert status.relays[space].connected is False
    assert "credential" in status.relays[space].problem
    assert json.dumps(dump(status)).count("wrong-password") == 0


def test_a_service_joins_through_the_relay_with_a_qr_invite(
    manager: ProfileManager, services: list[SyncServiceProcess], relay: RelayServer
) -> None:
    a, b, space = two_services_and_a_community(manager, services)
    b_events = EventLog(b)
    a_assets = asset_ids(a, space)
    assert len(a_assets) == 1
    a.request(protocol.SetRelay(space, address_of(relay)))
    qr = a.request(protocol.Invite(space)).qr
    invite = parse_qr(qr)
    assert own_login_in(qr, relay).servers == (("127.0.0.1", relay.port),)
    # Ben is across town: Ana's LAN addresses are of no use to him.
    far = dataclasses.replace(invite, hints=()).qr_payload()
    assert b.request(protocol.Join(far), timeout=40) == space
    b_events.wait_for(lambda e: isinstance(e, DocumentChanged) and e.space_id.hex() == space, timeout=30)
    assert asset_ids(b, space) == a_assets
    assert b.request(protocol.Status()).relays[space].connected is True


def test_a_supporter_sees_exactly_the_chosen_sections_until_revoked(
    manager: ProfileManager, services: list[SyncServiceProcess], relay: RelayServer, tmp_path: Path
) -> None:
    with manager.create("Robin", PASSPHRASE) as robin:
        robin.plan.add(PlanSection.TOOLBOX, "Walk by the canal")
        robin.plan.add(PlanSection.WARNING_SIGNS, "Staying in bed past ten", "Open the curtains")
        robin.plan.add(PlanSection.TRIGGERS, CANARY)  # not chosen for Ana: must never leave Robin's device
        ana_as_supporter = robin.supporters.add(
            "Ana", sections=frozenset({PlanSection.TOOLBOX, PlanSection.WARNING_SIGNS})
        ).id
        robin.settings.set(SUPPORT_RELAY, address_of(relay))  # as the Support screen stores it
        r = SyncServiceProcess(manager.data_dir, robin.profile_id, robin.database_key())
    with manager.create("Ana", PASSPHRASE) as ana:
        ana_profile = (manager.data_dir, ana.profile_id, ana.database_key())
        a = SyncServiceProcess(*ana_profile)
    services += [r, a]
    a_events = EventLog(a)
    r.start()
    a.start()
    community = r.request(protocol.CreateCommunity("Canal Street"))
    r.request(protocol.SetRelay(community, address_of(relay)))
    circle = r.request(protocol.CreateSupportCircle(ana_as_supporter))  # takes the support network's relay
    [robin_circle] = r.request(protocol.ListSupportCircles())
    assert (robin_circle.space, robin_circle.side, robin_circle.supporter) == (
        circle,
        "person",
        ana_as_supporter,
    )
    circle_qr = r.request(protocol.Invite(circle)).qr
    invite = parse_qr(circle_qr)
    assert own_login_in(circle_qr, relay).servers == (("127.0.0.1", relay.port),)
    far = dataclasses.replace(invite, hints=()).qr_payload()  # Ana lives across town
    assert a.request(protocol.Join(far), timeout=40) == circle
    a_events.wait_for(lambda e: isinstance(e, DocumentChanged) and e.space_id.hex() == circle, timeout=30)
    shown = a.request(protocol.ViewShare(circle))
    assert shown is not None
    assert [s.key for s in shown.sections] == ["toolbox", "warning_signs"]
    assert shown.sections[1].items == (SharedItem("Staying in bed past ten", "Open the curtains"),)
    assert CANARY not in json.dumps(dump(shown))
    [ana_circle] = a.request(protocol.ListSupportCircles())
    assert (ana_circle.space, ana_circle.side, ana_circle.shared) == (circle, "supporter", True)
    assert ana_circle.label == ""
    a.request(protocol.SetSupportCircleLabel(circle, "Robin"))  # the name Ana gives the person she supports
    assert r.request(protocol.PublishShares()) == 0  # nothing changed: nothing sent again
    sent = r.request(protocol.RequestSupport("Please call me"))  # "I need support"
    assert (sent.now, sent.relay, sent.waiting) == (
        0,
        1,
        0,
    )  # Ana's device is not connected: the relay carries it
    asked = a_events.wait_for(lambda e: isinstance(e, SupportRequested), timeout=30)
    assert (asked.space_id.hex(), asked.message) == (circle, "Please call me")
    # Ana's device keeps it: after a restart her window can still show it, until she marks it seen.
    a.stop()
    a = SyncServiceProcess(*ana_profile)
    services.append(a)
    a_events = EventLog(a)
    a.start()
    kept = SupportRequest(at=asked.at_ms, message="Please call me", seen=False)
    [kept_circle] = a.request(protocol.ListSupportCircles())
    assert (kept_circle.label, kept_circle.request) == ("Robin", kept)
    a.request(protocol.MarkRequestSeen(circle))
    assert a.request(protocol.ListSupportCircles())[0].request == dataclasses.replace(kept, seen=True)

    r.request(protocol.RevokeSupportCircle(circle))
    a_events.wait_for(
        lambda e: isinstance(e, DocumentChanged) and e.space_id.hex() == circle and e.from_peer is None,
        timeout=30,
    )
    assert a.request(protocol.ViewShare(circle)) is None
    r.stop()
    a.stop()
    assert files_containing(tmp_path / "relay", [CANARY.encode(), b"Staying in bed"]) == []
