"""Contributions as a table, newest first, and the words and numbers used to show and type their amounts."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from commons_desktop.labels import duration, money, short_date
from store import MINUTES, Contribution, ContributionDirection, ContributionKind, ValidationError

_Index = QModelIndex | QPersistentModelIndex
Totals = Mapping[tuple[ContributionKind, str], int]
translate = QCoreApplication.translate

_HOURS_MINUTES = re.compile(r"^(\d{1,7})\s*(?::\s*(\d{1,2}))?$")  # "2", "2:30"
_DECIMAL_HOURS = re.compile(r"^(\d{0,7})[.,](\d{1,2})$")  # "1.5", "0,25"
_JUST_MINUTES = re.compile(r"^(\d{1,9})\s*m(?:in)?$", re.IGNORECASE)  # "45m", "45 min"
_MONEY = re.compile(r"^(\d{1,10})(?:[.,](\d{1,2}))?$")  # "12", "12.5", "12,50"


def kind_label(kind: ContributionKind) -> str:
    return {
        ContributionKind.HOURS: translate("contributions", "Time given"),
        ContributionKind.MONEY: translate("contributions", "Money"),
        ContributionKind.STAKE: translate("contributions", "Stake"),
        ContributionKind.CIRCLE_PAYMENT: translate("contributions", "Circle payment"),
        ContributionKind.TIME_CREDIT: translate("contributions", "Time credit"),
    }[kind]


def kind_text(c: Contribution) -> str:
    """The kind as the list and the statement show it: "Stake", or "Stake, received" for a repayment to me."""
    if c.direction is ContributionDirection.RECEIVED:
        return translate("contributions", "{kind}, received").format(kind=kind_label(c.kind))
    return kind_label(c.kind)


def signed_mark(c: Contribution, holds: bool) -> str:
    """What the Signed column says: where the line was signed, and whether it still counts; empty for a line
    the person recorded."""
    r = c.receipt
    if r is None:
        return ""
    if not holds:
        return translate("contributions", "Signature does not check")
    if r.set_aside:
        return translate("contributions", "Set aside in {community}").format(community=r.community)
    return translate("contributions", "Signed in {community}").format(community=r.community)


def signed_badge(c: Contribution, holds: bool) -> str:
    """The Signed column's short form, so the table fits beside the form: "✓ Mill Road"; screen readers and
    the tooltip get the words (`signed_mark`, `signed_detail`)."""
    r = c.receipt
    if r is None:
        return ""
    if not holds:
        return "✗ " + translate("contributions", "does not check")
    if r.set_aside:
        return "⚠ " + translate("contributions", "{community}: set aside").format(community=r.community)
    return "✓ " + r.community


def signed_detail(c: Contribution, holds: bool) -> str:
    """The whole story of a signed line, for its tooltip and the statement."""
    r = c.receipt
    if r is None:
        return translate("contributions", "Recorded by you.")
    if not holds:
        return translate(
            "contributions", "The signature kept with this line does not match it: do not rely on this line."
        )
    text = translate(
        "contributions",
        "Signed in the ledger of {community} by device {fingerprint}; the signature checks. "
        "Signed lines cannot be changed or deleted here, only hidden.",
    ).format(community=r.community, fingerprint=r.fingerprint)
    if r.set_aside:
        text += " " + translate(
            "contributions", "The community's ledger set it aside ({reason}), so it is not in the totals."
        ).format(reason=r.set_aside)
    return text


def format_money(amount_minor: int, currency: str) -> str:
    """E.g. "1,234.50 EUR" in the person's number format; the store has a currency code, not a symbol."""
    return money(amount_minor, currency)


def format_amount(amount_minor: int, unit: str) -> str:
    return duration(amount_minor) if unit == MINUTES else format_money(amount_minor, unit)


def total_phrase(kind: ContributionKind, unit: str, amount_minor: int) -> str:
    """A total in words: "12 h 30 min of time given", "45.00 EUR in stakes"."""
    amount = format_amount(amount_minor, unit)
    return {
        ContributionKind.HOURS: translate("contributions", "{amount} of time given"),
        ContributionKind.MONEY: translate("contributions", "{amount} given"),
        ContributionKind.STAKE: translate("contributions", "{amount} in stakes"),
        ContributionKind.CIRCLE_PAYMENT: translate("contributions", "{amount} paid into lending circles"),
        ContributionKind.TIME_CREDIT: translate("contributions", "{amount} in time credits"),
    }[kind].format(amount=amount)


