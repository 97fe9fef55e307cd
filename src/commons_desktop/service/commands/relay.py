"""Commands about relays: which relay a space uses, and the one my support circles use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sync.relay import RelayError, RelayUnreachable
from sync.relay.address import RelayAddress, fetch_certificate
from sync.relay.client import RelayClient

from ..protocol import SetRelay, SetSupportRelay
from . import handles

if TYPE_CHECKING:
    from ..core import Service


def _checked(address: str) -> str | None:
    """The relay address in its normal form (a bad one raises RelayError with the reason); None for empty."""
    return RelayAddress.from_text(address).to_text() if address.strip() else None


@handles(SetRelay)
def set_relay(service: Service, command: SetRelay) -> None:
    service.engine.set_relay(service.space_id(command.space), _checked(command.address))


@handles(SetSupportRelay)
def set_support_relay(service: Service, command: SetSupportRelay) -> int:
    return service.support.use_relay(_checked(command.address))


async def reach_relay(service: Service, text: str) -> str:
    """The relay address *text* in its normal form, once its relay answered with the pinned certificate and
    took the credential; raises RelayError saying what to check otherwise. Nothing is stored either way."""
    address = RelayAddress.from_text(text)
    timeout = service.relay.timeout
    try:
        certificate = await fetch_certificate(address, timeout=timeout)
        client = await RelayClient.connect(
            address.urls, address.user, address.password, certificate, timeout=timeout
        )
    except RelayUnreachable:
        # Its own words ("changes are kept and will be sent") are for a relay already in use.
        raise RelayError(
            "the relay did not answer — check the address, and that this computer is online"
        ) from None
    await client.close()
    return address.to_text()
