"""Just enough of Automerge's documented binary format to handle peers' changes safely.

The binding (automerge 1.0.0rc1) has no `apply_changes` and no way to ask which dependencies a change needs,
and it silently drops changes whose dependencies are missing. So we read each change chunk's header ourselves:

    chunk   = magic (85 6f 4a 83) | checksum (4 bytes) | type (1 byte) | uleb128 length | body
    type 1  = change, body as is; type 2 = compressed change, body is raw DEFLATE of the change body
    hash    = SHA-256(0x01 | uleb128(len(change body)) | change body); checksum = hash[:4]
    body    = uleb128 number of dependencies | that many 32-byte change hashes | … (actor, seq, ops)

and hand causally ready changes to the binding inside a version-1 sync message
(0x42 | heads | need | have | changes), which it applies like any change received while syncing.
"""

from __future__ import annotations

import hashlib
import zlib
from dataclasses import dataclass
from typing import Final

from .errors import CorruptDocumentError

MAGIC = b"\x85\x6f\x4a\x83"
CHUNK_CHANGE = 1
CHUNK_COMPRESSED_CHANGE = 2
HASH_LENGTH = 32
MAX_CHANGE_BYTES = 64 * 1024 * 1024
_SYNC_MESSAGE = 0x42
_SYNC_MESSAGE_V2 = 0x43  # what the binding writes once both sides said they speak it


class ParsedChange:
    """A change chunk's hash and dependencies. A plain class with slots: one is made per change a peer sends,
    and compiled, a frozen dataclass is built several times slower (`_op_types` says more)."""

    __slots__ = ("data", "deps", "hash")

    def __init__(self, hash: bytes, deps: tuple[bytes, ...], data: bytes) -> None:
        self.hash: Final = hash
        self.deps: Final = deps
        self.data: Final = data  # the chunk exactly as received

    def __repr__(self) -> str:
        return f"ParsedChange(hash={self.hash!r}, deps={self.deps!r}, data={self.data!r})"


def uleb(value: int) -> bytes:
    out = bytearray()
    while True:
        low = value & 0x7F
        value >>= 7
        if value:
            out.append(low | 0x80)
        else:
            out.append(low)
            return bytes(out)


def read_uleb(data: bytes, pos: int) -> tuple[int, int]:
    """(value, position after it); at most 10 bytes, as for a 64-bit integer."""
    value = 0
    for shift in range(0, 70, 7):
        if pos >= len(data):
            raise CorruptDocumentError("a change ends in the middle of a number")
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, pos
    raise CorruptDocumentError("a change holds a number that is too long")


def _inflate(body: bytes) -> bytes:
    inflater = zlib.decompressobj(-15)
    try:
        out = inflater.decompress(body, MAX_CHANGE_BYTES)
    except zlib.error as exc:
        raise CorruptDocumentError(f"a compressed change does not decompress ({exc})") from None
    if inflater.unconsumed_tail:
        raise CorruptDocumentError("a compressed change is larger than the limit")
    if not inflater.eof:
        raise CorruptDocumentError("a compressed change is truncated")
    return out


def change_body(data: bytes) -> tuple[bytes, bytes]:
    """(hash, uncompressed body) of one change chunk; CorruptDocumentError if it is not exactly one valid change."""
    if len(data) > MAX_CHANGE_BYTES:
        raise CorruptDocumentError("a change is larger than the limit")
    if len(data) < 10 or not data.startswith(MAGIC):
        raise CorruptDocumentError("a change does not start like an Automerge chunk")
    kind = data[8]
    length, pos = read_uleb(data, 9)
    if pos + length != len(data):
        raise CorruptDocumentError("a change's length does not match its header")
    body = data[pos:]
    if kind == CHUNK_COMPRESSED_CHANGE:
        body = _inflate(body)
    elif kind != CHUNK_CHANGE:
        raise CorruptDocumentError(f"a chunk of type {kind} is not a change")
    digest = hashlib.sha256(bytes([CHUNK_CHANGE]) + uleb(len(body)) + body).digest()
    if digest[:4] != data[4:8]:
        raise CorruptDocumentError("a change's checksum does not match its contents")
    return digest, body


def change_chunk(body: bytes) -> bytes:
    """The uncompressed change chunk holding *body*, with its checksum (for tests, fuzzing and tools)."""
    checksum = hashlib.sha256(bytes([CHUNK_CHANGE]) + uleb(len(body)) + body).digest()[:4]
    return MAGIC + checksum + bytes([CHUNK_CHANGE]) + uleb(len(body)) + body


def parse_change(data: bytes) -> ParsedChange:
    """Hash and dependencies of one change chunk; CorruptDocumentError if it is not exactly one valid change."""
    digest, body = change_body(data)
    count, pos = read_uleb(body, 0)
    if count > (len(body) - pos) // HASH_LENGTH:
        raise CorruptDocumentError("a change lists more dependencies than it holds")
    deps = tuple(body[pos + HASH_LENGTH * i : pos + HASH_LENGTH * (i + 1)] for i in range(count))
    return ParsedChange(hash=digest, deps=deps, data=data)


def causal_order(pending: dict[bytes, ParsedChange], known: set[bytes]) -> list[ParsedChange]:
    """The pending changes whose dependencies are all known or themselves ready, dependencies first."""
    missing = {digest: {dep for dep in change.deps if dep not in known} for digest, change in pending.items()}
    dependents: dict[bytes, list[bytes]] = {}
    for digest, deps in missing.items():
        for dep in deps:
            dependents.setdefault(dep, []).append(digest)
    queue = [digest for digest, deps in missing.items() if not deps]
    ready: list[ParsedChange] = []
    while queue:
        digest = queue.pop()
        ready.append(pending[digest])
        for child in dependents.get(digest, ()):
            missing[child].discard(digest)
            if not missing[child]:
                queue.append(child)
    return ready


