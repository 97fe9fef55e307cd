"""The sync benchmark's devices: set-up shared with bench/sync_bench.py, and a child process running one engine.

`bench/sync_bench.py` imports the helpers (a device with in-memory stores, the creator holding a given
document, the invite handshake as bytes, a timed first contact) and also starts this file as a child process,
one per device, to keep every CRDT operation out of its Qt process:

    _sync_child.py creator SNAPSHOT_PATH   the space's creator, holding the saved document in SNAPSHOT_PATH
    _sync_child.py joiner                  a device that joins the space and then dials the creator

Each child speaks JSON lines on stdin/stdout (bytes as hex), so the invite handshake's messages travel between
the two processes through the parent, as they would between two devices:

    creator: prints {"port", "heads"} once listening; then answers {"invite"} with {"invite", "challenge"},
             {"admit": request, "invite": invite} with {"accepted": reply}; exits on {"quit"} or the end of
             stdin.
    joiner:  reads {"invite", "challenge"}, prints {"request"}; reads {"accepted"}, joins and starts its node,
             prints {"ready"}; reads {"go": port, "heads"}, dials, prints {"done": timings} once its document's
             heads equal the creator's; exits on "quit" or the end of stdin.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sync.engine import SyncEngine
from sync.identity import DeviceId, DeviceKeys
from sync.invites import Invite, prove
from sync.join import JoinAccepted, JoinRequest, decode_reply, new_challenge
from sync.lan.node import LanNode
from sync.ports import InMemoryDocumentStore, InMemorySpaceStore
from sync.spaces import Space

HOST = "127.0.0.1"
CREATOR_ACTOR = bytes([1]) * 16
POLL_SECONDS = 0.001  # how often a joiner checks its heads while waiting for the document
FIRST_CONTACT_TIMEOUT = 120.0  # seconds; a first contact that has not finished by then has failed


@dataclass
class Device:
    """One device: its keys, in-memory stores and a sync engine over them."""

    keys: DeviceKeys
    spaces: InMemorySpaceStore
    documents: InMemoryDocumentStore
    engine: SyncEngine

    @classmethod
    def new(cls, actor_id: bytes | None = None) -> Device:
        keys, spaces, documents = DeviceKeys.generate(), InMemorySpaceStore(), InMemoryDocumentStore()
        engine = SyncEngine(keys, spaces, documents, actor_id=actor_id or os.urandom(16))
        return cls(keys, spaces, documents, engine)

    def reopen(self) -> None:
        """A new engine over the same stores, as after quitting and starting again."""
        self.engine = SyncEngine(self.keys, self.spaces, self.documents, actor_id=self.engine.actor_id)

    def heads(self, space_id: bytes) -> list[bytes]:
        return sorted(self.engine.replica(space_id).heads())


def creator(snapshot: bytes) -> tuple[Device, bytes]:
    """A device that created a community whose document is *snapshot* (a saved `CommunityDocument`).

    `create_community` starts a fresh document with roots of its own, which a different document cannot be
    merged into (`Replica.adopt` refuses it as "a different community"). So the saved document replaces the
    stored one, as an import would, and the engine is reopened over the stores: it then loads that document
    like any stored one. The fresh document was never sent anywhere. Its `Replica.snapshot()`, what a first
    contact sends, is then exactly *snapshot* (until changes are appended to it).
    """
    device = Device.new(CREATOR_ACTOR)
    space = device.engine.create_community("Benchmark")
    device.documents.save_snapshot(space.id, snapshot, replaces_changes=0)
    device.reopen()
    return device, space.id


# --- the invite handshake, as the bytes two devices exchange ---------------------------------------------------


def invite(inviter: Device, space_id: bytes) -> tuple[bytes, bytes]:
    """A one-time invite (its bytes, as in the QR payload) and the inviter's fresh challenge."""
    space = inviter.engine.space(space_id)
    assert space is not None
    return space.invite(now=inviter.engine.now()).to_bytes(), new_challenge()


def request(joiner: Device, invite_bytes: bytes, challenge: bytes) -> bytes:
    code = Invite.from_bytes(invite_bytes)
    proof = prove(code.secret, code.inviter, joiner.keys.device_id.raw, challenge)
    return JoinRequest.make(joiner.keys, proof, challenge, DeviceId(code.inviter)).to_bytes()


