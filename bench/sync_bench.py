"""Benchmark of sync: the real engines over loopback TLS, each figure against a baseline from the same run.

Run with `QT_QPA_PLATFORM=offscreen .venv/bin/python bench/sync_bench.py` (or `make bench`); `--quick` for a
community a fifth of the size and fewer rounds.

The community is generated as in bench/community_bench.py (`generate_view`: 10,000 assets, 2,000 members,
5,000 events), built into a `CommunityDocument` and saved. The space's creator is a `SyncEngine` with in-memory
stores holding that document (bench/_sync_child.py, `creator`); every joiner is a fresh device admitted with
the invite handshake; devices talk through `sync.lan.node.LanNode` on 127.0.0.1.

1. First contact: a joiner that holds the space but no document dials the creator; the creator's session sends
   a SNAPSHOT (a sealed envelope of `Replica.snapshot()`: the stored snapshot and the changes appended since,
   no fresh save) and the joiner loads it and stores the bytes it loaded. Timed from the dial until the
   joiner's heads equal the creator's, against `automerge.core.Document.load` of the same bytes (timed without
   dropping the loaded document, ≈ 18 ms, as the joiner's side is), interleaved (the order alternates every
   round; a fresh joiner every round); medians. The parts are timed by wrapping
   the engine's calls here (never in src): the creator's `Replica.snapshot`, the seal, the transfer (from the
   big frame's send to its receipt), the open, `CommunityDocument.load` (the binding's load and the checks
   around it), the store of the received bytes, and the Automerge sync messages both sides generate and take
   in the window; the rest is the HELLO exchange (and a LOG, should the membership logs differ), framing
   and the 1 ms polling. Full saves of the document in the window are counted (there should be none).
2. One new change: two engines in sync over TLS, through a counting TCP proxy; one side adds an asset (the
   sides alternate) and every frame both sides send is counted, by kind, until the heads match and the link
   has been quiet for a while. Compared with the change's own bytes (`changes_since(heads before)`); the TLS
   records' overhead is the proxy's count minus the frames'. Then the same count for an idle tick (one side's
   `PeerSession.tick()` while in sync, as its 30 s timer does); for a change made just after a tick (the
   peer's tick, then the writer's own: whether the change leaves at once or waits for the next HELLO, and
   what it costs); and, for the first contact through the proxy, the frames by kind.
3. Qt stalls: the longest gap between ticks of a 10 ms `QTimer` in a `QCoreApplication` in this process while
   (a) nothing else runs (the baseline), (b) the first contact of (1) runs in two child processes
   (bench/_sync_child.py, creator and joiner, talking JSON lines through pipes; this process only writes "go"
   and reads "done" through a `QSocketNotifier`), and for contrast (c) the same first contact on a worker
   thread of this process and (d) a bare `core.Document.load` on a worker thread of this process: the binding
   holds the GIL, so a thread does not keep the Qt loop responsive.

Not a test: the only checks are sanity checks, and the run stops if one fails: the creator holds the generated
document and `Replica.snapshot()` is exactly its bytes (so the bare load is of what a first contact sends);
in every in-process first contact one SNAPSHOT of those bytes is sealed, the joiner's heads reach the
creator's, and the joiner's store then holds those bytes as its snapshot; every change and tick settles.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import functools
import gc
import itertools
import json
import os
import platform
import select
import ssl
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import PySide6
from automerge import core
from PySide6.QtCore import QCoreApplication, QSocketNotifier, Qt, QTimer

import sync.community._safedoc as safedoc
import sync.engine.session as session_module
from _sync_child import CREATOR_ACTOR, HOST, Device, creator, first_contact, join
from sync.community.document import CommunityDocument
from sync.community.generator import generate_view
from sync.community.model import Asset, AssetKind
from sync.engine.replica import Replica
from sync.engine.session import PeerSession
from sync.engine.wire import Inner, Kind
from sync.frames import HEADER_SIZE
from sync.lan.node import LanNode
from sync.lan.tls import TlsChannel
from sync.ports import InMemoryDocumentStore
from sync.spaces import Space

GOAL_FIRST_CONTACT = 1.2
GOAL_CHANGE_FACTOR, GOAL_CHANGE_EXTRA = 2.0, 300
GOAL_STALL_MS = 50.0
FULL = {"assets": 10_000, "members": 2_000, "events": 5_000}
QUICK = {"assets": 2_000, "members": 400, "events": 1_000}
BIG = 64 * 1024  # frames, envelopes and payloads above this are the snapshot's
QUIET_SECONDS = 0.25  # no bytes on the link for this long: the exchange is over
HOLD_SECONDS = 1.0  # a change not across within this long waits for something else (the next HELLO)
TICK_MS = 10
LEAD_SECONDS, TAIL_SECONDS = 0.2, 0.2  # Qt loop running before the work starts and after it ends
CHILD = str(Path(__file__).with_name("_sync_child.py"))


def median(samples: list[float]) -> float:
    return statistics.median(samples)


class SanityError(RuntimeError):
    """A sanity check failed: the figures would not mean what they say."""


@contextlib.contextmanager
def patched(owner: Any, name: str, wrap: Callable[[Any], Any], *, static: bool = False) -> Iterator[None]:
    """Replace a function of *owner* by `wrap(original)` inside the block (measurement only). *static*: the
    replacement is a staticmethod (for a classmethod, whose bound original already carries the class)."""
    original = getattr(owner, name)
    stored = vars(owner)[name]  # restored as it was (a classmethod stays a classmethod)
    replacement = wrap(original)
    setattr(owner, name, staticmethod(replacement) if static else replacement)
    try:
        yield
    finally:
        setattr(owner, name, stored)


# --- 1. first contact ----------------------------------------------------------------------------------------

PARTS = ("dial", "snapshot", "seal", "transfer", "open", "binding", "checks", "store", "sync", "rest")


class Probe:
    """Milliseconds spent in the engine's calls that handle the snapshot, during one first contact."""

    def __init__(self) -> None:
        self.ms: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self.sealed: list[int] = []  # sizes of the big payloads sealed (the SNAPSHOT: kind byte + snapshot)
        self._sent_at = 0.0

    def _timer(
        self, label: str, size: Callable[[tuple[Any, ...]], int] | None = None
    ) -> Callable[[Any], Any]:
        def wrap(original: Callable[..., Any]) -> Callable[..., Any]:
            def timed(*args: Any, **kwargs: Any) -> Any:
                start = time.perf_counter()
                try:
                    return original(*args, **kwargs)
                finally:
                    if size is None or size(args) >= BIG:
                        self.ms[label] += (time.perf_counter() - start) * 1000
                        self.calls[label] += 1

            return timed

        return wrap

    def _seal(self, original: Callable[..., bytes]) -> Callable[..., bytes]:
        timed = self._timer("seal", lambda a: len(a[1]))(original)

        def seal(space: Space, payload: bytes, **kwargs: Any) -> bytes:
            if len(payload) >= BIG:
                self.sealed.append(len(payload))
            return timed(space, payload, **kwargs)  # type: ignore[no-any-return]

        return seal

    def _send(self, original: Callable[..., Any]) -> Callable[..., Any]:
        async def send(channel: TlsChannel, payload: bytes) -> None:
            if len(payload) >= BIG:
                self._sent_at = time.perf_counter()
            await original(channel, payload)

        return send

    def _recv(self, original: Callable[..., Any]) -> Callable[..., Any]:
        async def recv(channel: TlsChannel) -> bytes:
            frame: bytes = await original(channel)
            if len(frame) >= BIG:
                self.ms["transfer"] += (time.perf_counter() - self._sent_at) * 1000
            return frame

        return recv

    @contextlib.contextmanager
    def active(self) -> Iterator[None]:
        self.ms.clear()
        self.calls.clear()
        self.sealed.clear()
        big_data = lambda a: len(a[0])  # noqa: E731
        with contextlib.ExitStack() as stack:
            enter = stack.enter_context
            enter(patched(Replica, "snapshot", self._timer("snapshot")))
            enter(patched(Space, "seal", self._seal))
            enter(patched(session_module, "open_envelope", self._timer("open", big_data)))
            # CommunityDocument.load = check_bytes + the binding's load (safedoc._load) + check_shape.
            enter(patched(CommunityDocument, "load", self._timer("load", big_data), static=True))
            enter(patched(safedoc, "_load", self._timer("binding", big_data)))
            # The joiner's Replica.adopt stores the bytes it loaded (no second save).
            enter(patched(InMemoryDocumentStore, "save_snapshot", self._timer("store", lambda a: len(a[2]))))
            # Should not happen in a first contact any more: a full save, or a compaction (which saves).
            enter(patched(CommunityDocument, "save", self._timer("full save")))
            enter(patched(Replica, "_compact", self._timer("compact")))
            enter(patched(Replica, "generate_sync", self._timer("sync")))
            enter(patched(Replica, "receive_sync", self._timer("sync")))
            enter(patched(TlsChannel, "send", self._send))
            enter(patched(TlsChannel, "recv", self._recv))
            yield

    def parts(self, total_ms: float, dial_ms: float) -> dict[str, float]:
        """Milliseconds per part of PARTS (the rest by difference), plus the counts of full saves."""
        ms = dict(self.ms)
        parts = {part: ms.get(part, 0.0) for part in PARTS}
        parts["dial"] = dial_ms
        parts["checks"] = ms.get("load", 0.0) - ms.get("binding", 0.0)
        # A compaction's save is inside "full save"; both are in the rest if they ever happen.
        parts["rest"] = total_ms - sum(v for k, v in parts.items() if k != "rest")
        parts["full saves"] = self.calls.get("full save", 0)
        parts["full save ms"] = ms.get("full save", 0.0)
        return parts


