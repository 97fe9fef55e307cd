"""Filling a table widget whose columns fit their contents, with the widths measured once, not per cell.

A `QTableWidget` whose header resizes its sections to their contents measures the columns again after every
`setItem` while it is shown: on a screen with thousands of rows (a purse's deposits, a community's time-credit
history) one refill took minutes of the Qt thread. Inside `filling(table)` the header keeps its widths and the
table does not paint; on leaving, the columns fit what was put in, once.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtWidgets import QHeaderView, QTableWidget

__all__ = ["filling"]


@contextlib.contextmanager
def filling(table: QTableWidget) -> Iterator[None]:
    header = table.horizontalHeader()
    modes = [header.sectionResizeMode(column) for column in range(table.columnCount())]
    painting = table.updatesEnabled()
    table.setUpdatesEnabled(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    try:
        yield
    finally:
        for column, mode in enumerate(modes[: table.columnCount()]):
            header.setSectionResizeMode(column, mode)
        table.setUpdatesEnabled(painting)
