"""Benchmark of the encrypted store: SQLCipher through `store` against plain SQLite in the same run.

Run with `.venv/bin/python bench/store_bench.py` (or `make bench`); `--quick` for a smaller run.

These machines are noisy, so every figure is a ratio against a baseline measured in the same run:

1. A mixed workload (single-row transactions, one bulk transaction, point reads, updates, history queries,
   lock, reads after reopening) driven through the real repositories of `store.ProfileSession` on three
   engines, each phase interleaved engine by engine (the order rotates every round) and reported as the
   median over rounds:
   - sqlcipher: `store._database.open_database` (SQLCipher, raw 32-byte key), exactly what the app uses;
   - plain: the standard library's `sqlite3`, the baseline the 1.3x goal refers to;
   - unkeyed: the same `sqlcipher3` library without a key (no encryption). It shares the SQLite version and
     build with the first engine, so sqlcipher/unkeyed isolates the cost of encryption alone.
   All three get the same schema (the store's migrations), the same pragmas (`_database._configure`: WAL,
   synchronous=FULL, secure_delete=ON, temp_store=MEMORY, foreign_keys=ON) and the same explicit page cache.
2. The unlock breakdown: Argon2id with DEFAULT_KDF, raw-key open + first read for each engine, and
   `ProfileManager.unlock` end to end.

Not a test: the only checks are sanity checks (same results on every engine, the encrypted file does not
start like a plaintext SQLite file).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import sqlcipher3

from store import (
    DEFAULT_KDF,
    MINUTES,
    CheckIn,
    Contribution,
    ContributionKind,
    PlanItem,
    PlanSection,
    ProfileManager,
    ProfileSession,
    Question,
)
from store._database import (
    DB_FILE,
    PAGE_CACHE_KIB,
    PLAINTEXT_SQLITE_MAGIC,
    _configure,
    open_database,
)
from store._header import read_header
from store._kdf import derive_key
from store._migrate import available_migrations, migrate

Connection = Any

GOAL_RATIO = 1.3
DEFAULT_CACHE_KIB = PAGE_CACHE_KIB  # what the store sets on every connection
BIG_CACHE_KIB = 64 * 1024
PASSPHRASE = "copper lantern, quiet river; seven stray herons at dusk"
TAG_POOL = (
    "work", "family", "friends", "walk", "exercise", "rain", "sun", "tired", "anxious", "calm",
    "therapy", "meds", "cooking", "reading", "music", "garden", "late night", "early start", "travel",
    "self-care",
)  # fmt: skip
WORDS = (
    "slept", "badly", "today", "walked", "river", "called", "sister", "felt", "better", "after", "lunch",
    "meeting", "ran", "long", "quiet", "evening", "busy", "morning", "good", "talk", "with", "friend",
)  # fmt: skip


# ----------------------------------------------------------------------------------------------------------
# Engines


@dataclass(frozen=True)
class Engine:
    name: str
    description: str
    opener: Callable[[Path, bytes], Connection]
    encrypted: bool


def _open_unencrypted(module: Any, path: Path) -> Connection:
    """Open like `open_database` does, minus the key: same first read, same `_configure` pragmas."""
    conn = module.connect(str(path), isolation_level=None, check_same_thread=True, timeout=10.0)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        _configure(conn)
        return conn
    except BaseException:
        conn.close()
        raise


ENGINES = {
    "sqlcipher": Engine("sqlcipher", "store._database.open_database, raw key", open_database, True),
    "plain": Engine("plain", "stdlib sqlite3", lambda p, _k: _open_unencrypted(sqlite3, p), False),
    "unkeyed": Engine(
        "unkeyed", "sqlcipher3 without a key", lambda p, _k: _open_unencrypted(sqlcipher3, p), False
    ),
}


@dataclass(frozen=True)
class Tuning:
    """Settings applied on top of the store's own, identically on every engine."""

    cache_kib: int
    synchronous: str | None = None  # diagnostic override only; the store always uses FULL


