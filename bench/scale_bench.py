"""Scale benchmark: 2 to 20 real sync services and one relay on loopback, sharing a generated community.

Run with `.venv/bin/python bench/scale_bench.py` (or `make bench`); `--quick` for 2 and 5 peers on a
1,000-asset community, with 400 changes instead of 1,000 (about 2 minutes). `--plot PATH` draws the figures
into a PNG (the full run draws docs/scale-bench.png); `--json PATH` keeps the raw results, `--replot JSON`
draws them again.

Every peer is a real sync service process (`SyncServiceProcess`, with its own encrypted profile), listening on
127.0.0.1. One real relay (`RelayServer`: nats-server with JetStream and TLS, answering provisioning as
`commons relay` does) runs beside them. Each configuration (N peers, a community of S assets) starts from
fresh profiles and a fresh relay:

0. The creator's profile holds the generated community (`generate_view`: S assets, S/5 members, S/2 events,
   the proportions of the 10,000-asset community of the other benchmarks), written in its first change. Its
   service starts and is given the relay's provisioning address (`SetRelay`). N−1 fresh profiles' services
   start empty.
1. First sync of all: the creator issues N−1 invites, then every other service is told to `Join` at once. The
   invite's address hint is the creator on 127.0.0.1 and discovery is off (no multicast on this machine's
   interfaces), so this is a star: each joiner's network session is with the creator, as when everyone
   joined with the organiser's invite and nothing found the others. Timed from the joins being sent until
   each joiner holds the creator's heads (its `InSync` with the creator, or, if that does not come, its last
   change before its heads were seen equal): the slowest and the median; also until every `Join` answered.
2. One change reaching all: one service adds an asset; timed until every other service has reported the
   peer's change (`DocumentChanged` from a peer). Written by the creator (the hub: one hop) and by a joiner
   (through the hub, or through the relay, whichever comes first), in turn, three times each; medians.
3. 1,000 changes while some are offline: the last k = min(5, N // 2) peers stop; the first w = min(5, N − k)
   (the creator and w − 1 joiners) add 1,000 assets between them, each writer its share one after another,
   the writers at once. Timed: the writing, and until the peers that stayed up hold the same heads. Then the
   stopped services start again. Nobody redials them and they know no address, so they catch up through the
   relay alone (checked: no network session). Timed from their start until each holds those heads
   (`CommunityNews` heads, polled; the time is that of each one's last document change before it was seen
   holding them, so the polling is not counted).

Peak memory: each service's VmHWM (/proc/<pid>/status), read just before it stops; the highest of all and
the median. Every service, the relay and this script share this machine's CPUs: the times are this machine's,
not a network's. The load average is printed with each configuration.

Not a test: the only checks are sanity checks (every join succeeds; at the end every service holds every
asset; the restarted ones had no network session). A wait that passes its bound is reported, not hidden,
and the run goes on to the next configuration.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import shutil
import statistics
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from commons_desktop.service import protocol
from commons_desktop.service.process import ServiceError, SyncServiceProcess
from commons_desktop.service.values import CommunityUpdate
from store import KdfParams, ProfileManager
from sync.community import AssetKind
from sync.community.generator import generate_view
from sync.engine import DocumentChanged, InSync, SyncEngine
from sync.ports import device_keys_from
from sync.relay import RelayServer, SpaceLimits
from sync.relay.address import RelayAddress
from sync.relay.provision import Provisioner

KDF = KdfParams(memory_cost_kib=1024, iterations=1, lanes=1)  # unlocking is not what is measured
PASSPHRASE = "violet harbour lantern 42"
CHANGES = 1000
CHANGE_ROUNDS = 3  # single changes by the hub, and by a joiner (medians)
MAX_WRITERS = MAX_OFFLINE = 5
POLL_SECONDS = 0.25
QUIET_SECONDS = 2.0  # a copy without an `InSync` this long after its last change is asked for its heads
SETTLE_SECONDS = 1.0  # no document change anywhere for this long: the peers are quiet
FULL_PEERS, FULL_SIZES, FULL_SWEEP_PEERS, FULL_SIZE = (
    (2, 5, 10, 20),
    (1_000, 5_000, 10_000, 20_000),
    5,
    10_000,
)
QUICK_PEERS, QUICK_SIZE, QUICK_CHANGES = (2, 5), 1_000, 400
GOAL_MEMORY_MIB = 300
DEFAULT_PLOT = Path(__file__).resolve().parents[1] / "docs" / "scale-bench.png"


def bound(peers: int, size: int) -> float:
    """Seconds any one wait may take in a configuration: generous, and growing with the work."""
    return 60.0 + 2.0 * peers * size / 1000


class TooLongError(RuntimeError):
    """A wait passed its bound: a finding of the run, reported with the configuration."""


# --- one service and what it reports ---------------------------------------------------------------------


class Peer:
    """A sync service process and the events this benchmark waits for, each with its arrival time."""

    def __init__(self, name: str, manager: ProfileManager, profile_id: str, key: bytes) -> None:
        self.name = name
        self._profile = (manager.data_dir, profile_id, key)
        self.device = ""
        self.peak_kib = 0
        self.synced_otherwise = False  # its first copy did not come with a network session to the creator
        self._events: list[tuple[float, object]] = []
        self._changed = threading.Condition()
        self.process = self._new_process()

    def _new_process(self) -> SyncServiceProcess:
        process = SyncServiceProcess(*self._profile)
        process.listeners.append(self._arrived)
        return process

    def _arrived(self, event: object) -> None:
        if isinstance(event, InSync | DocumentChanged):
            with self._changed:
                self._events.append((time.perf_counter(), event))
                self._changed.notify_all()

    def start(self, timeout: float) -> None:
        if self.process.ended:  # stopped before: the same profile in a new process
            self.process = self._new_process()
        self.device = self.process.start(timeout).device

    def wait(self, match: Callable[[object], bool], since: float, timeout: float) -> float:
        """When the first event after *since* that *match*es arrived (it may have already)."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                for at, event in self._events:
                    if at >= since and match(event):
                        return at
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TooLongError(f"{self.name}: no such event within {timeout:.0f} s")
                self._changed.wait(left)

    def _first(self, match: Callable[[object], bool], since: float) -> float | None:
        return next((at for at, event in self._events if at >= since and match(event)), None)

    def wait_synced(
        self, space: str, hub: str, target: tuple[str, ...], since: float, timeout: float
    ) -> float:
        """When this joiner first held *target*. `InSync` with the *hub* says so at once; but after a snapshot
        the hub may have nothing to answer until its next HELLO (up to 30 s later), and a copy may come through
        the relay: a copy quiet for QUIET_SECONDS without it is asked for its heads, and if they are the target
        its time is that of its last change (the asking, which costs the service a reading of the community,
        is not counted)."""
        deadline = time.monotonic() + timeout

        def in_sync(e: object) -> bool:
            return isinstance(e, InSync) and e.space_id.hex() == space and str(e.peer) == hub

        def changed(e: object) -> bool:
            return isinstance(e, DocumentChanged) and e.space_id.hex() == space

        while True:
            with self._changed:
                synced = self._first(in_sync, since)
                arrived = max((at for at, e in self._events if at >= since and changed(e)), default=None)
                if synced is None:
                    self._changed.wait(POLL_SECONDS)
            if synced is not None:
                return synced
            quiet = arrived is not None and time.perf_counter() - arrived > QUIET_SECONDS
            if arrived is not None and quiet and self.heads(space) == target:
                self.synced_otherwise = True
                return arrived  # quiet since: its copy reached the target with that change
            if time.monotonic() > deadline:
                raise TooLongError(f"{self.name}: not in sync within {timeout:.0f} s")

    def last_change(self) -> float:
        with self._changed:
            changes = [at for at, e in self._events if isinstance(e, DocumentChanged)]
        return max(changes, default=0.0)

    def heads(self, space: str) -> tuple[str, ...] | None:
        try:
            return self.process.request(protocol.CommunityNews(space), timeout=120).heads
        except ServiceError:
            return None  # no copy yet

    def read_peak(self) -> None:
        try:
            status = Path(f"/proc/{self.process.pid}/status").read_text()
        except (OSError, ServiceError):
            return
        for line in status.splitlines():
            if line.startswith("VmHWM:"):
                self.peak_kib = max(self.peak_kib, int(line.split()[1]))

    def stop(self) -> None:
        self.read_peak()
        self.process.stop()


