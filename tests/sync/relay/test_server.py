"""The embedded relay against a real nats-server on 127.0.0.1: TLS pinning, the credential, the stream, restarts."""

from __future__ import annotations

import asyncio
import functools
import gc
import json
import os
import signal
import socket
import ssl
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import bcrypt
import nats.errors
import pytest
from nats.aio.client import Client

from sync.relay import (
    NATS_SERVER_ENV,
    STREAM_NAME,
    RelayBinaryError,
    RelayServer,
    ensure_stream,
    find_nats_server,
)
from sync.relay.address import RelayAddress

try:
    find_nats_server()
except RelayBinaryError as _missing:
    pytest.skip(f"no nats-server binary: {_missing}", allow_module_level=True)

SMALL_STORE = 256 * 1024 * 1024  # keep reservations far below any test machine's free disk
STREAM_BYTES = 128 * 1024 * 1024


@pytest.fixture
def relay_dir(tmp_path: Path) -> Path:
    return tmp_path / "relay"


@pytest.fixture
def relay(relay_dir: Path) -> Iterator[RelayServer]:
    with RelayServer(relay_dir, max_store=SMALL_STORE) as server:
        yield server


def pinned(server: RelayServer) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(server.certificate_path))


async def connect(
    server: RelayServer, *, password: str | None = None, tls: ssl.SSLContext | None = None
) -> Client:
    async def quiet(_exc: Exception) -> None:
        pass

    client = Client()
    try:
        await client.connect(
            server.url,
            tls=tls or pinned(server),
            user=server.credential.user,
            password=server.credential.password if password is None else password,
            allow_reconnect=False,
            max_reconnect_attempts=0,
            connect_timeout=3,
            error_cb=quiet,
        )
    except BaseException:
        # nats-py 2.16 leaves the socket of a refused connection open, and close() waits forever on it.
        transport = getattr(client, "_transport", None)
        if transport is not None:
            transport.close()
            await asyncio.sleep(0.05)
        raise
    return client


