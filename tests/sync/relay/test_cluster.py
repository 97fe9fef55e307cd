"""The cluster and leaf-node configurations of docs/relay.md, run as written on loopback with real nats-servers."""

from __future__ import annotations

import asyncio
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
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
    find_nats_server,
)
from sync.relay._base import MAX_MESSAGE
from sync.relay.address import RelayAddress, certificate_fingerprint
from sync.relay.link import RelayLink
from sync.spaces import relay_tag
from tests.support import run, until
from tests.sync.engine.simnet import community
from tests.sync.relay.test_link import assets, write
from tests.sync.relay.test_server import SMALL_STORE, STREAM_BYTES

DOC = Path(__file__).resolve().parents[3] / "docs" / "relay.md"
SPACE = bytes.fromhex("5a" * 32)
START_TIMEOUT_S = 10.0


def doc_config(name: str) -> str:
    """The fenced block after `<!-- config: name -->` in docs/relay.md."""
    match = re.search(rf"<!-- config: {re.escape(name)} -->\s*```conf\n(.*?)```", DOC.read_text(), re.S)
    assert match is not None, f"docs/relay.md has no config block {name!r}"
    return match[1]


def fill(template: str, values: dict[str, str]) -> str:
    text = template
    for key, value in values.items():
        text = text.replace(f"<{key}>", value)
    left = re.findall(r"<[A-Z_]+>", text)
    assert not left, f"placeholders not filled: {left}"
    return text


def free_ports(count: int) -> list[int]:
    sockets = [socket.socket() for _ in range(count)]
    try:
        for sock in sockets:
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


@dataclass
class Node:
    """One nats-server started from a documented configuration."""

    name: str
    root: Path
    client_port: int
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        return f"tls://127.0.0.1:{self.client_port}"

    def start(self, config: str) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        (self.root / "node.conf").write_text(config)
        ports = self.root / "ports"
        ports.mkdir(exist_ok=True)
        with (self.root / "node.log").open("ab") as log:
            self.process = subprocess.Popen(
                [str(find_nats_server()), "-c", str(self.root / "node.conf"), "--ports_file_dir", str(ports)],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def wait_ready(self) -> None:
        assert self.process is not None
        ports_file = self.root / "ports" / f"nats-server_{self.process.pid}.ports"
        deadline = time.monotonic() + START_TIMEOUT_S
        while not ports_file.exists():
            if self.process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"{self.name} did not start: {self.log_tail()}")
            time.sleep(0.01)

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=5)

    def log_tail(self) -> str:
        return (self.root / "node.log").read_text(errors="replace")[-3000:]


@pytest.fixture
def nodes() -> Iterator[list[Node]]:
    started: list[Node] = []
    yield started
    for node in started:
        node.kill()


@pytest.fixture
def relay_files(tmp_path: Path) -> tuple[Path, Credential, Credential]:
    """cert.pem, key.pem and users.conf as `commons relay` and `commons relay add-space` make them."""
    data_dir = tmp_path / "relay"
    with RelayServer(data_dir, max_store=SMALL_STORE) as server:
        admin = server.credential
    return data_dir, admin, add_space_user(data_dir, SPACE)


def common_values(node: Node, relay_dir: Path) -> dict[str, str]:
    node.root.mkdir(parents=True, exist_ok=True)
    shutil.copy(relay_dir / "users.conf", node.root / "users.conf")
    return {
        "NODE_NAME": node.name,
        "CLIENT_LISTEN": f"127.0.0.1:{node.client_port}",
        "STORE_DIR": str(node.root / "jetstream"),
        "CERT_FILE": str(relay_dir / "cert.pem"),
        "KEY_FILE": str(relay_dir / "key.pem"),
    }


async def admin_connect(urls: Sequence[str], relay_dir: Path, admin: Credential) -> Client:
    import ssl

    async def quiet(_exc: Exception) -> None:
        pass

    nc = Client()
    await nc.connect(
        list(urls),
        tls=ssl.create_default_context(cafile=str(relay_dir / "cert.pem")),
        user=admin.user,
        password=admin.password,
        allow_reconnect=False,
        max_reconnect_attempts=1,
        connect_timeout=2,
        error_cb=quiet,
    )
    return nc


