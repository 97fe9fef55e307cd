"""The events list as a Qt model: rows in order of next occurrence, each row's text made only when Qt shows it,
so a community with thousands of events redraws in the time of one sort."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from sync.community import Event

__all__ = ["EventsModel"]

HORIZON = dt.timedelta(days=366 * 5)  # how far ahead "next" looks
Span = tuple[dt.datetime, dt.datetime]
Index = QModelIndex | QPersistentModelIndex


class EventsModel(QAbstractTableModel):
    def __init__(
        self,
        headers: list[str],
        cells: Callable[[Event, Span | None], tuple[str, ...]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._headers = headers
        self._cells = cells  # (event, next occurrence) → the row's texts
        self._events: Mapping[str, Event] = {}
        self._rows: list[tuple[Span | None, str]] = []

    def set_events(self, events: Mapping[str, Event], now: dt.datetime) -> None:
        self.beginResetModel()
        self._events = events
        self._rows = sorted(((_next(e, now), key) for key, e in events.items()), key=_upcoming_first)
        self.endResetModel()

    def key_at(self, row: int) -> str | None:
        return self._rows[row][1] if 0 <= row < len(self._rows) else None

    def row_of(self, key: str) -> int:
        return next((i for i, (_, k) in enumerate(self._rows) if k == key), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's name and default)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        when, key = self._rows[index.row()]
        return self._cells(self._events[key], when)[index.column()]

    def headerData(  # noqa: N802 (Qt's name)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


def _next(event: Event, now: dt.datetime) -> Span | None:
    upcoming = event.occurrence_times(now, now + HORIZON)
    return upcoming[0] if upcoming else None


def _upcoming_first(row: tuple[Span | None, str]) -> tuple[int, dt.datetime, str]:
    when, key = row
    return (0, when[0], key) if when is not None else (1, dt.datetime.max.replace(tzinfo=dt.UTC), key)