def open_session(engine: Engine, path: Path, key: bytes, tuning: Tuning) -> ProfileSession:
    """Open (or create) a database and wrap it in the app's real session class and repositories."""
    conn = engine.opener(path, key)
    conn.execute(f"PRAGMA cache_size = {-tuning.cache_kib}")
    if tuning.synchronous is not None:
        conn.execute(f"PRAGMA synchronous = {tuning.synchronous}")
    migrate(conn)  # available_migrations() run with executescript, exactly as for a real profile
    return ProfileSession(path.parent.name, engine.name, False, path.parent, conn)


PRAGMAS = (
    "journal_mode",
    "synchronous",
    "secure_delete",
    "temp_store",
    "foreign_keys",
    "cache_size",
    "page_size",
)


def pragma_values(conn: Connection) -> tuple[object, ...]:
    return tuple(conn.execute(f"PRAGMA {p}").fetchone()[0] for p in PRAGMAS)


# ----------------------------------------------------------------------------------------------------------
# The workload (generated once per round from the seed, identical for every engine)


@dataclass
class Workload:
    checkins: list[tuple[dt.date, int, str, dict[Question, int], tuple[str, ...]]]
    plan_items: list[tuple[PlanSection, str, str]]
    contributions: list[Contribution]
    read_checkins: list[int]
    read_plan: list[int]
    read_contributions: list[int]
    read_days: list[int]
    plan_updates: list[tuple[int, str, str]]
    contribution_updates: list[tuple[int, int, str]]
    checkin_rerecords: list[tuple[int, int, str, dict[Question, int], tuple[str, ...]]]
    history_windows: list[tuple[dt.date, dt.date]]
    cold_reads: list[tuple[str, int]]
    cold_windows: list[tuple[dt.date, dt.date]]


@dataclass(frozen=True)
class Size:
    checkins: int
    plan_items: int
    contributions: int
    point_reads: int
    updates: int
    history_queries: int
    rounds: int


FULL = Size(
    checkins=2000,
    plan_items=300,
    contributions=5000,
    point_reads=1000,
    updates=300,
    history_queries=60,
    rounds=5,
)
QUICK = Size(
    checkins=400, plan_items=80, contributions=1000, point_reads=300, updates=80, history_queries=20, rounds=3
)


def _sentence(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high)))


def _answers(rng: random.Random) -> dict[Question, int]:
    questions = rng.sample(list(Question), rng.randint(2, len(Question)))
    return {q: rng.randint(0, 4) for q in questions}


def _tags(rng: random.Random) -> tuple[str, ...]:
    return tuple(rng.sample(TAG_POOL, rng.randint(0, 4)))


