"""The typed cells of a report's tables, and how each is written: in the person's language for the PDF and the
screen (`shown`), or in a form spreadsheets read alike everywhere for the CSV (`plain`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale

from commons_desktop.labels import duration, money, plain_date
from sync.community.ledger import format_amount
from sync.community.signed import CREDIT_UNIT

translate = QCoreApplication.translate

__all__ = ["Cell", "Minutes", "Money", "Percent", "plain", "shown"]


@dataclass(frozen=True)
class Money:
    minor: int
    currency: str


@dataclass(frozen=True)
class Minutes:
    value: int


@dataclass(frozen=True)
class Percent:
    value: float


Cell = str | int | dt.date | Money | Minutes | Percent


def shown(cell: Cell) -> str:
    """A cell as the person reads it (the PDF and the screen)."""
    locale = QLocale()
    if isinstance(cell, Money):
        return money(cell.minor, cell.currency)
    if isinstance(cell, Minutes):
        return duration(cell.value)
    if isinstance(cell, Percent):
        return translate("ReportsView", "{percent} %").format(percent=locale.toString(round(cell.value)))
    if isinstance(cell, dt.date):
        return plain_date(cell)
    if isinstance(cell, int):
        return locale.toString(cell)
    return cell


def plain(cell: Cell) -> str:
    """A cell as a spreadsheet reads it anywhere: ISO dates, "12.50 EUR", minutes, a plain number."""
    if isinstance(cell, Money):
        return format_amount(cell.minor, cell.currency)
    if isinstance(cell, Minutes):
        return format_amount(cell.value, CREDIT_UNIT)
    if isinstance(cell, Percent):
        return f"{cell.value:.1f}"
    if isinstance(cell, dt.date):
        return cell.isoformat()
    return str(cell)