async def first_contact_round(
    creator_device: Device, space_id: bytes, port: int, probe: Probe | None = None, sent: bytes | None = None
) -> dict[str, float]:
    """A fresh joiner, admitted with an invite, dials the creator at *port*; its timings in ms. With a *probe*,
    also the parts; with *sent* (what the creator's `Replica.snapshot()` returns), the round checks that this
    is what was sealed and what the joiner stored."""
    joiner = Device.new()
    join(creator_device, joiner, space_id)
    node = LanNode(joiner.engine, listen_host=HOST)
    await node.start()
    heads = creator_device.heads(space_id)
    gc.collect()
    try:
        with probe.active() if probe is not None else contextlib.nullcontext():
            try:
                timings = await first_contact(node, joiner, space_id, port, heads)
            except TimeoutError:
                raise SanityError("a first contact did not finish in time") from None
            parts = probe.parts(timings["total_ms"], timings["dial_ms"]) if probe is not None else {}
            sealed = list(probe.sealed) if probe is not None else []
        await asyncio.sleep(QUIET_SECONDS)  # let the SYNC exchange that follows the snapshot finish
    finally:
        await node.stop()
    if sent is not None:
        if sealed != [1 + len(sent)]:
            raise SanityError(f"expected one SNAPSHOT of {1 + len(sent):,} bytes to be sealed, saw {sealed}")
        stored = joiner.documents.load_document(space_id)
        if stored is None or stored.snapshot != sent or stored.changes:
            raise SanityError("the joiner does not hold the bytes it was sent as its stored snapshot")
    return {**timings, **parts}


