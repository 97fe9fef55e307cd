"""The gate every peer's change passes before it reaches the document: author, proof, then the write rules.

See `sync.community.authority` for what is checked and `_rules` for the rules. The gate keeps, per document,
the latest verified proof of each actor (to forward with the changes it vouches for), the changes waiting for a
proof or for what they depend on, and the quarantine. A verdict is decided from the change, the membership
log at the heads the change names (`_log_heads`) and the document's own history ("before the first vote" and
"before the first stake" from the change's own history: `_ancestry`), never from when the change arrived.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from ._ahead import Ahead, Clock, DatedAhead, utc_now
from ._chunks import ParsedChange, causal_order
from ._instants import Clockwork
from ._log_heads import HeadsBook, named_heads
from ._ops import DecodedChange, decode_header, decode_ops
from ._rules import Batch, Context, ObjectIndex, Record, RuleError, check_change
from .authority import ChangeProof, Quarantined, Writer, Writers, best_proofs

MAX_WAITING = 100_000  # changes held for a proof or a dependency; beyond that the oldest are dropped
MAX_QUARANTINE = 10_000  # refused changes kept for review; beyond that the oldest are forgotten


@dataclass
class Verdict:
    accepted: list[bytes] = field(default_factory=list)  # dependencies first
    parsed: list[ParsedChange] = field(default_factory=list)  # the same, as read (SafeDoc.apply_parsed)
    quarantined: list[Quarantined] = field(default_factory=list)
    waiting: int = 0
    set_aside: list[Quarantined] = field(default_factory=list)  # dated too far ahead: not kept (`_ahead`)

    @property
    def clean(self) -> bool:
        """Everything offered was accepted."""
        return not self.quarantined and not self.waiting and not self.set_aside


@dataclass
class DocFacts:
    """What the gate reads from the document (supplied by CommunityDocument)."""

    known: Callable[[], set[bytes]]  # hashes of every change applied
    max_seq: Callable[[bytes], int]  # the highest sequence number of an actor applied (0: none)
    index: Callable[[], ObjectIndex]
    context: Callable[[], Context]
    clock: Callable[[], Clockwork]  # the newest written instant in each applied change's history
    book: Callable[[], HeadsBook]  # the membership-log heads each applied change stands on


class Gate:
    def __init__(self, space_id: bytes, writers: Writers, clock: Clock = utc_now) -> None:
        self.space_id = space_id
        self.writers = writers
        self.clock = clock  # this device's: a change dated ahead of it waits (`_ahead`)
        self.ahead = Ahead()
        self.proofs: dict[bytes, ChangeProof] = {}  # actor → latest verified proof of an applied change
        # actor → a verified proof of a change that waits (for log entries, say): offered again when it is retried
        self.held_proofs: dict[bytes, ChangeProof] = {}
        self.quarantine: dict[bytes, Quarantined] = {}
        self.waiting: dict[bytes, tuple[DecodedChange, bytes, str]] = {}  # hash → (change, bytes, why)
        # accepted and read (the index and clock taught), until the document learns them: the records each
        # touched (`_rules.records_touched`), or None when that cannot be told
        self.touched: dict[bytes, set[Record] | None] = {}
        self.decoded: dict[
            bytes, DecodedChange
        ] = {}  # the same changes as read, until the document learns them
        self.verified: dict[ChangeProof, bytes] = {}  # proofs whose signature held, with the key it held for

    def set_writers(self, writers: Writers) -> None:
        self.writers = writers

    def take_proofs(self, proofs: Iterable[ChangeProof], facts: DocFacts) -> None:
        """Keep the newest verified proof per actor whose change this document holds."""
        known = None
        for actor, listed in best_proofs(proofs, self.writers, self.space_id, self.verified).items():
            for proof in listed:
                current = self.proofs.get(actor)
                if current is not None and current.seq >= proof.seq:
                    break
                known = known if known is not None else facts.known()
                if proof.change_hash in known:
                    self.proofs[actor] = proof
                    break

    def check(self, changes: Iterable[bytes], proofs: Iterable[ChangeProof], facts: DocFacts) -> Verdict:
        """Sort *changes* (with what waits already) into accepted, quarantined and waiting. Raises
        CorruptDocumentError for bytes that are not a change."""
        known, now = facts.known(), self.clock()
        pool: dict[bytes, tuple[DecodedChange, bytes]] = {h: (c, d) for h, (c, d, _) in self.waiting.items()}
        for data in changes:
            header = decode_header(data)  # the ops are read only if the rules need them
            digest = header.hash
            fresh = digest not in known and digest not in self.quarantine and digest not in pool
            if fresh and not self.ahead.skip(digest, now):
                pool[digest] = (header, data)
        verdict = Verdict()
        if not pool:
            return verdict
        offered = [*proofs, *self.proofs.values(), *self.held_proofs.values()]
        by_actor = best_proofs(offered, self.writers, self.space_id, self.verified)
        proven: dict[bytes, tuple[DecodedChange, bytes]] = {}
        why: dict[bytes, str] = {}
        covered: dict[bytes, set[bytes]] = {}
        for digest, (change, data) in pool.items():
            writer = self.writers.of_actor(change.actor)
            problem = self._author_problem(change, writer, facts)
            if writer is None:  # its card may still be on its way through the membership log
                why[digest] = "its actor id is bound to no device of this community (yet)"
            elif problem is not None:
                self._refuse(change, data, writer, problem, verdict)
            else:
                if change.actor not in covered:  # one walk per actor, not per change
                    covered[change.actor] = _covered_by(change.actor, by_actor.get(change.actor, ()), pool)
                if digest in covered[change.actor]:
                    proven[digest] = (change, data)
                else:
                    why[digest] = "no proof from its author's device has arrived yet"
        self._refuse_dependents(proven, verdict)
        ordered = causal_order({h: ParsedChange(h, c.deps, d) for h, (c, d) in proven.items()}, known)
        refused: set[bytes] = set()
        held: set[bytes] = set()  # waiting for membership-log entries they (or what they build on) name
        if ordered:
            judge = _Judge(self.writers, facts)
            for parsed in ordered:
                change, data = proven.pop(parsed.hash)
                writer = self.writers.of_actor(change.actor)
                assert writer is not None
                bad = next((d for d in change.deps if d in refused or d in self.quarantine), None)
                try:
                    if bad is not None:
                        raise RuleError(f"depends on change {bad.hex()[:12]}, which was refused")
                    if any(d in held for d in change.deps):
                        held.add(change.hash)
                        why[change.hash] = "waits for changes it depends on"
                        continue
                    if not change.deps and change.seq == 1 and writer.creator:
                        # The first change of the space's creator, with no dependencies, lays the document out
                        # (its collections and whatever community it brings in). Nothing exists for it to
                        # break, and it contributes no instant; reading its ops would cost more than loading
                        # it. It is unique: any other change without dependencies goes through the rules,
                        # which refuse a second layout (it could replace the collections). The creator is
                        # an admin at the log's first entry, where a change naming no heads stands.
                        verdict.accepted.append(data)
                        verdict.parsed.append(parsed)
                        judge.learn(change, None)
                        continue
                    change = decode_ops(change)  # the header read above kept the columns
                    ahead = self._dated_ahead(change, writer, now, verdict)
                    if ahead is not None:  # not judged before its date; what builds on it waits with it
                        held.add(change.hash)
                        if ahead.kept:
                            why[change.hash] = ahead.item.reason
                        continue
                    wait = judge.rules(change, writer)
                except RuleError as exc:
                    refused.add(change.hash)
                    self._refuse(change, data, writer, str(exc), verdict)
                    continue
                if wait is not None:
                    held.add(change.hash)
                    why[change.hash] = wait
                    continue
                verdict.accepted.append(data)
                verdict.parsed.append(parsed)
                self.touched[change.hash] = judge.touched
                self.decoded[change.hash] = change
        for digest in proven:
            why[digest] = "waits for changes it depends on"
        self.waiting = {
            h: (pool[h][0], pool[h][1], reason) for h, reason in why.items() if h not in self.quarantine
        }
        while len(self.waiting) > MAX_WAITING:
            del self.waiting[next(iter(self.waiting))]
        self.held_proofs = _proofs_of_waiting(by_actor, self.waiting)
        self.ahead.keep_only(self.waiting, now)
        verdict.waiting = len(self.waiting)
        return verdict

    def _dated_ahead(
        self, change: DecodedChange, writer: Writer, now: dt.datetime, verdict: Verdict
    ) -> DatedAhead | None:
        """Whether *change* dates something past this device's clock (`_ahead`): held, or set aside."""
        listed = change.hash in self.ahead.set_aside  # set aside before: not reported again
        dated = self.ahead.judge(change, writer, now)
        if dated is not None and not dated.kept and not listed:
            verdict.set_aside.append(dated.item)
        return dated

    def _refuse_dependents(self, proven: dict[bytes, tuple[DecodedChange, bytes]], verdict: Verdict) -> None:
        """A change built on a refused one can never be applied: refuse it too (and what builds on it)."""
        refused_more = True
        while refused_more:
            refused_more = False
            for digest, (change, data) in list(proven.items()):
                bad = next((d for d in change.deps if d in self.quarantine), None)
                if bad is not None:
                    del proven[digest]
                    reason = f"depends on change {bad.hex()[:12]}, which was refused"
                    self._refuse(change, data, self.writers.of_actor(change.actor), reason, verdict)
                    refused_more = True

    def _author_problem(self, change: DecodedChange, writer: Writer | None, facts: DocFacts) -> str | None:
        if writer is None:
            return None
        if writer.last_seq and change.seq > writer.last_seq:
            return f"written after the last change counted for member '{writer.member_id}''s removed device"
        if writer.removed and not writer.last_seq:
            return f"written by a device of member '{writer.member_id}' that was removed"
        if facts.max_seq(change.actor) >= change.seq:
            return (
                f"reuses sequence number {change.seq} of member '{writer.member_id}''s device:"
                " a change forged under another device's actor id"
            )
        return None

    def _refuse(
        self, change: DecodedChange, data: bytes, writer: Writer | None, reason: str, verdict: Verdict
    ) -> None:
        item = Quarantined(
            change_hash=change.hash,
            actor=change.actor,
            seq=change.seq,
            member_id=writer.member_id if writer else "",
            device_id=writer.device_id if writer else "",
            reason=reason,
            data=data,
        )
        self.quarantine[change.hash] = item
        while len(self.quarantine) > MAX_QUARANTINE:  # a peer cannot grow this without bound
            del self.quarantine[next(iter(self.quarantine))]
        self.waiting.pop(change.hash, None)
        verdict.quarantined.append(item)


