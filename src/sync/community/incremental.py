"""The ledger judged on from where it was: after a change that only appended entries, only those are judged.

`check_ledger` judges every entry from empty books; the service asks for the report after every change, and a
50,000-entry ledger costs about 0.6 s to judge even with its signatures remembered. A peer's new entries are
nearly always dated after every entry already judged, so the books the last judgement ended with are where
judging them starts: `IncrementalLedger` keeps those books, and judges only the new entries when

- every entry judged last time is still in the ledger (the same objects: the document's snapshot keeps the
  entries it read before), and every new one sorts after all of them (`entry_order`);
- nothing else the rules read changed: the members, projects, lending circles, proposals, credit limits,
  votes and receipts (compared by value, which is quick when the records are the same objects), and what the
  verifier knows of the membership (*membership*, an object the caller replaces whenever that changes).

Otherwise — a backdated entry, an entry gone, a changed project or vote, a member removed — it judges the
whole ledger again. Either way the report equals `check_ledger`'s for the same view.
"""

from __future__ import annotations

import enum
import itertools
import operator
from collections.abc import Sequence

from ._ledger_rules import Books
from .ledger import LedgerReport, Review, entry_order, in_judging_order, judge_in_order, report_of
from .signed import LedgerEntry, Verifier
from .view import CommunityView

__all__ = ["RULES_READ", "IncrementalLedger", "Judged"]

RULES_READ = ("members", "projects", "circles", "proposals", "credit_limits", "votes", "receipts")
"""The view's collections, besides the ledger, that the ledger's rules (and the vote tallies they ask) read."""


class Judged(enum.Enum):
    """How the last report was made (for tests and benchmarks)."""

    WHOLE = "whole"  # every entry judged from empty books
    APPENDED = "appended"  # only the new entries, on the kept books
    SAME = "same"  # nothing new: the last report again


class IncrementalLedger:
    """One community's ledger, judged on from the books of its last judgement when a change only appended."""

    def __init__(self) -> None:
        self._view: CommunityView | None = None
        self._membership: object = None
        self._books: Books | None = None
        self._accepted: list[LedgerEntry] = []
        self._reviews: list[Review] = []
        # id() of each judged entry (the kept view holds them, so no other object has one of these ids); None
        # when the ledger listed one object twice: the next check judges everything again
        self._judged: frozenset[int] | None = frozenset()
        self._last: LedgerEntry | None = None  # the last entry judged, in judging order
        self._ledger: tuple[LedgerEntry, ...] = ()  # the ledger as last judged
        self._report: LedgerReport | None = None
        self.judged = Judged.WHOLE

    def check(self, view: CommunityView, verifier: Verifier, membership: object = None) -> LedgerReport:
        """The report `check_ledger(view, verifier)` gives. *membership*: what *verifier* knows of who speaks
        for whom, as an object replaced whenever that changes (None: the verifier itself)."""
        membership = verifier if membership is None else membership
        books, report = self._books, self._report
        if books is not None and report is not None and view is self._view and membership is self._membership:
            books.verifier = verifier  # the same view again (every screen asks after the same change)
            self.judged = Judged.SAME
            return report
        if books is None or report is None or not self._same_rules(view, membership):
            return self._judge_whole(view, verifier, membership)
        appended = self._appended(view.ledger)
        if appended is None:
            return self._judge_whole(view, verifier, membership)
        fresh, ids = appended
        self._view, self._ledger, books.view, books.verifier = view, tuple(view.ledger), view, verifier
        if not fresh:
            self.judged = Judged.SAME
            return report
        ordered = in_judging_order(fresh)
        judge_in_order(ordered, books, self._accepted, self._reviews)
        self._remember(ids, ordered[-1])
        self.judged = Judged.APPENDED
        return self._report_now(books)

    def _judge_whole(self, view: CommunityView, verifier: Verifier, membership: object) -> LedgerReport:
        books = Books(view, verifier)
        self._accepted, self._reviews = [], []
        ordered = in_judging_order(view.ledger)
        judge_in_order(ordered, books, self._accepted, self._reviews)
        self._view, self._membership, self._books = view, membership, books
        self._ledger = tuple(view.ledger)
        self._remember(_distinct_ids(view.ledger), ordered[-1] if ordered else None)
        self.judged = Judged.WHOLE
        return self._report_now(books)

    def _report_now(self, books: Books) -> LedgerReport:
        self._report = report_of(books, self._accepted, self._reviews)
        return self._report

    def _remember(self, ids: frozenset[int] | None, last: LedgerEntry | None) -> None:
        self._judged, self._last = ids, last

    def _same_rules(self, view: CommunityView, membership: object) -> bool:
        before = self._view
        if before is None or membership is not self._membership:
            return False
        return view is before or all(getattr(view, name) == getattr(before, name) for name in RULES_READ)

    def _appended(self, ledger: Sequence[LedgerEntry]) -> tuple[list[LedgerEntry], frozenset[int]] | None:
        """The entries of *ledger* not judged yet, in its order, and the ids of all its entries, when every
        judged entry is still in it and each new one sorts after all the judged ones; None when the whole
        ledger must be judged again (also when it lists one object twice, which no document view does)."""
        judged = self._judged
        if judged is None:
            return None
        found = self._after_the_judged(ledger, judged)
        if found is None:
            ids = _distinct_ids(ledger)
            if ids is None or not judged <= ids:
                return None
            new = ids - judged
            found = list(itertools.compress(ledger, map(new.__contains__, map(id, ledger)))), ids
        last = self._last
        if last is not None and any(not _after(entry, last) for entry in found[0]):
            return None
        return found

    def _after_the_judged(
        self, ledger: Sequence[LedgerEntry], judged: frozenset[int]
    ) -> tuple[list[LedgerEntry], frozenset[int]] | None:
        """The usual case made quick: *ledger* starts with the very entries judged last, in the same order (one
        identity check each, in C), and goes on with new objects. None when it does not."""
        before = self._ledger
        count = len(before)
        if len(ledger) < count or not all(map(operator.is_, ledger[:count], before)):
            return None
        fresh = list(ledger[count:])
        new = frozenset(map(id, fresh))
        if len(new) != len(fresh) or not new.isdisjoint(judged):
            return None
        return fresh, judged | new


def _distinct_ids(ledger: Sequence[LedgerEntry]) -> frozenset[int] | None:
    """The id() of each entry (set operations on them cost milliseconds for 50,000 entries, where hashing the
    entries would cost a hundred); None when one object is listed twice."""
    ids = frozenset(map(id, ledger))
    return ids if len(ids) == len(ledger) else None


def _after(entry: LedgerEntry, last: LedgerEntry) -> bool:
    """Whether *entry* sorts after *last* in judging order (the entry's bytes made only on a tie)."""
    key, last_key = (entry.at, entry.id), (last.at, last.id)
    if key != last_key:
        return key > last_key
    return entry_order(entry) > entry_order(last)
