"""The authority-on-receipt half of CommunityDocument: the gate in front of a peer's changes, the proofs and
the quarantine (sync.community.authority explains what is checked; `load_checked` is in document.py)."""

from __future__ import annotations

import datetime as dt

from sync.identity import Signer

from . import _chunks
from ._ahead import Clock
from ._gate import Verdict
from ._intake import Guard, Intake, one_batch
from ._safedoc import SafeDoc
from .authority import ChangeProof, Quarantined, Writers
from .errors import InvalidValueError


class Guarded:
    """Mixed into CommunityDocument, which sets `_safe` and `_guard`."""

    _safe: SafeDoc
    _guard: Guard | None

    # -- authority on receipt (sync.community.authority) --

    def guard(self, space_id: bytes, writers: Writers, *, clock: Clock | None = None) -> None:
        """Check every peer's change from now on: its author, its proof and the write rules. Called again
        when the membership log changes (new writers, removed devices). *clock*: this device's (the real one
        unless given); a change dated ahead of it waits for it (`sync.community._ahead`)."""
        if self._guard is None:
            self._guard = Guard(self._safe, space_id, writers)
        else:
            self._guard.gate.set_writers(writers)
        if clock is not None:
            self._guard.gate.clock = clock

    @property
    def guarded(self) -> bool:
        return self._guard is not None

    @property
    def quarantined(self) -> tuple[Quarantined, ...]:
        """Changes refused on receipt, with their author and reason (never applied)."""
        return tuple(self._guard.gate.quarantine.values()) if self._guard else ()

    @property
    def waiting(self) -> tuple[tuple[bytes, str], ...]:
        """Changes held until a proof of their author (or a change they depend on) arrives: (hash, why)."""
        if self._guard is None:
            return ()
        return tuple((h, why) for h, (_c, _d, why) in self._guard.gate.waiting.items())

    @property
    def dated_ahead(self) -> tuple[Quarantined, ...]:
        """Changes dated ahead of this device's clock, for review: those held until their date, then those
        set aside as too far ahead (neither applied; the reason says which)."""
        return self._guard.gate.ahead.listed() if self._guard else ()

    def held_back(self) -> frozenset[bytes]:
        """Hashes of the changes dated ahead (held or set aside) and of the waiting changes built on them."""
        if self._guard is None:
            return frozenset()
        gate = self._guard.gate
        return frozenset(gate.ahead.held_back(gate.waiting))

    def held_until(self) -> dt.datetime | None:
        """When the earliest change held for its date may be judged: call `apply_changes([])` then."""
        return self._guard.gate.ahead.release() if self._guard else None

    def restore_review(self, items: tuple[Quarantined, ...]) -> None:
        """Put back the changes refused before a restart (kept in the store without their bytes)."""
        if self._guard is not None:
            for item in items:
                self._guard.gate.quarantine.setdefault(item.change_hash, item)

    def latest_seq(self, actor: bytes) -> int:
        """The highest sequence number of *actor*'s changes this document holds (0: none)."""
        latest = self._safe.latest(actor)
        return latest[0] if latest is not None else 0

    def proofs(self) -> list[ChangeProof]:
        """The newest proof of each actor this document holds: what a peer needs to accept our changes."""
        return list(self._guard.gate.proofs.values()) if self._guard else []

    def proofs_for(self, changes: list[bytes]) -> list[ChangeProof]:
        """The proofs of the actors that wrote *changes* (what a peer needs to accept them)."""
        if self._guard is None:
            return []
        actors = {_chunks.change_actor(c) for c in changes}
        return [p for a, p in self._guard.gate.proofs.items() if a in actors]

    def prove(self, signer: Signer) -> ChangeProof | None:
        """Sign this device's newest change (vouching for all its earlier ones); None if it made none."""
        latest = self._safe.latest(self._safe.actor)
        if latest is None or self._guard is None:
            return None
        current = self._guard.gate.proofs.get(self._safe.actor)
        if current is not None and current.seq == latest[0]:
            return current
        proof = ChangeProof.sign(signer, self._guard.gate.space_id, self._safe.actor, latest[0], latest[1])
        self._guard.gate.proofs[self._safe.actor] = proof
        return proof

    @staticmethod
    def _intake(guard: Guard, verdict: Verdict, proofs: list[ChangeProof]) -> Intake:
        """After the accepted changes reached the document: keep the proofs that vouch for them."""
        guard.after(proofs)
        return Intake(
            len(verdict.accepted), tuple(verdict.quarantined), verdict.waiting, tuple(verdict.set_aside)
        )

    def apply_changes(self, changes: list[bytes], proofs: list[ChangeProof] | None = None) -> Intake:
        """Apply a peer's changes; those whose dependencies are missing wait (see pending_changes). A guarded
        document first sends them through its gate (see `guard`)."""
        if not isinstance(changes, (list, tuple)) or not all(isinstance(x, bytes) for x in changes):
            raise InvalidValueError("changes", "must be a list of bytes")
        guard, offered = self._guard, list(proofs or ())
        with one_batch():
            if guard is None:
                self._safe.apply(list(changes))
                return Intake(len(changes), (), len(self._safe.pending))
            verdict = guard.take(changes, offered)
            if verdict.accepted:
                self._safe.apply_parsed(verdict.parsed)
            return self._intake(guard, verdict, offered)
