"""The view of a whole document, kept record by record so that a change re-reads only what it touched.

A full read costs about as much as the document is large. When the records every change since the last read
touched are known (a local write says so; a peer's changes are read op by op on their way in, see
`CommunityDocument._recorded`), `refresh` re-reads just those records. Of a list, it reads only the elements
the changes inserted (their ids are those of the ops that inserted them), wherever Automerge's order put them:
a peer's append made concurrently with another lands before or after it by op id, not always at the end. A list
a change did anything else to (only an unguarded `merge` can) is read whole, and so is one whose elements are
not where that reasoning says. Otherwise (an unguarded document took a peer's changes, a layout change) a full
read runs, but a record stored exactly as before (same fingerprint of its plain value) reuses its earlier
entity instead of being validated and built again.

Problems are listed in a fixed order — name, then each collection in layout order with its records by key
(lists by position) — so every replica with the same changes reports the same problems.
"""

from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from ._automerge import MISSING, ROOT, Missing, Node, Obj, Reader, UnreadableError, object_op_id
from ._changes import NAME, RecordKey
from ._codec import LIST_COLLECTIONS, MAP_COLLECTIONS, Conflict
from ._ops import OpId
from ._read import Memo, Result, decode
from .errors import InvalidValueError
from .view import OPTIONAL_COLLECTIONS, CommunityView, Problem


@dataclass(frozen=True)
class _MapDone:
    """A map collection as last assembled."""

    entities: dict[str, Any]
    problems: tuple[Problem, ...]
    conflicts: tuple[Conflict, ...]


@dataclass
class _ListDone:
    """A list collection as last assembled, from its first *count* readings."""

    count: int = 0
    records: tuple[Any, ...] = ()
    problems: tuple[Problem, ...] = ()
    seen: set[str] = field(default_factory=set)  # the ids of *records*


_NOTHING_GROWN: Mapping[str, AbstractSet[OpId]] = MappingProxyType({})


def _kind(coll: str) -> str:
    return "map" if coll in MAP_COLLECTIONS else "list"


def _element(reader: Reader, obj: bytes, coll: str, index: int) -> Node | UnreadableError:
    """One element of a list, or the UnreadableError that says why it cannot be read."""
    path = f"{coll}/{index}"
    try:
        node = reader.get(obj, index, path)
    except UnreadableError as exc:
        return exc
    return UnreadableError(path, "vanished while being read") if isinstance(node, Missing) else node


def _positions(
    reader: Reader, obj: bytes, coll: str, inserted: AbstractSet[OpId], total: int
) -> set[int] | None:
    """Where the elements *inserted* stand in a list of *total* elements, found from the end; None if one of
    them is not there."""
    positions: set[int] = set()
    index = total
    while len(positions) < len(inserted):
        index -= 1
        if index < 0:
            return None
        node = _element(reader, obj, coll, index)
        if isinstance(node, Obj) and object_op_id(node.id) in inserted:
            positions.add(index)
    return positions


