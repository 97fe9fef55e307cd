"""Provisioned spaces against a real nats-server: each space's own account, its limits, and what the
provisioning and member credentials cannot do (docs/security.md, "The relay operator")."""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from sync.relay import (
    STREAM_NAME,
    Credential,
    RelayClient,
    RelayRefused,
    RelayServer,
    SpaceLimits,
)
from sync.relay.client import subject_for
from sync.relay.provision import Provisioner, RateLimit, space_claim
from tests.support import run
from tests.sync.relay.test_permissions import RawUser
from tests.sync.relay.test_server import SMALL_STORE

MINE = os.urandom(32)
THEIRS = os.urandom(32)
MINE_ID, THEIRS_ID = b"m" * 16, b"t" * 16
SPACE_BYTES = 8 * 1024 * 1024
LIMITS = SpaceLimits(max_bytes=SPACE_BYTES, max_msgs=1000, max_consumers=4)


@pytest.fixture
def relay(tmp_path: Path) -> Iterator[RelayServer]:
    with RelayServer(tmp_path / "relay", max_store=SMALL_STORE, space_limits=LIMITS) as server:
        yield server


@asynccontextmanager
async def provisioning(server: RelayServer, new_spaces: int = 5) -> AsyncIterator[Provisioner]:
    """The relay process's side, as `commons relay` runs it."""
    await server.prepare_stream()
    provisioner = Provisioner(server, new_spaces=RateLimit(burst=new_spaces, every_s=3600))
    await provisioner.start()
    try:
        yield provisioner
    finally:
        await provisioner.stop()


async def login(server: RelayServer, credential: Credential, timeout: float = 3) -> RelayClient:
    return await RelayClient.connect(
        server.url, credential.user, credential.password, server.certificate_pem, timeout=timeout
    )


async def ask(server: RelayServer, tag: bytes, space_id: bytes) -> Credential:
    async with await login(server, server.provision_credential) as admin:
        return await admin.provision(tag, space_claim(space_id))


def scenario_with_provisioning(
    server: RelayServer, body: Callable[[], Awaitable[None]], new_spaces: int = 5
) -> None:
    async def scenario() -> None:
        async with provisioning(server, new_spaces):
            await body()

    run(scenario, timeout=60)


def test_an_admin_gets_a_space_credential_with_the_provisioning_address(relay: RelayServer) -> None:
    async def body() -> None:
        member = await ask(relay, MINE, MINE_ID)
        assert member.user.startswith("member-")
        assert member.password not in (relay.credential.password, relay.provision_credential.password)
        assert await ask(relay, MINE, MINE_ID) == member  # a second admin, or the same one again
        with pytest.raises(RelayRefused, match="already claimed"):
            await ask(relay, MINE, b"x" * 16)  # knows the tag (seen on the wire), not the space id
        async with await login(relay, member) as client:
            sequences = await client.publish(MINE, [b"one", b"two"])
            assert await client.fetch_all(MINE) == list(zip(sequences, [b"one", b"two"], strict=True))

    scenario_with_provisioning(relay, body)


def test_the_provisioning_user_can_do_nothing_but_ask(relay: RelayServer) -> None:
    async def body() -> None:
        await ask(relay, THEIRS, THEIRS_ID)
        async with await login(relay, relay.provision_credential, timeout=1) as admin:
            for attempt in (
                admin.publish(THEIRS, [b"intruder"]),
                admin.fetch_all(THEIRS),
                admin.last_sequence(THEIRS),
            ):
                with pytest.raises(RelayRefused, match="refused"):
                    await attempt
        user = await RawUser().connect(relay, relay.provision_credential)
        try:
            for subject in (">", subject_for(THEIRS), "_INBOX.>"):
                await user.nc.subscribe(subject)
                await user.denied(f'Subscription to "{subject}"')
            for subject in ("$JS.API.STREAM.NAMES", f"$JS.API.STREAM.DELETE.{STREAM_NAME}", "$JS.API.INFO"):
                await user.nc.publish(subject, b"")
                await user.denied(f'Publish to "{subject}"')
        finally:
            await user.nc.close()

    scenario_with_provisioning(relay, body)


