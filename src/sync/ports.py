"""What `sync` needs from storage, as protocols. `store` satisfies them structurally without importing sync;
the app wires the two together (the one place that imports both).

Each protocol has an in-memory implementation here, for fast tests of the layers above. The real adapters in
`store` and these fakes pass the same conformance tests (tests/conformance).
"""

from __future__ import annotations

import dataclasses
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from sync.identity import DeviceKeys, HybridKey
from sync.invites import SPACE_ID_BYTES

__all__ = [
    "MAX_CHANGE_BYTES",
    "MAX_PROOFS_BYTES",
    "MAX_SNAPSHOT_BYTES",
    "DocumentStore",
    "IdentityRecord",
    "IdentitySource",
    "InMemoryDocumentStore",
    "InMemoryIdentitySource",
    "InMemoryRelayStateStore",
    "InMemorySpaceStore",
    "RelayState",
    "RelayStateStore",
    "ReplayWindowRow",
    "SpaceStore",
    "StoredDocument",
    "StoredWindow",
    "device_keys_from",
]


class IdentityRecord(Protocol):
    """A device's stored identity: raw private keys and its CRDT actor id."""

    @property
    def signing_key(self) -> bytes: ...  # raw 32-byte Ed25519 private key

    @property
    def agreement_key(self) -> bytes: ...  # raw 32-byte X25519 private key

    @property
    def actor_id(self) -> bytes: ...  # 16 bytes

    @property
    def hybrid_key(self) -> bytes | None: ...  # 96 bytes (sync.identity.HybridKey), once made


class IdentitySource(Protocol):
    """Where this device's identity is kept (the personal store: store.IdentityRepository)."""

    def get(self) -> IdentityRecord:
        """This device's identity. Raises LookupError if there is none yet."""
        ...

    def ensure_hybrid_key(self) -> IdentityRecord:
        """This device's identity, with a hybrid key made and kept now if it had none."""
        ...


def device_keys_from(source: IdentitySource) -> DeviceKeys:
    """This device's keys, read from *source* (a device from before hybrid keys makes its hybrid key now)."""
    record = source.ensure_hybrid_key()
    return DeviceKeys.from_private_bytes(record.signing_key, record.agreement_key, record.hybrid_key)


@dataclass(frozen=True)
class _Identity:
    signing_key: bytes = field(repr=False)
    agreement_key: bytes = field(repr=False)
    actor_id: bytes
    hybrid_key: bytes | None = field(default=None, repr=False)


class InMemoryIdentitySource:
    """An `IdentitySource` holding one identity (random unless keys are given)."""

    def __init__(
        self,
        signing_key: bytes | None = None,
        agreement_key: bytes | None = None,
        actor_id: bytes | None = None,
    ) -> None:
        # Any 32 bytes are a valid Ed25519 seed and a valid X25519 private key.
        self._record = _Identity(
            signing_key or os.urandom(32), agreement_key or os.urandom(32), actor_id or os.urandom(16)
        )

    def get(self) -> IdentityRecord:
        return self._record

    def ensure_hybrid_key(self) -> IdentityRecord:
        if self._record.hybrid_key is None:
            self._record = dataclasses.replace(self._record, hybrid_key=HybridKey.generate().private_bytes())
        return self._record


class SpaceStore(Protocol):
    """Persistent state of the spaces this device belongs to.

    Everything here is sensitive (membership logs name devices; invites hold secrets) and lives in the
    encrypted personal store. Epoch keys are not stored separately: they are sealed to this device inside the
    membership log and opened with its agreement key when the log is read.
    """

    def spaces(self) -> list[bytes]:
        """Ids (16 bytes) of the spaces with a stored log, in the order they were first stored."""
        ...

    def log_entries(self, space_id: bytes) -> list[bytes]:
        """The space's encoded membership log entries, in the order they were stored (empty if unknown)."""
        ...

    def add_log_entries(self, space_id: bytes, entries: Sequence[tuple[bytes, bytes]]) -> int:
        """Store (entry hash, encoded entry) pairs in one transaction; known hashes are skipped.

        Returns how many were new. Nothing is stored if anything fails.
        """
        ...

    def reserve_sequence(self, space_id: bytes, epoch: int, count: int = 1) -> int:
        """Reserve *count* envelope sequence numbers for this device in (space, epoch); returns the first.

        The reservation is durable before this returns, so a number is never handed out twice, even across
        a crash (a crash may skip numbers, which receivers allow).
        """
        ...

    def put_invite(self, space_id: bytes, secret: bytes, invite: bytes) -> None:
        """Remember an open invite this device issued (*invite* is its encoded form)."""
        ...

    def invites(self, space_id: bytes) -> list[tuple[bytes, bool]]:
        """Every invite issued for the space as (encoded invite, used), oldest first (empty if unknown).

        Used invites stay listed until `forget_space`, so the inviter can tell "already used" from "no such
        invite".
        """
        ...

    def use_invite(self, secret: bytes) -> bool:
        """Mark the invite with *secret* used; False if it was already used or is unknown. Atomic."""
        ...

    def forget_space(self, space_id: bytes) -> None:
        """Delete the space's log, invites and sequence reservations (after leaving it or being removed).

        A device that comes back never seals in an epoch it sealed in before (it is added into a new epoch,
        or admitted with a new key: `sync.spaces.Space.admit`), so its reservations are not needed again.
        """
        ...


