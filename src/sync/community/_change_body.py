"""The binary layout of an Automerge change body: header fields, column layout, column encodings."""

from __future__ import annotations

import struct
from typing import Final

from ._chunks import HASH_LENGTH
from .errors import CorruptDocumentError

# The rules are those of automerge-rs 0.5.7, the Rust crate inside the binding (src/storage/change.rs,
# src/storage/columns/*.rs, src/columnar/encoding/*.rs), each checked against bytes the binding writes and
# accepts: what the binding refuses is refused here, so that nothing decodes here that it reads otherwise.

MAX_U64 = (1 << 64) - 1
MIN_I64 = -(1 << 63)
MAX_I64 = (1 << 63) - 1
F64 = struct.Struct("<d")

# --- the header and the column layout ------------------------------------------------------------------------
#
#   body = deps (uLEB count, 32-byte hashes) | actor (uLEB length, bytes) | seq (uLEB) | start_op (uLEB ≥ 1)
#          | time (signed LEB) | message (uLEB length, UTF-8; empty = none)
#          | other actors (uLEB count, each uLEB length and bytes)
#          | columns (uLEB count, each uLEB spec and uLEB length) | column data, in that order | extra bytes
#   spec = column id << 4 | deflate bit 0x8 | type (0 group, 1 actor, 2 uLEB, 3 delta, 4 boolean, 5 string,
#          6 value metadata, 7 raw value)
#
# Header numbers must be minimal LEB128: the binding's parser refuses overlong ones there.

MAX_START_OP = (1 << 32) - 1  # the binding refuses a larger start_op ("counter too large")
_DEFLATE = 0x08


class Body:
    """A change body split up: the header fields, every column's bytes by (id, type), the extra bytes. A plain
    class with slots, not a frozen dataclass: one is made per change a peer sends, and compiled a frozen
    dataclass is built several times slower (`_op_types` says more)."""

    __slots__ = ("actor", "columns", "deps", "extra", "message", "other_actors", "seq", "start_op", "time")

    def __init__(
        self,
        deps: tuple[bytes, ...],
        actor: bytes,
        seq: int,
        start_op: int,
        time: int,
        message: str | None,
        other_actors: tuple[bytes, ...],
        columns: dict[tuple[int, int], bytes],
        extra: bytes,
    ) -> None:
        self.deps: Final = deps
        self.actor: Final = actor
        self.seq: Final = seq
        self.start_op: Final = start_op
        self.time: Final = time
        self.message: Final = message
        self.other_actors: Final = other_actors
        self.columns: Final = columns
        self.extra: Final = extra


class _Reader:
    def __init__(self, body: bytes) -> None:
        self.body = body
        self.pos = 0

    def number(self, what: str, *, signed: bool = False) -> int:
        start, end = self.pos, len(self.body)
        if not signed and start < end and (byte := self.body[start]) < 0x80:  # one byte: the common case
            self.pos += 1
            return byte
        value, self.pos = (sleb if signed else uleb)(self.body, start, end, what)
        if not is_minimal(self.body, start, self.pos, signed):
            raise CorruptDocumentError(f"a change's {what} is not minimally encoded")
        return value

    def take(self, length: int, what: str) -> bytes:
        if length > len(self.body) - self.pos:
            raise CorruptDocumentError(f"a change's {what} runs past its end")
        self.pos += length
        return self.body[self.pos - length : self.pos]

    def count(self, what: str, item_bytes: int) -> int:
        count = self.number(f"number of {what}")
        if count * item_bytes > len(self.body) - self.pos:  # bounded by the bytes before anything is made
            raise CorruptDocumentError(f"a change declares more {what} ({count}) than it holds")
        return count


