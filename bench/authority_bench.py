"""Benchmark of authority on receipt: a guarded community document against the same work without the gate, in one run.

Run with `.venv/bin/python bench/authority_bench.py` (or `make bench`); `--quick` for a smaller run.

A guarded document (`CommunityDocument.guard`, docs/protocol.md, "Authority on receipt") sends every peer's change
through the gate before the binding applies it: its ops are decoded (`_ops`), its author's proof verified and
its coverage walked (`authority`, `_gate`), its ops checked against the write rules (`_rules`). The communities
here are real: every device is carded in a signed membership log (`MembershipLog.write_card`), the writers come
from `sync.spaces.writers_of`, and each writing device proves its latest change (`CommunityDocument.prove`).
In interleaved rounds (the order of the two sides alternates every round), reported as medians, with the range
of the per-round ratios:

1. a batch of 1,000 incoming changes (`--quick`: 250) made on top of a base document (an admin's, holding the
   members) by 3 members taking turns (25 changes a turn, each turn on top of the others' work); every change
   adds one asset whose author is its writer or appends one signed purse deposit. Timed: `apply_changes(batch,
   proofs)` on a freshly loaded, guarded copy of the base against `apply_changes(batch)` on a freshly loaded,
   unguarded one (the load and `guard` are left out of the timing; what the gate builds on its first use of a
   loaded copy, such as its index of the document's objects, is in it, as after every start of the app). The
   goal is a ratio of at most 1.3. Then the same batch through Automerge's sync protocol: `receive_sync_message`
   with a fresh `PeerSync`, of the message the last writer's copy generates for a peer that holds only the
   base, guarded against unguarded.
2. first contact with the community of community_bench.py (`generate_view`: 10,000 assets, 2,000 members, 5,000
   events; `--quick`: its QUICK sizes), written in one change by an admin device with a card:
   `CommunityDocument.load_checked(saved, …, proofs=…)` against `automerge.core.Document.load` of the same bytes.
   The goal is a ratio of at most 1.2. `CommunityDocument.load` against the bare load, for reference.
3. first contact with a history of many small changes: 5,000 changes (`--quick`: 1,000) by 5 members taking
   turns as in 1, each proving its latest: `load_checked` against a bare load (no goal set; for reference).

The batch is also timed in CPU time (`time.process_time`), which a shared machine's other work disturbs less.

Then where the time of each guarded path goes: one run with the gate's steps wrapped in timers (each step's own
time, without the wrapped steps it calls; wrapping costs about a microsecond per call; a method of a compiled
class cannot be wrapped, and a compiled module calls its own functions directly, so with the compiled modules
more of the time shows as "not in a step"), and, for the guarded path with the highest ratio, the top
functions by cumulative time from cProfile on one run (which sees no compiled function either).

Not a test: the only checks are sanity checks (every change is accepted, none waits or is quarantined, and the
receiving copy ends up with the writer's heads and view).
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import gc
import importlib
import io
import os
import platform
import pstats
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from automerge import core

# Timing, and the community's sizes, as community_bench.py has them (this folder is on the path when run).
from community_bench import FULL, QUICK, Measure, after, timed, whole
from sync.community import (
    Asset,
    AssetKind,
    CommunityDocument,
    EntryKind,
    LedgerEntry,
    Member,
    PeerSync,
    Role,
)
from sync.community._chunks import split_sync_message
from sync.community.authority import ChangeProof, Writers
from sync.community.generator import generate_view
from sync.identity import DeviceKeys
from sync.membership import ActorClaim, MembershipLog, SpaceKind, member_id_of
from sync.membership import Role as LogRole
from sync.spaces import writers_of

GOAL_BATCH_RATIO = 1.3
GOAL_FIRST_CONTACT_RATIO = 1.2
BATCH = {"full": 1_000, "quick": 250}
HISTORY = {"full": 5_000, "quick": 1_000}
TURN = 25  # changes a member makes before the next one takes over


@dataclass
class Result:
    name: str
    ours: float  # median, ms
    bare: float
    low: float  # lowest and highest ratio of one round
    high: float

    @property
    def ratio(self) -> float:
        return self.ours / self.bare


def compare(name: str, ours: Measure, bare: Measure, rounds: int) -> Result:
    """Interleaved rounds (ours then bare, then bare then ours, …); prints and returns the two medians in ms."""
    a: list[float] = []
    b: list[float] = []
    for r in range(rounds):
        pair = [(a, ours), (b, bare)]
        for samples, measure in pair if r % 2 == 0 else reversed(pair):
            samples.append(measure())
    ratios = [x / y for x, y in zip(a, b, strict=True)]
    result = Result(name, statistics.median(a), statistics.median(b), min(ratios), max(ratios))
    print(
        f"{name:<50} {result.ours:9.1f} {result.bare:9.1f} {result.ratio:7.2f}"
        f"   ({result.low:.2f}–{result.high:.2f})"
    )
    return result


# --- where the time goes: the gate's steps wrapped in timers ------------------------------------------------

# (module, attribute, step). A step's time is its own, without the other steps it calls. A name the code no
# longer has is skipped (the modules are young), and the time not in any step is printed as such.
STEPS = (
    ("sync.community._safedoc", "SafeDoc.load", "binding: load the bytes"),
    ("sync.community.document", "check_shape", "shape check of the loaded document"),
    ("sync.community._chunks", "split_sync_message", "sync message: split and rebuild"),
    ("sync.community._chunks", "SyncParts.rebuild", "sync message: split and rebuild"),
    ("sync.community._safedoc", "SafeDoc.all_changes", "binding: list every change (get_changes)"),
    ("sync.community._safedoc", "SafeDoc._known_hashes", "binding: list every change (get_changes)"),
    ("sync.community._safedoc", "SafeDoc.latest", "binding: list every change (get_changes)"),
    ("sync.community._gate", "parse_change", "gate: change hashes (chunk headers)"),
    ("sync.community._gate", "decode_header", "gate: decode the ops"),
    ("sync.community._gate", "decode_change", "gate: decode the ops"),
    ("sync.community._gate", "decode_ops", "gate: decode the ops"),
    ("sync.community._gate", "best_proofs", "gate: verify the proofs (Ed25519)"),
    ("sync.community._gate", "_covered_by", "gate: walk what each proof covers"),
    ("sync.community._gate", "causal_order", "gate: causal order"),
    ("sync.community._intake", "_walk", "gate: index the document's objects"),
    ("sync.community._intake", "Guard._context", "gate: rules context"),
    ("sync.community._instants", "Clockwork.too_early", "gate: dates (clockwork)"),
    ("sync.community._instants", "Clockwork.learn", "gate: dates (clockwork)"),
    ("sync.community._gate", "check_change", "gate: write rules"),
    ("sync.community._gate", "Gate.take_proofs", "gate: keep the proofs"),
    ("sync.community._intake", "decode_change", "decode the ops again (clockwork, index)"),
    ("sync.community._intake", "decode_ops", "decode the ops again (clockwork, index)"),
    ("sync.community._intake", "decode_header", "decode the ops again (clockwork, index)"),
    ("sync.community._intake", "index_change", "index the applied changes"),
    ("sync.community._safedoc", "SafeDoc.apply", "apply the accepted (SafeDoc.apply, binding)"),
    ("sync.community._safedoc", "SafeDoc.apply_parsed", "apply the accepted (SafeDoc.apply, binding)"),
    ("sync.community._intake", "records_touched", "records the applied changes touched"),
    ("sync.community._safedoc", "SafeDoc.receive_sync_message", "binding: receive the sync message"),
    ("sync.community._safedoc", "SafeDoc._record", "binding: list the new changes"),
)
OTHER = "not in a step above"


class Steps:
    """While installed, the functions of STEPS run inside timers; `run` returns one call's time per step."""

    def __init__(self) -> None:
        self.totals: dict[str, float] = {}
        self.active = False
        self._stack: list[float] = []
        self._undo: list[tuple[object, str, object]] = []

    def _wrap(self, function: Callable[..., Any], step: str) -> Callable[..., Any]:
        def timed_step(*args: Any, **kwargs: Any) -> Any:
            if not self.active:
                return function(*args, **kwargs)
            self._stack.append(0.0)
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                elapsed = time.perf_counter() - start
                inner = self._stack.pop()
                self.totals[step] = self.totals.get(step, 0.0) + elapsed - inner
                if self._stack:
                    self._stack[-1] += elapsed

        return timed_step

    def __enter__(self) -> Steps:
        for module_name, attribute, step in STEPS:
            owner: object = importlib.import_module(module_name)
            *path, name = attribute.split(".")
            for part in path:
                owner = getattr(owner, part, None)
            raw = owner.__dict__.get(name) if isinstance(owner, type) else getattr(owner, name, None)
            if raw is None:
                continue
            if isinstance(raw, (classmethod, staticmethod)):
                wrapped: object = type(raw)(self._wrap(raw.__func__, step))
            else:
                wrapped = self._wrap(raw, step)
            try:
                setattr(owner, name, wrapped)
            except (TypeError, AttributeError):  # a compiled (native) class: its methods cannot be wrapped
                continue
            self._undo.append((owner, name, raw))
        return self

    def __exit__(self, *_: object) -> None:
        for owner, name, raw in reversed(self._undo):
            setattr(owner, name, raw)
        self._undo.clear()

    def run(self, setup: Callable[[], Any], call: Callable[[Any], Any]) -> dict[str, float]:
        """One call of *call* on what *setup* returns: ms per step, OTHER and "total"."""
        prepared = setup()
        self.totals = {}
        gc.collect()
        self.active = True
        start = time.perf_counter()
        try:
            call(prepared)
        finally:
            total = time.perf_counter() - start
            self.active = False
        out = {step: seconds * 1000 for step, seconds in self.totals.items()}
        out[OTHER] = (total - sum(self.totals.values())) * 1000
        out["total"] = total * 1000
        return out