class Snapshot:
    def __init__(self) -> None:
        self.name = ""
        self.name_problem: Problem | None = None
        self.collections: dict[str, bytes] = {}  # object ids of the readable collections
        self.broken: dict[str, Problem] = {}  # collections that cannot be read
        self.maps: dict[str, dict[str, Result]] = {coll: {} for coll in MAP_COLLECTIONS}
        self.lists: dict[str, list[Result]] = {coll: [] for coll in LIST_COLLECTIONS}
        # per collection, readings a later read may reuse for records stored exactly alike
        self.memo: dict[str, Memo] = {coll: {} for coll in MAP_COLLECTIONS + LIST_COLLECTIONS}
        # each collection as last assembled, until a read changes it (`_changed`)
        self._maps_done: dict[str, _MapDone] = {}
        self._lists_done: dict[str, _ListDone] = {}

    @classmethod
    def read(cls, reader: Reader, previous: Snapshot | None = None) -> Snapshot:
        """Read everything; records stored exactly as in *previous* reuse their readings."""
        snap = cls()
        try:
            root: dict[str, Node | UnreadableError | Missing] = dict(reader.items(ROOT, "root"))
        except UnreadableError as exc:
            snap.name_problem = Problem("root", str(exc))
            return snap
        snap._read_name(reader, root.get("name", MISSING))
        for coll in MAP_COLLECTIONS + LIST_COLLECTIONS:
            node = root.get(coll, MISSING)
            if node is MISSING and coll in OPTIONAL_COLLECTIONS:
                continue  # a document made before this collection existed: none of its records
            if not isinstance(node, Obj) or node.kind != _kind(coll):
                reason = str(node) if isinstance(node, UnreadableError) else f"{coll}: is not a {_kind(coll)}"
                snap.broken[coll] = Problem(coll, reason)
                continue
            snap.collections[coll] = node.id
            memo, kept = previous.memo[coll] if previous is not None else None, snap.memo[coll]
            try:
                if coll in MAP_COLLECTIONS:
                    snap.maps[coll] = {
                        k: decode(reader, coll, k, v, memo, kept) for k, v in reader.items(node.id, coll)
                    }
                else:
                    elements = reader.elements(node.id, coll)
                    snap.lists[coll] = [
                        decode(reader, coll, str(i), v, memo, kept) for i, v in enumerate(elements)
                    ]
            except UnreadableError as exc:
                snap.broken[coll] = Problem(coll, str(exc))
        return snap

    def _read_name(self, reader: Reader, node: Node | UnreadableError | Missing) -> None:
        name = reader.as_text(node, "name")
        if name is not None:
            self.name, self.name_problem = name, None
        else:
            self.name, self.name_problem = "", Problem("name", "is missing or not text")

    def refresh(
        self,
        reader: Reader,
        touched: AbstractSet[RecordKey],
        whole: AbstractSet[str] = frozenset(),
        grown: Mapping[str, AbstractSet[OpId]] = _NOTHING_GROWN,
    ) -> bool:
        """Re-read the *touched* records, the *whole* lists and, of each *grown* list, only the elements named
        (by the id of the op that inserted each); a list in *touched* only (a local append) is read from where
        it ended. False when only a full read will do."""
        try:
            for coll, key in sorted(touched):
                if (coll, key) == NAME:
                    self._read_name(reader, reader.get(ROOT, "name", "name"))
                    continue
                obj = self.collections.get(coll)
                if obj is None:
                    return False
                if coll in LIST_COLLECTIONS:
                    if coll not in whole and coll not in grown:  # local writes only ever append
                        self._read_tail(reader, coll, obj)
                    continue
                record = reader.get(obj, key, f"{coll}/{key}")
                self._changed(coll)
                if isinstance(record, Missing):
                    self.maps[coll].pop(key, None)
                else:
                    self.maps[coll][key] = decode(reader, coll, key, record)
            for coll, inserted in sorted(grown.items()):
                obj = self.collections.get(coll)
                if obj is None:
                    return False
                if coll not in whole and not self._read_inserted(reader, coll, obj, inserted):
                    whole = {*whole, coll}
            for coll in sorted(whole):
                obj = self.collections.get(coll)
                if obj is None:
                    return False
                self._read_list(reader, coll, obj)
        except (UnreadableError, InvalidValueError):
            return False
        return True

    def _read_tail(self, reader: Reader, coll: str, obj: bytes) -> None:
        """Read the elements after those already read (a local append)."""
        results, kept = self.lists[coll], self.memo[coll]
        for index in range(len(results), reader.length(obj, coll)):
            element = _element(reader, obj, coll, index)
            # kept for the next whole read too: the same record object again, which lets the ledger be judged
            # on from where it was (`incremental.IncrementalLedger`)
            results.append(decode(reader, coll, str(index), element, None, kept))

    def _read_list(self, reader: Reader, coll: str, obj: bytes) -> None:
        """Read a list whole, reusing the readings of elements stored exactly as before."""
        memo, kept = self.memo[coll], Memo()
        self._changed(coll)
        elements = reader.elements(obj, coll)
        self.lists[coll] = [decode(reader, coll, str(i), v, memo, kept) for i, v in enumerate(elements)]
        self.memo[coll] = kept

    def _read_inserted(self, reader: Reader, coll: str, obj: bytes, inserted: AbstractSet[OpId]) -> bool:
        """Read only the elements *inserted* since the last read, wherever Automerge's order put them (a peer's
        insert made concurrently with another lands before it or after it, by op id, not at the end). The
        list is append-only since then (no element changed or removed: `_rules.ListGrowth`), so when it holds
        exactly as many more elements as were inserted, every other element is one read before, in the same
        order. Walks back from the end, where new elements usually are, until each inserted one is placed.
        False when that does not hold: then the list is read whole."""
        results = self.lists[coll]
        total = reader.length(obj, coll)
        if total != len(results) + len(inserted):
            return False
        positions = _positions(reader, obj, coll, inserted, total)
        if positions is None:
            return False
        first = min(positions, default=total)
        if first < len(results):  # not only appended: elements moved
            self._changed(coll)
        later, kept = iter(results[first:]), self.memo[coll]
        for index in range(first, total):
            if index in positions:
                element = _element(reader, obj, coll, index)
                results_at = decode(reader, coll, str(index), element, None, kept)
            else:
                results_at = next(later)
                if results_at.problems or results_at.conflicts:  # they name the element's old position
                    element = _element(reader, obj, coll, index)
                    results_at = decode(reader, coll, str(index), element)
            if index < len(results):
                results[index] = results_at
            else:
                results.append(results_at)
        return True

    def _without(self, coll: str) -> bool:
        """The document has no such collection: it was made before the collection existed."""
        return coll not in self.collections and coll not in self.broken

    def assemble(self) -> tuple[CommunityView, tuple[Conflict, ...]]:
        """The view of what was read. A collection no read touched since the last assembly hands back the very
        objects it did then (so `view.assets is previous.assets` says nothing changed there), and a list a
        change only appended to is assembled from where it ended."""
        problems: list[Problem] = [] if self.name_problem is None else [self.name_problem]
        conflicts: list[Conflict] = []
        maps: dict[str, dict[str, Any]] = {}
        for coll in MAP_COLLECTIONS:
            if coll in self.broken:
                problems.append(self.broken[coll])
            done = self._maps_done.get(coll)
            if done is None:
                done = self._maps_done[coll] = self._assemble_map(coll)
            maps[coll] = done.entities
            problems.extend(done.problems)
            conflicts.extend(done.conflicts)
        lists: dict[str, tuple[Any, ...]] = {}
        for coll in LIST_COLLECTIONS:
            if coll in self.broken:
                problems.append(self.broken[coll])
            listed = self._assemble_list(coll)
            lists[coll] = listed.records
            problems.extend(listed.problems)
        view = CommunityView(
            name=self.name,
            **maps,
            ledger=lists["ledger"],
            votes=lists["votes"],
            problems=tuple(problems),
            receipts=None if self._without("receipts") else lists["receipts"],
        )
        return view, tuple(conflicts)

    def _assemble_map(self, coll: str) -> _MapDone:
        entities: dict[str, Any] = {}
        problems: list[Problem] = []
        conflicts: list[Conflict] = []
        for key in sorted(self.maps[coll]):
            result = self.maps[coll][key]
            problems.extend(result.problems)
            conflicts.extend(result.conflicts)
            if result.entity is not None:
                entities[key] = result.entity
        return _MapDone(entities, tuple(problems), tuple(conflicts))

    def _assemble_list(self, coll: str) -> _ListDone:
        """The list's records and problems, going on from the last assembly over the readings appended since."""
        results = self.lists[coll]
        done = self._lists_done.get(coll)
        if done is None or done.count > len(results):
            done = self._lists_done[coll] = _ListDone()
        if done.count == len(results):
            return done
        records, problems, seen = list(done.records), list(done.problems), done.seen
        for index in range(done.count, len(results)):
            result = results[index]
            problems.extend(result.problems)
            record = result.entity
            if record is not None and record.id in seen:
                problems.append(Problem(f"{coll}/{index}", f"repeats the id {record.id!r}"))
            elif record is not None:
                seen.add(record.id)
                records.append(record)
        done.count, done.records, done.problems = len(results), tuple(records), tuple(problems)
        return done

    def _changed(self, coll: str) -> None:
        """A read changed *coll* other than by appending: assemble it again whole."""
        self._maps_done.pop(coll, None)
        self._lists_done.pop(coll, None)
