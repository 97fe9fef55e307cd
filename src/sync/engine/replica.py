"""One space's community document on this device, kept in the `DocumentStore`: a snapshot plus the changes
appended since, folded into a new snapshot (one transaction) once enough have piled up.

Every change that reaches the document — written here or received from a peer — is appended to the store
before anyone is told about it, so a crash loses nothing that was acknowledged. A stored state that no longer
loads falls back to the last good snapshot (plus the changes that still apply to it), and says so.
"""

from __future__ import annotations

from collections.abc import Callable

from sync.community import CommunityDocument, CommunityError, CorruptDocumentError, PeerSync
from sync.ports import DocumentStore

__all__ = ["COMPACT_AFTER", "Replica"]

COMPACT_AFTER = 200  # appended changes before they are folded into a new snapshot


class Replica:
    def __init__(self, space_id: bytes, store: DocumentStore, actor_id: bytes) -> None:
        self.space_id = space_id
        self._store = store
        self._actor = actor_id
        self.doc: CommunityDocument | None = None
        self.problem: str | None = None  # set when the stored state had to fall back to the last good one
        self._persisted: list[bytes] = []  # heads whose history is in the store
        self._appended = 0  # change rows since the stored snapshot
        # What the store holds, kept so a first contact can send it without a fresh save (≈ a load's cost).
        self._stored: list[bytes] = []  # the snapshot, then each appended batch of changes
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

    def heads(self) -> list[bytes]:
        return self.doc.heads() if self.doc is not None else []

    def create(self, name: str) -> None:
        """Start the document (the space's creator does this once)."""
        if self.doc is not None:
            raise ValueError("the space already has a document")
        self.doc = CommunityDocument.create(name, actor_id=self._actor)
        self._compact()

    def change(self, edit: Callable[[CommunityDocument], None]) -> bool:
        """Run a local edit and persist it. Returns whether the document changed."""
        if self.doc is None:
            raise ValueError("this device has no copy of the space's document yet")
        edit(self.doc)
        return self._persist()

    def adopt(self, snapshot: bytes) -> bool:
        """Take a peer's saved document: the first copy, or merged into ours. Raises `CommunityError`."""
        theirs = CommunityDocument.load(snapshot, actor_id=self._actor)
        if self.doc is None:
            self.doc = theirs
            # The bytes just loaded are a fine snapshot: store them as they are rather than save again.
            self._store.save_snapshot(self.space_id, snapshot, replaces_changes=0)
            self._stored, self._appended = [snapshot], 0
            self._persisted = theirs.heads()
            return True
        self.doc.merge(theirs)
        return self._persist()

    def receive_sync(self, peer: PeerSync, message: bytes) -> bool:
        """Take a sync message; returns whether the document changed. Raises `CommunityError` (start over)."""
        if self.doc is None:
            raise CorruptDocumentError("there is no document to sync yet")
        self.doc.receive_sync_message(peer, message)
        return self._persist()

    def apply_changes(self, changes: list[bytes]) -> bool:
        """Take changes fetched from the relay; those whose dependencies are missing wait in memory
        (`pending`). Returns whether the document changed. Raises `CommunityError`."""
        if self.doc is None:
            raise CorruptDocumentError("there is no document to apply changes to yet")
        self.doc.apply_changes(changes)
        return self._persist()

    @property
    def pending(self) -> int:
        """Changes received whose dependencies have not arrived yet."""
        return len(self.doc.pending_changes) if self.doc is not None else 0

    def known(self, hashes: list[bytes]) -> list[bytes]:
        return self.doc.known_changes(hashes) if self.doc is not None else []

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
