"""The only code that touches the Automerge binding (automerge.core 1.0.0rc1), behind a small, safe surface.

Values. The document holds only plain trees: Map, List, Str, Int (|n| ≤ 2^53−1), finite F64, Boolean, Null.
`plain()` turns a Python value into such a tree before any transaction opens (bytes become lowercase hex
text, tuples become lists) and refuses anything else; `Writer` writes a tree, text always as Str scalars.
`Reader` turns a subtree back into Python and refuses — as `UnreadableError`, never a crash — Counter,
Timestamp, Bytes and unknown scalars, integers beyond ±(2^53−1) and non-finite floats. A Text object is read
as its string (JavaScript Automerge stores a string assigned the natural way, `d.title = "Hall"`, as one), so
it counts wherever text is expected and is refused, by the same checks as a Str, wherever a number, list or map
is; only a Text holding a block marker or another non-character element (rich text) is unreadable. No
Counter and no Timestamp is ever written: instants are ISO-8601 UTC text, so every Automerge implementation
reads them alike.

Panics. A Rust panic surfaces as pyo3's PanicException, a BaseException. Every call that can touch peer
data catches exactly that type (matched by name: `pyo3_runtime` cannot be imported), never
KeyboardInterrupt or SystemExit. A panic while writing, merging or applying poisons the document: the
transaction object is kept alive for ever (dropping it would panic again, outside any handler), the
document is rebuilt from its last good state — the bytes of the last save or load plus the bytes of every
change made or received since — and the caller gets BindingPanicError. A panic while reading (a peer's
Counter, say) poisons nothing: that value is reported unreadable, and the document is rebuilt only if it
stopped answering.
"""

from __future__ import annotations

import ctypes
import math
from collections.abc import Callable
from typing import NamedTuple, SupportsInt, TypeAlias, TypeVar, cast

from automerge import core

from ._chunks import read_uleb
from ._op_types import OpId
from .errors import BindingPanicError, CommunityError, InvalidValueError

Plain: TypeAlias = "str | int | float | bool | dict[str, Plain] | list[Plain] | None"
T = TypeVar("T")

ROOT: bytes = core.ROOT
MAX_SAFE_INTEGER = 2**53 - 1
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
MIN_DOCUMENT_BYTES = 14  # an empty Automerge document saves to 14 bytes
MAX_DEPTH = 12
COMPACT_AFTER_BYTES = 4 * 1024 * 1024  # fold the change log into a fresh save past this size

# Transactions that panicked. Dropping one panics again from a destructor (even at interpreter exit),
# so each gets an extra reference that is never released: it is leaked, never dropped.
_KEPT_ALIVE: list[object] = []


def keep_alive(obj: object) -> None:
    _KEPT_ALIVE.append(obj)
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(obj))


def is_panic(exc: BaseException) -> bool:
    return type(exc).__name__ == "PanicException"


def _panic_error(what: str, exc: BaseException) -> BindingPanicError:
    return BindingPanicError(
        f"the Automerge binding failed while {what} ({exc}); the document was reloaded from its last good state"
    )


class UnreadableError(CommunityError):
    """A stored value this package cannot read; *path* says where. Becomes a Problem in the view."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def stable_object_id(raw: bytes) -> bytes:
    """An object id that means the same in every copy of a document.

    The binding's ids are tag ‖ actor length ‖ actor ‖ actor *index* (LEB128) ‖ counter (LEB128); the index is
    the actor's place in that copy's actor table, which differs between copies that met actors in another
    order. Dropping it leaves (actor, counter): the object's identity."""
    if len(raw) < 3 or raw[1] >= 0x80 or len(raw) < 2 + raw[1] + 2:
        return raw
    end = 2 + raw[1]
    pos = end
    while pos < len(raw) and raw[pos] & 0x80:
        pos += 1
    return raw[:end] + raw[pos + 1 :]


