"""Past check-ins as a list, newest first."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from commons_desktop.labels import short_date
from store import CheckIn

_Index = QModelIndex | QPersistentModelIndex


class CheckInHistoryModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._checkins: list[CheckIn] = []

    def set_checkins(self, checkins: list[CheckIn]) -> None:
        self.beginResetModel()
        self._checkins = sorted(checkins, key=lambda c: c.day, reverse=True)
        self.endResetModel()

    def clear(self) -> None:
        self.set_checkins([])

    @property
    def checkins(self) -> list[CheckIn]:
        return list(self._checkins)

    def checkin_at(self, row: int) -> CheckIn | None:
        return self._checkins[row] if 0 <= row < len(self._checkins) else None

    def row_of_day(self, day: dt.date) -> int:
        return next((i for i, c in enumerate(self._checkins) if c.day == day), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's signature)
        return 0 if parent.isValid() else len(self._checkins)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        checkin = self.checkin_at(index.row()) if index.isValid() else None
        if checkin is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._summary(checkin)
        if role == Qt.ItemDataRole.ToolTipRole:
            return checkin.note or None
        return None

    def _summary(self, checkin: CheckIn) -> str:
        day = short_date(checkin.day)
        text = self.tr("{day}   ·   mood {mood}/10").format(day=day, mood=checkin.mood)
        if checkin.tags:
            text += "   ·   " + ", ".join(checkin.tags)
        return text