def admit(inviter: Device, space_id: bytes, request_bytes: bytes, challenge: bytes) -> bytes:
    space = inviter.engine.space(space_id)
    assert space is not None
    reply = space.admit(JoinRequest.from_bytes(request_bytes), challenge, now=inviter.engine.now())
    return reply.to_bytes()


def finish_join(joiner: Device, invite_bytes: bytes, challenge: bytes, reply: bytes) -> bytes:
    """Keep the space the inviter accepted this device into; returns its id. The document comes by sync."""
    code = Invite.from_bytes(invite_bytes)
    accepted = decode_reply(reply)
    if not isinstance(accepted, JoinAccepted):
        raise RuntimeError(f"the inviter refused the join: {accepted}")
    space = Space.join(
        accepted,
        joiner.keys,
        joiner.spaces,
        joiner.engine.keyring,
        secret=code.secret,
        inviter=DeviceId(code.inviter),
        challenge=challenge,
        expected_space=code.space_id,
    )
    joiner.engine.add_space(space)
    return space.id


def join(inviter: Device, joiner: Device, space_id: bytes) -> None:
    """The whole handshake in one process (the benchmark's in-process rounds)."""
    invite_bytes, challenge = invite(inviter, space_id)
    reply = admit(inviter, space_id, request(joiner, invite_bytes, challenge), challenge)
    finish_join(joiner, invite_bytes, challenge, reply)


async def first_contact(
    node: LanNode, joiner: Device, space_id: bytes, port: int, heads: list[bytes]
) -> dict[str, float]:
    """Dial the creator at *port* and wait until this device's document has *heads*; milliseconds. Raises
    `TimeoutError` if that takes more than FIRST_CONTACT_TIMEOUT."""
    start = time.perf_counter()
    async with asyncio.timeout(FIRST_CONTACT_TIMEOUT):
        await node.dial(HOST, port)
        dialed = time.perf_counter()
        while joiner.heads(space_id) != heads:
            await asyncio.sleep(POLL_SECONDS)
    done = time.perf_counter()
    return {"total_ms": (done - start) * 1000, "dial_ms": (dialed - start) * 1000}


# --- the child process -------------------------------------------------------------------------------------------


def say(message: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def hear() -> dict[str, Any]:
    line = sys.stdin.readline()
    return json.loads(line) if line.strip() else {"quit": True}


async def hear_async() -> dict[str, Any]:
    return await asyncio.get_running_loop().run_in_executor(None, hear)


async def run_creator(snapshot_path: str) -> None:
    device, space_id = creator(Path(snapshot_path).read_bytes())
    node = LanNode(device.engine, listen_host=HOST)
    await node.start()
    say({"port": node.port, "heads": [h.hex() for h in device.heads(space_id)]})
    try:
        pending: dict[str, bytes] = {}  # invite (hex) -> its challenge
        while True:
            message = await hear_async()
            if "quit" in message:
                return
            if "admit" in message:
                challenge = pending.pop(message["invite"])
                reply = admit(device, space_id, bytes.fromhex(message["admit"]), challenge)
                say({"accepted": reply.hex()})
            elif "invite" in message:
                invite_bytes, challenge = invite(device, space_id)
                pending[invite_bytes.hex()] = challenge
                say({"invite": invite_bytes.hex(), "challenge": challenge.hex()})
    finally:
        await node.stop()


async def run_joiner() -> None:
    device = Device.new()
    code = hear()
    invite_bytes, challenge = bytes.fromhex(code["invite"]), bytes.fromhex(code["challenge"])
    say({"request": request(device, invite_bytes, challenge).hex()})
    space_id = finish_join(device, invite_bytes, challenge, bytes.fromhex(hear()["accepted"]))
    node = LanNode(device.engine, listen_host=HOST)
    await node.start()
    try:
        say({"ready": True})
        go = await hear_async()
        if "quit" in go:
            return
        heads = [bytes.fromhex(h) for h in go["heads"]]
        say({"done": await first_contact(node, device, space_id, go["go"], heads)})
        await hear_async()  # "quit"
    finally:
        await node.stop()


def main() -> None:
    role = sys.argv[1]
    if role == "creator":
        asyncio.run(run_creator(sys.argv[2]))
    elif role == "joiner":
        asyncio.run(run_joiner())
    else:
        sys.exit(f"unknown role {role!r}")


if __name__ == "__main__":
    main()
