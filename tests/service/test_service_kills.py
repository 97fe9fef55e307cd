"""Kill -9 of a real sync service mid-session, over and over: Robin's service writes records and asks for support
while in session with Ana's service on loopback, and is killed at a random moment with commands in flight. After
every kill: each write the service acknowledged is in the document once, each acknowledged request for support is
still waiting in the outbox (once) or reached Ana, the store is whole, and no file holds the words in the clear.
At the end everything reaches Ana, once."""

from __future__ import annotations

import os
import random
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from commons_desktop.service import protocol
from commons_desktop.service.process import SyncServiceProcess
from store import ProfileManager, ProfileSession
from sync.community import AssetKind
from sync.engine import InSync, SupportRequested
from sync.support_circle import SupportRequest
from tests.reliability import Tally, tally
from tests.service.test_sync_service import records, service_for
from tests.support import PASSPHRASE, EventLog, files_containing

KILLS = int(os.environ.get("COMMONS_SERVICE_KILLS", "2"))
ROUNDS_PER_COMMUNITY = 25  # then a new community, so that reading it back stays quick over a long run
CANARY = "CANARY-mid-session"
WAIT = 30.0  # seconds: the longest any one step may take on a loaded machine


@dataclass
class Acknowledged:
    """What Robin's service answered as done, and what the test has already counted as lost."""

    assets: dict[str, str] = field(default_factory=dict)  # asset id -> title, in the current community
    requests: list[str] = field(default_factory=list)  # messages of the requests for support
    counted: set[str] = field(default_factory=set)  # ids and messages already counted as lost
    lock: threading.Lock = field(default_factory=threading.Lock)

    def asset(self, title: str, reply: protocol.Reply) -> None:
        if reply.ok:
            with self.lock:
                self.assets[reply.result] = title

    def request(self, message: str, reply: protocol.Reply) -> None:
        if reply.ok:
            with self.lock:
                self.requests.append(message)

    def newly_lost(self, missing: set[str]) -> int:
        fresh = missing - self.counted
        self.counted |= fresh
        return len(fresh)


class Heard:
    """Every request for support Ana's service reported, by its words."""

    def __init__(self, service: SyncServiceProcess) -> None:
        self.messages: list[str] = []
        self._changed = threading.Condition()
        service.listeners.append(self._arrived)

    def _arrived(self, event: object) -> None:
        if isinstance(event, SupportRequested):
            with self._changed:
                self.messages.append(event.message)
                self._changed.notify_all()

    def missing(self, messages: set[str], timeout: float) -> set[str]:
        """Those of *messages* Ana has not reported, after waiting up to *timeout* for them."""
        with self._changed:
            self._changed.wait_for(lambda: messages <= set(self.messages), timeout)
            return messages - set(self.messages)


def _write_until(
    robin: SyncServiceProcess, space: str, round_: int, rng: random.Random, done: Acknowledged
) -> None:
    """Send writes without waiting for their answers (a request for support among them) until a few were
    acknowledged and a random while has passed, so the kill finds commands in flight however loaded the machine
    is."""
    start = time.monotonic()
    deadline, minimum, ask_at = (
        start + rng.uniform(0.05, 0.5),
        len(done.assets) + rng.randint(1, 10),
        rng.randrange(8),
    )
    n = 0
    while time.monotonic() < deadline or len(done.assets) < minimum or n <= ask_at:
        assert time.monotonic() - start < WAIT, "Robin's service stopped acknowledging writes"
        if n == ask_at:
            message = f"{CANARY} help {round_}"
            robin.send(protocol.RequestSupport(message), lambda r, m=message: done.request(m, r))
        title = f"{CANARY} shed {round_}-{n}"
        robin.send(protocol.AddAsset(space, AssetKind.BUILT, title), lambda r, t=title: done.asset(t, r))
        n += 1
        time.sleep(0.01)


def _outbox_after_kill(manager: ProfileManager, robin_id: str) -> tuple[list[str], bool]:
    """The words of the requests waiting in Robin's outbox, read from the store while no service runs, and
    whether the store is whole."""
    with manager.unlock(robin_id, PASSPHRASE) as session:
        whole = session.integrity_problems() == []
        waiting = [
            SupportRequest.from_bytes(a.request).message for a in session.support_outbox.alerts() if a.request
        ]
    return waiting, whole


