"""The relay: blind store-and-forward of envelopes on NATS JetStream, and the embedded server that runs it."""

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
    "Credential",
    "RelayBinaryError",
    "RelayError",
    "RelayServer",
    "RelayStartError",
    "ensure_stream",
    "find_nats_server",
    "nats_server_version",
    "stream_config",
]
