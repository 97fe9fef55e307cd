"""The typed messages between the app and its sync service, one JSON object per frame over the service's
stdin (commands, after one start frame) and stdout (replies and events).

    app → service   Start (first frame only: which profile, and its database key), then commands, each with
                    an `id` the reply repeats
    service → app   Ready once the profile is open, a Reply per command, and events whenever they happen

Nothing personal goes into events: they name devices and spaces by id only. Document contents leave the
service only as the reply to `View`, in the community JSON format (docs/community-format.md).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any, ClassVar

__all__ = [
    "AddAsset",
    "AddPeer",
    "ChangesRefused",
    "Command",
    "ConflictFound",
    "CreateCircle",
    "CreateCommunity",
    "DocumentChanged",
    "Event",
    "InSync",
    "Invite",
    "IpcError",
    "Join",
    "PeerConnected",
    "PeerDisconnected",
    "PeerFound",
    "PublishShares",
    "Put",
    "Ready",
    "RelayActivity",
    "RelayRefused",
    "RelayStatus",
    "RemoveMember",
    "Reply",
    "RequestSeen",
    "RequestSupport",
    "RevokeCircle",
    "SessionFailed",
    "SetCircleLabel",
    "SetDiscovery",
    "SetRelay",
    "SetSupportRelay",
    "Shutdown",
    "Start",
    "Status",
    "SupportRequested",
    "Syncing",
    "View",
    "ViewShare",
    "decode",
    "encode",
]


class IpcError(ValueError):
    """A message that is not one of these, or has wrong fields."""


@dataclass(frozen=True)
class _Message:
    TYPE: ClassVar[str] = ""


# --- commands (app → service) ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Start(_Message):
    """The first frame: open this profile with this raw database key (it crosses the pipe, never a file)."""

    TYPE: ClassVar[str] = "start"
    data_dir: str
    profile_id: str
    key: str = field(repr=False)  # hex


@dataclass(frozen=True)
class Status(_Message):
    TYPE: ClassVar[str] = "status"
    id: int


@dataclass(frozen=True)
class CreateCommunity(_Message):
    TYPE: ClassVar[str] = "create_community"
    id: int
    name: str


@dataclass(frozen=True)
class AddAsset(_Message):
    TYPE: ClassVar[str] = "add_asset"
    id: int
    space: str  # hex space id
    asset_id: str
    kind: str
    title: str
    steward: str


@dataclass(frozen=True)
class Put(_Message):
    """Add or replace one record of a space's document: *record* is JSON in the community export format for
    *collection* ("members", "assets", "needs_offers", "events", "projects", "circles", "proposals",
    "pulse_rounds"; "ledger" and "votes" append a signed entry or vote)."""

    TYPE: ClassVar[str] = "put"
    id: int
    space: str
    collection: str
    record: str


@dataclass(frozen=True)
class View(_Message):
    """Ask for a space's document, in the community JSON format."""

    TYPE: ClassVar[str] = "view"
    id: int
    space: str


@dataclass(frozen=True)
class AddPeer(_Message):
    """Connect to a peer at a manual address (the fallback when discovery is off or cannot see it)."""

    TYPE: ClassVar[str] = "add_peer"
    id: int
    host: str
    port: int


@dataclass(frozen=True)
class SetDiscovery(_Message):
    """Announce and browse on these IPv4 interface addresses; an empty list turns discovery off."""

    TYPE: ClassVar[str] = "set_discovery"
    id: int
    interfaces: tuple[str, ...] = ()


@dataclass(frozen=True)
class Invite(_Message):
    """Make a one-time invite to a space; the reply carries its QR payload, short code and expiry."""

    TYPE: ClassVar[str] = "invite"
    id: int
    space: str


@dataclass(frozen=True)
class Join(_Message):
    """Join a space with an invite's QR payload or short code (optionally at a typed "host:port")."""

    TYPE: ClassVar[str] = "join"
    id: int
    code: str
    via: str = ""


@dataclass(frozen=True)
class RemoveMember(_Message):
    """Remove a device from a space (admins only); the others get a new key at once."""

    TYPE: ClassVar[str] = "remove_member"
    id: int
    space: str
    device: str  # as shown (base32 groups) or hex


