"""The form behind "Start a project for this gap": a proposed project prefilled from the gap, linked to its needs
by id (not by a word match), its money terms checked here first, each problem naming its field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.features.needs.need_form import qdate_day
from commons_desktop.widgets.screen_layout import named
from sync.community import Gap

__all__ = ["GapProjectForm", "ProjectDraft"]


@dataclass(frozen=True)
class ProjectDraft:
    need_ids: tuple[str, ...]
    title: str
    goal: str
    metric: str
    unit: str
    target_value: int
    stake_price_minor: int
    currency: str
    stakes_offered: int
    bonus_percent: int
    repay_by: dt.date


Submit = Callable[[ProjectDraft, Callable[[str], None], Callable[[str], None]], None]


class GapProjectForm(QDialog):
    def __init__(self, gap: Gap, currency: str, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start a project for this gap"))
        self._gap, self._submit = gap, submit
        needs = "\n".join(f"• {n.description.splitlines()[0]}" for n in gap.needs[:8] if n.description)
        self.linked = QLabel(
            self.tr("Linked to %n need(s) in {category}, {area}:", "", gap.count).format(
                category=gap.category, area=gap.area
            )
            + "\n"
            + needs
        )
        self.linked.setWordWrap(True)
        self.title = QLineEdit(
            self.tr("{category} in {area}").format(category=gap.category.capitalize(), area=gap.area)
        )
        named(self.title, self.tr("Title"), self.tr("The project's name"))
        self.goal = QPlainTextEdit(
            self.tr("Meet what neighbours in {area} need: {needs}").format(
                area=gap.area,
                needs="; ".join(n.description.splitlines()[0] for n in gap.needs[:5] if n.description),
            )
        )
        self.goal.setTabChangesFocus(True)
        self.goal.setFixedHeight(70)
        named(self.goal, self.tr("Goal"), self.tr("What the project will do"))
        self.measure = QLineEdit(self.tr("needs met"))
        named(self.measure, self.tr("Measure"), self.tr("The social benefit it counts, e.g. meals served"))
        self.unit = QLineEdit(self.tr("needs"))
        named(self.unit, self.tr("Unit"), self.tr("What one of the measure is, e.g. meals"))
        self.target = QSpinBox()
        self.target.setRange(1, 1_000_000)
        self.target.setValue(max(1, gap.count))
        named(self.target, self.tr("Target"), self.tr("How many, in the unit, when it has done its work"))
        self.price = QDoubleSpinBox()
        self.price.setRange(0.0, 1_000_000.0)
        self.price.setDecimals(2)
        self.price.setValue(25.0)
        named(self.price, self.tr("Stake price"), self.tr("What one stake costs"))
        self.currency = QLineEdit(currency)
        self.currency.setMaxLength(3)
        named(self.currency, self.tr("Currency"), self.tr("Three capital letters, e.g. GBP or EUR"))
        self.stakes = QSpinBox()
        self.stakes.setRange(0, 100_000)
        self.stakes.setValue(10)
        named(self.stakes, self.tr("Stakes offered"), self.tr("How many stakes neighbours can buy"))
        self.bonus = QSpinBox()
        self.bonus.setRange(0, 100)
        self.bonus.setSuffix(" %")
        named(self.bonus, self.tr("Bonus"), self.tr("Paid on top of each stake when the target is met"))
        self.repay_by = QDateEdit(QDate.currentDate().addYears(1))
        self.repay_by.setCalendarPopup(True)
        self.repay_by.setDisplayFormat("d MMM yyyy")
        named(self.repay_by, self.tr("Repay by"), self.tr("When stakeholders are repaid"))
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        for label, field in (
            (self.tr("Title"), self.title),
            (self.tr("Goal"), self.goal),
            (self.tr("Measure"), self.measure),
            (self.tr("Unit"), self.unit),
            (self.tr("Target"), self.target),
            (self.tr("Stake price"), self.price),
            (self.tr("Currency"), self.currency),
            (self.tr("Stakes offered"), self.stakes),
            (self.tr("Bonus"), self.bonus),
            (self.tr("Repay by"), self.repay_by),
        ):
            form.addRow(label, field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start = buttons.addButton(self.tr("Propose the project"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.start.setDefault(True)
        named(
            self.start, self.tr("Propose the project"), self.tr("Share the proposal, linked to these needs")
        )
        named(buttons.button(QDialogButtonBox.StandardButton.Cancel), self.tr("Cancel"), self.tr("Close"))
        buttons.accepted.connect(self.try_start)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.linked)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def draft(self) -> ProjectDraft | str:
        """The form's content, or the first problem with it (naming the field)."""
        title, goal = self.title.text().strip(), self.goal.toPlainText().strip()
        metric, unit = self.measure.text().strip(), self.unit.text().strip()
        currency = self.currency.text().strip()
        price = round(self.price.value() * 100)
        checks = (
            (not title or len(title) > 200, self.tr("Title: name the project in up to 200 characters.")),
            (not goal or len(goal) > 4000, self.tr("Goal: say what the project will do.")),
            (not metric or len(metric) > 120, self.tr("Measure: say what it counts, e.g. meals served.")),
            (not unit or len(unit) > 40, self.tr("Unit: say what one of the measure is, e.g. meals.")),
            (price < 1, self.tr("Stake price: a stake costs something; enter more than 0.")),
            (
                len(currency) != 3
                or not currency.isascii()
                or not currency.isalpha()
                or not currency.isupper(),
                self.tr("Currency: three capital letters, e.g. GBP or EUR."),
            ),
            (self.stakes.value() < 1, self.tr("Stakes offered: offer at least one stake.")),
            (
                qdate_day(self.repay_by.date()) <= dt.date.today(),
                self.tr("Repay by: choose a day after today."),
            ),
        )
        for bad, message in checks:
            if bad:
                return message
        return ProjectDraft(
            tuple(n.id for n in self._gap.needs),
            title,
            goal,
            metric,
            unit,
            self.target.value(),
            price,
            currency,
            self.stakes.value(),
            self.bonus.value(),
            qdate_day(self.repay_by.date()),
        )

    def try_start(self) -> None:
        draft = self.draft()
        if isinstance(draft, str):
            self._show_error(draft)
            return
        self.start.setEnabled(False)
        self._submit(draft, lambda _id: self.accept(), self._failed)

    def _failed(self, reason: str) -> None:
        self.start.setEnabled(True)
        self._show_error(reason)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
