"""decode_change against the binding: real changes decode to exactly the ops their transactions made, and
bytes that are wrong — truncated, flipped, forged behind a correct checksum, or declaring huge counts — are
a CorruptDocumentError, never another exception. Where the binding panics on a change, the decoder refuses
it; where the binding is lenient and the decoder stricter, the tests say so.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import re
import struct
import tracemalloc
from dataclasses import replace
from typing import Any

import pytest
from automerge import core
from hypothesis import given
from hypothesis import strategies as st

from sync.community._chunks import change_chunk, uleb
from sync.community._ops import MAX_OPS, OPS_FLOOR, Action, DecodedChange, Op, OpId, ValueKind, decode_change
from sync.community.errors import CorruptDocumentError
from tests.support import fuzz_driver
from tests.sync.community.ops_support import (
    Body,
    binding_load,
    binding_verdict,
    deflate,
    header,
    opid,
    sleb,
    split,
    try_write,
)

S = core.ScalarType
Map, List, Text = core.ObjType.Map, core.ObjType.List, core.ObjType.Text
ROOT = core.ROOT
ALICE, BOB = b"\xaa" * 16, b"\xbb" * 8
UTC = dt.UTC


def changes(doc: core.Document, heads: list[bytes] | None = None) -> list[DecodedChange]:
    """Every change of *doc* since *heads*, decoded, after checking the header against the binding's Change."""
    out = []
    for change in doc.get_changes(heads or []):
        decoded = decode_change(change.bytes)
        assert repr(decoded) == repr(decode_change(change.raw_bytes))  # repr: NaN is not equal to itself
        header = (
            decoded.hash,
            decoded.actor,
            decoded.seq,
            decoded.deps,
            decoded.start_op,
            decoded.other_actors,
        )
        assert header == (change.hash, change.actor_id, change.seq, tuple(change.deps), change.start_op,
                          tuple(change.other_actor_ids))  # fmt: skip
        assert (decoded.message, decoded.extra_bytes) == (change.message, change.extra_bytes)
        assert decoded.time == 0 == change.timestamp.timestamp()  # the binding writes no time
        ids = [OpId(decoded.start_op + i, decoded.actor) for i in range(len(change))]
        assert [op.id for op in decoded.ops] == ids
        out.append(decoded)
    return out


def only_ops(doc: core.Document, heads: list[bytes] | None = None) -> tuple[Op, ...]:
    [change] = changes(doc, heads)
    return change.ops


def shape(op: Op) -> tuple[Any, ...]:
    return (op.obj, op.key, op.insert, op.action, op.value.kind, op.value.value, op.pred)


def same_value(got: object, want: object) -> bool:
    if isinstance(want, float):  # tells -0.0 from 0.0 and matches NaN
        return isinstance(got, float) and struct.pack("<d", got) == struct.pack("<d", want)
    return type(got) is type(want) and got == want


# --- round trips ----------------------------------------------------------------------------------------------

MOMENT = dt.datetime(2024, 1, 2, 3, 4, 5, 678000, tzinfo=UTC)
SCALARS = [
    (S.Str, "héllo wörld ✓ 日本 🎉", ValueKind.STR, "héllo wörld ✓ 日本 🎉"),
    (S.Str, "", ValueKind.STR, ""),
    (S.Str, "x" * 300, ValueKind.STR, "x" * 300),
    *((S.Int, n, ValueKind.INT, n) for n in (0, -1, 63, 64, -64, -65, 2**53 - 1, -(2**53 - 1), -(2**63))),
    *((S.Uint, n, ValueKind.UINT, n) for n in (0, 127, 128, 2**53, 2**64 - 1)),
    *((S.F64, x, ValueKind.FLOAT, x) for x in (1.5, -0.0, 1e308, -math.inf, math.nan)),
    (S.Boolean, True, ValueKind.TRUE, True),
    (S.Boolean, False, ValueKind.FALSE, False),
    (S.Null, None, ValueKind.NULL, None),
    (S.Bytes, b"\x00\xff\x80", ValueKind.BYTES, b"\x00\xff\x80"),
    (S.Bytes, b"", ValueKind.BYTES, b""),
    (S.Timestamp, MOMENT, ValueKind.TIMESTAMP, 1704164645678),
]


