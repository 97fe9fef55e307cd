"""The sync engine: spaces, their documents and sessions with peers (sans I/O; drivers feed frames)."""

from .alerts import AlertDelivery, AlertStatus
from .engine import SyncEngine
from .events import (
    AlertDeliveryChanged,
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
    Syncing,
)
from .members import Person, member_devices, people, remove_member, set_member_role
from .replica import Replica
from .serve import serve_channel
from .session import PeerSession
from .status import Failure, FailureKind, PeerReport, Progress, RelayReport, Route, SyncReport
from .wire import ProtocolError

__all__ = [
    "AlertDelivery",
    "AlertDeliveryChanged",
    "AlertStatus",
    "ChangesRefused",
    "DocumentChanged",
    "EngineEvent",
    "Failure",
    "FailureKind",
    "InSync",
    "MembershipChanged",
    "PeerConnected",
    "PeerDisconnected",
    "PeerReport",
    "PeerSession",
    "Person",
    "Progress",
    "ProtocolError",
    "RelayActivity",
    "RelayRefused",
    "RelayReport",
    "RelayStatus",
    "Replica",
    "Route",
    "SessionFailed",
    "SupportRequested",
    "SyncEngine",
    "SyncReport",
    "Syncing",
    "member_devices",
    "people",
    "remove_member",
    "serve_channel",
    "set_member_role",
]
