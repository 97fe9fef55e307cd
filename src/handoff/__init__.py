"""Moving a whole profile to the person's other computer over the local network, with a one-time code.

The protocol is in `handoff.protocol` (docs/protocol.md, "Handing a profile over the LAN"). This package moves
bytes only: the store seals and opens the profile export that travels, so it imports neither `store` nor the
app (an import-linter contract in pyproject.toml keeps it so).
"""

from __future__ import annotations

from handoff.protocol import (
    CODE_LENGTH,
    MAX_ATTEMPTS,
    MAX_BUNDLE,
    OFFER_LIFETIME,
    SECRET_BYTES,
    Delivered,
    HandoffAbandoned,
    HandoffBroken,
    HandoffCode,
    HandoffError,
    HandoffEvent,
    HandoffExpired,
    HandoffMistyped,
    HandoffOffer,
    HandoffReceiver,
    HandoffRefused,
    HandoffUnreachable,
    ReceiverConnected,
    ReceiverFailed,
    Sending,
    WrongCode,
    export_passphrase,
    parse_code,
)

__all__ = [
    "CODE_LENGTH",
    "MAX_ATTEMPTS",
    "MAX_BUNDLE",
    "OFFER_LIFETIME",
    "SECRET_BYTES",
    "Delivered",
    "HandoffAbandoned",
    "HandoffBroken",
    "HandoffCode",
    "HandoffError",
    "HandoffEvent",
    "HandoffExpired",
    "HandoffMistyped",
    "HandoffOffer",
    "HandoffReceiver",
    "HandoffRefused",
    "HandoffUnreachable",
    "ReceiverConnected",
    "ReceiverFailed",
    "Sending",
    "WrongCode",
    "export_passphrase",
    "parse_code",
]
