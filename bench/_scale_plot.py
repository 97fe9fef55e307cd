"""The scale benchmark's figures: time and peak memory against peers and against community size, as a PNG
drawn with pyqtgraph (a dependency already; matplotlib is not installed)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pyqtgraph as pg
import pyqtgraph.exporters
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

TIMES = (
    ("first_sync_s", "first sync of all", (31, 119, 180)),
    ("hub_change_s", "one change (by the hub)", (255, 127, 14)),
    ("leaf_change_s", "one change (by a joiner)", (44, 160, 44)),
    ("online_converged_s", "1,000 changes: peers up converged", (214, 39, 40)),
    ("catch_up_s", "1,000 changes: offline ones caught up (relay)", (148, 103, 189)),
)
MEMORY = (
    ("peak_mib", "highest service", (31, 119, 180)),
    ("peak_median_mib", "median service", (127, 127, 127)),
)
GOAL_MIB = 300
WIDTH, HEIGHT = 1400, 1000


def _panel(
    layout: Any, row: int, col: int, title: str, x_label: str, y_label: str, *, log: bool
) -> pg.PlotItem:
    plot = layout.addPlot(row=row, col=col, title=title)
    plot.setLabel("bottom", x_label + (" (log scale)" if log else ""))
    plot.setLabel("left", y_label + (" (log scale)" if log else ""))
    plot.setLogMode(x=log, y=log)
    plot.showGrid(x=True, y=True, alpha=0.3)
    plot.addLegend(offset=(10, 10) if log else (-10, 10))
    return plot


def _series(
    plot: pg.PlotItem, rows: Sequence[Any], x: str, series: Sequence[tuple[str, str, tuple[int, ...]]]
) -> None:
    for key, name, colour in series:
        points = [(getattr(r, x), getattr(r, key)) for r in rows if getattr(r, key) is not None]
        if points:
            xs, ys = zip(*points, strict=True)
            pen = pg.mkPen(colour, width=2)
            plot.plot(list(xs), list(ys), name=name, pen=pen, symbol="o", symbolBrush=colour)


def _linear(plot: pg.PlotItem, rows: Sequence[Any], x: str) -> None:
    """A dashed line of linear growth through the first sync at the smallest x: points above its slope grew
    faster than linearly."""
    points = [(getattr(r, x), r.first_sync_s) for r in rows if r.first_sync_s is not None]
    if len(points) >= 2:
        (x0, y0), xs = points[0], [p[0] for p in points]
        pen = pg.mkPen((120, 120, 120), width=1, style=Qt.PenStyle.DashLine)
        plot.plot(xs, [y0 * v / x0 for v in xs], name="linear growth (from the first sync)", pen=pen)


def _memory(plot: pg.PlotItem, rows: Sequence[Any], x: str) -> None:
    _series(plot, rows, x, MEMORY)
    plot.addLine(y=GOAL_MIB, pen=pg.mkPen((200, 0, 0), width=1, style=Qt.PenStyle.DashLine))
    plot.setYRange(0, max([GOAL_MIB * 1.2, *(r.peak_mib * 1.1 for r in rows)]), padding=0)


def _most(results: Sequence[Any], key: str, other: str) -> Any:
    """The value of *key* shared by the most results (the sweep of *other* was made at it)."""
    values = [getattr(r, key) for r in results]
    return max(
        set(values), key=lambda v: (len({getattr(r, other) for r in results if getattr(r, key) == v}), v)
    )


def draw(results: Sequence[Any], path: Path) -> None:
    """Four panels: times and peak memory against peers (at the size most peer counts were run at), and
    against community size (at the peer count most sizes were run at). Times on log-log axes: a slope of 1
    is linear growth."""
    app = QApplication.instance() or QApplication([])
    pg.setConfigOptions(antialias=True, background="w", foreground="k")
    layout = pg.GraphicsLayoutWidget()
    layout.resize(WIDTH, HEIGHT)
    size, sweep = _most(results, "size", "peers"), _most(results, "peers", "size")
    by_peers = sorted((r for r in results if r.size == size), key=lambda r: r.peers)
    by_size = sorted((r for r in results if r.peers == sweep), key=lambda r: r.size)
    title = f"Time against peers ({size:,} assets)"
    times = _panel(layout, 0, 0, title, "peers", "seconds", log=True)
    _series(times, by_peers, "peers", TIMES)
    _linear(times, by_peers, "peers")
    title = f"Peak memory per service against peers ({size:,} assets)"
    _memory(_panel(layout, 0, 1, title, "peers", "MiB", log=False), by_peers, "peers")
    title = f"Time against community size ({sweep} peers)"
    times = _panel(layout, 1, 0, title, "assets", "seconds", log=True)
    _series(times, by_size, "size", TIMES)
    _linear(times, by_size, "size")
    title = f"Peak memory per service against size ({sweep} peers)"
    _memory(_panel(layout, 1, 1, title, "assets", "MiB", log=False), by_size, "size")
    layout.show()  # offscreen: lays the panels out at the widget's size
    app.processEvents()
    exporter = pyqtgraph.exporters.ImageExporter(layout.scene())
    exporter.parameters()["width"] = WIDTH
    path.parent.mkdir(parents=True, exist_ok=True)
    exporter.export(str(path))
    layout.close()
