"""The nats-py internals the relay client reaches, in one place, for the one version they were checked on.

nats-py 2.16 offers no public way to (1) learn that the connection's reader stopped (a relay that vanished
mid-read is otherwise noticed only at the next request), or (2) close the socket of a connection that was
refused half-way (its `close()` then waits for ever on a socket it never shuts). Both are reached here;
`tests/sync/relay/test_nats_compat.py` fails when nats-py's version moves, so the next upgrade re-checks them.
"""

from __future__ import annotations

import asyncio
from typing import Any

TESTED_VERSION = "2.16.0"


def reading_task(nc: Any) -> asyncio.Task[None] | None:
    """The task that reads the connection's socket (done once the connection is lost), if there is one."""
    task = getattr(nc, "_reading_task", None)
    return task if isinstance(task, asyncio.Task) else None


async def abandon_transport(nc: Any) -> None:
    """Close the socket of a connection that failed or was closed half-way (the relay reset it mid-write)."""
    transport = getattr(nc, "_transport", None)
    writer = getattr(transport, "_io_writer", None)
    if transport is not None and not (writer is not None and writer.is_closing()):
        transport.close()
        await asyncio.sleep(0.05)
