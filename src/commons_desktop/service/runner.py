"""The sync service's main loop: open the profile, run the engine and LAN sync, answer the app.

Run as `python -m commons_desktop.service` with the IPC pipes on stdin/stdout (the app does this), or as
`commons sync-service` from a terminal (`headless`). One asyncio loop does everything: reading commands, the
engine (single-threaded by design), TLS sessions and discovery. The store's connection is used only from this
thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import datetime as dt
import fcntl
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from store import ProfileManager, ProfileSession, StoreError
from sync.community import CommunityDocument
from sync.community.formats import export_json, import_record
from sync.community.model import Asset, AssetKind
from sync.engine import (
    ChangesRefused,
    DocumentChanged,
    EngineEvent,
    InSync,
    PeerConnected,
    PeerDisconnected,
    RelayActivity,
    RelayRefused,
    RelayStatus,
    SessionFailed,
    SupportRequested,
    SyncEngine,
    Syncing,
)
from sync.errors import FrameError, SyncError
from sync.frames import FrameDecoder, encode_frame
from sync.identity import DeviceId
from sync.invites import MAX_HINTS, QR_PREFIX, InviteRejected, parse_qr
from sync.lan.discovery import parse_peer_address
from sync.lan.node import LanNode
from sync.ports import device_keys_from
from sync.relay.address import RelayAddress
from sync.relay.link import RelayLink
from sync.spaces import relay_tag

from . import ipc
from .circles import CircleCommands, publish_circles

__all__ = ["Service", "ServiceBusy", "serve_headless", "serve_stdio"]

log = logging.getLogger(__name__)

CONFLICT_CHECK_DELAY = 1.0  # seconds after a peer's change before counting conflicts
LAN_FIRST_TIMEOUT = 5.0  # seconds to find the inviter nearby before joining through the invite's relay


_WRITERS: dict[str, Callable[[CommunityDocument, Any], None]] = {
    "members": CommunityDocument.add_member,
    "assets": CommunityDocument.add_asset,
    "needs_offers": CommunityDocument.add_need_or_offer,
    "events": CommunityDocument.add_event,
    "projects": CommunityDocument.add_project,
    "circles": CommunityDocument.add_lending_circle,
    "proposals": CommunityDocument.add_proposal,
    "pulse_rounds": CommunityDocument.add_pulse_round,
    "ledger": CommunityDocument.append_entry,
    "votes": CommunityDocument.cast_vote,
}
"""How each collection of a `put` reaches the document (each validates and writes in one transaction)."""


class ServiceBusy(ValueError):  # noqa: N818 - reads as what happened
    """Another window or sync service is already syncing this profile."""


SYNC_LOCK_FILE = "sync-service.lock"


def _hold_sync_lock(directory: Path) -> int:
    """One sync service per profile: two would both write the same documents."""
    fd = os.open(directory / SYNC_LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise ServiceBusy("This profile is already being synced by another window or sync service.") from None
    return fd


class Service:
    """The engine, its LAN node and the command handlers, for one open profile."""

    def __init__(
        self,
        session: ProfileSession,
        emit: Callable[[ipc._Message], None],
        *,
        listen_host: str,
        port: int = 0,
        relay_options: dict[str, Any] | None = None,
    ) -> None:
        relay_options = relay_options or {}
        self.session = session
        self._emit = emit
        self._lock_fd: int | None = _hold_sync_lock(session.directory)
        self._port = port
        identity = session.identity.get()
        self.engine = SyncEngine(
            device_keys_from(session.identity),
            session.spaces,
            session.documents,
            actor_id=identity.actor_id,
            relay=session.relay,
        )
        self.engine.listeners.append(self._engine_event)
        self.relay = RelayLink(self.engine, **relay_options)
        self.circles = CircleCommands(session, self.engine, self._space_id)
        self._listen_host = listen_host
        self.node: LanNode | None = None
        self.stopped = asyncio.Event()
        self._conflicts: dict[bytes, int] = {}
        self._conflict_checks: dict[bytes, asyncio.TimerHandle] = {}

    async def start(self, interfaces: tuple[str, ...] = ()) -> None:
        self.node = self._new_node(interfaces)
        await self.node.start()
        self.relay.start()
        publish_circles(self.session, self.engine)  # the plan may have changed while the service was off
        spaces = tuple(s.hex() for s in self.engine.space_ids())
        self._emit(ipc.Ready(str(self.engine.me.device_id), spaces, self.node.port))

    def _new_node(self, interfaces: tuple[str, ...]) -> LanNode:
        node = LanNode(self.engine, interfaces=interfaces, listen_host=self._listen_host, port=self._port)
        node.on_peer_found = lambda peer: self._emit(ipc.PeerFound(peer.addresses, peer.port))
        return node

    async def stop(self) -> None:
        for handle in self._conflict_checks.values():
            handle.cancel()
        self._conflict_checks.clear()
        await self.relay.stop()
        if self.node is not None:
            await self.node.stop()
        self.stopped.set()
        fd, self._lock_fd = self._lock_fd, None
        if fd is not None:
            os.close(fd)  # releases the lock

    def _engine_event(self, event: EngineEvent) -> None:
        if isinstance(event, PeerConnected):
            self._emit(ipc.PeerConnected(str(event.peer)))
        elif isinstance(event, PeerDisconnected):
            self._emit(ipc.PeerDisconnected(str(event.peer)))
        elif isinstance(event, SessionFailed):
            self._emit(ipc.SessionFailed(str(event.peer), event.reason))
        elif isinstance(event, Syncing):
            self._emit(ipc.Syncing(str(event.peer), event.space_id.hex()))
        elif isinstance(event, InSync):
            self._emit(ipc.InSync(str(event.peer), event.space_id.hex()))
        elif isinstance(event, DocumentChanged):
            self._emit(ipc.DocumentChanged(event.space_id.hex(), str(event.from_peer or "")))
            if event.from_peer is not None:
                self._check_conflicts_soon(event.space_id)
        elif isinstance(event, RelayStatus):
            self._emit(ipc.RelayStatus(event.space_id.hex(), event.connected, event.reason))
        elif isinstance(event, RelayActivity):
            self._emit(
                ipc.RelayActivity(
                    event.space_id.hex(),
                    event.fetched,
                    event.applied,
                    event.held,
                    event.refused,
                    event.published,
                )
            )
        elif isinstance(event, RelayRefused):
            self._emit(ipc.RelayRefused(event.space_id.hex(), event.reason))
        elif isinstance(event, ChangesRefused):
            refused = tuple(f"{member or 'unknown'}: {reason}" for member, reason in event.refused)
            self._emit(ipc.ChangesRefused(event.space_id.hex(), str(event.peer or ""), refused))
        elif isinstance(event, SupportRequested) and self.circles.keep_request(event):
            self._emit(ipc.SupportRequested(event.space_id.hex(), event.at_ms, event.message))

    def _check_conflicts_soon(self, space_id: bytes) -> None:
        """After a peer's changes settle, count the fields edited concurrently; tell the app if more appeared.

        Coalesced (one check per space per `CONFLICT_CHECK_DELAY`): a check builds the document's view."""
        if space_id in self._conflict_checks:
            return
        loop = asyncio.get_running_loop()
        self._conflict_checks[space_id] = loop.call_later(
            CONFLICT_CHECK_DELAY, self._check_conflicts, space_id
        )

    def _check_conflicts(self, space_id: bytes) -> None:
        self._conflict_checks.pop(space_id, None)
        doc = self.engine.document(space_id)
        if doc is None:
            return
        count = len(doc.conflicts())
        if count > self._conflicts.get(space_id, 0):
            self._emit(ipc.ConflictFound(space_id.hex(), count))
        self._conflicts[space_id] = count

    # -- commands --

    async def handle(self, command: Any) -> None:
        try:
            result = await self._run(command)
        except (SyncError, StoreError, ValueError, LookupError, OSError, TimeoutError) as exc:
            self._emit(ipc.Reply(command.id, False, error=str(exc)))
            return
        self._emit(ipc.Reply(command.id, True, result))
        if isinstance(command, ipc.Shutdown):
            await self.stop()

    def _authority(self) -> dict[str, dict[str, list[str]]]:
        """Per community: changes refused on receipt ("member: reason") and those waiting (why), for review."""
        out: dict[str, dict[str, list[str]]] = {}
        for space_id in self.engine.space_ids():
            doc = self.engine.document(space_id)
            if doc is None or not (doc.quarantined or doc.waiting):
                continue
            out[space_id.hex()] = {
                "refused": [f"{q.member_id or 'unknown'}: {q.reason}" for q in doc.quarantined],
                "waiting": [why for _hash, why in doc.waiting],
            }
        return out

    def _space_id(self, text: str) -> bytes:
        try:
            space_id = bytes.fromhex(text)
        except ValueError:
            raise LookupError("no such space") from None
        if self.engine.space(space_id) is None:
            raise LookupError("this device holds no such space")
        return space_id

    async def _run(self, command: Any) -> object:
        if isinstance(command, ipc.Status):
            node = self.node
            return {
                "spaces": [s.hex() for s in self.engine.space_ids()],
                "connected": sorted(str(d) for d in (node.connected if node else ())),
                "relay_tags": {s.hex(): relay_tag(s).hex() for s in self.engine.space_ids()},
                "circles": self.circles.status(),
                "relays": {
                    space_id.hex(): {"connected": up, "problem": self.relay.problems.get(space_id, "")}
                    for space_id, up in self.relay.connected.items()
                },
                "authority": self._authority(),
            }
        if isinstance(command, ipc.CreateCommunity):
            return self.engine.create_community(command.name).id.hex()
        if isinstance(command, ipc.AddAsset):
            space_id = self._space_id(command.space)
            asset = Asset(
                command.asset_id,
                AssetKind(command.kind),
                command.title,
                self.engine.member_id(space_id),  # the writer: peers refuse a record naming anyone else
                steward=command.steward,
                created_at=dt.datetime.now(dt.UTC),
            )
            self.engine.change(space_id, lambda doc: doc.add_asset(asset))
            return None
        if isinstance(command, ipc.Put):
            record = import_record(command.collection, command.record)
            write = _WRITERS[command.collection]
            self.engine.change(self._space_id(command.space), lambda doc: write(doc, record))
            return None
        if isinstance(command, ipc.View):
            doc = self.engine.document(self._space_id(command.space))
            return None if doc is None else export_json(doc.view())
        if isinstance(command, ipc.AddPeer):
            if self.node is None:
                raise ValueError("LAN sync is not running")
            device = await self.node.dial(command.host, command.port)
            self.node.add_manual_peer(command.host, command.port, device)  # and again whenever it is lost
            return str(device)
        if isinstance(command, ipc.RemoveMember):
            self.engine.remove_device(self._space_id(command.space), DeviceId.parse(command.device))
            return None
        if isinstance(command, ipc.Invite):
            space = self.engine.space(self._space_id(command.space))
            assert space is not None
            assert self.node is not None
            relay = _invite_relay(self.engine.relay_address(space.id))
            invite = space.invite(
                now=self.engine.now(), hints=tuple(self.node.addresses()[:MAX_HINTS]), relay=relay
            )
            return {
                "qr": invite.qr_payload(),
                "code": invite.short_code(),
                "expires": invite.expires_at.isoformat(),
            }
        if isinstance(command, ipc.Join):
            if self.node is None:
                raise ValueError("LAN sync is not running")
            via = [parse_peer_address(command.via)] if command.via else []
            scanned = parse_qr(command.code) if command.code.strip().upper().startswith(QR_PREFIX) else None
            if scanned is None or not scanned.relay:
                return self.circles.joined(await self.node.join(command.code, via=via))
            address = RelayAddress.from_text(scanned.relay)  # a bad one stops us before joining
            if scanned.hints or via:
                # Nearby first (the document then comes at LAN speed), then through the relay.
                with contextlib.suppress(InviteRejected):
                    space_id = await self.node.join(command.code, via=via, timeout=LAN_FIRST_TIMEOUT)
                    self.engine.set_relay(space_id, address.to_text())
                    return self.circles.joined(space_id)
            return self.circles.joined(await self.relay.join(scanned))
        if self.circles.handles(command):
            return self.circles.run(command)
        if isinstance(command, ipc.SetRelay):
            space_id = self._space_id(command.space)
            text = RelayAddress.from_text(command.address).to_text() if command.address.strip() else None
            self.engine.set_relay(space_id, text)
            return None
        if isinstance(command, ipc.SetDiscovery):
            await self._restart_node(command.interfaces)
            return None
        if isinstance(command, ipc.Shutdown):
            return None
        raise ValueError("this command is not for the sync service")

    async def _restart_node(self, interfaces: tuple[str, ...]) -> None:
        if self.node is not None:
            await self.node.stop()
        self.node = self._new_node(interfaces)
        await self.node.start()