def object_op_id(raw: bytes) -> OpId:
    """The binding's object id bytes as the id of the op that made the object (the layout `stable_object_id`
    describes): a list element's is the id of the op that inserted it."""
    size = raw[1]
    actor = raw[2 : 2 + size]
    _index, pos = read_uleb(raw, 2 + size)
    counter, _ = read_uleb(raw, pos)
    return OpId(counter, actor)


class Obj(NamedTuple):
    """A reference to a stored object: kind is "map", "list" or "text" (a Text object)."""

    kind: str
    id: bytes


class Missing:
    """The key is absent."""


MISSING = Missing()
Node: TypeAlias = "Obj | Plain"


def _check_text(value: str, path: str) -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidValueError(path, "contains characters that are not valid Unicode") from None


def plain(value: object, path: str, depth: int = 0) -> Plain:
    """A storable copy of *value*, or InvalidValueError saying which part cannot be stored."""
    if depth > MAX_DEPTH:
        raise InvalidValueError(path, "is nested too deeply")
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        if not -MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER:
            raise InvalidValueError(path, "is a whole number outside ±(2^53−1)")
        return int(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise InvalidValueError(path, "must be a finite number")
        return value
    if isinstance(value, str):
        _check_text(value, path)
        return value
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, dict):
        out: dict[str, Plain] = {}
        for key, item in value.items():
            if not isinstance(key, str) or not key:
                raise InvalidValueError(path, "has a key that is not text")
            _check_text(key, path)
            out[key] = plain(item, f"{path}/{key}", depth + 1)
        return out
    if isinstance(value, (list, tuple)):
        return [plain(item, f"{path}/{i}", depth + 1) for i, item in enumerate(value)]
    raise InvalidValueError(path, f"cannot be stored ({type(value).__name__})")


