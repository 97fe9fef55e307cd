"""The Projects screen's forms: a new project (its target, money terms and the need it answers), buying stakes,
a progress report and a repayment. Each checks what it can first, naming the field; what only the ledger's
rules can judge comes back from the sync service as its reason, shown in the form, with nothing recorded."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.widgets.screen_layout import named
from sync.community import Project
from sync.community.ledger import format_amount

__all__ = ["BuyStakesForm", "ConfirmForm", "NewProjectForm", "ProgressForm", "ProjectDraft", "RepaymentForm"]

Done = Callable[[object], None]
Failed = Callable[[str], None]


@dataclass(frozen=True)
class ProjectDraft:
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
    need_id: str  # "" when it answers no need on record
    verifiers: tuple[str, ...]  # members who confirm the target is met
    verifiers_needed: int  # how many of them must


class _Form(QDialog):
    """A dialog with a form, a line for its problem, and one button that sends it."""

    def __init__(self, title: str, action: str, tip: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.problem = QLabel()
        self.problem.setObjectName("error")
        self.problem.setWordWrap(True)
        self.problem.hide()
        named(self.problem, self.tr("Problem"), self.tr("What to change before it can be recorded"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send: QPushButton = buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.send.setDefault(True)
        named(self.send, action, tip)
        named(buttons.button(QDialogButtonBox.StandardButton.Cancel), self.tr("Cancel"), self.tr("Close"))
        buttons.accepted.connect(self.try_send)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def row(self, label: str, widget: QWidget, tip: str) -> None:
        named(widget, label, tip)
        self.form.addRow(label, widget)

    def try_send(self) -> None:
        raise NotImplementedError

    def sending(self) -> None:
        self.send.setEnabled(False)
        self.problem.hide()

    def failed(self, reason: str) -> None:
        self.send.setEnabled(True)
        self.problem.setText(reason)
        self.problem.show()
        self.adjustSize()  # a wrapped reason needs more height than the dialog had: grow, clip nothing

    def done_ok(self, _result: object = None) -> None:
        self.accept()


def _money_box(decimals_value: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0.0, 1_000_000.0)
    box.setDecimals(2)
    box.setValue(decimals_value)
    return box


class NewProjectForm(_Form):
    def __init__(
        self,
        needs: list[tuple[str, str]],
        members: list[tuple[str, str]],  # (member id, name), in the order to show
        currency: str,
        submit: Callable[[ProjectDraft, Done, Failed], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("New project"),
            self.tr("Propose the project"),
            self.tr("Share the project with the community"),
            parent,
        )
        self._submit = submit
        self.title = QLineEdit()
        self.row(self.tr("Title"), self.title, self.tr("The project's name"))
        self.goal = QPlainTextEdit()
        self.goal.setTabChangesFocus(True)
        self.goal.setFixedHeight(60)
        self.row(self.tr("Goal"), self.goal, self.tr("What the project will do"))
        self.need = QComboBox()
        self.need.addItem(self.tr("(no need on record)"), "")
        for need_id, text in needs:
            self.need.addItem(text, need_id)
        self.row(
            self.tr("Answers the need"), self.need, self.tr("The open need this project sets out to meet")
        )
        self.measure = QLineEdit()
        self.row(self.tr("Measure"), self.measure, self.tr("The social benefit it counts, e.g. meals served"))
        self.unit = QLineEdit()
        self.row(self.tr("Unit"), self.unit, self.tr("What one of the measure is, e.g. meals"))
        self.target = QSpinBox()
        self.target.setRange(1, 1_000_000)
        self.target.setValue(100)
        self.row(self.tr("Target"), self.target, self.tr("How many, in the unit, when it has done its work"))
        self.price = _money_box(25.0)
        self.row(self.tr("Stake price"), self.price, self.tr("What one stake costs"))
        self.currency = QLineEdit(currency)
        self.currency.setMaxLength(3)
        self.row(self.tr("Currency"), self.currency, self.tr("Three capital letters, e.g. GBP or EUR"))
        self.stakes = QSpinBox()
        self.stakes.setRange(1, 100_000)
        self.stakes.setValue(10)
        self.row(self.tr("Stakes offered"), self.stakes, self.tr("How many stakes neighbours can buy"))
        self.bonus = QSpinBox()
        self.bonus.setRange(0, 100)
        self.bonus.setSuffix(" %")
        self.row(self.tr("Bonus"), self.bonus, self.tr("Paid on top of each stake once the target is met"))
        self.repay_by = QDateEdit(QDate.currentDate().addYears(1))
        self.repay_by.setCalendarPopup(True)
        self.repay_by.setDisplayFormat("d MMM yyyy")
        self.row(self.tr("Repay by"), self.repay_by, self.tr("When stakeholders are repaid"))
        self.verifiers = QListWidget()
        self.verifiers.setFixedHeight(90)
        for member_id, name in members:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, member_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.verifiers.addItem(item)
        self.row(
            self.tr("Verifiers"),
            self.verifiers,
            self.tr("The neighbours who sign that the target is met; the bonus is paid only after they do"),
        )
        self.needed = QSpinBox()
        self.needed.setRange(1, max(1, len(members)))
        self.row(self.tr("Confirmations needed"), self.needed, self.tr("How many of the verifiers must sign"))

    def draft(self) -> ProjectDraft | str:
        """The form's content, or its first problem (naming the field)."""
        title, goal = self.title.text().strip(), self.goal.toPlainText().strip()
        metric, unit, currency = self.measure.text().strip(), self.unit.text().strip(), self.currency.text()
        price = round(self.price.value() * 100)
        verifiers = self.chosen_verifiers()
        day = self.repay_by.date()
        repay_by = dt.date(day.year(), day.month(), day.day())
        checks = (
            (not title or len(title) > 200, self.tr("Title: name the project in up to 200 characters.")),
            (not goal or len(goal) > 4000, self.tr("Goal: say what the project will do.")),
            (not metric or len(metric) > 120, self.tr("Measure: say what it counts, e.g. meals served.")),
            (not unit or len(unit) > 40, self.tr("Unit: say what one of the measure is, e.g. meals.")),
            (price < 1, self.tr("Stake price: a stake costs something; enter more than 0.")),
            (
                len(currency) != 3 or not (currency.isascii() and currency.isalpha() and currency.isupper()),
                self.tr("Currency: three capital letters, e.g. GBP or EUR."),
            ),
            (repay_by <= dt.date.today(), self.tr("Repay by: choose a day after today.")),
            (not verifiers, self.tr("Verifiers: choose who will confirm that the target is met.")),
            (
                self.needed.value() > len(verifiers),
                self.tr("Confirmations needed: at most the %n verifier(s) chosen.", "", len(verifiers)),
            ),
        )
        for bad, message in checks:
            if bad:
                return message
        return ProjectDraft(
            title, goal, metric, unit, self.target.value(), price, currency, self.stakes.value(),
            self.bonus.value(), repay_by, str(self.need.currentData() or ""), verifiers, self.needed.value(),
        )  # fmt: skip

    def chosen_verifiers(self) -> tuple[str, ...]:
        items = (self.verifiers.item(n) for n in range(self.verifiers.count()))
        return tuple(
            str(i.data(Qt.ItemDataRole.UserRole)) for i in items if i.checkState() == Qt.CheckState.Checked
        )

    def try_send(self) -> None:
        draft = self.draft()
        if isinstance(draft, str):
            self.failed(draft)
            return
        self.sending()
        self._submit(draft, self.done_ok, self.failed)


