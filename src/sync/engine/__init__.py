"""The sync engine: spaces, their documents and sessions with peers (sans I/O; drivers feed frames)."""

from .engine import SyncEngine, serve_channel
from .replica import Replica
from .session import PeerSession
from .wire import ProtocolError

__all__ = ["PeerSession", "ProtocolError", "Replica", "SyncEngine", "serve_channel"]