@dataclass(frozen=True)
class SetRelay(_Message):
    """Use the relay at *address* (the text `commons relay` prints) for a space; empty stops using one."""

    TYPE: ClassVar[str] = "set_relay"
    id: int
    space: str
    address: str = field(default="", repr=False)  # holds the relay credential


@dataclass(frozen=True)
class SetSupportRelay(_Message):
    """Use the relay at *address* for every support circle of mine (empty: each goes back to a community's
    relay, or none). The app keeps the address (store setting `support_relay`); the service only applies it."""

    TYPE: ClassVar[str] = "set_support_relay"
    id: int
    address: str = field(default="", repr=False)  # holds the relay credential


@dataclass(frozen=True)
class CreateCircle(_Message):
    """Start a support circle for one of my supporters (by the store's supporter id); then `invite` to it."""

    TYPE: ClassVar[str] = "create_circle"
    id: int
    supporter: str


@dataclass(frozen=True)
class PublishShares(_Message):
    """The plan or a supporter's choice of sections changed: send every circle what it should see now."""

    TYPE: ClassVar[str] = "publish_shares"
    id: int


@dataclass(frozen=True)
class RevokeCircle(_Message):
    """Stop sharing with a supporter: their devices are removed and their copy is deleted when they learn it."""

    TYPE: ClassVar[str] = "revoke_circle"
    id: int
    space: str


@dataclass(frozen=True)
class RequestSupport(_Message):
    """ "I need support": tell every supporter I share with; the reply is how many circles were told."""

    TYPE: ClassVar[str] = "request_support"
    id: int
    message: str = ""


@dataclass(frozen=True)
class SetCircleLabel(_Message):
    """On a supporter's device: the name to show for the person whose circle this is."""

    TYPE: ClassVar[str] = "set_circle_label"
    id: int
    space: str
    label: str


@dataclass(frozen=True)
class RequestSeen(_Message):
    """On a supporter's device: I have seen the latest "I need support" of this circle; stop showing it."""

    TYPE: ClassVar[str] = "request_seen"
    id: int
    space: str


@dataclass(frozen=True)
class ViewShare(_Message):
    """What a circle shows: mine (what my supporter sees) or someone's I support (read-only)."""

    TYPE: ClassVar[str] = "view_share"
    id: int
    space: str


@dataclass(frozen=True)
class Shutdown(_Message):
    TYPE: ClassVar[str] = "shutdown"
    id: int


Command = (
    Status
    | CreateCommunity
    | AddAsset
    | Put
    | View
    | AddPeer
    | SetDiscovery
    | Invite
    | Join
    | RemoveMember
    | SetRelay
    | SetSupportRelay
    | CreateCircle
    | PublishShares
    | RevokeCircle
    | SetCircleLabel
    | RequestSeen
    | RequestSupport
    | ViewShare
    | Shutdown
)


# --- replies and events (service → app) -----------------------------------------------------------------------


@dataclass(frozen=True)
class Ready(_Message):
    TYPE: ClassVar[str] = "ready"
    device: str  # the device id as shown (base32 groups)
    spaces: tuple[str, ...]
    port: int  # where the service listens for peers (0: not listening)


@dataclass(frozen=True)
class Reply(_Message):
    TYPE: ClassVar[str] = "reply"
    id: int
    ok: bool
    result: Any = None
    error: str = ""  # a sentence a person can act on


@dataclass(frozen=True)
class PeerFound(_Message):
    """Discovery heard a device announcing a space this one holds (it is dialed next)."""

    TYPE: ClassVar[str] = "peer_found"
    addresses: tuple[str, ...]
    port: int


@dataclass(frozen=True)
class PeerConnected(_Message):
    TYPE: ClassVar[str] = "peer_connected"
    device: str


@dataclass(frozen=True)
class PeerDisconnected(_Message):
    TYPE: ClassVar[str] = "peer_disconnected"
    device: str


@dataclass(frozen=True)
class SessionFailed(_Message):
    TYPE: ClassVar[str] = "session_failed"
    device: str
    reason: str


@dataclass(frozen=True)
class Syncing(_Message):
    TYPE: ClassVar[str] = "syncing"
    device: str
    space: str


@dataclass(frozen=True)
class InSync(_Message):
    TYPE: ClassVar[str] = "in_sync"
    device: str
    space: str


