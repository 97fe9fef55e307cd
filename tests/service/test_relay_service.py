"""Two real sync services that never meet on a LAN converge through a real relay (nats-server on 127.0.0.1),
including one that was stopped while the other made 1,000 changes. The relay's files hold no canary."""

from __future__ import annotations

import asyncio
import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from commons_desktop.service import ipc
from commons_desktop.service.process import ServiceError, SyncServiceProcess
from store import PlanSection, ProfileManager
from sync.invites import parse_qr
from sync.relay import RelayServer
from sync.relay.address import RelayAddress
from tests.service.test_sync_service import (
    asset_ids,
    manager,
    provision_pair,
    service_for,
    services,
    two_services_and_a_community,
)
from tests.support import PASSPHRASE, files_containing

__all__ = ["manager", "services"]  # fixtures shared with the LAN tests

CANARY = "CANARY-relay-service-41c9"
CHANGES = 1000


@pytest.fixture
def relay(tmp_path: Path) -> Iterator[RelayServer]:
    with RelayServer(tmp_path / "relay", max_store=256 * 1024 * 1024) as server:
        asyncio.run(server.prepare_stream())
        yield server


def address_of(server: RelayServer, password: str | None = None) -> str:
    credential = server.credential
    return RelayAddress(
        (("127.0.0.1", server.port),),
        credential.user,
        password or credential.password,
        bytes.fromhex(server.certificate_sha256),
    ).to_text()


def test_two_services_that_never_meet_converge_through_the_relay(
    manager: ProfileManager, services: list[SyncServiceProcess], relay: RelayServer, tmp_path: Path
) -> None:
    ana, ben, space_id = provision_pair(manager)
    space = space_id.hex()
    a = service_for(manager, ana)
    services.append(a)
    published: list[int] = []
    a.on_event = lambda e: published.append(e.published) if isinstance(e, ipc.RelayActivity) else None
    a.start()
    a.request(lambda i: ipc.SetRelay(i, space, address_of(relay)))
    a.wait_for(lambda e: isinstance(e, ipc.RelayStatus) and e.connected, timeout=20)
    # Ben's service is not running while Ana makes a thousand changes.
    for n in range(CHANGES):
        a.request(lambda i, n=n: ipc.AddAsset(i, space, f"a{n}", "human", f"{CANARY} skill {n}", "ana"))
    a.wait_for(lambda e: isinstance(e, ipc.RelayActivity) and e.published > 0, timeout=20)
    status = a.request(lambda i: ipc.Status(i))
    assert status["relays"] == {space: {"connected": True, "problem": ""}}

    b = service_for(manager, ben)
    services.append(b)
    fetched: list[int] = []
    b.on_event = lambda e: fetched.append(e.fetched) if isinstance(e, ipc.RelayActivity) else None
    b.start()
    b.request(lambda i: ipc.SetRelay(i, space, address_of(relay)))

    def caught_up(event: object) -> bool:
        if not isinstance(event, ipc.DocumentChanged) or event.space != space:
            return False
        return len(asset_ids(b.request(lambda i: ipc.View(i, space)))) == CHANGES

    b.wait_for(caught_up, timeout=60)
    # Batched: a thousand changes made one request at a time went in far fewer envelopes, read back in one go.
    print(f"{CHANGES} changes: {sum(published)} envelopes published, {sum(fetched)} fetched")
    assert sum(fetched) <= sum(published) < CHANGES // 4
    b.request(lambda i: ipc.AddAsset(i, space, "b1", "natural", "Orchard", "ben"))
    a.wait_for(lambda e: isinstance(e, ipc.DocumentChanged) and e.from_peer != "", timeout=30)
    assert "b1" in asset_ids(a.request(lambda i: ipc.View(i, space)))
    assert a.request(lambda i: ipc.Status(i))["connected"] == []  # never met on a LAN
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
    a.start()
    with pytest.raises(ServiceError, match="starts with commons-relay://"):
        a.request(lambda i: ipc.SetRelay(i, space, "nats://somewhere:4222"))
    a.request(lambda i: ipc.SetRelay(i, space, address_of(relay, password="wrong-password")))
    refused = a.wait_for(lambda e: isinstance(e, ipc.RelayStatus) and not e.connected, timeout=20)
    assert "credential" in refused.reason
    assert json.dumps(a.request(lambda i: ipc.Status(i))).count("wrong-password") == 0


