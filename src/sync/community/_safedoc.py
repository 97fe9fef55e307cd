"""One Automerge document with its last good state, so that a binding panic never loses committed work.

The last good state is the bytes of the last save or load (`base`) plus the bytes of every change committed
or received since (`since`); `Document.load(base + b"".join(since))` rebuilds it (the binding has no
incremental load). The log is folded into a fresh save once it outgrows the base, so keeping it costs
amortised O(1) per change. Changes from peers whose dependencies are missing are held (`pending`) and
applied, dependencies first, once the dependencies arrive.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NoReturn, TypeVar

from automerge import core

from . import _chunks
from ._automerge import (
    COMPACT_AFTER_BYTES,
    MAX_DOCUMENT_BYTES,
    MIN_DOCUMENT_BYTES,
    Reader,
    Writer,
    _panic_error,
    is_panic,
    keep_alive,
)
from .errors import BindingPanicError, CommunityError, CorruptDocumentError

T = TypeVar("T")


def _load(data: bytes) -> core.Document:
    try:
        return core.Document.load(data)
    except BaseException as exc:
        if is_panic(exc):
            raise CorruptDocumentError(f"the Automerge binding failed on these bytes ({exc})") from None
        if isinstance(exc, Exception):
            raise CorruptDocumentError(f"these bytes are not a readable Automerge document ({exc})") from None
        raise


def check_bytes(data: object) -> bytes:
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise CorruptDocumentError("a document must be given as bytes")
    data = bytes(data)
    if len(data) < MIN_DOCUMENT_BYTES:
        raise CorruptDocumentError(f"{len(data)} bytes are too few to be an Automerge document")
    if len(data) > MAX_DOCUMENT_BYTES:
        raise CorruptDocumentError(f"the document is larger than the {MAX_DOCUMENT_BYTES // 2**20} MiB limit")
    if not data.startswith(_chunks.MAGIC):
        raise CorruptDocumentError("these bytes do not start like an Automerge document")
    return data


class PeerSync:
    """What one side knows of one peer during one connection (Automerge's SyncState). Never persisted: make a
    fresh one per connection and after any failed message."""

    __slots__ = ("last_sent", "state")

    def __init__(self) -> None:
        self.state = core.SyncState()
        # A guarded document's last message to this peer: when a peer holds changes we refused, Automerge's
        # protocol would repeat the same message for ever (its heads never match ours); an unchanged message
        # is not sent again until something new arrives.
        self.last_sent: bytes | None = None


class SafeDoc:
    def __init__(self, doc: core.Document, base: bytes, since: list[bytes]) -> None:
        self._doc = doc
        self._base = base
        self._since = since
        self._since_size = sum(len(c) for c in since)
        self._known: set[bytes] | None = None  # hashes of every change in the document, built when needed
        self._pending: dict[bytes, _chunks.ParsedChange] = {}
        self._latest: dict[bytes, tuple[int, bytes]] | None = None  # actor → (highest seq, its change hash)
        self._actor: bytes = self._call("reading the actor id", doc.get_actor)
        # told of every change recorded: its bytes and its hash (the binding's, so nobody reads it again)
        self.on_new_changes: Callable[[list[bytes], list[bytes]], None] | None = None

    @classmethod
    def new(cls, actor: bytes | None) -> SafeDoc:
        doc = core.Document(actor) if actor is not None else core.Document()
        return cls(doc, doc.save(), [])

    @classmethod
    def load(cls, data: object, actor: bytes | None) -> SafeDoc:
        raw = check_bytes(data)
        doc = _load(raw)
        if actor is not None:
            doc.set_actor(actor)
        return cls(doc, raw, [])

    @property
    def actor(self) -> bytes:
        return self._actor

    @property
    def pending(self) -> tuple[bytes, ...]:
        return tuple(p.data for p in self._pending.values())

    def reader(self) -> Reader:
        return Reader(self._doc)

    def after_read(self, reader: Reader) -> None:
        """Rebuild the document if a panic while reading left it unable to answer."""
        if reader.panicked and not self._healthy():
            self._recover()

    def _healthy(self) -> bool:
        try:
            self._doc.get_heads()
        except BaseException as exc:
            if is_panic(exc) or isinstance(exc, Exception):
                return False
            raise
        return True

    def _call(self, what: str, call: Callable[[], T]) -> T:
        try:
            return call()
        except BaseException as exc:
            if not is_panic(exc) and not (isinstance(exc, Exception) and not self._healthy()):
                raise
            self._recover()
            raise _panic_error(what, exc) from None

    def _recover(self) -> None:
        self._known = None
        self._latest = None
        try:
            doc = core.Document.load(self._base + b"".join(self._since))
            doc.set_actor(self._actor)
        except BaseException as exc:
            if not is_panic(exc) and not isinstance(exc, Exception):
                raise
            raise BindingPanicError("the last good state of the document could not be rebuilt") from None
        self._doc = doc

    def _refused(self, exc: BaseException, what: str, refusal: str) -> NoReturn:
        """The binding failed on a peer's data: rebuild from the last good state and say why. Anything that is
        neither a panic nor an error (an interrupt) goes on unchanged."""
        if not is_panic(exc) and not isinstance(exc, Exception):
            raise exc
        self._recover()
        if is_panic(exc):
            raise _panic_error(what, exc) from None
        raise CorruptDocumentError(f"{refusal} ({exc})") from None

    def _record(self, before: list[bytes]) -> None:
        """Add the changes made since *before* to the log of the last good state."""
        new: list[bytes] = []
        hashes: list[bytes] = []
        for change in self._call("listing new changes", lambda: self._doc.get_changes(before)):
            data = change.bytes
            new.append(data)
            hashes.append(change.hash)
            self._since.append(data)
            self._since_size += len(data)
            if self._known is not None:
                self._known.add(change.hash)
            if self._latest is not None:
                self._note_latest(change.actor_id, change.seq, change.hash)
        if self._since_size > max(COMPACT_AFTER_BYTES, len(self._base)):
            self.save()
        if new and self.on_new_changes is not None:
            self.on_new_changes(new, hashes)

    def _note_latest(self, actor: bytes, seq: int, digest: bytes) -> None:
        assert self._latest is not None
        current = self._latest.get(actor)
        if current is None or current[0] < seq:
            self._latest[actor] = (seq, digest)

    def latest(self, actor: bytes) -> tuple[int, bytes] | None:
        """The highest sequence number of *actor*'s changes in the document and that change's hash."""
        if self._latest is None:
            self._latest = {}
            for change in self._call("listing changes", lambda: self._doc.get_changes([])):
                self._note_latest(change.actor_id, change.seq, change.hash)
        return self._latest.get(actor)

    def all_changes(self) -> list[bytes]:
        # raw_bytes: the chunk uncompressed, so nothing is deflated only to be inflated again to be read
        return [c.raw_bytes for c in self._call("listing changes", lambda: self._doc.get_changes([]))]

    def known_hashes(self) -> set[bytes]:
        return self._known_hashes()

    def heads(self) -> list[bytes]:
        return self._call("reading the heads", self._doc.get_heads)

    def save(self) -> bytes:
        data = self._call("saving", self._doc.save)
        self._base, self._since, self._since_size = data, [], 0
        return data

    def fork(self, actor: bytes | None) -> SafeDoc:
        doc = self._call("forking", self._doc.fork)
        doc.set_actor(actor if actor is not None else core.random_actor_id())
        copy = SafeDoc(doc, self._base, list(self._since))
        copy._known = None if self._known is None else set(self._known)
        copy._latest = None if self._latest is None else dict(self._latest)
        return copy

    def fork_at(self, heads: list[bytes]) -> SafeDoc:
        """A copy of the document as it was when its heads were *heads* (changes it holds), to read."""
        doc = self._call("forking at earlier heads", lambda: self._doc.fork(heads))
        doc.set_actor(core.random_actor_id())
        copy = SafeDoc(doc, b"", [])
        copy.save()
        return copy

    def changes_since(self, heads: list[bytes]) -> list[bytes]:
        return [c.bytes for c in self._call("listing changes", lambda: self._doc.get_changes(heads))]

    def change(self, body: Callable[[Writer], None]) -> None:
        """Run *body* in one transaction: committed if it returns, rolled back if it raises."""
        before = self.heads()
        opened: list[object] = []
        panic: BaseException | None = None
        try:
            with self._doc.transaction() as tx:
                opened.append(tx)
                try:
                    body(Writer(tx))
                except BaseException as exc:
                    if is_panic(exc):
                        panic = exc
                    raise
        except BaseException as exc:
            if panic is None and not is_panic(exc):
                if not isinstance(exc, Exception) or isinstance(exc, CommunityError) or self._healthy():
                    raise  # our own error (or an interrupt): the binding rolled the transaction back
                panic = exc  # the binding failed and the document stopped answering
            for poisoned in opened:
                keep_alive(poisoned)
            self._recover()
            raise _panic_error("writing", panic or exc) from None
        self._record(before)

    def merge(self, other: SafeDoc) -> None:
        before = self.heads()
        try:
            self._doc.merge(other._doc)
        except BaseException as exc:
            if not other._healthy():
                other._recover()
            self._refused(exc, "merging", "the documents could not be merged")
        self._record(before)

    def _known_hashes(self) -> set[bytes]:
        if self._known is None:
            changes = self._call("listing changes", lambda: self._doc.get_changes([]))
            self._known = {c.hash for c in changes}
        return self._known

    def change_count(self) -> int:
        """How many changes the document holds (the set of their hashes is kept: no listing of them)."""
        return len(self._known_hashes())

    def known(self, hashes: list[bytes]) -> list[bytes]:
        """Those of *hashes* that name changes of this document."""
        known = self._known_hashes()
        return [h for h in hashes if h in known]

    def apply(self, changes: list[bytes]) -> None:
        self.apply_parsed([_chunks.parse_change(c) for c in changes])  # refuses a malformed batch first

    def apply_parsed(self, parsed: list[_chunks.ParsedChange]) -> None:
        """`apply` of changes already read (the gate read them: reading them again costs a hash and maybe an
        inflate each)."""
        known = self._known_hashes()
        for change in parsed:
            if change.hash not in known:
                self._pending[change.hash] = change
        ready = _chunks.causal_order(self._pending, known)
        if not ready:
            return
        for change in ready:
            del self._pending[change.hash]
        before = self.heads()
        try:
            message = core.Message.decode(_chunks.sync_message([c.data for c in ready]))
            self._doc.receive_sync_message(core.SyncState(), message)
        except BaseException as exc:
            self._refused(exc, "applying a peer's changes", "a peer's changes were refused")
        self._record(before)
        refused = [c for c in ready if c.hash not in self._known_hashes()]
        if refused:
            self._recover()  # drop anything the binding may have queued on its own
            raise CorruptDocumentError(f"{len(refused)} of a peer's changes were not accepted")

    # -- Automerge's sync protocol (one PeerSync per connection) --

    def generate_sync_message(self, peer: PeerSync) -> bytes | None:
        message = self._call("preparing a sync message", lambda: self._doc.generate_sync_message(peer.state))
        return None if message is None else bytes(message.encode())

    def receive_sync_message(self, peer: PeerSync, data: bytes) -> None:
        """Take a peer's sync message. Raises CorruptDocumentError for a malformed one (the document is
        untouched) and BindingPanicError if the binding failed (the document is rebuilt from its last good
        state). Either way the caller must start the sync over with a fresh state."""
        if len(data) > MAX_DOCUMENT_BYTES:
            raise CorruptDocumentError("the sync message is larger than a document may be")
        try:
            message = core.Message.decode(data)
        except BaseException as exc:
            if not is_panic(exc) and not isinstance(exc, Exception):
                raise
            raise CorruptDocumentError("the peer's sync message is not readable") from None
        before = self.heads()
        try:
            self._doc.receive_sync_message(peer.state, message)
        except BaseException as exc:
            self._refused(exc, "taking a peer's sync message", "the peer's sync message was refused")
        self._known = None
        self._record(before)
