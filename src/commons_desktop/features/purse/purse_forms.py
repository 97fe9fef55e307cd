"""The purse's forms: a deposit, a new proposal and a withdrawal. Each checks what is typed first, naming the
field, so a bad form sends nothing; what the service still refuses is shown in the form, which stays open with
everything typed in it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.labels import money
from commons_desktop.widgets.screen_layout import named
from sync.community import Proposal
from sync.community.model import quorum_minimum

__all__ = ["DepositDraft", "DepositForm", "NoReasonForm", "ProposalDraft", "ProposalForm", "WithdrawForm"]

MAX_AMOUNT = 100_000_000.0  # in major units: a bound for the spin boxes, far above a neighbourhood's purse


@dataclass(frozen=True)
class DepositDraft:
    amount_minor: int
    currency: str
    memo: str


@dataclass(frozen=True)
class ProposalDraft:
    title: str
    purpose: str
    amount_minor: int
    currency: str
    deadline: dt.datetime
    quorum: int
    threshold_percent: int
    sealed: bool = False  # results hidden until the deadline


Done = Callable[[object], None]
Failed = Callable[[str], None]


def _currency_problem(text: str) -> bool:
    return len(text) != 3 or not text.isascii() or not text.isalpha() or not text.isupper()


class _Form(QDialog):
    """A dialog with a form, an error line and a Cancel button beside its one action."""

    def __init__(self, title: str, action: str, action_tip: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(380)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.action: QPushButton = buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.action.setDefault(True)
        named(self.action, action, action_tip)
        named(buttons.button(QDialogButtonBox.StandardButton.Cancel), self.tr("Cancel"), self.tr("Close"))
        buttons.accepted.connect(self.try_send)
        buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(buttons)

    def try_send(self) -> None:  # overridden
        raise NotImplementedError

    def failed(self, reason: str) -> None:
        self.action.setEnabled(True)
        self.show_error(reason)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.adjustSize()  # a wrapped reason needs more height than the dialog had: grow, clip nothing

    def _amount_box(self, tip: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(0.0, MAX_AMOUNT)
        box.setDecimals(2)
        named(box, self.tr("Amount"), tip)
        return box

    def _currency_edit(self, currency: str) -> QLineEdit:
        edit = QLineEdit(currency)
        edit.setMaxLength(3)
        named(edit, self.tr("Currency"), self.tr("Three capital letters, e.g. GBP or EUR"))
        return edit


class DepositForm(_Form):
    """Pay into the common purse: *submit(draft, on_done, on_failed)* records a signed deposit."""

    def __init__(
        self,
        currency: str,
        submit: Callable[[DepositDraft, Done, Failed], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Deposit into the purse"),
            self.tr("Deposit"),
            self.tr("Record the deposit, signed by this computer, for every neighbour to see"),
            parent,
        )
        self._submit = submit
        self.amount = self._amount_box(self.tr("How much you pay into the purse"))
        self.currency = self._currency_edit(currency)
        self.memo = QLineEdit()
        self.memo.setMaxLength(500)
        named(self.memo, self.tr("Note"), self.tr("Optional: what the money is from, e.g. the summer fair"))
        self.form.addRow(self.tr("Amount"), self.amount)
        self.form.addRow(self.tr("Currency"), self.currency)
        self.form.addRow(self.tr("Note"), self.memo)

    def draft(self) -> DepositDraft | str:
        amount, currency = round(self.amount.value() * 100), self.currency.text().strip()
        if amount < 1:
            return self.tr("Amount: enter more than 0.")
        if _currency_problem(currency):
            return self.tr("Currency: three capital letters, e.g. GBP or EUR.")
        return DepositDraft(amount, currency, " ".join(self.memo.text().split()))

    def try_send(self) -> None:
        draft = self.draft()
        if isinstance(draft, str):
            self.show_error(draft)
            return
        self.action.setEnabled(False)
        self._submit(draft, lambda _entry: self.accept(), self.failed)


class ProposalForm(_Form):
    """Propose spending from the purse. The quorum may not be set below a quarter of the *members* (who will be
    the proposal's voters, frozen when it opens)."""

    def __init__(
        self,
        currency: str,
        members: int,
        submit: Callable[[ProposalDraft, Done, Failed], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("New proposal"),
            self.tr("Open the vote"),
            self.tr("Share the proposal; every member now may vote on it until the deadline"),
            parent,
        )
        self._submit = submit
        self.minimum = quorum_minimum(members)
        self.title = QLineEdit()
        self.title.setMaxLength(200)
        named(self.title, self.tr("Title"), self.tr("What the money is for, in a few words"))
        self.purpose = QPlainTextEdit()
        self.purpose.setTabChangesFocus(True)
        self.purpose.setFixedHeight(70)
        named(self.purpose, self.tr("Purpose"), self.tr("Why, and who will be paid"))
        self.amount = self._amount_box(self.tr("How much the purse would pay out"))
        self.currency = self._currency_edit(currency)
        self.deadline = QDateTimeEdit(QDateTime.currentDateTime().addDays(7))
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("d MMM yyyy HH:mm")
        named(self.deadline, self.tr("Voting closes"), self.tr("When voting closes (your local time)"))
        self.quorum = QSpinBox()
        self.quorum.setRange(self.minimum, max(self.minimum, members))
        self.quorum.setValue(self.minimum)
        named(
            self.quorum,
            self.tr("Quorum"),
            self.tr(
                "How many of the %n member(s) must vote (abstaining counts); at least a quarter", "", members
            ),
        )
        self.quorum_note = QLabel(
            self.tr("At least {minimum} of {members}: a quarter of the members, who are the voters.").format(
                minimum=self.minimum, members=members
            )
        )
        self.quorum_note.setObjectName("muted")
        self.threshold = QSpinBox()
        self.threshold.setRange(1, 100)
        self.threshold.setValue(50)
        self.threshold.setSuffix(" %")
        named(self.threshold, self.tr("Threshold"), self.tr("The share of yes among yes and no votes needed"))
        self.sealed = QCheckBox(self.tr("Keep results hidden until the deadline"))
        named(
            self.sealed,
            self.tr("Keep results hidden until the deadline"),
            self.tr(
                "Each vote is sealed until voting closes, so nobody sees how the vote is going; a voter's"
                " Commons opens their vote after the deadline"
            ),
        )
        for label, field in (
            (self.tr("Title"), self.title),
            (self.tr("Purpose"), self.purpose),
            (self.tr("Amount"), self.amount),
            (self.tr("Currency"), self.currency),
            (self.tr("Voting closes"), self.deadline),
            (self.tr("Quorum"), self.quorum),
            ("", self.quorum_note),
            (self.tr("Threshold"), self.threshold),
            ("", self.sealed),
        ):
            self.form.addRow(label, field)

    def draft(self) -> ProposalDraft | str:
        title, purpose = " ".join(self.title.text().split()), self.purpose.toPlainText().strip()
        amount, currency = round(self.amount.value() * 100), self.currency.text().strip()
        deadline = self.deadline.dateTime().toPython()
        assert isinstance(deadline, dt.datetime)
        deadline = deadline.astimezone(dt.UTC)
        checks = (
            (not title, self.tr("Title: say in a few words what the money is for.")),
            (not purpose or len(purpose) > 4000, self.tr("Purpose: say why, and who will be paid.")),
            (amount < 1, self.tr("Amount: enter more than 0.")),
            (_currency_problem(currency), self.tr("Currency: three capital letters, e.g. GBP or EUR.")),
            (
                deadline <= dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5),
                self.tr("Voting closes: choose a time later than now."),
            ),
        )
        for bad, message in checks:
            if bad:
                return message
        return ProposalDraft(
            title,
            purpose,
            amount,
            currency,
            deadline,
            self.quorum.value(),
            self.threshold.value(),
            self.sealed.isChecked(),
        )

    def try_send(self) -> None:
        draft = self.draft()
        if isinstance(draft, str):
            self.show_error(draft)
            return
        self.action.setEnabled(False)
        self._submit(draft, lambda _id: self.accept(), self.failed)


MAX_REASON = 500  # characters, as a signed vote allows


class NoReasonForm(_Form):
    """Vote no, with a reason if the voter wants to give one: *submit(reason, on_done, on_failed)*."""

    def __init__(
        self,
        title: str,
        sealed: bool,
        submit: Callable[[str, Done, Failed], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Vote no"),
            self.tr("Vote no"),
            self.tr("Sign and share your vote against this proposal"),
            parent,
        )
        self._submit = submit
        what = QLabel(self.tr("You are voting against “{title}”.").format(title=title))
        what.setWordWrap(True)
        self.layout_.insertWidget(0, what)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(80)
        named(
            self.reason,
            self.tr("Reason (optional)"),
            self.tr("Why you vote no: members see the reasons with the outcome, without your name"),
        )
        self.form.addRow(self.tr("Reason (optional)"), self.reason)
        shown = (
            self.tr(
                "It stays sealed with your vote until voting closes, then members see it with the outcome."
            )
            if sealed
            else self.tr("Members see it with the outcome.")
        )
        note = QLabel(shown)
        note.setObjectName("muted")
        note.setWordWrap(True)
        self.form.addRow("", note)

    def problem(self) -> str | None:
        """A sentence naming what is wrong with the reason typed, or None."""
        length = len(self.reason.toPlainText().strip())
        if length > MAX_REASON:
            return self.tr("Reason: at most {limit} characters (this one has {length}).").format(
                limit=MAX_REASON, length=length
            )
        return None

    def try_send(self) -> None:
        problem = self.problem()
        if problem is not None:
            self.show_error(problem)
            return
        self.action.setEnabled(False)
        self._submit(self.reason.toPlainText().strip(), lambda _vote: self.accept(), self.failed)


class WithdrawForm(_Form):
    """Pay out a proposal that passed: *submit(memo, on_done, on_failed)* records the signed withdrawal."""

    def __init__(
        self,
        proposal: Proposal,
        submit: Callable[[str, Done, Failed], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Withdraw from the purse"),
            self.tr("Withdraw"),
            self.tr("Record the withdrawal, signed by this computer; the purse pays this proposal once"),
            parent,
        )
        self._submit = submit
        what = QLabel(
            self.tr("Pay {amount} from the purse for “{title}”, as the vote decided.").format(
                amount=money(proposal.amount_minor, proposal.currency), title=proposal.title
            )
        )
        what.setWordWrap(True)
        self.layout_.insertWidget(0, what)
        self.memo = QLineEdit()
        self.memo.setMaxLength(500)
        named(self.memo, self.tr("Note"), self.tr("Optional: who was paid, e.g. the invoice number"))
        self.form.addRow(self.tr("Note"), self.memo)

    def try_send(self) -> None:
        self.action.setEnabled(False)
        self._submit(" ".join(self.memo.text().split()), lambda _entry: self.accept(), self.failed)
