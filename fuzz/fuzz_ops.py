"""Fuzz `decode_change`, the decoder of the ops inside an Automerge change chunk.

The contract under test:

- Whatever the bytes, decode_change returns a DecodedChange or raises CorruptDocumentError. Any other
  exception (IndexError, struct.error, UnicodeDecodeError, zlib.error, MemoryError, RecursionError, …) is a
  finding.
- A decoded change is consistent: op i has id (start_op + i, actor), every id's counter is within 0..2^32-1,
  every actor it names is the change's actor or one of its other actors.
- The binding reads a decoded change as the decoder did: each decoded mutant is loaded by the binding after
  the document its seed depends on (so its ops are applied, not left waiting for dependencies), and if the
  binding applies it, its actor, seq, start op, number of ops, dependencies, other actors, message and extra
  bytes must be the decoder's. The binding refusing it is counted ("decoded, binding refused"): the decoder
  is stricter than the binding in places, never the other way on purpose. The binding panicking on it is
  counted too, with the start of its message: well-formed ops can be wrong for the document (an insert into
  a map, an object id naming a scalar), which only a check against the document can catch.

Inputs are real changes written by the binding — every scalar kind, maps, lists, text with marks, deletes,
a second actor's change that refers to the first actor's objects, a compressed chunk, and forged counters and
unknown value types — mutated. Almost all mutants are re-wrapped in a chunk with a correct checksum (and
sometimes compressed again, as chunk type 2), so the column decoder behind the checksum is reached:
byte-level edits of the whole body (flips, interesting bytes, truncation, splices, cross-overs, random
bytes); edits of one column (its bytes flipped, cut, extended, or replaced by runs declaring huge or
negative counts, nulls, overlong or 11-byte numbers); columns dropped, repeated, swapped, added with unknown
or deflated specs; header fields rewritten (start op, seq, counts, actor lengths). A few mutants keep the
old checksum. A finding is reproduced from its bytes alone.

    python fuzz/fuzz_ops.py --runs 1000000 [--seed 1]   # seeded mutation loop (no extra packages)
    python fuzz/fuzz_ops.py --atheris -runs=1000000      # coverage-guided, if atheris is installed
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import random
import re
import sys
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

try:
    import _driver  # run as a script: this folder is on sys.path
except ModuleNotFoundError:  # imported by a test, with the repository root on sys.path
    from fuzz import _driver

expect = _driver.expect

MAX_SIZE = 1 << 13
MAX_CORPUS = 400
MAGIC = b"\x85\x6f\x4a\x83"
NUMBERS = (0, 1, 2, 5, 63, 64, 127, 128, 255, 2**31, 2**32 - 1, 2**32, 2**53, 2**62, 2**63 - 1, 2**64 - 1)
MAX_COUNTER = 2**32 - 1


# --- chunks and bodies ----------------------------------------------------------------------------------------


def uleb(value: int) -> bytes:
    out = bytearray()
    while True:
        low, value = value & 0x7F, value >> 7
        out.append(low | (0x80 if value else 0))
        if not value:
            return bytes(out)


def sleb(value: int) -> bytes:
    out = bytearray()
    while True:
        low, value = value & 0x7F, value >> 7
        if (value == 0 and not low & 0x40) or (value == -1 and low & 0x40):
            out.append(low)
            return bytes(out)
        out.append(low | 0x80)


def chunk(body: bytes, *, compressed: bool = False) -> bytes:
    """A change chunk around *body* with a correct checksum; type 2 (raw DEFLATE of the body) if compressed."""
    checksum = hashlib.sha256(b"\x01" + uleb(len(body)) + body).digest()[:4]
    if compressed:
        packer = zlib.compressobj(wbits=-15)
        data = packer.compress(body) + packer.flush()
        return MAGIC + checksum + b"\x02" + uleb(len(data)) + data
    return MAGIC + checksum + b"\x01" + uleb(len(body)) + body


def body_of(data: bytes) -> bytes | None:
    """The body of a chunk whose header is readable (its checksum may be wrong), else None."""
    if data[:4] != MAGIC or len(data) < 10 or data[8] not in (1, 2):
        return None
    length, pos = _read(data, 9)
    if length is None or pos + length != len(data):
        return None
    if data[8] == 1:
        return data[pos:]
    inflater = zlib.decompressobj(-15)
    try:
        return inflater.decompress(data[pos:], 1 << 16)
    except zlib.error:
        return None


def _read(data: bytes, pos: int) -> tuple[int | None, int]:
    value = shift = 0
    while pos < len(data) and shift < 70:
        value |= (data[pos] & 0x7F) << shift
        pos += 1
        shift += 7
        if not data[pos - 1] & 0x80:
            return value, pos
    return None, pos


@dataclass
class Layout:
    """A body split into the header before the columns, the columns (spec, bytes) and the extra bytes."""

    header: bytes
    columns: list[tuple[int, bytes]]
    extra: bytes

    def encode(self) -> bytes:
        specs = b"".join(uleb(spec) + uleb(len(data)) for spec, data in self.columns)
        return (
            self.header + uleb(len(self.columns)) + specs + b"".join(d for _, d in self.columns) + self.extra
        )


def layout(body: bytes) -> Layout | None:
    """The layout of a body that is well formed up to its column data, else None."""
    pos = 0

    def number() -> int:
        nonlocal pos
        value, pos = _read(body, pos)
        if value is None:
            raise ValueError
        return value

    def skip(length: int) -> None:  # not `pos += number()`: that adds to pos as it was before number() ran
        nonlocal pos
        pos += length

    try:
        skip(32 * number())  # deps
        skip(number())  # actor
        for _ in range(3):  # seq, start op, time
            number()
        skip(number())  # message
        for _ in range(number()):
            skip(number())  # other actors
        header = body[:pos]
        count = number()
        if count > 64:
            return None
        specs = [(number(), number()) for _ in range(count)]
    except ValueError:
        return None
    columns = []
    for spec, length in specs:
        columns.append((spec, body[pos : pos + length]))
        pos += length
    if pos > len(body):
        return None
    return Layout(header, columns, body[pos:])


# --- the target -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Seed:
    chunk: bytes
    before: bytes  # what the binding must load first for the change to apply (a saved document, or nothing)


@functools.cache
def seeds() -> tuple[Seed, ...]:
    """Changes the binding wrote, with the saved document each one depends on."""
    from automerge import core

    kinds = core.ScalarType
    alice = core.Document(actor_id=b"\xaa" * 16)
    made: list[Seed] = []

    def record(doc: Any, heads: list[bytes], before: bytes) -> None:
        made.extend(Seed(c.bytes, before) for c in doc.get_changes(heads))

    with alice.transaction() as tx:
        tx.put(core.ROOT, "s", kinds.Str, "héllo ✓")
        tx.put(core.ROOT, "e", kinds.Str, "")
        tx.put(core.ROOT, "i", kinds.Int, -(2**53) + 1)
        tx.put(core.ROOT, "u", kinds.Uint, 2**64 - 1)
        tx.put(core.ROOT, "f", kinds.F64, -0.0)
        tx.put(core.ROOT, "t", kinds.Boolean, True)
        tx.put(core.ROOT, "n", kinds.Null, None)
        tx.put(core.ROOT, "b", kinds.Bytes, b"\x00\xff")
        tx.put(core.ROOT, "w", kinds.Timestamp, dt.datetime(2026, 12, 7, tzinfo=dt.UTC))
        lst = tx.put_object(core.ROOT, "list", core.ObjType.List)
        for i in range(6):
            tx.insert(lst, i, kinds.Int, i * 1000)
        meta = tx.put_object(core.ROOT, "meta", core.ObjType.Map)
        tx.put(meta, "owner", kinds.Str, "alice")
        text = tx.put_object(core.ROOT, "text", core.ObjType.Text)
        for i, char in enumerate("hello"):
            tx.insert(text, i, kinds.Str, char)
        tx.mark(text, 1, 3, "bold", kinds.Boolean, True, core.ExpandMark.Both)
    record(alice, [], b"")
    heads, saved = alice.get_heads(), alice.save()
    with alice.transaction() as tx:
        tx.delete(lst, 2)
        tx.put(lst, 0, kinds.Str, "zero")
        tx.delete(core.ROOT, "s")
        tx.put(core.ROOT, "i", kinds.Int, 300)
    record(alice, heads, saved)
    bob = core.Document.load(saved)
    bob.set_actor(b"\xbb" * 8)
    with bob.transaction() as tx:
        tx.insert(lst, 3, kinds.Str, "bob")
        tx.put(meta, "owner", kinds.Str, "bob")
        tx.put_object(meta, "tags", core.ObjType.List)
    record(bob, heads, saved)
    big = core.Document(actor_id=b"\xcc" * 16)
    with big.transaction() as tx:
        for i in range(40):
            tx.put(tx.put_object(core.ROOT, f"item{i}", core.ObjType.Map), "name", kinds.Str, f"name {i}")
    record(big, [], b"")
    one = core.Document(actor_id=b"\xdd" * 4)
    with one.transaction() as tx:
        tx.put(core.ROOT, "n", kinds.Int, 300)
    int_300 = one.get_changes([])[0].bytes
    for code in (8, 9, 12):  # a counter, a timestamp, an unknown type: forged, as the binding writes none
        body = bytearray(body_of(int_300) or b"")
        body[body.rindex(b"\x7f\x24") + 1] = 0x20 | code  # the value metadata: 2 bytes of type 4 (Int)
        made.append(Seed(chunk(bytes(body)), b""))
    return tuple(made)


def check(data: bytes) -> str:
    """ "refused", "decoded", or decoded and then refused or not applied by the binding, or decoded and then
    panicking the binding (with the start of its message); raises only if the contract is broken."""
    from sync.community._ops import DecodedChange, decode_change
    from sync.community.errors import CorruptDocumentError

    try:
        change: DecodedChange = decode_change(data)
    except CorruptDocumentError:
        return "refused"
    actors = {change.actor, *change.other_actors}
    for i, op in enumerate(change.ops):
        expect(op.id.counter == change.start_op + i and op.id.actor == change.actor, f"op {i} has id {op.id}")
        for ident in (op.obj, op.key if not isinstance(op.key, str) else None, *op.pred):
            if ident is not None:
                expect(0 <= ident.counter <= MAX_COUNTER, f"op {i} names counter {ident.counter}")
                expect(ident.actor in actors, f"op {i} names an actor the change does not list")
    return _binding(data, change)


def _binding(data: bytes, change: Any) -> str:
    """Load the decoded change into the binding after the document its dependencies are in. If the binding
    applies it, it must read the same header and the same number of ops."""
    from automerge import core

    from sync.community._automerge import is_panic

    deps = change.deps
    before = next((s.before for s in seeds() if s.before and _has(s.before, deps)), b"") if deps else b""
    try:
        doc = core.Document.load(before + data)
    except BaseException as exc:
        if is_panic(exc):
            # Well-formed ops can still be wrong for the document (a list insert addressed to a map, an object
            # id that names a scalar op): the binding panics on some of those. Catching them needs the
            # document, so it is the validator's job, not the decoder's: counted here, not a finding.
            return f"decoded, binding panicked ({re.split(r'[:0-9]', str(exc))[0].strip()[:40]})"
        if not isinstance(exc, Exception):
            raise
        if "deps should already be in the document" in str(exc):  # its dependencies were mutated
            return "decoded, dependencies unknown to the binding"
        return "decoded, binding refused"
    stored = [c for c in doc.get_changes([]) if c.hash == change.hash]
    if not stored:
        return "decoded, not applied"
    theirs = stored[0]
    got = (theirs.actor_id, theirs.seq, theirs.start_op, len(theirs), tuple(theirs.deps))
    got += (tuple(theirs.other_actor_ids), theirs.message, theirs.extra_bytes)
    want = (change.actor, change.seq, change.start_op, len(change.ops), change.deps)
    want += (change.other_actors, change.message, change.extra_bytes)
    expect(got == want, f"the binding reads {got!r:.300}, the decoder {want!r:.300}")
    return "decoded"


@functools.cache
def _heads_of(saved: bytes) -> frozenset[bytes]:
    from automerge import core

    return frozenset(c.hash for c in core.Document.load(saved).get_changes([]))


def _has(saved: bytes, deps: tuple[bytes, ...]) -> bool:
    return set(deps) <= _heads_of(saved)


# --- inputs ---------------------------------------------------------------------------------------------------


def _run(rng: random.Random) -> bytes:
    """A run header that is worth trying: huge, negative, zero (nulls), around the limits."""
    roll = rng.random()
    if roll < 0.3:
        return sleb(rng.choice(NUMBERS) % 2**63) + uleb(rng.choice(NUMBERS))  # a repeat run
    if roll < 0.5:
        return sleb(-rng.choice(NUMBERS[1:]) % -(2**63))  # a literal run
    if roll < 0.7:
        return b"\x00" + uleb(rng.choice(NUMBERS))  # nulls
    if roll < 0.85:
        return b"\x80" * rng.randint(1, 11) + b"\x00"  # overlong or too long
    return bytes([rng.choice((0x7F, 0x7E, 0x01, 0x00, 0x40))]) + rng.randbytes(rng.randint(0, 3))


def mutate_columns(body: bytes, rng: random.Random) -> bytes:
    """One structured edit of the columns or the header of a body whose layout is readable."""
    shape = layout(body)
    if shape is None or not shape.columns:
        return body
    columns = shape.columns
    at = rng.randrange(len(columns))
    spec, data = columns[at]
    roll = rng.random()
    if roll < 0.35:  # the column's own bytes
        edited = _driver.mutate_bytes(data, rng, [d for _, d in columns], 512) if data else rng.randbytes(3)
        columns[at] = (spec, edited)
    elif roll < 0.55:  # a run inserted into the column
        cut = rng.randint(0, len(data))
        columns[at] = (spec, data[:cut] + _run(rng) + data[cut:])
    elif roll < 0.65:
        del columns[at]
    elif roll < 0.72:
        columns.insert(at, (spec, data))
    elif roll < 0.78:
        other = rng.randrange(len(columns))
        columns[at], columns[other] = columns[other], columns[at]
    elif roll < 0.86:  # an unknown, deflated or misplaced column
        new_spec = rng.choice((spec | 8, spec ^ rng.choice((1, 2, 4)), rng.randrange(0x200), 0x87, 0x100))
        columns.insert(rng.randint(0, len(columns)), (new_spec, rng.randbytes(rng.randint(0, 4))))
    else:  # a header field
        header = bytearray(shape.header)
        if header:
            where = rng.randrange(len(header))
            header[where : where + 1] = uleb(rng.choice(NUMBERS)) if rng.random() < 0.7 else b""
        shape.header = bytes(header)
    return shape.encode()


def mutate(data: bytes, rng: random.Random, corpus: list[bytes], max_size: int = MAX_SIZE) -> bytes:
    body = body_of(data)
    roll = rng.random()
    if body is None or roll < 0.05:  # the chunk itself, checksum and all
        return _driver.mutate_bytes(data, rng, corpus, max_size, prefix=MAGIC)
    if roll < 0.45:
        bodies = [b for b in map(body_of, rng.sample(corpus, min(3, len(corpus)))) if b is not None]
        body = _driver.mutate_bytes(body, rng, bodies or [body], max_size)
    else:
        for _ in range(rng.choice((1, 1, 2, 3))):
            body = mutate_columns(body, rng)
    return chunk(body[:max_size], compressed=rng.random() < 0.1)


# --- drivers --------------------------------------------------------------------------------------------------


def run_loop(
    runs: int, seed: int, report: Callable[[str], None] | None = print
) -> tuple[Counter[str], _driver.Findings]:
    """(how many inputs were refused / decoded / decoded but refused by the binding, findings)."""
    corpus = [s.chunk for s in seeds()]

    def keep(data: bytes, outcome: str) -> bool:
        """Mutants that decode reach further when mutated again; not those without ops or with many extra
        bytes, where most edits would never reach a column."""
        from sync.community._ops import decode_change

        if outcome != "decoded" or len(corpus) >= MAX_CORPUS or len(data) >= 4096:
            return False
        change = decode_change(data)
        return bool(change.ops) and len(change.extra_bytes) <= 8

    return _driver.run_loop(
        runs,
        seed,
        corpus=corpus,
        make=lambda rng, corpus: mutate(rng.choice(corpus), rng, corpus),
        check=check,
        keep=keep,
        report=report,
    )


def run_atheris(argv: list[str]) -> None:
    def mutator(libfuzzer: Callable[[bytes, int], bytes]) -> _driver.Mutator:
        return _driver.mixed_mutator([s.chunk for s in seeds()], mutate, libfuzzer, libfuzzer_share=0.2)

    _driver.run_atheris(
        argv,
        modules=("sync.community._chunks", "sync.community._change_body", "sync.community._ops"),
        mutator=mutator,
        check=check,
    )


if __name__ == "__main__":
    sys.exit(_driver.main(__doc__, loop=run_loop, atheris=run_atheris, check=check))