async def measure_first_contact(
    creator_device: Device, space_id: bytes, saved: bytes, rounds: int
) -> tuple[list[float], list[float], dict[str, list[float]]]:
    node = LanNode(creator_device.engine, listen_host=HOST)
    await node.start()
    probe = Probe()
    ours: list[float] = []
    bare: list[float] = []
    parts: dict[str, list[float]] = defaultdict(list)

    async def sync_side() -> None:
        timings = await first_contact_round(creator_device, space_id, node.port, probe, sent=saved)
        ours.append(timings["total_ms"])
        for part in (*PARTS, "full saves", "full save ms"):
            parts[part].append(timings[part])

    async def bare_side() -> None:
        gc.collect()
        start = time.perf_counter()
        loaded = core.Document.load(saved)
        bare.append((time.perf_counter() - start) * 1000)
        del loaded  # dropping it takes ≈ 18 ms, which the joiner's side does not pay within its timing either

    try:
        await sync_side()  # warm-up: imports, the first TLS contexts
        ours.clear()
        parts.clear()
        for r in range(rounds):
            for side in (sync_side, bare_side) if r % 2 == 0 else (bare_side, sync_side):
                await side()
    finally:
        await node.stop()
    return ours, bare, parts


# --- 2. one new change ---------------------------------------------------------------------------------------


