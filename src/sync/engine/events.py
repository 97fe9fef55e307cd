"""What the sync engine tells its host (the sync service, a test, a benchmark) as it happens: frozen values,
handed to each of `SyncEngine.listeners`; the sync service sends them to the window as they are."""

from __future__ import annotations

from dataclasses import dataclass

from sync.identity import DeviceId

__all__ = [
    "AlertDeliveryChanged",
    "ChangesRefused",
    "DocumentChanged",
    "EngineEvent",
    "InSync",
    "MembershipChanged",
    "PeerConnected",
    "PeerDisconnected",
    "RelayActivity",
    "RelayRefused",
    "RelayStatus",
    "SessionFailed",
    "SupportRequested",
    "Syncing",
]


@dataclass(frozen=True)
class PeerConnected:
    peer: DeviceId


@dataclass(frozen=True)
class PeerDisconnected:
    peer: DeviceId


@dataclass(frozen=True)
class SessionFailed:
    """A peer broke the protocol; its session was closed. *reason* names what was refused (no contents)."""

    peer: DeviceId
    reason: str


@dataclass(frozen=True)
class Syncing:
    """Exchanging changes with *peer* on a space (their heads differ from ours, or a copy is on its way)."""

    peer: DeviceId
    space_id: bytes


@dataclass(frozen=True)
class InSync:
    """*peer* and this device hold the same version of the space's document."""

    peer: DeviceId
    space_id: bytes


@dataclass(frozen=True)
class DocumentChanged:
    space_id: bytes
    from_peer: DeviceId | None  # None: changed on this device


@dataclass(frozen=True)
class MembershipChanged:
    """The space's membership log changed (here or from a peer): who is in it, their roles or devices."""

    space_id: bytes


@dataclass(frozen=True)
class ChangesRefused:
    """A peer's changes were refused by the authority checks and quarantined for review (never applied).
    *refused* holds (member id, reason) for each; *peer* is the device that forwarded them (None: the relay)."""

    space_id: bytes
    peer: DeviceId | None
    refused: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class AlertDeliveryChanged:
    """How far my "I need support" got in circle *space_id* changed: asked, acknowledged by a supporter's
    device, or stored by the relay (`SyncEngine.alert_statuses` says where each stands)."""

    space_id: bytes


@dataclass(frozen=True)
class SupportRequested:
    """The person whose circle *space_id* is asked their supporters for support ("I need support")."""

    space_id: bytes
    at_ms: int
    message: str


@dataclass(frozen=True)
class RelayStatus:
    """Whether the space's relay can be reached; *reason* says what to do when it cannot."""

    space_id: bytes
    connected: bool
    reason: str = ""


@dataclass(frozen=True)
class RelayActivity:
    """A round with the relay: envelopes fetched, applied, waiting for a key, refused, and published."""

    space_id: bytes
    fetched: int
    applied: int
    held: int
    refused: int
    published: int


@dataclass(frozen=True)
class RelayRefused:
    """An envelope in the space's relay subject was refused (forged, replayed, from a removed device)."""

    space_id: bytes
    reason: str


EngineEvent = (
    ChangesRefused
    | PeerConnected
    | PeerDisconnected
    | SessionFailed
    | Syncing
    | InSync
    | DocumentChanged
    | MembershipChanged
    | RelayStatus
    | RelayActivity
    | RelayRefused
    | SupportRequested
    | AlertDeliveryChanged
)
