"""Benchmark of the Needs and offers screen's gaps view on the 10,000-asset community, against baselines in one
run.

Run with `QT_QPA_PLATFORM=offscreen .venv/bin/python bench/needs_bench.py` (or `make bench`); `--quick` for a
community a fifth of the size. In interleaved rounds, reported as medians:

1. opening the gaps view: the real `NeedsView` (offscreen) showing a `CommunityState` that holds the community
   (`generate_view`: 10,000 assets, 2,000 members, 5,000 events, plus 600 needs and offers, 100 of them in
   categories no asset has, so there are gaps to list), from the click on the "Gaps and overlaps" tab until
   gaps, overlaps and opportunities are computed, the tables filled and a paint ran. Goal: ≤ 300 ms.
2. the same on the demo town (29 assets): the baseline of the screen's own cost with next to no data.
3. the analyses alone (`gaps`, `overlaps`, `investment_opportunities` on the state's view), and the view.

Not a test: the only check is a sanity check (the big community lists gaps).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import statistics
import time
from collections.abc import Callable
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from commons_desktop.community_state import CommunityState
from commons_desktop.features.needs.needs_view import NeedsView
from commons_desktop.screen import ScreenContext
from commons_desktop.service.values import CommunityUpdate
from sync.community import CommunityView, gaps, investment_opportunities, overlaps
from sync.community.demo import demo_view
from sync.community.generator import generate_view

FULL = {"assets": 10_000, "members": 2_000, "events": 5_000}
QUICK = {"assets": 2_000, "members": 400, "events": 1_000}
ROUNDS = 7


def timed(call: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = call()
    return (time.perf_counter() - start) * 1000, result


def big_community(size: dict[str, int]) -> CommunityView:
    view = generate_view(**size, needs_offers=600)
    items = dict(view.needs_offers)
    for n, key in enumerate(sorted(items)[:100]):  # needs in categories no asset has: real gaps
        items[key] = dataclasses.replace(items[key], category=f"gap {n % 25}")
    return dataclasses.replace(view, needs_offers=items)


def state_of(view: CommunityView) -> CommunityState:
    state = CommunityState("ab" * 16)
    state.apply(CommunityUpdate(state.space, True, view))
    return state


def open_gaps(app: QApplication, screen: NeedsView) -> float:
    """From the tab's click to the tables filled and painted."""
    screen.tabs.setCurrentIndex(0)
    screen._analysis_due = True  # as after a change while the list showed
    app.processEvents()
    start = time.perf_counter()
    screen.tabs.setCurrentWidget(screen.gaps_panel)
    while screen._analysis_due:
        app.processEvents()
    screen.repaint()
    app.processEvents()
    return (time.perf_counter() - start) * 1000


def screen_for(state: CommunityState) -> NeedsView:
    screen = NeedsView(ScreenContext(runner=None, events=None))  # type: ignore[arg-type]
    screen.resize(1200, 800)
    screen.show()
    screen.show_community(state)
    return screen


def analyses(state: CommunityState) -> None:
    view, today = state.view(), dt.date.today()
    gaps(view, today)
    overlaps(view, today)
    investment_opportunities(view, today)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="a community a fifth of the size")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    size = QUICK if args.quick else FULL
    big = state_of(big_community(size))
    demo = state_of(demo_view(dt.date.today()))
    big_screen, demo_screen = screen_for(big), screen_for(demo)
    results: dict[str, list[float]] = {"big": [], "demo": [], "analyses": [], "view": []}
    for _ in range(ROUNDS):
        results["big"].append(open_gaps(app, big_screen))
        results["demo"].append(open_gaps(app, demo_screen))
        big._view = None  # as after a change: the view is built again
        results["view"].append(timed(big.view)[0])
        results["analyses"].append(timed(lambda: analyses(big))[0])
    assert big_screen.gaps_panel.gaps.rowCount() > 0, "the big community lists no gaps"
    print(
        f"Needs and offers: the gaps view, {size['assets']:,} assets, {len(big.needs_offers)} needs and offers"
    )
    print(
        f"  {big_screen.gaps_panel.gaps.rowCount()} gaps, {big_screen.gaps_panel.overlaps.rowCount()} overlaps"
    )
    for key, label in (
        ("big", "open the gaps view (big community)"),
        ("demo", "baseline: open it on the demo town"),
        ("view", "the state's view, built again"),
        ("analyses", "gaps + overlaps + opportunities"),
    ):
        print(
            f"  {label:<44} median {statistics.median(results[key]):7.1f} ms  max {max(results[key]):7.1f} ms"
        )
    goal = statistics.median(results["big"]) <= 300
    print(f"  goal ≤ 300 ms: {'met' if goal else 'NOT met'}")


if __name__ == "__main__":
    main()
