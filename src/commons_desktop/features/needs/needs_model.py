"""A community's needs and offers as a table, filtered by side, category, area, state and urgency.

Needs and offers are a few hundred at most, so any change lays the table out again from the state (sorted
once with a key); the 10,000 assets of a big community are never walked here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from commons_desktop.community_state import CommunityState
from commons_desktop.features.needs.labels import side_label, status_label, status_of, urgency_label
from sync.community import NeedOrOffer, Side, Urgency
from sync.community.analyses import URGENCY_RANK

__all__ = ["ID_ROLE", "Filters", "NeedsModel"]

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the need or offer's id


@dataclass(frozen=True)
class Filters:
    """What the list lets through; None (or "") lets everything through."""

    side: Side | None = None
    category: str = ""
    area: str = ""
    open: bool | None = None  # True: open only; False: met, withdrawn, expired or closed only
    urgency: Urgency | None = None

    def admit(self, item: NeedOrOffer, today: dt.date) -> bool:
        return (
            (self.side is None or item.side is self.side)
            and (not self.category or item.category == self.category)
            and (not self.area or item.area == self.area)
            and (self.open is None or item.is_open_on(today) is self.open)
            and (self.urgency is None or item.urgency is self.urgency)
        )


def _order(item: NeedOrOffer) -> tuple[int, int, float, str]:
    """Open ones first, the most urgent first, then the newest."""
    return (0 if item.open else 1, -URGENCY_RANK[item.urgency], -item.created_at.timestamp(), item.id)


class NeedsModel(QAbstractTableModel):
    COLUMNS = ("side", "description", "category", "area", "urgency", "expires", "status")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state: CommunityState | None = None
        self._rows: list[NeedOrOffer] = []
        self._filters = Filters()
        self.today = dt.date.today()

    @property
    def state(self) -> CommunityState | None:
        return self._state

    @property
    def total(self) -> int:
        return len(self._state.needs_offers) if self._state is not None else 0

    def set_state(self, state: CommunityState | None) -> None:
        if self._state is not None:
            self._state.sig_needs_offers_changed.disconnect(self.refresh)
            self._state.sig_needs_offers_removed.disconnect(self.refresh)
            self._state.sig_loaded.disconnect(self.refresh)
        self._state = state
        if state is not None:
            state.sig_needs_offers_changed.connect(self.refresh)
            state.sig_needs_offers_removed.connect(self.refresh)
            state.sig_loaded.connect(self.refresh)
        self.refresh()

    def set_filters(self, filters: Filters) -> None:
        self._filters = filters
        self.refresh()

    def refresh(self, *_ids: object) -> None:
        self.today = dt.date.today()
        items = self._state.needs_offers.values() if self._state is not None else ()
        self.beginResetModel()
        self._rows = sorted((i for i in items if self._filters.admit(i, self.today)), key=_order)
        self.endResetModel()

    def item(self, row: int) -> NeedOrOffer | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's names)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's names)
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return item.description
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._text(item, self.COLUMNS[index.column()])

    def _text(self, item: NeedOrOffer, column: str) -> str:
        if column == "side":
            return side_label(item.side)
        if column == "description":
            return item.description.splitlines()[0] if item.description else ""
        if column == "urgency":
            return urgency_label(item.urgency)
        if column == "expires":
            return item.expires_on.isoformat() if item.expires_on is not None else ""
        if column == "status":
            return status_label(status_of(item, self.today))
        return str(getattr(item, column))

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        translate = QCoreApplication.translate
        return (
            translate("NeedsModel", "Need or offer"),
            translate("NeedsModel", "What"),
            translate("NeedsModel", "Category"),
            translate("NeedsModel", "Area"),
            translate("NeedsModel", "Urgency"),
            translate("NeedsModel", "Expires"),
            translate("NeedsModel", "State"),
        )[section]
