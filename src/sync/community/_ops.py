"""The operations inside one Automerge change chunk, decoded from its binary format so they can be checked."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar, cast

from . import _change_body as fmt
from ._chunks import change_body
from ._op_types import Action, DecodedChange, Op, OpId, ScalarValue, ValueKind
from .errors import CorruptDocumentError

__all__ = [
    "Action",
    "DecodedChange",
    "Op",
    "OpId",
    "ScalarValue",
    "ValueKind",
    "decode_change",
    "decode_header",
]
__all__ += ["decode_ops"]

# The binding (automerge 1.0.0rc1) shows no operation of a change, so each change a peer sends is decoded here
# before the binding applies it. `_chunks` checks the chunk's header and checksum (and inflates a compressed
# chunk), `_change_body` splits the body into header fields and columns and decodes the column encodings;
# this module turns the columns' rows into ops: op i has id (start_op + i, the change's actor) and takes row i
# of every column. Actor columns index [actor, *other_actors].
#
# Which columns a change with ops must have, and what a row means, follow the binding (automerge-rs 0.5.7,
# src/storage/change/change_op_columns.rs, src/columnar/column_range/*.rs), checked against bytes it writes
# and accepts. Where the binding is lenient this is stricter, so that an accepted change means one thing
# only: every present column has exactly one row per op (the binding ignores extra rows, reads missing ones
# as null, and reads no op at all when the action column is absent), every raw value byte is used, no actor
# is listed twice, and a counter of 0 is accepted only where it means the root (no actor) or the head of a
# list (no actor, or the change's own). Where the binding panics on or misreads a change, the check that
# refuses it says so.
#
# What is not checked here needs the document: that an op's object exists and is of the kind its key implies
# (the binding panics on a list insert addressed to a map; here only the root is known to be a map), that its
# element and its preds exist.

T = TypeVar("T")

# Runs let a few bytes declare a million ops, each costing about 3 µs and 300 bytes here, so a change may
# hold at most OPS_FLOOR + OPS_PER_BYTE ops per byte of its chunk as received (and as many pred entries),
# and never more than MAX_OPS. Changes the binding writes hold far fewer: 0.6 ops per byte for 110,000 map
# puts. Only a change with very long runs of alike ops (say, 20,000 nulls inserted into a list in one
# transaction: about 100 bytes) goes past the limit, and is refused.
MAX_OPS = 1_000_000
OPS_FLOOR = 10_000
OPS_PER_BYTE = 8
# The binding keeps counters in 32 bits: a larger one in any id (or an op id past it) makes it panic
# (TryFromIntError), so it is refused.
MAX_COUNTER = (1 << 32) - 1


_ACTIONS = tuple(Action)
_KINDS = (*tuple(ValueKind)[:10], *([ValueKind.UNKNOWN] * 6))
_NUMBERS = frozenset((3, 4, 8, 9))  # uLEB, signed LEB, counter, timestamp
# The value of each zero-length metadata; None where a value needs bytes (numbers and floats).
_EMPTY: tuple[ScalarValue | None, ...] = (
    ScalarValue(ValueKind.NULL, None, 0),
    ScalarValue(ValueKind.FALSE, False, 1),
    ScalarValue(ValueKind.TRUE, True, 2),
    *(None, None, None),
    ScalarValue(ValueKind.STR, "", 6),
    ScalarValue(ValueKind.BYTES, b"", 7),
    *(None, None),
    *(ScalarValue(ValueKind.UNKNOWN, b"", code) for code in range(10, 16)),
)

# (column id, type) of the change op columns. Id 7 (pred) is a group: its actor and delta columns list the
# preds of all ops, its group column how many each op has.
_OBJ_ACTOR, _OBJ_CTR, _KEY_ACTOR, _KEY_CTR, _KEY_STR = (0, 1), (0, 2), (1, 1), (1, 3), (1, 5)
_INSERT, _ACTION, _VAL_META, _VAL_RAW = (3, 4), (4, 2), (5, 6), (5, 7)
_PRED_GROUP, _PRED_ACTOR, _PRED_CTR, _EXPAND, _MARK_NAME = (7, 0), (7, 1), (7, 3), (9, 4), (10, 5)
_KNOWN = frozenset((_OBJ_ACTOR, _OBJ_CTR, _KEY_ACTOR, _KEY_CTR, _KEY_STR, _INSERT, _ACTION, _VAL_META))
_KNOWN |= {_VAL_RAW, _PRED_GROUP, _PRED_ACTOR, _PRED_CTR, _EXPAND, _MARK_NAME}
_KNOWN_IDS = frozenset(ident for ident, _ in _KNOWN)
_REQUIRED = {_INSERT: "insert", _VAL_META: "value metadata", _PRED_GROUP: "pred group"}

Columns = dict[tuple[int, int], bytes]


def decode_header(data: bytes) -> DecodedChange:
    """A change's header fields without its ops (`ops` is empty): what deciding its author needs. It keeps
    the change's columns, so that `decode_ops` reads its ops without reading the chunk again."""
    digest, raw_body = change_body(data)
    body = fmt.parse_body(raw_body)
    return DecodedChange(
        digest, body.deps, body.actor, body.seq, body.start_op, body.time, body.message, body.other_actors, (),
        body.extra, body.columns, len(data),
    )  # fmt: skip


