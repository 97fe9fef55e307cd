"""The spaces this device belongs to: membership logs, envelope sequence numbers and issued invites.

`SpaceRepository` satisfies `sync.ports.SpaceStore` structurally (store does not import sync); the app wires it.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._common import ConnectionSource, check_int, utc_now
from ._database import transaction
from .errors import StoreError, ValidationError

SPACE_ID_BYTES = 16
ENTRY_HASH_BYTES = 32
MAX_LOG_ENTRY_BYTES = 16 * 1024 * 1024  # a sync frame's limit: no entry received can be larger
MIN_SECRET_BYTES = 10  # an invite secret is 80 bits; anything shorter is a bug, not a secret
MAX_SECRET_BYTES = 64
MAX_INVITE_BYTES = 64 * 1024
MAX_EPOCH = 2**32 - 1  # epochs are u32 on the wire
MAX_SEQUENCE = 2**63 - 1  # SQLite's largest integer, far below the envelope's u64
MAX_RESERVATION = 2**32


def _blob(field: str, value: object, *, low: int, high: int) -> bytes:
    if not isinstance(value, bytes):
        raise ValidationError(field, f"must be bytes, not {type(value).__name__}.")
    if not low <= len(value) <= high:
        size = f"{low}" if low == high else f"{low} to {high}"
        raise ValidationError(field, f"must be {size} bytes long, not {len(value)}.")
    return value


def _space_id(value: object) -> bytes:
    return _blob("Space id", value, low=SPACE_ID_BYTES, high=SPACE_ID_BYTES)


def _log_pair(index: int, pair: object) -> tuple[bytes, bytes]:
    if not isinstance(pair, tuple) or len(pair) != 2:
        raise ValidationError(f"Log entry {index}", "must be a pair (entry hash, encoded entry).")
    entry_hash = _blob(f"Log entry {index} hash", pair[0], low=ENTRY_HASH_BYTES, high=ENTRY_HASH_BYTES)
    return entry_hash, _blob(f"Log entry {index}", pair[1], low=1, high=MAX_LOG_ENTRY_BYTES)


class SpaceRepository:
    """Persistent state of this device's spaces; the semantics are those of `sync.ports.SpaceStore`."""

    def __init__(self, source: ConnectionSource) -> None:
        self._source = source

    def spaces(self) -> list[bytes]:
        """Ids of the spaces with a stored log, in the order they were first stored."""
        rows = self._source.connection().execute(
            "SELECT space_id FROM space_log_entries GROUP BY space_id ORDER BY min(position)"
        )
        return [bytes(r[0]) for r in rows]

    def log_entries(self, space_id: bytes) -> list[bytes]:
        """The space's encoded membership log entries, in the order they were stored (empty if unknown)."""
        rows = self._source.connection().execute(
            "SELECT entry FROM space_log_entries WHERE space_id = ? ORDER BY position", (_space_id(space_id),)
        )
        return [bytes(r[0]) for r in rows]

    def add_log_entries(self, space_id: bytes, entries: Sequence[tuple[bytes, bytes]]) -> int:
        """Store (entry hash, encoded entry) pairs in one transaction; known hashes are skipped.

        Returns how many were new. Nothing is stored if anything fails.
        """
        space = _space_id(space_id)
        clean = [_log_pair(i, pair) for i, pair in enumerate(entries)]  # all checked before any is written
        if not clean:
            return 0
        conn = self._source.connection()
        with transaction(conn):
            cursor = conn.executemany(
                "INSERT INTO space_log_entries (space_id, entry_hash, entry) VALUES (?, ?, ?)"
                " ON CONFLICT (space_id, entry_hash) DO NOTHING",
                [(space, h, e) for h, e in clean],
            )
            added = int(cursor.rowcount)  # summed over the rows; a skipped row counts 0
        return added

    def reserve_sequence(self, space_id: bytes, epoch: int, count: int = 1) -> int:
        """Reserve *count* envelope sequence numbers in (space, epoch); returns the first.

        Committed (synchronous=FULL) before this returns, so a number is never handed out twice, even across a
        crash; a crash may skip numbers.
        """
        space = _space_id(space_id)
        check_int("Epoch", epoch, low=0, high=MAX_EPOCH)
        if isinstance(count, int) and count < 1:
            raise ValidationError("Count", "reserve at least one sequence number.")
        check_int("Count", count, low=1, high=MAX_RESERVATION)
        conn = self._source.connection()
        with transaction(conn):
            row = conn.execute(
                "SELECT next_sequence FROM space_sequences WHERE space_id = ? AND epoch = ?", (space, epoch)
            ).fetchone()
            first = 0 if row is None else int(row[0])
            if first + count > MAX_SEQUENCE:
                raise StoreError(
                    "This device has used up its sequence numbers for this space and epoch; "
                    "the space needs a new epoch before it can send again."
                )
            conn.execute(
                "INSERT INTO space_sequences (space_id, epoch, next_sequence) VALUES (?, ?, ?)"
                " ON CONFLICT (space_id, epoch) DO UPDATE SET next_sequence = excluded.next_sequence",
                (space, epoch, first + count),
            )
        return first

    def put_invite(self, space_id: bytes, secret: bytes, invite: bytes) -> None:
        """Remember an open invite this device issued (*invite* is its encoded form).

        Putting a known secret again replaces its space and invite; a used invite stays used.
        """
        space = _space_id(space_id)
        key = _blob("Invite secret", secret, low=MIN_SECRET_BYTES, high=MAX_SECRET_BYTES)
        encoded = _blob("Invite", invite, low=1, high=MAX_INVITE_BYTES)
        conn = self._source.connection()
        with transaction(conn):
            conn.execute(
                "INSERT INTO space_invites (secret, space_id, invite, created_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (secret) DO UPDATE SET space_id = excluded.space_id, invite = excluded.invite",
                (key, space, encoded, utc_now()),
            )

    def invites(self, space_id: bytes) -> list[tuple[bytes, bool]]:
        """Every invite issued for the space as (encoded invite, used), oldest first (empty if unknown).

        Used invites stay listed until `forget_space`.
        """
        rows = self._source.connection().execute(
            "SELECT invite, used_at IS NOT NULL FROM space_invites WHERE space_id = ? ORDER BY rowid",
            (_space_id(space_id),),
        )
        return [(bytes(r[0]), bool(r[1])) for r in rows]

    def use_invite(self, secret: bytes) -> bool:
        """Mark the invite with *secret* used; False if it was already used or is unknown. Atomic."""
        if not isinstance(secret, bytes):
            raise ValidationError("Invite secret", f"must be bytes, not {type(secret).__name__}.")
        if not MIN_SECRET_BYTES <= len(secret) <= MAX_SECRET_BYTES:
            return False  # no invite can have this secret: it is unknown, like a mistyped one
        conn = self._source.connection()
        with transaction(conn):
            cursor = conn.execute(
                "UPDATE space_invites SET used_at = ? WHERE secret = ? AND used_at IS NULL",
                (utc_now(), secret),
            )
            used = cursor.rowcount == 1
        return bool(used)

    def forget_space(self, space_id: bytes) -> None:
        """Delete everything kept for the space here: its log, invites and sequence reservations (after
        leaving it or being removed).

        Dropping the reservations is safe: a device that comes back is either added again after a removal,
        into an epoch it never held, or, if it left without telling anyone, admitted with a new key
        (`sync.spaces.Space.admit`); either way it never seals in an epoch it sealed in before.
        """
        space = _space_id(space_id)
        conn = self._source.connection()
        with transaction(conn):
            for table in ("space_log_entries", "space_invites", "space_sequences"):
                conn.execute(f"DELETE FROM {table} WHERE space_id = ?", (space,))
