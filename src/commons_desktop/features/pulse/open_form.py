"""Opening a pulse round (an admin): which questions, who agreed to take part (at least five) and how long it
stays open."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.widgets.screen_layout import named, styled_label
from sync.community import Member, PulseInstrument
from sync.pulse import MIN_PARTICIPANTS

from .pulse_text import instrument_title

__all__ = ["OpenRoundForm"]


class OpenRoundForm(QFrame):
    sig_open = Signal(object, tuple, object)  # PulseInstrument, member ids, closes at (aware UTC datetime)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.instrument = QComboBox()
        for instrument in PulseInstrument:
            self.instrument.addItem(instrument_title(instrument), instrument)
        named(self.instrument, self.tr("Questions"), self.tr("Which well-being questions the round asks"))
        self.days = QSpinBox()
        self.days.setRange(1, 60)
        self.days.setValue(7)
        self.days.setSuffix(self.tr(" days"))
        named(self.days, self.tr("Open for"), self.tr("How many days people have to answer"))
        self.people = QListWidget()
        self.people.setMaximumHeight(160)
        named(self.people, self.tr("Who takes part"), self.tr("Tick the people who agreed to take part"))
        self.hint = styled_label("", "muted", wrap=True)
        self.open_button = QPushButton(self.tr("Open the round"))
        named(self.open_button, self.tr("Open the round"), self.tr("Ask the ticked people these questions"))
        form = QFormLayout()
        form.addRow(self.tr("Questions"), self.instrument)
        form.addRow(self.tr("Open for"), self.days)
        form.addRow(self.tr("Who takes part"), self.people)
        row = QHBoxLayout()
        row.addWidget(self.hint, 1)
        row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(styled_label(self.tr("Open a well-being round"), "subheading"))
        layout.addWidget(
            styled_label(
                self.tr(
                    "Ask only people who agreed to take part. A result shows only when everyone on the list "
                    "has answered, and never for fewer than five people."
                ),
                "muted",
                wrap=True,
            )
        )
        layout.addLayout(form)
        layout.addLayout(row)
        self.people.itemChanged.connect(self._count)
        self.open_button.clicked.connect(self._open)
        self._count()

    def set_members(self, members: dict[str, Member]) -> None:
        ticked = {
            self.people.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.people.count())
            if self.people.item(i).checkState() is Qt.CheckState.Checked
        }
        self.people.blockSignals(True)
        self.people.clear()
        for member in sorted(members.values(), key=lambda m: m.name.casefold()):
            item = QListWidgetItem(member.name)
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if member.id in ticked else Qt.CheckState.Unchecked)
            self.people.addItem(item)
        self.people.blockSignals(False)
        self._count()

    def chosen(self) -> tuple[str, ...]:
        return tuple(
            str(self.people.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.people.count())
            if self.people.item(i).checkState() is Qt.CheckState.Checked
        )

    def _count(self, *_args: object) -> None:
        n = len(self.chosen())
        self.open_button.setEnabled(n >= MIN_PARTICIPANTS)
        if n < MIN_PARTICIPANTS:
            self.hint.setText(self.tr("Tick at least %n people.", "", MIN_PARTICIPANTS))
        else:
            self.hint.setText(self.tr("%n people ticked.", "", n))

    def _open(self) -> None:
        closes = dt.datetime.now(dt.UTC) + dt.timedelta(days=self.days.value())
        self.open_button.setEnabled(False)
        self.sig_open.emit(self.instrument.currentData(), self.chosen(), closes)
