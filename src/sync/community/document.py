"""CommunityDocument: the typed API over one community's Automerge document.

Nothing outside this package touches Automerge. The saved bytes are a plain Automerge document (nested maps
and lists of Str, Int, F64, Boolean and Null; no Counter, Timestamp, Bytes or Text) that any implementation
reads. Wherever text is expected, a Text object is read as its string too: JavaScript Automerge stores a
string assigned the natural way as one. Layout (schema 1):

    root                    map
      schema                Int 1
      name                  Str
      members               map  id → {id, name, role®, device_ids: [Str], joined_at}
      assets                map  id → {id, kind, title, author, category, area, description, steward,
                                       support_offered, how_used, location: {lat, lon} | null, created_at,
                                       ratings: {member id → Int 1–5}}
      needs_offers          map  id → {id, side, category, area, description, author, urgency,
                                       asset_ids: [Str], open: Boolean, created_at,
                                       expires_on: "YYYY-MM-DD" | null, resolution: Str | null}
      events                map  id → {id, title, starts_at, ends_at, time_zone, author, place, organiser,
                                       description, created_at,
                                       recurrence: {frequency, interval, count | null, until | null} | null,
                                       cancelled: [Str] (absent before: none),
                                       moved: [{original, starts_at, ends_at}] (absent before: none)}
      projects              map  id → {id, title, goal, author, metric, unit, target_value,
                                       stake_price_minor®, currency, stakes_offered®, bonus_percent, repay_by,
                                       status®, created_at,
                                       reports: {report id → {id, value, reported_at, author, note}},
                                       need_ids: [Str] (absent in older documents)}
      circles               map  id → {id, name, author, member_ids: [Str] (payout order),
                                       contribution_minor®, currency, period_days, starts_on, created_at}
      proposals             map  id → {id, title, purpose, author, amount_minor®, currency, deadline, quorum,
                                       threshold_percent, created_at,
                                       voters: [Str] (sorted member ids; absent in older documents),
                                       sealed: true (only when results stay hidden until the deadline)}
      credit_limits         map  member id → register® of Int minutes
      pulse_rounds          map  id → {id, roster: [Str], opens_at, closes_at, author,
                                       submissions: {member id → Str}}
      areas                 map  id → {id, name, author, outline: [{lat, lon}] (3–500), removed: Boolean,
                                       created_at}        (absent in documents made before areas existed)
      ledger                list of {id, kind, author, device_id, amount_minor, unit, at, counterparty, ref,
                                     round: Int | null, memo, signature: hex Str}          (append-only)
      votes                 list of {id, proposal_id, member_id, device_id, choice, cast_at,
                                     signature: hex Str, terms: hex Str (absent in layout v1),
                                     reason (layout v3 and reveals; absent when empty)}  (append-only)
                            a sealed vote has no choice but a commitment: hex Str; a reveal names the
                            sealed vote it opens (reveals) and carries its nonce: hex Str
      receipts              list of {id, vote: hex Str, member_id, device_id, seen_at,
                                     signature: hex Str}    (append-only; absent in documents made before)

      log_heads             Str  the membership-log heads the latest change was written at; every change
                                 sets it, so each change carries its own (sync.community._log_heads)

Instants are Str "2026-11-23T10:00:00.000000Z" (UTC); dates Str "YYYY-MM-DD"; enums their value Str; money
Int minor units; every other field the entity's attribute of the same name. Every collection is created in
the document's first change, so all replicas share them (a merge with a different community is refused).

® is a multi-value register: a map write id → {"value", "by": member id or "", "at": instant,
"replaces": [write ids]}. Its current writes are those no write replaces; a new write replaces (and
deletes) every write its author saw. One current write: that is the value. Several (concurrent edits): the
view shows the one with the latest "at", then the highest write id, and `conflicts()` lists them all.

Updates (`add_*` with an existing id) write only the fields that differ; ratings, reports and submissions
are added or changed entry by entry and never removed by an update. Progress reports read back sorted by
(reported_at, id).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from . import _checks as c
from . import _chunks
from ._ahead import Clock
from ._automerge import ROOT, Obj, Plain, Reader, Writer, stable_object_id
from ._build import (
    ENTITY_TYPES,
    actor,
    author_of,
    check_shape,
    community_name,
    expect,
    fields_of,
    init_root,
    kind_of,
    plan_view,
)
from ._changes import NAME, ChangeLog, RecordChanges, RecordKey, RecordRead
from ._codec import LIST_COLLECTIONS, LOG_HEADS, MAP_COLLECTIONS, Conflict, ConflictWrite
from ._guarded import Guarded
from ._intake import Guard, Intake, one_batch
from ._log_heads import heads_text
from ._ops import OpId
from ._resolve import check_own, chosen_write, plan_resolution, register_place
from ._rules import ListGrowth
from ._safedoc import PeerSync, SafeDoc
from ._snapshot import Snapshot
from ._write import Op, get, put_op, register_op, upsert_ops
from .authority import ChangeProof, Writers
from .errors import CollectionMissingError, CorruptDocumentError, InvalidValueError, NotFoundError
from .model import (
    Area,
    Asset,
    Event,
    LendingCircle,
    Member,
    NeedOrOffer,
    ProgressReport,
    Project,
    ProjectStatus,
    Proposal,
    PulseRound,
    Resolution,
    Role,
    masked_post,
    pulse_key,
)
from .signed import LedgerEntry, Receipt, Vote
from .view import CommunityView

__all__ = ["CommunityDocument", "Conflict", "ConflictWrite", "Intake", "RecordChanges", "RecordRead"]


class CommunityDocument(Guarded):
    """One community's shared state. Not thread-safe: use it from one worker thread."""

    def __init__(self, safe: SafeDoc) -> None:  # use create, load, from_view or fork
        self._safe = safe
        self._cache: tuple[tuple[bytes, ...], CommunityView, tuple[Conflict, ...]] | None = None
        self._snap: Snapshot | None = None  # record by record, as of _snap_heads once _dirty is re-read
        self._snap_heads: tuple[bytes, ...] = ()  # () once a change's records are unknown: a full read is due
        self._dirty: set[RecordKey] = set()  # records changed since the snapshot (lists: local appends only)
        self._whole: set[str] = set()  # lists to re-read whole (a change did more than insert elements)
        self._grown: dict[str, set[OpId]] = {}  # lists that only gained elements since: the ids of those
        self._ids: dict[str, tuple[tuple[bytes, ...], set[str]]] = {}
        self._guard: Guard | None = None  # set by `guard`: every peer's change is then checked on receipt
        self._taken = ChangeLog(everything=True)  # what `take_changed` reports next
        self._heads = tuple(safe.heads())  # after the last change recorded
        self._writing: set[RecordKey] | None = None  # what the local write under way touches
        safe.on_new_changes = self._recorded

    # ---- life cycle -------------------------------------------------------------------------------------

    @classmethod
    def create(cls, name: str, *, actor_id: bytes | None = None) -> CommunityDocument:
        clean = community_name(name)
        doc = cls(SafeDoc.new(actor(actor_id)))

        def write(w: Writer) -> None:
            init_root(w, clean)

        doc._safe.change(write)
        return doc

    @classmethod
    def load(cls, data: bytes, *, actor_id: bytes | None = None) -> CommunityDocument:
        """A saved document; CorruptDocumentError (with the reason) for bytes that are not one."""
        doc = cls(SafeDoc.load(data, actor(actor_id)))
        check_shape(doc._safe.reader())
        return doc

    @classmethod
    def load_checked(
        cls,
        data: bytes,
        *,
        space_id: bytes,
        writers: Writers,
        proofs: list[ChangeProof],
        actor_id: bytes | None = None,
        clock: Clock | None = None,
    ) -> tuple[CommunityDocument, Intake]:
        """A peer's snapshot, every change of it judged by the gate before the document is used (first
        contact). A snapshot with refused, unproven or future-dated changes is rebuilt from the accepted ones
        alone. *clock*: this device's (see `guard`)."""
        doc = cls.load(data, actor_id=actor_id)
        doc.guard(space_id, writers, clock=clock)
        assert doc._guard is not None
        with one_batch():
            verdict = doc._guard.check_history(list(proofs))
        if not verdict.clean:
            if not verdict.accepted:
                why = verdict.quarantined[0].reason if verdict.quarantined else "no proof of its author yet"
                raise CorruptDocumentError(
                    f"the snapshot cannot be used: its first change is not accepted ({why})"
                )
            gate = doc._guard.gate
            doc = cls(SafeDoc.load(b"".join(verdict.accepted), actor(actor_id)))
            doc.guard(space_id, writers, clock=clock)
            assert doc._guard is not None
            doc._guard.gate.quarantine, doc._guard.gate.waiting = gate.quarantine, gate.waiting
            doc._guard.gate.ahead, doc._guard.gate.held_proofs = gate.ahead, gate.held_proofs
        assert doc._guard is not None
        return doc, doc._intake(doc._guard, verdict, list(proofs))

    @classmethod
    def from_view(cls, view: CommunityView, *, actor_id: bytes | None = None) -> CommunityDocument:
        """A new document holding everything in *view* (its problems aside), written in one transaction."""
        write = plan_view(view)
        doc = cls(SafeDoc.new(actor(actor_id)))
        doc._safe.change(write)
        return doc

    def save(self) -> bytes:
        return self._safe.save()

    def fork(self, actor_id: bytes | None = None) -> CommunityDocument:
        new_actor = actor(actor_id)
        if new_actor == self.actor_id:
            raise InvalidValueError("actor_id", "a fork needs its own actor id")
        return CommunityDocument(self._safe.fork(new_actor))

    def as_of(self, heads: Iterable[bytes]) -> CommunityDocument:
        """The document as it was when its heads were *heads*, to read (what a member had seen then, say).

        Every head must be a change this document holds (NotFoundError otherwise), and there must be one at
        least (InvalidValueError): before its first change a document is not yet a community."""
        wanted = sorted(set(heads))
        if not wanted:
            raise InvalidValueError("heads", "name at least one change")
        known = self._safe.known_hashes()
        missing = [h for h in wanted if h not in known]
        if missing:
            raise NotFoundError(f"heads/{missing[0].hex()}")
        return CommunityDocument(self._safe.fork_at(wanted))

    def merge(self, other: CommunityDocument) -> None:
        expect(other, CommunityDocument, "other")
        if other is self:
            return
        if self._roots() != other._roots():
            raise CorruptDocumentError("the other document belongs to a different community")
        self._safe.merge(other._safe)

    @property
    def pending_changes(self) -> tuple[bytes, ...]:
        """Changes received whose dependencies have not arrived yet (kept in memory only)."""
        return self._safe.pending

    @staticmethod
    def heads_of(changes: list[bytes]) -> list[bytes]:
        """The hashes of those *changes* no other of them depends on. Raises CorruptDocumentError."""
        parsed = [_chunks.parse_change(c) for c in changes]
        depended = {d for p in parsed for d in p.deps}
        return [p.hash for p in parsed if p.hash not in depended]

    def known_changes(self, hashes: list[bytes]) -> list[bytes]:
        """Those of *hashes* that name changes this document holds."""
        if not isinstance(hashes, (list, tuple)) or not all(isinstance(h, bytes) for h in hashes):
            raise InvalidValueError("hashes", "must be a list of change hashes")
        return self._safe.known(list(hashes))

    def change_count(self) -> int:
        """How many changes this document holds: `len(changes_since([]))` without listing them."""
        return self._safe.change_count()

    def changes_since(self, heads: list[bytes]) -> list[bytes]:
        if not isinstance(heads, (list, tuple)) or not all(
            isinstance(h, bytes) and len(h) == 32 for h in heads
        ):
            raise InvalidValueError("heads", "must be a list of 32-byte change hashes")
        return self._safe.changes_since(list(heads))

    def heads(self) -> list[bytes]:
        return list(self._safe.heads())

    # -- Automerge's sync protocol --

    def generate_sync_message(self, peer: PeerSync) -> bytes | None:
        """The next message for a peer, or None when there is nothing to say until the peer answers."""
        expect(peer, PeerSync, "peer")
        message = self._safe.generate_sync_message(peer)
        if message is None or self._guard is None:
            return message
        message, asks = self._guard.outgoing(message)
        if message == peer.last_sent and not asks:
            return (
                None  # nothing new to say, nothing to ask: the peer holds changes we refused (see PeerSync)
            )
        peer.last_sent = message
        return message

    @staticmethod
    def sync_message_heads(message: bytes) -> tuple[bytes, ...] | None:
        """The heads the sender had when it wrote a sync message (None if the message is unreadable): equal to
        ours after taking it, the two copies are in sync."""
        return _chunks.sync_message_heads(message)

    def receive_sync_message(
        self, peer: PeerSync, message: bytes, proofs: list[ChangeProof] | None = None
    ) -> Intake:
        """Take the peer's message. Raises CorruptDocumentError (malformed; the document is untouched) or
        BindingPanicError (the document was rebuilt from its last good state); after either, start over with
        a fresh PeerSync, or the sync stalls. A guarded document lets through only the changes its gate
        accepts; the rest wait or are quarantined (see `guard`)."""
        expect(peer, PeerSync, "peer")
        if not isinstance(message, bytes):
            raise InvalidValueError("message", "must be bytes")
        guard, offered = self._guard, list(proofs or ())
        with one_batch():
            if guard is None:
                self._safe.receive_sync_message(peer, message)
                return Intake(0, (), 0)
            filtered, verdict = guard.filter_sync(message, offered)
            self._safe.receive_sync_message(peer, filtered)
            if verdict.accepted:
                peer.last_sent = None
            return self._intake(guard, verdict, offered)

    @property
    def actor_id(self) -> bytes:
        return self._safe.actor

    # ---- reading --------------------------------------------------------------------------------------

    def _snapshot(self) -> tuple[CommunityView, tuple[Conflict, ...]]:
        heads = tuple(self._safe.heads())
        if self._cache is not None and self._cache[0] == heads:
            return self._cache[1], self._cache[2]
        reader = self._safe.reader()
        snap = self._snap
        if (
            snap is None
            or self._snap_heads != heads
            or not snap.refresh(reader, self._dirty, self._whole, self._grown)
        ):
            snap = Snapshot.read(reader, snap)
        self._safe.after_read(reader)
        self._snap, self._snap_heads, self._dirty, self._whole, self._grown = snap, heads, set(), set(), {}
        view, conflicts = snap.assemble()
        self._cache = (heads, view, conflicts)
        return view, conflicts

    def view(self) -> CommunityView:
        """A validated snapshot; records that cannot be read are listed in `problems`, never dropped."""
        return self._snapshot()[0]

    def conflicts(self) -> list[Conflict]:
        """Money, vote and role fields edited concurrently ("needs review"): each with all current values."""
        return list(self._snapshot()[1])

    def take_changed(self) -> RecordChanges:
        """The records changed since the last call, by any path (local writes, sync messages, `apply_changes`,
        `merge`), then starts afresh; see RecordChanges for how records are named.

        `everything` is True (read the whole view again) for the first call on this object (made by `create`,
        `load`, `load_checked`, `from_view` or `fork`), and when changes arrived whose records cannot be told:
        a peer's changes (sync, `apply_changes`, `merge`) on a document that is not guarded; a guarded one's
        before its guard indexed the document (the gate does so for the first peer change with dependencies:
        so only a `merge` before any such change); a layout change (a community's first change); an op
        outside every record (never accepted by the gate, but a `merge` is not gated)."""
        heads = tuple(self._safe.heads())
        if heads != self._heads:  # changed by no path that was recorded: never expected, but then say so
            self._taken.add(None)
            self._heads = heads
        return self._taken.take()

    def records(self, keys: Iterable[RecordKey]) -> dict[RecordKey, RecordRead]:
        """The current reading of each record named (see RecordRead), from the same cached snapshot as
        `view()`: what to send for the records `take_changed` named. A list collection (`("ledger", "")`,
        `("votes", "")`) reads as its whole tuple from the view (no copy is made): the caller keeps the ids it
        has seen and sends the others, since a peer's appends may land anywhere in the merged order."""
        view, _conflicts = self._snapshot()
        snap = self._snap
        assert snap is not None
        out: dict[RecordKey, RecordRead] = {}
        for key in keys:
            coll, name = key
            if key == NAME:
                problems = () if snap.name_problem is None else (snap.name_problem,)
                out[key] = RecordRead(key, view.name if snap.name_problem is None else None, problems)
            elif coll in LIST_COLLECTIONS:
                out[key] = RecordRead(
                    key,
                    getattr(view, coll),
                    tuple(p for p in view.problems if p.path == coll or p.path.startswith(f"{coll}/")),
                )
            elif coll in MAP_COLLECTIONS:
                result = snap.maps[coll].get(name)
                if result is None:
                    broken = snap.broken.get(coll)
                    out[key] = RecordRead(key, None, () if broken is None else (broken,))
                else:
                    out[key] = RecordRead(key, result.entity, result.problems, result.conflicts)
            else:
                raise InvalidValueError("keys", f"{key!r} names no record")
        return out

    def _roots(self) -> tuple[bytes | None, ...]:
        reader = self._safe.reader()
        out: list[bytes | None] = []
        for coll in MAP_COLLECTIONS + LIST_COLLECTIONS:
            node = get(reader, ROOT, coll, coll)
            out.append(stable_object_id(node.id) if isinstance(node, Obj) else None)
        return tuple(out)

    # ---- writing --------------------------------------------------------------------------------------

    def _collection(self, reader: Reader, coll: str) -> bytes:
        node = get(reader, ROOT, coll, coll)
        if not isinstance(node, Obj) or node.kind != kind_of(coll):
            raise CorruptDocumentError(f"the document's {coll!r} is not a {kind_of(coll)}")
        return node.id

    def _require(self, reader: Reader, coll: str, key: object, what: str) -> bytes:
        c.ident(what, key)
        assert isinstance(key, str)
        node = get(reader, self._collection(reader, coll), key, f"{coll}/{key}")
        if not isinstance(node, Obj) or node.kind != "map":
            raise NotFoundError(f"there is no {what} {key!r}")
        return node.id

    def _change(self, body: Callable[[Writer], None], *touched: RecordKey) -> None:
        self._writing = set(touched)
        heads = self._guard.log_heads() if self._guard is not None else ()

        def stamped(w: Writer) -> None:
            body(w)
            if heads:  # the log as this device holds it: what the change's role-dependent rules are judged by
                w.put(ROOT, LOG_HEADS, heads_text(heads))

        try:
            self._safe.change(stamped)
        finally:
            self._writing = None

    def _recorded(self, changes: list[bytes], hashes: list[bytes]) -> None:
        """Every change that reached the document, by any path (SafeDoc calls this): note the records it
        touched for `take_changed` and for the next `view()`. A local write says what it touches; a peer's
        changes are known from their ops once the guard's index of objects is built (`Guard.learn`), and so
        are the elements any change inserted into a list."""
        lists = ListGrowth()
        touched = self._guard.learn(changes, hashes, lists) if self._guard is not None else None
        read = touched is not None  # the guard read the changes' ops: *lists* says what they did to lists
        local = self._writing is not None
        if self._writing is not None:
            touched = self._writing
        heads = tuple(self._safe.heads())
        self._taken.add(touched)
        if touched is None or self._snap is None or self._snap_heads != self._heads:
            self._snap_heads = ()  # a full read is due (it may still reuse unchanged records)
        else:
            self._snap_heads = heads
            for key in touched:
                if key[0] in LIST_COLLECTIONS:
                    self._list_changed(key[0], lists if read else None, local)
                else:
                    self._dirty.add(key)
        self._heads = heads

    def _list_changed(self, coll: str, lists: ListGrowth | None, local: bool) -> None:
        """How the next `view()` reads a list a change wrote to: only the elements inserted (known from the
        change's ops), from where it ended (a local append whose ops were not read), or whole."""
        if coll in self._whole:
            return
        if lists is None and local and coll not in self._grown:
            self._dirty.add((coll, ""))  # local writes only ever append
        elif lists is None or coll in lists.rewritten or (coll, "") in self._dirty:
            self._whole.add(coll)  # (an unread local append beside known inserts: where each is, is unknown)
            self._grown.pop(coll, None)
        else:
            self._grown.setdefault(coll, set()).update(lists.inserted.get(coll, ()))

    def _run(self, ops: list[Op], *touched: tuple[str, str]) -> None:
        def write(w: Writer) -> None:
            for op in ops:
                op(w)

        if ops:
            self._change(write, *touched)

    def _upsert(self, coll: str, entity: object, extra: tuple[Op, ...] = ()) -> None:
        expect(entity, ENTITY_TYPES[coll], coll)
        fields = fields_of(entity, coll)
        key = getattr(entity, "id", "")
        reader = self._safe.reader()
        ops = upsert_ops(reader, self._collection(reader, coll), coll, key, fields, author_of(entity))
        self._run([*ops, *extra], (coll, key), *(("credit_limits", key) for _ in extra[:1]))

    def set_name(self, name: str) -> None:
        clean = community_name(name)
        self._run([put_op(ROOT, "name", clean)], NAME)

    def add_member(self, member: Member) -> None:
        """Add or update a member. A new member also gets an empty credit-limit register, so that two
        devices setting the first limit concurrently write into one register (and see the conflict)."""
        expect(member, Member, "members")
        reader = self._safe.reader()
        limits = self._collection(reader, "credit_limits")
        if isinstance(get(reader, limits, member.id, "credit_limits"), Obj):
            self._upsert("members", member)
            return

        def empty_register(w: Writer) -> None:
            w.put_map(limits, member.id)

        self._upsert("members", member, (empty_register,))

    def set_role(self, member_id: str, role: Role, *, by: str) -> None:
        """Set a member's role on behalf of *by* (an existing member; whether they may is the app's rule).
        Replaces every current value, so it also resolves a conflict."""
        value = c.choice(f"members/{member_id}/role", role, Role).value
        reader = self._safe.reader()
        record = self._require(reader, "members", member_id, "member")
        self._require(reader, "members", by, "member")
        op = register_op(reader, record, "role", value, by, f"members/{member_id}/role", force=True)
        self._run([op] if op else [], ("members", member_id))

    def add_asset(self, asset: Asset) -> None:
        self._upsert("assets", asset)

    def rate_asset(self, asset_id: str, member_id: str, stars: int) -> None:
        c.integer(f"assets/{asset_id}/ratings/{member_id}", stars, low=1, high=5)
        reader = self._safe.reader()
        record = self._require(reader, "assets", asset_id, "asset")
        self._require(reader, "members", member_id, "member")
        self._run([self._keyed_put(reader, record, "ratings", member_id, stars)], ("assets", asset_id))

    def edit_asset(self, asset: Asset) -> None:
        """Change an existing asset's fields to *asset*'s (its ratings are only ever added to, by `rate_asset`).
        Only its author or an admin edits it: NotAllowedError otherwise, as a guarded document's rules say."""
        expect(asset, Asset, "assets")
        fields = fields_of(asset, "assets")
        fields.pop("ratings", None)

        def plan(doc: CommunityDocument) -> tuple[list[Op], tuple[str, str]]:
            reader = doc._safe.reader()
            doc._require(reader, "assets", asset.id, "asset")
            ops = upsert_ops(
                reader, doc._collection(reader, "assets"), "assets", asset.id, fields, asset.author
            )
            return ops, ("assets", asset.id)

        self._run_checked(plan)

    def _keyed_put(self, reader: Reader, record: bytes, name: str, key: str, value: Plain) -> Op:
        node = get(reader, record, name, name)
        if isinstance(node, Obj) and node.kind == "map":
            return put_op(node.id, key, value)
        return put_op(record, name, {key: value})

    def add_need_or_offer(self, item: NeedOrOffer) -> None:
        self._upsert("needs_offers", item)

    def set_open(self, need_or_offer_id: str, open: bool) -> None:
        if not isinstance(open, bool):
            raise InvalidValueError(f"needs_offers/{need_or_offer_id}/open", "must be true or false")
        record = self._require(self._safe.reader(), "needs_offers", need_or_offer_id, "need or offer")
        self._run([put_op(record, "open", open)], ("needs_offers", need_or_offer_id))

    def close_need_or_offer(self, need_or_offer_id: str, resolution: Resolution) -> None:
        """Close a need or offer, saying why (met, or withdrawn by its author): both fields in one change."""
        value = c.choice(f"needs_offers/{need_or_offer_id}/resolution", resolution, Resolution).value
        record = self._require(self._safe.reader(), "needs_offers", need_or_offer_id, "need or offer")
        ops = [put_op(record, "open", False), put_op(record, "resolution", value)]
        self._run(ops, ("needs_offers", need_or_offer_id))

    def add_event(self, event: Event) -> None:
        self._upsert("events", event)

    def edit_event(self, event: Event) -> None:
        """Change an existing event to *event* (same id), writing only the fields that differ. NotAllowedError
        when a guarded document's rules would refuse it (only its author or an admin edits an event)."""
        expect(event, Event, "events")
        self._require(self._safe.reader(), "events", event.id, "event")

        def plan(doc: CommunityDocument) -> tuple[list[Op], tuple[str, str]]:
            reader = doc._safe.reader()
            fields = fields_of(event, "events")
            ops = upsert_ops(
                reader, doc._collection(reader, "events"), "events", event.id, fields, event.author
            )
            return ops, ("events", event.id)

        self._run_checked(plan)

    def add_project(self, project: Project) -> None:
        self._upsert("projects", project)

    def add_progress_report(self, project_id: str, report: ProgressReport) -> None:
        expect(report, ProgressReport, f"projects/{project_id}/reports")
        reader = self._safe.reader()
        record = self._require(reader, "projects", project_id, "project")
        value = fields_of(report, f"projects/{project_id}/reports")
        self._run([self._keyed_put(reader, record, "reports", report.id, value)], ("projects", project_id))

    def set_project_status(self, project_id: str, status: ProjectStatus) -> None:
        value = c.choice(f"projects/{project_id}/status", status, ProjectStatus).value
        reader = self._safe.reader()
        record = self._require(reader, "projects", project_id, "project")
        op = register_op(reader, record, "status", value, "", f"projects/{project_id}/status", force=True)
        self._run([op] if op else [], ("projects", project_id))

    def add_lending_circle(self, circle: LendingCircle) -> None:
        self._upsert("circles", circle)

    def add_proposal(self, proposal: Proposal) -> None:
        self._upsert("proposals", proposal)

    def set_credit_limit(self, member_id: str, minutes: int) -> None:
        c.credit_limit(f"credit_limits/{member_id}", minutes)
        reader = self._safe.reader()
        self._require(reader, "members", member_id, "member")
        limits = self._collection(reader, "credit_limits")
        op = register_op(reader, limits, member_id, minutes, "", f"credit_limits/{member_id}", force=True)
        self._run([op] if op else [], ("credit_limits", member_id))

    def resolve_conflict(self, path: str, write_id: str, *, by: str) -> None:
        """Settle a conflict (`conflicts()`): keep the value of its current write *write_id* as the field's one
        value, written on behalf of member *by*. Raises StaleChoiceError when the field is no longer in
        conflict or that write is no longer current, and NotAllowedError when a guarded document's write rules
        would refuse the write on receipt (a role settled by a member who is not an admin…); nothing is
        written then."""
        coll = register_place(path)[0]
        chosen_write(self.conflicts(), path, write_id)

        def plan(doc: CommunityDocument) -> tuple[list[Op], tuple[str, str]]:
            reader = doc._safe.reader()
            op, touched = plan_resolution(reader, doc._collection(reader, coll), path, write_id, by)
            return [op], touched

        self._run_checked(plan)

    def set_stake_price(self, project_id: str, stake_price_minor: int, *, by: str) -> None:
        """Change a project's stake price, written on behalf of member *by* (its steward or an admin, before its
        first stake: NotAllowedError otherwise, as a guarded document's rules say). Replaces every current
        value, so it also settles a conflict."""
        where = f"projects/{project_id}/stake_price_minor"
        c.money(where, stake_price_minor)

        def plan(doc: CommunityDocument) -> tuple[list[Op], tuple[str, str]]:
            reader = doc._safe.reader()
            record = doc._require(reader, "projects", project_id, "project")
            op = register_op(reader, record, "stake_price_minor", stake_price_minor, by, where, force=True)
            return ([op] if op else []), ("projects", project_id)

        self._run_checked(plan)

    def _run_checked(self, plan: Callable[[CommunityDocument], tuple[list[Op], tuple[str, str]]]) -> None:
        """Run a planned write here only if the write rules allow it: tried first on a fork, whose change is
        checked as a peer would check it (sync.community._resolve.check_own)."""
        trial = self.fork()
        ops, touched = plan(trial)
        trial._run(ops, touched)
        check_own(self._guard, self.actor_id, trial.changes_since(self.heads()))
        ops, touched = plan(self)
        self._run(ops, touched)

    def add_area(self, area: Area) -> None:
        """Add or change an area the community drew on its map (an update writes only what differs)."""
        reader = self._safe.reader()
        if not isinstance(get(reader, ROOT, "areas", "areas"), Obj):
            raise CollectionMissingError(
                "This community was started with an earlier version of Commons and has no place for areas yet."
            )
        self._upsert("areas", area)

    def add_pulse_round(self, round: PulseRound) -> None:
        self._upsert("pulse_rounds", round)

    def add_pulse_key(self, round_id: str, member_id: str, public_key_hex: str) -> None:
        """Publish *member_id*'s pulse key for a round (once; the write rules refuse a second)."""
        self._pulse_entry(round_id, "keys", member_id, public_key_hex)

    def add_pulse_post(self, round_id: str, member_id: str, masked: str) -> None:
        """Add *member_id*'s masked post to a round (once; the write rules refuse a second)."""
        self._pulse_entry(round_id, "submissions", member_id, masked)

    def _pulse_entry(self, round_id: str, name: str, member_id: str, value: str) -> None:
        existing = self.view().pulse_rounds.get(round_id)
        if existing is None:
            raise InvalidValueError(f"pulse_rounds/{round_id}", "no such pulse round")
        where = f"pulse_rounds/{round_id}/{name}/{member_id}"
        if name == "keys":
            pulse_key(existing.roster, where, member_id, value)
        else:
            masked_post(existing.roster, existing.instrument, where, member_id, value)
        if member_id in getattr(existing, name):
            raise InvalidValueError(where, "is written once")
        reader = self._safe.reader()
        record = self._require(reader, "pulse_rounds", round_id, "pulse round")
        self._run([self._keyed_put(reader, record, name, member_id, value)], ("pulse_rounds", round_id))

    def cast_vote(self, vote: Vote) -> None:
        """Append a vote on an existing proposal. Votes are never edited; which one counts (the latest per
        member before the deadline) and whether its signature holds is the votes module's judgement."""
        expect(vote, Vote, "votes")
        self._require(self._safe.reader(), "proposals", vote.proposal_id, "proposal")
        self._append("votes", vote)

    def add_receipts(self, receipts: Iterable[Receipt]) -> None:
        """Append receipts (who saw which vote when) in one change. CollectionMissingError for a document made
        before receipts existed (its votes are judged by their own date)."""
        records = list(receipts)
        for receipt in records:
            expect(receipt, Receipt, "receipts")
        if not records:
            return
        reader = self._safe.reader()
        if not isinstance(get(reader, ROOT, "receipts", "receipts"), Obj):
            raise CollectionMissingError(
                "This community was started with an earlier version of Commons and keeps no receipts."
            )
        obj = self._collection(reader, "receipts")
        ids = self._list_ids(reader, "receipts", obj)
        values = []
        for receipt in records:
            if receipt.id in ids:
                raise InvalidValueError(f"receipts/{receipt.id}", "is already in the document")
            ids = ids | {receipt.id}
            values.append(fields_of(receipt, "receipts"))
        length = reader.length(obj, "receipts")

        def write(w: Writer) -> None:
            for i, value in enumerate(values):
                w.insert(obj, length + i, value)

        self._change(write, ("receipts", ""))
        self._ids["receipts"] = (tuple(self._safe.heads()), ids)

    def append_entry(self, entry: LedgerEntry) -> None:
        """Append a ledger entry. The document checks its shape only; signatures and balances are judged
        by the ledger module from the view."""
        expect(entry, LedgerEntry, "ledger")
        self._append("ledger", entry)

    def _list_ids(self, reader: Reader, coll: str, obj: bytes) -> set[str]:
        heads = tuple(self._safe.heads())
        cached = self._ids.get(coll)
        if cached is not None and cached[0] == heads:
            return cached[1]
        ids: set[str] = set()
        for node in reader.elements(obj, coll):
            if isinstance(node, Obj) and node.kind == "map":
                value = reader.as_text(get(reader, node.id, "id", coll), coll)
                if value is not None:
                    ids.add(value)
        self._ids[coll] = (heads, ids)
        return ids

    def _append(self, coll: str, record: Any) -> None:
        value = fields_of(record, coll)
        reader = self._safe.reader()
        obj = self._collection(reader, coll)
        ids = self._list_ids(reader, coll, obj)
        if record.id in ids:
            raise InvalidValueError(f"{coll}/{record.id}", "is already in the document")
        length = reader.length(obj, coll)
        self._run([lambda w: w.insert(obj, length, value)], (coll, ""))
        self._ids[coll] = (tuple(self._safe.heads()), ids | {record.id})
