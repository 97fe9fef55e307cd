"""RelayClient against a real nats-server on 127.0.0.1: publish once, catch up in order, errors a person can act on."""

from __future__ import annotations

import asyncio
import gc
import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import nats.errors
import nats.js.errors
import pytest

from sync.relay import RelayClient, RelayError, RelayRefused, RelayServer, ensure_stream
from sync.relay.client import MSG_ID_HEADER, NO_STREAM, REFUSED_CREDENTIAL, _as_relay_error, subject_for
from tests.support import run
from tests.sync.relay.test_server import SMALL_STORE, STREAM_BYTES, connect

SPACE = bytes.fromhex("a1b2c3d4e5f60718")
OTHER = bytes.fromhex("0f0e0d0c0b0a0908")


async def prepared(server: RelayServer) -> RelayClient:
    """The stream is the relay's job; create it with the test's small limits, then connect as a device would."""
    nc = await connect(server)
    try:
        await ensure_stream(nc.jetstream(), max_bytes=STREAM_BYTES)
    finally:
        await nc.close()
    return await client_for(server)


async def client_for(server: RelayServer, *, password: str | None = None) -> RelayClient:
    credential = server.credential
    return await RelayClient.connect(
        server.url,
        credential.user,
        credential.password if password is None else password,
        server.certificate_pem,
        timeout=3,
    )


@pytest.fixture
def relay(tmp_path: Path) -> Iterator[RelayServer]:
    with RelayServer(tmp_path / "relay", max_store=SMALL_STORE) as server:
        yield server


def test_the_client_is_exported() -> None:
    import sync.relay

    for name in ("RelayClient", "RelayError", "SUBJECT_PREFIX", "subject_for"):
        assert name in sync.relay.__all__


def test_subjects_are_the_lowercase_hex_of_the_space_tag() -> None:
    assert subject_for(b"\xab\x01") == "commons.v1.ab01"
    assert MSG_ID_HEADER == "Nats-Msg-Id"


def test_publish_then_catch_up_from_any_cursor(relay: RelayServer) -> None:
    async def scenario() -> None:
        async with await prepared(relay) as client:
            envelopes = [b"first", b"second", b"third"]
            seqs = await client.publish(SPACE, envelopes)
            assert seqs == sorted(seqs)
            assert len(set(seqs)) == 3
            assert await client.fetch_all(SPACE, 0) == list(zip(seqs, envelopes, strict=True))
            assert await client.fetch_all(SPACE, seqs[1]) == [(seqs[2], b"third")]
            assert await client.fetch_all(SPACE, seqs[2]) == []
            assert await client.fetch_all(SPACE, 0, limit=2) == list(
                zip(seqs[:2], envelopes[:2], strict=True)
            )
            async for seq, envelope in client.fetch(SPACE, seqs[0]):
                assert (seq, envelope) in zip(seqs[1:], envelopes[1:], strict=True)

            again = await client.publish(SPACE, [b"second", b"third"])
            assert again == seqs[1:]
            assert [seq for seq, _ in await client.fetch_all(SPACE, 0)] == seqs

    run(scenario)


def test_spaces_do_not_mix(relay: RelayServer) -> None:
    async def scenario() -> None:
        async with await prepared(relay) as client:
            assert await client.fetch_all(OTHER, 0) == []
            mine = await client.publish(SPACE, [b"a1", b"a2"])
            theirs = await client.publish(OTHER, [b"b1"])
            await client.publish(SPACE, [b"a3"])
            assert [e for _, e in await client.fetch_all(SPACE, 0)] == [b"a1", b"a2", b"a3"]
            assert await client.fetch_all(OTHER, 0) == [(theirs[0], b"b1")]
            assert await client.fetch_all(OTHER, mine[0]) == [(theirs[0], b"b1")]

    run(scenario)


def test_a_thousand_envelopes_of_4_kib_publish_and_catch_up_in_order(relay: RelayServer) -> None:
    envelopes = [i.to_bytes(4, "big") + os.urandom(4092) for i in range(1000)]

    async def scenario() -> None:
        async with await prepared(relay) as client:
            started = time.monotonic()
            seqs = await client.publish(SPACE, envelopes)
            fetched = await client.fetch_all(SPACE, 0)
            assert time.monotonic() - started < 10
            assert fetched == list(zip(seqs, envelopes, strict=True))
            assert seqs == sorted(seqs)

    run(scenario, timeout=20)


def test_an_envelope_too_large_for_the_stream_is_refused_before_sending(relay: RelayServer) -> None:
    async def scenario() -> None:
        async with await prepared(relay) as client:
            with pytest.raises(RelayError, match="larger than the relay accepts"):
                await client.publish(SPACE, [b"small", bytes(client.max_envelope + 1)])
            assert await client.fetch_all(SPACE, 0) == []
            assert len(await client.publish(SPACE, [bytes(client.max_envelope)])) == 1

    run(scenario)


