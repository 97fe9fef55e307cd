"""The payments made to me that wait for my confirmation, one line each: "Confirm you received 20.00 EUR from
Ana (round 1)" with a **Confirm received** button. A round is complete once its recipient confirmed every
payment, so this is where a round gets finished."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from commons_desktop.service.values import CirclePayment
from commons_desktop.widgets.screen_layout import named
from sync.community.ledger import format_amount

__all__ = ["ConfirmPanel"]


class ConfirmPanel(QWidget):
    sig_confirm = Signal(str)  # the payment's ledger entry id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QPushButton] = []  # one per payment shown, in order
        self.lines: list[QLabel] = []

    def show_payments(self, payments: tuple[CirclePayment, ...]) -> None:
        while self._rows.count():
            item = self._rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons, self.lines = [], []
        for payment in payments:
            self._add(payment)
        self.setVisible(bool(payments))

    def _add(self, payment: CirclePayment) -> None:
        text = (
            self.tr("Confirm you received %1 from %2 (round %3).")
            .replace("%1", format_amount(payment.amount_minor, payment.currency))
            .replace("%2", payment.payer_name)
            .replace("%3", str(payment.round + 1))
        )
        line = QLabel(text)
        line.setWordWrap(True)
        named(line, self.tr("Payment to confirm"), text)
        button = QPushButton(self.tr("Confirm received"))
        named(
            button,
            self.tr("Confirm received from %1").replace("%1", payment.payer_name),
            self.tr(
                "Sign that this payment reached you; the round is complete once every payment is confirmed"
            ),
        )
        button.clicked.connect(lambda _checked=False, key=payment.id: self.sig_confirm.emit(key))
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(line, 1)
        layout.addWidget(button)
        self._rows.addWidget(row)
        self.buttons.append(button)
        self.lines.append(line)
