"""Opportunities: gaps that no proposed, funding or active project names, most pressing first, each one a
"Start a project for this gap" away."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from commons_desktop.features.needs.gaps_panel import fill, read_only_table
from commons_desktop.features.needs.labels import urgency_label
from commons_desktop.widgets.screen_layout import named, styled_label
from sync.community import Gap, Opportunity

__all__ = ["OpportunitiesPanel"]


class OpportunitiesPanel(QWidget):
    sig_start_requested = Signal(object)  # the Gap to start a project for

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._opportunities: tuple[Opportunity, ...] = ()
        self.intro = styled_label(
            self.tr("Gaps no proposed, funding or active project sets out to meet. A project started here names "
                    "the gap's needs, so the gap leaves this list."),
            "muted",
            wrap=True,
        )  # fmt: skip
        self.table = read_only_table(
            (self.tr("Rank"), self.tr("Category"), self.tr("Area"), self.tr("Needs"), self.tr("Most urgent")),
            self.tr("Opportunities"),
            self.tr("Gaps a project could fill, the most pressing first"),
        )
        self.start = QPushButton(self.tr("Start a project for this gap…"))
        named(
            self.start,
            self.tr("Start a project for this gap"),
            self.tr("Propose a project linked to its needs"),
        )
        self.start.setEnabled(False)
        self.status = styled_label("", "muted", wrap=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.start.clicked.connect(self._start_clicked)

    def show_opportunities(self, opportunities: Sequence[Opportunity]) -> None:
        chosen = self.chosen()
        self._opportunities = tuple(opportunities)
        fill(
            self.table,
            [
                (str(o.rank), o.gap.category, o.gap.area, str(o.gap.count), urgency_label(o.gap.urgency))
                for o in self._opportunities
            ],
        )
        keys = [(o.gap.category, o.gap.area) for o in self._opportunities]
        if chosen is not None and (chosen.category, chosen.area) in keys:
            self.table.selectRow(keys.index((chosen.category, chosen.area)))
        self._selection_changed()

    def chosen(self) -> Gap | None:
        row = self.table.currentRow() if self.table.selectedItems() else -1
        return self._opportunities[row].gap if 0 <= row < len(self._opportunities) else None

    def _selection_changed(self) -> None:
        self.start.setEnabled(self.chosen() is not None)

    def _start_clicked(self) -> None:
        gap = self.chosen()
        if gap is not None:
            self.sig_start_requested.emit(gap)