@pytest.mark.parametrize(("kind", "value", "want_kind", "want"), SCALARS)
def test_a_put_of_every_scalar_kind_decodes_to_its_value(
    kind: S, value: Any, want_kind: ValueKind, want: Any
) -> None:
    doc = core.Document(actor_id=ALICE)
    with doc.transaction() as tx:
        tx.put(ROOT, "k", kind, value)
    [op] = only_ops(doc)
    assert shape(op)[:5] == (None, "k", False, Action.SET, want_kind)
    assert op.pred == ()
    assert same_value(op.value.value, want)
    assert op.value.code == int(want_kind)


def test_the_binding_cannot_write_a_counter_so_a_forged_one_is_decoded() -> None:
    assert try_write(core.Document(), lambda tx: tx.put(ROOT, "c", S.Counter, 3)) is not None  # it panics
    doc = core.Document(actor_id=ALICE)
    with doc.transaction() as tx:
        tx.put(ROOT, "c", S.Int, 300)
    body = split(doc.get_changes([])[0].bytes)
    assert body.column(0x56) == b"\x7f\x24"  # one value: 2 bytes, type 4 (signed LEB)
    forgeries = (
        (8, ValueKind.COUNTER, 300),
        (9, ValueKind.TIMESTAMP, 300),
        (12, ValueKind.UNKNOWN, b"\xac\x02"),
    )
    for code, kind, value in forgeries:
        forged = body.with_column(0x56, bytes([0x7F, 0x20 | code])).chunk()
        [op] = decode_change(forged).ops
        assert (op.value.kind, op.value.value, op.value.code) == (kind, value, code)
        assert binding_verdict(forged) == "applied"


def test_objects_made_by_put_object_are_the_ids_the_binding_returned() -> None:
    doc = core.Document(actor_id=ALICE)
    with doc.transaction() as tx:
        made = [tx.put_object(ROOT, name, kind) for name, kind in (("m", Map), ("l", List), ("t", Text))]
        made.append(tx.put_object(made[0], "inner", List))
    ops = only_ops(doc)
    assert [op.action for op in ops] == [
        Action.MAKE_MAP,
        Action.MAKE_LIST,
        Action.MAKE_TEXT,
        Action.MAKE_LIST,
    ]
    assert [op.id for op in ops] == [opid(raw) for raw in made]
    assert (ops[3].obj, ops[3].key) == (opid(made[0]), "inner")
    assert all(op.value.kind is ValueKind.NULL and op.pred == () for op in ops)


def test_list_inserts_name_the_head_or_the_element_they_follow_and_deletes_their_target() -> None:
    doc = core.Document(actor_id=ALICE)
    with doc.transaction() as tx:
        lst = tx.put_object(ROOT, "l", List)
        tx.insert(lst, 0, S.Int, 1)  # [1]
        tx.insert(lst, 0, S.Int, 0)  # [0, 1]
        tx.insert(lst, 1, S.Str, "a")  # [0, "a", 1]
        tx.insert(lst, 3, S.Null, None)  # [0, "a", 1, None]
    heads = doc.get_heads()
    with doc.transaction() as tx:
        tx.put(lst, 0, S.Int, 5)
        tx.delete(lst, 1)
        tx.put(ROOT, "x", S.Int, 1)
        tx.delete(ROOT, "x")
        tx.delete(ROOT, "l")
    first, second = changes(doc)
    lst_id = opid(lst)
    e = [OpId(n, ALICE) for n in range(1, 12)]  # e[n - 1] is op n
    assert [shape(op) for op in first.ops[1:]] == [
        (lst_id, None, True, Action.SET, ValueKind.INT, 1, ()),
        (lst_id, None, True, Action.SET, ValueKind.INT, 0, ()),
        (lst_id, e[2], True, Action.SET, ValueKind.STR, "a", ()),
        (lst_id, e[1], True, Action.SET, ValueKind.NULL, None, ()),
    ]
    assert [shape(op) for op in second.ops] == [
        (lst_id, e[2], False, Action.SET, ValueKind.INT, 5, (e[2],)),
        (lst_id, e[3], False, Action.DELETE, ValueKind.NULL, None, (e[3],)),
        (None, "x", False, Action.SET, ValueKind.INT, 1, ()),
        (None, "x", False, Action.DELETE, ValueKind.NULL, None, (e[7],)),
        (None, "l", False, Action.DELETE, ValueKind.NULL, None, (e[0],)),
    ]
    assert second.deps == tuple(heads)
    assert second.start_op == 6
    assert second.seq == 2
    assert changes(doc, heads) == [second]