def test_a_wrong_password_is_the_credential_reason(relay: RelayServer) -> None:
    async def scenario() -> None:
        await client_for(relay, password="not-the-password")

    with pytest.raises(RelayError, match="refused this device's credential"):
        run(scenario)
    gc.collect()  # surface a leaked transport here, not in a later test


def test_another_certificate_is_refused(relay: RelayServer, tmp_path: Path) -> None:
    with RelayServer(tmp_path / "impostor", max_store=SMALL_STORE) as impostor:

        async def scenario() -> None:
            credential = relay.credential
            await RelayClient.connect(
                impostor.url, credential.user, credential.password, relay.certificate_pem
            )

        with pytest.raises(RelayError, match="not the one this device pinned"):
            run(scenario)
    gc.collect()


def test_a_stopped_relay_is_unreachable(relay: RelayServer) -> None:
    run(lambda: _connect_and_close(relay))
    url = relay.url
    relay.stop()

    async def scenario() -> None:
        credential = relay.credential
        await RelayClient.connect(url, credential.user, credential.password, relay.certificate_pem, timeout=2)

    with pytest.raises(RelayError, match="unreachable"):
        run(scenario)
    gc.collect()


async def _connect_and_close(server: RelayServer) -> None:
    client = await prepared(server)
    await client.close()


def test_no_acknowledged_envelope_is_lost_when_the_relay_is_killed(tmp_path: Path) -> None:
    data_dir = tmp_path / "relay"
    acknowledged: dict[int, bytes] = {}

    async def publish_until_killed(server: RelayServer) -> None:
        pid = server.pid
        assert pid is not None

        async def kill_once_some_are_stored() -> None:
            while len(acknowledged) < 300:
                await asyncio.sleep(0.001)
            os.kill(pid, signal.SIGKILL)  # lands between or inside publishes, whichever is running

        client = await prepared(server)
        killer = asyncio.create_task(kill_once_some_are_stored())
        try:
            for batch in range(10_000):
                envelopes = [f"{batch}-{i}".encode() * 100 for i in range(10)]
                try:
                    seqs = await client.publish(SPACE, envelopes)
                except RelayError as exc:
                    assert "unreachable" in str(exc)
                    return
                acknowledged.update(zip(seqs, envelopes, strict=True))
            pytest.fail("publishing never failed after the relay was killed")
        finally:
            await killer
            await client.close()

    server = RelayServer(data_dir, max_store=SMALL_STORE)
    server.start()
    try:
        run(lambda: publish_until_killed(server))
        server.wait(timeout=5)
    finally:
        server.stop()
    assert len(acknowledged) >= 300

    async def catch_up(server: RelayServer) -> list[tuple[int, bytes]]:
        async with await client_for(server) as client:
            return await client.fetch_all(SPACE, 0)

    with RelayServer(data_dir, max_store=SMALL_STORE) as restarted:
        fetched = dict(run(lambda: catch_up(restarted)))
    missing = {seq for seq in acknowledged if fetched.get(seq) != acknowledged[seq]}
    assert not missing, f"{len(missing)} acknowledged envelopes lost"


def test_a_relay_without_the_stream_says_so(relay: RelayServer) -> None:
    async def scenario() -> None:
        async with await client_for(relay) as client:  # the stream was never created
            with pytest.raises(RelayError, match="no Commons stream"):
                await client.publish(SPACE, [b"one"])

    run(scenario)


def test_errors_are_classified_by_type_and_code() -> None:
    # Paths a live relay reaches rarely: a refusal after connecting, and JetStream API errors.
    assert str(_as_relay_error(nats.errors.AuthorizationError())) == REFUSED_CREDENTIAL
    assert str(_as_relay_error(nats.js.errors.APIError(code=404, err_code=10059))) == NO_STREAM
    rejected = _as_relay_error(nats.js.errors.APIError(code=400, err_code=10999, description="bad request"))
    assert str(rejected) == "the relay refused the request: bad request"
    assert isinstance(rejected, RelayRefused)
    full = _as_relay_error(nats.js.errors.BadRequestError(code=400, err_code=10002, description="limits"))
    assert isinstance(full, RelayRefused)
    assert "full" in str(full)
    assert "too many devices" in str(_as_relay_error(nats.js.errors.APIError(code=400, err_code=10026)))
    assert not isinstance(_as_relay_error(TimeoutError()), RelayRefused)
    assert "unreachable" in str(_as_relay_error(nats.errors.TimeoutError()))
    assert "unreachable" in str(_as_relay_error(ConnectionRefusedError()))
    # A timeout is a refusal only when the server reported a permissions violation during the call.
    assert "reach that space" in str(_as_relay_error(TimeoutError(), refused_permission=True))
    assert "reach that space" in str(
        _as_relay_error(nats.errors.NoRespondersError(), refused_permission=True)
    )
