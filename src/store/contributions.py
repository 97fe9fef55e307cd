"""A record of what the person contributed: hours, money, stakes, circle payments and time credits."""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ._common import ConnectionSource, check_day, check_int, clean_text, new_id, utc_now
from ._database import Connection, transaction
from ._receipt import SignedReceipt, check_receipt
from .errors import NotFoundError, SignedLineError, ValidationError

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


class ContributionDirection(enum.Enum):
    """Given by the person (what the totals count), or received by them (a repayment, a payout, credits)."""

    GIVEN = "given"
    RECEIVED = "received"


class ContributionSource(enum.Enum):
    """Which lines a list shows: signed ones from a community's ledger, the person's own, or hidden signed ones."""

    SIGNED = "signed"
    MANUAL = "manual"
    HIDDEN = "hidden"


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
    direction: ContributionDirection = ContributionDirection.GIVEN
    receipt: SignedReceipt | None = None  # set for a signed line from a community's ledger

    @property
    def signed(self) -> bool:
        return self.receipt is not None


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
    if not isinstance(c.direction, ContributionDirection):
        raise ValidationError("Direction", "must be given or received.")
    ref = None
    if c.ledger_ref is not None:
        ref = clean_text("Ledger reference", c.ledger_ref, max_len=128, one_line=True) or None
    clean = Contribution(
        c.id,
        c.kind,
        check_int("Amount", c.amount_minor, low=1, high=MAX_AMOUNT_MINOR),
        _check_unit(c.kind, c.unit),
        check_day("Date", c.day),
        clean_text("Who with", c.counterparty, max_len=200, one_line=True),
        clean_text("Note", c.note, max_len=2000),
        ref,
        c.direction,
        None if c.receipt is None else _validated_receipt(c.receipt),
    )
    if clean.receipt is not None:
        check_receipt(clean.receipt, clean.ledger_ref, clean.amount_minor, clean.unit, clean.day)
    return clean


def _validated_receipt(r: SignedReceipt) -> SignedReceipt:
    if not isinstance(r.hidden, bool):
        raise ValidationError("Hidden", "must be true or false.")
    return replace(
        r,
        community=clean_text("Community", r.community, max_len=200, one_line=True),
        set_aside=clean_text("Set aside", r.set_aside, max_len=1000),
    )


def _from_row(r: tuple[object, ...]) -> Contribution:
    receipt = None
    if r[11] is not None:
        receipt = SignedReceipt(str(r[9]), bytes(r[10]), bytes(r[11]), bytes(r[12]), str(r[13]), bool(r[14]))  # type: ignore[call-overload]
    return Contribution(
        str(r[0]),
        ContributionKind(r[1]),
        int(r[2]),  # type: ignore[call-overload]
        str(r[3]),
        dt.date.fromisoformat(str(r[4])),
        str(r[5]),
        str(r[6]),
        None if r[7] is None else str(r[7]),
        ContributionDirection(r[8]),
        receipt,
    )


_FIELDS = (
    "kind, amount_minor, unit, day, counterparty, note, ledger_ref, direction,"
    " community, signed_bytes, signature, signer_key, set_aside, hidden"
)
_COLUMNS = f"id, {_FIELDS}"
_PLACES = ", ".join("?" * (_FIELDS.count(",") + 1))


def _values(c: Contribution) -> tuple[object, ...]:
    """The row values in _FIELDS order."""
    r = c.receipt
    signed: tuple[object, ...] = (
        ("", None, None, None, "", 0)
        if r is None
        else (r.community, r.signed_bytes, r.signature, r.signer_key, r.set_aside, int(r.hidden))
    )
    fields = (c.kind.value, c.amount_minor, c.unit, c.day.isoformat(), c.counterparty, c.note, c.ledger_ref)
    return (*fields, c.direction.value, *signed)


def _where(
    first: dt.date | None,
    last: dt.date | None,
    kind: ContributionKind | None,
    source: ContributionSource | None,
) -> tuple[str, list[object]]:
    """The WHERE clause (and its arguments) of a period, a kind and a source; hidden lines only when asked."""
    sql = "WHERE day BETWEEN ? AND ?"
    args: list[object] = [(first or dt.date.min).isoformat(), (last or dt.date.max).isoformat()]
    if kind is not None:
        sql += " AND kind = ?"
        args.append(kind.value)
    sql += {
        None: " AND hidden = 0",
        ContributionSource.SIGNED: " AND hidden = 0 AND signature IS NOT NULL",
        ContributionSource.MANUAL: " AND signature IS NULL",
        ContributionSource.HIDDEN: " AND hidden = 1",
    }[source]
    return sql, args


