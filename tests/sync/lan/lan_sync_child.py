"""A child process for LAN sync tests: one device (engine + `LanNode`) inside a test's network namespace.

It rebuilds the device from the JSON file the test wrote (its raw private keys, its spaces' membership logs,
a saved document), starts discovery and the listener on its one address, writes its assets once it holds the
document, and reports on stdout (JSON lines) when its document holds every asset the test expects. Commands on
stdin: ``status``, ``dial`` (a manual address) and ``quit``.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import socket
import sys
import time
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any

from sync.community import CommunityDocument
from sync.community.model import Asset, AssetKind
from sync.engine import PeerSession, SyncEngine
from sync.identity import DeviceCard, DeviceId, DeviceKeys
from sync.lan import node as node_module
from sync.lan.discovery import PeerEvent
from sync.lan.node import LanNode
from sync.membership import Entry, member_id_of
from sync.ports import InMemoryDocumentStore, InMemorySpaceStore

_STARTED = time.monotonic()
_POLL = 0.02
_TASKS: set[asyncio.Task[None]] = set()


def emit(event: str, **fields: Any) -> None:
    print(json.dumps({"event": event, "t": round(time.monotonic() - _STARTED, 3), **fields}), flush=True)


class RecordingEngine(SyncEngine):
    """Remembers every peer a session was opened with: one per completed LAN handshake that was kept."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.opened: list[str] = []

    def open_session(self, peer: DeviceCard) -> PeerSession:
        self.opened.append(peer.device_id.hex)
        return super().open_session(peer)


class RecordingNode(LanNode):
    """Remembers what discovery reported (a test seam on a private hook: which announcements reached us), and
    every dial that reached a device this node was already connected to when it dialed."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.heard: dict[str, dict[str, Any]] = {}  # instance -> the nonce and tags it announced last (hex)
        self.redundant: list[str] = []

    async def dial(self, host: str, port: int, candidates: frozenset[DeviceId] | None = None) -> DeviceId:
        before = self.connected
        peer = await super().dial(host, port, candidates)
        if peer in before:
            self.redundant.append(peer.hex)
        return peer

    def _on_discovery(self, event: PeerEvent) -> None:
        peer = event.peer
        self.heard[peer.instance] = {"nonce": peer.nonce.hex(), "tags": [t.hex() for t in peer.tags]}
        super()._on_discovery(event)


def build(config: dict[str, Any]) -> tuple[RecordingEngine, bytes]:
    hybrid = bytes.fromhex(config["hybrid"]) if config.get("hybrid") else None
    keys = DeviceKeys.from_private_bytes(
        bytes.fromhex(config["signing"]), bytes.fromhex(config["agreement"]), hybrid
    )
    space_id = bytes.fromhex(config["space_id"])
    spaces, documents = InMemorySpaceStore(), InMemoryDocumentStore()
    encoded = [bytes.fromhex(e) for e in config["entries"]]
    spaces.add_log_entries(space_id, [(Entry.from_bytes(e).hash, e) for e in encoded])
    if config["snapshot"] is not None:
        documents.save_snapshot(space_id, bytes.fromhex(config["snapshot"]), replaces_changes=0)
    engine = RecordingEngine(keys, spaces, documents, actor_id=bytes.fromhex(config["actor"]))
    return engine, space_id


def write_assets(engine: SyncEngine, space_id: bytes, assets: list[dict[str, str]]) -> None:
    now = dt.datetime.now(dt.UTC)
    for a in assets:
        author = member_id_of(engine.me.device_id)  # a record names its writer (the authority rules)
        asset = Asset(a["id"], AssetKind.HUMAN, a["title"], author, created_at=now)
        engine.change(space_id, partial(CommunityDocument.add_asset, asset=asset))


def holds(engine: SyncEngine, space_id: bytes) -> set[str]:
    doc = engine.document(space_id)
    return set(doc.view().assets) if doc is not None else set()


def status(node: RecordingNode, engine: RecordingEngine, space_id: bytes) -> dict[str, Any]:
    return {
        "connected": sorted(d.hex for d in node.connected),
        "sessions": len(engine.sessions),
        "opened": engine.opened,
        "heard": node.heard,
        "redundant": node.redundant,
        "assets": sorted(holds(engine, space_id)),
    }


async def commands() -> asyncio.Queue[dict[str, Any]]:
    """Lines from stdin as a queue of commands; EOF counts as "quit"."""
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue()

    async def pump() -> None:
        while line := await reader.readline():
            await queue.put(json.loads(line))
        await queue.put({"cmd": "quit"})

    _TASKS.add(loop.create_task(pump()))  # a reference, or the loop may drop the task
    return queue


async def until_converged(
    node: RecordingNode, engine: RecordingEngine, space_id: bytes, config: dict[str, Any], started: float
) -> None:
    """Write our assets as soon as we hold the document; report once it holds every expected asset."""
    written = False
    expected = set(config["expect"])
    while True:
        if not written and engine.document(space_id) is not None:
            write_assets(engine, space_id, config["write"])
            written = True
            emit("wrote", after=round(time.monotonic() - started, 3))
        if written and expected <= holds(engine, space_id):
            emit("converged", after=round(time.monotonic() - started, 3), **status(node, engine, space_id))
            return
        await asyncio.sleep(_POLL)


async def dial(node: LanNode, command: dict[str, Any]) -> None:
    candidates = frozenset(DeviceId(bytes.fromhex(d)) for d in command["candidates"])
    try:
        peer = await node.dial(command["host"], command["port"], candidates)
    except Exception as e:
        emit("dial_failed", error=type(e).__name__, message=str(e))
    else:
        emit("dialed", peer=peer.hex)


async def run(config: dict[str, Any]) -> None:
    engine, space_id = build(config)
    if "rotate_seconds" in config:  # rotate the announcement often enough for a test to see it
        node_module.ANNOUNCE_CHECK = 0.5
        node_module.ANNOUNCE_ROTATE = config["rotate_seconds"]
    node = RecordingNode(engine, interfaces=[config["interface"]])
    queue = await commands()
    started = time.monotonic()
    await node.start()
    emit(
        "started",
        port=node.port,
        device=engine.me.device_id.hex,
        tags=sorted(t.hex() for t in engine.space_tags()),
        keys=sorted(k.hex() for k in node._announced_keys()),
        hostname=socket.gethostname(),
        after=round(time.monotonic() - started, 3),
    )
    watcher = asyncio.create_task(until_converged(node, engine, space_id, config, started))
    try:
        while (command := await queue.get())["cmd"] != "quit":
            if command["cmd"] == "status":
                emit("status", **status(node, engine, space_id))
            elif command["cmd"] == "dial":
                await dial(node, command)
    finally:
        watcher.cancel()
        await asyncio.gather(watcher, return_exceptions=True)
        final = status(node, engine, space_id)
        await node.stop()
    emit("bye", **final)


def main(run_device: Callable[[dict[str, Any]], Awaitable[None]] = run) -> None:
    """Read the test's JSON file for this device and run it; a failure is reported before it is raised."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", required=True, help="the JSON file the test wrote for this device")
    args = parser.parse_args()
    with open(args.config, encoding="utf-8") as f:
        config = json.load(f)
    try:
        asyncio.run(run_device(config))
    except Exception as e:
        emit("error", message=f"{type(e).__name__}: {e}")
        raise


if __name__ == "__main__":
    main()
