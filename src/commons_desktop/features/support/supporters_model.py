"""The support network as the Support screen lists it: each supporter, what they see, and their circle's state.

`read_network` runs on the store's worker; the preview it reads comes from the sync service's own
`share_for_supporter`, so "what they see" is exactly what the service sends.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from commons_desktop.shares import share_for_supporter
from store import ProfileSession, Supporter
from sync.support_circle import SupportShare

__all__ = ["Network", "SupportersModel", "read_network"]

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Network:
    """One read of the support network: supporters, the share each would get, and their circles."""

    supporters: list[Supporter]
    previews: dict[str, SupportShare]  # supporter id → exactly what they would see
    circles: dict[str, str] = field(default_factory=dict)  # supporter id → circle space id (hex)


def read_network(session: ProfileSession) -> Network:
    supporters = session.supporters.list()
    circles = {
        link.supporter_id: link.space_id.hex() for link in session.support_circles.list() if link.supporter_id
    }
    return Network(supporters, {s.id: share_for_supporter(session, s.id, 0) for s in supporters}, circles)


class SupportersModel(QAbstractListModel):
    """One row per supporter: their name, and their relationship when there is one."""

    SupporterRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Supporter] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        supporter = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if supporter.relationship:
                return f"{supporter.name} ({supporter.relationship})"
            return supporter.name
        if role == self.SupporterRole:
            return supporter
        return None

    def set_supporters(self, supporters: list[Supporter]) -> None:
        self.beginResetModel()
        self._rows = list(supporters)
        self.endResetModel()

    def clear(self) -> None:
        self.set_supporters([])

    def supporter(self, row: int) -> Supporter | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, supporter_id: str) -> int:
        return next((row for row, s in enumerate(self._rows) if s.id == supporter_id), -1)