def test_a_second_actor_refers_to_the_first_actors_objects_through_other_actors() -> None:
    alice = core.Document(actor_id=ALICE)
    with alice.transaction() as tx:
        todo = tx.put_object(ROOT, "todo", List)
        tx.insert(todo, 0, S.Str, "milk")
        meta = tx.put_object(ROOT, "meta", Map)
        tx.put(meta, "owner", S.Str, "alice")
    heads = alice.get_heads()
    bob = alice.fork()
    bob.set_actor(BOB)
    with bob.transaction() as tx:
        tx.insert(todo, 1, S.Str, "eggs")
        tx.put(meta, "owner", S.Str, "bob")
        tx.put_object(meta, "tags", Map)
    [change] = changes(bob, heads)
    assert (change.actor, change.other_actors, change.seq) == (BOB, (ALICE,), 1)
    assert [shape(op) for op in change.ops] == [
        (opid(todo), OpId(2, ALICE), True, Action.SET, ValueKind.STR, "eggs", ()),
        (opid(meta), "owner", False, Action.SET, ValueKind.STR, "bob", (OpId(4, ALICE),)),
        (opid(meta), "tags", False, Action.MAKE_MAP, ValueKind.NULL, None, ()),
    ]
    assert change.ops[0].id == OpId(5, BOB)


def test_marks_decode_with_their_name_value_and_expand_flags() -> None:
    doc = core.Document(actor_id=ALICE)
    with doc.transaction() as tx:
        text = tx.put_object(ROOT, "t", Text)
        for i, char in enumerate("hello"):
            tx.insert(text, i, S.Str, char)
        tx.mark(text, 1, 3, "bold", S.Boolean, True, core.ExpandMark.Both)
    marks = [op for op in only_ops(doc) if op.action is Action.MARK]
    assert [(op.mark_name, op.value.value, op.expand, op.insert) for op in marks] == [
        ("bold", True, True, True),
        (None, None, True, True),
    ]


def test_a_large_change_is_compressed_by_the_binding_and_decodes_the_same() -> None:
    doc = core.Document(actor_id=ALICE)
    with doc.transaction() as tx:
        for i in range(200):
            tx.put(tx.put_object(ROOT, f"item{i}", Map), "name", S.Str, f"name number {i}")
    [change] = doc.get_changes([])
    assert change.bytes[8] == 2
    assert change.raw_bytes[8] == 1
    [decoded] = changes(doc)
    assert len(decoded.ops) == 400
    assert [op.value.value for op in decoded.ops[1::2]] == [f"name number {i}" for i in range(200)]


def test_get_changes_since_heads_decodes_each_change_in_the_chain() -> None:
    doc = core.Document(actor_id=ALICE)
    history = []
    for n in range(4):
        history.append(doc.get_heads())
        with doc.transaction() as tx:
            tx.put(ROOT, "n", S.Int, n)
    decoded = changes(doc)
    assert [c.seq for c in decoded] == [1, 2, 3, 4]
    assert [c.deps for c in decoded] == [tuple(h) for h in history]
    assert [c.ops[0].pred for c in decoded] == [()] + [(OpId(n, ALICE),) for n in (1, 2, 3)]
    assert changes(doc, history[2]) == decoded[2:]


# --- a property: random transactions ------------------------------------------------------------------------

