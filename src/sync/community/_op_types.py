"""The values `_ops` decodes a change into: op ids, values, ops and the change itself.

They are built by the thousand for every batch a peer sends (an op, its id, often its value), so they are plain
classes with slots and an `__init__` that only assigns, not frozen dataclasses: a frozen dataclass's `__init__`
sets each field through `object.__setattr__`, about 1 µs an op here, eight times a plain class's, and compiled
(`sync.community._compiled`) a plain class becomes a native one built in a few dozen nanoseconds. Their fields
are `Final`: mypy refuses an assignment, and the compiled classes refuse one at run time. Equality, hash and
repr are those of a frozen dataclass with the same fields, in the same order.
"""

from __future__ import annotations

import enum
from typing import ClassVar, Final


class Action(enum.IntEnum):
    """An op's action code. Any other code is refused (CorruptDocumentError), as the binding refuses it."""

    MAKE_MAP = 0
    SET = 1
    MAKE_LIST = 2
    DELETE = 3
    MAKE_TEXT = 4
    INCREMENT = 5
    MAKE_TABLE = 6
    MARK = 7


class ValueKind(enum.IntEnum):
    """A value's type code (the low 4 bits of its metadata); the codes 10-15 are all UNKNOWN."""

    NULL = 0
    FALSE = 1
    TRUE = 2
    UINT = 3
    INT = 4
    FLOAT = 5
    STR = 6
    BYTES = 7
    COUNTER = 8
    TIMESTAMP = 9
    UNKNOWN = -1


class _Fields:
    """Equality, hash and repr over the fields named in FIELDS, as a frozen dataclass has them."""

    __slots__ = ()
    FIELDS: ClassVar[tuple[str, ...]] = ()

    def astuple(self) -> tuple[object, ...]:
        return tuple([getattr(self, name) for name in self.FIELDS])

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, _Fields)
        return self.astuple() == other.astuple()

    def __hash__(self) -> int:
        return hash(self.astuple())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.FIELDS)
        return f"{type(self).__name__}({fields})"


class OpId:
    """An operation or object id: (counter, actor bytes)."""

    __slots__ = ("actor", "counter")

    def __init__(self, counter: int, actor: bytes) -> None:
        self.counter: Final = counter
        self.actor: Final = actor

    # Written out (not _Fields): op ids are the keys of the object index, looked up once per op.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OpId):
            return NotImplemented
        return self.counter == other.counter and self.actor == other.actor

    def __hash__(self) -> int:  # no tuple made per lookup; the actor's bytes keep their hash
        return hash(self.actor) ^ self.counter

    def __repr__(self) -> str:
        return f"OpId(counter={self.counter!r}, actor={self.actor!r})"


class ScalarValue(_Fields):
    """A decoded value. *value* is None (NULL), a bool (FALSE, TRUE), an int (UINT, INT, COUNTER, and
    TIMESTAMP in milliseconds since 1970), a float (FLOAT), a str (STR) or bytes (BYTES, and UNKNOWN: the raw
    bytes). *code* is the stored type code: *kind* itself, except for UNKNOWN, where it is 10-15."""

    __slots__ = ("code", "kind", "value")
    FIELDS = ("kind", "value", "code")

    def __init__(self, kind: ValueKind, value: bool | int | float | str | bytes | None, code: int) -> None:
        self.kind: Final = kind
        self.value: Final = value
        self.code: Final = code


class Op(_Fields):
    """One operation. *obj* None is the root map. *key* is a map key (str), or in a list or text the id of
    the element the op refers to (inserts after it; sets, deletes or marks it), None being the head (insert at
    the start). *value* is NULL for make, delete and mark-end ops, the amount for INCREMENT. *mark_name* is set
    on a MARK op that begins a mark (None: it ends one), *expand* on MARK ops whose mark grows at that end."""

    __slots__ = ("action", "expand", "id", "insert", "key", "mark_name", "obj", "pred", "value")
    FIELDS = ("id", "obj", "key", "insert", "action", "value", "pred", "mark_name", "expand")

    def __init__(
        self,
        id: OpId,
        obj: OpId | None,
        key: str | OpId | None,
        insert: bool,
        action: Action,
        value: ScalarValue,
        pred: tuple[OpId, ...],
        mark_name: str | None = None,
        expand: bool = False,
    ) -> None:
        self.id: Final = id
        self.obj: Final = obj
        self.key: Final = key
        self.insert: Final = insert
        self.action: Final = action
        self.value: Final = value
        self.pred: Final = pred
        self.mark_name: Final = mark_name
        self.expand: Final = expand


class DecodedChange(_Fields):
    """A change's header fields and ops; *time* is in milliseconds since 1970 (the binding writes 0).

    One read by `decode_header` (no ops yet) also keeps what `decode_ops` needs to read its ops without reading
    the chunk again: its columns and its size as received. They are not part of its value."""

    __slots__ = (
        "actor", "columns", "deps", "extra_bytes", "hash", "message", "ops", "other_actors", "seq", "size",
        "start_op", "time",
    )  # fmt: skip
    FIELDS = (
        "hash", "deps", "actor", "seq", "start_op", "time", "message", "other_actors", "ops", "extra_bytes",
    )  # fmt: skip

    def __init__(
        self,
        hash: bytes,
        deps: tuple[bytes, ...],
        actor: bytes,
        seq: int,
        start_op: int,
        time: int,
        message: str | None,
        other_actors: tuple[bytes, ...],
        ops: tuple[Op, ...],
        extra_bytes: bytes = b"",
        columns: dict[tuple[int, int], bytes] | None = None,
        size: int = 0,
    ) -> None:
        self.hash: Final = hash
        self.deps: Final = deps
        self.actor: Final = actor
        self.seq: Final = seq
        self.start_op: Final = start_op
        self.time: Final = time
        self.message: Final = message
        self.other_actors: Final = other_actors
        self.ops: Final = ops
        self.extra_bytes: Final = extra_bytes
        self.columns: Final = columns
        self.size: Final = size
