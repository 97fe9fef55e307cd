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
from .wire import ProtocolError

__all__ = [
    "ChangesRefused",
    "DocumentChanged",
    "EngineEvent",
    "InSync",
    "PeerConnected",
    "PeerDisconnected",
    "PeerSession",
    "ProtocolError",
    "RelayActivity",
    "RelayRefused",
    "RelayStatus",
    "Replica",
    "SessionFailed",
    "SupportRequested",
    "SyncEngine",
    "Syncing",
    "serve_channel",
]