async def create_stream(urls: Sequence[str], relay_dir: Path, admin: Credential, replicas: int) -> str:
    """The stream, retried (bounded) while the cluster elects its meta leader; the stream leader's name."""
    deadline = time.monotonic() + 15
    while True:
        try:
            nc = await admin_connect(urls, relay_dir, admin)
            try:
                info = await ensure_stream(nc.jetstream(timeout=2), max_bytes=STREAM_BYTES, replicas=replicas)
                assert info.config.num_replicas == replicas
                leader = info.cluster.leader if info.cluster is not None else None
                if replicas == 1 or leader:
                    return leader or ""
            finally:
                await nc.close()
        except Exception:
            if time.monotonic() > deadline:
                raise
        await asyncio.sleep(0.2)


async def space_client(urls: str | Sequence[str], relay_dir: Path, user: Credential) -> RelayClient:
    certificate = (relay_dir / "cert.pem").read_bytes()
    return await RelayClient.connect(urls, user.user, user.password, certificate, timeout=2)


def start_cluster(tmp_path: Path, nodes: list[Node], relay_dir: Path) -> None:
    """Three nodes from the documented `cluster-node` block, routed to each other, ready for clients."""
    ports = free_ports(6)
    names = ["relay-a", "relay-b", "relay-c"]
    nodes.extend(Node(name, tmp_path / name, ports[i]) for i, name in enumerate(names))
    routes = {f"ROUTE_URL_{'ABC'[i]}": f"nats-route://127.0.0.1:{ports[3 + i]}" for i in range(3)}
    for i, node in enumerate(nodes):
        values = common_values(node, relay_dir) | routes | {"ROUTE_LISTEN": f"127.0.0.1:{ports[3 + i]}"}
        node.start(fill(doc_config("cluster-node"), values))
    for node in nodes:
        node.wait_ready()


def test_the_documented_configs_are_the_ones_tested() -> None:
    for name in ("cluster-node", "leaf-hub", "leaf-node"):
        assert f"max_payload: {MAX_MESSAGE}\n" in doc_config(name), name


def test_a_three_node_cluster_keeps_every_acknowledged_envelope_when_the_stream_leader_is_killed(
    tmp_path: Path, nodes: list[Node], relay_files: tuple[Path, Credential, Credential]
) -> None:
    relay_dir, admin, user = relay_files
    start_cluster(tmp_path, nodes, relay_dir)
    urls = [node.url for node in nodes]
    acknowledged: dict[int, bytes] = {}

    async def publish_some(client: RelayClient, batch: int) -> None:
        envelopes = [f"{batch}-{i}".encode() * 50 for i in range(10)]
        seqs = await client.publish(SPACE, envelopes)
        acknowledged.update(zip(seqs, envelopes, strict=True))

    async def scenario() -> None:
        leader = await create_stream(urls, relay_dir, admin, replicas=3)
        async with await space_client(urls, relay_dir, user) as client:
            for batch in range(10):
                await publish_some(client, batch)
        next(node for node in nodes if node.name == leader).kill()
        survivors = [node.url for node in nodes if node.name != leader]
        assert len(survivors) == 2

        # Until the two survivors elect a new stream leader, publishes fail; devices retry, bounded here.
        deadline = time.monotonic() + 20
        batch = 100
        while len(acknowledged) < 200:
            try:
                async with await space_client(urls, relay_dir, user) as client:  # all three listed
                    while len(acknowledged) < 200:
                        await publish_some(client, batch)
                        batch += 1
            except RelayError:
                if time.monotonic() > deadline:
                    raise
                await asyncio.sleep(0.2)
        # A replica still catching up ignores direct gets (the request times out); devices retry, bounded here.
        while True:
            try:
                async with await space_client(survivors, relay_dir, user) as client:
                    fetched = dict(await client.fetch_all(SPACE, 0))
                break
            except RelayError:
                if time.monotonic() > deadline:
                    raise
        missing = {seq for seq, envelope in acknowledged.items() if fetched.get(seq) != envelope}
        assert not missing, f"{len(missing)} acknowledged envelopes lost"
        assert len(fetched) == len(acknowledged)

    try:
        run(scenario, timeout=45)
    except BaseException:
        print(*(node.log_tail() for node in nodes), sep="\n-----\n")
        raise