def make_workload(size: Size, seed: int, today: dt.date) -> Workload:
    rng = random.Random(seed)
    first_day = today - dt.timedelta(days=size.checkins)
    days = [first_day + dt.timedelta(days=i) for i in range(size.checkins)]
    checkins = [(d, rng.randint(1, 10), _sentence(rng, 0, 30), _answers(rng), _tags(rng)) for d in days]
    sections = list(PlanSection)
    plan_items = []
    for _ in range(size.plan_items):
        section = rng.choice(sections)
        response = _sentence(rng, 2, 10) if section.response_label else ""
        plan_items.append((section, _sentence(rng, 2, 15), response))
    kinds = list(ContributionKind)
    contributions = []
    for _ in range(size.contributions):
        kind = rng.choice(kinds)
        contributions.append(
            Contribution(
                id=f"{rng.getrandbits(96):024x}",
                kind=kind,
                amount_minor=rng.randint(15, 600) if kind.measured_in_time else rng.randint(100, 50_000),
                unit=MINUTES if kind.measured_in_time else "EUR",
                day=first_day + dt.timedelta(days=rng.randrange(size.checkins)),
                counterparty=rng.choice(("", "Food bank", "Repair café", "Neighbour", "Tenants' union")),
                note=_sentence(rng, 0, 12),
            )
        )
    n = size.point_reads
    windows = []
    for i in range(size.history_queries):
        length = (7, 30, 90, 365)[i % 4]
        start = first_day + dt.timedelta(days=rng.randrange(size.checkins))
        windows.append((start, start + dt.timedelta(days=length - 1)))
    windows += [(first_day, today)] * 3  # the whole history, as an export or a chart of everything does
    cold_tables = ("checkins", "plan_items", "contributions")
    return Workload(
        checkins=checkins,
        plan_items=plan_items,
        contributions=contributions,
        read_checkins=[rng.randrange(size.checkins) for _ in range(n)],
        read_plan=[rng.randrange(size.plan_items) for _ in range(n)],
        read_contributions=[rng.randrange(size.contributions) for _ in range(n)],
        read_days=[rng.randrange(size.checkins) for _ in range(n // 2)],
        plan_updates=[
            (rng.randrange(size.plan_items), _sentence(rng, 2, 15), "") for _ in range(size.updates)
        ],
        contribution_updates=[
            (rng.randrange(size.contributions), rng.randint(15, 600), _sentence(rng, 0, 12))
            for _ in range(size.updates)
        ],
        checkin_rerecords=[
            (
                rng.randrange(size.checkins),
                rng.randint(1, 10),
                _sentence(rng, 0, 30),
                _answers(rng),
                _tags(rng),
            )
            for _ in range(size.updates)
        ],
        history_windows=windows,
        cold_reads=[(rng.choice(cold_tables), rng.randrange(1_000_000)) for _ in range(n)],
        cold_windows=windows[: max(4, size.history_queries // 6)],
    )


# ----------------------------------------------------------------------------------------------------------
# Phases: each is timed as a whole, on one engine at a time


@dataclass
class EngineRun:
    engine: Engine
    path: Path
    key: bytes
    tuning: Tuning
    session: ProfileSession
    checkin_ids: list[str] = field(default_factory=list)
    plan_items: list[PlanItem] = field(default_factory=list)
    fingerprint: list[tuple[object, ...]] = field(default_factory=list)


def phase_record_checkins(run: EngineRun, w: Workload) -> None:
    repo = run.session.checkins
    run.checkin_ids = [
        repo.record(d, mood, note, answers, tags).id for d, mood, note, answers, tags in w.checkins
    ]


def phase_add_plan_items(run: EngineRun, w: Workload) -> None:
    repo = run.session.plan
    run.plan_items = [repo.add(section, text, response) for section, text, response in w.plan_items]


def phase_bulk_contributions(run: EngineRun, w: Workload) -> None:
    # One transaction for all rows, as an import does (ContributionRepository.add_many).
    run.session.contributions.add_many(w.contributions)


def phase_point_reads(run: EngineRun, w: Workload) -> None:
    conn = run.session.connection()
    for i in w.read_checkins:
        row = conn.execute(
            "SELECT id, day, mood, note FROM checkins WHERE id = ?", (run.checkin_ids[i],)
        ).fetchone()
        assert row is not None
    for i in w.read_plan:
        row = conn.execute(
            "SELECT id, section, position, text, response FROM plan_items WHERE id = ?",
            (run.plan_items[i].id,),
        ).fetchone()
        assert row is not None
    for i in w.read_contributions:
        row = conn.execute(
            "SELECT id, kind, amount_minor, unit, day, counterparty, note, ledger_ref FROM contributions"
            " WHERE id = ?",
            (w.contributions[i].id,),
        ).fetchone()
        assert row is not None
    repo = run.session.checkins
    for i in w.read_days:
        assert repo.on(w.checkins[i][0]) is not None


def phase_updates(run: EngineRun, w: Workload) -> None:
    plan = run.session.plan
    for i, text, response in w.plan_updates:
        plan.update(run.plan_items[i].id, text, response)
    contributions = run.session.contributions
    for i, amount, note in w.contribution_updates:
        c = w.contributions[i]
        contributions.update(replace(c, amount_minor=amount, note=note))
    checkins = run.session.checkins
    for i, mood, note, answers, tags in w.checkin_rerecords:
        checkins.record(w.checkins[i][0], mood, note, answers, tags)


def _fingerprint(found: list[CheckIn]) -> tuple[object, ...]:
    return tuple(
        (c.day, c.mood, c.note, tuple(sorted((q.value, v) for q, v in c.answers.items())), c.tags)
        for c in found
    )


def phase_history(run: EngineRun, w: Workload) -> None:
    repo = run.session.checkins
    run.fingerprint = [_fingerprint(repo.between(first, last)) for first, last in w.history_windows]


def phase_lock(run: EngineRun, w: Workload) -> None:
    run.session.lock()  # PRAGMA wal_checkpoint(TRUNCATE) + close, as at auto-lock


def reopen(run: EngineRun) -> None:
    """Not timed: open again after lock, so the next phase starts with an empty page cache."""
    with run.path.open("rb") as fh:
        head = fh.read(len(PLAINTEXT_SQLITE_MAGIC))
    if (head == PLAINTEXT_SQLITE_MAGIC) == run.engine.encrypted:
        raise SystemExit(f"sanity: {run.engine.name} file header is {head!r}")
    run.session = open_session(run.engine, run.path, run.key, run.tuning)


def phase_cold_reads(run: EngineRun, w: Workload) -> None:
    conn = run.session.connection()
    ids = {
        "checkins": run.checkin_ids,
        "plan_items": [p.id for p in run.plan_items],
        "contributions": [c.id for c in w.contributions],
    }
    for table, n in w.cold_reads:
        pool = ids[table]
        assert (
            conn.execute(f"SELECT * FROM {table} WHERE id = ?", (pool[n % len(pool)],)).fetchone() is not None
        )
    repo = run.session.checkins
    for first, last in w.cold_windows:
        repo.between(first, last)


@dataclass(frozen=True)
class Phase:
    name: str
    run: Callable[[EngineRun, Workload], None]
    writes: bool
    after: Callable[[EngineRun], None] | None = None


def phases(size: Size) -> list[Phase]:
    return [
        Phase(f"record {size.checkins} check-ins, 1 txn each", phase_record_checkins, True),
        Phase(f"add {size.plan_items} plan items, 1 txn each", phase_add_plan_items, True),
        Phase(f"bulk {size.contributions} contributions, 1 txn", phase_bulk_contributions, True),
        Phase(
            f"point reads: {3 * size.point_reads} by id + {size.point_reads // 2} on(day)",
            phase_point_reads,
            False,
        ),
        Phase(f"updates: {3 * size.updates}, 1 txn each", phase_updates, True),
        Phase(f"history: {size.history_queries + 3} between() queries", phase_history, False),
        Phase("lock (checkpoint TRUNCATE + close)", phase_lock, True, after=reopen),
        Phase(f"after reopen: {size.point_reads} reads by id + history", phase_cold_reads, False),
    ]


# ----------------------------------------------------------------------------------------------------------
# Running and reporting


@dataclass
class Result:
    engines: list[str]
    phases: list[Phase]
    times: dict[tuple[str, str], list[float]] = field(default_factory=dict)  # (phase, engine) -> ms/round
    db_bytes: dict[str, int] = field(default_factory=dict)  # engine -> size after the last round

    @property
    def phase_names(self) -> list[str]:
        return [p.name for p in self.phases]

    def median(self, phase: str, engine: str) -> float:
        return statistics.median(self.times[(phase, engine)])

    def total(self, engine: str, writes: bool | None = None) -> float:
        return sum(self.median(p.name, engine) for p in self.phases if writes is None or p.writes == writes)

    def per_round_total_ratios(self, a: str, b: str) -> list[float]:
        rounds = len(self.times[(self.phases[0].name, a)])
        return [
            sum(self.times[(p, a)][r] for p in self.phase_names)
            / sum(self.times[(p, b)][r] for p in self.phase_names)
            for r in range(rounds)
        ]

    def per_round_ratios(self, phase: str, a: str, b: str) -> list[float]:
        return [x / y for x, y in zip(self.times[(phase, a)], self.times[(phase, b)], strict=True)]


@contextmanager
def scratch_dir(parent: str | None) -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="commons-bench-", dir=parent) as name:
        yield Path(name)


def run_workload(size: Size, engines: list[str], tuning: Tuning, seed: int, parent: str | None) -> Result:
    plist = phases(size)
    result = Result(engines, plist)
    today = dt.date.today()
    for r in range(size.rounds):
        workload = make_workload(size, seed + r, today)
        # Rotate the order every round (A B C, B C A, ...) so drift and warm-up do not favour one engine.
        order = engines[r % len(engines) :] + engines[: r % len(engines)]
        with scratch_dir(parent) as base:
            runs: dict[str, EngineRun] = {}
            for name in order:
                engine = ENGINES[name]
                directory = base / name
                directory.mkdir()
                key = os.urandom(32)
                path = directory / DB_FILE
                session = open_session(engine, path, key, tuning)
                runs[name] = EngineRun(engine, path, key, tuning, session)
            if r == 0:
                check_pragmas(runs)
            for phase in plist:
                for name in order:
                    run = runs[name]
                    gc.collect()
                    start = time.perf_counter()
                    phase.run(run, workload)
                    elapsed = (time.perf_counter() - start) * 1000
                    result.times.setdefault((phase.name, name), []).append(elapsed)
                    if phase.after is not None:
                        phase.after(run)
            check_same_results(runs, size)
            for name, run in runs.items():
                run.session.lock()
                result.db_bytes[name] = run.path.stat().st_size
        sys.stdout.flush()
        print(f"  round {r + 1}/{size.rounds} done", file=sys.stderr, flush=True)
    return result


def check_pragmas(runs: dict[str, EngineRun]) -> None:
    values = {name: pragma_values(run.session.connection()) for name, run in runs.items()}
    normalised = {name: tuple(str(v).lower() for v in vals) for name, vals in values.items()}
    if len(set(normalised.values())) != 1:
        raise SystemExit(f"sanity: engines differ in pragmas {PRAGMAS}: {values}")


def check_same_results(runs: dict[str, EngineRun], size: Size) -> None:
    prints = {name: run.fingerprint for name, run in runs.items()}
    if len({repr(p) for p in prints.values()}) != 1:
        raise SystemExit("sanity: engines returned different history results")
    for name, run in runs.items():
        conn = run.session.connection()
        counts = tuple(
            conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("checkins", "plan_items", "contributions")
        )
        if counts != (size.checkins, size.plan_items, size.contributions):
            raise SystemExit(f"sanity: {name} holds {counts} rows")
        if not prints[name][-1]:
            raise SystemExit(f"sanity: {name} history is empty")


def print_table(result: Result, title: str) -> float:
    engines = result.engines
    has_control = "unkeyed" in engines
    print(f"\n{title}")
    head = f"{'phase':<46} {'sqlcipher ms':>12} {'plain ms':>9} {'ratio':>6} {'(range)':>12}"
    if has_control:
        head += f" {'unkeyed ms':>10} {'cipher/unkeyed':>14}"
    print(head)
    print("-" * len(head))
    for phase in result.phase_names:
        c, p = result.median(phase, "sqlcipher"), result.median(phase, "plain")
        ratios = result.per_round_ratios(phase, "sqlcipher", "plain")
        line = f"{phase:<46} {c:>12.1f} {p:>9.1f} {c / p:>6.2f} {f'{min(ratios):.2f}–{max(ratios):.2f}':>12}"
        if has_control:
            u = result.median(phase, "unkeyed")
            line += f" {u:>10.1f} {c / u:>14.2f}"
        print(line)
    print("-" * len(head))
    tc, tp = result.total("sqlcipher"), result.total("plain")
    overall = tc / tp
    for label, writes in (("  write phases", True), ("  read phases", False)):
        c, p = result.total("sqlcipher", writes), result.total("plain", writes)
        line = f"{label:<46} {c:>12.1f} {p:>9.1f} {c / p:>6.2f} {'':>12}"
        if has_control:
            u = result.total("unkeyed", writes)
            line += f" {u:>10.1f} {c / u:>14.2f}"
        print(line)
    rounds = result.per_round_total_ratios("sqlcipher", "plain")
    span = f"{min(rounds):.2f}–{max(rounds):.2f}"
    line = f"{'total (sum of phase medians)':<46} {tc:>12.1f} {tp:>9.1f} {overall:>6.2f} {span:>12}"
    if has_control:
        tu = result.total("unkeyed")
        line += f" {tu:>10.1f} {tc / tu:>14.2f}"
    print(line)
    verdict = "met" if overall <= GOAL_RATIO else "NOT met"
    print(f"overall ratio sqlcipher/plain = {overall:.2f}; goal ≤ {GOAL_RATIO}: {verdict}")
    print("(range) = lowest–highest per-round ratio")
    sizes = ", ".join(f"{n} {b / 1e6:.2f} MB" for n, b in result.db_bytes.items())
    print(f"database file after the workload: {sizes}")
    return overall


# ----------------------------------------------------------------------------------------------------------
# Unlock breakdown


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def _first_read(session: ProfileSession) -> None:
    today = dt.date.today()
    session.checkins.between(today - dt.timedelta(days=30), today)  # what the first screen shows


def unlock_breakdown(size: Size, parent: str | None, derives: int, opens: int) -> None:
    print("\nUnlock breakdown (profile with", size.checkins, "check-ins; medians)")
    with scratch_dir(parent) as base:
        manager = ProfileManager(base / "data")
        session = manager.create("Bench", PASSPHRASE)
        profile_id, directory = session.profile_id, session.directory
        workload = make_workload(size, 1, dt.date.today())
        for d, mood, note, answers, tags in workload.checkins:
            session.checkins.record(d, mood, note, answers, tags)
        session.lock()
        header = read_header(directory)
        key = derive_key(PASSPHRASE, header.salt, header.kdf)

        paths = {"sqlcipher": directory / DB_FILE}
        for name in ("plain", "unkeyed"):
            (base / name).mkdir()
            paths[name] = base / name / DB_FILE
            s = open_session(ENGINES[name], paths[name], b"", Tuning(DEFAULT_CACHE_KIB))
            for d, mood, note, answers, tags in workload.checkins:
                s.checkins.record(d, mood, note, answers, tags)
            s.lock()

        derive = []
        for _ in range(derives):
            start = time.perf_counter()
            derive_key(PASSPHRASE, header.salt, DEFAULT_KDF)
            derive.append(time.perf_counter() - start)

        open_times: dict[str, list[float]] = {name: [] for name in paths}
        for i in range(opens):
            names = list(paths)
            for name in names[i % 3 :] + names[: i % 3]:
                engine = ENGINES[name]
                start = time.perf_counter()
                conn = engine.opener(paths[name], key)
                s = ProfileSession(profile_id, name, False, paths[name].parent, conn)
                _first_read(s)
                open_times[name].append(time.perf_counter() - start)
                conn.close()

        unlock = []
        for _ in range(derives):
            start = time.perf_counter()
            s = manager.unlock(profile_id, PASSPHRASE)
            _first_read(s)
            unlock.append(time.perf_counter() - start)
            s.lock()

    plain = _median_ms(open_times["plain"])
    rows = [
        (
            f"Argon2id derive, DEFAULT_KDF ({DEFAULT_KDF.memory_cost_kib // 1024} MiB, "
            f"t={DEFAULT_KDF.iterations}, p={DEFAULT_KDF.lanes}), n={derives}",
            _median_ms(derive),
        ),
        (f"SQLCipher raw-key open + first read, n={opens}", _median_ms(open_times["sqlcipher"])),
        (f"sqlcipher3 unkeyed open + first read, n={opens}", _median_ms(open_times["unkeyed"])),
        (f"plain sqlite3 open + first read, n={opens}", plain),
        (f"ProfileManager.unlock + first read, end to end, n={derives}", _median_ms(unlock)),
    ]
    print(f"{'step':<68} {'ms':>9} {'÷ plain open':>13}")
    for label, ms in rows:
        print(f"{label:<68} {ms:>9.2f} {ms / plain:>12.1f}x")
    print("(first read = checkins.between() over the last 30 days; open includes the store's pragmas)")


# ----------------------------------------------------------------------------------------------------------


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _filesystem(path: Path) -> str:
    """Device and type of the filesystem holding *path* (fsync cost depends on it)."""
    try:
        best = ("", "unknown", "unknown")
        resolved = str(path.resolve())
        for line in Path("/proc/mounts").read_text().splitlines():
            device, mount, fstype = line.split()[:3]
            if (resolved == mount or resolved.startswith(mount.rstrip("/") + "/")) and len(mount) > len(
                best[0]
            ):
                best = (mount, device, fstype)
        return f"{best[2]} on {best[1]} (mounted at {best[0]})"
    except OSError:
        return "unknown"


def print_machine(parent: str | None) -> None:
    conn = sqlcipher3.connect(":memory:")
    cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
    cipher_cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.close()
    plain = sqlite3.connect(":memory:")
    plain_cache = plain.execute("PRAGMA cache_size").fetchone()[0]
    plain.close()
    where = Path(parent or tempfile.gettempdir())
    print("Commons store benchmark")
    print(f"date: {dt.datetime.now().astimezone().isoformat(timespec='seconds')}")
    print(f"machine: {platform.platform()}; {_cpu_model()}; {os.cpu_count()} CPUs")
    print(f"python: {platform.python_version()} ({platform.python_implementation()})")
    print(
        f"sqlcipher3: SQLCipher {cipher} on SQLite {sqlcipher3.sqlite_version} "
        f"(default cache_size {cipher_cache})"
    )
    print(f"stdlib sqlite3: SQLite {sqlite3.sqlite_version} (default cache_size {plain_cache})")
    print(f"scratch files: {where} — {_filesystem(where)}")
    print(f"schema: {', '.join(m.name for m in available_migrations())}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="smaller workload and fewer rounds")
    parser.add_argument("--rounds", type=int, help="rounds per variant (default 5, quick 3)")
    parser.add_argument("--seed", type=int, default=20261123)
    parser.add_argument("--dir", help="where to put the scratch databases (default: the system temp dir)")
    parser.add_argument("--no-control", action="store_true", help="skip the unkeyed sqlcipher3 engine")
    parser.add_argument("--no-big-cache", action="store_true", help="skip the 64 MiB page-cache variant")
    parser.add_argument("--no-unlock", action="store_true", help="skip the unlock breakdown")
    parser.add_argument(
        "--synchronous",
        choices=("FULL", "NORMAL", "OFF"),
        help="diagnostic only: override the store's synchronous=FULL on every engine",
    )
    args = parser.parse_args(argv)

    size = QUICK if args.quick else FULL
    if args.rounds:
        size = replace(size, rounds=args.rounds)
    engines = ["sqlcipher", "plain"] if args.no_control else ["sqlcipher", "plain", "unkeyed"]
    sync = args.synchronous or "FULL"

    started = time.perf_counter()
    print_machine(args.dir)
    print(
        f"workload: {'quick' if args.quick else 'full'}, {size.rounds} rounds, seed {args.seed}; engines "
        "interleaved per phase, order rotated every round; figures are medians over rounds"
    )
    print("engines: " + "; ".join(f"{n} = {ENGINES[n].description}" for n in engines))
    print(
        f"pragmas on every engine: WAL, synchronous={sync}, secure_delete=ON, temp_store=MEMORY, foreign_keys=ON"
    )
    if args.synchronous and args.synchronous != "FULL":
        print(f"NOTE: synchronous={args.synchronous} is a diagnostic override, not what the store uses")

    result = run_workload(size, engines, Tuning(DEFAULT_CACHE_KIB, args.synchronous), args.seed, args.dir)
    print_table(result, f"Mixed workload, the store's page cache (cache_size = -{DEFAULT_CACHE_KIB})")
    if not args.no_big_cache:
        big = run_workload(size, engines, Tuning(BIG_CACHE_KIB, args.synchronous), args.seed, args.dir)
        print_table(big, f"Mixed workload, page cache 64 MiB (cache_size = -{BIG_CACHE_KIB})")

    if not args.no_unlock:
        unlock_breakdown(size, args.dir, derives=3 if args.quick else 5, opens=9 if args.quick else 21)
    print(f"\nbenchmark took {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