def sorted_totals(totals: Totals) -> list[tuple[ContributionKind, str, int]]:
    """Totals in the order of the kinds, then by unit, so the same period always reads the same way."""
    order = list(ContributionKind)
    return sorted(((k, u, n) for (k, u), n in totals.items()), key=lambda t: (order.index(t[0]), t[1]))


def minutes_text(minutes: int) -> str:
    """What the amount field shows for a time: "2:30"."""
    hours, rest = divmod(minutes, 60)
    return f"{hours}:{rest:02d}"


def money_text(amount_minor: int) -> str:
    """What the amount field shows for money: "12.50" (the field also accepts a comma)."""
    major, minor = divmod(amount_minor, 100)
    return f"{major}.{minor:02d}"


def parse_minutes(text: str) -> int:
    """Hours and minutes as a person types them: "1:30", "2", "1.5", "45 min"."""
    text = text.strip()
    if match := _JUST_MINUTES.match(text):
        return int(match[1])
    if match := _HOURS_MINUTES.match(text):
        minutes = int(match[2] or 0)
        if minutes < 60:
            return int(match[1]) * 60 + minutes
    elif match := _DECIMAL_HOURS.match(text):
        fraction = match[2].ljust(2, "0")
        return int(match[1] or 0) * 60 + round(int(fraction) * 60 / 100)
    raise ValidationError(
        translate("contributions", "Amount"),
        translate(
            "contributions", "write hours and minutes, such as 1:30 for an hour and a half, or 45 min."
        ),
    )


def parse_money(text: str) -> int:
    """An amount with up to two decimals, "12.50" or "12,50", in minor units (cents)."""
    match = _MONEY.match(text.strip().replace(" ", ""))
    if match is None:
        raise ValidationError(
            translate("contributions", "Amount"),
            translate("contributions", "write a number with up to two decimals, such as 12.50."),
        )
    return int(match[1]) * 100 + int((match[2] or "0").ljust(2, "0"))


class ContributionsModel(QAbstractTableModel):
    """Read-only rows: editing happens in the form, and the store's answer replaces the rows."""

    COLUMNS = 6  # date, kind, amount, who with, signed, note

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Contribution] = []
        self._holds: frozenset[str] = frozenset()  # ids of the signed lines whose signature checks

    def set_contributions(
        self, contributions: list[Contribution], holds: frozenset[str] = frozenset()
    ) -> None:
        """*holds*: the ids of the signed lines whose signature was checked and holds (checked off the Qt thread)."""
        self.beginResetModel()
        # The store lists newest first already; sort again so any source keeps the promise.
        self._rows = sorted(contributions, key=lambda c: c.day, reverse=True)
        self._holds = holds
        self.endResetModel()

    def holds(self, c: Contribution) -> bool:
        return c.id in self._holds

    def clear(self) -> None:
        self.set_contributions([])

    @property
    def contributions(self) -> list[Contribution]:
        return list(self._rows)

    def contribution_at(self, row: int) -> Contribution | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, contribution_id: str) -> int:
        return next((i for i, c in enumerate(self._rows) if c.id == contribution_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's signature)
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(  # noqa: N802 (Qt's name)
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Date"), self.tr("Kind"), self.tr("Amount"), self.tr("Who with"), self.tr("Signed"),
            self.tr("Note"),
        )  # fmt: skip
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        c = self.contribution_at(index.row()) if index.isValid() else None
        if c is None:
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole and index.column() == 4:
            return signed_mark(c, self.holds(c)) or self.tr("Recorded by you")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._cell(c, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return signed_detail(c, self.holds(c)) if index.column() == 4 else (c.note or None)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _cell(self, c: Contribution, column: int) -> str:
        if column == 0:
            return short_date(c.day)
        if column == 1:
            return kind_text(c)
        if column == 2:
            return format_amount(c.amount_minor, c.unit)
        if column == 3:
            return c.counterparty
        if column == 4:
            return signed_badge(c, self.holds(c))
        return " ".join(c.note.split())  # one line in the table; the tooltip has it whole
