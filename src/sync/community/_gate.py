"""The gate every peer's change passes before it reaches the document: author, proof, then the write rules.

See `sync.community.authority` for what is checked and `_rules` for the rules. The gate keeps, per document,
the latest verified proof of each actor (to forward with the changes it vouches for), the changes waiting for a
proof or for what they depend on, and the quarantine. A verdict is decided from the change, the membership
log and the document's own history, never from when the change arrived; two inputs are still this device's
own copies rather than the change's point in history — the log (for admin-only writes) and the document (for
"before the first vote" and "before the first stake") — which docs/security.md lists as known gaps.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ._chunks import ParsedChange, causal_order
from ._instants import Clockwork
from ._ops import DecodedChange, decode_header, decode_ops
from ._rules import Context, ObjectIndex, RuleError, check_change
from .authority import ChangeProof, Quarantined, Writer, Writers, best_proofs

MAX_WAITING = 100_000  # changes held for a proof or a dependency; beyond that the oldest are dropped
MAX_QUARANTINE = 10_000  # refused changes kept for review; beyond that the oldest are forgotten


@dataclass
class Verdict:
    accepted: list[bytes] = field(default_factory=list)  # dependencies first
    parsed: list[ParsedChange] = field(default_factory=list)  # the same, as read (SafeDoc.apply_parsed)
    quarantined: list[Quarantined] = field(default_factory=list)
    waiting: int = 0


@dataclass
class DocFacts:
    """What the gate reads from the document (supplied by CommunityDocument)."""

    known: Callable[[], set[bytes]]  # hashes of every change applied
    max_seq: Callable[[bytes], int]  # the highest sequence number of an actor applied (0: none)
    index: Callable[[], ObjectIndex]
    context: Callable[[], Context]
    clock: Callable[[], Clockwork]  # the newest written instant in each applied change's history


class Gate:
    def __init__(self, space_id: bytes, writers: Writers) -> None:
        self.space_id = space_id
        self.writers = writers
        self.proofs: dict[bytes, ChangeProof] = {}  # actor → latest verified proof of an applied change
        self.quarantine: dict[bytes, Quarantined] = {}
        self.waiting: dict[bytes, tuple[DecodedChange, bytes, str]] = {}  # hash → (change, bytes, why)
        self.decoded: dict[bytes, DecodedChange] = {}  # accepted and read, until the document learns them
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
        known = facts.known()
        pool: dict[bytes, tuple[DecodedChange, bytes]] = {h: (c, d) for h, (c, d, _) in self.waiting.items()}
        for data in changes:
            header = decode_header(data)  # the ops are read only if the rules need them
            digest = header.hash
            if digest not in known and digest not in self.quarantine and digest not in pool:
                pool[digest] = (header, data)
        verdict = Verdict()
        if not pool:
            return verdict
        offered = list(proofs) + list(self.proofs.values())
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
        if ordered:
            clock = facts.clock()
            rules: tuple[ObjectIndex, Context] | None = None  # read only if a change needs the rules
            for parsed in ordered:
                change, data = proven.pop(parsed.hash)
                writer = self.writers.of_actor(change.actor)
                assert writer is not None
                bad = next((d for d in change.deps if d in refused or d in self.quarantine), None)
                try:
                    if bad is not None:
                        raise RuleError(f"depends on change {bad.hex()[:12]}, which was refused")
                    if not change.deps and change.seq == 1 and writer.creator and writer.admin:
                        # The first change of the space's creator, with no dependencies, lays the document out
                        # (its collections and whatever community it brings in). Nothing exists for it to
                        # break, and it contributes no instant; reading its ops would cost more than loading
                        # it. It is unique: any other change without dependencies goes through the rules,
                        # which refuse a second layout (it could replace the collections).
                        verdict.accepted.append(data)
                        verdict.parsed.append(parsed)
                        clock.learn(change)
                        continue
                    change = decode_ops(change)  # the header read above kept the columns
                    if rules is None:
                        rules = facts.index(), facts.context()
                    index, ctx = rules
                    early = clock.too_early(change)
                    if early is not None:
                        raise RuleError(
                            f"dated {early:%Y-%m-%d %H:%M} UTC, earlier than what it builds on allows"
                            f" ({clock.floor(change.deps):%Y-%m-%d %H:%M} UTC)"
                        )
                    check_change(change, writer, index, ctx)
                except RuleError as exc:
                    refused.add(change.hash)
                    self._refuse(change, data, writer, str(exc), verdict)
                    continue
                verdict.accepted.append(data)
                verdict.parsed.append(parsed)
                self.decoded[change.hash] = change
                clock.learn(change)
        for digest in proven:
            why[digest] = "waits for changes it depends on"
        self.waiting = {
            h: (pool[h][0], pool[h][1], reason) for h, reason in why.items() if h not in self.quarantine
        }
        while len(self.waiting) > MAX_WAITING:
            del self.waiting[next(iter(self.waiting))]
        verdict.waiting = len(self.waiting)
        return verdict

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
