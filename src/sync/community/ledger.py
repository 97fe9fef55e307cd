"""The ledger's rules: which signed entries count, which need review and why, and the balances they derive.

Every peer judges the entries in the same order — by (at, id), ties broken by the entry's bytes — whatever
order the merged document lists them in, so every peer reaches the same report. Each entry is either accepted
(and counted) or listed for review with a reason; none is dropped, and none that is rejected is counted.
Balances are derived here from the accepted entries, never stored.

Rules, in the order they are checked:
- authenticity: a signature that verifies for the entry's device, an author who is a member, and that device
  linked to the author; only then does the entry claim its id, so a forged copy cannot shadow a real entry;
- a unique id; a counterparty (when named) who is a member;
- then the rule of the entry's kind: one function per kind in _ledger_rules.py (lending circles' in
  _circle_rules.py).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from . import _authorship as auth
from . import _circle_rules, _ledger_rules
from ._ledger_rules import (
    DEFAULT_CREDIT_LIMIT,
    Books,
    Failure,
    Rule,
    credit_limit,
    format_amount,
    principal_and_bonus,
    target_confirmed,
)
from .model import EntryKind
from .signed import LedgerEntry, Verifier
from .view import CommunityView

KIND_CHECKS: dict[EntryKind, Callable[[LedgerEntry, Books], Failure | None]] = {
    **_ledger_rules.KIND_CHECKS,
    **_circle_rules.CHECKS,
}
APPLY: dict[EntryKind, Callable[[LedgerEntry, Books], None]] = {**_ledger_rules.APPLY, **_circle_rules.APPLY}

__all__ = [
    "DEFAULT_CREDIT_LIMIT",
    "LedgerReport",
    "Review",
    "Rule",
    "check_ledger",
    "credit_limit",
    "entry_order",
    "format_amount",
    "in_judging_order",
    "principal_and_bonus",
    "refusal",
    "target_confirmed",
]


@dataclass(frozen=True)
class Review:
    entry: LedgerEntry
    reason: str
    rule: Rule


@dataclass(frozen=True)
class LedgerReport:
    accepted: tuple[LedgerEntry, ...]  # in judging order
    needs_review: tuple[Review, ...]  # in judging order
    purse_balance: dict[str, int]  # currency → minor units
    credit_balances: dict[str, int]  # member → minutes, every member listed; they sum to zero
    stakes: dict[str, dict[str, int]]  # project → member → stakes held
    repaid: dict[str, dict[str, int]]  # project → member → minor units repaid
    # circle → round → its recipient, once they confirmed every other member's contribution (the round is paid)
    lending_circle_paid: dict[str, dict[int, str]]
    contributions: dict[str, dict[int, tuple[str, ...]]]  # circle → round → members who paid in (sorted)
    withdrawals: dict[str, str]  # proposal → the accepted withdrawal entry's id
    confirmations: dict[str, tuple[str, ...]] = field(
        default_factory=dict
    )  # project → verifiers who confirmed
    credit_waiting: tuple[
        LedgerEntry, ...
    ] = ()  # credit transfers their receiver has not confirmed, in order
    credit_confirmed: dict[str, str] = field(default_factory=dict)  # transfer id → its confirmation's id
    circle_joined: dict[str, tuple[str, ...]] = field(default_factory=dict)  # circle → members who joined
    circle_waiting: tuple[
        LedgerEntry, ...
    ] = ()  # contributions their round's recipient has not confirmed yet, in order
    circle_received: dict[str, str] = field(default_factory=dict)  # contribution id → its confirmation's id


def entry_order(entry: LedgerEntry) -> tuple[dt.datetime, str, bytes, bytes]:
    """The judging order: by time, then id; the entry's bytes break remaining ties so the order is total."""
    return entry.at, entry.id, entry.signing_bytes(), entry.signature


def in_judging_order(entries: Iterable[LedgerEntry]) -> list[LedgerEntry]:
    """*entries* sorted by `entry_order`, with the entries' bytes made only to break a tie of time and id (which
    honest writers never make): making them for every entry cost more than judging a 50,000-entry ledger."""
    out: list[LedgerEntry] = []
    for _, same in itertools.groupby(sorted(entries, key=lambda e: (e.at, e.id)), key=lambda e: (e.at, e.id)):
        tied = list(same)
        out.extend(tied if len(tied) == 1 else sorted(tied, key=entry_order))
    return out


def check_ledger(view: CommunityView, verifier: Verifier) -> LedgerReport:
    books = Books(view, verifier)
    accepted: list[LedgerEntry] = []
    reviews: list[Review] = []
    judge_in_order(in_judging_order(view.ledger), books, accepted, reviews)
    return report_of(books, accepted, reviews)


