"""Instants a writer chooses are bounded by the history it builds on, the same way on every peer.

A record's moment of writing (`created_at`, `joined_at`, a ledger entry's `at`, a vote's `cast_at`, a progress
report's `reported_at`, a receipt's `seen_at`, a register write's `at`) is whatever its writer's clock said, so
a writer could date a change in the past. Every peer therefore keeps, for each change, the newest such instant
in the change and its history, and refuses a change that dates anything earlier than the newest instant among
its dependencies, less `MAX_CLOCK_SKEW` (clocks of honest devices disagree a little). The bound comes from the
changes themselves, never from when a peer received them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from ._ancestry import Ancestry, Lists, no_lists
from ._checks import INSTANT_TEXT
from ._ops import Action, DecodedChange

MAX_CLOCK_SKEW = dt.timedelta(minutes=15)
# Field names that hold a writer's "now" (planned times such as an event's start or a deadline do not).
WRITTEN_AT = frozenset({"created_at", "joined_at", "at", "cast_at", "reported_at", "seen_at"})
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


# Parsed instants by their text: a change usually writes the same "now" in several fields (a record's
# created_at and its register writes' at), and parsing one costs a regular expression and a datetime.
_PARSED: dict[str, dt.datetime | None] = {}
_MAX_PARSED = 4096


def parse_instant(value: object) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return _PARSED[value]
    except KeyError:
        pass
    moment = _parse(value)
    if len(_PARSED) >= _MAX_PARSED:
        _PARSED.clear()
    _PARSED[value] = moment
    return moment


def _parse(value: str) -> dt.datetime | None:
    if not INSTANT_TEXT.match(value):
        return None
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(dt.UTC)
    except ValueError:
        return None


def written_instants(change: DecodedChange) -> list[dt.datetime]:
    """The writer-chosen instants a change sets (map keys in WRITTEN_AT with an instant as value)."""
    out = []
    written_at, set_ = WRITTEN_AT, Action.SET
    for op in change.ops:
        key = op.key
        if op.action is set_ and isinstance(key, str) and key in written_at:
            moment = parse_instant(op.value.value)
            if moment is not None:
                out.append(moment)
    return out


class Clockwork:
    """The newest written instant in each change's history, for every change this document holds, and the
    dependency graph itself (`ancestry`: what "before its first vote" is judged from)."""

    def __init__(self, lists: Lists = no_lists) -> None:
        self.newest: dict[bytes, dt.datetime] = {}
        self.ancestry = Ancestry(lists)
        # The instants of the change last judged: the gate asks `too_early` and then `learn` of each change.
        self._last: tuple[DecodedChange | None, list[dt.datetime]] = (None, [])

    def _instants(self, change: DecodedChange) -> list[dt.datetime]:
        last, instants = self._last
        if last is not change:
            instants = written_instants(change)
            self._last = (change, instants)
        return instants

    def floor(self, deps: Iterable[bytes]) -> dt.datetime:
        """The earliest instant a change with these dependencies may write."""
        newest = max((self.newest.get(d, _EPOCH) for d in deps), default=_EPOCH)
        return newest - MAX_CLOCK_SKEW if newest > _EPOCH + MAX_CLOCK_SKEW else _EPOCH

    def too_early(self, change: DecodedChange) -> dt.datetime | None:
        """The first instant *change* writes that is before its floor, or None."""
        floor = self.floor(change.deps)
        return next((m for m in self._instants(change) if m < floor), None)

    def learn(self, change: DecodedChange) -> None:
        """Note the newest instant in *change*'s history. A change with no dependencies (the one that lays a
        document out) contributes none: every peer decides so alike, without reading its ops."""
        own = self._instants(change) if change.deps else []
        newest = max((self.newest.get(d, _EPOCH) for d in change.deps), default=_EPOCH)
        self.newest[change.hash] = max([newest, *own])
        self.ancestry.learn(change)
