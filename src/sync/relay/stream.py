"""The relay's one JetStream stream, COMMONS: its limits, and creating or updating it on any NATS deployment.

Every space's envelopes live in this stream, one subject per space, bounded by age, size and messages per subject;
`ensure_stream` is what `commons relay` runs after starting its server and what an operator runs against an
existing NATS cluster (docs/relay.md).
"""

from __future__ import annotations

import dataclasses

from nats.js import JetStreamContext
from nats.js.api import DiscardPolicy, RetentionPolicy, StorageType, StreamConfig, StreamInfo
from nats.js.errors import BadRequestError, NotFoundError

from sync.relay._base import MAX_MESSAGE

__all__ = [
    "STREAM_DUPLICATE_WINDOW_S",
    "STREAM_MAX_AGE_S",
    "STREAM_MAX_MSGS_PER_SUBJECT",
    "STREAM_NAME",
    "STREAM_SUBJECTS",
    "ensure_stream",
    "space_stream_config",
    "stream_config",
]

STREAM_NAME = "COMMONS"
STREAM_SUBJECTS = ("commons.v1.*",)
STREAM_MAX_AGE_S = 90 * 24 * 3600.0
STREAM_DUPLICATE_WINDOW_S = 3600.0
STREAM_MAX_MSGS_PER_SUBJECT = 100_000


def stream_config(*, max_bytes: int = 8 * 1024**3, replicas: int = 1) -> StreamConfig:
    """The one stream Commons envelopes live in, bounded by age, size and messages per space.

    `replicas` is 1 on a single server and 3 on a three-node cluster (docs/relay.md)."""
    return StreamConfig(
        name=STREAM_NAME,
        subjects=list(STREAM_SUBJECTS),
        storage=StorageType.FILE,
        retention=RetentionPolicy.LIMITS,
        discard=DiscardPolicy.OLD,
        num_replicas=replicas,
        max_age=STREAM_MAX_AGE_S,
        max_bytes=max_bytes,
        max_msgs=-1,  # unlimited, as the server reports it (so an unchanged stream compares equal)
        max_consumers=-1,
        max_msg_size=MAX_MESSAGE,
        max_msgs_per_subject=STREAM_MAX_MSGS_PER_SUBJECT,
        duplicate_window=STREAM_DUPLICATE_WINDOW_S,
        deny_delete=True,  # a blind relay: clients append, limits alone remove
        deny_purge=True,
        allow_direct=True,  # DIRECT.GET.<stream>.<subject>: a last-message read a permission can name
    )


_STREAM_NAME_IN_USE = 10058


def space_stream_config(*, max_bytes: int, max_msgs: int, max_consumers: int) -> StreamConfig:
    """The stream of one space's own account (`accounts.py`): the same stream, bounded by that space's limits
    alone. Full means full: a publish beyond the limits is refused (DiscardPolicy.NEW) rather than evicting
    the space's oldest envelopes, so a flood costs the flooder, and the refusal says so."""
    return dataclasses.replace(
        stream_config(max_bytes=max_bytes),
        discard=DiscardPolicy.NEW,
        max_msgs=max_msgs,
        max_consumers=max_consumers,
    )


async def ensure_stream(
    js: JetStreamContext,
    *,
    max_bytes: int = 8 * 1024**3,
    replicas: int = 1,
    config: StreamConfig | None = None,
) -> StreamInfo:
    """Create the COMMONS stream (`stream_config`, or *config*), or bring an existing one to the current
    limits. Idempotent."""
    config = config or stream_config(max_bytes=max_bytes, replicas=replicas)
    # Look first: creating a stream that exists is refused for lack of storage (10047) before its name is
    # checked when the stream holds the whole store, as `commons relay`'s does.
    try:
        info = await js.stream_info(STREAM_NAME)
    except NotFoundError:
        try:
            return await js.add_stream(config)
        except BadRequestError as exc:
            if exc.err_code != _STREAM_NAME_IN_USE:  # made meanwhile by another device or operator
                raise
        info = await js.stream_info(STREAM_NAME)
    if all(getattr(info.config, name) == getattr(config, name) for name in _COMPARED):
        # Unchanged: an update would be refused anyway when the stream holds the whole store, since
        # nats-server counts the old reservation and the new one together (err 10047).
        return info
    return await js.update_stream(config)


_COMPARED = (
    "subjects",
    "storage",
    "retention",
    "discard",
    "num_replicas",
    "max_age",
    "max_bytes",
    "max_msgs",
    "max_consumers",
    "max_msg_size",
    "max_msgs_per_subject",
    "duplicate_window",
    "deny_delete",
    "deny_purge",
    "allow_direct",
)