class _Judge:
    """The write rules for one batch, each change judged against the membership log at the heads it names."""

    def __init__(self, writers: Writers, facts: DocFacts) -> None:
        self.history = writers.history
        self.facts = facts
        self.clock = facts.clock()
        self.book = facts.book()
        self._rules: tuple[ObjectIndex, Context] | None = None  # read only if a change needs the rules
        self._batch = Batch()  # what the changes accepted so far wrote (the document holds it once applied)
        self.touched: set[Record] | None = None  # the records the change last accepted touched
        self._roles: dict[tuple[bytes, bool], tuple[Writer, Writer]] = {}  # see `_as_of`

    def rules(self, change: DecodedChange, writer: Writer) -> str | None:
        """Raise RuleError if *change* breaks a rule; return why it waits, or None once it is accepted (and
        learnt)."""
        if self._rules is None:
            self._rules = self.facts.index(), self._batch.over(self.facts.context())
        index, ctx = self._rules
        early = self.clock.too_early(change)
        if early is not None:
            raise RuleError(
                f"dated {early:%Y-%m-%d %H:%M} UTC, earlier than what it builds on allows"
                f" ({self.clock.floor(change.deps):%Y-%m-%d %H:%M} UTC)"
            )
        named = named_heads(change)
        floor = self.book.floor(change.deps)
        point = self.history.at(floor if named is None else named)
        if point is None:
            return "waits for membership-log entries it names, which this device does not hold yet"
        if not floor <= point.entries:
            raise RuleError(
                "names membership-log heads from before what the changes it builds on had seen:"
                " a role or membership it no longer has cannot be used"
            )
        then = self._as_of(writer, writer.device_id in point.admins)
        self.touched = check_change(change, then, index, ctx, point, self._batch)
        self.learn(change, named)
        return None

    def _as_of(self, writer: Writer, admin: bool) -> Writer:
        """*writer* with the role the log gives it at a change's heads (one copy per writer and role a batch:
        `dataclasses.replace` costs microseconds)."""
        if writer.admin == admin:
            return writer
        key = (writer.actor, admin)
        then = self._roles.get(key)
        if then is None or then[0] is not writer:
            then = (writer, replace(writer, admin=admin))
            self._roles[key] = then
        return then[1]

    def learn(self, change: DecodedChange, named: tuple[bytes, ...] | None) -> None:
        self.clock.learn(change)
        self.book.learn(change, named)