VALUES = st.one_of(
    st.text(max_size=12).map(lambda s: (S.Str, s, ValueKind.STR, s)),
    st.integers(-(2**53) + 1, 2**53 - 1).map(lambda n: (S.Int, n, ValueKind.INT, n)),
    st.integers(0, 2**64 - 1).map(lambda n: (S.Uint, n, ValueKind.UINT, n)),
    st.floats(allow_nan=False).map(lambda x: (S.F64, x, ValueKind.FLOAT, x)),
    st.booleans().map(lambda b: (S.Boolean, b, ValueKind.TRUE if b else ValueKind.FALSE, b)),
    st.just((S.Null, None, ValueKind.NULL, None)),
    st.binary(max_size=8).map(lambda b: (S.Bytes, b, ValueKind.BYTES, b)),
)
MAKE = [(Map, Action.MAKE_MAP, "map"), (List, Action.MAKE_LIST, "list")]


class Model:
    """What the document holds: each map key and list element with the op of its current value, and that
    value; this predicts each op's id, key and preds."""

    def __init__(self) -> None:
        self.counter = 0
        self.kinds: dict[bytes, str] = {ROOT: "map"}
        self.maps: dict[bytes, dict[str, Slot]] = {ROOT: {}}
        self.lists: dict[bytes, list[tuple[OpId, Slot]]] = {}  # (element id, its current value)

    def next_id(self) -> OpId:
        self.counter += 1
        return OpId(self.counter, ALICE)

    def make(self, raw: bytes, kind: str, new: OpId) -> Slot:
        assert opid(raw) == new
        self.kinds[raw] = kind
        if kind == "map":
            self.maps[raw] = {}
        else:
            self.lists[raw] = []
        return (new, ("object", raw))

    def live(self) -> list[bytes]:
        """The objects reachable from the root (edits go to those only)."""
        out, stack = [], [ROOT]
        while stack:
            out.append(raw := stack.pop())
            slots = self.maps[raw].values() if raw in self.maps else (s for _, s in self.lists[raw])
            stack.extend(value for _, (kind, value) in slots if kind == "object")
        return out


# (op of the current value, (scalar type or "object", value or object id))
Slot = tuple[OpId, tuple[Any, Any]]


def unchanged(slot: Slot, scalar: Any, value: Any) -> bool:
    """The binding makes no op for a put of the value already there (Rust ==: 0.0 == -0.0, NaN != NaN)."""
    kind, current = slot[1]
    return kind != "object" and kind == scalar and type(current) is type(value) and current == value


def one_edit(data: st.DataObject, tx: core.Transaction, model: Model) -> tuple[Any, ...] | None:
    """Make one random edit with *tx*; the shape of the op it must have made (None: no op)."""
    raw = data.draw(st.sampled_from(sorted(model.live())))
    obj = opid(raw)
    if model.kinds[raw] == "map":
        entries = model.maps[raw]
        key = data.draw(st.sampled_from(["a", "b", "c", "é"]))
        pred = (entries[key][0],) if key in entries else ()
        what = data.draw(st.sampled_from(["put", "object", "delete"][: 3 if key in entries else 2]))
        if what == "delete":
            tx.delete(raw, key)
            del entries[key]
            model.next_id()
            return (obj, key, False, Action.DELETE, ValueKind.NULL, None, pred)
        if what == "object":
            obj_type, action, kind = data.draw(st.sampled_from(MAKE))
            entries[key] = model.make(tx.put_object(raw, key, obj_type), kind, model.next_id())
            return (obj, key, False, action, ValueKind.NULL, None, pred)
        scalar, value, want_kind, want = data.draw(VALUES)
        tx.put(raw, key, scalar, value)
        if key in entries and unchanged(entries[key], scalar, value):
            return None
        entries[key] = (model.next_id(), (scalar, value))
        return (obj, key, False, Action.SET, want_kind, want, pred)
    elements = model.lists[raw]
    index = data.draw(st.integers(0, len(elements)))
    choices = ["insert", "object", "put", "delete"] if index < len(elements) else ["insert", "object"]
    what = data.draw(st.sampled_from(choices))
    if what in ("put", "delete"):
        element, slot = elements[index]
        if what == "delete":
            tx.delete(raw, index)
            del elements[index]
            model.next_id()
            return (obj, element, False, Action.DELETE, ValueKind.NULL, None, (slot[0],))
        scalar, value, want_kind, want = data.draw(VALUES)
        tx.put(raw, index, scalar, value)
        if unchanged(slot, scalar, value):
            return None
        elements[index] = (element, (model.next_id(), (scalar, value)))
        return (obj, element, False, Action.SET, want_kind, want, (slot[0],))
    after = elements[index - 1][0] if index else None
    new = model.next_id()
    if what == "object":
        obj_type, action, kind = data.draw(st.sampled_from(MAKE))
        elements.insert(index, (new, model.make(tx.insert_object(raw, index, obj_type), kind, new)))
        return (obj, after, True, action, ValueKind.NULL, None, ())
    scalar, value, want_kind, want = data.draw(VALUES)
    tx.insert(raw, index, scalar, value)
    elements.insert(index, (new, (new, (scalar, value))))
    return (obj, after, True, Action.SET, want_kind, want, ())