def _invite_relay(text: str | None) -> str:
    """The space's relay address as an invite carries it: all of it if it fits, else its first server (a
    member's device learns the others when the address is set on it), else none."""
    if not text:
        return ""
    address = RelayAddress.from_text(text)
    if not address.fits_invite():
        address = dataclasses.replace(address, servers=address.servers[:1])
    return address.to_text() if address.fits_invite() else ""


# --- over stdin/stdout --------------------------------------------------------------------------------------


async def _stdin_frames() -> asyncio.StreamReader:
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    return reader


def _write(out: Any, message: ipc._Message) -> None:
    out.write(encode_frame(ipc.encode(message)))
    out.flush()


async def serve_stdio(*, listen_host: str = "127.0.0.1") -> int:
    """The service under the app: read Start, open the profile, then commands until Shutdown or EOF."""
    out = sys.stdout.buffer
    reader = await _stdin_frames()
    decoder = FrameDecoder()
    queue: list[bytes] = []

    async def next_frame() -> bytes | None:
        while not queue:
            chunk = await reader.read(65536)
            if not chunk:
                return None
            queue.extend(decoder.feed(chunk))
        return queue.pop(0)

    first = await next_frame()
    if first is None:
        return 1
    start = ipc.decode(first)
    if not isinstance(start, ipc.Start):
        return 2
    manager = ProfileManager(Path(start.data_dir))
    session = manager.unlock_with_key(start.profile_id, bytes.fromhex(start.key))
    try:
        service = Service(session, lambda m: _write(out, m), listen_host=listen_host)
    except ServiceBusy as exc:
        log.warning("%s", exc)
        session.lock()
        return 3
    try:
        await service.start()
        while not service.stopped.is_set():
            try:
                frame = await next_frame()
            except FrameError:
                break
            if frame is None:
                break  # the app went away: stop with it
            try:
                command = ipc.decode(frame)
            except ipc.IpcError as exc:
                log.warning("ignored a message from the app: %s", exc)
                continue
            await service.handle(command)
    finally:
        with contextlib.suppress(Exception):
            await service.stop()
        session.lock()
    return 0