def parse_body(body: bytes) -> Body:
    """The header fields and the columns of a change body, after the layout checks the binding makes."""
    read = _Reader(body)
    deps = tuple(read.take(HASH_LENGTH, "dependency") for _ in range(read.count("dependencies", HASH_LENGTH)))
    actor = read.take(read.number("actor length"), "actor")
    seq = read.number("seq")
    start_op = read.number("start op")
    if not 1 <= start_op <= MAX_START_OP:
        raise CorruptDocumentError(f"a change's start op {start_op} is not within 1..2^32-1")
    time = read.number("time", signed=True)
    message = _text(read.take(read.number("message length"), "message"), "message") or None
    others = tuple(
        read.take(read.number("actor length"), "actor") for _ in range(read.count("other actors", 1))
    )
    specs = [
        (read.number("column spec"), read.number("column length")) for _ in range(read.count("columns", 2))
    ]
    pos = read.pos
    if sum(length for _, length in specs) > len(body) - pos:
        raise CorruptDocumentError("a change's columns are longer than the change")
    columns: dict[tuple[int, int], bytes] = {}
    last = -1
    for spec, length in specs:
        ident, kind = spec >> 4, spec & 7
        if spec > 0xFFFFFFFF:
            raise CorruptDocumentError(f"a change's column spec {spec} is beyond 32 bits")
        if spec & _DEFLATE:  # the binding refuses such a change: "change contained compressed columns"
            raise CorruptDocumentError(
                f"a change's column {ident}/{kind} is compressed, which Automerge refuses"
            )
        # Ascending specs, as the binding wants; it compares them masked with 0xF7, a u8 mask on a u32, so only
        # their low byte counts there: both orders are required. A repeated spec (the binding would take the
        # last one) is refused too.
        if spec <= last or (last >= 0 and (spec & 0xFF) < (last & 0xFF)):
            raise CorruptDocumentError(f"a change's column {ident}/{kind} is out of order or repeated")
        if kind == 7 and last != spec - 1:  # a raw value column belongs to the metadata column before it
            raise CorruptDocumentError(f"a change's raw value column {ident} does not follow its metadata")
        last = spec
        columns[ident, kind] = body[pos : pos + length]
        pos += length
    return Body(deps, actor, seq, start_op, time, message, others, columns, body[pos:])