class CountingProxy:
    """A TCP relay on loopback that counts the bytes (TLS records) going through it, both ways."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.bytes = 0
        self.last_activity = time.perf_counter()
        self.port = 0
        self._server: asyncio.Server | None = None

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._relay, HOST, 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()

    async def _relay(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection(HOST, self.target_port)
        await asyncio.gather(
            self._pump(reader, up_writer), self._pump(up_reader, writer), return_exceptions=True
        )
        for w in (writer, up_writer):
            w.close()

    async def _pump(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while data := await reader.read(1 << 16):
            self.bytes += len(data)
            self.last_activity = time.perf_counter()
            writer.write(data)
            await writer.drain()
        if writer.can_write_eof():
            writer.write_eof()


@dataclass(frozen=True)
class Frame:
    """One frame a session handed to its channel."""

    kind: str  # LOG (a plain frame), or the sealed message's inner kind: HELLO, SNAPSHOT, SYNC
    size: int  # payload + the 4-byte frame header
    plaintext: int = 0  # sealed frames: the sealed payload (inner kind + body)

    @property
    def envelope(self) -> int:
        """What the envelope adds to the plaintext (header, tag, key commitment, signature); 0 if not sealed."""
        return self.size - HEADER_SIZE - 1 - self.plaintext if self.plaintext else 0


@dataclass
class Traffic:
    """What the sessions handed to their channels: each frame, its kind, and for sealed ones the plaintext."""

    frames: list[Frame] = field(default_factory=list)
    _seals: dict[bytes, tuple[int, int]] = field(default_factory=dict)  # envelope -> (inner kind, plaintext)

    def reset(self) -> None:
        self.frames.clear()  # (seals not sent yet stay known, for when they are)

    def summary(self) -> dict[str, Any]:
        sealed = [f for f in self.frames if f.plaintext]
        return {
            "frames": len(self.frames),
            "frame_bytes": sum(f.size for f in self.frames),
            "seals": len(sealed),
            "plaintext": sum(f.plaintext for f in sealed),
            "envelope": sum(f.envelope for f in sealed),
            "plain_frames": sum(f.size for f in self.frames if not f.plaintext),
            "messages": " + ".join(f"{f.kind} {f.size}" for f in self.frames),
            "plaintexts": " + ".join(f"{f.kind} {f.plaintext}" for f in sealed),
        }

    def by_kind(self) -> dict[str, tuple[int, int]]:
        """Frames and their bytes (with headers) per kind."""
        out: dict[str, tuple[int, int]] = {}
        for f in self.frames:
            n, size = out.get(f.kind, (0, 0))
            out[f.kind] = (n + 1, size + f.size)
        return out

    @contextlib.contextmanager
    def counting(self) -> Iterator[None]:
        def wrap_send(original: Callable[..., Any]) -> Callable[..., Any]:
            async def send(channel: TlsChannel, payload: bytes) -> None:
                size = len(payload) + HEADER_SIZE
                if payload[0] == Kind.SEALED:
                    inner, plaintext = self._seals.pop(bytes(payload[1:]), (0, 0))
                    kind = Inner(inner).name if inner else "SEALED (not seen sealed)"
                    self.frames.append(Frame(kind, size, plaintext))
                else:
                    self.frames.append(Frame(Kind(payload[0]).name, size))
                await original(channel, payload)

            return send

        def wrap_seal(original: Callable[..., bytes]) -> Callable[..., bytes]:
            def seal(space: Space, payload: bytes, **kwargs: Any) -> bytes:
                envelope = original(space, payload, **kwargs)
                self._seals[envelope] = (payload[0], len(payload))
                return envelope

            return seal

        with patched(TlsChannel, "send", wrap_send), patched(Space, "seal", wrap_seal):
            yield


async def settle(
    proxy: CountingProxy, a: Device, b: Device, space_id: bytes, start: float, timeout: float = 30.0
) -> float:
    """Wait until both devices have the same heads and then the link has been quiet for QUIET_SECONDS;
    seconds from *start* (a `perf_counter` reading) until the heads met. The quiet is counted from the
    later of the last byte and the moment the heads met: both engines share this process's loop, so a long
    load can hold back the proxy, and what the sessions say after it, for longer than QUIET_SECONDS."""
    met_at: float | None = None
    try:
        async with asyncio.timeout(timeout):
            while True:
                now = time.perf_counter()
                if met_at is None and a.heads(space_id) == b.heads(space_id):
                    met_at = now
                if met_at is not None and now - max(proxy.last_activity, met_at) >= QUIET_SECONDS:
                    return met_at - start
                await asyncio.sleep(0.002)
    except TimeoutError:
        raise SanityError(f"the two devices did not settle within {timeout:.0f} s") from None


def small_asset(n: int, author: str) -> Asset:
    return Asset(
        id=f"bench{n:04d}",
        kind=AssetKind.BUILT,
        title=f"Ladder {n}",
        author=author,
        category="Tools",
        area="North End",
        steward="Sam Okafor",
        description="Three-metre aluminium ladder; ask at the hall.",
        created_at=dt.datetime.now(dt.UTC),  # never dated before what it builds on (the authority rules)
    )


def add_small_asset(writer: Device, space_id: bytes, n: int, author: str) -> int:
    """Add one small asset on *writer*; the bytes of the change (`changes_since(heads before)`)."""
    doc = writer.engine.document(space_id)
    assert doc is not None
    before = doc.heads()
    asset = small_asset(n, author or writer.engine.member_id(space_id))  # a record names its writer
    writer.engine.change(space_id, functools.partial(CommunityDocument.add_asset, asset=asset))
    change = sum(len(c) for c in doc.changes_since(before))
    if change == 0:
        raise SanityError("adding an asset made no change")
    return change


def session_with(device: Device, other: Device) -> PeerSession:
    sessions = [s for s in device.engine.sessions if s.peer.device_id == other.keys.device_id]
    if len(sessions) != 1:
        raise SanityError(f"expected one session between the two devices, found {len(sessions)}")
    return sessions[0]


async def heads_meet(a: Device, b: Device, space_id: bytes, timeout: float) -> bool:
    """Whether the two devices' heads become equal within *timeout* seconds."""
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        if a.heads(space_id) == b.heads(space_id):
            return True
        await asyncio.sleep(0.002)
    return False


@dataclass
class ChangeResults:
    first: dict[str, Any]  # the first contact through the proxy
    changes: list[dict[str, Any]]  # single changes, one after another
    ticks: list[dict[str, Any]]  # idle ticks
    after_peer_tick: list[dict[str, Any]]  # a change just after the peer's tick
    after_own_tick: list[dict[str, Any]]  # a change just after the writer's own tick


