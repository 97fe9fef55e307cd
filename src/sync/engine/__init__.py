"""The sync engine: spaces, their documents and sessions with peers (sans I/O; drivers feed frames)."""

from .engine import (
    ChangesRefused,
    DocumentChanged,
    EngineEvent,
    InSync,
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
from .replica import Replica
from .session import PeerSession
from .status import Failure, FailureKind, PeerReport, Progress, RelayReport, Route, SyncReport
from .wire import ProtocolError

__all__ = [
    "ChangesRefused",
    "DocumentChanged",
    "EngineEvent",
    "Failure",
    "FailureKind",
    "InSync",
    "PeerConnected",
    "PeerDisconnected",
    "PeerReport",
    "PeerSession",
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
    "serve_channel",
]