class BuyStakesForm(_Form):
    def __init__(
        self,
        project: Project,
        left: int,
        submit: Callable[[int, Done, Failed], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Buy stakes in {title}").format(title=project.title),
            self.tr("Buy stakes"),
            self.tr("Record the stakes you buy, signed by this computer"),
            parent,
        )
        self._project, self._submit = project, submit
        self.terms = QLabel(
            self.tr(
                "{price} a stake; repaid by {day}, with a {bonus} % bonus once the target is met."
                " %n stake(s) left.",
                "",
                left,
            ).format(
                price=format_amount(project.stake_price_minor, project.currency),
                day=project.repay_by.isoformat(),
                bonus=project.bonus_percent,
            )
        )
        self.terms.setWordWrap(True)
        self.form.addRow(self.terms)
        self.stakes = QSpinBox()
        self.stakes.setRange(1, max(1, project.stakes_offered))
        self.row(self.tr("Stakes"), self.stakes, self.tr("How many stakes to buy"))
        self.total = QLabel()
        self.row(self.tr("You pay"), self.total, self.tr("What the stakes cost in all"))
        self.stakes.valueChanged.connect(self._show_total)
        self._show_total()

    def _show_total(self) -> None:
        amount = self.stakes.value() * self._project.stake_price_minor
        self.total.setText(format_amount(amount, self._project.currency))

    def try_send(self) -> None:
        self.sending()
        self._submit(self.stakes.value(), self.done_ok, self.failed)


class ProgressForm(_Form):
    def __init__(
        self,
        project: Project,
        submit: Callable[[int, str, Done, Failed], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Progress of {title}").format(title=project.title),
            self.tr("Add the report"),
            self.tr("Share how far the project has come"),
            parent,
        )
        self._submit = submit
        self.value = QSpinBox()
        self.value.setRange(0, 1_000_000_000)
        self.value.setValue(project.progress)
        self.value.setSuffix(f" {project.unit}")
        self.row(
            self.tr("So far"),
            self.value,
            self.tr("How many {unit} in all so far (target {target})").format(
                unit=project.unit, target=project.target_value
            ),
        )
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(60)
        self.row(self.tr("Note"), self.note, self.tr("What happened, in a few words (optional)"))

    def try_send(self) -> None:
        note = self.note.toPlainText().strip()
        if len(note) > 2000:
            self.failed(self.tr("Note: up to 2000 characters."))
            return
        self.sending()
        self._submit(self.value.value(), note, self.done_ok, self.failed)


class RepaymentForm(_Form):
    def __init__(
        self,
        project: Project,
        owed: list[tuple[str, str, int]],  # (member id, name, outstanding minor units)
        submit: Callable[[str, int, str, Done, Failed], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Repay a stakeholder of {title}").format(title=project.title),
            self.tr("Record the repayment"),
            self.tr("Record what you paid back, signed by this computer"),
            parent,
        )
        self._project, self._submit = project, submit
        self.stakeholder = QComboBox()
        for member_id, name, outstanding in owed:
            text = self.tr("{name} — owed {amount}").format(
                name=name, amount=format_amount(outstanding, project.currency)
            )
            self.stakeholder.addItem(text, (member_id, outstanding))
        self.row(self.tr("Stakeholder"), self.stakeholder, self.tr("Who you repaid"))
        self.amount = _money_box(0.0)
        self.amount.setSuffix(f" {project.currency}")
        self.row(self.tr("Amount"), self.amount, self.tr("How much you paid back"))
        self.memo = QLineEdit()
        self.memo.setMaxLength(200)
        self.row(self.tr("Note"), self.memo, self.tr("How it was paid, e.g. bank transfer (optional)"))
        self.stakeholder.currentIndexChanged.connect(self._fill_outstanding)
        self._fill_outstanding()

    def _fill_outstanding(self) -> None:
        data = self.stakeholder.currentData()
        if data is not None:
            self.amount.setValue(data[1] / 100)

    def try_send(self) -> None:
        data = self.stakeholder.currentData()
        amount = round(self.amount.value() * 100)
        if data is None:
            self.failed(self.tr("Stakeholder: nobody holds stakes in this project yet."))
            return
        if amount < 1:
            self.failed(self.tr("Amount: repay more than 0."))
            return
        self.sending()
        self._submit(data[0], amount, self.memo.text().strip(), self.done_ok, self.failed)


class ConfirmForm(_Form):
    def __init__(
        self,
        project: Project,
        submit: Callable[[int, str, Done, Failed], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Confirm the target of {title}").format(title=project.title),
            self.tr("Sign that the target is met"),
            self.tr("Your signed confirmation; the bonus is paid once enough verifiers have signed"),
            parent,
        )
        self._submit = submit
        self.explain = QLabel(
            self.tr("The target is {target} {unit} ({metric}). Sign only what you have seen.").format(
                target=project.target_value, unit=project.unit, metric=project.metric
            )
        )
        self.explain.setWordWrap(True)
        self.form.addRow(self.explain)
        self.value = QSpinBox()
        self.value.setRange(0, 1_000_000_000)
        self.value.setValue(max(project.progress, project.target_value))
        self.value.setSuffix(f" {project.unit}")
        self.row(
            self.tr("Reached"), self.value, self.tr("How many {unit} you confirm").format(unit=project.unit)
        )
        self.note = QLineEdit()
        self.note.setMaxLength(500)
        self.row(self.tr("Note"), self.note, self.tr("What you saw, e.g. the meal log for March"))

    def try_send(self) -> None:
        if not self.note.text().strip():
            self.failed(self.tr("Note: say what you saw that shows the target is met."))
            return
        self.sending()
        self._submit(self.value.value(), self.note.text().strip(), self.done_ok, self.failed)
