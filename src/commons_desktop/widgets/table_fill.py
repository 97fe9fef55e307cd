"""Filling a table widget whose columns fit their contents, with the widths measured once, not per cell.

A `QTableWidget` whose header resizes its sections to their contents measures the columns again after every
`setItem` while it is shown: on a screen with thousands of rows (a purse's deposits, a community's time-credit
history) one refill took minutes of the Qt thread. Inside `filling(table)` the header keeps its widths and the
table does not paint; on leaving, the columns fit what was put in, once.

Painting is turned back on unless the table itself had it off. Not `updatesEnabled()` as it was on entry: that
is also false while an ancestor has updates off — as `QStackedWidget` does while it switches pages, which is
when a screen that fills in its show event fills — and restoring that left the table unpainted for good.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget

__all__ = ["filling"]


@contextlib.contextmanager
def filling(table: QTableWidget) -> Iterator[None]:
    header = table.horizontalHeader()
    modes = [header.sectionResizeMode(column) for column in range(table.columnCount())]
    off_already = table.testAttribute(Qt.WidgetAttribute.WA_ForceUpdatesDisabled)  # by its own setting
    table.setUpdatesEnabled(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    try:
        yield
    finally:
        for column, mode in enumerate(modes[: table.columnCount()]):
            header.setSectionResizeMode(column, mode)
        table.setUpdatesEnabled(not off_already)
