"""A record of what the person contributed: hours, money, stakes, circle payments and time credits."""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ._common import ConnectionSource, check_day, check_int, clean_text, new_id, utc_now
from ._database import transaction
from .errors import NotFoundError, ValidationError

MAX_AMOUNT_MINOR = 10**12  # far below 2**53, so every amount survives JSON and CRDT round trips
MINUTES = "min"
_CURRENCY = re.compile(r"^[A-Z]{3}$")


class ContributionKind(enum.Enum):
    HOURS = "hours"
    MONEY = "money"
    STAKE = "stake"
    CIRCLE_PAYMENT = "circle_payment"
    TIME_CREDIT = "time_credit"

    @property
    def measured_in_time(self) -> bool:
        return self in (ContributionKind.HOURS, ContributionKind.TIME_CREDIT)


@dataclass(frozen=True)
class Contribution:
    """amount_minor is minutes for time kinds and the currency's minor unit (cents) for money kinds."""

    id: str
    kind: ContributionKind
    amount_minor: int
    unit: str
    day: dt.date
    counterparty: str = ""
    note: str = ""
    ledger_ref: str | None = None


def _check_unit(kind: ContributionKind, unit: object) -> str:
    if kind.measured_in_time:
        if unit != MINUTES:
            raise ValidationError("Unit", "hours and time credits are recorded in minutes.")
        return MINUTES
    if not isinstance(unit, str) or not _CURRENCY.match(unit):
        raise ValidationError("Currency", "use a three-letter currency code such as EUR or GBP.")
    return unit


def _validated(c: Contribution) -> Contribution:
    if not isinstance(c.kind, ContributionKind):
        raise ValidationError("Kind", "must be hours, money, stake, circle payment or time credit.")
    ref = None
    if c.ledger_ref is not None:
        ref = clean_text("Ledger reference", c.ledger_ref, max_len=128, one_line=True) or None
    return Contribution(
        c.id,
        c.kind,
        check_int("Amount", c.amount_minor, low=1, high=MAX_AMOUNT_MINOR),
        _check_unit(c.kind, c.unit),
        check_day("Date", c.day),
        clean_text("Who with", c.counterparty, max_len=200, one_line=True),
        clean_text("Note", c.note, max_len=2000),
        ref,
    )


def _from_row(r: tuple[object, ...]) -> Contribution:
    return Contribution(
        str(r[0]),
        ContributionKind(r[1]),
        int(r[2]),  # type: ignore[call-overload]
        str(r[3]),
        dt.date.fromisoformat(str(r[4])),
        str(r[5]),
        str(r[6]),
        None if r[7] is None else str(r[7]),
    )


_FIELDS = "kind, amount_minor, unit, day, counterparty, note, ledger_ref"
_COLUMNS = f"id, {_FIELDS}"


def _values(c: Contribution) -> tuple[object, ...]:
    """The row values in _FIELDS order."""
    return (c.kind.value, c.amount_minor, c.unit, c.day.isoformat(), c.counterparty, c.note, c.ledger_ref)


def _clean_id(value: str) -> str:
    return clean_text("Id", value, max_len=64, one_line=True) or new_id()


class ContributionRepository:
    def __init__(self, source: ConnectionSource) -> None:
        self._source = source

    def add(
        self,
        kind: ContributionKind,
        amount_minor: int,
        unit: str,
        day: dt.date,
        counterparty: str = "",
        note: str = "",
        ledger_ref: str | None = None,
    ) -> Contribution:
        [saved] = self.add_many(
            [Contribution("", kind, amount_minor, unit, day, counterparty, note, ledger_ref)]
        )
        return saved

    def add_many(self, contributions: Sequence[Contribution]) -> list[Contribution]:
        """Add all of *contributions* in one transaction, or none if any is invalid (imports).

        An empty id gets a new one; a given id is kept.
        """
        clean = [replace(_validated(c), id=_clean_id(c.id)) for c in contributions]
        now = utc_now()
        conn = self._source.connection()
        with transaction(conn):
            conn.executemany(
                f"INSERT INTO contributions (id, {_FIELDS}, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(c.id, *_values(c), now, now) for c in clean],
            )
        return clean

    def update(self, contribution: Contribution) -> Contribution:
        c = _validated(contribution)
        conn = self._source.connection()
        with transaction(conn):
            cur = conn.execute(
                "UPDATE contributions SET kind = ?, amount_minor = ?, unit = ?, day = ?, counterparty = ?,"
                " note = ?, ledger_ref = ?, updated_at = ? WHERE id = ?",
                (*_values(c), utc_now(), c.id),
            )
            if cur.rowcount == 0:
                raise NotFoundError("That contribution no longer exists.")
        return c

    def remove(self, contribution_id: str) -> None:
        conn = self._source.connection()
        with transaction(conn):
            if conn.execute("DELETE FROM contributions WHERE id = ?", (contribution_id,)).rowcount == 0:
                raise NotFoundError("That contribution no longer exists.")

    def list(
        self, first: dt.date | None = None, last: dt.date | None = None, kind: ContributionKind | None = None
    ) -> list[Contribution]:
        sql = f"SELECT {_COLUMNS} FROM contributions WHERE day BETWEEN ? AND ?"
        args: list[object] = [(first or dt.date.min).isoformat(), (last or dt.date.max).isoformat()]
        if kind is not None:
            sql += " AND kind = ?"
            args.append(kind.value)
        rows = self._source.connection().execute(sql + " ORDER BY day DESC, created_at DESC", args)
        return [_from_row(tuple(r)) for r in rows]

    def totals(
        self, first: dt.date | None = None, last: dt.date | None = None
    ) -> dict[tuple[ContributionKind, str], int]:
        """Sum of amounts per (kind, unit) in the period."""
        rows = self._source.connection().execute(
            "SELECT kind, unit, sum(amount_minor) FROM contributions WHERE day BETWEEN ? AND ? GROUP BY kind, unit",
            ((first or dt.date.min).isoformat(), (last or dt.date.max).isoformat()),
        )
        return {(ContributionKind(k), u): int(total) for k, u, total in rows}