def test_a_pinned_client_keeps_envelopes_once_and_a_restart_keeps_everything(relay_dir: Path) -> None:
    async def first_run(server: RelayServer) -> None:
        nc = await connect(server)
        try:
            js = nc.jetstream()
            created = await ensure_stream(js, max_bytes=STREAM_BYTES)
            again = await ensure_stream(js, max_bytes=STREAM_BYTES)
            assert created.config.subjects == again.config.subjects == ["commons.v1.*"]
            assert again.config.max_bytes == STREAM_BYTES
            headers = {"Nats-Msg-Id": "envelope-hash-1"}
            ack = await js.publish("commons.v1.space1", b"envelope", headers=headers)
            repeat = await js.publish("commons.v1.space1", b"envelope", headers=headers)
            assert ack.stream == STREAM_NAME
            assert not ack.duplicate
            assert repeat.duplicate
            assert repeat.seq == ack.seq
            assert (await js.stream_info(STREAM_NAME)).state.messages == 1
        finally:
            await nc.close()

    async def second_run(server: RelayServer) -> None:
        nc = await connect(server)
        try:
            js = nc.jetstream()
            info = await js.stream_info(STREAM_NAME)
            assert info.state.messages == 1
            assert (await js.get_msg(STREAM_NAME, 1)).data == b"envelope"
            updated = await ensure_stream(js, max_bytes=STREAM_BYTES // 2)  # new limits, same messages
            assert updated.config.max_bytes == STREAM_BYTES // 2
            assert (await js.stream_info(STREAM_NAME)).state.messages == 1
        finally:
            await nc.close()

    with RelayServer(relay_dir, max_store=SMALL_STORE) as server:
        assert server.url.startswith("tls://127.0.0.1:")
        credential, fingerprint = server.credential, server.certificate_sha256
        asyncio.run(asyncio.wait_for(first_run(server), 10))
    with RelayServer(relay_dir, max_store=SMALL_STORE) as server:
        assert server.credential == credential
        assert server.certificate_sha256 == fingerprint
        asyncio.run(asyncio.wait_for(second_run(server), 10))


def test_a_wrong_password_is_refused(relay: RelayServer) -> None:
    with pytest.raises(nats.errors.Error, match="Authorization Violation"):
        asyncio.run(asyncio.wait_for(connect(relay, password="not-the-password"), 10))
    gc.collect()  # surface a leaked transport here, not in a later test


def test_a_client_that_does_not_pin_the_certificate_is_refused(relay: RelayServer) -> None:
    with pytest.raises(ssl.SSLCertVerificationError):
        asyncio.run(asyncio.wait_for(connect(relay, tls=ssl.create_default_context()), 10))
    gc.collect()


def test_a_plaintext_client_is_refused(relay: RelayServer) -> None:
    with socket.create_connection(("127.0.0.1", relay.port), timeout=5) as sock:
        info = sock.recv(4096)
        assert info.startswith(b"INFO ")
        assert json.loads(info[5:])["tls_required"] is True
        credential = relay.credential
        connect_op = json.dumps({"user": credential.user, "pass": credential.password, "verbose": False})
        sock.sendall(f"CONNECT {connect_op}\r\nPING\r\n".encode())
        received = b""
        while chunk := sock.recv(4096):
            received += chunk
    assert b"PONG" not in received


def test_generated_files_are_private(relay: RelayServer, relay_dir: Path) -> None:
    assert stat.S_IMODE(relay_dir.stat().st_mode) == 0o700
    for name in ("key.pem", "relay.conf", "credential.json"):
        assert stat.S_IMODE((relay_dir / name).stat().st_mode) == 0o600, name
    config = (relay_dir / "relay.conf").read_text()
    assert "tls {" in config
    assert "jetstream {" in config
    assert "max_payload:" in config


def test_stop_leaves_no_process_behind(relay_dir: Path) -> None:
    server = RelayServer(relay_dir, max_store=SMALL_STORE)
    server.start()
    pid = server.pid
    assert pid is not None
    assert server.running
    server.stop()
    server.stop()
    assert not server.running
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_a_missing_or_old_binary_is_a_clear_error(
    tmp_path: Path, relay_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(NATS_SERVER_ENV, str(tmp_path / "nowhere"))
    with pytest.raises(RelayBinaryError, match="not an executable"):
        RelayServer(relay_dir).start()
    old = tmp_path / "nats-server"
    old.write_text("#!/bin/sh\necho 'nats-server: v2.8.4'\n")
    old.chmod(0o755)
    monkeypatch.setenv(NATS_SERVER_ENV, str(old))
    with pytest.raises(RelayBinaryError, match=r"needs 2\.9 or newer"):
        RelayServer(relay_dir).start()


async def _stream_ready(relay_dir: Path, url: str) -> bool:
    from sync.relay import RelayClient

    # The operator's login, read where it stays: the relay's own computer.
    operator = json.loads((relay_dir / "credential.json").read_text())
    client = await RelayClient.connect(
        url, operator["user"], operator["password"], (relay_dir / "cert.pem").read_bytes()
    )
    try:
        return client.max_envelope > 0
    finally:
        await client.close()


def _ignore_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # as a background job (`make test &`) is started


RELAY_LINES = 7


def _ended(proc: subprocess.Popen[str]) -> tuple[str, str]:
    """Its output once it stopped by itself within 10 s; killed (and the test failed) otherwise."""
    try:
        return proc.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        pytest.fail("the relay did not stop on the signal")


def test_the_relay_command_prints_how_to_reach_it_and_stops_on_ctrl_c(relay_dir: Path) -> None:
    """Started with SIGINT ignored, as a background job is: Ctrl-C still stops it, and so does SIGTERM. What it
    prints holds the provisioning login, never the operator's."""
    main = "import sys; from commons_desktop.cli import main; sys.exit(main())"
    command = [sys.executable, "-c", main, "relay", "--data-dir-relay", str(relay_dir)]
    popen = functools.partial(
        subprocess.Popen,
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_ignore_sigint,  # the child needs the ignored SIGINT before it starts
    )
    with popen() as proc:
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(RELAY_LINES)]
        printed = dict(line.split(":", 1) for line in lines[:3])
        ready = asyncio.run(_stream_ready(relay_dir, printed["address"].strip()))  # made the stream already
        proc.send_signal(signal.SIGINT)
        _out, err = _ended(proc)
    assert proc.returncode == 0, err
    assert ready
    assert printed["address"].strip().startswith("tls://127.0.0.1:")
    assert len(printed["certificate"].split()[1]) == 64
    assert not list((relay_dir / "ports").glob("*.ports")), "nats-server did not shut down cleanly"
    operator = json.loads((relay_dir / "credential.json").read_text())
    provision = json.loads((relay_dir / "provision.json").read_text())
    everything = "".join(lines) + _out + err
    assert operator["password"] not in everything
    assert "user:" not in everything
    # The line to give admins: a provisioning address that pins this certificate.
    assert lines[-1].startswith("Relay running")
    address = RelayAddress.from_text(lines[4])
    assert address.servers[0][0] == "127.0.0.1"
    assert address.fingerprint.hex() == printed["certificate"].split()[1]
    assert address.user == provision["user"] == "provision"
    hashed = provision["password_bcrypt"].encode()  # only its hash is kept
    assert bcrypt.checkpw(address.password.encode(), hashed)
    # The next start listens on the same port and prints the same provisioning address, so the addresses given
    # out keep working; SIGTERM stops it.
    with popen() as proc:
        assert proc.stdout is not None
        again = [proc.stdout.readline() for _ in range(RELAY_LINES)]
        proc.send_signal(signal.SIGTERM)
        _out, err = _ended(proc)
    assert again[0] == lines[0], err
    assert again[4] == lines[4], err
    assert proc.returncode == 0, err


def test_a_store_from_before_accounts_is_set_aside_not_deleted(relay_dir: Path) -> None:
    """A server with accounts no longer serves the global account's stream: it is moved aside on start."""
    old = relay_dir / "jetstream" / "jetstream" / "$G" / "streams" / "COMMONS"
    old.mkdir(parents=True)
    (old / "meta.inf").write_text("{}")
    with RelayServer(relay_dir, max_store=SMALL_STORE) as server:
        assert server.running
    assert not old.exists()
    [aside] = (relay_dir / "jetstream-before-accounts").iterdir()
    assert (aside / "streams" / "COMMONS" / "meta.inf").read_text() == "{}"
