"""A community's assets as a table, following its `CommunityState` record by record: a peer's change to one
asset updates or moves one row, a new asset inserts one row; a whole new community (or a big batch) resets."""

from __future__ import annotations

import bisect
import heapq
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from commons_desktop.community_state import CommunityState
from commons_desktop.labels import decimal
from sync.community import Asset, AssetKind

__all__ = ["FILTERED", "ID_ROLE", "AssetsModel", "kind_label", "rating_text"]

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the asset's id


def kind_label(kind: AssetKind) -> str:
    translate = QCoreApplication.translate
    return {
        AssetKind.NATURAL: translate("AssetsModel", "Natural"),
        AssetKind.HUMAN: translate("AssetsModel", "Skills and knowledge"),
        AssetKind.BUILT: translate("AssetsModel", "Built"),
        AssetKind.INDUSTRIAL: translate("AssetsModel", "Industrial"),
    }[kind]


def rating_text(asset: Asset) -> str:
    if not asset.ratings:
        return ""
    stars = sum(asset.ratings.values()) / len(asset.ratings)
    return f"{decimal(stars)} ★ ({QLocale().toString(len(asset.ratings))})"


FILTERED = ("area", "steward", "category")  # the fields filtered by one exact value
BATCH = 20  # more changed assets than this at once: the table is laid out again rather than row by row