async def measure_change(creator_device: Device, space_id: bytes, rounds: int) -> ChangeResults:
    """The first contact through the proxy, then *rounds* single changes, *rounds* idle ticks, and *rounds*
    changes made just after a tick (the peer's, then the writer's own)."""
    node = LanNode(creator_device.engine, listen_host=HOST)
    await node.start()
    proxy = CountingProxy(node.port)
    await proxy.start()
    joiner = Device.new()
    join(creator_device, joiner, space_id)
    joiner_node = LanNode(joiner.engine, listen_host=HOST)
    await joiner_node.start()
    traffic = Traffic()
    author = ""  # each writer names itself (add_small_asset): peers refuse a record naming someone else
    out = ChangeResults({}, [], [], [], [])

    def begin() -> float:
        traffic.reset()
        proxy.bytes = 0
        return time.perf_counter()

    async def settled(start: float) -> float:
        return await settle(proxy, creator_device, joiner, space_id, start)

    try:
        with traffic.counting():
            start = begin()
            await joiner_node.dial(HOST, proxy.port)
            await settled(start)
            out.first = {**traffic.summary(), "wire": proxy.bytes, "by_kind": traffic.by_kind()}
            for r in range(rounds):
                writer = creator_device if r % 2 == 0 else joiner
                start = begin()
                change = add_small_asset(writer, space_id, r, author)
                latency = await settled(start)
                out.changes.append(
                    {**traffic.summary(), "change": change, "wire": proxy.bytes, "latency_ms": latency * 1000}
                )
            for r in range(rounds):
                ticker, other = (creator_device, joiner) if r % 2 == 0 else (joiner, creator_device)
                start = begin()
                session_with(ticker, other).tick()
                await settled(start)
                out.ticks.append({**traffic.summary(), "wire": proxy.bytes})
            for r in range(rounds):
                writer, other = (creator_device, joiner) if r % 2 == 0 else (joiner, creator_device)
                # The peer ticks: its HELLO (equal heads) ends there, and the sync states are kept.
                session_with(other, writer).tick()
                await settled(time.perf_counter())
                start = begin()
                change = add_small_asset(writer, space_id, rounds + 2 * r, author)
                latency = await settled(start)
                out.after_peer_tick.append(
                    {**traffic.summary(), "change": change, "wire": proxy.bytes, "latency_ms": latency * 1000}
                )
                # The writer ticks: does its next change leave at once (it should: the session still knows the
                # peer has the document), or wait for the next HELLO?
                session_with(writer, other).tick()
                await settled(time.perf_counter())
                start = begin()
                change = add_small_asset(writer, space_id, rounds + 2 * r + 1, author)
                sent_at_once = await heads_meet(creator_device, joiner, space_id, HOLD_SECONDS)
                if not sent_at_once:
                    session_with(writer, other).tick()  # its next 30 s tick, brought forward
                await settled(start)
                out.after_own_tick.append(
                    {**traffic.summary(), "change": change, "wire": proxy.bytes, "sent_at_once": sent_at_once}
                )
    finally:
        await joiner_node.stop()
        await proxy.close()
        await node.stop()
    return out


# --- 3. Qt stalls --------------------------------------------------------------------------------------------


