"""The items of one plan section as a table: the item, and its response where the section has one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from commons_desktop.labels import section_response_label
from store import PlanItem, PlanSection

_Index = QModelIndex | QPersistentModelIndex


class PlanItemsModel(QAbstractTableModel):
    """Edits are not applied here: they become sig_edit_requested, and the item changes once the store agrees."""

    sig_edit_requested = Signal(str, str, str)  # item id, text, response

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._section: PlanSection | None = None
        self._items: list[PlanItem] = []

    @property
    def section(self) -> PlanSection | None:
        return self._section

    @property
    def items(self) -> list[PlanItem]:
        return list(self._items)

    def set_items(self, section: PlanSection | None, items: list[PlanItem]) -> None:
        self.beginResetModel()
        self._section = section
        self._items = list(items)
        self.endResetModel()

    def clear(self) -> None:
        self.set_items(None, [])

    def item_at(self, row: int) -> PlanItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, item_id: str) -> int:
        return next((i for i, item in enumerate(self._items) if item.id == item_id), -1)

    def replace(self, item: PlanItem) -> None:
        row = self.row_of(item.id)
        if row >= 0:
            self._items[row] = item
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's signature)
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's signature)
        if parent.isValid() or self._section is None:
            return 1
        return 2 if self._section.response_label is not None else 1

    def headerData(  # noqa: N802 (Qt's name)
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 1 and self._section is not None:
            return section_response_label(self._section)
        return self.tr("Item")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return item.text if index.column() == 0 else item.response
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return item.text if index.column() == 0 else item.response
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        item = self.item_at(index.row()) if index.isValid() else None
        if item is None or role != Qt.ItemDataRole.EditRole or not isinstance(value, str):
            return False
        text, response = (value, item.response) if index.column() == 0 else (item.text, value)
        if (text, response) != (item.text, item.response):
            self.sig_edit_requested.emit(item.id, text, response)
        return False  # the store decides; replace() shows the result
