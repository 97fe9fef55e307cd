"""Taking a peer's changes through the gate: what the gate reads from the document, and the index of its objects."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from ._ahead import Clock, utc_now
from ._automerge import ROOT, Obj, Reader, UnreadableError, object_op_id
from ._chunks import SyncParts, split_sync_message
from ._codec import LIST_COLLECTIONS, MAP_COLLECTIONS
from ._gate import DocFacts, Gate, Verdict
from ._instants import Clockwork
from ._log_heads import HeadsBook
from ._ops import DecodedChange, OpId, decode_header, decode_ops
from ._rules import Context, ListGrowth, ObjectIndex, Path, element_key, index_change, records_touched
from ._safedoc import SafeDoc
from .authority import ChangeProof, Quarantined, Writers

MAX_NEED = 1024  # hashes asked for in one sync message
_NESTED_DEPTH = 4  # record → field → register write → value: deep enough for every object we make


@dataclass(frozen=True)
class Intake:
    """What became of a peer's changes."""

    accepted: int
    quarantined: tuple[Quarantined, ...]
    waiting: int
    set_aside: tuple[Quarantined, ...] = ()  # dated too far ahead of this device's clock: not kept (`_ahead`)

    @property
    def clean(self) -> bool:
        """Everything offered was accepted."""
        return not self.quarantined and not self.waiting and not self.set_aside


