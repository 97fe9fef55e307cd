"""The rules of lending circles' ledger entries, and what an accepted one changes in the books.

- circle joined: by a member the circle lists, for themselves (naming nobody else), once, agreeing to its
  contribution in its currency; a circle is formed once every listed member has joined;
- circle contribution: by a member of a formed circle, to a round in range whose recipient
  (member_ids[round]) it names as counterparty and who is not its author, the contribution in its currency,
  once per member and round;
- circle received: by the round's recipient, naming a contribution to them (ref) not yet confirmed, its payer
  (counterparty), amount, currency and round, once. A round is complete — paid out to its recipient — once
  they have confirmed every other member's contribution;
- circle payout: no longer counted. Members pay the round's recipient directly, so nobody holds a pot to pay
  out; the recipient's confirmations complete a round. A payout entry (written by an earlier version) is set
  aside.
"""

from __future__ import annotations

from collections.abc import Callable

from ._ledger_rules import Books, Failure, Rule, check_currency, format_amount
from .model import EntryKind, LendingCircle
from .signed import LedgerEntry


def _circle(entry: LedgerEntry, books: Books) -> LendingCircle | Failure:
    circle = books.view.circles.get(entry.ref)
    if circle is None:
        return Rule.UNKNOWN_REF, f"unknown circle '{entry.ref}'" if entry.ref else "names no circle"
    return circle


def _lending_circle_round(entry: LedgerEntry, books: Books) -> tuple[LendingCircle, int] | Failure:
    circle = _circle(entry, books)
    if not isinstance(circle, LendingCircle):
        return circle
    if entry.round is None:
        return Rule.BAD_ROUND, "names no round"
    if entry.round >= circle.rounds:
        return Rule.BAD_ROUND, f"round {entry.round} is not one of the circle's rounds 0–{circle.rounds - 1}"
    return circle, entry.round


def _check_joined(entry: LedgerEntry, books: Books) -> Failure | None:
    circle = _circle(entry, books)
    if not isinstance(circle, LendingCircle):
        return circle
    if entry.author not in circle.member_ids:
        return Rule.NOT_IN_LENDING_CIRCLE, f"'{entry.author}' is not listed in circle '{circle.id}'"
    if entry.counterparty:
        return Rule.NOT_FOR_SELF, f"names '{entry.counterparty}': a member joins a circle only for themselves"
    if entry.author in books.has_joined(circle.id):
        return Rule.ALREADY_JOINED, f"'{entry.author}' already joined circle '{circle.id}'"
    return _check_circle_amount(entry, circle, "agrees to")


def _check_circle_amount(entry: LedgerEntry, circle: LendingCircle, verb: str) -> Failure | None:
    if failure := check_currency(entry, circle.currency, f"circle '{circle.id}'"):
        return failure
    if entry.amount_minor != circle.contribution_minor:
        return Rule.WRONG_AMOUNT, (
            f"{verb} {format_amount(entry.amount_minor, entry.unit)}, but the contribution is"
            f" {format_amount(circle.contribution_minor, circle.currency)}"
        )
    return None


def _check_contribution(entry: LedgerEntry, books: Books) -> Failure | None:
    found = _lending_circle_round(entry, books)
    if not isinstance(found[0], LendingCircle):
        return found
    circle, k = found
    if entry.author not in circle.member_ids:
        return Rule.NOT_IN_LENDING_CIRCLE, f"'{entry.author}' is not a member of circle '{circle.id}'"
    waiting = books.forming(circle)
    if waiting:
        names = ", ".join(f"'{m}'" for m in waiting)
        return Rule.CIRCLE_FORMING, f"circle '{circle.id}' is not formed yet: still to join: {names}"
    recipient = circle.member_ids[k]
    if entry.author == recipient:
        return Rule.WRONG_RECIPIENT, f"'{recipient}' receives round {k}: they pay nothing into it"
    if entry.counterparty != recipient:
        paid = f"'{entry.counterparty}'" if entry.counterparty else "nobody"
        return Rule.WRONG_RECIPIENT, f"round {k} pays '{recipient}' (the payout order), not {paid}"
    if failure := _check_circle_amount(entry, circle, "pays in"):
        return failure
    if entry.author in books.paid_in(circle.id, k):
        return Rule.DUPLICATE_CONTRIBUTION, f"'{entry.author}' already contributed to round {k}"
    return None