class InMemorySpaceStore:
    """A `SpaceStore` in memory, for tests of the layers above.

    It guards its own state with a lock; the real store's session is used from one thread.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._logs: dict[bytes, dict[bytes, bytes]] = {}
        self._sequences: dict[tuple[bytes, int], int] = {}
        self._invites: dict[bytes, tuple[bytes, bytes]] = {}  # secret -> (space id, invite)
        self._used: set[bytes] = set()

    def spaces(self) -> list[bytes]:
        with self._lock:
            return list(self._logs)

    def log_entries(self, space_id: bytes) -> list[bytes]:
        with self._lock:
            return list(self._logs.get(space_id, {}).values())

    def add_log_entries(self, space_id: bytes, entries: Sequence[tuple[bytes, bytes]]) -> int:
        with self._lock:
            log = self._logs.get(space_id, {})
            new: dict[bytes, bytes] = {}
            for entry_hash, entry in entries:
                if entry_hash not in log and entry_hash not in new:  # a repeated hash keeps its first copy
                    new[entry_hash] = entry
            if new:  # an empty batch does not list the space, as in the store
                self._logs.setdefault(space_id, {}).update(new)
            return len(new)

    def reserve_sequence(self, space_id: bytes, epoch: int, count: int = 1) -> int:
        if count < 1:
            raise ValueError("reserve at least one sequence number")
        with self._lock:
            first = self._sequences.get((space_id, epoch), 0)
            self._sequences[(space_id, epoch)] = first + count
            return first

    def put_invite(self, space_id: bytes, secret: bytes, invite: bytes) -> None:
        with self._lock:
            self._invites[secret] = (space_id, invite)

    def invites(self, space_id: bytes) -> list[tuple[bytes, bool]]:
        with self._lock:
            return [(i, s in self._used) for s, (sp, i) in self._invites.items() if sp == space_id]

    def use_invite(self, secret: bytes) -> bool:
        with self._lock:
            if secret not in self._invites or secret in self._used:
                return False
            self._used.add(secret)
            return True

    def forget_space(self, space_id: bytes) -> None:
        with self._lock:
            self._logs.pop(space_id, None)
            for key in [k for k in self._sequences if k[0] == space_id]:
                del self._sequences[key]
            for secret in [s for s, (sp, _) in self._invites.items() if sp == space_id]:
                del self._invites[secret]
                self._used.discard(secret)


MAX_CHANGE_BYTES = 16 * 1024 * 1024  # a sync frame's limit: no change received can be larger
MAX_SNAPSHOT_BYTES = 64 * 1024 * 1024  # the largest document sync.community loads
MAX_PROOFS_BYTES = 4 * 1024 * 1024  # a space's change proofs, one blob
_NO_DOCUMENT = "the space has none stored; save a snapshot first."


class StoredDocument(Protocol):
    """A space's stored Automerge document: load it from `snapshot + b"".join(changes)`."""

    @property
    def snapshot(self) -> bytes: ...  # the latest save() bytes

    @property
    def changes(self) -> tuple[bytes, ...]: ...  # appended since the snapshot, in append order

    @property
    def previous_snapshot(self) -> bytes | None: ...  # the one before (the last good state); None at first

    @property
    def generation(self) -> int: ...  # 0 for the first snapshot, one more with each later one


