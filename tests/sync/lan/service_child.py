"""A child process for LAN sync tests: one device running the real sync service core inside a test's namespace.

It opens the encrypted profile the test provisioned (with the database key from the JSON file the test wrote
in its tmp dir), runs `commons_desktop.service.core.Service` with discovery and the listener on its one
address, adds its assets through the service's own commands once it holds the document, and reports on stdout
(JSON lines) when the document holds every asset the test expects. The service makes each asset's id, so
assets are told apart by their titles (each test title is unique). Commands on stdin: ``status`` and ``quit``.
"""

from __future__ import annotations

import asyncio
import socket
import time
from pathlib import Path
from typing import Any

from commons_desktop.service import core, protocol
from store import ProfileManager
from sync.community import AssetKind
from sync.engine import PeerConnected
from sync.identity import DeviceId
from tests.support import FAST_KDF
from tests.sync.lan import lan_sync_child
from tests.sync.lan.lan_sync_child import RecordingNode, commands, emit

_POLL = 0.02

# The service builds its node from this name: a recording node is the same node that also remembers what
# discovery reported and any redundant dial.
core.LanNode = RecordingNode  # type: ignore[misc]


class Device:
    """The service and what it told its app (the emit callback and the answers): peers it connected to."""

    def __init__(self, config: dict[str, Any]) -> None:
        manager = ProfileManager(Path(config["data_dir"]), kdf=FAST_KDF)
        self.session = manager.unlock_with_key(config["profile_id"], bytes.fromhex(config["key"]))
        self.space = config["space_id"]
        self.ready: protocol.Ready | None = None
        self.opened: list[str] = []
        self._ids = iter(range(1, 1 << 30))
        self.service = core.Service(self.session, self._on_event, listen_host=config["interface"])

    def _on_event(self, event: object) -> None:
        if isinstance(event, protocol.Ready):
            self.ready = event
        elif isinstance(event, PeerConnected):
            self.opened.append(event.peer.hex)

    async def request(self, command: protocol.Command[Any]) -> Any:
        """Run *command* as the runner does and read its reply as the window would (through the codec)."""
        answers: list[bytes] = []
        await self.service.handle(next(self._ids), command, answers.append)
        [frame] = answers
        reply = protocol.decode_from_service(frame, lambda _id: type(command).result_type())
        assert isinstance(reply, protocol.Reply)
        if not reply.ok:
            raise RuntimeError(f"{type(command).__name__} failed: {reply.error}")
        return reply.result

    def assets(self) -> set[str]:
        """The titles of the assets the document holds."""
        doc = self.service.engine.document(bytes.fromhex(self.space))
        return {a.title for a in doc.view().assets.values()} if doc is not None else set()

    async def status(self) -> dict[str, Any]:
        node = self.service.node
        assert isinstance(node, RecordingNode)
        reported = await self.request(protocol.Status())
        return {
            "connected": sorted(DeviceId.parse(d).hex for d in reported.connected),
            "sessions": len(self.service.engine.sessions),
            "opened": self.opened,
            "heard": node.heard,
            "redundant": node.redundant,
            "assets": sorted(self.assets()),
        }


async def until_converged(device: Device, config: dict[str, Any], started: float) -> None:
    """Add our assets as soon as we hold the document; report once it holds every expected asset (by title)."""
    written = False
    expected = set(config["expect"])
    while True:
        if not written and device.service.engine.document(bytes.fromhex(device.space)) is not None:
            for a in config["write"]:  # authored by this device's member (the service fills it in)
                await device.request(protocol.AddAsset(device.space, AssetKind.HUMAN, a["title"]))
            written = True
            emit("wrote", after=round(time.monotonic() - started, 3))
        if written and expected <= device.assets():
            emit("converged", after=round(time.monotonic() - started, 3), **await device.status())
            return
        await asyncio.sleep(_POLL)


async def run(config: dict[str, Any]) -> None:
    device = Device(config)
    queue = await commands()
    started = time.monotonic()
    try:
        await device.service.start(interfaces=(config["interface"],))
        assert device.ready is not None
        emit(
            "started",
            port=device.ready.port,
            device=DeviceId.parse(device.ready.device).hex,
            spaces=list(device.ready.spaces),
            tags=sorted(t.hex() for t in device.service.engine.space_tags()),
            hostname=socket.gethostname(),
            after=round(time.monotonic() - started, 3),
        )
        watcher = asyncio.create_task(until_converged(device, config, started))
        try:
            while (command := await queue.get())["cmd"] != "quit":
                if command["cmd"] == "status":
                    emit("status", **await device.status())
        finally:
            watcher.cancel()
            await asyncio.gather(watcher, return_exceptions=True)
            final = await device.status()
    finally:
        await device.service.stop()
        device.session.lock()
    emit("bye", **final)


if __name__ == "__main__":
    lan_sync_child.main(run)