def _text(data: bytes, what: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise CorruptDocumentError(f"a change's {what} is not UTF-8") from None


# --- the column encodings ------------------------------------------------------------------------------------
#
# Each decoder turns one column's bytes into a list with one entry per row, None for a null. Every count read
# from the bytes is checked before anything is allocated: a run against *limit* (the rows the column may
# hold), a literal run also against the bytes left, so that a few hostile bytes cannot ask for a billion
# rows. Every number is at most 10 bytes. Only CorruptDocumentError comes out: positions are checked before
# indexing, UTF-8 errors and out-of-range numbers are caught where they arise. Column integers may be
# overlong (the binding's leb128 crate allows that) but not beyond 64 bits.


def _ends(what: str) -> CorruptDocumentError:
    return CorruptDocumentError(f"a change's {what} ends in the middle of a number")


def _too_long(what: str) -> CorruptDocumentError:
    return CorruptDocumentError(f"a change's {what} holds a number longer than 10 bytes")


def _too_many(what: str, limit: int) -> CorruptDocumentError:
    return CorruptDocumentError(f"a change's {what} holds more than the {limit} rows it may have")


def uleb(data: bytes, pos: int, end: int, what: str) -> tuple[int, int]:
    """(unsigned value, position after it) as the binding's column decoder reads it."""
    value = 0
    shift = 0
    while pos < end:
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            if value > MAX_U64:
                raise CorruptDocumentError(f"a change's {what} holds a number beyond 64 bits")
            return value, pos
        shift += 7
        if shift == 70:
            raise _too_long(what)
    raise _ends(what)


def sleb(data: bytes, pos: int, end: int, what: str) -> tuple[int, int]:
    """(signed value, position after it): two's complement, sign bit 0x40 of the last byte, 64 bits."""
    value = 0
    shift = 0
    while pos < end:
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            if byte & 0x40:
                value -= 1 << shift
            if not MIN_I64 <= value <= MAX_I64:
                raise CorruptDocumentError(f"a change's {what} holds a number beyond 64 bits")
            return value, pos
        if shift == 70:
            raise _too_long(what)
    raise _ends(what)


def is_minimal(data: bytes, start: int, end: int, signed: bool) -> bool:
    """Whether the number in data[start:end] has no redundant last byte (the binding refuses those in headers
    and values): a last byte of 0 (or, signed, 0x7f) that only repeats the previous byte's sign."""
    if end - start < 2:
        return True
    last, prev = data[end - 1], data[end - 2]
    if not signed:
        return last != 0
    return not ((last == 0 and not prev & 0x40) or (last == 0x7F and prev & 0x40))


def _null_run(data: bytes, pos: int, end: int, room: int, limit: int, what: str) -> tuple[int, int]:
    """(count, position after it) of a run of nulls. An empty one is refused: no encoder writes one, and the
    binding reads one at the end of the action column as one more op (and then refuses the change)."""
    run, pos = uleb(data, pos, end, what)
    if run > room:
        raise _too_many(what, limit)
    if not run:
        raise CorruptDocumentError(f"a change's {what} holds an empty run of nulls")
    return run, pos


def rle_uints(data: bytes, limit: int, what: str) -> list[int | None]:
    """An RLE column of unsigned integers: runs of (signed n > 0, value) repeated n times, (n < 0, then -n
    values) literally, or (0, uLEB count) nulls."""
    out: list[int | None] = []
    append = out.append
    pos, end = 0, len(data)
    while pos < end:
        run, pos = sleb(data, pos, end, what)
        room = limit - len(out)
        if run > 0:
            if run > room:
                raise _too_many(what, limit)
            value, pos = uleb(data, pos, end, what)
            out += [value] * run
        elif run < 0:
            if -run > room or -run > end - pos:  # every literal takes at least one byte
                raise _too_many(what, limit) if -run > room else _ends(what)
            for _ in range(-run):
                if (
                    pos < end and (byte := data[pos]) < 0x80
                ):  # one- and two-byte values, the common case, inline
                    append(byte)
                    pos += 1
                elif pos + 1 < end and (high := data[pos + 1]) < 0x80:
                    append(byte & 0x7F | high << 7)
                    pos += 2
                else:
                    value, pos = uleb(data, pos, end, what)
                    append(value)
        else:
            run, pos = _null_run(data, pos, end, room, limit, what)
            out += [None] * run
    return out


def _string(data: bytes, pos: int, end: int, what: str) -> tuple[str, int]:
    length, pos = uleb(data, pos, end, what)
    if length > end - pos:
        raise CorruptDocumentError(f"a change's {what} holds a string longer than the column")
    return _text(data[pos : pos + length], what), pos + length


def rle_strings(data: bytes, limit: int, what: str) -> list[str | None]:
    """An RLE column of strings (each a uLEB byte length and UTF-8 bytes); runs as in `rle_uints`."""
    out: list[str | None] = []
    pos, end = 0, len(data)
    while pos < end:
        run, pos = sleb(data, pos, end, what)
        room = limit - len(out)
        if run > 0:
            if run > room:
                raise _too_many(what, limit)
            value, pos = _string(data, pos, end, what)
            out += [value] * run
        elif run < 0:
            if -run > room or -run > end - pos:
                raise _too_many(what, limit) if -run > room else _ends(what)
            for _ in range(-run):
                if pos < end and (length := data[pos]) < 0x80 and pos + length < end:  # short strings inline
                    out.append(_text(data[pos + 1 : pos + 1 + length], what))
                    pos += 1 + length
                else:
                    value, pos = _string(data, pos, end, what)
                    out.append(value)
        else:
            run, pos = _null_run(data, pos, end, room, limit, what)
            out += [None] * run
    return out


def deltas(data: bytes, limit: int, what: str) -> list[int | None]:
    """A delta column: RLE of signed differences, each row the running sum of those before (nulls skipped).
    The binding saturates a sum that leaves 64 bits; such a sum is refused here instead."""
    out: list[int | None] = []
    append = out.append
    total = 0
    pos, end = 0, len(data)
    while pos < end:
        run, pos = sleb(data, pos, end, what)
        room = limit - len(out)
        if run > 0:
            if run > room:
                raise _too_many(what, limit)
            step, pos = sleb(data, pos, end, what)
            if step:
                out += range(total + step, total + step * run + step, step)
            else:
                out += [total] * run
            total += step * run
            if not MIN_I64 <= total <= MAX_I64:
                raise CorruptDocumentError(f"a change's {what} sums beyond 64 bits")
        elif run < 0:
            if -run > room or -run > end - pos:
                raise _too_many(what, limit) if -run > room else _ends(what)
            for _ in range(-run):
                if pos < end and (byte := data[pos]) < 0x80:  # one byte: 0..63 or -64..-1
                    total += byte - 0x80 if byte & 0x40 else byte
                    pos += 1
                else:
                    step, pos = sleb(data, pos, end, what)
                    total += step
                if not MIN_I64 <= total <= MAX_I64:
                    raise CorruptDocumentError(f"a change's {what} sums beyond 64 bits")
                append(total)
        else:
            run, pos = _null_run(data, pos, end, room, limit, what)
            out += [None] * run
    return out


def booleans(data: bytes, limit: int, what: str) -> list[bool]:
    """A boolean column: uLEB run lengths of alternating values, the first run false (possibly empty)."""
    out: list[bool] = []
    value = False
    pos, end = 0, len(data)
    while pos < end:
        run, pos = uleb(data, pos, end, what)
        if run > limit - len(out):
            raise _too_many(what, limit)
        out += [value] * run
        value = not value
    return out