def profile(setup: Callable[[], Any], call: Callable[[Any], Any], top: int) -> str:
    prepared = setup()
    profiler = cProfile.Profile()
    profiler.enable()
    call(prepared)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).strip_dirs().sort_stats("cumulative")
    stats.print_stats(r"^(?!authority_bench\.py)", top)  # this file's own wrappers left out
    return "\n".join(line for line in out.getvalue().splitlines() if line.strip())


# --- the communities ------------------------------------------------------------------------------------------


@dataclass
class Device:
    """One member's device: its keys, actor id, member id and copy of the community."""

    name: str
    keys: DeviceKeys
    actor: bytes
    doc: CommunityDocument | None = None

    @property
    def member(self) -> str:
        return member_id_of(self.keys.device_id)


@dataclass
class Space:
    """A community's membership log with every device carded, and its writers."""

    log: MembershipLog
    devices: dict[str, Device]
    writers: Writers = field(init=False)

    def __post_init__(self) -> None:
        self.writers = writers_of(self.log)

    @property
    def space_id(self) -> bytes:
        return self.log.space_id

    @classmethod
    def make(cls, members: int) -> Space:
        """An admin and *members* members, each device carded with one actor id."""
        names = ["admin", *(f"member{n}" for n in range(1, members + 1))]
        devices = {n: Device(n, DeviceKeys.generate(), bytes([i + 1]) * 16) for i, n in enumerate(names)}
        log = MembershipLog.create(SpaceKind.COMMUNITY, devices["admin"].keys, at_ms=1)
        for n in names[1:]:
            log.add(devices[n].keys.card, LogRole.MEMBER, at_ms=2)
        for d in devices.values():  # the admin writes everyone's card: simpler here
            log.write_card(d.keys.device_id, d.member, (ActorClaim(d.actor),), at_ms=3)
        return cls(log, devices)

    def open(self, device: Device, data: bytes) -> CommunityDocument:
        doc = CommunityDocument.load(data, actor_id=device.actor)
        doc.guard(self.space_id, self.writers)
        return doc