async def serve_headless(
    session: ProfileSession,
    *,
    interfaces: tuple[str, ...],
    listen_host: str,
    port: int = 0,
    peers: tuple[tuple[str, int], ...],
    relays: tuple[tuple[bytes, str], ...] = (),
    out: Callable[[str], None],
) -> None:
    """`commons sync-service`: the same service without an app, reporting to *out* until interrupted."""

    def report(message: ipc._Message) -> None:
        if isinstance(message, ipc.Ready):
            out(f"device {message.device}, listening on port {message.port}, {len(message.spaces)} space(s)")
        elif isinstance(message, ipc.PeerConnected | ipc.PeerDisconnected):
            out(f"{message.TYPE.replace('_', ' ')}: {message.device}")
        elif isinstance(message, ipc.SessionFailed):
            out(f"session failed with {message.device}: {message.reason}")
        elif isinstance(message, ipc.RelayStatus):
            state = "relay connected" if message.connected else f"relay not available: {message.reason}"
            out(f"space {message.space}: {state}")
        elif isinstance(message, ipc.RelayRefused):
            out(f"space {message.space}: refused from the relay: {message.reason}")

    service = Service(session, report, listen_host=listen_host, port=port)
    for space_id, address in relays:
        if service.engine.space(space_id) is None:
            await service.stop()
            raise ValueError(f"this profile is in no space {space_id.hex()}")
        service.engine.set_relay(space_id, address)
    await service.start(interfaces)
    for space_id in service.engine.space_ids():
        out(f"space {space_id.hex()}: relay tag {relay_tag(space_id).hex()} (for `commons relay add-space`)")
    try:
        assert service.node is not None
        for host, port in peers:
            service.node.add_manual_peer(host, port)  # dialed now and again whenever lost, with backoff
        await service.stopped.wait()
    finally:
        await service.stop()


def main() -> int:
    logging.basicConfig(
        level=logging.WARNING, format="commons sync-service: %(levelname)s %(name)s: %(message)s"
    )
    os.umask(0o077)
    return asyncio.run(serve_stdio())