def sync_message_heads(data: bytes) -> tuple[bytes, ...] | None:
    """The sender's heads at the start of a sync message (its first field), or None if unreadable."""
    if not data or data[0] not in (_SYNC_MESSAGE, _SYNC_MESSAGE_V2):  # both begin with the heads
        return None
    try:
        count, pos = read_uleb(data, 1)
    except CorruptDocumentError:
        return None
    if count > 1024 or pos + 32 * count > len(data):
        return None
    return tuple(bytes(data[pos + 32 * i : pos + 32 * (i + 1)]) for i in range(count))


def sync_message(changes: list[bytes]) -> bytes:
    """A version-1 sync message that carries *changes* and says nothing else (no heads, needs or haves)."""
    return (
        bytes([_SYNC_MESSAGE, 0, 0, 0])
        + uleb(len(changes))
        + b"".join(uleb(len(change)) + change for change in changes)
    )


@dataclass(frozen=True)
class SyncParts:
    """A sync message cut around its changes: `rebuild` puts it back together with another list of them."""

    before: bytes  # type, heads, need, have
    changes: tuple[bytes, ...]
    after: bytes  # what a newer message version carries after the changes
    need: tuple[bytes, ...]

    def rebuild(self, changes: list[bytes], *, need: tuple[bytes, ...] | None = None) -> bytes:
        """The message with *changes* in place of its own, and *need* in place of its need if given."""
        before = self.before if need is None or need == self.need else _with_need(self.before, need)
        return before + uleb(len(changes)) + b"".join(uleb(len(c)) + c for c in changes) + self.after


def _hashes(data: bytes, pos: int, what: str) -> tuple[tuple[bytes, ...], int]:
    count, pos = read_uleb(data, pos)
    if count > (len(data) - pos) // HASH_LENGTH:
        raise CorruptDocumentError(f"a sync message's {what} do not fit in it")
    end = pos + HASH_LENGTH * count
    return tuple(data[pos + HASH_LENGTH * i : pos + HASH_LENGTH * (i + 1)] for i in range(count)), end


def split_sync_message(data: bytes) -> SyncParts:
    """Read a sync message's fields down to its changes (v1 0x42 and v2 0x43 share this layout:
    type | heads | need | have* (last sync heads, bloom) | changes | …). Raises CorruptDocumentError."""
    if not data or data[0] not in (_SYNC_MESSAGE, _SYNC_MESSAGE_V2):
        raise CorruptDocumentError("not an Automerge sync message")
    _heads, pos = _hashes(data, 1, "heads")
    need, pos = _hashes(data, pos, "needs")
    haves, pos = read_uleb(data, pos)
    if haves > len(data) - pos:
        raise CorruptDocumentError("a sync message lists more haves than it holds")
    for _ in range(haves):
        _last, pos = _hashes(data, pos, "last sync heads")
        size, pos = read_uleb(data, pos)
        if size > len(data) - pos:
            raise CorruptDocumentError("a sync message's bloom filter does not fit in it")
        pos += size
    before = data[:pos]
    count, pos = read_uleb(data, pos)
    if count > len(data) - pos:
        raise CorruptDocumentError("a sync message lists more changes than it holds")
    changes: list[bytes] = []
    for _ in range(count):
        size, pos = read_uleb(data, pos)
        if size > len(data) - pos:
            raise CorruptDocumentError("a change in a sync message does not fit in it")
        changes += split_chunks(data[pos : pos + size])
        pos += size
    return SyncParts(before, tuple(changes), data[pos:], need)


def _with_need(before: bytes, need: tuple[bytes, ...]) -> bytes:
    _heads, pos = _hashes(before, 1, "heads")
    _old, rest = _hashes(before, pos, "needs")
    return before[:pos] + uleb(len(need)) + b"".join(need) + before[rest:]


def split_chunks(data: bytes) -> list[bytes]:
    """The change chunks one entry of a sync message holds (a version-2 message may concatenate several).
    A whole-document chunk is refused: a first copy travels as a checked snapshot, never inside a sync."""
    out: list[bytes] = []
    pos = 0
    while pos < len(data):
        if len(data) - pos < 10 or data[pos : pos + 4] != MAGIC:
            raise CorruptDocumentError("a sync message holds something that is not an Automerge chunk")
        kind = data[pos + 8]
        length, body = read_uleb(data, pos + 9)
        if kind not in (CHUNK_CHANGE, CHUNK_COMPRESSED_CHANGE):
            raise CorruptDocumentError("a sync message holds a whole document where changes are expected")
        if length > len(data) - body:
            raise CorruptDocumentError("a change in a sync message is truncated")
        out.append(data[pos : body + length])
        pos = body + length
    return out


def change_actor(data: bytes) -> bytes:
    """The actor id of one change chunk (its header only). Raises CorruptDocumentError."""
    _digest, body = change_body(data)
    count, pos = read_uleb(body, 0)
    pos += HASH_LENGTH * count
    size, pos = read_uleb(body, pos)
    if pos + size > len(body):
        raise CorruptDocumentError("a change's actor id is truncated")
    return body[pos : pos + size]