def count_assets(peer: Peer, space: str, timeout: float) -> int:
    """The assets in the peer's copy: every frame of `OpenCommunity`'s answer (not timed)."""
    ids: set[str] = set()
    last = threading.Event()

    def listen(event: object) -> None:
        if isinstance(event, CommunityUpdate) and event.space == space:
            ids.update(event.records.assets)
            if not event.more:
                last.set()

    peer.process.listeners.append(listen)
    try:
        first = peer.process.request(protocol.OpenCommunity(space), timeout)
        ids.update(first.records.assets)
        if first.more and not last.wait(timeout):
            raise TooLongError(f"{peer.name}: the community's last frame did not come")
        peer.process.request(protocol.CloseCommunity(space))
    finally:
        peer.process.listeners.remove(listen)
    return len(ids)


# --- the relay, as `commons relay` runs it -----------------------------------------------------------------


@contextmanager
def relay_running(folder: Path) -> Iterator[str]:
    """A relay answering provisioning; yields its provisioning address (what an admin pastes)."""
    limits = SpaceLimits(max_bytes=512 * 1024**2)
    with RelayServer(folder, max_store=2 * 1024**3, space_limits=limits) as server:
        asyncio.run(server.prepare_stream())
        loop = asyncio.new_event_loop()
        thread = threading.Thread(target=loop.run_forever, name="provisioner", daemon=True)
        thread.start()
        provisioner = Provisioner(server)
        try:
            asyncio.run_coroutine_threadsafe(provisioner.start(), loop).result(timeout=30)
            login = server.provision_credential
            yield RelayAddress(
                (("127.0.0.1", server.port),),
                login.user,
                login.password,
                bytes.fromhex(server.certificate_sha256),
            ).to_text()
        finally:
            asyncio.run_coroutine_threadsafe(provisioner.stop(), loop).result(timeout=30)
            loop.call_soon_threadsafe(loop.stop)
            thread.join(timeout=30)
            loop.close()


