"""The relay for a person's support network: circles made while one is stored take it (never a community's),
`set_support_relay` moves every circle of mine to it or off it, and the address never shows in what the service
reports or logs."""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from commons_desktop.service import protocol
from commons_desktop.service.codec import dump
from commons_desktop.service.process import ServiceError, SyncServiceProcess
from commons_desktop.service.values import RelayState
from store import SUPPORT_RELAY, ProfileManager, ValidationError
from sync.engine import RelayStatus
from sync.invites import parse_qr
from sync.relay import RelayServer, SpaceLimits
from sync.relay.address import RelayAddress
from tests.service.test_relay_service import relay
from tests.service.test_sync_service import service_for
from tests.support import PASSPHRASE, EventLog, address_of, provisioning, provisioning_address_of

__all__ = ["relay"]  # a fixture

# A community's relay that is never reached: only its address matters here.
ELSEWHERE = RelayAddress((("127.0.0.1", 9),), "commons", "elsewhere-password", os.urandom(32)).to_text()


def invite_servers(service: SyncServiceProcess, space: str) -> tuple[tuple[str, int], ...]:
    """The relay servers a new invite to *space* carries (none: empty)."""
    relay_text = parse_qr(service.request(protocol.Invite(space)).qr).relay
    return RelayAddress.from_text(relay_text).servers if relay_text else ()


@pytest.fixture
def community_relay(tmp_path: Path) -> Iterator[RelayServer]:
    """A second relay, the community's: an invite carries a space's own login, so the relay must answer."""
    limits = SpaceLimits(max_bytes=8 * 1024 * 1024)
    with RelayServer(tmp_path / "community-relay", max_store=64 * 1024 * 1024, space_limits=limits) as server:
        asyncio.run(server.prepare_stream())
        with provisioning(server):
            yield server


def test_circles_take_the_support_relay_and_follow_it_back_and_forth(
    manager: ProfileManager,
    services: list[SyncServiceProcess],
    relay: RelayServer,
    community_relay: RelayServer,
    capfd: pytest.CaptureFixture[str],
) -> None:
    support_relay = address_of(relay)
    with manager.create("Robin", PASSPHRASE) as robin:
        ana = robin.supporters.add("Ana").id
        robin.settings.set(SUPPORT_RELAY, support_relay)  # as the Support screen stores it
        r = service_for(manager, robin)
    services.append(r)
    r_events = EventLog(r)
    r.start()
    community = r.request(protocol.CreateCommunity("Canal Street"))
    r.request(protocol.SetRelay(community, provisioning_address_of(community_relay)))
    elsewhere = (("127.0.0.1", community_relay.port),)

    # Made while a support relay is stored: the circle takes it, not the community's.
    circle = r.request(protocol.CreateSupportCircle(ana))
    assert invite_servers(r, circle) == (("127.0.0.1", relay.port),)
    r_events.wait_for(
        lambda e: isinstance(e, RelayStatus) and e.space_id.hex() == circle and e.connected, timeout=20
    )
    assert r.request(protocol.Status()).relays[circle] == RelayState(connected=True, problem="")

    # A bad address is refused, saying what is wrong, and changes nothing.
    with pytest.raises(ServiceError, match="starts with commons-relay://"):
        r.request(protocol.SetSupportRelay("nats://relay.example.org:4222"))
    assert invite_servers(r, circle) == (("127.0.0.1", relay.port),)

    # Removed: my circles use no relay (not the community's); the community keeps its own.
    assert r.request(protocol.SetSupportRelay("")) == 1  # one circle of mine (the community is none)
    assert invite_servers(r, circle) == ()
    assert invite_servers(r, community) == elsewhere

    # Set again: every circle of mine uses it at once.
    assert r.request(protocol.SetSupportRelay(support_relay)) == 1
    assert invite_servers(r, circle) == (("127.0.0.1", relay.port),)
    assert invite_servers(r, community) == elsewhere
    status = r.request(protocol.Status())
    r.stop()

    password = relay.credential.password
    assert password not in json.dumps(dump(status))
    out, err = capfd.readouterr()
    assert password not in out + err


def test_without_a_support_relay_a_circle_takes_no_relay_not_a_communitys_nor_another_circles(
    manager: ProfileManager, services: list[SyncServiceProcess], relay: RelayServer
) -> None:
    with manager.create("Robin", PASSPHRASE) as robin:
        ana, ben, cat = (robin.supporters.add(name).id for name in ("Ana", "Ben", "Cat"))
        r = service_for(manager, robin)
    services.append(r)
    r.start()
    lonely = r.request(protocol.CreateSupportCircle(ana))
    assert invite_servers(r, lonely) == ()  # no relay anywhere yet
    r.request(protocol.SetRelay(lonely, ELSEWHERE))  # one circle's own relay is not for the others
    community = r.request(protocol.CreateCommunity("Canal Street"))
    assert invite_servers(r, r.request(protocol.CreateSupportCircle(ben))) == ()
    r.request(protocol.SetRelay(community, provisioning_address_of(relay)))
    # The community's relay operator would learn that I have circles and when I ask for support: not used.
    assert invite_servers(r, r.request(protocol.CreateSupportCircle(cat))) == ()
    assert invite_servers(r, community) == (("127.0.0.1", relay.port),)


def test_the_store_keeps_the_address_as_bounded_text(manager: ProfileManager) -> None:
    with manager.create("Robin", PASSPHRASE) as robin:
        assert robin.settings.get(SUPPORT_RELAY) == ""
        for bad in (42, None, "x" * 1025):
            with pytest.raises(ValidationError):
                robin.settings.set(SUPPORT_RELAY, bad)  # type: ignore[arg-type]
        robin.settings.set(SUPPORT_RELAY, ELSEWHERE)
        assert robin.settings.get(SUPPORT_RELAY) == ELSEWHERE


def test_the_command_hides_the_address_and_round_trips() -> None:
    command = protocol.SetSupportRelay(ELSEWHERE)
    assert "elsewhere-password" not in repr(command)
    assert protocol.decode_command(protocol.encode_command(7, command)) == (7, command)