@given(st.data())
def test_random_transactions_decode_to_the_ops_they_made(data: st.DataObject) -> None:
    doc = core.Document(actor_id=ALICE)
    model = Model()
    for _ in range(data.draw(st.integers(1, 3), label="transactions")):
        heads = doc.get_heads()
        with doc.transaction() as tx:
            edits = [one_edit(data, tx, model) for _ in range(data.draw(st.integers(1, 12)))]
        expected = [edit for edit in edits if edit is not None]
        got = [shape(op) for change in changes(doc, heads) for op in change.ops]
        assert len(got) == len(expected)
        for op, want in zip(got, expected, strict=True):
            assert op[:5] == want[:5]
            assert op[6] == want[6]
            assert same_value(op[5], want[5])


# --- malformed input ------------------------------------------------------------------------------------------


def _samples() -> list[tuple[bytes, bytes]]:
    """Real changes, each with the saved document it depends on: small, with lists and preds, from a second
    actor, and a compressed one."""
    doc = core.Document(actor_id=ALICE)
    with doc.transaction() as tx:
        lst = tx.put_object(ROOT, "l", List)
        for i in range(5):
            tx.insert(lst, i, S.Str if i % 2 else S.F64, "é" * i if i % 2 else float(i))
        tx.put(ROOT, "n", S.Int, -300)
    heads, saved = doc.get_heads(), doc.save()
    other = doc.fork()
    other.set_actor(BOB)
    with other.transaction() as tx:
        tx.delete(lst, 1)
        tx.put(lst, 0, S.Bytes, b"\x01\x02")
        tx.put(ROOT, "n", S.Uint, 2**40)
    with doc.transaction() as tx:
        for i in range(60):
            tx.put(ROOT, f"key{i}", S.Str, f"value {i}")
    first, big = (c.bytes for c in doc.get_changes([]))
    out = [(first, b""), (big, saved), (other.get_changes(heads)[0].bytes, saved)]
    assert [c[8] for c, _ in out] == [1, 2, 1]
    return out


SAMPLES = _samples()


def decodes_or_refuses(data: bytes) -> DecodedChange | None:
    try:
        return decode_change(data)
    except CorruptDocumentError as exc:
        assert str(exc).startswith("a ")
        return None


@pytest.mark.parametrize("sample", range(len(SAMPLES)))
def test_every_truncation_of_a_chunk_or_of_its_body_is_refused(sample: int) -> None:
    chunk = SAMPLES[sample][0]
    for end in range(len(chunk)):
        with pytest.raises(CorruptDocumentError):
            decode_change(chunk[:end])
    body = split(chunk).encode()  # cut behind a correct checksum, to reach the column decoders
    assert [end for end in range(len(body)) if decodes_or_refuses(change_chunk(body[:end]))] == []


