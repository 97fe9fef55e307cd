"""`filling`: a table filled while its screen is being switched to paints afterwards."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QTableWidget, QVBoxLayout, QWidget

from commons_desktop.widgets.table_fill import filling
from commons_desktop.widgets.when_shown import WhenShown


class _Screen(QWidget):
    """A screen whose table is filled in its show event (as `WhenShown` does for a pending redraw)."""

    def __init__(self) -> None:
        super().__init__()
        self.table = QTableWidget(0, 2)
        QVBoxLayout(self).addWidget(self.table)
        self.render = WhenShown(self, self.fill)

    def fill(self) -> None:
        with filling(self.table):
            self.table.setRowCount(3)


def test_a_table_filled_while_its_page_is_switched_to_paints_afterwards(qtbot) -> None:
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    stack.addWidget(QWidget())
    screen = _Screen()
    stack.addWidget(screen)
    stack.show()
    screen.render.request()  # hidden: it runs as the page shows, while the stack has updates off
    stack.setCurrentWidget(screen)
    assert screen.table.rowCount() == 3
    assert screen.table.updatesEnabled()


def test_a_table_whose_painting_was_off_stays_off(qtbot) -> None:
    table = QTableWidget(0, 1)
    qtbot.addWidget(table)
    table.setUpdatesEnabled(False)
    with filling(table):
        table.setRowCount(2)
    assert not table.updatesEnabled()
    table.setUpdatesEnabled(True)
    with filling(table):
        table.setRowCount(4)
    assert table.updatesEnabled()
