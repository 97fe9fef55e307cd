"""nats-py internals the relay client reaches (sync.relay._nats_compat): checked on one version, and this test
fails when nats-py's version moves, so whoever upgrades it checks them again."""

from __future__ import annotations

import asyncio
import importlib.metadata

import nats.errors
from nats.aio.client import Client

from sync.relay import _nats_compat


def test_nats_py_is_the_version_the_workarounds_were_checked_on() -> None:
    assert importlib.metadata.version("nats-py") == _nats_compat.TESTED_VERSION, (
        "nats-py moved: check that Client still keeps _reading_task and _transport._io_writer, then update "
        "_nats_compat.TESTED_VERSION"
    )


def test_the_internals_are_still_there_on_a_client() -> None:
    client = Client()
    assert hasattr(client, "_reading_task")
    assert hasattr(client, "_transport")
    assert _nats_compat.reading_task(client) is None  # not connected: no reader yet

    async def abandon() -> None:
        await _nats_compat.abandon_transport(client)  # nothing to close: nothing happens

    asyncio.run(abandon())


def test_the_refusals_nats_py_reports_only_as_text_are_still_recognised() -> None:
    # What nats-py 2.16 raises during the connect handshake, and passes to the error callback, for the server's
    # -ERR lines (aio/client.py: `errors.Error("nats: " + err_msg)`); if either stops matching, the relay
    # client's reasons fall back to "unreachable" and this fails.
    login = nats.errors.Error("nats: 'Authorization Violation'")
    permission = nats.errors.Error('nats: permissions violation for publish to "commons.v1.22"')
    assert _nats_compat.is_refused_login(login)
    assert not _nats_compat.is_permissions_violation(login)
    assert _nats_compat.is_permissions_violation(permission)
    assert not _nats_compat.is_refused_login(permission)
    # Typed errors are classified by their type, never by their text.
    assert not _nats_compat.is_refused_login(nats.errors.AuthorizationError())
    assert not _nats_compat.is_refused_login(nats.errors.TimeoutError())


def test_publish_async_still_loses_refusals() -> None:
    """When this fails, nats-py fixed `APIError.from_error`: publish_async then reports a full stream itself."""
    from sync.relay._nats_compat import publish_async_loses_errors

    assert publish_async_loses_errors()
