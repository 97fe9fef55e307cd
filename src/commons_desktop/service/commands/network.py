"""Commands about the service itself and peers on this network: status, peers, discovery, invites, joining."""

from __future__ import annotations

import contextlib
import dataclasses
import logging
from typing import TYPE_CHECKING

from sync.identity import DeviceId
from sync.invites import MAX_HINTS, QR_PREFIX, InviteRejected, parse_qr
from sync.lan.discovery import parse_peer_address
from sync.lan.node import JOIN_TIMEOUT
from sync.relay import RelayError
from sync.relay.address import RelayAddress
from sync.spaces import relay_tag

from ..protocol import (
    AddPeer,
    Invite,
    Join,
    RemoveMember,
    SetDiscovery,
    Shutdown,
    Status,
)
from ..values import InviteIssued, RelayState, Review, ServiceStatus
from . import handles

if TYPE_CHECKING:
    from ..core import Service

LAN_FIRST_TIMEOUT = 5.0  # seconds to find the inviter nearby before joining through the invite's relay
# Once the inviter answered (nearby, perhaps admitting neighbours who joined at the same moment), the join on
# this network may take JOIN_TIMEOUT: the relay would be much slower for the document than a busy neighbour.


log = logging.getLogger(__name__)


@handles(Status)
def status(service: Service, _: Status) -> ServiceStatus:
    engine, node = service.engine, service.node
    spaces = engine.space_ids()
    return ServiceStatus(
        device=str(engine.me.device_id),
        spaces=tuple(s.hex() for s in spaces),
        connected=tuple(sorted(str(d) for d in (node.connected if node else ()))),
        relay_tags={s.hex(): relay_tag(s).hex() for s in spaces},
        relays={
            space_id.hex(): RelayState(up, service.relay.problems.get(space_id, ""))
            for space_id, up in service.relay.connected.items()
        },
        review=_review(service),
    )


def _review(service: Service) -> dict[str, Review]:
    """Per community: changes refused on receipt ("member: reason") and those waiting (why)."""
    out: dict[str, Review] = {}
    for space_id in service.engine.space_ids():
        doc = service.engine.document(space_id)
        if doc is None or not (doc.quarantined or doc.waiting):
            continue
        out[space_id.hex()] = Review(
            refused=tuple(f"{q.member_id or 'unknown'}: {q.reason}" for q in doc.quarantined),
            waiting=tuple(why for _hash, why in doc.waiting),
        )
    return out


@handles(AddPeer)
async def add_peer(service: Service, command: AddPeer) -> str:
    node = service.running_node()
    device = await node.dial(command.host, command.port)
    node.add_manual_peer(command.host, command.port, device)  # and again whenever it is lost
    return str(device)


@handles(SetDiscovery)
async def set_discovery(service: Service, command: SetDiscovery) -> None:
    if service.node is not None:
        await service.node.stop()
    service.node = service.new_node(command.interfaces)
    await service.node.start()


@handles(Invite)
async def invite(service: Service, command: Invite) -> InviteIssued:
    space = service.engine.space(service.space_id(command.space))
    assert space is not None
    if service.engine.is_local(space.id):
        raise ValueError(
            "The demo town is kept on this computer only and is not shared with anyone, so nobody can be "
            "invited to it. Start a community of your own to invite neighbours."
        )
    relay = _invite_relay(await _own_relay_login(service, space.id))
    node = service.running_node()
    issued = space.invite(now=service.engine.now(), hints=tuple(node.addresses()[:MAX_HINTS]), relay=relay)
    node.announcement_changed()  # a neighbour typing the short code finds this device by it at once
    return InviteIssued(issued.qr_payload(), issued.short_code(), issued.expires_at)


async def _own_relay_login(service: Service, space_id: bytes) -> str | None:
    """The space's relay address with its own login (asked for now if it still holds a shared one); None when
    there is none to give: the invite then works on the local network only."""
    try:
        return await service.relay.own_login(space_id)
    except RelayError as exc:
        log.warning("an invite goes without the relay: %s", exc)  # says why; it holds no login
        return None


def _invite_relay(text: str | None) -> str:
    """The space's relay address as an invite carries it: all of it if it fits, else its first server (a
    member's device learns the others when the address is set on it), else none."""
    if not text:
        return ""
    address = RelayAddress.from_text(text)
    if address.is_shared_login:
        # Not the space's own login yet (the relay is asked for it when this device next reaches it): an
        # invite never carries a login that reaches more than one space.
        return ""
    if not address.fits_invite():
        address = dataclasses.replace(address, servers=address.servers[:1])
    return address.to_text() if address.fits_invite() else ""


@handles(Join)
async def join(service: Service, command: Join) -> str:
    node = service.running_node()
    via = [parse_peer_address(command.via)] if command.via else []
    scanned = parse_qr(command.code) if command.code.strip().upper().startswith(QR_PREFIX) else None
    if scanned is None or not scanned.relay:
        return service.support.joined(await node.join(command.code, via=via))
    address = RelayAddress.from_text(scanned.relay)  # a bad one stops us before joining
    if scanned.hints or via:
        # Nearby first (the document then comes at LAN speed), then through the relay.
        with contextlib.suppress(InviteRejected):
            space_id = await node.join(
                command.code, via=via, timeout=LAN_FIRST_TIMEOUT, reached_timeout=JOIN_TIMEOUT
            )
            service.engine.set_relay(space_id, address.to_text())
            return service.support.joined(space_id)
    return service.support.joined(await service.relay.join(scanned))


@handles(RemoveMember)
def remove_member(service: Service, command: RemoveMember) -> None:
    service.engine.remove_device(service.space_id(command.space), DeviceId.parse(command.device))


@handles(Shutdown)
def shutdown(_service: Service, _: Shutdown) -> None:
    """Answered first; the runner then stops the service."""
