"""Raw change-chunk tools for the op decoder tests (this module holds no tests).

They take real changes apart and put them back together with a correct checksum, so that a test can edit
one column (or one header field) and reach the column decoder behind the checksum, and they ask the binding
whether it accepts a change: the binding is the ground truth the decoder is checked against.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from automerge import core

from sync.community._automerge import is_panic, keep_alive
from sync.community._change_body import uleb as read_uleb
from sync.community._chunks import change_body, change_chunk, uleb
from sync.community._ops import OpId


def sleb(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if (value == 0 and not byte & 0x40) or (value == -1 and byte & 0x40):
            out.append(byte)
            return bytes(out)
        out.append(byte | 0x80)


@dataclass
class Body:
    """A change body in pieces: the header before the columns, the columns (spec, bytes) in order, extra."""

    header: bytes
    columns: list[tuple[int, bytes]] = field(default_factory=list)
    extra: bytes = b""

    def encode(self) -> bytes:
        specs = b"".join(uleb(spec) + uleb(len(data)) for spec, data in self.columns)
        return (
            self.header + uleb(len(self.columns)) + specs + b"".join(d for _, d in self.columns) + self.extra
        )

    def chunk(self) -> bytes:
        return change_chunk(self.encode())

    def column(self, spec: int) -> bytes:
        return dict(self.columns)[spec]

    def with_column(self, spec: int, data: bytes) -> Body:
        """This body with column *spec* replaced (or added, in spec order)."""
        columns = {s: d for s, d in self.columns if s != spec} | {spec: data}
        return replace(self, columns=sorted(columns.items()))

    def without(self, *specs: int) -> Body:
        return replace(self, columns=[(s, d) for s, d in self.columns if s not in specs])


def split(chunk: bytes) -> Body:
    body = change_body(chunk)[1]
    pos = 0

    def number() -> int:
        nonlocal pos
        value, pos = read_uleb(body, pos, len(body), "test")
        return value

    def skip(count: int) -> None:
        nonlocal pos
        pos += count

    skip(32 * number())  # deps
    skip(number())  # actor
    number(), number(), number()  # seq, start op, time (read as unsigned: only its length matters)
    skip(number())  # message
    for _ in range(number()):
        skip(number())  # other actors
    header = body[:pos]
    specs = [(number(), number()) for _ in range(number())]
    columns = []
    for spec, length in specs:
        columns.append((spec, body[pos : pos + length]))
        pos += length
    return Body(header, columns, body[pos:])


def header(
    *,
    deps: tuple[bytes, ...] = (),
    actor: bytes = b"\xaa" * 16,
    seq: int = 1,
    start_op: int = 1,
    time: int = 0,
    message: bytes = b"",
    others: tuple[bytes, ...] = (),
) -> bytes:
    return (
        uleb(len(deps))
        + b"".join(deps)
        + uleb(len(actor))
        + actor
        + uleb(seq)
        + uleb(start_op)
        + sleb(time)
        + uleb(len(message))
        + message
        + uleb(len(others))
        + b"".join(uleb(len(a)) + a for a in others)
    )


def deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(wbits=-15)
    return packer.compress(data) + packer.flush()


def binding_verdict(chunk: bytes, before: bytes = b"") -> str:
    """What the binding makes of *chunk* loaded after the saved document or changes *before*: "applied",
    "not applied" (accepted but left out), "refused" or "panic"."""
    return binding_load(chunk, before)[0]


def binding_load(chunk: bytes, before: bytes = b"") -> tuple[str, core.Change | None]:
    """binding_verdict, and the binding's own reading of the change when it applied it."""
    try:
        doc = core.Document.load(before + chunk)
    except BaseException as exc:
        if is_panic(exc):
            return "panic", None
        if isinstance(exc, Exception):
            return "refused", None
        raise
    digest = change_body(chunk)[0]
    stored = [change for change in doc.get_changes([]) if change.hash == digest]
    return ("applied", stored[0]) if stored else ("not applied", None)


def opid(raw: bytes) -> OpId | None:
    """The decoder's id for an object id returned by the binding: tag 0x10 | actor length | actor | actor
    index (LEB128) | counter (LEB128); the root (b"\\x00") is None."""
    if raw == core.ROOT:
        return None
    end = 2 + raw[1]
    pos = end
    while raw[pos] & 0x80:
        pos += 1
    counter, _ = read_uleb(raw, pos + 1, len(raw), "object id")
    return OpId(counter, raw[2:end])


def try_write(doc: core.Document, write: Callable[[core.Transaction], None]) -> BaseException | None:
    """Run *write* in a transaction of *doc*; a panic is returned (its transaction is kept alive for ever)."""
    tx = doc.transaction().__enter__()
    try:
        write(tx)
    except BaseException as exc:
        if not is_panic(exc):
            raise
        keep_alive(tx)  # dropping a transaction that panicked panics again
        return exc
    tx.__exit__(None, None, None)
    return None
