"""Benchmark of "What's new" (sync.community.news) on the 10,000-asset community, against baselines in one run.

Run with `.venv/bin/python bench/news_bench.py` (or `make bench`); `--quick` for a community a fifth of the
size. In interleaved rounds, reported as medians:

1. a report while the window shows the tab: after one asset was added, `news(seen, view())` with what the
   member saw already summarised (`Seen`, what the sync service keeps per community), against the `view()`
   alone that any screen pays after a change. The goal is that the report adds little to that view.
2. the first report after the service started (nothing summarised yet): reading the document as of the seen
   heads (`as_of(heads).view()`) and summarising it, against a bare `CommunityDocument.load` of the same
   bytes: paid once per community per session, never per report.

Not a test: the only checks are sanity checks (the added asset is the one thing new).
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time
from collections.abc import Callable
from typing import Any

from sync.community import Asset, AssetKind, CommunityDocument
from sync.community.generator import generate_view
from sync.community.news import Seen, news

FULL = {"assets": 10_000, "members": 2_000, "events": 5_000}
QUICK = {"assets": 2_000, "members": 400, "events": 1_000}
NOW = dt.datetime(2026, 12, 7, 12, 0, tzinfo=dt.UTC)


def timed(call: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = call()
    return (time.perf_counter() - start) * 1000, result


def after_one_change(saved: bytes, n: int) -> CommunityDocument:
    """The community loaded and viewed once (as the service holds it), then one asset added."""
    doc = CommunityDocument.load(saved)
    doc.view()
    doc.add_asset(Asset(f"new{n}", AssetKind.BUILT, "Tool shed", "x", created_at=NOW))
    return doc


def run(args: argparse.Namespace) -> None:
    size = QUICK if args.quick else FULL
    view = generate_view(**size, seed=7)
    base = CommunityDocument.from_view(view)
    saved = base.save()
    seen_heads = base.heads()
    print(
        f"What's new — a community of {size['assets']:,} assets, {size['members']:,} members, "
        f"{size['events']:,} events; {args.rounds} rounds, medians in ms"
    )
    seen = Seen.of(view)  # what the member saw: the community before the change
    report_ms: list[float] = []
    view_ms: list[float] = []
    first_ms: list[float] = []
    load_ms: list[float] = []
    for n in range(args.rounds):
        sides = ["view", "report"] if n % 2 == 0 else ["report", "view"]
        for side in sides:
            doc = after_one_change(saved, n)
            if side == "view":
                ms, _ = timed(doc.view)
                view_ms.append(ms)
            else:
                ms, result = timed(lambda d=doc: news(seen, d.view(), me="x", at=NOW))
                report_ms.append(ms)
                assert result.assets == (f"new{n}",), result.assets
        doc = after_one_change(saved, n)
        ms, _ = timed(lambda d=doc: Seen.of(d.as_of(seen_heads).view()))
        first_ms.append(ms)
        ms, _ = timed(lambda: CommunityDocument.load(saved))
        load_ms.append(ms)
    report, plain = statistics.median(report_ms), statistics.median(view_ms)
    first, load = statistics.median(first_ms), statistics.median(load_ms)
    row = "{:<44} {:9.1f}   {:<12} {:9.1f}   ratio {:5.2f}"
    print(row.format("report after a change (seen kept)", report, "view() alone", plain, report / plain))
    print(row.format("first report in a session (as_of + summary)", first, "bare load", load, first / load))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--rounds", type=int, default=5)
    run(parser.parse_args())


if __name__ == "__main__":
    main()
