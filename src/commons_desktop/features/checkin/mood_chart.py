"""A small line chart of mood over a period (four weeks by default), drawn with QPainter."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from commons_desktop.labels import day_month, decimal

DAYS_SHOWN = 28
WEEKLY_AFTER = 91  # over longer periods the line shows each week's average, not every day


def _weekly(series: list[tuple[dt.date, int]]) -> list[tuple[dt.date, float]]:
    """The average mood of each week that has check-ins, placed at the week's middle (Thursday)."""
    weeks: dict[dt.date, list[int]] = {}
    for day, mood in series:
        weeks.setdefault(day - dt.timedelta(days=day.weekday()), []).append(mood)
    return [(monday + dt.timedelta(days=3), sum(m) / len(m)) for monday, m in sorted(weeks.items())]


class MoodChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._series: list[tuple[dt.date, int]] = []
        self._line: list[tuple[dt.date, float]] = []  # what is drawn: the days, or weekly averages
        self._today = dt.date.today()
        self._days = DAYS_SHOWN
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Mood over the chosen period"))
        self.setToolTip(
            self.tr("Your mood score (1 to 10) for each day you checked in, over the chosen period")
        )
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(480, 170)

    def set_series(
        self, series: list[tuple[dt.date, int]], today: dt.date | None = None, days: int = DAYS_SHOWN
    ) -> None:
        """Show *series* over the *days* up to *today* (at least a week)."""
        self._today = today or dt.date.today()
        self._days = max(days, 7)
        first = self._today - dt.timedelta(days=self._days - 1)
        self._series = sorted((d, m) for d, m in series if first <= d <= self._today)
        daily: list[tuple[dt.date, float]] = [(d, float(m)) for d, m in self._series]
        self._line = daily if self._days <= WEEKLY_AFTER else _weekly(self._series)
        if self._series:
            average = sum(m for _, m in self._series) / len(self._series)
            self.setAccessibleDescription(
                self.tr("%n check-in(s), average mood {avg}", "", len(self._series)).format(
                    avg=decimal(average)
                )
            )
        else:
            self.setAccessibleDescription(self.tr("No check-ins in this period"))
        self.update()

    @property
    def days(self) -> int:
        return self._days

    @property
    def points(self) -> int:
        return len(self._series)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text_color = pal.color(QPalette.ColorRole.PlaceholderText)
        metrics = painter.fontMetrics()
        left, top = metrics.horizontalAdvance("10") + 10.0, 10.0
        bottom = metrics.height() + 8.0
        plot = QRectF(left, top, self.width() - left - 10, self.height() - top - bottom)
        painter.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))

        def y_of(mood: float) -> float:
            return plot.bottom() - (mood - 1) / 9 * plot.height()

        span = self._days - 1

        def x_of(day: dt.date) -> float:
            offset = (day - (self._today - dt.timedelta(days=span))).days
            return plot.left() + offset / span * plot.width()

        grid = QPen(pal.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DotLine)
        for mood in (1, 5, 10):
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y_of(mood)), QPointF(plot.right(), y_of(mood)))
            painter.setPen(text_color)
            painter.drawText(
                QRectF(0, y_of(mood) - 8, left - 6, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(mood),
            )
        ticks = (DAYS_SHOWN - 1, 14, 7, 0) if span == DAYS_SHOWN - 1 else (span, span * 2 // 3, span // 3, 0)
        for days_back in ticks:
            day = self._today - dt.timedelta(days=days_back)
            label = self.tr("today") if days_back == 0 else day_month(day)
            width = metrics.horizontalAdvance(label) + 4
            x = min(max(x_of(day) - width / 2, plot.left() - 4), plot.right() - width + 6)
            painter.drawText(
                QRectF(x, plot.bottom() + 4, width, bottom), Qt.AlignmentFlag.AlignHCenter, label
            )

        if not self._series:
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("Your check-ins will show up here."))
            painter.end()
            return
        accent = pal.color(QPalette.ColorRole.Highlight)
        path = QPainterPath()
        previous: dt.date | None = None
        # A gap of more than a few days (longer over a longer period) breaks the line rather than inventing a
        # trend.
        gap = 3 if self._days <= WEEKLY_AFTER else 14  # days, or two weeks without any check-in
        for day, value in self._line:
            point = QPointF(x_of(day), y_of(value))
            if previous is None or (day - previous).days > gap:
                path.moveTo(point)
            else:
                path.lineTo(point)
            previous = day
        painter.setPen(QPen(accent, 2.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(accent))
        for day, value in self._line:
            painter.drawEllipse(QPointF(x_of(day), y_of(value)), 3.5, 3.5)
        painter.end()
