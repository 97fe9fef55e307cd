"""Per-space users against a real nats-server: each reaches its own space's subject and nothing else."""

from __future__ import annotations

import asyncio
import json
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from nats.aio.client import Client

from sync.relay import (
    STREAM_NAME,
    Credential,
    RelayClient,
    RelayError,
    RelayServer,
    add_space_user,
    ensure_stream,
    inbox_prefix_for,
    space_user_name,
)
from sync.relay.client import subject_for
from tests.support import run
from tests.sync.relay.test_server import SMALL_STORE, STREAM_BYTES, connect, pinned

MINE = bytes.fromhex("11" * 32)
THEIRS = bytes.fromhex("22" * 32)
VIOLATION_WAIT_S = 3.0


@pytest.fixture
def relay(tmp_path: Path) -> Iterator[RelayServer]:
    with RelayServer(tmp_path / "relay", max_store=SMALL_STORE) as server:

        async def prepare() -> None:
            nc = await connect(server)
            try:
                await ensure_stream(nc.jetstream(), max_bytes=STREAM_BYTES)
            finally:
                await nc.close()

        run(prepare)
        yield server


async def space_client(server: RelayServer, credential: Credential, timeout: float = 3) -> RelayClient:
    return await RelayClient.connect(
        server.url, credential.user, credential.password, server.certificate_pem, timeout=timeout
    )


class RawUser:
    """A plain nats-py connection as a space user, collecting the permission violations the server reports."""

    def __init__(self) -> None:
        self.nc = Client()
        self.errors: list[str] = []

    async def connect(self, server: RelayServer, credential: Credential) -> RawUser:
        async def collect(exc: Exception) -> None:
            self.errors.append(str(exc))

        await self.nc.connect(
            server.url,
            tls=pinned(server),
            user=credential.user,
            password=credential.password,
            inbox_prefix=inbox_prefix_for(credential.user),
            allow_reconnect=False,
            max_reconnect_attempts=1,
            connect_timeout=3,
            error_cb=collect,
        )
        return self

    async def denied(self, what: str) -> str:
        """Wait (bounded) for the server to report a violation mentioning `what`; the report."""
        await self.nc.flush(timeout=3)
        deadline = asyncio.get_running_loop().time() + VIOLATION_WAIT_S
        while asyncio.get_running_loop().time() < deadline:
            for error in self.errors:
                if "permissions violation" in error.lower() and what.lower() in error.lower():
                    self.errors.remove(error)
                    return error
            await asyncio.sleep(0.01)
        raise AssertionError(f"no permissions violation for {what!r}; reported: {self.errors}")


def test_a_space_user_publishes_and_catches_up_on_its_own_space(relay: RelayServer) -> None:
    earlier = relay.add_space(MINE)  # while running: reloaded, usable at once
    credential = relay.add_space(MINE)  # asked again: a new password (only hashes are kept)
    assert credential.user == earlier.user == space_user_name(MINE) == "space-" + "11" * 8
    assert credential.password != earlier.password

    async def scenario() -> None:
        with pytest.raises(RelayError, match="refused this device's credential"):
            await space_client(relay, earlier, timeout=2)  # the earlier password stopped working
        async with await space_client(relay, credential) as client:
            seqs = await client.publish(MINE, [b"one", b"two", b"three"])
            assert await client.fetch_all(MINE, 0) == list(zip(seqs, [b"one", b"two", b"three"], strict=True))
            assert await client.fetch_all(MINE, seqs[0]) == list(
                zip(seqs[1:], [b"two", b"three"], strict=True)
            )
            assert await client.publish(MINE, [b"two"]) == [seqs[1]]  # duplicates still recognised
            big = [os.urandom(4096) for _ in range(300)]  # enough to need flow control
            more = await client.publish(MINE, big)
            assert [e for _, e in await client.fetch_all(MINE, seqs[-1])] == big
            assert more == sorted(more)

    run(scenario)


