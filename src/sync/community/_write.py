"""Planning writes: a new record is written whole; an existing one only where it differs; registers.

Everything that reads the document happens here, before the transaction opens; the plan is a list of small
operations that the transaction then runs. Writing only what changed keeps concurrent edits of different
fields of one record from overwriting each other.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable

from ._automerge import MISSING, Missing, Node, Obj, Plain, Reader, UnreadableError, Writer, same
from ._checks import utc_text as iso
from ._codec import KEYED, REGISTERS, resolve_register
from .errors import InvalidValueError

Op = Callable[[Writer], None]


def new_write_id() -> str:
    return secrets.token_hex(8)


def register_entry(value: Plain, by: str, replaces: list[str]) -> dict[str, Plain]:
    at = iso(dt.datetime.now(dt.UTC))
    return {"value": value, "by": by, "at": at, "replaces": list[Plain](sorted(replaces))}


def new_register(value: Plain, by: str) -> dict[str, Plain]:
    return {new_write_id(): register_entry(value, by, [])}


def write_new(w: Writer, parent: bytes, key: str, coll: str, fields: dict[str, Plain], by: str) -> None:
    record = w.put_map(parent, key)
    registers = REGISTERS.get(coll, ())
    for name, value in fields.items():
        w.put(record, name, new_register(value, by) if name in registers else value)


def put_op(obj: bytes, key: str, value: Plain) -> Op:
    return lambda w: w.put(obj, key, value)


def get(reader: Reader, obj: bytes, key: str, path: str) -> Node | Missing | UnreadableError:
    try:
        return reader.get(obj, key, path)
    except UnreadableError as exc:
        return exc


def items(reader: Reader, obj: bytes, path: str) -> dict[str, Node | UnreadableError]:
    try:
        return dict(reader.items(obj, path))
    except UnreadableError:
        return {}  # nothing readable: every field counts as changed and is written again


def unchanged(reader: Reader, old: Node | Missing | UnreadableError, value: Plain, path: str) -> bool:
    if isinstance(old, (Missing, UnreadableError)):
        return False
    try:
        return same(reader.materialise(old, path), value)
    except UnreadableError:
        return False


def is_map(node: Node | Missing | UnreadableError) -> bool:
    return isinstance(node, Obj) and node.kind == "map"


def register_op(
    reader: Reader, parent: bytes, name: str, value: Plain, by: str, path: str, *, force: bool
) -> Op | None:
    """The write that makes *value* the register's one current value, replacing (and deleting) every write
    there is. Without *force*, None when *value* is already the shown value (a conflict is then kept)."""
    old = get(reader, parent, name, path)
    if isinstance(old, Obj) and old.kind == "map":
        try:
            keys = reader.keys(old.id, path)
        except UnreadableError:
            keys = None
        if keys is not None:
            if not force:
                try:
                    if same(resolve_register(reader.materialise(old, path), path), value):
                        return None
                except (UnreadableError, InvalidValueError):
                    pass
            entry = register_entry(value, by, keys)
            write_id = new_write_id()
            register = old.id

            def replace(w: Writer) -> None:
                w.put(register, write_id, entry)
                for key in keys:
                    w.delete(register, key)

            return replace
    return put_op(parent, name, new_register(value, by))


def upsert_ops(
    reader: Reader, parent: bytes, coll: str, key: str, fields: dict[str, Plain], by: str
) -> list[Op]:
    path = f"{coll}/{key}"
    node = get(reader, parent, key, path)
    if not isinstance(node, Obj) or node.kind != "map":
        return [lambda w: write_new(w, parent, key, coll, fields, by)]
    state = items(reader, node.id, path)
    ops: list[Op] = []
    for name, value in fields.items():
        old = state.get(name, MISSING)
        where = f"{path}/{name}"
        if name in REGISTERS.get(coll, ()):
            op = register_op(reader, node.id, name, value, by, where, force=False)
            if op is not None:
                ops.append(op)
        elif name in KEYED.get(coll, ()) and isinstance(value, dict) and isinstance(old, Obj) and is_map(old):
            # entries are added or changed one by one and never removed by an update
            entries = items(reader, old.id, where)
            for sub, item in value.items():
                if not unchanged(reader, entries.get(sub, MISSING), item, f"{where}/{sub}"):
                    ops.append(put_op(old.id, sub, item))
        elif not unchanged(reader, old, value, where):
            ops.append(put_op(node.id, name, value))
    return ops
