"""The relay: blind store-and-forward of envelopes on NATS JetStream, and the embedded server that runs it."""

from sync.relay._base import (
    Credential,
    RelayBinaryError,
    RelayError,
    RelayRefused,
    RelayStartError,
    RelayUnreachable,
)
from sync.relay.accounts import SpaceLimits
from sync.relay.client import SUBJECT_PREFIX, RelayClient, subject_for
from sync.relay.server import MIN_VERSION, NATS_SERVER_ENV, RelayServer, find_nats_server, nats_server_version
from sync.relay.stream import STREAM_NAME, STREAM_SUBJECTS, ensure_stream, stream_config
from sync.relay.users import (
    SPACE_TAG_BYTES,
    add_space_user,
    inbox_prefix_for,
    signal_reload,
    space_permissions,
    space_user_name,
)

__all__ = [
    "MIN_VERSION",
    "NATS_SERVER_ENV",
    "SPACE_TAG_BYTES",
    "STREAM_NAME",
    "STREAM_SUBJECTS",
    "SUBJECT_PREFIX",
    "Credential",
    "RelayBinaryError",
    "RelayClient",
    "RelayError",
    "RelayRefused",
    "RelayServer",
    "RelayStartError",
    "RelayUnreachable",
    "SpaceLimits",
    "add_space_user",
    "ensure_stream",
    "find_nats_server",
    "inbox_prefix_for",
    "nats_server_version",
    "signal_reload",
    "space_permissions",
    "space_user_name",
    "stream_config",
    "subject_for",
]
