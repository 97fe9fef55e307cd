"""The report's charts, drawn with pyqtgraph: money in and out per month, and progress toward each target. The
same plots are shown on the screen and printed into the PDF as images (`chart_image`, which works offscreen)."""

from __future__ import annotations

import datetime as dt

import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSize
from PySide6.QtGui import QFontMetrics, QImage
from PySide6.QtWidgets import QWidget

from commons_desktop.labels import money
from sync.community.funder_period import MonthTotals, PeriodReport, TargetProgress

translate = QCoreApplication.translate

__all__ = [
    "chart_image",
    "main_currency",
    "money_caption",
    "money_chart",
    "progress_caption",
    "progress_chart",
    "update_money",
    "update_progress",
]

IN_COLOUR, OUT_COLOUR, TARGET_COLOUR, INK = "#2e8b57", "#d2691e", "#4169e1", "#333333"
TITLE_CHARS = 28  # a project's title on the progress chart's axis, cut to this
MONTH_LABELS = 6  # at most this many months named under the money chart


def money_caption() -> str:
    return translate("ReportsView", "Green: money in. Orange: money out.")


def progress_caption() -> str:
    return translate(
        "ReportsView",
        "Green: confirmed by its verifiers. Blue: not confirmed yet. The dashed line is the target.",
    )


def _plot(parent: QWidget | None) -> pg.PlotWidget:
    plot = pg.PlotWidget(parent, background="w")
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    for side in ("left", "bottom"):
        axis = plot.getAxis(side)
        axis.setPen(INK)
        axis.setTextPen(INK)
    return plot


def main_currency(report: PeriodReport) -> str | None:
    """The currency in which the most money moved in the range (the money chart shows one)."""
    moved: dict[str, int] = {}
    for m in report.months:
        moved[m.currency] = moved.get(m.currency, 0) + m.money_in_minor + m.money_out_minor
    return max(sorted(moved), key=lambda c: moved[c]) if moved else None


def money_chart(parent: QWidget | None = None) -> pg.PlotWidget:
    return _plot(parent)


def update_money(plot: pg.PlotWidget, report: PeriodReport | None) -> None:
    """Bars of money in and out per month, in the report's main currency (major units)."""
    plot.clear()
    currency = main_currency(report) if report is not None else None
    months = [m for m in report.months if m.currency == currency] if report is not None else []
    plot.setTitle(
        translate("ReportsView", "Money per month ({currency})").format(currency=currency or "—"),
        color=INK,
    )
    if not months:
        return
    xs = list(range(len(months)))
    money_in = [m.money_in_minor / 100 for m in months]
    money_out = [m.money_out_minor / 100 for m in months]
    plot.addItem(
        pg.BarGraphItem(
            x=[x - 0.2 for x in xs],
            height=money_in,
            width=0.4,
            brush=IN_COLOUR,
            name=translate("ReportsView", "in"),
        )
    )
    plot.addItem(
        pg.BarGraphItem(
            x=[x + 0.2 for x in xs],
            height=money_out,
            width=0.4,
            brush=OUT_COLOUR,
            name=translate("ReportsView", "out"),
        )
    )
    step = -(-len(months) // MONTH_LABELS)  # label every step-th month; a small tick on each
    labelled = [(x, _month(m)) for x, m in zip(xs, months, strict=True) if x % step == 0]
    plot.getAxis("bottom").setTicks([labelled, [(x, "") for x in xs]])
    plot.getAxis("left").setTicks(None)
    plot.setXRange(-0.6, len(months) - 0.4, padding=0)
    plot.setYRange(0, max(1.0, *money_in, *money_out) * 1.1, padding=0)
    _tooltip(plot, months)


def _tooltip(plot: pg.PlotWidget, months: list[MonthTotals]) -> None:
    lines = [
        translate("ReportsView", "{month}: in {money_in}, out {money_out}").format(
            month=_month(m),
            money_in=money(m.money_in_minor, m.currency),
            money_out=money(m.money_out_minor, m.currency),
        )
        for m in months
    ]
    plot.setToolTip("\n".join(lines))


def _month(m: MonthTotals | dt.date) -> str:
    day = m.month if isinstance(m, MonthTotals) else m
    return QLocale().toString(QDate(day.year, day.month, 1), "MMM yy")


def progress_chart(parent: QWidget | None = None) -> pg.PlotWidget:
    return _plot(parent)


def update_progress(plot: pg.PlotWidget, report: PeriodReport | None) -> None:
    """A horizontal bar per project: its progress as a share of its target, with a line at the target."""
    plot.clear()
    plot.setTitle(
        translate("ReportsView", "Progress toward each target (%)"),
        color=INK,
    )
    targets: list[TargetProgress] = list(report.progress) if report is not None else []
    if not targets:
        return
    ys = list(range(len(targets)))
    shares = [min(t.percent, 200.0) for t in targets]
    colours = [IN_COLOUR if t.confirmed else TARGET_COLOUR for t in targets]
    plot.addItem(pg.BarGraphItem(x0=0, y=ys, height=0.6, width=shares, brushes=colours))
    plot.addItem(
        pg.InfiniteLine(pos=100, angle=90, pen=pg.mkPen(INK, width=2, style=pg.QtCore.Qt.PenStyle.DashLine))
    )
    left = plot.getAxis("left")
    left.setTicks([[(y, _short(t.title)) for y, t in zip(ys, targets, strict=True)]])
    left.setWidth(
        QFontMetrics(left.font()).horizontalAdvance("M" * max(len(_short(t.title)) for t in targets)) * 3 // 4
    )
    plot.setXRange(0, max(110.0, *shares) * 1.05, padding=0)
    plot.setYRange(-0.6, len(targets) - 0.4, padding=0)
    plot.setToolTip(
        "\n".join(
            translate("ReportsView", "{title}: {progress} of {target} {unit}").format(
                title=t.title, progress=t.progress, target=t.target, unit=t.unit
            )
            for t in targets
        )
    )


def _short(title: str) -> str:
    return title if len(title) <= TITLE_CHARS else title[: TITLE_CHARS - 1] + "…"


def chart_image(plot: pg.PlotWidget, width: int = 1800, height: int = 900) -> QImage:
    """The plot drawn into an image *width* × *height* pixels (for the PDF), whether or not it is on screen."""
    shown_size = plot.size()
    _lay_out(plot, QSize(width // 3, height // 3))  # laid out at a third, drawn at three times: crisp text
    exporter = ImageExporter(plot.getPlotItem())
    exporter.parameters()["width"] = width
    image = exporter.export(toBytes=True)
    _lay_out(plot, shown_size)
    assert isinstance(image, QImage)
    return image


def _lay_out(plot: pg.PlotWidget, size: QSize) -> None:
    """Resize the plot and lay it out now: a hidden widget gets no resize event (pyqtgraph lays out in it)."""
    plot.resize(size)
    plot.resizeEvent(None)