def decode_change(data: bytes, *, max_ops: int = MAX_OPS) -> DecodedChange:
    """Every op of one change chunk (type 1, or 2 = compressed), or CorruptDocumentError saying what is wrong.

    A change with more ops, or pred entries, than *max_ops* or the limit for its size (see OPS_PER_BYTE) is
    refused."""
    return decode_ops(decode_header(data), max_ops=max_ops)


def decode_ops(header: DecodedChange, *, max_ops: int = MAX_OPS) -> DecodedChange:
    """The change *header* (from `decode_header`) with its ops: what `decode_change` returns for its bytes."""
    if header.columns is None:
        raise ValueError("decode_ops needs a header read by decode_header")
    actors = (header.actor, *header.other_actors)
    if len(set(actors)) != len(actors):
        raise CorruptDocumentError("a change lists the same actor twice")
    budget = min(max_ops, MAX_OPS, OPS_FLOOR + OPS_PER_BYTE * header.size)
    ops = _decode_ops(_known_columns(header.columns), actors, header.start_op, budget)
    return DecodedChange(
        header.hash, header.deps, header.actor, header.seq, header.start_op, header.time, header.message,
        header.other_actors, ops, header.extra_bytes,
    )  # fmt: skip


def _known_columns(body_columns: Columns) -> Columns:
    """The op columns this decoder knows, without empty ones; CorruptDocumentError for a layout the binding
    refuses or misreads."""
    if (_PRED_ACTOR in body_columns) != (_PRED_CTR in body_columns):  # the binding refuses one alone
        raise CorruptDocumentError("a change's pred group has an actor or a counter column without the other")
    columns: Columns = {}
    for (ident, kind), column in body_columns.items():
        if (ident, kind) in _KNOWN:
            if column:  # an empty column is an absent one
                columns[ident, kind] = column
        elif ident == _PRED_GROUP[0]:  # the binding refuses a pred group with other columns
            raise CorruptDocumentError(f"a change's pred group holds a column of unexpected type {kind}")
        elif kind == 0 and ident in _KNOWN_IDS:
            # The binding would read the known columns after it as members of this group, not as what they
            # are: hiding the object columns that way makes it apply a list's ops to the root map.
            raise CorruptDocumentError(f"a change's group column {ident} hides the op columns of that id")
    return columns


def _decode_ops(columns: Columns, actors: tuple[bytes, ...], start_op: int, budget: int) -> tuple[Op, ...]:
    # The action column says how many ops there are (as in the binding); every other column must agree.
    actions = fmt.rle_uints(columns.get(_ACTION, b""), budget, "action column")
    n = len(actions)
    if not n:
        if columns:
            raise CorruptDocumentError("a change without actions holds op columns")
        return ()
    for required, name in _REQUIRED.items():  # the binding reports "unexpected null" without them
        if required not in columns:
            raise CorruptDocumentError(f"a change with ops has no {name} column")
    codes = _no_nulls(actions, "action column")
    # Bounds are checked, not left to IndexError: compiled, an index beyond 64 bits raises OverflowError.
    if (bad := max(codes)) >= len(_ACTIONS):
        raise CorruptDocumentError(f"a change holds an op with action {bad}, which Automerge does not know")
    kinds = [_ACTIONS[code] for code in codes]
    inserts = _column(columns, _INSERT, fmt.booleans, n, "insert column") or []
    objs = _objects(columns, actors, n)
    keys = _keys(columns, actors, n)
    # Index loops here and below: compiled, a zip(strict=True) costs more than these loops' bodies.
    for i in range(n):
        if objs[i] is None and not isinstance(keys[i], str):  # the binding applies it, then panics
            raise CorruptDocumentError("a change addresses a list element in the root map")
    values = _values(columns, n)
    preds = _preds(columns, actors, n, budget)
    expands = _column(columns, _EXPAND, fmt.booleans, n, "expand column")
    names = _column(columns, _MARK_NAME, fmt.rle_strings, n, "mark name column")
    if Action.INCREMENT in kinds:
        for i in range(n):
            value = values[i]
            if kinds[i] is Action.INCREMENT and value.kind not in (ValueKind.INT, ValueKind.UINT):
                raise CorruptDocumentError(f"a change increments by a {value.kind.name} value")
    if start_op + n - 1 > MAX_COUNTER:
        raise CorruptDocumentError(f"a change's last op counter {start_op + n - 1} is beyond 2^32-1")
    actor = actors[0]
    if expands is None and names is None:  # no marks: the common case, without the two columns of Nones
        return tuple([
            Op(OpId(start_op + i, actor), objs[i], keys[i], inserts[i], kinds[i], values[i], preds[i])
            for i in range(n)
        ])  # fmt: skip
    expands = expands or [False] * n
    names = names or [None] * n
    return tuple([
        Op(OpId(start_op + i, actor), objs[i], keys[i], inserts[i], kinds[i], values[i], preds[i], names[i],
           expands[i])
        for i in range(n)
    ])  # fmt: skip