def _check_after_kill(
    robin: SyncServiceProcess, space: str, done: Acknowledged, waiting: list[str], heard: Heard
) -> tuple[int, bool]:
    """(newly lost, whether a duplicate was found) with Robin's restarted service and Ana's reports."""
    view = records(robin, space, WAIT)
    titles = Counter(asset.title for asset in view.assets.values())
    with done.lock:
        acknowledged, requests = dict(done.assets), set(done.requests)
    lost_assets = {i for i in acknowledged if i not in view.assets}
    lost_requests = heard.missing(requests - set(waiting), timeout=5.0)
    duplicated = any(n > 1 for n in titles.values()) or len(waiting) != len(set(waiting))
    return done.newly_lost(lost_assets | lost_requests), duplicated


def _robin_and_ana(manager: ProfileManager) -> tuple[ProfileSession, ProfileSession, str]:
    robin = manager.create("Robin", PASSPHRASE)
    ana_id = robin.supporters.add("Ana").id
    robin.lock()
    return manager.unlock(robin.profile_id, PASSPHRASE), manager.create("Ana", PASSPHRASE), ana_id


def _share(robin: SyncServiceProcess, ana: SyncServiceProcess, space: str) -> None:
    assert ana.request(protocol.Join(robin.request(protocol.Invite(space)).qr), WAIT) == space


def _final_delivery(
    robin: SyncServiceProcess,
    ana: SyncServiceProcess,
    space: str,
    done: Acknowledged,
    heard: Heard,
    counted: Tally,
) -> None:
    """Robin's service once more, in session with Ana's until in sync: Ana holds every acknowledged record of the
    community, once, and heard every acknowledged request."""
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        ana_view = records(ana, space, WAIT)
        if set(done.assets) <= set(ana_view.assets):
            break
        time.sleep(0.2)
    lost = {i for i in done.assets if i not in ana_view.assets} | heard.missing(set(done.requests), WAIT)
    titles = Counter(asset.title for asset in ana_view.assets.values())
    fresh = done.newly_lost(lost)
    counted.lost += fresh
    counted.failures += int(fresh > 0 or any(n > 1 for n in titles.values()))


@pytest.mark.slow
def test_kills_of_a_service_mid_session_lose_nothing_and_duplicate_nothing(
    manager: ProfileManager,
    services: list[SyncServiceProcess],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seed = int(os.environ.get("COMMONS_CRASH_SEED", str(random.randrange(1 << 30))))
    print(f"COMMONS_CRASH_SEED={seed}")  # shown with a failure, to replay it
    rng = random.Random(seed)
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))  # the services' temporary files, to search them too
    robin_session, ana_session, ana_id = _robin_and_ana(manager)
    ana = service_for(manager, ana_session)
    services.append(ana)
    heard = Heard(ana)
    ana_port = ana.start().port
    robin = service_for(manager, robin_session)
    services.append(robin)
    robin.start()
    circle = robin.request(protocol.CreateSupportCircle(ana_id))
    _share(robin, ana, circle)
    done, space = Acknowledged(), ""

    with tally("service-kills") as counted:
        for round_ in range(KILLS):
            if round_ % ROUNDS_PER_COMMUNITY == 0:
                space = robin.request(protocol.CreateCommunity(f"Street {round_}"))
                _share(robin, ana, space)
                done.assets = {}
            robin.request(protocol.AddPeer("127.0.0.1", ana_port), WAIT)  # in session with Ana
            _write_until(robin, space, round_, rng, done)
            robin.kill()
            waiting, whole = _outbox_after_kill(manager, robin_session.profile_id)
            robin = service_for(manager, robin_session)
            services.append(robin)
            robin.start(WAIT)
            lost, duplicated = _check_after_kill(robin, space, done, waiting, heard)
            leaked = len(
                files_containing(manager.data_dir, [CANARY.encode()])
                + files_containing(temp, [CANARY.encode()])
            )
            counted.run(lost=lost, leaked=leaked, failed=duplicated or not whole)
        events = EventLog(robin)
        robin.request(protocol.AddPeer("127.0.0.1", ana_port), WAIT)
        events.wait_for(lambda e: isinstance(e, InSync) and e.space_id.hex() == space, WAIT)
        _final_delivery(robin, ana, space, done, heard, counted)

    assert counted.runs == KILLS
    assert (counted.failures, counted.lost, counted.leaked) == (0, 0, 0), f"{counted} (seed {seed})"
    assert len(done.assets) > KILLS, f"too few writes to mean anything (seed {seed})"
    assert done.requests, f"no request for support was acknowledged (seed {seed})"
