"""A week of a community's events as seven day columns (Monday first), in this computer's time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.labels import clock
from commons_desktop.widgets.screen_layout import named, styled_label
from sync.community import Event

__all__ = ["WeekGrid", "monday_of"]


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


class WeekGrid(QWidget):
    sig_event_chosen = Signal(str)  # an event id: the person selected one of its occurrences

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.monday = monday_of(dt.date.today())
        self._events: Mapping[str, Event] = {}
        self._stale = False
        self.heading = styled_label("", "subheading")
        self.previous = QPushButton(self.tr("‹ Previous week"))
        named(self.previous, self.tr("Previous week"), self.tr("Show the week before"))
        self.this_week = QPushButton(self.tr("This week"))
        named(self.this_week, self.tr("This week"), self.tr("Show the current week"))
        self.next = QPushButton(self.tr("Next week ›"))
        named(self.next, self.tr("Next week"), self.tr("Show the week after"))
        bar = QHBoxLayout()
        bar.addWidget(self.heading, 1)
        for button in (self.previous, self.this_week, self.next):
            bar.addWidget(button)
        grid = QGridLayout()
        self.day_labels: list[QLabel] = []
        self.days: list[QListWidget] = []
        for column in range(7):
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            day = QListWidget()
            day.setWordWrap(True)
            day.itemClicked.connect(self._clicked)
            named(day, self.tr("Day %1").replace("%1", str(column + 1)), self.tr("The events of this day"))
            self.day_labels.append(label)
            self.days.append(day)
            grid.addWidget(label, 0, column)
            grid.addWidget(day, 1, column)
            grid.setColumnStretch(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(grid, 1)
        self.previous.clicked.connect(lambda: self.show_week(self.monday - dt.timedelta(days=7)))
        self.next.clicked.connect(lambda: self.show_week(self.monday + dt.timedelta(days=7)))
        self.this_week.clicked.connect(lambda: self.show_week(monday_of(dt.date.today())))

    def set_events(self, events: Mapping[str, Event]) -> None:
        """Show these events; while the grid is hidden, only when it is shown next (a peer's change to one of
        thousands of events then costs nothing here)."""
        self._events = events
        self._stale = not self.isVisible()
        if not self._stale:
            self.show_week(self.monday)

    def showEvent(self, event: object) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)  # type: ignore[arg-type]
        if self._stale:
            self._stale = False
            self.show_week(self.monday)

    def show_week(self, monday: dt.date) -> None:
        self.monday = monday_of(monday)
        locale = QLocale()
        local = dt.datetime.now().astimezone().tzinfo
        start = dt.datetime.combine(self.monday, dt.time(0), local)
        end = start + dt.timedelta(days=7)
        by_day: list[list[tuple[dt.datetime, dt.datetime, str]]] = [[] for _ in range(7)]
        for key, event in self._events.items():
            for a, b in event.occurrence_times(start, end):
                first = max(a.astimezone(local), start)
                by_day[(first.date() - self.monday).days].append(
                    (a.astimezone(local), b.astimezone(local), key)
                )
        last = self.monday + dt.timedelta(days=6)
        self.heading.setText(
            self.tr("Week of {first} to {last}").format(
                first=locale.toString(
                    QDate(self.monday.year, self.monday.month, self.monday.day), QLocale.FormatType.LongFormat
                ),
                last=locale.toString(QDate(last.year, last.month, last.day), QLocale.FormatType.LongFormat),
            )
        )
        for column, (label, day) in enumerate(zip(self.day_labels, self.days, strict=True)):
            date = self.monday + dt.timedelta(days=column)
            label.setText(f"{locale.dayName(date.isoweekday(), QLocale.FormatType.ShortFormat)} {date.day}")
            named(day, label.text(), self.tr("The events of this day; select one to see it in the list"))
            day.clear()
            for a, b, key in sorted(by_day[column]):
                text = self.tr("{start}–{end} {title}").format(
                    start=clock(a), end=clock(b), title=self._events[key].title
                )
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, key)
                item.setToolTip(self._events[key].place)
                day.addItem(item)

    def shown_titles(self, column: int) -> list[str]:
        """What one day column lists (for tests and screen readers' summaries)."""
        return [self.days[column].item(i).text() for i in range(self.days[column].count())]

    def _clicked(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(key, str):
            self.sig_event_chosen.emit(key)
