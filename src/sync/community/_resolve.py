"""Settling a conflict: keep one of a register's current writes as its one value, and check that this device's
member may write it, by the same rules a peer checks on receipt, before anything is written.

A conflict is named by its path ("proposals/<id>/amount_minor", "credit_limits/<member>") and the choice by
the id of the write to keep, so a choice made on a screen that has since gone stale (someone settled it, or
wrote again) is refused instead of writing a value nobody chose.
"""

from __future__ import annotations

from ._automerge import Obj, Plain, Reader
from ._codec import REGISTERS, Conflict
from ._intake import Guard
from ._ops import decode_change
from ._rules import ObjectIndex, RuleError, check_change
from ._write import Op, get, register_op
from .errors import NotAllowedError, StaleChoiceError

__all__ = ["check_own", "chosen_write", "plan_resolution", "register_place"]


def chosen_write(conflicts: list[Conflict], path: str, write_id: str) -> None:
    """Raise StaleChoiceError unless *path* is in conflict now and *write_id* is one of its current writes."""
    conflict = next((c for c in conflicts if c.path == path), None)
    if conflict is None:
        raise StaleChoiceError(path, "is no longer in conflict: it was settled already")
    if all(w.write_id != write_id for w in conflict.writes):
        raise StaleChoiceError(path, "the value chosen is no longer one of the values to choose from")


def register_place(path: str) -> tuple[str, str, str]:
    """(collection, record key, field) of a register's path; the field is "" for a credit limit (the record
    is the register). Raises StaleChoiceError for a path that names no register."""
    parts = path.split("/")
    if len(parts) == 2 and parts[0] == "credit_limits" and parts[1]:
        return parts[0], parts[1], ""
    if len(parts) == 3 and parts[2] in REGISTERS.get(parts[0], ()) and parts[1]:
        return parts[0], parts[1], parts[2]
    raise StaleChoiceError(path, "names no field that can be in conflict")


def plan_resolution(
    reader: Reader, collection: bytes, path: str, write_id: str, by: str
) -> tuple[Op, tuple[str, str]]:
    """The write that keeps *write_id*'s value as the register's one value (replacing every current write),
    and the record it touches. *collection* is the object of the register's collection."""
    coll, key, field = register_place(path)
    if field:
        record = get(reader, collection, key, f"{coll}/{key}")
        if not isinstance(record, Obj) or record.kind != "map":
            raise StaleChoiceError(path, "the record it belongs to is not in this document")
        parent, name = record.id, field
    else:
        parent, name = collection, key
    register = get(reader, parent, name, path)
    if not isinstance(register, Obj) or register.kind != "map":
        raise StaleChoiceError(path, "is no longer in conflict: it was settled already")
    raw = reader.materialise(register, path)
    entry = raw.get(write_id) if isinstance(raw, dict) else None
    if not isinstance(entry, dict) or "value" not in entry:
        raise StaleChoiceError(path, "the value chosen is no longer one of the values to choose from")
    value: Plain = entry["value"]
    op = register_op(reader, parent, name, value, by, path, force=True)
    assert op is not None  # forced
    return op, (coll, key)


def check_own(guard: Guard | None, actor: bytes, changes: list[bytes]) -> None:
    """Raise NotAllowedError if a peer would refuse *changes* (a trial of a write this device, writing as
    *actor*, means to make; not in the document) under the write rules. An unguarded document checks nothing."""
    if guard is None:
        return
    writer = guard.gate.writers.of_actor(actor)
    if writer is None:
        raise NotAllowedError(
            "This device is not registered as a writer of this community yet; try again after it has synced."
        )
    index = ObjectIndex()
    index.paths = dict(guard.index().paths)  # a copy: a trial change's objects must not stay in the index
    context = guard.context()
    for data in changes:
        try:
            check_change(decode_change(data), writer, index, context)
        except RuleError as exc:
            raise NotAllowedError(f"The community's rules do not allow this: {exc}.") from None