def _rows(rows: list[T], n: int, what: str) -> list[T]:
    if len(rows) != n:
        raise CorruptDocumentError(f"a change's {what} has {len(rows)} rows where {n} are expected")
    return rows


def _column(
    columns: Columns, key: tuple[int, int], decode: Callable[[bytes, int, str], list[T]], n: int, what: str
) -> list[T] | None:
    """The *n* rows of a column, None if it is absent."""
    return _rows(decode(columns[key], n, what), n, what) if key in columns else None


def _actor_rows(
    columns: Columns, key: tuple[int, int], actors: tuple[bytes, ...], n: int, what: str
) -> list[bytes | None] | None:
    """An actor column's rows as actor ids (the same bytes objects as in *actors*), None if it is absent."""
    rows = _column(columns, key, fmt.rle_uints, n, what)
    if rows is None:
        return None
    bad = max((index for index in rows if index is not None), default=0)
    if bad >= len(actors):  # the binding panics on it (index out of bounds)
        raise CorruptDocumentError(f"a change's {what} names actor {bad} of {len(actors)}")
    return [None if index is None else actors[index] for index in rows]


def _objects(columns: Columns, actors: tuple[bytes, ...], n: int) -> list[OpId | None]:
    """Each op's object: null actor and counter 0 or null is the root; anything else needs both."""
    obj_actors = _actor_rows(columns, _OBJ_ACTOR, actors, n, "object actor column")
    counters = _column(columns, _OBJ_CTR, fmt.rle_uints, n, "object counter column")
    if obj_actors is None and counters is None:
        return [None] * n
    out: list[OpId | None] = []
    last_actor: bytes | None = None
    last_counter: int | None = None
    last: OpId | None = None
    actor_rows = obj_actors or [None] * n
    counter_rows = counters or [None] * n
    for i in range(n):
        actor, counter = actor_rows[i], counter_rows[i]
        if counter != last_counter or actor is not last_actor:  # ops on one object come in runs: reuse its id
            if actor is not None and counter and counter <= MAX_COUNTER:
                last = OpId(counter, actor)
            elif actor is None and not counter:
                last = None
            else:
                raise CorruptDocumentError(f"a change holds an object id with {_id_parts(actor, counter)}")
            last_actor, last_counter = actor, counter
        out.append(last)
    return out


def _keys(columns: Columns, actors: tuple[bytes, ...], n: int) -> list[str | OpId | None]:
    """Each op's key: a string, or an element id (actor, counter > 0), or the head (counter 0, no actor)."""
    strings = _column(columns, _KEY_STR, fmt.rle_strings, n, "key string column")
    key_actors = _actor_rows(columns, _KEY_ACTOR, actors, n, "key actor column")
    counters = _column(columns, _KEY_CTR, fmt.deltas, n, "key counter column")
    if key_actors is None and counters is None:
        if strings is None or None in strings:
            raise CorruptDocumentError("a change holds an op without a key")
        return list(strings)
    head = actors[0]  # the binding's head is (counter 0, actor index 0)
    out: list[str | OpId | None] = []
    append = out.append
    string_rows = strings or [None] * n
    actor_rows = key_actors or [None] * n
    counter_rows = counters or [None] * n
    for i in range(n):
        string, actor, counter = string_rows[i], actor_rows[i], counter_rows[i]
        if string is not None:
            if actor is not None or counter is not None:
                raise CorruptDocumentError("a change holds an op with both a map key and an element id")
            append(string)
        elif counter is None:
            raise CorruptDocumentError("a change holds an op without a key")
        elif 0 < counter <= MAX_COUNTER and actor is not None:
            append(OpId(counter, actor))
        elif counter == 0 and (actor is None or actor is head):
            append(None)
        else:
            raise CorruptDocumentError(f"a change holds an element id with {_id_parts(actor, counter)}")
    return out