def _proofs_of_waiting(
    by_actor: dict[bytes, list[ChangeProof]], waiting: dict[bytes, tuple[DecodedChange, bytes, str]]
) -> dict[bytes, ChangeProof]:
    """The newest verified proof of each actor whose change waits: the peer that sent it may not send it again."""
    out: dict[bytes, ChangeProof] = {}
    for actor, listed in by_actor.items():  # newest first
        proof = next((p for p in listed if p.change_hash in waiting), None)
        if proof is not None:
            out[actor] = proof
    return out


def _covered_by(
    actor: bytes, proofs: Iterable[ChangeProof], pool: dict[bytes, tuple[DecodedChange, bytes]]
) -> set[bytes]:
    """The changes of *actor* at hand that a proof vouches for: each proof's change and, walking back through
    the changes at hand, every change of *actor* in its history (an actor's earlier changes are always in its
    later ones' history, and a change's hash covers its dependencies)."""
    out: set[bytes] = set()
    for proof in proofs:
        head = pool.get(proof.change_hash)
        if head is None or head[0].actor != actor or head[0].seq != proof.seq:
            continue
        stack, seen = [proof.change_hash], set(out)
        while stack:
            digest = stack.pop()
            if digest in seen:
                continue
            seen.add(digest)
            item = pool.get(digest)
            if item is None:
                continue
            if item[0].actor == actor:
                out.add(digest)
            stack.extend(item[0].deps)
    return out


__all__ = ["DocFacts", "Gate", "Verdict"]