# --- profiles ---------------------------------------------------------------------------------------------


def creator_profile(manager: ProfileManager, size: int, seed: int) -> tuple[Peer, str]:
    """The creator's profile with the generated community in its store, and the space's hex id."""
    session = manager.create("Peer 0", PASSPHRASE)
    engine = SyncEngine(
        device_keys_from(session.identity),
        session.spaces,
        session.documents,
        actor_id=session.identity.get().actor_id,
        relay=session.relay,
    )
    view = generate_view(assets=size, members=size // 5, events=size // 2, seed=seed)
    space = engine.create_community("Scale", view).id.hex()
    peer = Peer("peer 0", manager, session.profile_id, session.database_key())
    session.lock()
    return peer, space


def joiner_profile(manager: ProfileManager, n: int) -> Peer:
    session = manager.create(f"Peer {n}", PASSPHRASE)
    peer = Peer(f"peer {n}", manager, session.profile_id, session.database_key())
    session.lock()
    return peer


def start_all(peers: list[Peer], timeout: float) -> float:
    """Start the services at once; seconds until the last is ready."""
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=len(peers)) as pool:
        list(pool.map(lambda p: p.start(timeout), peers))
    return time.perf_counter() - started


# --- the phases -------------------------------------------------------------------------------------------


@dataclass
class Result:
    peers: int
    size: int
    load_before: float = 0.0
    load_after: float = 0.0
    start_s: float = 0.0  # every service started (the creator loads the community)
    changes: int = CHANGES
    joined_s: float | None = None  # every joiner admitted (its `Join` answered)
    first_sync_s: float | None = None  # the slowest joiner
    first_sync_median_s: float | None = None
    synced_otherwise: int = 0  # joiners found in sync by their heads, with no `InSync` from the creator
    hub_change_s: float | None = None  # a change by the creator, until the last peer had it (median)
    leaf_change_s: float | None = None  # a change by a joiner
    writers: int = 0
    offline: int = 0
    write_s: float | None = None  # 1,000 changes made by the writers
    online_converged_s: float | None = None  # from the first write until every peer up holds the same heads
    restart_s: float | None = None  # the stopped services ready again
    catch_up_s: float | None = None  # from their start until the last holds those heads (through the relay)
    catch_up_median_s: float | None = None
    peak_mib: float = 0.0
    peak_median_mib: float = 0.0
    peak_creator_mib: float = 0.0
    findings: list[str] = field(default_factory=list)