def judge_in_order(
    entries: Iterable[LedgerEntry], books: Books, accepted: list[LedgerEntry], reviews: list[Review]
) -> None:
    """Judge *entries* (in judging order, each after every entry *books* already holds), adding each to
    *accepted* or *reviews*, and *books* kept up to date (`incremental.IncrementalLedger` goes on from them)."""
    for entry in entries:
        failure = _judge(entry, books)
        if failure is None:
            APPLY[entry.kind](entry, books)
            accepted.append(entry)
        else:
            reviews.append(Review(entry, failure[1], failure[0]))


def report_of(books: Books, accepted: list[LedgerEntry], reviews: list[Review]) -> LedgerReport:
    """The report of the entries judged into *books*: copies of what the books hold, so judging on does not
    change a report already given."""
    return LedgerReport(
        accepted=tuple(accepted),
        needs_review=tuple(reviews),
        purse_balance=dict(books.purse),
        credit_balances={m: books.credit.get(m, 0) for m in books.view.members},
        stakes={p: dict(by_member) for p, by_member in books.stakes.items()},
        repaid={p: dict(by_member) for p, by_member in books.repaid.items()},
        lending_circle_paid={cid: dict(rounds) for cid, rounds in books.payouts.items()},
        contributions={
            cid: {r: tuple(sorted(members)) for r, members in rounds.items()}
            for cid, rounds in books.contributions.items()
        },
        withdrawals=dict(books.withdrawn),
        confirmations={p: tuple(sorted(members)) for p, members in books.confirmed.items()},
        credit_waiting=tuple(books.credit_waiting.values()),
        credit_confirmed=dict(books.credit_confirmed),
        circle_joined={cid: tuple(sorted(members)) for cid, members in books.joined.items()},
        circle_waiting=tuple(books.circle_waiting.values()),
        circle_received=dict(books.circle_received),
    )


def _judge(entry: LedgerEntry, books: Books) -> Failure | None:
    failure = _check_authorship(entry, books)
    if failure is not None:
        return failure
    failure = _check_unique_id(entry, books)
    books.ids.add(entry.id)  # an authentic entry claims its id, whether or not it is accepted
    if failure is not None:
        return failure
    return _check_counterparty(entry, books) or KIND_CHECKS[entry.kind](entry, books)


# --- rules every entry passes ---------------------------------------------------------------------------------


def _check_authorship(entry: LedgerEntry, books: Books) -> Failure | None:
    problem = auth.authorship_problem(
        books.view,
        books.verifier,
        member_id=entry.author,
        device_id=entry.device_id,
        record=entry,
        role="author",
    )
    return None if problem is None else (Rule(problem[0]), problem[1])


def _check_unique_id(entry: LedgerEntry, books: Books) -> Failure | None:
    if entry.id in books.ids:
        return Rule.DUPLICATE_ID, f"duplicate entry id '{entry.id}': an earlier entry already has it"
    return None


def _check_counterparty(entry: LedgerEntry, books: Books) -> Failure | None:
    if entry.counterparty and entry.counterparty not in books.view.members:
        return Rule.UNKNOWN_COUNTERPARTY, f"unknown counterparty '{entry.counterparty}': not a member"
    return None


def refusal(view: CommunityView, report: LedgerReport, entry: LedgerEntry, verifier: Verifier) -> str | None:
    """Why *entry*, judged after every entry of *report* (what `check_ledger` made of *view*), would be set
    aside on every peer; None when it would count. For a new entry, dated now, so judged last: the service
    asks this before writing, so a person hears the reason at once and nothing that every peer refuses is kept.
    """
    books = Books(view, verifier)
    books.ids.update(e.id for e in report.accepted)
    books.ids.update(r.entry.id for r in report.needs_review)
    for project, by_member in report.stakes.items():
        books.stakes[project].update(by_member)
    for project, by_member in report.repaid.items():
        books.repaid[project].update(by_member)
    for circle, rounds in report.contributions.items():
        for k, members in rounds.items():
            books.contributions[circle][k].update(members)
    for circle, paid in report.lending_circle_paid.items():
        books.payouts[circle].update(paid)
    _seed_circles(books, report)
    books.purse.update(report.purse_balance)
    books.withdrawn.update(report.withdrawals)
    books.credit.update(report.credit_balances)
    for project, members in report.confirmations.items():
        books.confirmed[project].update(members)
    failure = _judge(entry, books)
    return None if failure is None else failure[1]


def _seed_circles(books: Books, report: LedgerReport) -> None:
    """The lending circles' part of the books as *report* left them: joins, contributions still waiting for
    their recipient, and the confirmed ones."""
    for circle, members in report.circle_joined.items():
        books.joined[circle].update(members)
    books.circle_waiting.update((e.id, e) for e in report.circle_waiting)
    books.circle_received.update(report.circle_received)
    by_id = {e.id: e for e in report.accepted if e.id in report.circle_received}
    for contribution_id in report.circle_received:
        contribution = by_id[contribution_id]
        books.received_in[contribution.ref][contribution.round or 0].add(contribution.author)