class DocumentStore(Protocol):
    """Each space's Automerge document, as a snapshot plus the changes appended since, with the snapshot before.

    The documents are the communities' shared data and live in the encrypted personal store. A document that
    fails to load (a binding panic) is reloaded from `previous_snapshot`; peers resend whatever that lacks.

    One writer per document (the sync engine's worker): `save_snapshot` trusts that the first changes it
    replaces are those its caller read. Bad arguments raise ValueError (the store's ValidationError) and write
    nothing, as do appending to (or saving proofs for) a space without a document and replacing more changes
    than are stored. Next to each document, the space's change proofs are kept as one blob.
    """

    def load_document(self, space_id: bytes) -> StoredDocument | None:
        """The space's document, or None if it has no snapshot."""
        ...

    def append_changes(self, space_id: bytes, changes: Sequence[bytes]) -> None:
        """Append *changes* (1 byte to 16 MiB each) after those stored, in one transaction.

        Durable before this returns. An empty batch does nothing. The document must exist (`save_snapshot`
        creates it), so that a batch arriving after `forget_document` cannot bring a space's data back:
        otherwise ValueError.
        """
        ...

    def save_snapshot(self, space_id: bytes, snapshot: bytes, *, replaces_changes: int) -> None:
        """Make *snapshot* (1 byte to 64 MiB) the document's current one, in one transaction.

        The current snapshot becomes the previous one (the one before is dropped), the first
        *replaces_changes* stored changes (those the snapshot includes) are deleted, and the generation goes up
        by one; changes appended after the caller read the document stay. For a space without a document,
        *replaces_changes* must be 0 and this creates it at generation 0. Replacing more changes than are
        stored raises ValueError.
        """
        ...

    def save_proofs(self, space_id: bytes, proofs: bytes) -> None:
        """Replace the space's change proofs with *proofs* (1 byte to 4 MiB), in one transaction.

        The proofs are the signatures by each writer's device over its latest change, opaque bytes here; they
        let this device forward other members' changes to a peer that checks authorship. Durable before this
        returns. The document must exist, so that proofs arriving after `forget_document` cannot bring a
        space's data back: otherwise ValueError.
        """
        ...

    def load_proofs(self, space_id: bytes) -> bytes | None:
        """The space's change proofs, or None if none are stored."""
        ...

    def forget_document(self, space_id: bytes) -> None:
        """Delete the space's document: snapshots, changes and proofs. A space without one is left as it is."""
        ...


@dataclass(frozen=True)
class _StoredDocument:
    snapshot: bytes = field(repr=False)  # documents are sensitive: keep them out of logs and tracebacks
    changes: tuple[bytes, ...] = field(repr=False)
    previous_snapshot: bytes | None = field(repr=False)
    generation: int


def _refuse(name: str, message: str) -> ValueError:
    return ValueError(f"{name}: {message}")  # worded as the store's ValidationError


def _checked_blob(name: str, value: object, *, low: int, high: int) -> bytes:
    if not isinstance(value, bytes):
        raise _refuse(name, f"must be bytes, not {type(value).__name__}.")
    if not low <= len(value) <= high:
        size = f"{low}" if low == high else f"{low} to {high}"
        raise _refuse(name, f"must be {size} bytes long, not {len(value)}.")
    return value


def _checked_space(space_id: object) -> bytes:
    return _checked_blob("Space id", space_id, low=SPACE_ID_BYTES, high=SPACE_ID_BYTES)


def _checked_changes(changes: object) -> list[bytes]:
    if isinstance(changes, (bytes, bytearray, memoryview, str)) or not isinstance(changes, Sequence):
        raise _refuse("Changes", "must be a list of changes (bytes), not one value.")
    return [_checked_blob(f"Change {i}", c, low=1, high=MAX_CHANGE_BYTES) for i, c in enumerate(changes)]


def _checked_count(stored: int, replaces_changes: object) -> int:
    if isinstance(replaces_changes, bool) or not isinstance(replaces_changes, int):
        raise _refuse("Changes replaced", "must be a whole number.")
    if replaces_changes < 0:
        raise _refuse("Changes replaced", "cannot be negative.")
    if replaces_changes > stored:
        raise _refuse("Changes replaced", f"is {replaces_changes}, but {stored} changes are stored.")
    return replaces_changes


