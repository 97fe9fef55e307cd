"""One space's community document on this device, kept in the `DocumentStore`: a snapshot plus the changes
appended since, folded into a new snapshot (one transaction) once enough have piled up.

Every change that reaches the document — written here or received from a peer — is appended to the store
before anyone is told about it, so a crash loses nothing that was acknowledged. A stored state that no longer
loads falls back to the last good snapshot (plus the changes that still apply to it), and says so.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from sync.community import (
    ChangeProof,
    CommunityDocument,
    CommunityError,
    CommunityView,
    CorruptDocumentError,
    Intake,
    PeerSync,
    Quarantined,
    Writers,
)
from sync.identity import Signer
from sync.ports import MAX_PROOFS_BYTES, DocumentStore

__all__ = ["COMPACT_AFTER", "Replica"]

COMPACT_AFTER = 200  # appended changes before they are folded into a new snapshot


class Replica:
    """One space's document. Once `guard`ed (every community is, by the engine), a peer's change reaches it only
    through the authority checks (sync.community.authority); this device's own changes are proved with *signer*."""

    def __init__(
        self,
        space_id: bytes,
        store: DocumentStore,
        actor_id: bytes,
        signer: Signer | None = None,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        self.space_id = space_id
        self._store = store
        self._actor = actor_id
        self._signer = signer
        self._clock = clock  # this device's (the engine's): a peer's change dated ahead of it waits for it
        self._ahead_seen: tuple[int, int, dt.datetime | None] = (0, 0, None)  # see `ahead_changed`
        self._writers: Writers | None = None
        self.refused: list[Quarantined] = []  # quarantined since last taken by `take_refused`
        self.doc: CommunityDocument | None = None
        self.problem: str | None = None  # set when the stored state had to fall back to the last good one
        self._persisted: list[bytes] = []  # heads whose history is in the store
        self._appended = 0  # change rows since the stored snapshot
        # What the store holds, kept so a first contact can send it without a fresh save (≈ a load's cost).
        self._stored: list[bytes] = []  # the snapshot, then each appended batch of changes
        # The heads of the last copy `adopt`ed (what its sender held), when known: None if the gate refused
        # part of a first copy (this document then holds less than the sender did).
        self.adopted_heads: tuple[bytes, ...] | None = None
        stored = store.load_document(space_id)
        if stored is None:
            return
        changes = b"".join(stored.changes)
        attempts = [stored.snapshot + changes]
        if stored.previous_snapshot is not None:
            attempts += [stored.previous_snapshot + changes, stored.previous_snapshot]
        failure: CommunityError | None = None
        for n, data in enumerate(attempts):
            try:
                self.doc = CommunityDocument.load(data, actor_id=actor_id)
            except CommunityError as exc:
                failure = failure or exc
                continue
            self._appended = len(stored.changes)
            self._stored = [stored.snapshot, *stored.changes]
            if n > 0:
                self.problem = f"the stored document did not load ({failure}); the last good copy was used"
                self._compact()  # the copy that loaded becomes the stored one
            break
        if self.doc is None:
            assert failure is not None
            raise failure
        self._persisted = self.doc.heads()

    @property
    def has_document(self) -> bool:
        return self.doc is not None

    # -- authority --

    def guard(self, writers: Writers) -> None:
        """Check every peer's change against *writers* (the space's membership log) from now on; changes that
        waited for a card or a proof are tried again."""
        first = self._writers is None
        self._writers = writers
        if self.doc is None:
            return
        self.doc.guard(self.space_id, writers, clock=self._clock)
        if first:
            stored = self._store.load_proofs(self.space_id)
            if stored:
                try:
                    proofs, end = ChangeProof.decode_all(stored)
                    review = Quarantined.decode_all(stored[end:]) if end < len(stored) else ()
                except CommunityError:
                    proofs, review = (), ()
                self.doc.restore_review(review)
                self.doc.apply_changes([], list(proofs))
            self._prove()  # this device's own changes get a proof even before its next edit
        elif self.doc.waiting:
            self._took(self.doc.apply_changes([], []))
            self._persist()

    def proofs(self) -> list[ChangeProof]:
        return self.doc.proofs() if self.doc is not None else []

    # -- changes dated ahead of this device's clock (sync.community._ahead) --

    def held_until(self) -> dt.datetime | None:
        """When the earliest change held for its date may be judged (None: none is held)."""
        return self.doc.held_until() if self.doc is not None else None

    def release_held(self) -> bool:
        """Judge the held changes again (their date may have come); returns whether the document changed."""
        if self.doc is None or not self.doc.waiting:
            return False
        self._took(self.doc.apply_changes([], []))
        return self._persist()

    def held_back(self) -> frozenset[bytes]:
        """Changes dated ahead of this device's clock and those built on them: received, not due yet."""
        return self.doc.held_back() if self.doc is not None else frozenset()

    def ahead_changed(self) -> bool:
        """Whether what is held or set aside for its date changed since the last call (the review shows it)."""
        if self.doc is None:
            return False
        listed = self.doc.dated_ahead
        held = sum(1 for _h, why in self.doc.waiting if why.startswith("dated in the future"))
        seen = (held, len(listed), self.doc.held_until())
        changed, self._ahead_seen = seen != self._ahead_seen, seen
        return changed

    def proofs_for(self, changes: list[bytes]) -> list[ChangeProof]:
        return self.doc.proofs_for(changes) if self.doc is not None else []

    def take_refused(self) -> list[Quarantined]:
        out, self.refused = self.refused, []
        return out

    def _took(self, intake: Intake) -> None:
        """Note what the gate refused (for `take_refused`) and store the proofs and review list once, when
        either changed."""
        self.refused += intake.quarantined + intake.set_aside  # set aside: reported, like the refused
        if intake.accepted or intake.quarantined:
            self._save_proofs()

    def _save_proofs(self) -> None:
        """The proofs this copy holds, then its review list (refused changes), in the store's proofs blob."""
        if self.doc is not None and self.doc.guarded and self._stored:  # the store holds the document
            blob = ChangeProof.encode_all(self.doc.proofs()) + Quarantined.encode_all(self.doc.quarantined)
            if len(blob) > MAX_PROOFS_BYTES:  # keep the proofs; the oldest review items go first
                kept = list(self.doc.quarantined)
                while kept and len(blob) > MAX_PROOFS_BYTES:
                    kept = kept[len(kept) // 4 + 1 :]
                    blob = ChangeProof.encode_all(self.doc.proofs()) + Quarantined.encode_all(kept)
            self._store.save_proofs(self.space_id, blob)

    def heads(self) -> list[bytes]:
        return self.doc.heads() if self.doc is not None else []

    def create(self, name: str, view: CommunityView | None = None) -> None:
        """Start the document (the space's creator does this once), empty or holding *view* (a demo town, an
        imported community): either way in the creator's first change, which peers take whole."""
        if self.doc is not None:
            raise ValueError("the space already has a document")
        if view is None:
            self.doc = CommunityDocument.create(name, actor_id=self._actor)
        else:
            self.doc = CommunityDocument.from_view(dataclasses.replace(view, name=name), actor_id=self._actor)
        self._compact()
        if self._writers is not None:
            self.doc.guard(self.space_id, self._writers)
            self._prove()

    def _prove(self) -> None:
        if self.doc is not None and self._signer is not None and self.doc.guarded:
            self.doc.prove(self._signer)
            self._save_proofs()

    def change(self, edit: Callable[[CommunityDocument], None]) -> bool:
        """Run a local edit and persist it. Returns whether the document changed."""
        if self.doc is None:
            raise ValueError("this device has no copy of the space's document yet")
        edit(self.doc)
        changed = self._persist()
        if changed:
            self._prove()
        return changed

    def adopt(self, snapshot: bytes, proofs: list[ChangeProof] | None = None) -> bool:
        """Take a peer's saved document: the first copy, or merged into ours. A guarded replica judges every
        change of it first (`CommunityDocument.load_checked`, or the gate for a merge). Raises
        `CommunityError`."""
        offered = list(proofs or ())
        self.adopted_heads = None
        if self.doc is not None:
            theirs = CommunityDocument.load(snapshot, actor_id=self._actor)
            self.adopted_heads = tuple(theirs.heads())
            if self._writers is None:
                self.doc.merge(theirs)
                return self._persist()
            intake = self.doc.apply_changes(theirs.changes_since([]), offered)
            self.refused += intake.quarantined + intake.set_aside
            self._save_proofs()  # a whole copy may bring newer proofs for changes already held
            return self._persist()
        if self._writers is None:
            self.doc, clean = CommunityDocument.load(snapshot, actor_id=self._actor), True
        else:
            self.doc, intake = CommunityDocument.load_checked(
                snapshot,
                space_id=self.space_id,
                writers=self._writers,
                proofs=offered,
                actor_id=self._actor,
                clock=self._clock,
            )
            self.refused += intake.quarantined + intake.set_aside  # stored below, once the store holds it
            clean = intake.clean
        if clean:
            self.adopted_heads = tuple(self.doc.heads())
            # The bytes just loaded are a fine snapshot: store them as they are rather than save again.
            self._store.save_snapshot(self.space_id, snapshot, replaces_changes=0)
            self._stored, self._appended = [snapshot], 0
            self._persisted = self.doc.heads()
        else:
            self._compact()
        self._save_proofs()
        return True

    def receive_sync(self, peer: PeerSync, message: bytes, proofs: list[ChangeProof] | None = None) -> bool:
        """Take a sync message; returns whether the document changed. Raises `CommunityError` (start over)."""
        if self.doc is None:
            raise CorruptDocumentError("there is no document to sync yet")
        self._took(self.doc.receive_sync_message(peer, message, proofs))
        return self._persist()

    def apply_changes(self, changes: list[bytes], proofs: list[ChangeProof] | None = None) -> bool:
        """Take changes fetched from the relay; those whose dependencies are missing wait in memory
        (`pending`). Returns whether the document changed. Raises `CommunityError`."""
        if self.doc is None:
            raise CorruptDocumentError("there is no document to apply changes to yet")
        self._took(self.doc.apply_changes(changes, proofs))
        return self._persist()

    @property
    def pending(self) -> int:
        """Changes received whose dependencies (or, guarded, whose author's proof) have not arrived yet."""
        if self.doc is None:
            return 0
        return len(self.doc.pending_changes) + len(self.doc.waiting)

    def waiting_hashes(self) -> frozenset[bytes]:
        """The changes the gate holds back, waiting (for a proof, a card, a dependency or their date)."""
        return frozenset(h for h, _why in self.doc.waiting) if self.doc is not None else frozenset()

    def known(self, hashes: list[bytes]) -> list[bytes]:
        return self.doc.known_changes(hashes) if self.doc is not None else []

    def change_count(self) -> int:
        return self.doc.change_count() if self.doc is not None else 0

    def changes_since(self, heads: list[bytes]) -> list[bytes]:
        """This document's changes that are not in the history of *heads* (all of them for none)."""
        return self.doc.changes_since(heads) if self.doc is not None else []

    def generate_sync(self, peer: PeerSync) -> bytes | None:
        return self.doc.generate_sync_message(peer) if self.doc is not None else None

    def snapshot(self) -> bytes:
        """Bytes one load turns into this document: the stored snapshot and the changes appended since
        (every change reaches the store before anyone hears of it, so this is the whole document)."""
        if self.doc is None:
            raise ValueError("no document")
        return b"".join(self._stored)

    # -- persistence --

    def _persist(self) -> bool:
        assert self.doc is not None
        heads = self.doc.heads()
        if sorted(heads) == sorted(self._persisted):
            return False
        changes = self.doc.changes_since(self._persisted)
        if changes:
            self._store.append_changes(self.space_id, changes)
            self._appended += len(changes)
            self._stored += changes
        self._persisted = heads
        if self._appended >= COMPACT_AFTER:
            self._compact()
        return True

    def _compact(self) -> None:
        assert self.doc is not None
        saved = self.doc.save()
        self._store.save_snapshot(self.space_id, saved, replaces_changes=self._appended)
        self._stored, self._appended = [saved], 0
        self._persisted = self.doc.heads()
