"""Benchmark of the community document: our typed API against bare Automerge on the same bytes, in one run.

Run with `.venv/bin/python bench/community_bench.py` (or `make bench`); `--quick` for a smaller run.

The document is built from a generated community (`sync.community.generator.generate_view`: 10,000 assets,
2,000 members, 5,000 events by default, the size at which bare Automerge was first measured for this
project). Then, in interleaved rounds (the order of the two sides alternates every round) and reported as
medians:

1. open: `CommunityDocument.load(bytes)` against `automerge.core.Document.load(bytes)` of the same bytes.
   The goal is a ratio of at most 1.25.
2. view: `CommunityDocument.view()` on a freshly loaded document (every entity read, validated and built)
   against `automerge.core.extract(doc, ROOT)` on a freshly loaded bare document (a generic, unvalidated
   materialisation into dicts and lists), reported separately from the open.
3. build (`CommunityDocument.from_view`) and `save()`, with the saved size; JSON export and import of the same
   view for scale.

Peak memory is measured in a fresh subprocess per operation (the process's high-water mark, VmHWM on Linux,
before and after the operation), because Automerge allocates in Rust where tracemalloc cannot see.

Not a test: the only checks are sanity checks (the loaded view equals the generated one).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from automerge import core

from sync.community.document import CommunityDocument
from sync.community.formats import export_json, import_json
from sync.community.generator import generate_view

GOAL_LOAD_RATIO = 1.25
FULL = {"assets": 10_000, "members": 2_000, "events": 5_000}
QUICK = {"assets": 2_000, "members": 400, "events": 1_000}


def timed(call: Callable[[], Any]) -> tuple[float, Any]:
    gc.collect()
    start = time.perf_counter()
    result = call()
    return (time.perf_counter() - start) * 1000, result


def median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples):8.1f}"


Measure = Callable[[], float]  # runs once and returns the milliseconds of the part that counts


def whole(call: Callable[[], Any]) -> Measure:
    return lambda: timed(call)[0]


def after(setup: Callable[[], Any], call: Callable[[Any], Any]) -> Measure:
    """Time *call* on what *setup* returns, leaving *setup* out of the timing (e.g. a freshly loaded doc)."""

    def measure() -> float:
        prepared = setup()
        return timed(lambda: call(prepared))[0]

    return measure


def compare(name: str, ours: Measure, bare: Measure, rounds: int) -> tuple[float, float]:
    """Interleaved rounds (ours then bare, then bare then ours, …); prints and returns the two medians in ms."""
    a: list[float] = []
    b: list[float] = []
    for r in range(rounds):
        pair = [(a, ours), (b, bare)]
        for samples, measure in pair if r % 2 == 0 else reversed(pair):
            samples.append(measure())
    ratios = [x / y for x, y in zip(a, b, strict=True)]
    med_a, med_b = statistics.median(a), statistics.median(b)
    print(
        f"{name:<44} {med_a:9.1f} {med_b:9.1f} {med_a / med_b:7.2f}   ({min(ratios):.2f}–{max(ratios):.2f})"
    )
    return med_a, med_b


# --- memory, one subprocess per operation -----------------------------------------------------------------


def _peak_kib() -> int:
    """The process's peak resident memory so far. Linux's VmHWM belongs to this program's memory map, while
    ru_maxrss also carries the parent's peak across fork+exec (and the parent here is large)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss // 1024 if sys.platform == "darwin" else rss  # bytes on macOS, KiB elsewhere


def child(operation: str, path: str) -> None:
    data = Path(path).read_bytes()
    ops: dict[str, Callable[[], Any]] = {
        "bare-load": lambda: core.Document.load(data),
        "typed-load": lambda: CommunityDocument.load(data),
        "bare-load-extract": lambda: core.extract(core.Document.load(data), core.ROOT),
        "typed-load-view": lambda: CommunityDocument.load(data).view(),
    }
    gc.collect()
    before = _peak_kib()
    result = ops[operation]()
    after = _peak_kib()
    del result
    print(json.dumps({"before_kib": before, "after_kib": after}))