class InMemoryDocumentStore:
    """A `DocumentStore` in memory, for tests of the layers above. It guards its state with a lock."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._snapshots: dict[bytes, tuple[bytes, bytes | None, int]] = {}  # (current, previous, generation)
        self._changes: dict[bytes, list[bytes]] = {}
        self._proofs: dict[bytes, bytes] = {}

    def load_document(self, space_id: bytes) -> StoredDocument | None:
        space = _checked_space(space_id)
        with self._lock:
            if space not in self._snapshots:
                return None
            snapshot, previous, generation = self._snapshots[space]
            return _StoredDocument(snapshot, tuple(self._changes[space]), previous, generation)

    def append_changes(self, space_id: bytes, changes: Sequence[bytes]) -> None:
        space = _checked_space(space_id)
        batch = _checked_changes(changes)
        if not batch:
            return
        with self._lock:
            if space not in self._snapshots:
                raise _refuse("Document", _NO_DOCUMENT)
            self._changes[space] += batch

    def save_snapshot(self, space_id: bytes, snapshot: bytes, *, replaces_changes: int) -> None:
        space = _checked_space(space_id)
        new = _checked_blob("Snapshot", snapshot, low=1, high=MAX_SNAPSHOT_BYTES)
        with self._lock:
            changes = self._changes.get(space, [])
            replaced = _checked_count(len(changes), replaces_changes)
            if space in self._snapshots:
                current, _, generation = self._snapshots[space]
                self._snapshots[space] = (new, current, generation + 1)
            else:
                self._snapshots[space] = (new, None, 0)
            self._changes[space] = changes[replaced:]

    def save_proofs(self, space_id: bytes, proofs: bytes) -> None:
        space = _checked_space(space_id)
        blob = _checked_blob("Proofs", proofs, low=1, high=MAX_PROOFS_BYTES)
        with self._lock:
            if space not in self._snapshots:
                raise _refuse("Document", _NO_DOCUMENT)
            self._proofs[space] = blob

    def load_proofs(self, space_id: bytes) -> bytes | None:
        space = _checked_space(space_id)
        with self._lock:
            return self._proofs.get(space)

    def forget_document(self, space_id: bytes) -> None:
        space = _checked_space(space_id)
        with self._lock:
            self._snapshots.pop(space, None)
            self._changes.pop(space, None)
            self._proofs.pop(space, None)


# --- relay progress and replay windows -----------------------------------------------------------------------

MAX_RELAY_ADDRESS = 1024  # characters of a relay address (sync.relay.address); an invite carries ≤ 200 bytes
MAX_CERTIFICATE_BYTES = 64 * 1024
MAX_RELAY_HEADS = 1024
MAX_CURSOR = 2**63 - 1
MAX_WINDOW_BYTES = 128  # a replay window's bitmap: 1024 sequence numbers
_NO_RELAY = "the space has no relay; set its address first."


class RelayState(Protocol):
    """What this device knows of a space's relay."""

    @property
    def address(self) -> str: ...  # the relay address text (sync.relay.address); holds the credential

    @property
    def certificate(self) -> bytes | None: ...  # the relay's certificate (PEM), once checked against the pin

    @property
    def cursor(self) -> int: ...  # the stream sequence up to which the space's envelopes were applied

    @property
    def heads(self) -> tuple[bytes, ...]: ...  # change hashes known to be on the relay, with their history


class StoredWindow(Protocol):
    """One sender's replay window in one epoch of a space (`sync.envelope.ReplayWindow`), as stored."""

    @property
    def space_tag(self) -> bytes: ...

    @property
    def sender(self) -> bytes: ...

    @property
    def highest(self) -> int: ...

    @property
    def seen(self) -> bytes: ...


@dataclass(frozen=True)
class ReplayWindowRow:
    """A `StoredWindow`."""

    space_tag: bytes
    sender: bytes
    highest: int
    seen: bytes = field(repr=False)


class RelayStateStore(Protocol):
    """Per space: the relay it uses and how far this device has come with it, and the replay windows that
    keep a replayed envelope refused after a restart. Kept in the encrypted store: the address holds the relay
    credential. Bad arguments raise ValueError (the store's ValidationError) and write nothing.
    """

    def relay_state(self, space_id: bytes) -> RelayState | None:
        """The space's relay, or None if it has none."""
        ...

    def set_relay_address(self, space_id: bytes, address: str | None) -> None:
        """Use the relay at *address* (1–1024 characters) for the space, or none (None). A different address
        starts over (no certificate, cursor 0, no heads); the same one keeps what is known."""
        ...

    def set_relay_certificate(self, space_id: bytes, certificate: bytes) -> None:
        """Keep the relay's certificate (1 byte–64 KiB) once it matched the pin. ValueError without a relay."""
        ...

    def save_relay_progress(self, space_id: bytes, cursor: int, heads: Sequence[bytes]) -> None:
        """Record the cursor (0 ≤ n < 2^63) and the relay heads (≤ 1024 hashes of 32 bytes), in one
        transaction. ValueError without a relay."""
        ...

    def replay_windows(self, space_id: bytes) -> Sequence[StoredWindow]:
        """The space's stored replay windows (empty if none)."""
        ...

    def save_replay_windows(self, space_id: bytes, windows: Sequence[StoredWindow]) -> None:
        """Insert or replace these windows (tag and sender 32 bytes, highest 0 ≤ n < 2^63, seen ≤ 128 bytes),
        all or none."""
        ...

    def forget_relay(self, space_id: bytes) -> None:
        """Delete the space's relay, its progress and its replay windows (the space is being forgotten)."""
        ...


