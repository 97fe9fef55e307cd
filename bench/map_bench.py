"""Benchmark of the Map screen on the 10,000-asset community, each figure beside a baseline from the same run.

Run with `QT_QPA_PLATFORM=offscreen .venv/bin/python bench/map_bench.py` (`--quick`: a fifth of the size).

The community is community_bench.py's (`generate_view`: 10,000 assets, 2,000 members, 5,000 events), in a real
`CommunityState` as the window holds it (its records then left out of the collector's full passes, as
`ServiceClient` does), plus 20 areas. No sync service: what is measured is the screen's own
work on the Qt thread, which is where a slow map would stall the window.

1. Opening: from handing the community to the map (pins grouped, areas drawn, the view fitted) until a paint of
   the 1000×700 canvas has run; against the Assets table's own open (model filled and sorted, first paint), in
   the same run. Goal: ≤ 300 ms.
2. A peer's changes arriving: 100 updates of 50 assets each (moved, renamed) applied to the state, one every
   20 ms, as `ServiceClient` applies what the sync service sends; the longest gap between ticks of a 5 ms
   timer, with the map shown and following, against the same updates with nothing following them, and against
   two idle seconds (the machine's own noise). Goal: no stall over 50 ms.

Not a test: the only checks are sanity checks (every located asset is on the map; the updates arrived).
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QTableView

from commons_desktop.community_state import CommunityState
from commons_desktop.features.assets.assets_model import AssetsModel
from commons_desktop.features.map.map_canvas import MapCanvas
from commons_desktop.service.values import CommunityUpdate
from sync.community import Area, CommunityView, Location
from sync.community.generator import generate_view

SPACE = "be" * 16
FULL = {"assets": 10_000, "members": 2_000, "events": 5_000}
QUICK = {"assets": 2_000, "members": 400, "events": 1_000}


class StallMeter:
    """The longest gap between ticks of a 5 ms timer on the Qt thread, beyond the 5 ms."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.clock = QElapsedTimer()
        self.last = self.worst = 0
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.worst = max(self.worst, now - self.last - 5)
        self.last = now

    def start(self) -> None:
        self.clock.start()
        self.last = self.worst = 0
        self.timer.start()

    def stop(self) -> int:
        self.timer.stop()
        return self.worst


def community(size: dict[str, int]) -> CommunityState:
    view = generate_view(**size)
    author = next(iter(view.members))
    areas = {
        f"ar{i}": Area(
            f"ar{i}",
            f"Area {i}",
            tuple(
                Location(50 + i * 0.3 + dy, -5 + i * 0.3 + dx) for dy, dx in ((0, 0), (0.2, 0), (0.2, 0.2))
            ),
            author,
        )
        for i in range(20)
    }
    state = CommunityState(SPACE)
    state.apply(CommunityUpdate(SPACE, True, dataclasses.replace(view, areas=areas)))
    gc.freeze()  # as ServiceClient does after a big frame (see service_client._settle)
    return state


def open_map(state: CommunityState) -> tuple[float, MapCanvas]:
    canvas = MapCanvas()
    canvas.resize(1000, 700)
    canvas.show()
    QApplication.processEvents()
    started = time.perf_counter()
    canvas.set_assets(state.assets)
    canvas.set_areas(state.areas)
    canvas.fit()
    canvas.viewport().repaint()
    took = (time.perf_counter() - started) * 1000
    shown = len(canvas.pins) + sum(c.count for c in canvas.clusters)
    located = sum(1 for a in state.assets.values() if a.location is not None)
    if shown != located:
        sys.exit(f"sanity check failed: {shown} of {located} located assets on the map")
    return took, canvas


def open_table(state: CommunityState) -> float:
    table = QTableView()
    table.resize(1000, 700)
    table.show()
    QApplication.processEvents()
    started = time.perf_counter()
    model = AssetsModel(table)
    model.set_state(state)
    table.setModel(model)
    table.viewport().repaint()
    took = (time.perf_counter() - started) * 1000
    table.close()
    table.deleteLater()
    return took


def updates(state: CommunityState, count: int = 100, per: int = 50) -> list[CommunityUpdate]:
    keys = list(state.assets)
    out = []
    for n in range(count):
        changed = {}
        for key in keys[n * per : (n + 1) * per]:
            asset = state.assets[key]
            moved = Location(51.0 + (n % 7) * 0.1, -1.0 + (n % 5) * 0.1)
            changed[key] = dataclasses.replace(asset, title=f"{asset.title} ({n})", location=moved)
        out.append(CommunityUpdate(SPACE, False, CommunityView(name=state.name, assets=changed)))
    return out


def stall_while(state: CommunityState, batch: list[CommunityUpdate], following: Callable[[], None]) -> int:
    """Apply *batch* one update every 20 ms; the worst stall of the Qt loop meanwhile."""
    app = QApplication.instance()
    assert app is not None
    meter = StallMeter()
    pending = list(batch)
    sender = QTimer()
    sender.setInterval(20)
    sender.timeout.connect(lambda: state.apply(pending.pop(0)) if pending else None)
    following()
    meter.start()
    sender.start()
    deadline = time.monotonic() + 60
    end_at = time.monotonic() + 2.0  # at least as long as 100 updates take, also with none to apply
    while (pending or time.monotonic() < end_at) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.001)
    end = time.monotonic() + 0.2  # the last redraw after the last update
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.001)
    sender.stop()
    return meter.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a community a fifth of the size")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    QApplication.instance() or QApplication(sys.argv)
    size = QUICK if args.quick else FULL
    print(
        f"Python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} CPUs; community {size}"
    )
    state = community(size)

    maps, tables = [], []
    for _ in range(args.runs):
        took, canvas = open_map(state)
        maps.append(took)
        canvas.close()
        canvas.deleteLater()
        tables.append(open_table(state))
        QApplication.processEvents()
    print(
        f"1. open: map median {statistics.median(maps):.0f} ms (max {max(maps):.0f}); "
        f"Assets table median {statistics.median(tables):.0f} ms (max {max(tables):.0f}); goal map ≤ 300 ms"
    )

    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the closed views go now, not mid-run
    gc.collect()
    idle = stall_while(state, [], lambda: None)
    quiet = stall_while(state, updates(state), lambda: None)
    _took, canvas = open_map(state)
    state.sig_assets_changed.connect(lambda ids: canvas.update_assets(state.assets[i] for i in ids))
    canvas.zoom(4.0)  # a closer look: more pins than clusters
    with_map = stall_while(state, updates(state), canvas.draw_pins)
    moved = sum(1 for a in state.assets.values() if "(99)" in a.title)
    if moved != 50:
        sys.exit(f"sanity check failed: the last update reached {moved} of 50 assets")
    print(
        f"2. peer's changes (100 updates of 50 assets, every 20 ms): worst stall with the map following "
        f"{with_map} ms; with nothing following {quiet} ms; idle, no updates {idle} ms; goal ≤ 50 ms"
    )


if __name__ == "__main__":
    main()
