"""Joining with an invite, as the window does it: three real sync services on loopback, two joining the
same community at once. Each joiner is "up to date" with the inviter as soon as its first copy is in: the
`InSync` event and its sync report say so within seconds, not at the inviter's next greeting (30 s)."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

from commons_desktop.service import protocol
from commons_desktop.service.process import SyncServiceProcess
from store import ProfileManager
from sync.community.generator import generate_view
from sync.engine import DocumentChanged, InSync, SyncEngine, SyncReport
from sync.ports import device_keys_from
from tests.support import PASSPHRASE

SOON = 5.0  # seconds from a joiner's first copy to "up to date" (the copy itself may take longer)


class Watch:
    """When a joiner's first copy arrived, when it was in sync with the inviter, and its latest report."""

    def __init__(self, service: SyncServiceProcess, space: str, inviter: str) -> None:
        self.copy_at: float | None = None
        self.in_sync_at: float | None = None
        self.up_to_date_at: float | None = None
        self._space, self._inviter = space, inviter
        self._changed = threading.Condition()
        service.listeners.append(self._arrived)

    def _arrived(self, event: object) -> None:
        now = time.monotonic()
        with self._changed:
            if isinstance(event, DocumentChanged) and event.space_id.hex() == self._space:
                self.copy_at = self.copy_at or now
            elif isinstance(event, InSync) and event.space_id.hex() == self._space:
                if str(event.peer) == self._inviter:
                    self.in_sync_at = self.in_sync_at or now
            elif (
                isinstance(event, SyncReport)
                and event.space_id.hex() == self._space
                and self.up_to_date_at is None
                and _up_to_date_with(event, self._inviter)
            ):
                self.up_to_date_at = now
            self._changed.notify_all()

    def wait(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        with self._changed:
            while self.in_sync_at is None or self.up_to_date_at is None:
                left = deadline - time.monotonic()
                if left <= 0:
                    return
                self._changed.wait(left)


def _up_to_date_with(report: SyncReport, device: str) -> bool:
    return (
        report.has_everything
        and report.waiting_to_send == 0
        and any(str(p.device) == device and p.up_to_date for p in report.peers)
    )


def creator_with_a_community(manager: ProfileManager) -> tuple[SyncServiceProcess, str]:
    """Ana's profile holding a community of 300 assets (a first copy of ~100 KB), and its service."""
    session = manager.create("Ana", PASSPHRASE)
    engine = SyncEngine(
        device_keys_from(session.identity),
        session.spaces,
        session.documents,
        actor_id=session.identity.get().actor_id,
        relay=session.relay,
    )
    view = generate_view(assets=300, members=60, events=150, seed=7)
    space = engine.create_community("Canal Street", view).id.hex()
    service = SyncServiceProcess(manager.data_dir, session.profile_id, session.database_key())
    session.lock()
    return service, space


def test_two_joiners_at_once_are_each_up_to_date_as_soon_as_their_copy_is_in(
    manager: ProfileManager, services: list[SyncServiceProcess]
) -> None:
    ana, space = creator_with_a_community(manager)
    joiners = []
    for name in ("Ben", "Cai"):
        session = manager.create(name, PASSPHRASE)
        joiners.append(SyncServiceProcess(manager.data_dir, session.profile_id, session.database_key()))
        session.lock()
    services += [ana, *joiners]
    with ThreadPoolExecutor(3) as pool:
        readies = list(pool.map(lambda s: s.start(), [ana, *joiners]))
    inviter = readies[0].device
    watches = []
    for joiner in joiners:
        joiner.request(protocol.ListSyncReports())  # reports follow every change from now on
        watches.append(Watch(joiner, space, inviter))
    invites = [ana.request(protocol.Invite(space)).qr for _ in joiners]
    with ThreadPoolExecutor(2) as pool:
        pairs = zip(joiners, invites, strict=True)
        joined = list(pool.map(lambda p: p[0].request(protocol.Join(p[1]), 30), pairs))
    assert joined == [space, space]
    for watch in watches:
        watch.wait(timeout=30)
    for name, watch in zip(("Ben", "Cai"), watches, strict=True):
        assert watch.copy_at is not None, f"{name} never received the community"
        assert watch.in_sync_at is not None, f"{name} was never in sync with the inviter"
        assert watch.up_to_date_at is not None, f"{name}'s status never said up to date with the inviter"
        assert watch.in_sync_at - watch.copy_at < SOON
        assert watch.up_to_date_at - watch.copy_at < SOON