def first_sync(creator: Peer, joiners: list[Peer], space: str, timeout: float) -> tuple[float, list[float]]:
    """Seconds until every joiner was admitted, and until each was in sync with the creator."""
    invites = [creator.process.request(protocol.Invite(space)).qr for _ in joiners]
    target = creator.heads(space)
    assert target is not None
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=len(joiners)) as pool:
        joined = list(
            pool.map(
                lambda pair: pair[0].process.request(protocol.Join(pair[1]), timeout),
                zip(joiners, invites, strict=True),
            )
        )
    admitted = time.perf_counter() - started
    if set(joined) != {space}:
        raise TooLongError(f"a join answered another space: {sorted(set(joined))}")

    with ThreadPoolExecutor(max_workers=len(joiners)) as pool:
        synced = pool.map(lambda j: j.wait_synced(space, creator.device, target, started, timeout), joiners)
        return admitted, [at - started for at in synced]


def settle(peers: list[Peer], timeout: float) -> None:
    """Wait until no peer has reported a document change for SETTLE_SECONDS."""
    deadline = time.monotonic() + timeout
    while time.perf_counter() - max(p.last_change() for p in peers) < SETTLE_SECONDS:
        if time.monotonic() > deadline:
            raise TooLongError("the peers never went quiet")
        time.sleep(0.1)


def one_change(writer: Peer, others: list[Peer], space: str, timeout: float) -> float:
    started = time.perf_counter()
    writer.process.request(protocol.AddAsset(space, AssetKind.HUMAN, "Scale: one change"))

    def from_a_peer(event: object) -> bool:
        return (
            isinstance(event, DocumentChanged)
            and event.space_id.hex() == space
            and event.from_peer is not None
        )

    return max(o.wait(from_a_peer, started, timeout) for o in others) - started


def write(writers: list[Peer], space: str, changes: int, timeout: float) -> float:
    shares = [changes // len(writers) + (1 if n < changes % len(writers) else 0) for n in range(len(writers))]

    def make(pair: tuple[Peer, int]) -> None:
        writer, share = pair
        for n in range(share):
            command = protocol.AddAsset(space, AssetKind.HUMAN, f"Scale: {writer.name}, change {n}")
            writer.process.request(command, timeout)

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=len(writers)) as pool:
        list(pool.map(make, zip(writers, shares, strict=True)))
    return time.perf_counter() - started


def converged(
    peers: list[Peer], space: str, since: float, timeout: float, target: tuple[str, ...] | None = None
) -> tuple[tuple[str, ...], list[float]]:
    """Poll heads until every peer holds *target* (without one: until all hold the same heads, which then are
    the target); the target, and for each peer the seconds from *since* until its last document change before
    it was seen holding the target (nothing changes after it: the writers are done), so the polling and the
    reading it costs are not counted."""
    deadline = time.monotonic() + timeout
    reached: dict[str, float] = {}
    with ThreadPoolExecutor(max_workers=len(peers)) as pool:
        while True:
            heads = list(pool.map(lambda p: p.heads(space), peers))
            agreed = heads[0] if heads[0] is not None and all(h == heads[0] for h in heads) else None
            want = target or agreed
            for peer, held in zip(peers, heads, strict=True):
                if want is not None and held == want:
                    reached.setdefault(peer.name, max(peer.last_change(), since) - since)
            if want is not None and len(reached) == len(peers):
                return want, [reached[p.name] for p in peers]
            if time.monotonic() > deadline:
                raise TooLongError(f"the peers did not converge within {timeout:.0f} s")
            time.sleep(POLL_SECONDS)


