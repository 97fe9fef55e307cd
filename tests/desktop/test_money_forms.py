"""The money screens' forms when the sync service refuses what was sent: the form stays open and grows to show
the whole reason, above and below it nothing cut off (seen in the three-computer walk: the first line of the
withdrawal form and the repayment form's fields were clipped once a long refusal wrapped onto three lines)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QLabel

from commons_desktop.features.projects.project_forms import RepaymentForm
from commons_desktop.features.purse.purse_forms import WithdrawForm
from sync.community import Project, Proposal

REFUSAL = (
    "Repayment: refused, nothing was recorded: repays 137.50 EUR in all, more than the 125.00 EUR owed"
    " (principal; no bonus until 2 of its 2 verifiers confirm the target is met)."
)


def _fits(dialog: QDialog) -> bool:
    """Every label shows at least the height its wrapped text needs at its width."""
    labels = [label for label in dialog.findChildren(QLabel) if label.isVisible() and label.wordWrap()]
    return bool(labels) and all(label.height() >= label.heightForWidth(label.width()) for label in labels)


def _proposal() -> Proposal:
    return Proposal(
        "p1", "Repair the hall door", "The old one is rotten.", "robin", 15000, "EUR",
        dt.datetime.now(dt.UTC), 2, 50,
    )  # fmt: skip


def _project() -> Project:
    return Project(
        "f1", "Community fridge", "A shared fridge.", "robin", "meals shared", "meals", 300, 2500, "EUR", 12, 10,
        dt.date.today() + dt.timedelta(days=365),
    )  # fmt: skip


def test_a_refused_withdrawal_shows_its_whole_reason_and_its_first_line(qtbot) -> None:
    form = WithdrawForm(_proposal(), lambda memo, done, failed: failed(REFUSAL))
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.try_send()
    qtbot.waitUntil(lambda: _fits(form), timeout=2000)
    assert form.error.text() == REFUSAL


def test_a_refused_repayment_shows_its_whole_reason_and_every_field(qtbot) -> None:
    form = RepaymentForm(
        _project(), [("ana", "Ana", 12500)], lambda member, amount, memo, done, failed: failed(REFUSAL)
    )
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.amount.setValue(137.5)
    form.try_send()
    qtbot.waitUntil(lambda: _fits(form), timeout=2000)
    assert form.problem.text() == REFUSAL
    assert form.amount.height() >= form.amount.minimumSizeHint().height()
