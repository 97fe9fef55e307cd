"""A table of text rows, each keyed by an id, whose refill touches only what changed.

The money screens show up to 500 rows (a purse's history, the time-credit history) and get a new answer from
the service after every ledger change. Rebuilding a `QTableWidget` made an item per cell and measured every
row again: tens of milliseconds of the Qt thread each time. `KeyedRowsModel.set_rows` instead compares the
new rows with the shown ones by key: the rows a new answer adds at either end are inserted, the rows it drops
at either end removed, changed cells repainted, and only a reordering resets the model. The view measures its
columns from the first `MEASURED_ROWS` rows and those on screen, so neither a reset nor a resize costs more than
about a screenful.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

__all__ = ["KEY_ROLE", "MEASURED_ROWS", "KeyedRow", "KeyedRowsModel", "KeyedTable"]

KEY_ROLE = Qt.ItemDataRole.UserRole  # a row's key, on every cell of the row
MEASURED_ROWS = 50
"""How many rows a header fitting its columns to their contents measures (`setResizeContentsPrecision`): the
rows on screen and a few more, not all 500 (0, the rows on screen only, measured one row when the table was
filled before it was laid out, and wrapped the others' text)."""
_Index = QModelIndex | QPersistentModelIndex


class KeyedRow(NamedTuple):
    key: str
    cells: tuple[str, ...]


class KeyedRowsModel(QAbstractTableModel):
    """Rows in the order given (the service's order: newest first in a history), never sorted here."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = tuple(headers)
        self._rows: list[KeyedRow] = []

    # -- Qt's model protocol --

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's name and default)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self._rows[index.row()] if index.isValid() and index.row() < len(self._rows) else None
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.cells[index.column()] if index.column() < len(row.cells) else ""
        if role == KEY_ROLE:
            return row.key
        return None

    def headerData(  # noqa: N802 (Qt's name)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if section < len(self._headers) else None
        return None

    # -- reading --

    @property
    def rows(self) -> tuple[KeyedRow, ...]:
        return tuple(self._rows)

    def key_at(self, row: int) -> str | None:
        return self._rows[row].key if 0 <= row < len(self._rows) else None

    def row_of(self, key: str) -> int | None:
        return next((r for r, row in enumerate(self._rows) if row.key == key), None)

    # -- changing --

    def set_rows(self, rows: Sequence[KeyedRow]) -> None:
        """Show *rows*: inserts and removals at either end and changed cells when the kept rows keep their
        order, a reset otherwise. The result is always the same as a reset with *rows*."""
        new = [KeyedRow(key, tuple(cells)) for key, cells in rows]
        span = _kept_span(self._rows, new)
        if span is None:
            self.beginResetModel()
            self._rows = new
            self.endResetModel()
            return
        kept_from, kept_to, inserted_before = span
        before = list(self._rows)
        self._remove(kept_to, len(self._rows))
        self._remove(0, kept_from)
        self._insert(0, new[:inserted_before])
        kept = kept_to - kept_from
        self._insert(inserted_before + kept, new[inserted_before + kept :])
        self._update(inserted_before, new[inserted_before : inserted_before + kept])
        if self._rows != before and self._headers:
            # A header fitting its columns to their contents measures again on a reset or a header change,
            # not on inserted rows: say the columns may need other widths.
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    def _remove(self, first: int, end: int) -> None:
        if end > first:
            self.beginRemoveRows(QModelIndex(), first, end - 1)
            del self._rows[first:end]
            self.endRemoveRows()

    def _insert(self, at: int, rows: list[KeyedRow]) -> None:
        if rows:
            self.beginInsertRows(QModelIndex(), at, at + len(rows) - 1)
            self._rows[at:at] = rows
            self.endInsertRows()

    def _update(self, first: int, rows: list[KeyedRow]) -> None:
        changed = [first + n for n, row in enumerate(rows) if self._rows[first + n] != row]
        for r in changed:
            self._rows[r] = rows[r - first]
        if changed:
            last_column = max(0, len(self._headers) - 1)
            self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], last_column))


def _kept_span(old: list[KeyedRow], new: list[KeyedRow]) -> tuple[int, int, int] | None:
    """Where the rows kept from *old* are: old[kept_from:kept_to] is new[inserted_before:...] by key, the rest
    of *old* dropped from its ends and the rest of *new* added at its ends; None when no such span exists (the
    rows were reordered, or nothing is kept)."""
    if not old or not new:
        return None
    where = {row.key: n for n, row in enumerate(new)}
    if len(where) != len(new):
        return None  # keys repeat: only a reset is certain
    kept = [n for n, row in enumerate(old) if row.key in where]
    if not kept:
        return None
    kept_from, kept_to = kept[0], kept[-1] + 1
    if len(kept) != kept_to - kept_from:
        return None  # a row in the middle was dropped
    start = where[old[kept_from].key]
    if any(where[old[kept_from + n].key] != start + n for n in range(kept_to - kept_from)):
        return None
    return kept_from, kept_to, start


class KeyedTable(QTableView):
    """A read-only table of `KeyedRowsModel` rows, one selected at a time; columns fit about a screenful."""

    sig_selection_changed = Signal()

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows_model = KeyedRowsModel(headers, self)
        self.setModel(self.rows_model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setResizeContentsPrecision(MEASURED_ROWS)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.selectionModel().selectionChanged.connect(lambda *_: self.sig_selection_changed.emit())

    def set_rows(self, rows: Sequence[KeyedRow]) -> None:
        """Show *rows*, keeping the selected row selected when it is still there, and nothing selected when it
        is gone (Qt would move the selection to a neighbour, one the person never chose)."""
        selected = self.selected_key()
        self.rows_model.set_rows(rows)
        if selected is None or self.selected_key() == selected:
            return
        if self.rows_model.row_of(selected) is None:
            self.clearSelection()
        else:
            self.select_key(selected)

    def row_count(self) -> int:
        return self.rows_model.rowCount()

    def text(self, row: int, column: int) -> str:
        return str(self.rows_model.index(row, column).data() or "")

    def selected_key(self) -> str | None:
        rows = self.selectionModel().selectedRows()
        return self.rows_model.key_at(rows[0].row()) if rows else None

    def select_key(self, key: str) -> None:
        row = self.rows_model.row_of(key)
        if row is not None:
            self.selectRow(row)
