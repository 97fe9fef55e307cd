"""Which records changes touched: what `CommunityDocument.take_changed` reports and `records` reads back.

A record is named `(collection, key)`: a map collection's record by its id (a credit limit by its member id),
`("ledger", "")` and `("votes", "")` for a list collection that gained elements (the lists are append-only; the
caller diffs the whole tuple by id), and `NAME` for the community's name.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ._codec import Conflict
from .view import Problem

RecordKey = tuple[str, str]
NAME: RecordKey = ("", "name")  # what a write to the community's name touches


@dataclass(frozen=True)
class RecordChanges:
    """What changed in a document since the last `take_changed`.

    `records`: every record added, edited or deleted (a superset at worst: a record written with the value it
    had is named too). `everything`: the document cannot tell which records changed, so the caller reads
    everything again (`view()`); `records` is then empty. See `CommunityDocument.take_changed` for when."""

    records: frozenset[RecordKey] = frozenset()
    everything: bool = False


@dataclass(frozen=True)
class RecordRead:
    """One record as the current view holds it (`CommunityDocument.records`).

    `entity`: the model object (an int of minutes for a credit limit, the name's str for `NAME`), the whole
    tuple of entries for a list collection (`ledger`, `votes`: diff by id against what was seen), or None
    when the record does not exist (deleted, never written) or cannot be read — then `problems` says why."""

    key: RecordKey
    entity: Any
    problems: tuple[Problem, ...] = ()
    conflicts: tuple[Conflict, ...] = ()


class ChangeLog:
    """Records touched since the last `take`; "everything" once any change's records were unknown."""

    def __init__(self, *, everything: bool) -> None:
        self.records: set[RecordKey] = set()
        self.everything = everything

    def add(self, touched: Iterable[RecordKey] | None) -> None:
        """Note what a change touched; None: it cannot be told."""
        if touched is None:
            self.everything = True
            self.records.clear()
        elif not self.everything:
            self.records.update(touched)

    def take(self) -> RecordChanges:
        out = RecordChanges(frozenset(self.records), self.everything)
        self.records, self.everything = set(), False
        return out