@contextmanager
def one_batch() -> Iterator[None]:
    """Take one batch of a peer's changes without Python's cyclic garbage collector. Reading a batch makes a few
    dozen objects per change, none in a cycle (reference counting frees them), and every few hundred of them
    started a collection that walks what the process holds: on a batch of 1,000 changes that cost a fifth to a
    third of the gate's time here. Cycles made meanwhile are collected once the collector is back."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


class Guard:
    """One document's gate and the facts it reads. Used by CommunityDocument from its one thread."""

    def __init__(self, safe: SafeDoc, space_id: bytes, writers: Writers, clock: Clock = utc_now) -> None:
        self.safe = safe
        self.gate = Gate(space_id, writers, clock)
        self._index: ObjectIndex | None = None
        self._clock: Clockwork | None = None
        self._book: HeadsBook | None = None  # built with the clock, from the same pass over the history

    # -- what the gate reads --

    def _facts(self) -> DocFacts:
        return DocFacts(
            known=self.safe.known_hashes,
            max_seq=lambda actor: (self.safe.latest(actor) or (0, b""))[0],
            index=self.index,
            context=lambda: self._context(self.clock),
            clock=self.clock,
            book=self.book,
        )

    def context(self) -> Context:
        """What the write rules read from the document as it stands now."""
        return self._context(self.clock)

    def _context(self, clock: Callable[[], Clockwork]) -> Context:
        reader = self.safe.reader()

        def field(coll: str, key: str, name: str) -> object:
            try:
                node = reader.get(ROOT, coll, coll)
                if not isinstance(node, Obj):
                    return None
                record = reader.get(node.id, key, f"{coll}/{key}")
                if not isinstance(record, Obj):
                    return None
                value = reader.get(record.id, name, f"{coll}/{key}/{name}")
            except UnreadableError:
                return None
            return None if isinstance(value, Obj) else value

        def location(asset: str) -> tuple[object, object] | None:
            try:
                node = reader.get(ROOT, "assets", "assets")
                record = reader.get(node.id, asset, "assets") if isinstance(node, Obj) else None
                place = reader.get(record.id, "location", "assets") if isinstance(record, Obj) else None
                if not isinstance(place, Obj):
                    return None
                return reader.get(place.id, "lat", "assets"), reader.get(place.id, "lon", "assets")
            except UnreadableError:
                return None

        def length(coll: str, key: str, name: str) -> int | None:
            try:
                node = reader.get(ROOT, coll, coll)
                record = reader.get(node.id, key, f"{coll}/{key}") if isinstance(node, Obj) else None
                held = reader.get(record.id, name, f"{coll}/{key}") if isinstance(record, Obj) else None
                return reader.length(held.id, f"{coll}/{key}/{name}") if isinstance(held, Obj) else None
            except UnreadableError:
                return None

        return Context(
            field=field,
            length=length,
            has_votes=lambda proposal, deps: clock().ancestry.in_history(("vote", proposal), deps),
            has_stakes=lambda project, deps: clock().ancestry.in_history(("stake", project), deps),
            recorded=lambda mark, deps: clock().ancestry.found(mark, deps),
            location=location,
        )

    def index(self) -> ObjectIndex:
        if self._index is None:
            self._index = _walk(self.safe.reader())
        return self._index

    def clock(self) -> Clockwork:
        """Built from the whole history the first time a peer's change needs it (once per document)."""
        if self._clock is None or self._book is None:
            clock, book = Clockwork(self._lists), HeadsBook()
            for data in self.safe.all_changes():  # dependencies first
                change = _read(data)
                clock.learn(change)
                book.learn_applied(change)
            self._clock, self._book = clock, book
        return self._clock

    def book(self) -> HeadsBook:
        """The membership-log heads each change stands on; built with the clock."""
        self.clock()
        assert self._book is not None
        return self._book

    def log_heads(self) -> tuple[bytes, ...]:
        """What this device's next change names: the log's heads now."""
        return self.gate.writers.history.current()

    def learn(
        self, changes: list[bytes], hashes: list[bytes], lists: ListGrowth | None = None
    ) -> set[tuple[str, str]] | None:
        """Every change that reached the document (local ones too; *hashes* are theirs) adds the objects it
        made to the index and its instants to the clockwork. Returns the records the changes touched
        (`_rules.records_touched`), or None when that cannot be told: the index is not built yet (no peer's
        change needed it), a layout change, an op outside every record. *lists* learns what the changes did
        to the list collections (meaningful only when the records could be told)."""
        if self._index is None and self._clock is None:
            return None
        touched: set[tuple[str, str]] | None = set()
        judged, read = self.gate.touched, self.gate.decoded
        for data, digest in zip(changes, hashes, strict=True):
            if digest in judged:  # read by the gate, which taught the index and the clock
                more = judged.pop(digest)
                decoded = read.pop(digest)
                if lists is not None and more is not None and self._index is not None and _in_lists(more):
                    records_touched(decoded, self._index, lists)  # which elements it inserted
            else:
                header = decode_header(data)
                if not header.deps:  # a layout change: never read (see the gate); the index is walked anew
                    self._index = None
                    if self._clock is not None and self._book is not None:
                        self._clock.learn(header)
                        self._book.learn(header, None)
                    touched = None
                    continue
                decoded = decode_ops(header)
                if self._index is not None:
                    index_change(decoded, self._index)
                if self._clock is not None and self._book is not None:
                    self._clock.learn(decoded)
                    self._book.learn_applied(decoded)
                more = records_touched(decoded, self._index, lists) if self._index is not None else None
            if touched is not None:
                if more is None or self._index is None:
                    touched = None
                else:
                    touched |= more  # in place: a new set per change made a batch quadratic
        return touched

    def check_history(self, proofs: list[ChangeProof]) -> Verdict:
        """First contact: judge every change of a document loaded from a peer's snapshot, from the first one,
        as if each had arrived on its own (the rules read the loaded state for what records say)."""
        clock, book = Clockwork(self._lists), HeadsBook()
        facts = DocFacts(
            known=set,
            max_seq=lambda actor: 0,
            index=self.index,  # the loaded document, walked only if a change after the first needs it
            context=lambda: self._context(lambda: clock),
            clock=lambda: clock,
            book=lambda: book,
        )
        verdict = self.gate.check(self.safe.all_changes(), proofs, facts)
        clean = verdict.clean
        self._clock, self._book = (clock, book) if clean else (None, None)
        if not clean:
            self._index = None
        return verdict

    def _lists(self) -> dict[str, OpId]:
        """The document's list collections and its proposals by object id (what `_ancestry` finds votes,
        stakes and sealed proposals by)."""
        reader = self.safe.reader()
        out: dict[str, OpId] = {}
        for coll in (*LIST_COLLECTIONS, "proposals"):
            try:
                node = reader.get(ROOT, coll, coll)
            except UnreadableError:
                continue
            if isinstance(node, Obj):
                out[coll] = object_op_id(node.id)
        return out

    # -- taking changes --

    def take(self, changes: Iterable[bytes], proofs: Iterable[ChangeProof]) -> Verdict:
        return self.gate.check(changes, proofs, self._facts())

    def after(self, proofs: Iterable[ChangeProof]) -> None:
        """After the accepted changes reached the document: keep the proofs that vouch for them."""
        self.gate.take_proofs(proofs, self._facts())

    def filter_sync(self, message: bytes, proofs: Iterable[ChangeProof]) -> tuple[bytes, Verdict]:
        """A peer's sync message with only the changes the gate lets through (and those now ready)."""
        parts = split_sync_message(message)
        verdict = self.take(parts.changes, proofs)
        return parts.rebuild(verdict.accepted), verdict

    def outgoing(self, message: bytes) -> tuple[bytes, bool]:
        """Our sync message, asking for what this copy really lacks, and whether it asks for anything.

        The binding never sees the changes the gate holds back, so its need names them (the peer would only
        send them again, or never, having sent them once) and misses what they wait for. So the need drops the
        refused and the waiting, and gains the dependencies the waiting lack: how a change the peer left out
        (its bloom filter said we had it) is asked for again, as the binding would for changes it queued."""
        parts: SyncParts = split_sync_message(message)
        waiting, refused, aside = self.gate.waiting, self.gate.quarantine, self.gate.ahead.set_aside
        if not waiting and not refused and not aside:
            return message, bool(parts.need)
        known, now = self.safe.known_hashes(), self.gate.clock()

        def lacking(digest: bytes) -> bool:  # not a change still too far ahead to be read (`_ahead`)
            return digest not in waiting and digest not in refused and not self.gate.ahead.skip(digest, now)

        need = [h for h in parts.need if lacking(h)]
        for change, _data, _why in waiting.values():
            need += [d for d in change.deps if d not in known and lacking(d)]
        need = sorted(set(need))[:MAX_NEED]
        return parts.rebuild(list(parts.changes), need=tuple(need)), bool(need)