def _check_received(entry: LedgerEntry, books: Books) -> Failure | None:
    contribution = books.circle_waiting.get(entry.ref)
    if contribution is None:
        if entry.ref in books.circle_received:
            return Rule.ALREADY_CONFIRMED, f"contribution '{entry.ref}' was already confirmed"
        return (
            Rule.UNKNOWN_REF,
            f"unknown contribution '{entry.ref}'" if entry.ref else "names no contribution",
        )
    if entry.author != contribution.counterparty:
        return Rule.NOT_RECEIVER, (
            f"only the round's recipient '{contribution.counterparty}' can confirm contribution"
            f" '{contribution.id}', not '{entry.author}'"
        )
    same = (entry.counterparty, entry.amount_minor, entry.unit, entry.round) == (
        contribution.author,
        contribution.amount_minor,
        contribution.unit,
        contribution.round,
    )
    if not same:
        return Rule.WRONG_AMOUNT, (
            f"confirms {format_amount(entry.amount_minor, entry.unit)} from '{entry.counterparty}' in round"
            f" {entry.round}, but contribution '{contribution.id}' is"
            f" {format_amount(contribution.amount_minor, contribution.unit)} from '{contribution.author}'"
            f" in round {contribution.round}"
        )
    return None


def _check_payout(entry: LedgerEntry, books: Books) -> Failure | None:
    return Rule.PAYOUT_RETIRED, (
        "a lending circle round is paid to its recipient directly: it is complete once they confirm each"
        " contribution, not by a payout"
    )


# --- what an accepted entry changes ---------------------------------------------------------------------------


def _apply_contribution(entry: LedgerEntry, books: Books) -> None:
    books.contributions[entry.ref][entry.round or 0].add(entry.author)
    books.circle_waiting[entry.id] = entry  # received only once its recipient confirms it


def _apply_payout(entry: LedgerEntry, books: Books) -> None:
    return None  # never reached: _check_payout sets every payout aside


def _apply_joined(entry: LedgerEntry, books: Books) -> None:
    books.joined[entry.ref].add(entry.author)


def _apply_received(entry: LedgerEntry, books: Books) -> None:
    contribution = books.circle_waiting.pop(entry.ref)
    books.circle_received[contribution.id] = entry.id
    circle_id, k = contribution.ref, contribution.round or 0
    received = books.received_in[circle_id][k]
    received.add(contribution.author)
    circle = books.view.circles[circle_id]
    if len(received) == len(circle.payers(k)):  # every other member's contribution confirmed
        books.payouts[circle_id][k] = entry.author


CHECKS: dict[EntryKind, Callable[[LedgerEntry, Books], Failure | None]] = {
    EntryKind.LENDING_CIRCLE_CONTRIBUTION: _check_contribution,
    EntryKind.LENDING_CIRCLE_PAYOUT: _check_payout,
    EntryKind.CIRCLE_JOINED: _check_joined,
    EntryKind.CIRCLE_RECEIVED: _check_received,
}
APPLY: dict[EntryKind, Callable[[LedgerEntry, Books], None]] = {
    EntryKind.LENDING_CIRCLE_CONTRIBUTION: _apply_contribution,
    EntryKind.LENDING_CIRCLE_PAYOUT: _apply_payout,
    EntryKind.CIRCLE_JOINED: _apply_joined,
    EntryKind.CIRCLE_RECEIVED: _apply_received,
}