def test_random_flips_are_refused_or_decoded_as_the_binding_reads_them() -> None:
    rng = random.Random(20261207)
    outcomes = {"refused": 0, "decoded": 0, "applied": 0}
    for i in range(3000):
        chunk, before = SAMPLES[i % len(SAMPLES)]
        body = bytearray(split(chunk).encode() if i % 4 else chunk)  # mostly re-wrapped: a correct checksum
        for _ in range(rng.randint(1, 3)):
            body[rng.randrange(len(body))] ^= 1 << rng.randrange(8)
        data = change_chunk(bytes(body)) if i % 4 else bytes(body)
        decoded = decodes_or_refuses(data)
        outcomes["decoded" if decoded else "refused"] += 1
        if decoded is None:
            continue
        _, theirs = binding_load(data, before)
        if theirs is not None:  # what the binding applied, it reads as the decoder did
            outcomes["applied"] += 1
            assert (theirs.actor_id, theirs.seq, theirs.start_op, len(theirs), tuple(theirs.deps)) == (
                decoded.actor, decoded.seq, decoded.start_op, len(decoded.ops), decoded.deps
            )  # fmt: skip
    assert outcomes["refused"] > 1500
    assert outcomes["applied"] > 100


ACTION_ONE = b"\x7f\x01"  # one op: action SET
ONE_OP = [(0x15, b"\x7f\x01k"), (0x34, b"\x01"), (0x42, ACTION_ONE), (0x56, b"\x7f\x00"), (0x70, b"\x7f\x00")]
HUGE = [
    ("dependencies", uleb(2**62)),
    ("other actors", header()[:-1] + uleb(2**62)),
    ("columns", header() + uleb(2**40)),
    ("column lengths", header() + uleb(1) + uleb(0x42) + uleb(2**60)),
    ("actor", uleb(0) + uleb(2**60)),
    ("message", header()[:-2] + uleb(2**60) + b"\x00"),
    ("run", Body(header(), [(0x42, sleb(10**12) + b"\x01")]).encode()),
    ("null run", Body(header(), [(0x42, b"\x00" + uleb(2**63))]).encode()),
    ("literal run", Body(header(), [(0x42, sleb(-(2**62)) + b"\x01")]).encode()),
    ("long number", Body(header(), [(0x42, b"\x7f" + b"\x80" * 10 + b"\x01")]).encode()),
    ("string", Body(header(), [(0x15, b"\x7f" + uleb(2**60) + b"k"), *ONE_OP[1:]]).encode()),
    ("value", Body(header(), [*ONE_OP[:3], (0x56, b"\x7f" + uleb(2**59 << 4 | 6)), *ONE_OP[4:]]).encode()),
    ("preds", Body(header(), [*ONE_OP[:4], (0x70, b"\x7f" + uleb(2**60))]).encode()),
    ("pred run", Body(header(), [*ONE_OP[:4], (0x70, b"\x7f\x01"), (0x71, sleb(2**40) + b"\x00")]).encode()),
    ("insert run", Body(header(), [ONE_OP[0], (0x34, uleb(2**62)), *ONE_OP[2:]]).encode()),
]


@pytest.mark.parametrize(("what", "body"), HUGE, ids=[h[0] for h in HUGE])
def test_huge_declared_counts_are_refused_before_anything_is_allocated(what: str, body: bytes) -> None:
    assert decode_change(change_chunk(Body(header(), ONE_OP).encode())).ops[0].key == "k"
    tracemalloc.start()
    try:
        with pytest.raises(CorruptDocumentError):
            decode_change(change_chunk(body))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 100_000, f"{what}: {peak} bytes"


def null_puts(n: int) -> bytes:
    """A change of *n* puts of null at the root key "k", every column one run: a few bytes, whatever *n*."""
    run = sleb(n)
    columns = [(0x15, run + b"\x01k"), (0x34, uleb(n)), (0x42, run + b"\x01"), (0x56, run + b"\x00")]
    return Body(header(), [*columns, (0x70, run + b"\x00")]).chunk()


def test_a_few_bytes_cannot_declare_many_ops() -> None:
    assert len(decode_change(null_puts(OPS_FLOOR)).ops) == OPS_FLOOR
    for n in (2 * OPS_FLOOR, MAX_OPS + 1, 2**62):
        with pytest.raises(CorruptDocumentError, match="action column holds more than the 10"):
            decode_change(null_puts(n))
    with pytest.raises(CorruptDocumentError, match="more than the 6 rows"):
        decode_change(SAMPLES[0][0], max_ops=6)