def test_a_space_user_cannot_reach_another_space(relay: RelayServer) -> None:
    mine, theirs = relay.add_space(MINE), relay.add_space(THEIRS)
    other = subject_for(THEIRS)
    stream_subjects = "commons.v1.*"

    async def scenario() -> None:
        async with await space_client(relay, theirs) as owner:
            stored = await owner.publish(THEIRS, [b"their envelope"])

        async with await space_client(relay, mine, timeout=1) as client:
            with pytest.raises(RelayError, match="reach that space"):
                await client.publish(THEIRS, [b"intruder"])
            with pytest.raises(RelayError, match="reach that space"):
                await client.fetch_all(THEIRS, 0)
            with pytest.raises(RelayError, match="reach that space"):
                await client.watch(THEIRS, lambda: None)
            assert await client.publish(MINE, [b"mine"])  # the refusals do not stick to later calls

        user = await RawUser().connect(relay, mine)
        nc = user.nc
        try:
            inbox = nc.new_inbox()
            await nc.subscribe(inbox)
            await nc.publish(other, b"intruder")
            await user.denied(f'Publish to "{other}"')
            for subject in (other, stream_subjects, ">", "_INBOX.>", inbox_prefix_for(theirs.user) + ".>"):
                await nc.subscribe(subject)
                await user.denied(f'Subscription to "{subject}"')
            requests = {
                f"$JS.API.DIRECT.GET.{STREAM_NAME}.{other}": b"",
                f"$JS.API.DIRECT.GET.{STREAM_NAME}": json.dumps({"last_by_subj": other}).encode(),
                f"$JS.API.STREAM.MSG.GET.{STREAM_NAME}": json.dumps({"last_by_subj": other}).encode(),
                f"$JS.API.CONSUMER.CREATE.{STREAM_NAME}.peek.{other}": consumer_request(other, inbox),
                f"$JS.API.CONSUMER.CREATE.{STREAM_NAME}": consumer_request(other, inbox),
                f"$JS.API.CONSUMER.CREATE.{STREAM_NAME}.peek": consumer_request(other, inbox),
                f"$JS.API.CONSUMER.DURABLE.CREATE.{STREAM_NAME}.peek": consumer_request(other, inbox),
                f"$JS.API.STREAM.DELETE.{STREAM_NAME}": b"",
                "$JS.API.STREAM.NAMES": b"",
                # STREAM.INFO's body may ask for every subject's message count: every space's relay tag.
                f"$JS.API.STREAM.INFO.{STREAM_NAME}": json.dumps({"subjects_filter": ">"}).encode(),
            }
            for subject, payload in requests.items():
                await nc.publish(subject, payload, reply=inbox)
                await user.denied(f'Publish to "{subject}"')

            # Allowed request subject, another space in the body: the server checks that they agree.
            mine_subject = subject_for(MINE)
            reply = await nc.request(
                f"$JS.API.CONSUMER.CREATE.{STREAM_NAME}.peek.{mine_subject}",
                consumer_request(other, inbox),
                timeout=3,
            )
            assert "error" in json.loads(reply.data)
            reply = await nc.request(
                f"$JS.API.CONSUMER.CREATE.{STREAM_NAME}.peek.{mine_subject}",
                consumer_request(None, inbox, filters=[mine_subject, other]),
                timeout=3,
            )
            assert "error" in json.loads(reply.data)
        finally:
            await nc.close()

        async with await space_client(relay, theirs) as owner:
            assert await owner.fetch_all(THEIRS, 0) == [(stored[0], b"their envelope")]

    run(scenario, timeout=30)


def test_a_space_user_cannot_aim_the_stream_at_its_api(relay: RelayServer) -> None:
    """Deliveries and acknowledgements are published by the server itself; they must not act as API requests."""
    mine = relay.add_space(MINE)
    delete = f"$JS.API.STREAM.DELETE.{STREAM_NAME}"

    async def scenario() -> None:
        user = await RawUser().connect(relay, mine)
        nc = user.nc
        try:
            subject = subject_for(MINE)
            await nc.publish(subject, b"{}", reply=delete)  # the PubAck goes to the reply subject
            reply = await nc.request(
                f"$JS.API.CONSUMER.CREATE.{STREAM_NAME}.aimed.{subject}",
                consumer_request(subject, delete),
                timeout=3,
            )
            response = json.loads(reply.data)
            await asyncio.sleep(0.5)
        finally:
            await nc.close()
        admin = await connect(relay)
        try:
            assert (await admin.jetstream().stream_info(STREAM_NAME)).config.name == STREAM_NAME, response
        finally:
            await admin.close()

    run(scenario)


def consumer_request(subject: str | None, deliver: str, filters: list[str] | None = None) -> bytes:
    config: dict[str, object] = {"deliver_subject": deliver, "ack_policy": "none", "deliver_policy": "all"}
    if subject is not None:
        config["filter_subject"] = subject
    if filters is not None:
        config["filter_subjects"] = filters
    return json.dumps({"stream_name": STREAM_NAME, "config": config}).encode()


def test_space_users_are_kept_privately_and_survive_a_restart(tmp_path: Path) -> None:
    data_dir = tmp_path / "relay"
    credential = add_space_user(data_dir, MINE)  # before the relay ever ran
    for name in ("spaces.json", "users.conf", "credential.json"):
        assert stat.S_IMODE((data_dir / name).stat().st_mode) == 0o600, name
    with pytest.raises(RelayError, match="32 bytes"):
        add_space_user(data_dir, b"short")
    with RelayServer(data_dir, max_store=SMALL_STORE) as server:
        asyncio.run(server.prepare_stream())

        async def scenario() -> None:
            async with await space_client(server, credential) as client:
                assert len(await client.publish(MINE, [b"kept"])) == 1

        run(scenario)


def test_the_add_space_command_prints_the_user_and_reloads_a_running_relay(relay: RelayServer) -> None:
    data_dir = relay.certificate_path.parent
    main = "import sys; from commons_desktop.cli import main; sys.exit(main())"
    command = [
        sys.executable,
        "-c",
        main,
        "relay",
        "add-space",
        MINE.hex(),
        "--data-dir-relay",
        str(data_dir),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=30, check=False)
    assert done.returncode == 0, done.stderr
    printed = dict(line.split(":", 1) for line in done.stdout.splitlines() if ":" in line)
    credential = Credential(printed["user"].strip(), printed["password"].strip())
    assert credential.user == space_user_name(MINE)
    assert "reload" in done.stdout

    async def scenario() -> None:
        for _ in range(100):  # the reload is asynchronous: bounded retries until the new user is known
            try:
                client = await space_client(relay, credential)
            except RelayError:
                await asyncio.sleep(0.05)
                continue
            async with client:
                assert len(await client.publish(MINE, [b"hello"])) == 1
                return
        pytest.fail("the running relay never accepted the new space user")

    run(scenario)
    bad = subprocess.run([*command[:5], "xyz"], capture_output=True, text=True, timeout=30, check=False)
    assert bad.returncode == 2