def test_a_leaf_node_and_its_hub_see_each_others_envelopes(
    tmp_path: Path, nodes: list[Node], relay_files: tuple[Path, Credential, Credential]
) -> None:
    relay_dir, admin, user = relay_files
    ports = free_ports(3)
    hub, leaf = Node("hub", tmp_path / "hub", ports[0]), Node("leaf", tmp_path / "leaf", ports[1])
    nodes.extend([hub, leaf])
    leaf_password = os.urandom(16).hex()
    hub.start(
        fill(
            doc_config("leaf-hub"),
            common_values(hub, relay_dir)
            | {"LEAF_LISTEN": f"127.0.0.1:{ports[2]}", "LEAF_PASSWORD": leaf_password},
        )
    )
    hub.wait_ready()
    leaf.start(
        fill(
            doc_config("leaf-node"),
            common_values(leaf, relay_dir)
            | {"HUB_LEAF_URL": f"tls://leaf:{leaf_password}@127.0.0.1:{ports[2]}"},
        )
    )
    leaf.wait_ready()

    async def connect_when_linked(url: str) -> RelayClient:
        deadline = time.monotonic() + 10  # the leaf forwards JetStream requests once it has joined the hub
        while True:
            try:
                return await space_client(url, relay_dir, user)
            except RelayError:
                if time.monotonic() > deadline:
                    raise
                await asyncio.sleep(0.1)

    async def scenario() -> None:
        await create_stream([hub.url], relay_dir, admin, replicas=1)
        async with (
            await connect_when_linked(hub.url) as at_hub,
            await connect_when_linked(leaf.url) as at_leaf,
        ):
            from_hub = await at_hub.publish(SPACE, [b"sealed at the hub"])
            from_leaf = await at_leaf.publish(SPACE, [b"sealed at the leaf", b"and another"])
            expected = [
                (from_hub[0], b"sealed at the hub"),
                (from_leaf[0], b"sealed at the leaf"),
                (from_leaf[1], b"and another"),
            ]
            assert await at_leaf.fetch_all(SPACE, 0) == expected
            assert await at_hub.fetch_all(SPACE, 0) == expected
            assert await at_leaf.fetch_all(SPACE, from_hub[0]) == expected[1:]
        nc = await admin_connect([hub.url], relay_dir, admin)
        try:
            assert (await nc.jetstream().stream_info(STREAM_NAME)).state.messages == 3
        finally:
            await nc.close()

    try:
        run(scenario, timeout=30)
    except BaseException:
        print(*(node.log_tail() for node in nodes), sep="\n-----\n")
        raise


def test_the_documented_users_conf_is_valid_json_inside(
    relay_files: tuple[Path, Credential, Credential],
) -> None:
    relay_dir, _admin, user = relay_files
    line = next(line for line in (relay_dir / "users.conf").read_text().splitlines() if user.user in line)
    permissions = json.loads(line.split("permissions: ", 1)[1].rsplit(" }", 1)[0])
    assert (
        f"$JS.API.CONSUMER.CREATE.{STREAM_NAME}.*.commons.v1.{SPACE.hex()}" in permissions["publish"]["allow"]
    )
    assert f"_INBOX_{user.user}.>" in permissions["subscribe"]["allow"]


def test_two_devices_keep_syncing_through_a_cluster_when_the_stream_leader_is_killed(
    tmp_path: Path, nodes: list[Node], relay_files: tuple[Path, Credential, Credential]
) -> None:
    """The sync engines' own relay links (tests/sync/relay/test_link.py) against the documented cluster."""
    relay_dir, admin, _ = relay_files
    (a, b), space_id = community(2)
    user = add_space_user(relay_dir, relay_tag(space_id))  # before the nodes copy users.conf
    start_cluster(tmp_path, nodes, relay_dir)
    certificate = (relay_dir / "cert.pem").read_bytes()
    address = RelayAddress(
        tuple(("127.0.0.1", node.client_port) for node in nodes),
        user.user,
        user.password,
        certificate_fingerprint(certificate),
    ).to_text()
    for peer in (a, b):
        peer.engine.set_relay(space_id, address)

    async def scenario() -> None:
        leader = await create_stream([node.url for node in nodes], relay_dir, admin, replicas=3)
        links = [RelayLink(p.engine, poll=0.5, settle=0.05, timeout=2, backoff=(0.2, 0.5)) for p in (a, b)]
        for link in links:
            link.start()
        try:
            write(a, space_id, 0)
            await until(lambda: b.engine.replica(space_id).has_document, "b's copy", timeout=20)
            next(node for node in nodes if node.name == leader).kill()
            for n in range(1, 11):
                write(a, space_id, n)
                write(b, space_id, n)
                await asyncio.sleep(0.05)
            everything = set(a.made) | set(b.made)
            await until(lambda: assets(a, space_id) == assets(b, space_id) == everything, "both", timeout=30)
        finally:
            for link in links:
                await link.stop()

    try:
        run(scenario, timeout=60)
    except BaseException:
        print(*(node.log_tail() for node in nodes), sep="\n-----\n")
        raise