def test_large_changes_of_the_binding_decode_unless_their_ops_take_almost_no_bytes() -> None:
    doc = core.Document(actor_id=ALICE)
    with doc.transaction() as tx:
        for i in range(2000):
            item = tx.put_object(ROOT, f"item{i}", Map)
            for field in range(10):
                tx.put(item, f"field{field}", S.Str if field % 2 else S.Int, f"text {i}" if field % 2 else i)
    [decoded] = changes(doc)  # 22,000 ops in a compressed chunk of about 40 kB
    assert len(decoded.ops) == 22_000
    heads = doc.get_heads()
    with doc.transaction() as tx:  # 20,000 nulls: about 100 bytes, refused (a limit, see OPS_PER_BYTE)
        nulls = tx.put_object(ROOT, "nulls", List)
        for i in range(20_000):
            tx.insert(nulls, i, S.Null, None)
    [change] = doc.get_changes(heads)
    assert len(change.bytes) < 200
    with pytest.raises(CorruptDocumentError, match="more than the"):
        decode_change(change.bytes)


def _list_change() -> Body:
    doc = core.Document(actor_id=ALICE)
    with doc.transaction() as tx:
        lst = tx.put_object(ROOT, "l", List)
        tx.insert(lst, 0, S.Int, 1)
        tx.insert(lst, 1, S.Str, "two")
        tx.delete(lst, 0)
    body = split(doc.get_changes([])[0].bytes)
    assert [s for s, _ in body.columns] == [
        0x01,
        0x02,
        0x11,
        0x13,
        0x15,
        0x34,
        0x42,
        0x56,
        0x57,
        0x70,
        0x71,
        0x73,
    ]
    assert body.column(0x13) == b"\x00\x01\x7d\x00\x02\x00"  # key counters: null, then deltas 0, 2, 0
    return body


