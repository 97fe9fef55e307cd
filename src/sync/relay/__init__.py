"""The relay: blind store-and-forward of envelopes on NATS JetStream, and the embedded server that runs it."""

from sync.relay.client import SUBJECT_PREFIX, RelayClient, subject_for
from sync.relay.server import (
    MIN_VERSION,
    NATS_SERVER_ENV,
    STREAM_NAME,
    STREAM_SUBJECTS,
    Credential,
    RelayBinaryError,
    RelayError,
    RelayServer,
    RelayStartError,
    ensure_stream,
    find_nats_server,
    nats_server_version,
    stream_config,
)

__all__ = [
    "MIN_VERSION",
    "NATS_SERVER_ENV",
    "STREAM_NAME",
    "STREAM_SUBJECTS",
    "SUBJECT_PREFIX",
    "Credential",
    "RelayBinaryError",
    "RelayClient",
    "RelayError",
    "RelayServer",
    "RelayStartError",
    "ensure_stream",
    "find_nats_server",
    "nats_server_version",
    "stream_config",
    "subject_for",
]
