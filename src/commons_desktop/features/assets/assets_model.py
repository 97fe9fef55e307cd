"""A community's assets as a table, following its `CommunityState` record by record: a peer's change to one
asset updates one row (`dataChanged`), a new asset inserts one row; only a whole new community resets."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from commons_desktop.community_state import CommunityState
from sync.community import Asset, AssetKind

__all__ = ["KIND_ROLE", "AssetFilter", "AssetsModel", "kind_label"]

Index = QModelIndex | QPersistentModelIndex
KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's AssetKind, for the kind filter
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the asset's id


def kind_label(kind: AssetKind) -> str:
    translate = QCoreApplication.translate
    return {
        AssetKind.NATURAL: translate("AssetsModel", "Natural"),
        AssetKind.HUMAN: translate("AssetsModel", "Skills and knowledge"),
        AssetKind.BUILT: translate("AssetsModel", "Built"),
        AssetKind.INDUSTRIAL: translate("AssetsModel", "Industrial"),
    }[kind]


def _rating(asset: Asset) -> str:
    if not asset.ratings:
        return ""
    stars = sum(asset.ratings.values()) / len(asset.ratings)
    return f"{stars:.1f} ★ ({len(asset.ratings)})"


class AssetsModel(QAbstractTableModel):
    COLUMNS = ("title", "kind", "area", "category", "steward", "rating")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state: CommunityState | None = None
        self._ids: list[str] = []
        self._rows: dict[str, int] = {}

    def set_state(self, state: CommunityState | None) -> None:
        """Show *state*'s assets (None: none), and follow its changes from now on."""
        if self._state is not None:
            for signal, slot in self._connections(self._state):
                signal.disconnect(slot)
        self._state = state
        if state is not None:
            for signal, slot in self._connections(state):
                signal.connect(slot)
        self._reset()

    def _connections(self, state: CommunityState) -> list[tuple[Any, Any]]:
        return [
            (state.sig_loaded, self._reset),
            (state.sig_assets_changed, self._changed),
            (state.sig_assets_removed, self._removed),
        ]

    @property
    def state(self) -> CommunityState | None:
        return self._state

    def asset(self, row: int) -> Asset | None:
        if self._state is None or not 0 <= row < len(self._ids):
            return None
        return self._state.assets.get(self._ids[row])

    # -- following the state --

    def _reset(self) -> None:
        self.beginResetModel()
        self._ids = list(self._state.assets) if self._state is not None else []
        self._rows = {asset_id: row for row, asset_id in enumerate(self._ids)}
        self.endResetModel()

    def _changed(self, ids: tuple[str, ...]) -> None:
        new = [asset_id for asset_id in ids if asset_id not in self._rows]
        for asset_id in ids:
            row = self._rows.get(asset_id)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
        if new:
            first = len(self._ids)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            for asset_id in new:
                self._rows[asset_id] = len(self._ids)
                self._ids.append(asset_id)
            self.endInsertRows()

    def _removed(self, ids: tuple[str, ...]) -> None:
        for asset_id in ids:
            row = self._rows.get(asset_id)
            if row is None:
                continue
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._ids[row]
            self._rows = {a: r for r, a in enumerate(self._ids)}
            self.endRemoveRows()

    # -- Qt's model --

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's names)
        return 0 if parent.isValid() else len(self._ids)

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
        if role == KIND_ROLE:
            return asset.kind.value
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
            return _rating(asset)
        value: str = getattr(asset, column)
        return value


class AssetFilter(QSortFilterProxyModel):
    """Search (in title, area, category, steward and description) and one kind."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._kind: str = ""
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)

    def set_search(self, text: str) -> None:
        self._words = text.casefold().split()
        self.invalidateFilter()

    def set_kind(self, kind: str) -> None:
        """An AssetKind's value, or "" for every kind."""
        self._kind = kind
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not isinstance(model, AssetsModel):
            return True
        asset = model.asset(source_row)
        if asset is None:
            return False
        if self._kind and asset.kind.value != self._kind:
            return False
        if not self._words:
            return True
        text = " ".join(
            (asset.title, asset.area, asset.category, asset.steward, asset.description)
        ).casefold()
        return all(word in text for word in self._words)