class Child:
    """A bench/_sync_child.py process, spoken to in JSON lines (its stderr goes to *log*)."""

    def __init__(self, *args: str, log: Path) -> None:
        self._log = log.open("ab")
        self.proc = subprocess.Popen(
            [sys.executable, CHILD, *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log,
            bufsize=0,
        )
        assert self.proc.stdin is not None
        assert self.proc.stdout is not None
        self._in, self.fd = self.proc.stdin, self.proc.stdout.fileno()
        self._buffer = b""

    def send(self, message: dict[str, Any]) -> None:
        self._in.write((json.dumps(message) + "\n").encode())

    def read_available(self) -> None:
        data = os.read(self.fd, 1 << 16)
        if not data:
            self._log.flush()
            tail = Path(self._log.name).read_text(errors="replace")[-2000:]
            raise RuntimeError(f"a sync child exited (code {self.proc.wait()}); its log ends:\n{tail}")
        self._buffer += data

    def take(self) -> dict[str, Any] | None:
        line, newline, rest = self._buffer.partition(b"\n")
        if not newline:
            return None
        self._buffer = rest
        message: dict[str, Any] = json.loads(line)
        return message

    def receive(self, timeout: float = 120.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while (message := self.take()) is None:
            if not select.select([self.fd], [], [], max(0.0, deadline - time.monotonic()))[0]:
                raise TimeoutError("a sync child did not answer in time")
            self.read_available()
        return message

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.send({"quit": True})
            self._in.close()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self._log.close()


Start = Callable[[Callable[[float | None], None]], None]  # starts the work; calls back when it is done


class StallMeter:
    """A 10 ms `QTimer` in this process's Qt loop; the longest gap between its ticks while some work runs."""

    def __init__(self) -> None:
        self.app = QCoreApplication.instance() or QCoreApplication([])

    def window(self, start: Start, timeout: float = 120.0) -> dict[str, float]:
        ticks: list[float] = []
        marks: dict[str, float] = {}
        keep: list[Any] = []  # Qt objects the callbacks make, alive until the loop ends

        def finish(end: float | None = None) -> None:
            if "end" not in marks:
                marks["end"] = end or time.perf_counter()
                QTimer.singleShot(round(TAIL_SECONDS * 1000), self.app.quit)

        def begin() -> None:
            marks["start"] = time.perf_counter()
            start(finish)

        timer = QTimer()
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.setInterval(TICK_MS)
        timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
        watchdog = QTimer()
        watchdog.setSingleShot(True)
        watchdog.timeout.connect(self.app.quit)
        keep += [timer, watchdog]
        QTimer.singleShot(round(LEAD_SECONDS * 1000), begin)
        timer.start()
        watchdog.start(round(timeout * 1000))
        self.app.exec()
        timer.stop()
        watchdog.stop()
        if "end" not in marks:
            raise TimeoutError("the work under the Qt loop did not finish in time")
        window = [
            (b - a) * 1000 for a, b in itertools.pairwise(ticks) if b >= marks["start"] and a <= marks["end"]
        ]
        return {
            "longest": max(window),
            "work_ms": (marks["end"] - marks["start"]) * 1000,
            "ticks": len(window),
        }


def idle(seconds: float) -> Start:
    return lambda finish: QTimer.singleShot(round(seconds * 1000), finish)


def on_thread(work: Callable[[], object]) -> Start:
    """Run *work* on a worker thread of this process; the Qt loop notices the end within a tick."""

    def start(finish: Callable[[float | None], None]) -> None:
        ended: list[float] = []

        def run() -> None:
            work()
            ended.append(time.perf_counter())

        thread = threading.Thread(target=run, daemon=True)
        poll = QTimer(QCoreApplication.instance())
        poll.setInterval(TICK_MS)

        def check() -> None:
            if ended:
                poll.stop()
                finish(ended[0])

        poll.timeout.connect(check)
        thread.start()
        poll.start()

    return start


def in_children(joiner: Child, port: int, heads: list[str], report: dict[str, float]) -> Start:
    """Tell the joiner child to dial the creator child; done when it writes its timings."""

    def start(finish: Callable[[float | None], None]) -> None:
        notifier = QSocketNotifier(joiner.fd, QSocketNotifier.Type.Read, QCoreApplication.instance())

        def readable() -> None:
            joiner.read_available()
            message = joiner.take()
            if message is not None:
                notifier.setEnabled(False)
                report.update(message["done"])
                finish(None)

        notifier.activated.connect(readable)
        joiner.send({"go": port, "heads": heads})

    return start


def admit_child_joiner(creator_child: Child, log: Path) -> Child:
    """Start a joiner child and take it through the invite handshake, relaying the messages."""
    joiner = Child("joiner", log=log)
    creator_child.send({"invite": True})
    code = creator_child.receive()
    joiner.send(code)
    request = joiner.receive()["request"]
    creator_child.send({"admit": request, "invite": code["invite"]})
    joiner.send(creator_child.receive())
    if not joiner.receive().get("ready"):
        raise RuntimeError("the joiner child is not ready")
    return joiner


VARIANTS = (
    ("idle", "idle Qt loop (the baseline)"),
    ("children", "first contact in two child processes"),
    ("thread-sync", "first contact on a worker thread here"),
    ("thread-load", "core.Document.load on a worker thread here"),
)


def measure_stalls(
    creator_device: Device, space_id: bytes, saved: bytes, rounds: int, scratch: Path
) -> tuple[dict[str, list[dict[str, float]]], list[dict[str, float]]]:
    meter = StallMeter()
    snapshot = scratch / "community.automerge"
    snapshot.write_bytes(saved)
    log = scratch / "children.log"
    creator_child = Child("creator", str(snapshot), log=log)
    listening = creator_child.receive()
    results: dict[str, list[dict[str, float]]] = defaultdict(list)
    child_timings: list[dict[str, float]] = []

    def in_thread_first_contact() -> None:
        async def go() -> None:
            node = LanNode(creator_device.engine, listen_host=HOST)
            await node.start()
            try:
                await first_contact_round(creator_device, space_id, node.port)
            finally:
                await node.stop()

        asyncio.run(go())

    try:
        for r in range(rounds):
            order = VARIANTS[r % len(VARIANTS) :] + VARIANTS[: r % len(VARIANTS)]
            for key, _ in order:
                joiner: Child | None = None
                report: dict[str, float] = {}
                if key == "idle":
                    start = idle(1.0)
                elif key == "children":
                    joiner = admit_child_joiner(creator_child, log)
                    start = in_children(joiner, listening["port"], listening["heads"], report)
                elif key == "thread-sync":
                    start = on_thread(in_thread_first_contact)
                else:
                    start = on_thread(lambda: core.Document.load(saved))
                gc.collect()
                try:
                    results[key].append(meter.window(start))
                finally:
                    if joiner is not None:
                        joiner.close()
                if report:
                    child_timings.append(report)
    finally:
        creator_child.close()
    return results, child_timings


# --- the run --------------------------------------------------------------------------------------------------


def verdict(met: bool) -> str:
    return "met" if met else "NOT met"


def report_first_contact(ours: list[float], bare: list[float], parts: dict[str, list[float]]) -> None:
    ratios = [a / b for a, b in zip(ours, bare, strict=True)]
    med_ours, med_bare = median(ours), median(bare)
    ratio = med_ours / med_bare
    print(f"{'1. first contact, medians, ms':<46} {'ours':>9} {'bare':>9} {'ratio':>7}   (range)")
    print(
        f"{'first contact over TLS vs core.Document.load':<46} {med_ours:9.1f} {med_bare:9.1f} {ratio:7.2f}"
        f"   ({min(ratios):.2f}–{max(ratios):.2f})"
    )
    print(
        f"first-contact ratio {ratio:.3f} (goal ≤ {GOAL_FIRST_CONTACT}: {verdict(ratio <= GOAL_FIRST_CONTACT)})"
    )
    print()
    names = {
        "dial": "dial: TLS 1.3 + device handshake",
        "snapshot": "creator: Replica.snapshot() (stored bytes)",
        "seal": "creator: seal the snapshot envelope",
        "transfer": "transfer: big frame sent → received",
        "open": "joiner: open the envelope",
        "binding": "joiner: the binding's load (safedoc._load)",
        "checks": "joiner: CommunityDocument.load's checks",
        "store": "joiner: store the bytes it loaded",
        "sync": "both: Automerge sync messages after it",
        "rest": "rest: HELLO (and LOG), framing, polling",
    }
    print(f"   {'where it goes (medians, ms)':<43} {'ms':>9} {'share':>7}")
    for part in PARTS:
        ms = median(parts[part])
        print(f"   {names[part]:<43} {ms:9.2f} {ms / med_ours:7.1%}")
    print(f"   {'bare core.Document.load, for scale':<43} {med_bare:9.1f}")
    binding = median(parts["binding"])
    print(
        f"   the binding's load in the first contact is {binding / med_bare:.2f}× the bare load;"
        f" the goal allows {GOAL_FIRST_CONTACT * med_bare:.1f} ms in all"
    )
    saves = max(parts["full saves"])
    print(
        f"   full saves of the document during a first contact: {saves:.0f}"
        + (f" ({median(parts['full save ms']):.1f} ms, in the rest)" if saves else "")
    )


def med(rows: list[dict[str, Any]], key: str) -> float:
    return median([r[key] for r in rows])


def typical(rows: list[dict[str, Any]], key: str) -> str:
    """The most common value of *key* in *rows*, as text."""
    values = [str(r[key]) for r in rows]
    return max(set(values), key=values.count)


def report_change(measured: ChangeResults, document_bytes: int) -> None:
    first, results, ticks = measured.first, measured.changes, measured.ticks
    change, frame_bytes = med(results, "change"), med(results, "frame_bytes")
    allowance = GOAL_CHANGE_FACTOR * change + GOAL_CHANGE_EXTRA
    ratios = [r["frame_bytes"] / r["change"] for r in results]
    print(f"2. one new change, medians of {len(results)} rounds (the writing side alternates), bytes")
    print(f"   {'the change (changes_since heads before)':<43} {change:9,.0f}")
    print(f"   {'sealed plaintexts (inner kind + body)':<43} {med(results, 'plaintext'):9,.0f}"
          f"   in {med(results, 'seals'):.0f} envelopes: {typical(results, 'plaintexts')}")  # fmt: skip
    print(f"   {'envelope overhead (headers, tags, signatures)':<43} {med(results, 'envelope'):9,.0f}")
    print(f"   {'plain frames (LOG), with headers':<43} {med(results, 'plain_frames'):9,.0f}")
    print(
        f"   {'frames sent by both sides, with headers':<43} {frame_bytes:9,.0f}"
        f"   in {med(results, 'frames'):.0f} frames"
    )
    print(f"      most common sequence (frame sizes): {typical(results, 'messages')}")
    print(
        f"   {'TLS records on the wire (the proxy count)':<43} {med(results, 'wire'):9,.0f}"
        f"   (+{med(results, 'wire') - frame_bytes:,.0f} of TLS overhead)"
    )
    print(
        f"frames / change {frame_bytes / change:.2f}× ({min(ratios):.2f}–{max(ratios):.2f}); goal ≤ 2× + 300 B ="
        f" {allowance:,.0f} B: {verdict(frame_bytes <= allowance)}; heads met after"
        f" {med(results, 'latency_ms'):.1f} ms"
    )
    if ticks:
        print(
            f"   an idle tick (one side's PeerSession.tick() while in sync), medians of {len(ticks)}:"
            f" {med(ticks, 'frame_bytes'):,.0f} B of frames in {med(ticks, 'frames'):.0f}"
            f" ({med(ticks, 'wire'):,.0f} B of TLS records)"
        )
        print(f"      most common sequence (frame sizes): {typical(ticks, 'messages')}")
    report_after_tick(measured)
    kinds = ", ".join(f"{kind} {n} × = {size:,} B" for kind, (n, size) in sorted(first["by_kind"].items()))
    print(
        f"   first contact through the proxy: {first['frame_bytes']:,} B in {first['frames']} frames,"
        f" {first['wire']:,} B of TLS records, for a {document_bytes:,}-byte document"
    )
    print(f"      by kind: {kinds}")


def report_after_tick(measured: ChangeResults) -> None:
    peer, own = measured.after_peer_tick, measured.after_own_tick
    if not peer:
        return
    change, frame_bytes = med(peer, "change"), med(peer, "frame_bytes")
    allowance = GOAL_CHANGE_FACTOR * change + GOAL_CHANGE_EXTRA
    print(
        f"   a change just after the peer's tick (equal heads at its HELLO), medians of {len(peer)}:"
        f" {frame_bytes:,.0f} B of frames in {med(peer, 'frames'):.0f} ({frame_bytes / change:.2f}× the change;"
        f" goal {allowance:,.0f} B: {verdict(frame_bytes <= allowance)}); heads met after"
        f" {med(peer, 'latency_ms'):.1f} ms"
    )
    print(f"      most common sequence (frame sizes): {typical(peer, 'messages')}")
    at_once = sum(1 for r in own if r["sent_at_once"])
    print(
        f"   a change just after the writer's own tick: across within {HOLD_SECONDS:.0f} s in {at_once} of"
        f" {len(own)} rounds"
        + (
            "; the rest waited for the writer's next tick (brought forward here; 30 s at most)"
            if at_once < len(own)
            else ""
        )
    )
    change, frame_bytes = med(own, "change"), med(own, "frame_bytes")
    allowance = GOAL_CHANGE_FACTOR * change + GOAL_CHANGE_EXTRA
    print(
        f"      medians of {len(own)}: {frame_bytes:,.0f} B of frames in {med(own, 'frames'):.0f}"
        f" ({frame_bytes / change:.2f}× the change; goal {allowance:,.0f} B: {verdict(frame_bytes <= allowance)}"
        + ("" if at_once == len(own) else "; a held change's count includes the tick's HELLO")
        + f"): {typical(own, 'messages')}"
    )


def report_stalls(results: dict[str, list[dict[str, float]]], children: list[dict[str, float]]) -> None:
    base = median([r["longest"] for r in results["idle"]])
    rounds = len(results["idle"])
    print(f"3. Qt loop here, {TICK_MS} ms timer: longest gap between ticks, ms ({rounds} rounds)")
    print(f"   {'':<43} {'median':>9} {'worst':>7} {'÷ idle':>7} {'work ms':>8}")
    for key, name in VARIANTS:
        longest = [r["longest"] for r in results[key]]
        work = median([r["work_ms"] for r in results[key]])
        print(
            f"   {name:<43} {median(longest):9.1f} {max(longest):7.1f} {median(longest) / base:7.1f} {work:8.0f}"
        )
    worst = max(r["longest"] for r in results["children"])
    print(f"longest stall with the sync in child processes {worst:.1f} ms (goal ≤ {GOAL_STALL_MS:.0f}: "
          f"{verdict(worst <= GOAL_STALL_MS)})")  # fmt: skip
    if children:
        print(f"   first contact between the two children (joiner's own timing): "
              f"{median([c['total_ms'] for c in children]):.1f} ms")  # fmt: skip


def run(args: argparse.Namespace) -> None:
    size = QUICK if args.quick else FULL
    rounds = args.rounds or (3 if args.quick else 15)
    change_rounds = args.change_rounds or (4 if args.quick else 10)
    qt_rounds = args.qt_rounds or (1 if args.quick else 5)
    print(f"Sync benchmark — {platform.python_implementation()} {platform.python_version()},")
    print(
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs; automerge (Python) 1.0.0rc1,"
        f" PySide6 {PySide6.__version__}, {ssl.OPENSSL_VERSION}"
    )
    view = generate_view(**size, seed=args.seed)
    # Written by the creator's actor: peers take a community's layout only from the device that created it.
    generated = CommunityDocument.from_view(view, actor_id=CREATOR_ACTOR)
    saved = generated.save()
    del view
    creator_device, space_id = creator(saved)
    # A first contact sends `Replica.snapshot()`: it must be the generated bytes, so that the bare load below
    # loads exactly what the joiner loads, and the creator's document must be the generated one.
    if creator_device.engine.replica(space_id).snapshot() != saved:
        raise SanityError("the creator's Replica.snapshot() is not the generated document's bytes")
    if creator_device.heads(space_id) != sorted(generated.heads()):
        raise SanityError("the creator does not hold the generated document")
    del generated
    print(
        f"size: {size['assets']:,} assets, {size['members']:,} members, {size['events']:,} events;"
        f" document {len(saved):,} bytes; {rounds} rounds, {change_rounds} changes and ticks,"
        f" {qt_rounds} Qt rounds"
    )
    print()
    ours, bare, parts = asyncio.run(measure_first_contact(creator_device, space_id, saved, rounds))
    report_first_contact(ours, bare, parts)
    print()
    report_change(asyncio.run(measure_change(creator_device, space_id, change_rounds)), len(saved))
    print()
    if args.no_qt:
        return
    with tempfile.TemporaryDirectory(prefix="commons-sync-bench-") as scratch:
        stalls, children = measure_stalls(creator_device, space_id, saved, qt_rounds, Path(scratch))
    report_stalls(stalls, children)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="a smaller community and fewer rounds")
    parser.add_argument("--rounds", type=int, default=0, help="rounds of the first-contact comparison")
    parser.add_argument("--change-rounds", type=int, default=0, help="single changes to count")
    parser.add_argument("--qt-rounds", type=int, default=0, help="rounds of the Qt stall measurements")
    parser.add_argument("--seed", type=int, default=0, help="seed of the generated community")
    parser.add_argument("--no-qt", action="store_true", help="skip the Qt stall measurements")
    try:
        run(parser.parse_args())
    except SanityError as exc:
        sys.exit(f"sanity check failed: {exc}")


if __name__ == "__main__":
    main()
