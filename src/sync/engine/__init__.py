"""The sync engine: spaces, their documents and sessions with peers (sans I/O; drivers feed frames)."""

from .engine import (
    ChangesRefused,
    DocumentChanged,
    EngineEvent,
    InSync,
    MembershipChanged,
    PeerConnected,
    PeerDisconnected,
    RelayActivity,
    RelayRefused,
    RelayStatus,
    SessionFailed,
    SupportRequested,
    SyncEngine,
    Syncing,
    serve_channel,
)
from .members import Person, member_devices, people, remove_member, set_member_role
from .replica import Replica
from .session import PeerSession
from .wire import ProtocolError

__all__ = [
    "ChangesRefused",
    "DocumentChanged",
    "EngineEvent",
    "InSync",
    "MembershipChanged",
    "PeerConnected",
    "PeerDisconnected",
    "PeerSession",
    "Person",
    "ProtocolError",
    "RelayActivity",
    "RelayRefused",
    "RelayStatus",
    "Replica",
    "SessionFailed",
    "SupportRequested",
    "SyncEngine",
    "Syncing",
    "member_devices",
    "people",
    "remove_member",
    "serve_channel",
    "set_member_role",
]