def _in_lists(records: set[tuple[str, str]]) -> bool:
    return any(coll in LIST_COLLECTIONS for coll, _key in records)


def _read(data: bytes) -> DecodedChange:
    """What the clockwork needs of a change: its ops, except for a layout change (no dependencies), which
    contributes no instant and is never read (see the gate)."""
    header = decode_header(data)
    return decode_ops(header) if header.deps else header


def _walk(reader: Reader) -> ObjectIndex:
    """Index every object reachable from the root (a document loaded from the store or a snapshot)."""
    index = ObjectIndex()
    for coll in MAP_COLLECTIONS + LIST_COLLECTIONS:
        try:
            node = reader.get(ROOT, coll, coll)
        except UnreadableError:
            continue
        if not isinstance(node, Obj):
            continue
        index.add(object_op_id(node.id), (coll,))
        try:
            if coll in MAP_COLLECTIONS:
                children = list(reader.items(node.id, coll))
            else:
                children = [
                    (element_key(object_op_id(element.id)), element)
                    for element in reader.elements(node.id, coll)
                    if isinstance(element, Obj)
                ]
        except UnreadableError:
            continue
        for key, child in children:
            if isinstance(child, Obj):
                _walk_object(reader, index, child, (coll, key))
    return index


def _walk_object(reader: Reader, index: ObjectIndex, node: Obj, path: Path) -> None:
    index.add(object_op_id(node.id), path)
    if len(path) > _NESTED_DEPTH or node.kind != "map":
        return
    try:
        items = reader.items(node.id, "/".join(path))
    except UnreadableError:
        return
    for key, child in items:
        if isinstance(child, Obj):
            _walk_object(reader, index, child, (*path, key))
