"""The nats-py internals the relay client reaches, in one place, for the one version they were checked on.

nats-py 2.16 offers no public way to (1) learn that the connection's reader stopped (a relay that vanished
mid-read is otherwise noticed only at the next request), or (2) close the socket of a connection that was
refused half-way (its `close()` then waits for ever on a socket it never shuts). Both are reached here;
`tests/sync/relay/test_nats_compat.py` fails when nats-py's version moves, so the next upgrade re-checks them.

nats-py also reports two server refusals by text only, and this is the one place that reads that text: (3) a login
refused during the connect handshake raises a plain `nats.errors.Error` (only a refusal that arrives later
becomes `nats.errors.AuthorizationError`), and (4) a permissions violation reaches the error callback as a plain
`nats.errors.Error` (the call itself then times out). Both are matched with nats-py's own protocol constants.

(5) `publish_async` loses a refusal: its reply handler calls `APIError.from_error`, which raises instead of
returning the error, so the future is never completed and a full stream looks like a relay that does not answer.
`publish_async_loses_errors` says whether that is still so; the client then asks again the request way.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

import nats.errors
from nats.protocol.parser import AUTHORIZATION_VIOLATION, PERMISSIONS_ERR

TESTED_VERSION = "2.16.0"


def reading_task(nc: Any) -> asyncio.Task[None] | None:
    """The task that reads the connection's socket (done once the connection is lost), if there is one."""
    task = getattr(nc, "_reading_task", None)
    return task if isinstance(task, asyncio.Task) else None


async def abandon_transport(nc: Any) -> None:
    """Close the connection's socket now, whatever state `close()` left it in: refused or reset half-way (its
    `close()` then waits for ever), or a TLS connection whose polite shutdown is still under way — if the caller's
    event loop ends first (`asyncio.run` around one call), that socket is never closed. Aborting sends nothing
    more on a connection we are done with, and the sleep lets the loop close the socket before it ends."""
    transport = getattr(nc, "_transport", None)
    writer = getattr(transport, "_io_writer", None)
    underlying = getattr(writer, "transport", None)
    if underlying is not None:
        underlying.abort()
    elif transport is not None:
        transport.close()
    else:
        return
    await asyncio.sleep(0.05)


async def close_connection(nc: Any) -> None:
    """Close a nats-py connection and its socket, in every state it may be in (see `abandon_transport`)."""
    if not nc.is_closed:
        with contextlib.suppress(TimeoutError, nats.errors.Error, OSError):
            async with asyncio.timeout(5):
                await nc.close()
    await abandon_transport(nc)


def publish_async_loses_errors() -> bool:
    """nats-py's `APIError.from_error` raises (so `publish_async` drops an error acknowledgement)."""
    import nats.js.errors

    try:
        nats.js.errors.APIError.from_error({"code": 400, "err_code": 10002, "description": "probe"})
    except nats.js.errors.APIError:
        return True
    return False


def _plain_error_text(exc: BaseException) -> str | None:
    # Only the base class: every refusal nats-py gives a type of its own is classified by that type instead.
    return str(exc).lower() if type(exc) is nats.errors.Error else None


def is_refused_login(exc: BaseException) -> bool:
    """The server refused the user or password while connecting (`-ERR 'Authorization Violation'`)."""
    text = _plain_error_text(exc)
    return text is not None and AUTHORIZATION_VIOLATION in text


def is_permissions_violation(exc: BaseException) -> bool:
    """The server refused a publish or subscribe this user is not permitted (`-ERR 'Permissions Violation …'`)."""
    text = _plain_error_text(exc)
    return text is not None and PERMISSIONS_ERR in text