def test_a_space_credential_cannot_list_delete_or_reach_another_space(relay: RelayServer) -> None:
    async def body() -> None:
        mine, theirs = await ask(relay, MINE, MINE_ID), await ask(relay, THEIRS, THEIRS_ID)
        async with await login(relay, theirs) as owner:
            [stored] = await owner.publish(THEIRS, [b"their envelope"])
        async with await login(relay, mine, timeout=1) as client:
            with pytest.raises(RelayRefused, match="may not reach that space"):
                await client.publish(THEIRS, [b"intruder"])
            with pytest.raises(RelayRefused, match="may not reach that space"):
                await client.fetch_all(THEIRS)
        user = await RawUser().connect(relay, mine)
        inbox = user.nc.new_inbox()
        try:
            await user.nc.subscribe(inbox)
            for subject in (
                "$JS.API.STREAM.NAMES",
                "$JS.API.STREAM.LIST",
                f"$JS.API.STREAM.INFO.{STREAM_NAME}",
                f"$JS.API.STREAM.DELETE.{STREAM_NAME}",
                f"$JS.API.STREAM.PURGE.{STREAM_NAME}",
                f"$JS.API.STREAM.UPDATE.{STREAM_NAME}",
                f"$JS.API.STREAM.MSG.DELETE.{STREAM_NAME}",
                f"$JS.API.CONSUMER.LIST.{STREAM_NAME}",
                f"$JS.API.CONSUMER.DELETE.{STREAM_NAME}.any",
                "$JS.API.ACCOUNT.INFO",
                subject_for(THEIRS),
            ):
                await user.nc.publish(subject, b"{}", reply=inbox)
                await user.denied(f'Publish to "{subject}"')
        finally:
            await user.nc.close()
        async with await login(relay, theirs) as owner:
            assert await owner.fetch_all(THEIRS) == [(stored, b"their envelope")]

    scenario_with_provisioning(relay, body)


def test_a_flood_fills_only_its_own_space_and_is_refused(relay: RelayServer) -> None:
    """Before accounts, 56 MiB in 0.6 s removed another space's only envelope from the shared stream."""

    async def body() -> None:
        mine, theirs = await ask(relay, MINE, MINE_ID), await ask(relay, THEIRS, THEIRS_ID)
        async with await login(relay, theirs) as owner:
            [their_only] = await owner.publish(THEIRS, [b"their only envelope"])
        async with await login(relay, mine) as flooder:
            [my_first] = await flooder.publish(MINE, [b"my first envelope"])
            chunk = os.urandom(1024 * 1024)
            with pytest.raises(RelayRefused, match="space on the relay is full"):
                for i in range(3 * SPACE_BYTES // len(chunk)):
                    await flooder.publish(MINE, [chunk[:-8] + i.to_bytes(8, "big")])
            assert (await flooder.fetch_all(MINE, limit=1)) == [(my_first, b"my first envelope")]
        async with await login(relay, theirs) as owner:
            assert await owner.fetch_all(THEIRS) == [(their_only, b"their only envelope")]
            assert await owner.publish(THEIRS, [b"and still room for theirs"])

    scenario_with_provisioning(relay, body)


def test_a_space_credential_hits_its_consumer_limit(relay: RelayServer) -> None:
    async def body() -> None:
        mine = await ask(relay, MINE, MINE_ID)
        async with await login(relay, mine) as client:
            stops = [await client.watch(MINE, lambda: None) for _ in range(LIMITS.max_consumers)]
            with pytest.raises(RelayRefused, match="too many devices"):
                await client.watch(MINE, lambda: None)
            for stop in stops:
                await stop()

    scenario_with_provisioning(relay, body)


def test_provisioning_is_rate_limited_and_bounded_by_the_store(tmp_path: Path) -> None:
    # Room for two spaces beside the shared stream.
    shared = SMALL_STORE - 2 * SPACE_BYTES
    with RelayServer(
        tmp_path / "relay", max_store=SMALL_STORE, shared_bytes=shared, space_limits=LIMITS
    ) as server:

        async def body() -> None:
            await ask(server, MINE, MINE_ID)
            await ask(server, THEIRS, THEIRS_ID)
            with pytest.raises(RelayRefused, match="no room for another community"):
                await ask(server, os.urandom(32), b"n" * 16)
            with pytest.raises(RelayRefused, match="too many requests"):
                await ask(server, os.urandom(32), b"o" * 16)  # the burst of 3 new spaces is spent
            assert await ask(server, MINE, MINE_ID)  # known spaces are still answered

        scenario_with_provisioning(server, body, new_spaces=3)
    accounts = json.loads((tmp_path / "relay" / "accounts.json").read_text())
    assert sorted(accounts) == sorted([MINE.hex(), THEIRS.hex()])
    assert all(MINE_ID.hex() not in json.dumps(a) for a in accounts.values())  # only the claim's hash