LIST = _list_change()
NUMBER_2_BYTES = LIST.with_column(0x56, b"\x7c\x00\x24\x36\x00")  # the Int 1 declared 2 bytes long
SWAPPED = replace(LIST, columns=[LIST.columns[1], LIST.columns[0], *LIST.columns[2:]])
OVERLONG_SEQ = header()[:18] + b"\x81\x00" + header()[19:]  # seq 1 written in two bytes
col = LIST.with_column
# (what, forged body, what the decoder says, what the binding does with it). Where the binding panics or
# refuses, the two agree; where it applies the change, the decoder is stricter on purpose (see _ops). Hiding
# the object columns behind a group, or leaving them out, are the worst of those: the binding applies the
# list's ops to the root map, and its next read of the root panics ("can only compare map keys").
FORGED = [
    ("a deflated column", LIST.without(0x57).with_column(0x5F, deflate(LIST.column(0x57))), "compressed", "refused"),
    ("columns out of order", SWAPPED, "out of order", "refused"),
    ("a raw value column alone", col(0x87, b"\x00"), "does not follow", "refused"),
    ("a column past id 15 out of order", col(0x100, b""), "out of order", "refused"),
    ("a repeated column", replace(LIST, columns=[LIST.columns[0], *LIST.columns]), "repeated", "applied"),
    ("a group hiding the object columns", col(0x00, b""), "hides", "applied"),
    ("a group hiding the action column", col(0x40, b"\x01"), "hides", "applied"),
    ("an element key on the root", LIST.without(0x01, 0x02), "list element in the root", "applied"),
    ("a pred actor column alone", LIST.without(0x73), "without the other", "refused"),
    ("no insert column", LIST.without(0x34), "no insert column", "refused"),
    ("no pred group", LIST.without(0x70, 0x71, 0x73), "no pred group", "refused"),
    ("no action column", LIST.without(0x42), "without actions", "applied"),
    ("an extra insert row", col(0x34, b"\x01\x02\x02"), "more than the 4 rows", "applied"),
    ("a missing expand row", col(0x94, b"\x03"), "3 rows where 4", "applied"),
    ("an empty run of nulls", col(0x42, LIST.column(0x42) + b"\x00\x00"), "empty run", "refused"),
    ("an unknown action", col(0x42, b"\x7c\x02\x01\x0b\x03"), "action 11", "refused"),
    ("an increment of a string", col(0x42, b"\x7c\x02\x01\x05\x03"), "increments by a STR", "refused"),
    ("an actor index past the table", col(0x11, b"\x00\x02\x02\x05"), "actor 5 of 1", "panic"),
    ("a key counter past 2^32", col(0x13, b"\x00\x01\x7d\x00" + sleb(2**32) + sleb(-(2**32))), "42949", "panic"),
    ("an object counter past 2^32", col(0x02, b"\x00\x01\x03" + uleb(2**32)), "counter 4294967296", "panic"),
    ("a pred counter past 2^32", col(0x73, b"\x7f" + sleb(2**32)), "beyond 2^32-1", "panic"),
    ("ops past counter 2^32", replace(LIST, header=header(start_op=2**32 - 3)), "beyond 2^32-1", "panic"),
    ("start op 0", replace(LIST, header=header(start_op=0)), "start op 0", "refused"),
    ("the same actor twice", replace(LIST, header=header(others=(ALICE,))), "same actor twice", "applied"),
    ("a message not UTF-8", replace(LIST, header=header(message=b"\xff")), "message is not UTF-8", "refused"),
    ("an overlong header number", replace(LIST, header=OVERLONG_SEQ), "seq is not minimally", "refused"),
    ("a key not UTF-8", col(0x15, b"\x7f\x01\xff\x00\x03"), "key string column is not UTF-8", "refused"),
    ("a string value not UTF-8", col(0x57, b"\x01\xff\xfe\xfd"), "not UTF-8", "refused"),
    ("a number not filling its bytes", NUMBER_2_BYTES.with_column(0x57, b"\x01\x00two"), "does not fill", "refused"),
    ("an overlong number value", NUMBER_2_BYTES.with_column(0x57, b"\x81\x00two"), "does not fill", "refused"),
    ("a float of 2 bytes", col(0x56, b"\x7c\x00\x25\x26\x00"), "float of 2 bytes", "refused"),
    ("raw value bytes left over", col(0x57, LIST.column(0x57) + b"!"), "1 bytes no value uses", "applied"),
    ("a map key and an element", col(0x15, b"\x7f\x01l\x00\x01\x7f\x01x\x00\x01"), "both a map key", "refused"),
    ("an op without a key", col(0x13, b"\x00\x02\x7e\x02\x00"), "without a key", "refused"),
    ("a null pred count", col(0x70, b"\x00\x01\x02\x00\x7f\x01"), "pred group column holds a null", "refused"),
]  # fmt: skip


@pytest.mark.parametrize(("what", "body", "says", "binding"), FORGED, ids=[f[0] for f in FORGED])
def test_forged_changes_are_refused(what: str, body: Body, says: str, binding: str) -> None:
    chunk = body.chunk()
    with pytest.raises(CorruptDocumentError, match=re.escape(says)):
        decode_change(chunk)
    assert binding_verdict(chunk) == binding


def test_the_list_change_the_forgeries_start_from_is_valid() -> None:
    assert binding_verdict(LIST.chunk()) == "applied"
    actions = [op.action for op in decode_change(LIST.chunk()).ops]
    assert actions == [Action.MAKE_LIST, Action.SET, Action.SET, Action.DELETE]


def test_unknown_columns_and_extra_bytes_are_skipped_as_the_binding_skips_them() -> None:
    body = replace(LIST.with_column(0xF5, b"\x7f\x01x").with_column(0x1F6, b""), extra=b"more")
    decoded = decode_change(body.chunk())
    assert decoded.ops == decode_change(LIST.chunk()).ops
    assert decoded.extra_bytes == b"more"
    assert binding_verdict(body.chunk()) == "applied"
    loaded = core.Document.load(body.chunk()).get_changes([])[0]
    assert loaded.extra_bytes == b"more"


# --- the fuzz driver ------------------------------------------------------------------------------------------


def test_two_thousand_mutated_changes_never_escape() -> None:
    outcomes, findings = fuzz_driver("fuzz_ops").run_loop(2_000, seed=20261207, report=None)
    assert findings == []
    assert outcomes["refused"] > 500
    assert outcomes["decoded"] > 100
