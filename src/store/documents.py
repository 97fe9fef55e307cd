"""Each space's Automerge document: the latest snapshot, the one before it, and the changes appended since;
and next to it, the space's change proofs.

`DocumentRepository` satisfies `sync.ports.DocumentStore` structurally (store does not import sync); the app
wires it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ._common import ConnectionSource, check_int
from ._database import Connection, transaction
from .errors import ValidationError
from .spaces import _blob, _space_id

MAX_CHANGE_BYTES = 16 * 1024 * 1024  # a sync frame's limit: no change received can be larger
MAX_SNAPSHOT_BYTES = 64 * 1024 * 1024  # the largest document sync loads
MAX_PROOFS_BYTES = 4 * 1024 * 1024  # a space's change proofs, one blob
MAX_REPLACED = 2**63 - 1
HEAD_BYTES = 32  # a change hash
MAX_SEEN_HEADS = 1024  # concurrent heads of one document: far more than a community ever has at once


@dataclass(frozen=True)
class DocumentRecord:
    """A stored document; `snapshot + b"".join(changes)` loads it. Satisfies `sync.ports.StoredDocument`."""

    snapshot: bytes = field(repr=False)  # documents are sensitive: keep them out of logs and tracebacks
    changes: tuple[bytes, ...] = field(repr=False)  # appended since the snapshot, in append order
    previous_snapshot: bytes | None = field(repr=False)  # the last good state before it; None at first
    generation: int  # 0 for the first snapshot, one more with each later one


def _changes(value: object) -> list[bytes]:
    if isinstance(value, (bytes, bytearray, memoryview, str)) or not isinstance(value, Sequence):
        raise ValidationError("Changes", "must be a list of changes (bytes), not one value.")
    return [_blob(f"Change {i}", c, low=1, high=MAX_CHANGE_BYTES) for i, c in enumerate(value)]


def _require_document(conn: Connection, space: bytes) -> None:
    """ValidationError unless *space* has a stored document (what goes with a document needs it)."""
    if conn.execute("SELECT 1 FROM document_snapshots WHERE space_id = ?", (space,)).fetchone() is None:
        raise ValidationError("Document", "the space has none stored; save a snapshot first.")


class DocumentRepository:
    """Stored documents of this device's spaces; the semantics are those of `sync.ports.DocumentStore`."""

    def __init__(self, source: ConnectionSource) -> None:
        self._source = source

    def load_document(self, space_id: bytes) -> DocumentRecord | None:
        """The space's document, or None if it has no snapshot."""
        space = _space_id(space_id)
        conn = self._source.connection()
        with transaction(conn):  # both reads see the same commit
            row = conn.execute(
                "SELECT snapshot, previous, generation FROM document_snapshots WHERE space_id = ?", (space,)
            ).fetchone()
            if row is None:
                return None
            changes = conn.execute(
                "SELECT change FROM document_changes WHERE space_id = ? ORDER BY position", (space,)
            ).fetchall()
        previous = None if row[1] is None else bytes(row[1])
        return DocumentRecord(bytes(row[0]), tuple(bytes(c[0]) for c in changes), previous, int(row[2]))

    def append_changes(self, space_id: bytes, changes: Sequence[bytes]) -> None:
        """Append *changes* after those stored, in one transaction committed (synchronous=FULL) before this returns.

        An empty batch does nothing; otherwise the document must exist (ValidationError), so a batch arriving
        after `forget_document` cannot bring the space's data back.
        """
        space = _space_id(space_id)
        batch = _changes(changes)  # all checked before any is written
        if not batch:
            return
        conn = self._source.connection()
        with transaction(conn):
            _require_document(conn, space)
            conn.executemany(
                "INSERT INTO document_changes (space_id, change) VALUES (?, ?)", [(space, c) for c in batch]
            )

    def save_snapshot(self, space_id: bytes, snapshot: bytes, *, replaces_changes: int) -> None:
        """Make *snapshot* current in one transaction: the current one becomes the previous, the first
        *replaces_changes* changes are deleted and the generation goes up by one.

        For a space without a document, *replaces_changes* must be 0 and this creates it at generation 0.
        """
        space = _space_id(space_id)
        new = _blob("Snapshot", snapshot, low=1, high=MAX_SNAPSHOT_BYTES)
        if isinstance(replaces_changes, int) and replaces_changes < 0:
            raise ValidationError("Changes replaced", "cannot be negative.")
        replaced = check_int("Changes replaced", replaces_changes, low=0, high=MAX_REPLACED)
        conn = self._source.connection()
        with transaction(conn):
            stored = conn.execute(
                "SELECT count(*) FROM document_changes WHERE space_id = ?", (space,)
            ).fetchone()[0]
            if replaced > stored:
                raise ValidationError("Changes replaced", f"is {replaced}, but {stored} changes are stored.")
            # Every expression on the right reads the row as it was, so the old snapshot moves to previous.
            updated = conn.execute(
                "UPDATE document_snapshots SET previous = snapshot, snapshot = ?, generation = generation + 1"
                " WHERE space_id = ?",
                (new, space),
            ).rowcount
            if updated == 0:
                conn.execute(
                    "INSERT INTO document_snapshots (space_id, snapshot, previous, generation)"
                    " VALUES (?, ?, NULL, 0)",
                    (space, new),
                )
            if replaced:
                conn.execute(
                    "DELETE FROM document_changes WHERE position IN"
                    " (SELECT position FROM document_changes WHERE space_id = ? ORDER BY position LIMIT ?)",
                    (space, replaced),
                )

    def save_proofs(self, space_id: bytes, proofs: bytes) -> None:
        """Replace the space's change proofs with *proofs*, in one transaction committed (synchronous=FULL)
        before this returns.

        The document must exist (ValidationError), so proofs arriving after `forget_document` cannot bring the
        space's data back.
        """
        space = _space_id(space_id)
        blob = _blob("Proofs", proofs, low=1, high=MAX_PROOFS_BYTES)
        conn = self._source.connection()
        with transaction(conn):
            _require_document(conn, space)
            conn.execute(
                "INSERT INTO document_proofs (space_id, proofs) VALUES (?, ?)"
                " ON CONFLICT (space_id) DO UPDATE SET proofs = excluded.proofs",
                (space, blob),
            )

    def load_proofs(self, space_id: bytes) -> bytes | None:
        """The space's change proofs, or None if none are stored."""
        space = _space_id(space_id)
        row = (
            self._source.connection()
            .execute("SELECT proofs FROM document_proofs WHERE space_id = ?", (space,))
            .fetchone()
        )
        return None if row is None else bytes(row[0])

    def save_seen(self, space_id: bytes, heads: Sequence[bytes]) -> None:
        """Remember *heads* (change hashes) as the document the person last saw. The document must exist."""
        space = _space_id(space_id)
        if isinstance(heads, (bytes, bytearray, memoryview, str)) or not isinstance(heads, Sequence):
            raise ValidationError("Heads", "must be a list of change hashes, not one value.")
        check_int("Number of heads", len(heads), low=1, high=MAX_SEEN_HEADS)
        joined = b"".join(_blob(f"Head {i}", h, low=HEAD_BYTES, high=HEAD_BYTES) for i, h in enumerate(heads))
        conn = self._source.connection()
        with transaction(conn):
            _require_document(conn, space)
            conn.execute(
                "INSERT INTO document_seen (space_id, heads) VALUES (?, ?)"
                " ON CONFLICT (space_id) DO UPDATE SET heads = excluded.heads",
                (space, joined),
            )

    def load_seen(self, space_id: bytes) -> list[bytes] | None:
        """The heads saved by `save_seen`, or None if the person never looked."""
        space = _space_id(space_id)
        row = (
            self._source.connection()
            .execute("SELECT heads FROM document_seen WHERE space_id = ?", (space,))
            .fetchone()
        )
        if row is None:
            return None
        joined = bytes(row[0])
        return [joined[i : i + HEAD_BYTES] for i in range(0, len(joined), HEAD_BYTES)]

    def forget_document(self, space_id: bytes) -> None:
        """Delete the space's document: snapshots, changes, proofs, what was last seen of it and this person's
        pulse answers and sealed ballots in it. A space without one is left as it is."""
        space = _space_id(space_id)
        conn = self._source.connection()
        with transaction(conn):
            conn.execute("DELETE FROM document_seen WHERE space_id = ?", (space,))
            conn.execute("DELETE FROM pulse_answers WHERE space_id = ?", (space,))
            conn.execute("DELETE FROM sealed_ballots WHERE space_id = ?", (space,))
            conn.execute("DELETE FROM document_proofs WHERE space_id = ?", (space,))
            conn.execute("DELETE FROM document_changes WHERE space_id = ?", (space,))
            conn.execute("DELETE FROM document_snapshots WHERE space_id = ?", (space,))