def memory(operation: str, path: str) -> dict[str, int]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", operation, path], check=True, capture_output=True, text=True
    )
    result: dict[str, int] = json.loads(out.stdout)
    return result


# --- the run --------------------------------------------------------------------------------------------------


def run(args: argparse.Namespace) -> None:
    size = QUICK if args.quick else FULL
    rounds = args.rounds or (5 if args.quick else 9)
    print(f"Community document benchmark — {platform.python_implementation()} {platform.python_version()},")
    print(f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs; automerge (Python) 1.0.0rc1")
    print(
        f"size: {size['assets']:,} assets, {size['members']:,} members, {size['events']:,} events; {rounds} rounds"
    )
    print()

    ms, view = timed(lambda: generate_view(**size, seed=args.seed))
    print(f"generate the view                            {ms:9.1f} ms")
    builds = [timed(lambda: CommunityDocument.from_view(view)) for _ in range(max(3, rounds // 3))]
    doc = builds[-1][1]
    saves = [timed(doc.save) for _ in range(max(3, rounds // 3))]
    data: bytes = saves[-1][1]
    print(f"build: CommunityDocument.from_view           {median_ms([b[0] for b in builds])} ms")
    print(
        f"save()                                       {median_ms([s[0] for s in saves])} ms   {len(data):,} bytes"
    )
    loaded = CommunityDocument.load(data).view()
    if loaded != view:
        sys.exit("sanity check failed: the loaded view differs from the generated one")
    text = export_json(view)
    print(f"JSON export (for scale)                      {median_ms([timed(lambda: export_json(view))[0]])} ms"
          f"   {len(text.encode()):,} bytes")  # fmt: skip
    print(
        f"JSON import (for scale)                      {median_ms([timed(lambda: import_json(text))[0]])} ms"
    )
    print()
    print(f"{'medians, ms':<44} {'ours':>9} {'bare':>9} {'ratio':>7}   (range)")
    load_ours, load_bare = compare(
        "open: typed load vs core.Document.load",
        whole(lambda: CommunityDocument.load(data)),
        whole(lambda: core.Document.load(data)),
        rounds,
    )
    view_ours, view_bare = compare(
        "view(): typed vs core.extract (fresh docs)",
        after(lambda: CommunityDocument.load(data), lambda d: d.view()),
        after(lambda: core.Document.load(data), lambda d: core.extract(d, core.ROOT)),
        rounds,
    )
    compare(
        "open + view() vs load + extract",
        whole(lambda: CommunityDocument.load(data).view()),
        whole(lambda: core.extract(core.Document.load(data), core.ROOT)),
        rounds,
    )
    ratio = load_ours / load_bare
    verdict = "met" if ratio <= GOAL_LOAD_RATIO else "NOT met"
    print()
    print(f"open ratio {ratio:.2f} (goal ≤ {GOAL_LOAD_RATIO}: {verdict})")
    print(f"view() takes {view_ours / load_bare:.1f}× a bare load, {view_ours / view_bare:.2f}× core.extract")

    if args.no_memory:
        return
    print()
    print(f"{'peak memory (fresh process each)':<44} {'before':>9} {'after':>9} {'added':>9}  MiB")
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "community.automerge")
        Path(path).write_bytes(data)
        for operation in ("bare-load", "typed-load", "bare-load-extract", "typed-load-view"):
            m = memory(operation, path)
            added = m["after_kib"] - m["before_kib"]
            print(
                f"{operation:<44} {m['before_kib'] / 1024:9.1f} {m['after_kib'] / 1024:9.1f} {added / 1024:9.1f}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="a smaller community and fewer rounds")
    parser.add_argument("--rounds", type=int, default=0, help="rounds of each comparison")
    parser.add_argument("--seed", type=int, default=0, help="seed of the generated community")
    parser.add_argument("--no-memory", action="store_true", help="skip the peak-memory subprocesses")
    parser.add_argument("--child", nargs=2, metavar=("OPERATION", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
    else:
        run(args)


if __name__ == "__main__":
    main()