def _refuse_if_signed(conn: Connection, contribution_id: str, doing: str) -> None:
    """After an UPDATE or DELETE of unsigned lines touched nothing: say whether the line is signed, or gone."""
    row = conn.execute(
        "SELECT signature IS NOT NULL FROM contributions WHERE id = ?", (contribution_id,)
    ).fetchone()
    if row is None:
        raise NotFoundError("That contribution no longer exists.")
    raise SignedLineError(doing)


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
                f"INSERT INTO contributions (id, {_FIELDS}, created_at, updated_at) VALUES (?, {_PLACES}, ?, ?)",
                [(c.id, *_values(c), now, now) for c in clean],
            )
        return clean

    def everything(self) -> list[Contribution]:
        """Every line, hidden signed ones too (exports), newest first."""
        rows = self._source.connection().execute(
            f"SELECT {_COLUMNS} FROM contributions ORDER BY day DESC, created_at DESC"
        )
        return [_from_row(tuple(r)) for r in rows]

    def keep_signed(self, lines: Sequence[Contribution]) -> int:
        """Keep copies of signed ledger entries, by ledger reference: a new one is added, a known one gets its
        community name and set-aside reason brought up to date (what was signed never changes; the person's
        choice to hide it stays). All or none: a receipt whose signature does not hold, or that signs
        something else, refuses the whole call with a ValidationError. Returns how many lines were added or
        changed."""
        clean = [replace(_validated(c), id=_clean_id(c.id)) for c in lines]
        if any(c.receipt is None for c in clean):
            raise ValidationError("Signed receipt", "a line kept from a community's ledger must be signed.")
        now = utc_now()
        conn = self._source.connection()
        with transaction(conn):
            before = conn.total_changes
            conn.executemany(
                f"INSERT INTO contributions (id, {_FIELDS}, created_at, updated_at) VALUES (?, {_PLACES}, ?, ?)"
                " ON CONFLICT (ledger_ref) WHERE signature IS NOT NULL DO UPDATE"
                " SET community = excluded.community, set_aside = excluded.set_aside, updated_at = excluded.updated_at"
                " WHERE community IS NOT excluded.community OR set_aside IS NOT excluded.set_aside",
                [(c.id, *_values(c), now, now) for c in clean],
            )
            return int(conn.total_changes - before)

    def set_hidden(self, contribution_id: str, hidden: bool) -> None:
        """Hide a signed line from the list, the totals and the statement, or show it again."""
        conn = self._source.connection()
        with transaction(conn):
            cur = conn.execute(
                "UPDATE contributions SET hidden = ?, updated_at = ? WHERE id = ? AND signature IS NOT NULL",
                (int(hidden), utc_now(), contribution_id),
            )
            if cur.rowcount == 0:
                raise NotFoundError("That signed line no longer exists.")

    def update(self, contribution: Contribution) -> Contribution:
        """Change a line the person recorded; a signed line refuses with SignedLineError."""
        c = _validated(replace(contribution, receipt=None))
        conn = self._source.connection()
        with transaction(conn):
            cur = conn.execute(
                "UPDATE contributions SET kind = ?, amount_minor = ?, unit = ?, day = ?, counterparty = ?,"
                " note = ?, ledger_ref = ?, updated_at = ? WHERE id = ? AND signature IS NULL",
                (*_values(c)[:7], utc_now(), c.id),
            )
            if cur.rowcount == 0:
                _refuse_if_signed(conn, c.id, "changed")
        return c

    def remove(self, contribution_id: str) -> None:
        """Delete a line the person recorded; a signed line refuses with SignedLineError (hide it instead)."""
        conn = self._source.connection()
        with transaction(conn):
            cur = conn.execute(
                "DELETE FROM contributions WHERE id = ? AND signature IS NULL", (contribution_id,)
            )
            if cur.rowcount == 0:
                _refuse_if_signed(conn, contribution_id, "deleted")

    def list(
        self,
        first: dt.date | None = None,
        last: dt.date | None = None,
        kind: ContributionKind | None = None,
        source: ContributionSource | None = None,
    ) -> list[Contribution]:
        """Newest first; hidden signed lines only for ContributionSource.HIDDEN."""
        where, args = _where(first, last, kind, source)
        rows = self._source.connection().execute(
            f"SELECT {_COLUMNS} FROM contributions {where} ORDER BY day DESC, created_at DESC", args
        )
        return [_from_row(tuple(r)) for r in rows]

    def totals(
        self,
        first: dt.date | None = None,
        last: dt.date | None = None,
        source: ContributionSource | None = None,
    ) -> dict[tuple[ContributionKind, str], int]:
        """Sum of what the person gave per (kind, unit) in the period: received lines, hidden ones and signed
        ones the community's ledger set aside are listed but not counted."""
        where, args = _where(first, last, None, source)
        rows = self._source.connection().execute(
            f"SELECT kind, unit, sum(amount_minor) FROM contributions {where}"
            " AND direction = 'given' AND hidden = 0 AND set_aside = '' GROUP BY kind, unit",
            args,
        )
        return {(ContributionKind(k), u): int(total) for k, u, total in rows}
