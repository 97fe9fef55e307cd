"""The sync service for one open profile: the engine, its LAN node and relay link, and what the window hears.

Commands are handled by the feature modules in `commands/`; this object holds what they share and turns the
engine's events into protocol events (the engine's own event classes cross the pipe as they are). One asyncio
loop does everything; the store's connection is used only from its thread.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import fcntl
import inspect
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from commons_desktop.diagnostics import log_unexpected
from store import ProfileSession, StoreError
from sync.community.demo import DemoVerifier
from sync.community.verified import Remembering, VerifiedSignatures
from sync.engine import (
    AlertDeliveryChanged,
    ChangesRefused,
    DocumentChanged,
    EngineEvent,
    MembershipChanged,
    SupportRequested,
    SyncEngine,
)
from sync.errors import SyncError
from sync.identity import DeviceKeys
from sync.lan.node import LanNode
from sync.ports import device_keys_from
from sync.rejoin import rejoin_circles
from sync.relay.link import RelayLink
from sync.spaces import writers_of

from . import protocol
from .commands import HANDLERS, load_all
from .commands.community import CommunityWatch
from .commands.news import NewsCache
from .commands.people import DemoTown
from .commands.pulse import PulsePoster
from .commands.receipts import ReceiptWriter
from .commands.review import ReviewWatch
from .commands.signed_lines import SignedLines
from .commands.status import ReportWatch
from .commands.support import SupportCircles, publish_shares, support_deliveries
from .commands.votes import RevealWriter

if TYPE_CHECKING:
    from sync.community import MembershipVerifier

__all__ = ["SYNC_LOCK_FILE", "Emit", "Service", "ServiceBusy"]

log = logging.getLogger(__name__)

UNEXPECTED = (
    "Something unexpected went wrong in the sync service, and this may not have been done. Please try again; "
    "if it keeps happening, restart Commons."
)
CONFLICT_CHECK_DELAY = 1.0  # seconds after a peer's change before counting conflicts
SYNC_LOCK_FILE = "sync-service.lock"
LOCAL_ONLY_REFUSED = (
    "This is a guest session, so nothing in it is synced. "
    "Create a profile to start, join or share a community."
)
# What a guest's service refuses: everything that would reach another device or make a space that could.
_NOT_LOCAL = (
    protocol.AddPeer,
    protocol.SetDiscovery,
    protocol.Invite,
    protocol.Join,
    protocol.SetRelay,
    protocol.SetSupportRelay,
    protocol.CreateCommunity,
    protocol.CreateSupportCircle,
    protocol.RequestSupport,
)

Emit = Callable[[object], None]  # a protocol event to the window
Answer = Callable[[bytes], None]  # a reply frame to the window

load_all()


class ServiceBusy(ValueError):  # noqa: N818 - reads as what happened
    """Another window or sync service is already syncing this profile."""


def _rejoin_circles(session: ProfileSession) -> dict[bytes, bytes]:
    """After a move or a restore: join the person's support circles through the old device's keys
    (`sync.rejoin`). What cannot be done is logged and left for the next start."""
    previous = session.identity.previous()
    if previous is None:
        return {}
    old = DeviceKeys.from_private_bytes(previous.signing_key, previous.agreement_key, previous.hybrid_key)
    try:
        return rejoin_circles(
            session.spaces, old, device_keys_from(session.identity), now=dt.datetime.now(dt.UTC)
        )
    except SyncError as exc:
        log.warning("could not join the support circles as this device yet: %s", type(exc).__name__)
        return {}


def _hold_sync_lock(directory: Path) -> int:
    """One sync service per profile: two would both write the same documents."""
    fd = os.open(directory / SYNC_LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise ServiceBusy("This profile is already being synced by another window or sync service.") from None
    return fd


def _system_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Service:
    """What the command handlers share, for one open profile."""

    def __init__(
        self,
        session: ProfileSession,
        emit: Emit,
        *,
        listen_host: str,
        port: int = 0,
        relay_options: dict[str, Any] | None = None,
        local_only: bool = False,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        self.session = session
        self.local_only = local_only
        self.emit = emit
        self._lock_fd: int | None = _hold_sync_lock(session.directory)
        self.port = port
        self.listen_host = listen_host
        introductions = _rejoin_circles(session)  # before the engine reads the circles' logs
        self.engine = SyncEngine(
            device_keys_from(session.identity),
            session.spaces,
            session.documents,
            actor_id=session.identity.get().actor_id,
            relay=session.relay,
            outbox=session.support_outbox,
            clock=clock or _system_now,  # a test's clock, or the system's
        )
        self.engine.listeners.append(self._engine_event)
        self.engine.introduce(introductions)
        self.engine.on_introduced = self._introduced
        self.engine.on_held = self._held
        self.demo = DemoTown(session, self.engine)  # kept local before anything is announced
        self.relay = RelayLink(self.engine, **(relay_options or {}))
        self.support = SupportCircles(session, self.engine)
        self.communities = CommunityWatch(self.engine, emit)
        self.reports = ReportWatch(self.engine, emit)  # each community's sync status, pushed as it changes
        self.news = NewsCache()  # what "What's new" keeps between reports (what was seen, the checked ledger)
        self.signatures: dict[
            bytes, VerifiedSignatures
        ] = {}  # per community: records whose signature verified
        self.reviews = ReviewWatch(self.engine, emit, self.verifier, self.news.ledger)
        self.pulse = PulsePoster(self)  # sends my masked answers once a round's last key arrives
        self.receipts = ReceiptWriter(self)  # signs that this device holds others' votes while voting is open
        self.signed_lines = SignedLines(self)  # copies my signed ledger entries into my personal store
        self.reveals = RevealWriter(self)  # opens my sealed votes once their deadline has passed
        self.node: LanNode | None = None
        self.stopped = asyncio.Event()
        self._conflicts: dict[bytes, int] = {}
        self._conflict_checks: dict[bytes, asyncio.TimerHandle] = {}
        self._release: asyncio.TimerHandle | None = None  # when a change held for its date is judged

    async def start(self, interfaces: tuple[str, ...] = ()) -> None:
        self.node = self.new_node(interfaces)
        await self.node.start()
        self.relay.start()
        publish_shares(self.session, self.engine)  # the plan may have changed while the service was off
        spaces = tuple(s.hex() for s in self.engine.space_ids())
        self.emit(protocol.Ready(str(self.engine.me.device_id), spaces, self.node.port))
        for space_id in self.engine.space_ids():  # entries signed before this version, or while it was off
            self.signed_lines.changed(space_id)
        self._support_deliveries()  # what still waits in the outbox from before
        self.reveals.look_everywhere()  # deadlines that passed while the service was off

    def _support_deliveries(self) -> None:
        self.emit(protocol.SupportDeliveries(support_deliveries(self.session, self.engine)))

    def _introduced(self, space_id: bytes) -> None:
        """The relay took a circle's introduction of this device; once it took every one, the old keys go."""
        if not self.engine.introductions_waiting():
            self.session.identity.forget_previous()

    def new_node(self, interfaces: tuple[str, ...]) -> LanNode:
        node = LanNode(self.engine, interfaces=interfaces, listen_host=self.listen_host, port=self.port)
        node.on_peer_found = lambda peer: self.emit(protocol.PeerFound(peer.addresses, peer.port))
        return node

    def running_node(self) -> LanNode:
        if self.node is None:
            raise ValueError("LAN sync is not running")
        return self.node

    async def stop(self) -> None:
        for handle in self._conflict_checks.values():
            handle.cancel()
        self._conflict_checks.clear()
        if self._release is not None:
            self._release.cancel()
            self._release = None
        self.pulse.stop()
        self.receipts.stop()
        self.signed_lines.stop()
        self.reveals.stop()
        self.communities.stop()
        self.reports.stop()
        self.reviews.stop()
        await self.relay.stop()
        if self.node is not None:
            await self.node.stop()
        self.stopped.set()
        fd, self._lock_fd = self._lock_fd, None
        if fd is not None:
            os.close(fd)  # releases the lock

    def verifier(self, space_id: bytes) -> MembershipVerifier:
        """Who signed what in a space: its membership log; in the demo town, its made-up residents too (they
        are in no log: the demo is never synced, so no peer ever judges it). It checks each signed record's
        signature once per session (`Remembering`): the ledger is judged again after every change."""
        space = self.engine.space(space_id)
        if space is None:
            raise LookupError("this device is not in that space")
        writers = writers_of(space.log)
        known = self.signatures.setdefault(space_id, VerifiedSignatures())
        return Remembering(DemoVerifier(writers) if self.demo.is_demo(space_id) else writers, known)

    def space_id(self, text: str) -> bytes:
        """The id of a space this device holds, from its hex; LookupError otherwise."""
        try:
            space_id = bytes.fromhex(text)
        except ValueError:
            raise LookupError("no such space") from None
        if self.engine.space(space_id) is None:
            raise LookupError("this device holds no such space")
        return space_id

    def forget_space(self, space_id: bytes) -> None:
        """Leave a space on this device: the engine forgets it (store rows, keys, sessions) and so does
        everything here that followed it."""
        self.engine.forget_space(space_id)
        self.communities.close(space_id)
        self.demo.forgotten(space_id)
        self.news.forget(space_id)
        self.signatures.pop(space_id, None)
        self._conflicts.pop(space_id, None)
        self.pulse.forget(space_id)
        self.receipts.forget(space_id)
        self.signed_lines.forget(space_id)  # the lines already kept stay: the record survives leaving
        self.reveals.forget(space_id)
        handle = self._conflict_checks.pop(space_id, None)
        if handle is not None:
            handle.cancel()

    # -- commands --

    async def handle(self, command_id: int, command: protocol.Command[Any], answer: Answer) -> None:
        """Run one command and answer it (a failure as a sentence); stops the service after `Shutdown`."""
        handler = HANDLERS.get(type(command))
        try:
            if handler is None:
                raise ValueError("this command is not for the sync service")
            if self.local_only and isinstance(command, _NOT_LOCAL):
                raise ValueError(LOCAL_ONLY_REFUSED)
            result = handler(self, command)
            if inspect.isawaitable(result):
                result = await result
        except (SyncError, StoreError, ValueError, LookupError, OSError, TimeoutError) as exc:
            answer(protocol.encode_failure(command_id, str(exc)))
            return
        except Exception as exc:  # a bug: answer it and keep serving; log where, never the message (data)
            log_unexpected(exc)
            answer(protocol.encode_failure(command_id, UNEXPECTED))
            return
        answer(protocol.encode_reply(command_id, result))
        if isinstance(command, protocol.Shutdown):
            await self.stop()

    # -- the engine's news --

    def _engine_event(self, event: EngineEvent) -> None:
        if isinstance(event, SupportRequested) and not self.support.keep_request(event):
            return  # no newer than the one kept: already shown, or marked seen
        self.emit(event)
        if isinstance(event, AlertDeliveryChanged):
            self._support_deliveries()
        if isinstance(event, (DocumentChanged, ChangesRefused)):
            self.reviews.changed(event.space_id)
        if isinstance(event, (DocumentChanged, MembershipChanged)):
            self.signed_lines.changed(event.space_id)  # mine, or a verdict on mine, may have changed
        if isinstance(event, MembershipChanged) and self.node is not None:
            self.node.announcement_changed()  # a space joined or left, or its key rotated
        if isinstance(event, DocumentChanged):
            self.communities.changed(event.space_id)
            self.reveals.changed(event.space_id)  # my own sealed vote too: its timer is set from here
            if event.from_peer is not None:
                self._check_conflicts_soon(event.space_id)
                self.pulse.changed(event.space_id)
                self.receipts.changed(event.space_id)

    def _held(self, space_id: bytes) -> None:
        """A community's changes held for their date changed: the review shows them, and the earliest is
        judged when its time comes, whether or not anything else arrives."""
        self.reviews.changed(space_id)
        self._schedule_release()

    def _schedule_release(self) -> None:
        if self._release is not None:
            self._release.cancel()
            self._release = None
        until = self.engine.held_until()
        if until is None or self.stopped.is_set():
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # no loop (a test driving the engine by hand): the caller releases
            return
        delay = max(0.0, (until - self.engine.now()).total_seconds())
        self._release = loop.call_later(delay, self._release_held)

    def _release_held(self) -> None:
        self._release = None
        self.engine.release_held()
        self._schedule_release()

    def _check_conflicts_soon(self, space_id: bytes) -> None:
        """After a peer's changes settle, count the fields edited concurrently; tell the window if more appeared.

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
            self.emit(protocol.ConflictFound(space_id.hex(), count))
        self._conflicts[space_id] = count