def _values(columns: Columns, n: int) -> list[ScalarValue]:
    """Each op's value: metadata (byte length << 4 | type code) says how many raw bytes it takes, in order."""
    metas = _column(columns, _VAL_META, fmt.rle_uints, n, "value metadata column") or []
    raw = columns.get(_VAL_RAW, b"")
    out: list[ScalarValue] = []
    append = out.append
    pos, end = 0, len(raw)
    empty = _EMPTY
    for meta in metas:
        if meta is None:
            raise CorruptDocumentError("a change holds an op without value metadata")
        code = meta & 15
        if meta < 16:
            value = empty[code]
            if value is None:
                raise CorruptDocumentError(f"a change holds an empty value of type {code}")
            append(value)
            continue
        length = meta >> 4
        if length > end - pos:
            raise CorruptDocumentError("a change's values are longer than its raw value column")
        stop = pos + length
        if code == 6:
            try:
                append(ScalarValue(ValueKind.STR, raw[pos:stop].decode("utf-8"), 6))
            except UnicodeDecodeError:
                raise CorruptDocumentError("a change holds a string value that is not UTF-8") from None
        elif code in _NUMBERS:
            signed = code != 3
            if length == 1 and (byte := raw[pos]) < 0x80:  # one byte, the common case, inline
                number = byte - 0x80 if signed and byte & 0x40 else byte
                append(ScalarValue(_KINDS[code], number, code))
                pos = stop
                continue
            number, after = (fmt.sleb if signed else fmt.uleb)(raw, pos, stop, "value")
            if after != stop or not fmt.is_minimal(raw, pos, stop, signed):
                raise CorruptDocumentError(
                    f"a change's {_KINDS[code].name} value does not fill {length} bytes"
                )
            append(ScalarValue(_KINDS[code], number, code))
        elif code == 5:
            if length != 8:
                raise CorruptDocumentError(f"a change holds a float of {length} bytes")
            append(ScalarValue(ValueKind.FLOAT, fmt.F64.unpack_from(raw, pos)[0], 5))
        elif code <= 2:
            raise CorruptDocumentError(f"a change holds a {_KINDS[code].name} value with {length} bytes")
        else:  # bytes, or a type this version does not know: its raw bytes
            append(ScalarValue(_KINDS[code], raw[pos:stop], code))
        pos = stop
    if pos != end:
        raise CorruptDocumentError(f"a change's raw value column has {end - pos} bytes no value uses")
    return out


def _preds(columns: Columns, actors: tuple[bytes, ...], n: int, budget: int) -> list[tuple[OpId, ...]]:
    """Each op's predecessors: the group column says how many, the actor and delta columns list them all."""
    what = "pred group column"
    groups = _no_nulls(_column(columns, _PRED_GROUP, fmt.rle_uints, n, what) or [], what)
    total = sum(groups)
    if total > budget:
        raise CorruptDocumentError(f"a change declares {total} preds, more than the {budget} it may have")
    what = "pred actor column"
    pred_actors = _no_nulls(
        _rows(_actor_rows(columns, _PRED_ACTOR, actors, total, what) or [], total, what), what
    )
    what = "pred counter column"
    counters = _no_nulls(_rows(_column(columns, _PRED_CTR, fmt.deltas, total, what) or [], total, what), what)
    if counters and not 0 <= min(counters) <= max(counters) <= MAX_COUNTER:
        raise CorruptDocumentError("a change holds a pred whose counter is negative or beyond 2^32-1")
    out: list[tuple[OpId, ...]] = []
    append = out.append
    at = 0
    for count in groups:
        if count == 0:
            append(())
        elif count == 1:
            append((OpId(counters[at], pred_actors[at]),))
            at += 1
        else:
            append(tuple(map(OpId, counters[at : at + count], pred_actors[at : at + count])))
            at += count
    return out


def _id_parts(actor: bytes | None, counter: int | None) -> str:
    return f"counter {counter} and {'no actor' if actor is None else 'actor ' + actor.hex()}"


def _no_nulls(rows: list[T | None], what: str) -> list[T]:
    if None in rows:
        raise CorruptDocumentError(f"a change's {what} holds a null")
    return cast("list[T]", rows)
