"""The "New circle" dialog: name, how much each pays in, how often, from when, who is listed, and the payout
order — agreed (as listed, moved up and down) or drawn by lot on this computer when the circle is made. Everyone
listed is asked to join; the circle starts once they all have."""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.widgets.screen_layout import named

__all__ = ["CircleForm", "NewCircle"]

RHYTHMS = (
    (7, QT_TRANSLATE_NOOP("CircleForm", "Every week")),
    (14, QT_TRANSLATE_NOOP("CircleForm", "Every two weeks")),
    (30, QT_TRANSLATE_NOOP("CircleForm", "Every month")),
)


@dataclass(frozen=True)
class NewCircle:
    name: str
    member_ids: tuple[str, ...]  # the payout order
    contribution_minor: int
    currency: str
    period_days: int
    starts_on: dt.date


class CircleForm(QDialog):
    """*people* are (member id, name) pairs; *me* is ticked to start with."""

    def __init__(self, people: list[tuple[str, str]], me: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New lending circle"))
        self.made: NewCircle | None = None  # what was chosen, once Make circle was pressed
        self.name = QLineEdit()
        self.name.setMaxLength(120)
        named(self.name, self.tr("Name"), self.tr("What the circle is called"))
        self.amount = QDoubleSpinBox()
        self.amount.setRange(0.01, 100_000)
        self.amount.setDecimals(2)
        self.amount.setValue(20)
        named(self.amount, self.tr("Each pays in"), self.tr("How much each member pays in every round"))
        self.currency = QLineEdit("EUR")
        self.currency.setMaxLength(3)
        named(self.currency, self.tr("Currency"), self.tr("A three-letter currency code, such as EUR or GBP"))
        self.rhythm = QComboBox()
        for days, text in RHYTHMS:
            self.rhythm.addItem(self.tr(str(text)), days)
        self.rhythm.setCurrentIndex(2)
        named(self.rhythm, self.tr("How often"), self.tr("How often a round comes round"))
        self.starts = QDateEdit(QDate.currentDate())
        self.starts.setCalendarPopup(True)
        named(self.starts, self.tr("First round"), self.tr("The date of the first round"))
        self.members = QListWidget()
        for member_id, name in people:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, member_id)
            item.setCheckState(Qt.CheckState.Checked if member_id == me else Qt.CheckState.Unchecked)
            self.members.addItem(item)
        named(
            self.members,
            self.tr("Members"),
            self.tr("Tick who is in the circle; the order is the payout order"),
        )
        self.up = QPushButton(self.tr("Up"))
        named(self.up, self.tr("Up"), self.tr("Move the selected person earlier in the payout order"))
        self.down = QPushButton(self.tr("Down"))
        named(self.down, self.tr("Down"), self.tr("Move the selected person later in the payout order"))
        self.agreed = QRadioButton(self.tr("In the order listed (agreed together)"))
        named(
            self.agreed, self.tr("Agreed order"), self.tr("The first ticked person receives the first round")
        )
        self.by_lot = QRadioButton(self.tr("Drawn by lot"))
        named(
            self.by_lot,
            self.tr("Drawn by lot"),
            self.tr("The order is drawn at random when the circle is made"),
        )
        self.agreed.setChecked(True)
        self.asked = QLabel(
            self.tr(
                "Everyone you tick is asked to join; nobody is in a circle without agreeing. It starts once"
                " they all have. Each round, the others pay its recipient, who confirms each payment."
            )
        )
        self.asked.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        named(self.problem, self.tr("Problem"), self.tr("What is missing before the circle can be made"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Make circle"))
        named(ok, self.tr("Make circle"), self.tr("Make the circle for everyone in the community to see"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        named(cancel, self.tr("Cancel"), self.tr("Close without making a circle"))
        self._lay_out()
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Each pays in"), self.amount)
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow(self.tr("How often"), self.rhythm)
        form.addRow(self.tr("First round"), self.starts)
        moves = QVBoxLayout()
        moves.addWidget(self.up)
        moves.addWidget(self.down)
        moves.addStretch(1)
        people = QHBoxLayout()
        people.addWidget(self.members, 1)
        people.addLayout(moves)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Members, in the payout order")))
        layout.addLayout(people)
        layout.addWidget(self.agreed)
        layout.addWidget(self.by_lot)
        layout.addWidget(self.asked)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _move(self, step: int) -> None:
        row = self.members.currentRow()
        to = row + step
        if row < 0 or not 0 <= to < self.members.count():
            return
        item = self.members.takeItem(row)
        self.members.insertItem(to, item)
        self.members.setCurrentRow(to)

    def ticked(self) -> list[str]:
        items = (self.members.item(i) for i in range(self.members.count()))
        return [
            str(i.data(Qt.ItemDataRole.UserRole)) for i in items if i.checkState() == Qt.CheckState.Checked
        ]

    def circle(self) -> NewCircle | None:
        """What was chosen, the order drawn if by lot; None (with the reason shown) if something is missing."""
        name = self.name.text().strip()
        members = self.ticked()
        currency = self.currency.text().strip().upper()
        if not name:
            self.problem.setText(self.tr("Give the circle a name."))
            return None
        if len(members) < 2:
            self.problem.setText(self.tr("Tick at least two members."))
            return None
        if len(currency) != 3 or not currency.isalpha():
            self.problem.setText(self.tr("The currency is a three-letter code, such as EUR or GBP."))
            return None
        if self.by_lot.isChecked():
            secrets.SystemRandom().shuffle(members)
        self.problem.clear()
        return NewCircle(
            name,
            tuple(members),
            round(self.amount.value() * 100),
            currency,
            int(self.rhythm.currentData()),
            _day(self.starts.date()),
        )

    def _accept(self) -> None:
        self.made = self.circle()  # drawn once: the order shown afterwards is the one sent
        if self.made is not None:
            self.accept()


def _day(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())