def same(a: Plain, b: Plain) -> bool:
    """Equality that tells 1, 1.0 and True apart, as the document does."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return a == b


def _scalar(value: Plain) -> tuple[core.ScalarType, str | int | float | bool | None]:
    if value is None:
        return core.ScalarType.Null, None
    if isinstance(value, bool):
        return core.ScalarType.Boolean, value
    if isinstance(value, int):
        if not -MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER:
            raise InvalidValueError("value", "is a whole number outside ±(2^53−1)")
        return core.ScalarType.Int, value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise InvalidValueError("value", "must be a finite number")
        return core.ScalarType.F64, value
    if isinstance(value, str):
        return core.ScalarType.Str, value
    raise InvalidValueError("value", f"cannot be stored ({type(value).__name__})")


# pyo3 enums are not hashable and compare slowly; their int() is cheap and stable.
def _code(kind: object) -> int:
    return int(cast(SupportsInt, kind))


_STR, _INT, _UINT, _F64, _BOOL, _NULL = (
    _code(t)
    for t in (
        core.ScalarType.Str,
        core.ScalarType.Int,
        core.ScalarType.Uint,
        core.ScalarType.F64,
        core.ScalarType.Boolean,
        core.ScalarType.Null,
    )
)
_ODD_SCALARS = {
    _code(core.ScalarType.Counter): "a counter",
    _code(core.ScalarType.Timestamp): "an Automerge timestamp",
    _code(core.ScalarType.Bytes): "raw bytes",
}
_NOT_A_CHARACTER = "\ufffc"  # what Document.text() shows for a text element that is not a character
_OBJ_KINDS = {
    _code(core.ObjType.Map): "map",
    _code(core.ObjType.List): "list",
    _code(core.ObjType.Text): "text",
}


def scalar_value(kind: core.ScalarType, value: object, path: str) -> Plain:
    """A stored scalar as Python, or UnreadableError for the kinds this package never writes."""
    code = _code(kind)
    if code == _STR and type(value) is str:
        return value
    if code in (_INT, _UINT) and type(value) is int:
        if abs(value) > MAX_SAFE_INTEGER:
            raise UnreadableError(path, "is a whole number outside ±(2^53−1)")
        return value
    if code == _F64 and type(value) is float:
        if not math.isfinite(value):
            raise UnreadableError(path, "is not a finite number")
        return value
    if code == _BOOL and type(value) is bool:
        return value
    if code == _NULL:
        return None
    name = _ODD_SCALARS.get(code, "a value of an unknown kind")
    raise UnreadableError(path, f"is {name} where a plain value is expected")


class Writer:
    """Writes plain trees inside one open transaction."""

    def __init__(self, tx: core.Transaction) -> None:
        self._tx = tx

    def put(self, obj: bytes, key: str, value: Plain) -> None:
        if isinstance(value, dict):
            self._fill_map(self._tx.put_object(obj, key, core.ObjType.Map), value)
        elif isinstance(value, list):
            self._fill_list(self._tx.put_object(obj, key, core.ObjType.List), value)
        else:
            self._tx.put(obj, key, *_scalar(value))

    def insert(self, obj: bytes, index: int, value: Plain) -> None:
        if isinstance(value, dict):
            self._fill_map(self._tx.insert_object(obj, index, core.ObjType.Map), value)
        elif isinstance(value, list):
            self._fill_list(self._tx.insert_object(obj, index, core.ObjType.List), value)
        else:
            self._tx.insert(obj, index, *_scalar(value))

    def put_map(self, obj: bytes, key: str) -> bytes:
        return self._tx.put_object(obj, key, core.ObjType.Map)

    def put_list(self, obj: bytes, key: str) -> bytes:
        return self._tx.put_object(obj, key, core.ObjType.List)

    def delete(self, obj: bytes, key: str) -> None:
        self._tx.delete(obj, key)

    def _fill_map(self, obj: bytes, value: dict[str, Plain]) -> None:
        for key, item in value.items():
            self.put(obj, key, item)

    def _fill_list(self, obj: bytes, value: list[Plain]) -> None:
        for index, item in enumerate(value):
            self.insert(obj, index, item)


class Reader:
    """Reads one document into Python. Panics and binding errors become UnreadableError for that value."""

    def __init__(self, doc: core.Document) -> None:
        self._doc = doc
        self.panicked = False

    def _guard(self, path: str, call: Callable[[], T]) -> T:
        try:
            return call()
        except BaseException as exc:
            if is_panic(exc):
                self.panicked = True
                raise UnreadableError(
                    path, f"holds a value the Automerge binding cannot read, such as a counter ({exc})"
                ) from None
            if isinstance(exc, Exception):
                raise UnreadableError(path, f"cannot be read ({exc})") from None
            raise

    def _node(self, got: tuple[object, bytes], path: str) -> Node:
        value, oid = got
        if type(value) is tuple:
            return scalar_value(value[0], value[1], path)
        if isinstance(value, core.ObjType):
            return Obj(_OBJ_KINDS.get(_code(value), "unknown"), oid)
        raise UnreadableError(path, "has an unexpected shape")  # pragma: no cover - binding contract

    def _node_or_error(self, got: tuple[object, bytes], path: str) -> Node | UnreadableError:
        try:
            return self._node(got, path)
        except UnreadableError as exc:
            return exc

    def get(self, obj: bytes, key: str | int, path: str) -> Node | Missing:
        got = self._guard(path, lambda: self._doc.get(obj, key))
        return MISSING if got is None else self._node(got, path)

    def keys(self, obj: bytes, path: str) -> list[str]:
        return self._guard(path, lambda: self._doc.keys(obj))

    def length(self, obj: bytes, path: str) -> int:
        return self._guard(path, lambda: self._doc.length(obj))

    def items(self, obj: bytes, path: str) -> list[tuple[str, Node | UnreadableError]]:
        """A map's entries in key order; a value that cannot be read is its UnreadableError."""
        keys = self.keys(obj, path)
        try:
            values = self._guard(path, lambda: self._doc.values(obj))
        except UnreadableError:
            values = None  # one bad value spoils the batch: read the keys one by one
        if values is not None and len(values) == len(keys):
            return [(k, self._node_or_error(v, f"{path}/{k}")) for k, v in zip(keys, values, strict=True)]
        return [(k, self._get_or_error(obj, k, f"{path}/{k}")) for k in keys]

    def elements(self, obj: bytes, path: str) -> list[Node | UnreadableError]:
        """A list's elements in order; an element that cannot be read is its UnreadableError."""
        try:
            values = self._guard(path, lambda: self._doc.values(obj))
        except UnreadableError:
            return [self._get_or_error(obj, i, f"{path}/{i}") for i in range(self.length(obj, path))]
        return [self._node_or_error(v, f"{path}/{i}") for i, v in enumerate(values)]

    def _get_or_error(self, obj: bytes, key: str | int, path: str) -> Node | UnreadableError:
        try:
            got = self.get(obj, key, path)
        except UnreadableError as exc:
            return exc
        return UnreadableError(path, "vanished while being read") if isinstance(got, Missing) else got

    def materialise(self, node: Node | UnreadableError, path: str, depth: int = 0) -> Plain:
        """The plain Python value of a subtree, or UnreadableError for its first unreadable part."""
        if isinstance(node, UnreadableError):
            raise node
        if not isinstance(node, Obj):
            return node
        if depth > MAX_DEPTH:
            raise UnreadableError(path, "is nested too deeply")
        if node.kind == "map":
            return self.plain_map(node.id, path, depth)
        if node.kind == "list":
            return [
                self.materialise(v, f"{path}/{i}", depth + 1)
                for i, v in enumerate(self.elements(node.id, path))
            ]
        if node.kind == "text":
            return self.text(node.id, path)
        raise UnreadableError(path, "is an object of an unknown kind")  # pragma: no cover - binding contract

    def text(self, obj: bytes, path: str) -> str:
        """A Text object's characters. UnreadableError if it holds a block marker or another element that is not
        a character (the binding shows each as U+FFFC, so only then are the elements looked at)."""
        value = self._guard(path, lambda: self._doc.text(obj))
        if type(value) is not str:
            raise UnreadableError(path, "has an unexpected shape")  # pragma: no cover - binding contract
        if _NOT_A_CHARACTER in value:
            for element, _ in self._guard(path, lambda: self._doc.values(obj)):
                if type(element) is not tuple or _code(element[0]) != _STR:
                    raise UnreadableError(
                        path, "is rich text (it holds a block or an element that is not a character)"
                    )
        return value

    def as_text(self, node: Node | Missing | UnreadableError, path: str) -> str | None:
        """The text a node holds — a Str, or a Text object's characters — or None if it holds none."""
        if isinstance(node, str):
            return node
        if isinstance(node, Obj) and node.kind == "text":
            try:
                return self.text(node.id, path)
            except UnreadableError:
                return None
        return None

    def plain_map(self, obj: bytes, path: str, depth: int = 0) -> dict[str, Plain]:
        """A map as plain Python, read with one keys() and one values() call when nothing is amiss."""
        try:
            keys = self._doc.keys(obj)
            values = self._doc.values(obj)
        except BaseException as exc:
            if not is_panic(exc) and not isinstance(exc, Exception):
                raise
            values = None
        if values is None or len(keys) != len(values):  # the slow path names the bad value
            return {k: self.materialise(v, f"{path}/{k}", depth + 1) for k, v in self.items(obj, path)}
        out: dict[str, Plain] = {}
        for key, (value, oid) in zip(keys, values, strict=True):
            if type(value) is tuple:
                kind, scalar = value
                if type(scalar) is str and _code(kind) == _STR:
                    out[key] = scalar
                else:
                    out[key] = scalar_value(kind, scalar, f"{path}/{key}")
            else:
                out[key] = self.materialise(self._node((value, oid), path), f"{path}/{key}", depth + 1)
        return out
