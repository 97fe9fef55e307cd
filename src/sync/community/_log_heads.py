"""The membership-log heads a change names: what the log was for its author, carried inside the change.

Every change this package writes on a guarded copy sets the root key `log_heads` to the heads of the space's
membership log as its device held them (`heads_text`): 64 lowercase hex characters per entry hash, sorted,
nothing between.
The value is an operation of the change, so the change's hash, and with it every proof that vouches for the
change, covers it. (The binding offers no commit message, the other place a change could carry it.) What the
root key holds afterwards means nothing: concurrent writes conflict there and no reader looks at it.

A change's heads must include, or come after, every heads its dependencies stand on (`HeadsBook.floor`): who
has seen a change written after a role change cannot go on naming the log from before it. A change that names
no heads stands on exactly that floor: a JavaScript peer's change, and most of ours — Automerge writes no
operation for a put of the value the key already shows, so while a device's log has not moved since the value
it last saw, its changes name nothing; every head an accepted change names is in the writer's log, so the floor
is then that log. The gate judges role-dependent rules against
the log replayed to those heads, so the verdict is the same on every peer whatever its own log holds by then.
"""

from __future__ import annotations

from collections.abc import Iterable

from ._codec import LOG_HEADS
from ._ops import Action, DecodedChange
from ._rules import RuleError
from .authority import HASH_SIZE

MAX_LOG_HEADS = 64  # heads one change may name; a log's heads are its concurrent latest entries: a handful


def heads_text(heads: Iterable[bytes]) -> str:
    return "".join(sorted(h.hex() for h in heads))


def parse_heads(text: str) -> tuple[bytes, ...]:
    """The hashes in a `log_heads` value; RuleError for anything `heads_text` would not write."""
    size = 2 * HASH_SIZE
    if not text or len(text) % size or len(text) > size * MAX_LOG_HEADS:
        raise RuleError(f"names its membership-log heads as text of a wrong length ({len(text)} characters)")
    parts = [text[i : i + size] for i in range(0, len(text), size)]
    if parts != sorted(set(parts)) or any(p.strip("0123456789abcdef") for p in parts):
        raise RuleError("names its membership-log heads in a form that is not sorted lowercase hex")
    return tuple(bytes.fromhex(p) for p in parts)


def named_heads(change: DecodedChange) -> tuple[bytes, ...] | None:
    """The heads *change* names (None: it names none); RuleError if it names them twice or unreadably."""
    found: tuple[bytes, ...] | None = None
    for op in change.ops:
        if op.obj is not None or op.key != LOG_HEADS:
            continue
        if found is not None or op.action is not Action.SET or not isinstance(op.value.value, str):
            raise RuleError("names its membership-log heads more than once, or not as text")
        found = parse_heads(op.value.value)
    return found


class HeadsBook:
    """The log heads each change of a document stands on: those it names, or else its dependencies' together."""

    def __init__(self) -> None:
        self._of: dict[bytes, frozenset[bytes]] = {}
        self._shared: dict[frozenset[bytes], frozenset[bytes]] = {}  # one copy of each head set

    def floor(self, deps: Iterable[bytes]) -> frozenset[bytes]:
        """Every log head the changes *deps* stand on: the least a change built on them may name."""
        out: frozenset[bytes] = frozenset()
        for dep in deps:
            out |= self._of.get(dep, frozenset())
        return out

    def learn(self, change: DecodedChange, heads: Iterable[bytes] | None) -> None:
        """Note what *change* stands on: *heads*, or (None) what its dependencies stand on."""
        standing = self.floor(change.deps) if heads is None else frozenset(heads)
        self._of[change.hash] = self._shared.setdefault(standing, standing)

    def learn_applied(self, change: DecodedChange) -> None:
        """A change already in the document (ours, or one judged before): read what it names, leniently."""
        try:
            heads = named_heads(change)
        except RuleError:
            heads = None
        self.learn(change, heads)


__all__ = ["LOG_HEADS", "HeadsBook", "heads_text", "named_heads", "parse_heads"]