def now() -> dt.datetime:
    """The writer's clock: the moments a change writes are bounded by those it builds on (`_instants`)."""
    return dt.datetime.now(dt.UTC)


def small_change(doc: CommunityDocument, device: Device, n: int) -> None:
    """One small change by *device*: an asset it authors, or a purse deposit it signs."""
    if n % 2:
        doc.add_asset(
            Asset(f"a{n:06d}", AssetKind.HUMAN, f"Help with {n}", device.member, "diy", created_at=now())
        )
    else:
        entry = LedgerEntry(
            f"d{n:06d}",
            EntryKind.PURSE_DEPOSIT,
            device.member,
            device.keys.device_id.hex,
            100 + n,
            "EUR",
            now(),
        )
        doc.append_entry(entry.signed_by(device.keys.signer))


@dataclass
class History:
    base: bytes  # the admin's document: the community and its members
    last: CommunityDocument  # the last writer's copy: the base and every change
    changes: list[bytes]  # every change after the base, dependencies first
    proofs: list[ChangeProof]  # each writer's proof of its latest change
    base_proofs: list[ChangeProof]  # the admin's proof of the base (what a newcomer needs too)


def write_history(space: Space, changes: int) -> History:
    """*changes* small changes on top of the admin's base, by the members taking turns (TURN changes each, each
    turn on top of everything written before it); every writer proves its latest change."""
    admin = space.devices["admin"]
    doc = CommunityDocument.create("Bench Road", actor_id=admin.actor)
    doc.guard(space.space_id, space.writers)
    for d in space.devices.values():
        role = Role.ADMIN if d is admin else Role.MEMBER
        doc.add_member(Member(d.member, d.name.title(), role, joined_at=now()))
    base_proofs = [doc.prove(admin.keys.signer)]
    base = doc.save()
    heads = doc.heads()
    writers = [d for d in space.devices.values() if d is not admin]
    for d in writers:
        d.doc = space.open(d, base)
    last = writers[0]
    for start in range(0, changes, TURN):
        device = writers[(start // TURN) % len(writers)]
        assert device.doc is not None
        assert last.doc is not None
        if device is not last:
            device.doc.merge(last.doc)
        for n in range(start, min(start + TURN, changes)):
            small_change(device.doc, device, n)
        device.doc.prove(device.keys.signer)
        last = device
    assert last.doc is not None
    proofs = [p for d in writers if d.doc is not None for p in d.doc.proofs() if p.actor == d.actor]
    return History(base, last.doc, last.doc.changes_since(heads), proofs, [p for p in base_proofs if p])


def message_for_base(writer: CommunityDocument, base: bytes) -> bytes:
    """The sync message *writer* sends to a peer holding only *base*, once the two have said what they hold."""
    peer = CommunityDocument.load(base)
    ours, theirs = PeerSync(), PeerSync()
    for _ in range(10):
        message = writer.generate_sync_message(ours)
        if message is None:
            break
        if split_sync_message(message).changes:
            return message
        peer.receive_sync_message(theirs, message)
        answer = peer.generate_sync_message(theirs)
        if answer is not None:
            writer.receive_sync_message(ours, answer)
    sys.exit("sanity check failed: the writer's copy never sent its changes")


# --- the run --------------------------------------------------------------------------------------------------


@dataclass
class Guarded:
    """A guarded path with its setup and call, for the step timers and the profile."""

    label: str
    column: str  # its short name in the table of steps
    setup: Callable[[], Any]
    call: Callable[[Any], Any]
    result: Result
    cpu: Result | None = None  # the same in CPU time, where measured


def after_cpu(setup: Callable[[], Any], call: Callable[[Any], Any]) -> Measure:
    """As `after`, in this process's CPU time (`time.process_time`): other programs on a shared machine disturb
    it less than the wall clock, though they still do (caches, the other hardware thread)."""

    def measure() -> float:
        prepared = setup()
        gc.collect()
        start = time.process_time()
        call(prepared)
        return (time.process_time() - start) * 1000

    return measure


def describe(intake: Any) -> str:
    first = f"; the first refused: {intake.quarantined[0].reason}" if intake.quarantined else ""
    return (
        f"{intake.accepted} accepted, {len(intake.quarantined)} quarantined, {intake.waiting} waiting{first}"
    )


def batch(space: Space, size: int, rounds: int) -> list[Guarded]:
    ms, history = timed(lambda: write_history(space, size))
    changes, proofs, base = history.changes, history.proofs, history.base
    print(
        f"{len(changes):,} changes by {len(proofs)} members on a base of {len(base):,} bytes"
        f" ({sum(map(len, changes)):,} bytes of changes; written in {ms / 1000:.1f} s)"
    )
    message = message_for_base(history.last, base)
    print(f"the sync message to a peer holding the base: {len(message):,} bytes")

    def guarded_base() -> CommunityDocument:
        doc = CommunityDocument.load(base)
        doc.guard(space.space_id, space.writers)
        return doc

    def guarded_sync() -> tuple[CommunityDocument, PeerSync]:
        return guarded_base(), PeerSync()

    want, want_heads = history.last.view(), sorted(history.last.heads())
    applied, received = guarded_base(), guarded_base()
    for doc, intake in (
        (applied, applied.apply_changes(changes, proofs)),
        (received, received.receive_sync_message(PeerSync(), message, proofs)),
    ):
        if (intake.accepted, intake.quarantined, intake.waiting) != (len(changes), (), 0):
            sys.exit(f"sanity check failed: the gate did not take the whole batch ({describe(intake)})")
        if sorted(doc.heads()) != want_heads or doc.view() != want:
            sys.exit("sanity check failed: the guarded copy differs from the writer's")
    plain = CommunityDocument.load(base)
    plain.receive_sync_message(PeerSync(), message)
    if sorted(plain.heads()) != want_heads:
        sys.exit("sanity check failed: the unguarded copy did not take the whole sync message")

    print()
    print(f"{'medians, ms':<50} {'guarded':>9} {'bare':>9} {'ratio':>7}   (range)")
    apply = compare(
        f"apply {len(changes):,} changes: guarded vs unguarded",
        after(guarded_base, lambda d: d.apply_changes(changes, proofs)),
        after(lambda: CommunityDocument.load(base), lambda d: d.apply_changes(changes)),
        rounds,
    )
    sync = compare(
        "receive them in a sync message: guarded vs not",
        after(guarded_sync, lambda p: p[0].receive_sync_message(p[1], message, proofs)),
        after(
            lambda: (CommunityDocument.load(base), PeerSync()),
            lambda p: p[0].receive_sync_message(p[1], message),
        ),
        rounds,
    )
    apply_cpu = compare(
        "the same in CPU time: apply",
        after_cpu(guarded_base, lambda d: d.apply_changes(changes, proofs)),
        after_cpu(lambda: CommunityDocument.load(base), lambda d: d.apply_changes(changes)),
        rounds,
    )
    sync_cpu = compare(
        "the same in CPU time: sync message",
        after_cpu(guarded_sync, lambda p: p[0].receive_sync_message(p[1], message, proofs)),
        after_cpu(
            lambda: (CommunityDocument.load(base), PeerSync()),
            lambda p: p[0].receive_sync_message(p[1], message),
        ),
        rounds,
    )
    return [
        Guarded(
            "1. apply_changes",
            "1 apply",
            guarded_base,
            lambda d: d.apply_changes(changes, proofs),
            apply,
            apply_cpu,
        ),
        Guarded(
            "1. sync message",
            "1 sync",
            guarded_sync,
            lambda p: p[0].receive_sync_message(p[1], message, proofs),
            sync,
            sync_cpu,
        ),
    ]


def first_contact(size: dict[str, int], seed: int, rounds: int) -> tuple[list[Guarded], Result]:
    space = Space.make(0)
    admin = space.devices["admin"]
    ms, view = timed(lambda: generate_view(**size, seed=seed))
    doc = CommunityDocument.from_view(view, actor_id=admin.actor)
    doc.guard(space.space_id, space.writers)
    doc.prove(admin.keys.signer)
    data, proofs = doc.save(), doc.proofs()
    print(
        f"{size['assets']:,} assets, {size['members']:,} members, {size['events']:,} events in one change"
        f" by the admin: {len(data):,} bytes (generated in {ms / 1000:.1f} s)"
    )

    def checked() -> tuple[CommunityDocument, Any]:
        return CommunityDocument.load_checked(
            data, space_id=space.space_id, writers=space.writers, proofs=proofs
        )

    loaded, intake = checked()
    if (intake.accepted, intake.quarantined, intake.waiting) != (1, (), 0) or loaded.view() != view:
        sys.exit(f"sanity check failed: first contact did not take the community whole ({describe(intake)})")
    del loaded
    print()
    print(f"{'medians, ms':<50} {'ours':>9} {'bare':>9} {'ratio':>7}   (range)")
    result = compare(
        "load_checked vs core.Document.load", whole(checked), whole(lambda: core.Document.load(data)), rounds
    )
    plain = compare(
        "plain load vs core.Document.load (reference)",
        whole(lambda: CommunityDocument.load(data)),
        whole(lambda: core.Document.load(data)),
        rounds,
    )
    return [
        Guarded("2. first contact, 1 big change", "2 big", lambda: None, lambda _: checked(), result)
    ], plain


def many_changes(space: Space, size: int, rounds: int) -> list[Guarded]:
    ms, history = timed(lambda: write_history(space, size))
    data, proofs = history.last.save(), history.proofs + history.base_proofs
    print(
        f"{len(history.last.changes_since([])):,} changes ({len(history.changes):,} by {len(history.proofs)}"
        f" members, the rest the admin's base): {len(data):,} bytes (written in {ms / 1000:.1f} s)"
    )

    def checked() -> tuple[CommunityDocument, Any]:
        return CommunityDocument.load_checked(
            data, space_id=space.space_id, writers=space.writers, proofs=proofs
        )

    loaded, intake = checked()
    if intake.quarantined or intake.waiting or loaded.view() != history.last.view():
        sys.exit(f"sanity check failed: first contact did not take the history whole ({describe(intake)})")
    del loaded
    print()
    print(f"{'medians, ms':<50} {'ours':>9} {'bare':>9} {'ratio':>7}   (range)")
    result = compare(
        "load_checked vs core.Document.load", whole(checked), whole(lambda: core.Document.load(data)), rounds
    )
    compare(
        "plain load vs core.Document.load (reference)",
        whole(lambda: CommunityDocument.load(data)),
        whole(lambda: core.Document.load(data)),
        rounds,
    )
    return [
        Guarded("3. first contact, small changes", "3 history", lambda: None, lambda _: checked(), result)
    ]


def implementation() -> str:
    """Which modules the gate's decoding path runs: compiled by setup.py (mypyc), or plain (sync._native)."""
    import sync.community
    from sync.community import _ops

    if sync.community._COMPILED:
        return f"compiled with mypyc ({_ops.__spec__.origin if _ops.__spec__ else '?'})"
    if os.environ.get("COMMONS_PURE_PYTHON"):
        return "plain Python (COMMONS_PURE_PYTHON)"
    return "plain Python (not built, or older than its sources)"


def run(args: argparse.Namespace) -> None:
    size = QUICK if args.quick else FULL
    scale = "quick" if args.quick else "full"
    rounds = args.rounds or (5 if args.quick else 9)
    print(f"Authority-on-receipt benchmark — {platform.python_implementation()} {platform.python_version()},")
    print(
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs; automerge (Python) 1.0.0rc1;"
        f" {rounds} rounds"
    )
    print(f"the gate's decoding path: {implementation()}")

    print()
    print(f"1. A batch of incoming changes (goal: guarded ≤ {GOAL_BATCH_RATIO}× unguarded)")
    paths = batch(Space.make(3), BATCH[scale], rounds)
    print()
    print(
        f"2. First contact with a large community (goal: load_checked ≤ {GOAL_FIRST_CONTACT_RATIO}× a bare load)"
    )
    contact, plain = first_contact(size, args.seed, rounds)
    paths += contact
    print()
    print("3. First contact with a history of many small changes (no goal; for reference)")
    paths += many_changes(Space.make(5), HISTORY[scale], rounds)

    print()
    print("Where the time of each guarded path goes (one run each; ms, each step without the steps it calls)")
    with Steps() as steps:
        splits = [steps.run(p.setup, p.call) for p in paths]
    names = [s for _m, _a, s in STEPS if any(s in split for split in splits)]
    print(f"{'':<46}" + "".join(f"{p.column:>11}" for p in paths))
    for step in dict.fromkeys([*names, OTHER, "total"]):
        print(f"{step:<46}" + "".join(f"{split.get(step, 0.0):>11.1f}" for split in splits))
    print(f"{'the bare side (median), for scale':<46}" + "".join(f"{p.result.bare:>11.1f}" for p in paths))

    slowest = max(paths, key=lambda p: p.result.ratio)
    if args.profile_top:
        print()
        print(
            f"Profile of the guarded path with the highest ratio ({slowest.label}), one run, by cumulative time"
        )
        print(profile(slowest.setup, slowest.call, args.profile_top))

    print()
    print(f"{'summary, medians':<44} {'ratio':>7}   {'(range)':<15} {'goal':>6}   verdict")
    goals = [GOAL_BATCH_RATIO, GOAL_BATCH_RATIO, GOAL_FIRST_CONTACT_RATIO, None]
    for p, goal in zip(paths, goals, strict=True):
        r = p.result
        verdict = "—" if goal is None else ("met" if r.ratio <= goal else "NOT met")
        goal_text = "—" if goal is None else f"≤ {goal}"
        span = f"({r.low:.2f}–{r.high:.2f})"
        print(f"{p.label:<44} {r.ratio:7.2f}   {span:<15} {goal_text:>6}   {verdict}")
        if p.cpu is not None:
            c = p.cpu
            span = f"({c.low:.2f}–{c.high:.2f})"
            verdict = "—" if goal is None else ("met" if c.ratio <= goal else "NOT met")
            print(f"{'   in CPU time':<44} {c.ratio:7.2f}   {span:<15} {goal_text:>6}   {verdict}")
    span = f"({plain.low:.2f}–{plain.high:.2f})"
    print(f"{'2. plain load, for reference':<44} {plain.ratio:7.2f}   {span:<15} {'—':>6}   —")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="smaller documents and fewer rounds")
    parser.add_argument("--rounds", type=int, default=0, help="rounds of each comparison")
    parser.add_argument("--seed", type=int, default=0, help="seed of the generated community")
    parser.add_argument(
        "--profile-top", type=int, default=15, help="functions in the profile (0: no profile)"
    )
    run(parser.parse_args())


if __name__ == "__main__":
    main()