@dataclass(frozen=True)
class _RelayState:
    address: str = field(repr=False)  # holds the credential
    certificate: bytes | None = field(repr=False)
    cursor: int = 0
    heads: tuple[bytes, ...] = ()


def _checked_address(address: object) -> str:
    if not isinstance(address, str) or not 1 <= len(address) <= MAX_RELAY_ADDRESS:
        raise _refuse("Relay address", f"must be text of 1 to {MAX_RELAY_ADDRESS} characters.")
    return address


def _checked_int(name: str, value: object, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= high:
        raise _refuse(name, f"must be a whole number from 0 to {high}.")
    return value


def _checked_heads(heads: object) -> tuple[bytes, ...]:
    if isinstance(heads, (bytes, bytearray, memoryview, str)) or not isinstance(heads, Sequence):
        raise _refuse("Relay heads", "must be a list of change hashes, not one value.")
    if len(heads) > MAX_RELAY_HEADS:
        raise _refuse("Relay heads", f"are at most {MAX_RELAY_HEADS}.")
    return tuple(_checked_blob(f"Relay head {i}", h, low=32, high=32) for i, h in enumerate(heads))


def _checked_windows(windows: object) -> list[ReplayWindowRow]:
    if not isinstance(windows, Sequence) or isinstance(windows, (bytes, str)):
        raise _refuse("Replay windows", "must be a list of windows.")
    rows = []
    for i, w in enumerate(windows):
        if not all(hasattr(w, name) for name in ("space_tag", "sender", "highest", "seen")):
            raise _refuse(f"Replay window {i}", "must be a ReplayWindowRow.")
        _checked_blob(f"Replay window {i} tag", w.space_tag, low=32, high=32)
        _checked_blob(f"Replay window {i} sender", w.sender, low=32, high=32)
        _checked_int(f"Replay window {i} highest", w.highest, MAX_CURSOR)
        _checked_blob(f"Replay window {i} bitmap", w.seen, low=0, high=MAX_WINDOW_BYTES)
        rows.append(ReplayWindowRow(w.space_tag, w.sender, w.highest, w.seen))
    return rows


class InMemoryRelayStateStore:
    """A `RelayStateStore` in memory, for tests of the layers above. It guards its state with a lock."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._states: dict[bytes, _RelayState] = {}
        self._windows: dict[bytes, dict[tuple[bytes, bytes], ReplayWindowRow]] = {}

    def relay_state(self, space_id: bytes) -> RelayState | None:
        space = _checked_space(space_id)
        with self._lock:
            return self._states.get(space)

    def set_relay_address(self, space_id: bytes, address: str | None) -> None:
        space = _checked_space(space_id)
        if address is None:
            with self._lock:
                self._states.pop(space, None)
            return
        text = _checked_address(address)
        with self._lock:
            current = self._states.get(space)
            if current is None or current.address != text:
                self._states[space] = _RelayState(text, None)

    def set_relay_certificate(self, space_id: bytes, certificate: bytes) -> None:
        space = _checked_space(space_id)
        pem = _checked_blob("Relay certificate", certificate, low=1, high=MAX_CERTIFICATE_BYTES)
        with self._lock:
            current = self._states.get(space)
            if current is None:
                raise _refuse("Relay", _NO_RELAY)
            self._states[space] = _RelayState(current.address, pem, current.cursor, current.heads)

    def save_relay_progress(self, space_id: bytes, cursor: int, heads: Sequence[bytes]) -> None:
        space = _checked_space(space_id)
        position = _checked_int("Relay cursor", cursor, MAX_CURSOR)
        checked = _checked_heads(heads)
        with self._lock:
            current = self._states.get(space)
            if current is None:
                raise _refuse("Relay", _NO_RELAY)
            self._states[space] = _RelayState(current.address, current.certificate, position, checked)

    def replay_windows(self, space_id: bytes) -> Sequence[StoredWindow]:
        space = _checked_space(space_id)
        with self._lock:
            return list(self._windows.get(space, {}).values())

    def save_replay_windows(self, space_id: bytes, windows: Sequence[StoredWindow]) -> None:
        space = _checked_space(space_id)
        checked = _checked_windows(windows)
        with self._lock:
            stored = self._windows.setdefault(space, {})
            for w in checked:
                stored[(w.space_tag, w.sender)] = w

    def forget_relay(self, space_id: bytes) -> None:
        space = _checked_space(space_id)
        with self._lock:
            self._states.pop(space, None)
            self._windows.pop(space, None)
