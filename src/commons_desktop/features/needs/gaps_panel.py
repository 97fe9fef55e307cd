"""Gaps and overlaps by category and area: open needs nobody meets, and support offered several times over,
with the counts a coordinator acts on (where to find help, where to send spare helpers)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.features.needs.labels import urgency_label
from commons_desktop.widgets.screen_layout import named, styled_label
from sync.community import Gap, Overlap

__all__ = ["GapsPanel", "read_only_table"]


def read_only_table(headers: Sequence[str], name: str, tip: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    named(table, name, tip)
    return table


def fill(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))


class GapsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = styled_label("", "muted", wrap=True)
        self.gaps_heading = styled_label(self.tr("Gaps: needs nobody meets"), "subheading")
        self.gaps = read_only_table(
            (self.tr("Category"), self.tr("Area"), self.tr("Needs nobody meets"), self.tr("Most urgent")),
            self.tr("Gaps"),
            self.tr("Open needs with no open offer and no asset of their category in their area"),
        )
        self.overlaps_heading = styled_label(
            self.tr("Overlaps: support offered several times over"), "subheading"
        )
        self.overlaps = read_only_table(
            (self.tr("Category"), self.tr("Area"), self.tr("Open needs"), self.tr("Open offers")),
            self.tr("Overlaps"),
            self.tr("Places where two or more open offers answer the same need"),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.gaps_heading)
        layout.addWidget(self.gaps, 3)
        layout.addWidget(self.overlaps_heading)
        layout.addWidget(self.overlaps, 2)

    def show_analysis(self, gaps: Sequence[Gap], overlaps: Sequence[Overlap]) -> None:
        fill(self.gaps, [(g.category, g.area, str(g.count), urgency_label(g.urgency)) for g in gaps])
        fill(self.overlaps, [(o.category, o.area, str(len(o.needs)), str(len(o.offers))) for o in overlaps])
        unmet = sum(g.count for g in gaps)
        self.summary.setText(
            self.tr("%n need(s) nobody meets", "", unmet)
            + " · "
            + self.tr("%n place(s) with a gap", "", len(gaps))
            + " · "
            + self.tr("%n place(s) offered several times over", "", len(overlaps))
        )
