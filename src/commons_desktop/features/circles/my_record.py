"""My own record of lending circles: how many I completed (every round received and confirmed, as the service
counts the signed ledger), and my choice to show that number on my card in the community."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from commons_desktop.service.values import CircleInfo
from commons_desktop.widgets.screen_layout import named

__all__ = ["MyRecord"]


class MyRecord(QWidget):
    sig_show_changed = Signal(bool)  # the person ticked or unticked "Show this on my card"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count = QLabel()
        named(
            self.count,
            self.tr("Your circles"),
            self.tr("Lending circles you completed, every round confirmed"),
        )
        self.show_on_card = QCheckBox(self.tr("Show this on my card in the community"))
        named(
            self.show_on_card,
            self.tr("Show completed circles on my card"),
            self.tr("Your choice: others see only the number, counted from the signed ledger"),
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.count)
        layout.addWidget(self.show_on_card)
        layout.addStretch(1)
        self.show_on_card.toggled.connect(self.sig_show_changed)

    def show_record(self, circles: tuple[CircleInfo, ...], shown: bool | None) -> None:
        """*shown*: my member record's choice (None: I have no record here yet, so there is no card)."""
        done = sum(1 for c in circles if c.mine and c.complete)
        self.count.setText(self.tr("Lending circles you completed: %1").replace("%1", str(done)))
        self.show_on_card.blockSignals(True)
        self.show_on_card.setChecked(bool(shown))
        self.show_on_card.blockSignals(False)
        self.show_on_card.setEnabled(shown is not None)