class AssetsModel(QAbstractTableModel):
    """The assets a search and a kind let through, sorted by a column, kept current from the state.

    Sorting and filtering live here rather than in a QSortFilterProxyModel: a proxy sorts by asking `data()` for
    every comparison, in Python — about a second for 10,000 assets — where this sorts once with a key."""

    COLUMNS = ("title", "kind", "area", "category", "steward", "rating")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state: CommunityState | None = None
        self._rows: list[str] = []  # the ids shown, in order
        self._column = 0
        self._descending = False
        self._words: list[str] = []
        self._kind = ""
        self._exact: dict[str, str] = {}  # "area", "steward", "category" → the one value shown ("" for any)
        self._keys: dict[str, tuple[str, str]] = {}  # each asset's sort key, by the sort column

    @property
    def state(self) -> CommunityState | None:
        return self._state

    def set_state(self, state: CommunityState | None) -> None:
        """Show *state*'s assets (None: none), and follow its changes from now on."""
        if self._state is not None:
            for signal, slot in self._connections(self._state):
                signal.disconnect(slot)
        self._state = state
        self._keys.clear()
        if state is not None:
            for signal, slot in self._connections(state):
                signal.connect(slot)
        self._reset()

    def _connections(self, state: CommunityState) -> list[tuple[Any, Any]]:
        return [
            (state.sig_loaded, self._reload),
            (state.sig_assets_changed, self._changed),
            (state.sig_assets_removed, self._changed),
        ]

    def set_search(self, text: str) -> None:
        """Show only assets with every word of *text* in their title, area, category, steward or description."""
        self._words = text.casefold().split()
        self._reset()

    def set_kind(self, kind: str) -> None:
        """Show one kind (an AssetKind's value), or every kind ("")."""
        self._kind = kind
        self._reset()

    def set_exact(self, field: str, value: str) -> None:
        """Show only assets whose *field* ("area", "steward" or "category") is *value* (any case; "": every)."""
        if field not in FILTERED:
            raise ValueError(f"no filter on {field!r}")
        self._exact = {f: v for f, v in {**self._exact, field: value.casefold()}.items() if v}
        self._reset()

    def values(self, field: str) -> list[str]:
        """The different values of *field* ("area", "steward", "category") among the assets, sorted, each
        once whatever its case (the first spelling met)."""
        if self._state is None:
            return []
        seen: dict[str, str] = {}
        for asset in self._state.assets.values():
            value = getattr(asset, field)
            if value:
                seen.setdefault(value.casefold(), value)
        return [seen[k] for k in sorted(seen)]

    def shown(self) -> list[Asset]:
        """The assets the filters let through, in the table's order."""
        assert self._state is not None or not self._rows
        return [self._state.assets[a] for a in self._rows] if self._state is not None else []

    @property
    def total(self) -> int:
        """How many assets the community has (shown or not)."""
        return len(self._state.assets) if self._state is not None else 0

    def asset(self, row: int) -> Asset | None:
        if self._state is None or not 0 <= row < len(self._rows):
            return None
        return self._state.assets.get(self._rows[row])

    def row_of(self, asset_id: str) -> int | None:
        try:
            return self._rows.index(asset_id)
        except ValueError:
            return None

    # -- which rows, in which order --

    def _accepts(self, asset: Asset) -> bool:
        if self._kind and asset.kind.value != self._kind:
            return False
        for field, value in self._exact.items():
            if getattr(asset, field).casefold() != value:
                return False
        if not self._words:
            return True
        text = " ".join(
            (asset.title, asset.area, asset.category, asset.steward, asset.description)
        ).casefold()
        return all(word in text for word in self._words)

    def _key(self, asset_id: str) -> tuple[str, str]:
        known = self._keys.get(asset_id)
        if known is not None:
            return known
        assert self._state is not None
        asset = self._state.assets[asset_id]
        column = self.COLUMNS[self._column]
        if column == "kind":
            text = kind_label(asset.kind)
        elif column == "rating":
            text = rating_text(asset)
        else:
            text = getattr(asset, column)
        key = self._keys[asset_id] = (text.casefold(), asset_id)
        return key

    def _ordered(self) -> list[str]:
        state = self._state
        if state is None:
            return []
        ids = [asset_id for asset_id, asset in state.assets.items() if self._accepts(asset)]
        ids.sort(key=self._key, reverse=self._descending)
        return ids

    def _reload(self) -> None:
        """The whole community arrived again: every value may have changed."""
        self._keys.clear()
        self._reset()

    def _reset(self) -> None:
        self.beginResetModel()
        self._rows = self._ordered()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._column, self._descending = column, order is Qt.SortOrder.DescendingOrder
        self._keys.clear()
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._rows[i.row()] if 0 <= i.row() < len(self._rows) else None for i in before]
        self._rows = self._ordered()
        rows = {asset_id: row for row, asset_id in enumerate(self._rows)}
        self.changePersistentIndexList(
            before,
            [
                self.index(rows[a], i.column()) if a is not None and a in rows else QModelIndex()
                for a, i in zip(ids, before, strict=True)
            ],
        )
        self.layoutChanged.emit()

    # -- following the state --

    def _changed(self, ids: tuple[str, ...]) -> None:
        for asset_id in ids:
            self._keys.pop(asset_id, None)
        if len(ids) > BATCH:
            self._merge(ids)
        elif len(ids) == 1:
            self._place(ids[0])
        else:
            # Out first, then each in its place: a row placed while others of the batch still sat where their
            # old values put them would be placed among rows out of order.
            for asset_id in ids:
                row = self.row_of(asset_id)
                if row is not None:
                    self.beginRemoveRows(QModelIndex(), row, row)
                    del self._rows[row]
                    self.endRemoveRows()
            for asset_id in ids:
                self._place(asset_id)

    def _merge(self, ids: tuple[str, ...]) -> None:
        """Many assets at once (a page of a community arriving): the rows that did not change keep their order,
        the changed ones are sorted among themselves and merged in — no sort of the whole table."""
        state = self._state
        if state is None:
            return
        changed = set(ids)
        kept = [asset_id for asset_id in self._rows if asset_id not in changed]
        incoming = [a for a in ids if (asset := state.assets.get(a)) is not None and self._accepts(asset)]
        incoming.sort(key=self._key, reverse=self._descending)
        self.beginResetModel()
        self._rows = list(heapq.merge(kept, incoming, key=self._key, reverse=self._descending))
        self.endResetModel()

    def _place(self, asset_id: str) -> None:
        """Insert, move, update or remove one asset's row, as its current value says."""
        state = self._state
        asset = state.assets.get(asset_id) if state is not None else None
        old = self.row_of(asset_id)
        if asset is None or not self._accepts(asset):
            if old is not None:
                self.beginRemoveRows(QModelIndex(), old, old)
                del self._rows[old]
                self.endRemoveRows()
            return
        others = self._rows if old is None else self._rows[:old] + self._rows[old + 1 :]
        key = self._key(asset_id)
        if self._descending:
            new = bisect.bisect_left([self._key(a) for a in others[::-1]], key)
            new = len(others) - new
        else:
            new = bisect.bisect_left(others, key, key=self._key)
        if old is None:
            self.beginInsertRows(QModelIndex(), new, new)
            self._rows.insert(new, asset_id)
            self.endInsertRows()
        elif new == old:
            self.dataChanged.emit(self.index(old, 0), self.index(old, len(self.COLUMNS) - 1))
        else:
            self.beginMoveRows(QModelIndex(), old, old, QModelIndex(), new if new < old else new + 1)
            self._rows = [*others[:new], asset_id, *others[new:]]
            self.endMoveRows()
            self.dataChanged.emit(self.index(new, 0), self.index(new, len(self.COLUMNS) - 1))

    # -- Qt's model --

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's names)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Asset"),
            self.tr("Kind"),
            self.tr("Area"),
            self.tr("Category"),
            self.tr("Looked after by"),
            self.tr("Usefulness"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        asset = self.asset(index.row()) if index.isValid() else None
        if asset is None:
            return None
        if role == ID_ROLE:
            return asset.id
        if role == Qt.ItemDataRole.ToolTipRole and asset.description:
            return asset.description
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = self.COLUMNS[index.column()]
        if column == "kind":
            return kind_label(asset.kind)
        if column == "rating":
            return rating_text(asset)
        value: str = getattr(asset, column)
        return value
