"""Commands about relays: which relay a space uses, and the one my support circles use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sync.relay.address import RelayAddress

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