def test_a_service_joins_through_the_relay_with_a_qr_invite(
    manager: ProfileManager, services: list[SyncServiceProcess], relay: RelayServer
) -> None:
    a, b, space = two_services_and_a_community(manager, services)
    a.request(lambda i: ipc.SetRelay(i, space, address_of(relay)))
    qr = a.request(lambda i: ipc.Invite(i, space))["qr"]
    invite = parse_qr(qr)
    assert RelayAddress.from_text(invite.relay).servers == (("127.0.0.1", relay.port),)
    # Ben is across town: Ana's LAN addresses are of no use to him.
    far = dataclasses.replace(invite, hints=()).qr_payload()
    assert b.request(lambda i: ipc.Join(i, far), timeout=40) == space
    b.wait_for(lambda e: isinstance(e, ipc.DocumentChanged) and e.space == space, timeout=30)
    assert asset_ids(b.request(lambda i: ipc.View(i, space))) == {"a1"}
    assert b.request(lambda i: ipc.Status(i))["relays"][space]["connected"] is True


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
        r = SyncServiceProcess(manager.data_dir, robin.profile_id, robin.database_key())
    with manager.create("Ana", PASSPHRASE) as ana:
        ana_profile = (manager.data_dir, ana.profile_id, ana.database_key())
        a = SyncServiceProcess(*ana_profile)
    services += [r, a]
    r.start()
    a.start()
    community = r.request(lambda i: ipc.CreateCommunity(i, "Canal Street"))
    r.request(lambda i: ipc.SetRelay(i, community, address_of(relay)))
    circle = r.request(lambda i: ipc.CreateCircle(i, ana_as_supporter))  # takes the community's relay
    invite = parse_qr(r.request(lambda i: ipc.Invite(i, circle))["qr"])
    assert RelayAddress.from_text(invite.relay).servers == (("127.0.0.1", relay.port),)
    far = dataclasses.replace(invite, hints=()).qr_payload()  # Ana lives across town
    assert a.request(lambda i: ipc.Join(i, far), timeout=40) == circle
    a.wait_for(lambda e: isinstance(e, ipc.DocumentChanged) and e.space == circle, timeout=30)
    shown = json.loads(a.request(lambda i: ipc.ViewShare(i, circle)))
    assert [s["key"] for s in shown["sections"]] == ["toolbox", "warning_signs"]
    assert shown["sections"][1]["items"] == [["Staying in bed past ten", "Open the curtains"]]
    assert CANARY not in json.dumps(shown)
    [ana_circle] = a.request(lambda i: ipc.Status(i))["circles"]
    assert (ana_circle["side"], ana_circle["shared"]) == ("supporter", True)
    assert r.request(lambda i: ipc.PublishShares(i)) == 0  # nothing changed: nothing sent again
    assert r.request(lambda i: ipc.RequestSupport(i, "Please call me")) == 1  # "I need support"
    asked = a.wait_for(lambda e: isinstance(e, ipc.SupportRequested), timeout=30)
    assert (asked.space, asked.message) == (circle, "Please call me")
    # Ana's device keeps it: after a restart her window can still show it, until she marks it seen.
    a.stop()
    a = SyncServiceProcess(*ana_profile)
    services.append(a)
    a.start()
    kept = {"at": asked.at, "message": "Please call me", "seen": False}
    assert a.request(lambda i: ipc.Status(i))["circles"][0]["request"] == kept
    a.request(lambda i: ipc.RequestSeen(i, circle))
    assert a.request(lambda i: ipc.Status(i))["circles"][0]["request"] == {**kept, "seen": True}

    r.request(lambda i: ipc.RevokeCircle(i, circle))
    a.wait_for(
        lambda e: isinstance(e, ipc.DocumentChanged) and e.space == circle and e.from_peer == "", timeout=30
    )
    assert a.request(lambda i: ipc.ViewShare(i, circle)) is None
    r.stop()
    a.stop()
    assert files_containing(tmp_path / "relay", [CANARY.encode(), b"Staying in bed"]) == []