@dataclass(frozen=True)
class ConflictFound(_Message):
    """Fields of the space's document were edited concurrently and need a person's review (`count` in all)."""

    TYPE: ClassVar[str] = "conflict_found"
    space: str
    count: int


@dataclass(frozen=True)
class DocumentChanged(_Message):
    TYPE: ClassVar[str] = "document_changed"
    space: str
    from_peer: str = ""  # empty: changed on this device


@dataclass(frozen=True)
class RelayStatus(_Message):
    """Whether a space's relay can be reached; *reason* says what to do when it cannot."""

    TYPE: ClassVar[str] = "relay_status"
    space: str
    connected: bool
    reason: str = ""


@dataclass(frozen=True)
class RelayActivity(_Message):
    """A round with a space's relay: envelopes fetched, applied, waiting for a key, refused, published."""

    TYPE: ClassVar[str] = "relay_activity"
    space: str
    fetched: int
    applied: int
    held: int
    refused: int
    published: int


@dataclass(frozen=True)
class RelayRefused(_Message):
    """An envelope in a space's relay subject was refused (forged, replayed, from a removed device)."""

    TYPE: ClassVar[str] = "relay_refused"
    space: str
    reason: str


@dataclass(frozen=True)
class SupportRequested(_Message):
    """The person whose circle *space* is asked for support at *at* (Unix milliseconds)."""

    TYPE: ClassVar[str] = "support_requested"
    space: str
    at: int
    message: str = ""


@dataclass(frozen=True)
class ChangesRefused(_Message):
    """A peer's changes were refused by the authority checks and quarantined for review (never applied):
    "member id: reason" for each; *peer* is the device that forwarded them ("" for the relay)."""

    TYPE: ClassVar[str] = "changes_refused"
    space: str
    peer: str
    refused: tuple[str, ...]


Event = (
    Ready
    | Reply
    | PeerFound
    | PeerConnected
    | PeerDisconnected
    | SessionFailed
    | Syncing
    | InSync
    | ConflictFound
    | DocumentChanged
    | RelayStatus
    | RelayActivity
    | RelayRefused
    | ChangesRefused
    | SupportRequested
)

_TYPES: dict[str, type[_Message]] = {
    cls.TYPE: cls
    for cls in (
        Start,
        Status,
        CreateCommunity,
        AddAsset,
        Put,
        View,
        AddPeer,
        SetDiscovery,
        Invite,
        Join,
        RemoveMember,
        SetRelay,
        SetSupportRelay,
        CreateCircle,
        PublishShares,
        RevokeCircle,
        SetCircleLabel,
        RequestSeen,
        RequestSupport,
        ViewShare,
        Shutdown,
        Ready,
        PeerFound,
        Reply,
        PeerConnected,
        PeerDisconnected,
        SessionFailed,
        Syncing,
        InSync,
        ConflictFound,
        DocumentChanged,
        RelayStatus,
        RelayActivity,
        RelayRefused,
        ChangesRefused,
        SupportRequested,
    )
}


def encode(message: _Message) -> bytes:
    return json.dumps({"type": message.TYPE, **asdict(message)}, ensure_ascii=False).encode("utf-8")


def decode(data: bytes) -> Any:
    """The message in *data*; raises `IpcError` for anything else."""
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise IpcError("not a JSON message") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("type"), str):
        raise IpcError("a message is an object with a type")
    cls = _TYPES.get(raw.pop("type"))
    if cls is None:
        raise IpcError("unknown message type")
    names = {f.name for f in fields(cls)}
    if set(raw) - names:
        raise IpcError(f"unexpected fields in a {cls.TYPE} message")
    values = {k: tuple(v) if isinstance(v, list) and k != "result" else v for k, v in raw.items()}
    for f in fields(cls):
        if f.name in values and not _fits(f.type, values[f.name]):
            raise IpcError(f"the {f.name} of a {cls.TYPE} message has the wrong type")
    try:
        return cls(**values)
    except TypeError:
        raise IpcError(f"a {cls.TYPE} message lacks fields") from None


def _fits(annotation: object, value: object) -> bool:
    if annotation == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if annotation == "str":
        return isinstance(value, str)
    if annotation == "bool":
        return isinstance(value, bool)
    if annotation == "tuple[str, ...]":
        return isinstance(value, tuple) and all(isinstance(v, str) for v in value)
    return True  # Any