def offline_and_back(peers: list[Peer], space: str, result: Result, timeout: float) -> None:
    result.offline = min(MAX_OFFLINE, len(peers) // 2)
    result.writers = min(MAX_WRITERS, len(peers) - result.offline)
    offline, up = peers[-result.offline :], peers[: -result.offline]
    writers = up[: result.writers]
    for peer in offline:
        peer.stop()
    started = time.perf_counter()
    result.write_s = write(writers, space, result.changes, timeout)
    target, times = converged(up, space, started, timeout)
    result.online_converged_s = max(times)
    restarted = time.perf_counter()
    start_all(offline, timeout)
    result.restart_s = time.perf_counter() - restarted
    _, times = converged(offline, space, restarted, timeout, target)
    result.catch_up_s, result.catch_up_median_s = max(times), statistics.median(times)
    for peer in offline:
        if peer.process.request(protocol.Status()).connected:
            result.findings.append(
                f"{peer.name} came back with a network session: not through the relay alone"
            )


def run_config(peers_n: int, size: int, changes: int, seed: int, scratch: Path) -> Result:
    result = Result(peers_n, size, changes=changes, load_before=os.getloadavg()[0])
    timeout = bound(peers_n, size)
    manager = ProfileManager(scratch / "data", KDF)
    creator, space = creator_profile(manager, size, seed)
    joiners = [joiner_profile(manager, n) for n in range(1, peers_n)]
    peers = [creator, *joiners]
    try:
        with relay_running(scratch / "relay") as provisioning:
            result.start_s = start_all(peers, timeout)
            creator.process.request(protocol.SetRelay(space, provisioning), timeout)
            if phases(peers, space, result, timeout):
                check_every_copy(peers, space, size + 2 * CHANGE_ROUNDS + changes, result, timeout)
            for peer in peers:
                peer.stop()
    finally:
        for peer in peers:
            if not peer.process.ended:
                peer.process.kill()
    peaks = [p.peak_kib / 1024 for p in peers]
    result.peak_mib, result.peak_median_mib = max(peaks), statistics.median(peaks)
    result.peak_creator_mib = peaks[0]
    result.load_after = os.getloadavg()[0]
    return result


def check_every_copy(peers: list[Peer], space: str, expected: int, result: Result, timeout: float) -> None:
    for peer in peers:
        counted = count_assets(peer, space, timeout)
        if counted != expected:
            result.findings.append(f"{peer.name} holds {counted:,} assets of {expected:,}")


def phases(peers: list[Peer], space: str, result: Result, timeout: float) -> bool:
    """The three phases in order; False (and the finding recorded) if a wait passed its bound."""
    creator, joiners = peers[0], peers[1:]
    try:
        result.joined_s, syncs = first_sync(creator, joiners, space, timeout)
        result.synced_otherwise = sum(j.synced_otherwise for j in joiners)
        result.first_sync_s, result.first_sync_median_s = max(syncs), statistics.median(syncs)
        hub, leaf = [], []
        for _ in range(CHANGE_ROUNDS):
            settle(peers, timeout)
            hub.append(one_change(creator, joiners, space, timeout))
            settle(peers, timeout)
            leaf.append(one_change(joiners[-1], [creator, *joiners[:-1]], space, timeout))
        result.hub_change_s, result.leaf_change_s = statistics.median(hub), statistics.median(leaf)
        settle(peers, timeout)
        offline_and_back(peers, space, result, timeout)
    except TooLongError as exc:
        result.findings.append(str(exc))
        return False
    return True


# --- the run ----------------------------------------------------------------------------------------------


def seconds(value: float | None) -> str:
    return f"{value:8.2f}" if value is not None else f"{'—':>8}"


COLUMNS = (
    ("start_s", "start"),
    ("joined_s", "joined"),
    ("first_sync_s", "1st sync"),
    ("first_sync_median_s", "(median)"),
    ("hub_change_s", "hub chg"),
    ("leaf_change_s", "leaf chg"),
    ("write_s", "write"),
    ("online_converged_s", "up conv."),
    ("restart_s", "restart"),
    ("catch_up_s", "catch-up"),
    ("catch_up_median_s", "(median)"),
)


def print_header() -> None:
    cells = "".join(f" {label:>8}" for _, label in COLUMNS)
    print(f"{'peers':>5} {'assets':>7} {'w/off':>5}{cells} {'peak MiB':>9} {'(median)':>8} {'load':>10}")


def print_row(r: Result) -> None:
    cells = "".join(f" {seconds(getattr(r, key))}" for key, _ in COLUMNS)
    print(
        f"{r.peers:>5} {r.size:>7,} {r.writers:>2}/{r.offline:<2}{cells} {r.peak_mib:9.0f} {r.peak_median_mib:8.0f}"
        f" {r.load_before:4.1f}→{r.load_after:<4.1f}",
        flush=True,
    )
    if r.synced_otherwise:
        print(
            f"      {r.synced_otherwise} joiner(s) found in sync by their heads (no InSync from the creator came)",
            flush=True,
        )
    for finding in r.findings:
        print(f"      finding: {finding}", flush=True)


def growth(results: list[Result]) -> None:
    """How each time grows against the peers, at the sweep's size: the ratio to the smallest N, over N's."""
    rows = sorted((r for r in results if r.size == results[0].size), key=lambda r: r.peers)
    if len(rows) < 2:
        return
    base = rows[0]
    print()
    print(f"growth from {base.peers} peers (time ratio ÷ peers ratio; ≤ 1 is no worse than linear):")
    for key, label in COLUMNS:
        first = getattr(base, key)
        cells = []
        for r in rows[1:]:
            value = getattr(r, key)
            ok = first and value is not None
            cells.append(
                f"{r.peers:>2}: {value / first / (r.peers / base.peers):5.2f}"
                if ok
                else f"{r.peers:>2}:  —  "
            )
        print(f"   {label:<9} " + "   ".join(cells))


def configurations(args: argparse.Namespace) -> list[tuple[int, int]]:
    if args.config:
        return [(int(peers), int(size)) for peers, size in (c.split(":") for c in args.config)]
    if args.quick:
        return [(n, QUICK_SIZE) for n in QUICK_PEERS]
    peers = [(n, FULL_SIZE) for n in FULL_PEERS]
    sizes = [(FULL_SWEEP_PEERS, s) for s in FULL_SIZES if (FULL_SWEEP_PEERS, s) not in peers]
    return peers + sizes


def run(args: argparse.Namespace) -> list[Result]:
    print(f"Scale benchmark — {platform.python_implementation()} {platform.python_version()},")
    print(
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f};"
        f" every service, the relay and this script on this one machine (127.0.0.1); times in seconds"
    )
    print()
    print_header()
    results: list[Result] = []
    for peers, size in configurations(args):
        scratch = Path(tempfile.mkdtemp(prefix="commons-scale-bench-"))
        try:
            result = run_config(
                peers, size, args.changes or (QUICK_CHANGES if args.quick else CHANGES), args.seed, scratch
            )
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        print_row(result)
        results.append(result)
        if args.json:  # after each configuration: a long run stopped early keeps what it measured
            args.json.parent.mkdir(parents=True, exist_ok=True)
            args.json.write_text(json.dumps([asdict(r) for r in results], indent=1))
    growth(results)
    over = [r for r in results if r.peak_mib > GOAL_MEMORY_MIB]
    print(
        f"peak memory of any service {max(r.peak_mib for r in results):.0f} MiB"
        f" (goal ≤ {GOAL_MEMORY_MIB}: {'NOT met' if over else 'met'})"
    )
    return results


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="2 and 5 peers, 1,000 assets (about 2 minutes)")
    parser.add_argument(
        "--changes", type=int, default=0, help=f"changes made while some are offline ({CHANGES:,})"
    )
    parser.add_argument(
        "--config", action="append", metavar="PEERS:ASSETS", help="run only these configurations (repeatable)"
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the generated community")
    parser.add_argument("--json", type=Path, help="write the results here (after each configuration)")
    parser.add_argument("--plot", type=Path, help="draw the figures into this PNG (full run: docs/)")
    parser.add_argument("--replot", type=Path, help="draw the figures of a results JSON; measure nothing")
    args = parser.parse_args()
    if args.replot:
        results = [Result(**r) for r in json.loads(args.replot.read_text())]
    else:
        started = time.perf_counter()
        results = run(args)
        print(f"(the whole run took {time.perf_counter() - started:.0f} s)")
    plot = args.plot or (None if args.quick or args.replot else DEFAULT_PLOT)
    if plot is not None:
        from _scale_plot import draw

        draw(results, plot)
        print(f"figures: {plot}")


if __name__ == "__main__":
    main()
