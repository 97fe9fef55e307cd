"""Fuzz `CommunityDocument.load(bytes)` followed by `view()` and `conflicts()`.

The contract under test: whatever the bytes, only CommunityError (CorruptDocumentError and friends) comes
out of load, and view()/conflicts() of anything that loads never raises. Any other exception — above all the
binding's PanicException, a BaseException — is a finding.

Inputs are valid saves of small communities, mutated: bit flips, byte sets, truncation, splices (insert,
delete, duplicate a range), cross-overs of two saves, concatenations with a peer's changes, and random
bytes. Automerge chunks carry a SHA-256 checksum, so half of the mutants get their first chunk's checksum
recomputed to reach the parser beyond it.

    python fuzz/fuzz_community_load.py --runs 1000000 [--seed 1]   # seeded mutation loop (no extra packages)
    python fuzz/fuzz_community_load.py --atheris -runs=1000000      # coverage-guided, if atheris is installed

With --atheris, libFuzzer drives the same mutators (as a custom mutator) and keeps the inputs that reach new
Python code; the Rust parser inside the binding is not instrumented, so its coverage cannot guide it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import sys
from collections import Counter
from collections.abc import Callable
from typing import Any

try:
    import _driver  # run as a script: this folder is on sys.path
except ModuleNotFoundError:  # imported by a test, with the repository root on sys.path
    from fuzz import _driver

UTC = dt.UTC
T = dt.datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
MAGIC = b"\x85\x6f\x4a\x83"
STRUCTURED_SHARE = 0.03  # share of mutants made by raw Automerge edits (slower) rather than byte mutations
MAX_CORPUS = 300


def seeds() -> list[bytes]:
    """Saves of a few small communities, and one with a peer's changes appended."""
    from sync.community.document import CommunityDocument
    from sync.community.model import (
        Asset,
        AssetKind,
        Choice,
        EntryKind,
        Location,
        Member,
        NeedOrOffer,
        Project,
        Proposal,
        Role,
        Side,
    )
    from sync.community.signed import LedgerEntry, Vote

    doc = CommunityDocument.create("Fuzz Street", actor_id=b"\x01" * 16)
    doc.add_member(Member("alice", "Alice", Role.ADMIN, ("ab" * 32,), T))
    doc.add_member(Member("bob", "Bob", Role.MEMBER, (), T))
    empty = doc.save()
    doc.add_asset(Asset("a1", AssetKind.BUILT, "Hall", "alice", location=Location(51.5, -0.1), created_at=T))
    doc.rate_asset("a1", "bob", 4)
    doc.add_need_or_offer(NeedOrOffer("n1", Side.NEED, "food", "north", "Meals", "bob", created_at=T))
    doc.add_project(
        Project(
            "p1",
            "Kitchen",
            "Meals",
            "alice",
            "meals",
            "meals",
            100,
            500,
            "EUR",
            10,
            5,
            T.date(),
            created_at=T,
        )
    )
    doc.add_proposal(Proposal("q1", "Oven", "Broken", "bob", 4500, "EUR", T, 1, 50, created_at=T))
    doc.set_credit_limit("bob", 600)
    doc.append_entry(LedgerEntry("l1", EntryKind.PURSE_DEPOSIT, "bob", "ab" * 32, 100, "EUR", T))
    doc.cast_vote(Vote("v1", "q1", "bob", "ab" * 32, Choice.YES, T))
    full = doc.save()
    peer = doc.fork(b"\x02" * 16)
    peer.set_role("bob", Role.ADMIN, by="alice")
    doc.set_role("bob", Role.MEMBER, by="alice")
    doc.merge(peer)
    return [
        empty,
        full,
        doc.save(),
        full + b"".join(peer.changes_since(CommunityDocument.load(full).heads())),
    ]


def fix_checksum(data: bytearray) -> None:
    """Recompute the first chunk's checksum when its header is still readable."""
    if len(data) < 10 or data[:4] != MAGIC:
        return
    length, pos, shift = 0, 9, 0
    while pos < len(data) and shift < 64:
        byte = data[pos]
        length |= (byte & 0x7F) << shift
        pos += 1
        shift += 7
        if not byte & 0x80:
            break
    end = pos + length
    if data[8] in (0, 1) and end <= len(data):
        data[4:8] = hashlib.sha256(bytes(data[8:end])).digest()[:4]


def mutate(data: bytes, rng: random.Random, corpus: list[bytes], max_size: int = 1 << 13) -> bytes:
    """Byte-level edits (random inputs half the time after the Automerge magic), and half of the mutants get
    their first chunk's checksum recomputed to reach the parser beyond it."""
    out = bytearray(_driver.mutate_bytes(data, rng, corpus, max_size, prefix=MAGIC))
    if rng.random() < 0.5:
        fix_checksum(out)
    return bytes(out[:max_size])


def _objects(raw: Any) -> list[tuple[bytes, bool]]:
    """(object id, is a list) of every map and list in a small document."""
    from automerge import core

    found: list[tuple[bytes, bool]] = []
    stack = [core.ROOT]
    while stack and len(found) < 500:
        obj = stack.pop()
        is_list = raw.object_type(obj) == core.ObjType.List
        found.append((obj, is_list))
        for value, child in raw.values(obj):
            if value in (core.ObjType.Map, core.ObjType.List):
                stack.append(child)
    return found


def _forge(change: bytearray, meta_from: int, meta_to: int) -> bytes:
    """Rewrite the one value-metadata byte of a one-op change (a literal run: 0x7f, meta) and its checksum."""
    at = change.find(bytes([0x7F, meta_from]))
    if at >= 0:
        change[at + 1] = meta_to
        change[4:8] = hashlib.sha256(bytes(change[8:])).digest()[:4]
    return bytes(change)


def structured_mutate(data: bytes, rng: random.Random) -> bytes:
    """One raw Automerge edit of a valid document, as another implementation or a hostile peer could make:
    odd scalar kinds, wrong types, huge or non-finite values, deleted fields, new objects, forged counters,
    unknown scalars and out-of-range timestamps."""
    from automerge import core

    raw = core.Document.load(data)
    obj, is_list = rng.choice(_objects(raw))
    keys: list[Any] = list(range(raw.length(obj))) if is_list else raw.keys(obj)
    key: Any = rng.choice(keys) if keys and rng.random() < 0.8 else rng.choice(("id", "x", "title", "value"))
    if is_list and not isinstance(key, int):
        key = len(keys)
    before = raw.get_heads()
    kinds = core.ScalarType
    choice = rng.randrange(14)
    with raw.transaction() as tx:
        put = tx.insert if is_list and key == len(keys) else tx.put
        if choice == 0:
            put(
                obj,
                key,
                kinds.Str,
                rng.choice(("", "x" * rng.randint(1, 2000), "2026-13-45T99:00:00Z", "admin")),
            )
        elif choice == 1:
            put(obj, key, kinds.Int, rng.choice((-1, 0, 6, 2**53, -(2**63), 2**63 - 1)))
        elif choice == 2:
            put(obj, key, kinds.F64, rng.choice((float("nan"), float("inf"), -0.0, 1e308)))
        elif choice == 3:
            put(obj, key, kinds.Boolean, rng.random() < 0.5)
        elif choice == 4:
            put(obj, key, kinds.Null, None)
        elif choice == 5:
            put(obj, key, kinds.Timestamp, dt.datetime(rng.choice((1, 1970, 9999)), 1, 1))
        elif choice == 6:
            put(obj, key, kinds.Bytes, rng.randbytes(8))
        elif choice == 7:
            put(obj, key, kinds.Uint, rng.choice((0, 2**64 - 1)))
        elif choice == 8 and not is_list:
            tx.put_object(obj, key, rng.choice((core.ObjType.Map, core.ObjType.List, core.ObjType.Text)))
        elif choice == 9 and keys and not (is_list and key == len(keys)):
            tx.delete(obj, key)
        elif choice >= 10:  # forged below: Int 300 (meta 0x24) or Int 2**62 (meta 0x94)
            put(obj, key, kinds.Int, 300 if choice < 13 else 2**62)
    changes = raw.get_changes(before)
    if choice < 10 or not changes:
        return bytes(raw.save())
    meta = 0x24 if choice < 13 else 0x94
    to = {10: 0x28, 11: 0x2A, 12: 0x2F, 13: 0x99}[choice]  # counter, unknown kinds, timestamp 2**62 ms
    return data + _forge(bytearray(changes[0].raw_bytes), meta, to)


def check(data: bytes) -> str:
    """ "refused", "loaded" or "problems"; raises only if the contract is broken (not a CommunityError)."""
    from sync.community.document import CommunityDocument
    from sync.community.errors import CommunityError

    try:
        doc = CommunityDocument.load(data)
    except CommunityError:
        return "refused"
    view = doc.view()
    doc.conflicts()
    return "problems" if view.problems else "loaded"


def _make(rng: random.Random, corpus: list[bytes]) -> bytes:
    if rng.random() < STRUCTURED_SHARE:
        return structured_mutate(rng.choice(corpus), rng)
    return mutate(rng.choice(corpus), rng, corpus)


def run_loop(
    runs: int, seed: int, report: Callable[[str], None] | None = print
) -> tuple[Counter[str], list[tuple[bytes, str]]]:
    """(how many inputs were refused / loaded / loaded with problems, findings): a finding is any exception
    that is not a CommunityError, with its input."""
    corpus = seeds()

    def keep(data: bytes, outcome: str) -> bool:
        # byte mutations of documents with bad records reach further
        return outcome == "problems" and len(corpus) < MAX_CORPUS and len(data) < 4096

    return _driver.run_loop(runs, seed, corpus=corpus, make=_make, check=check, keep=keep, report=report)


def run_atheris(argv: list[str]) -> None:
    def mutator(libfuzzer: Callable[[bytes, int], bytes]) -> _driver.Mutator:
        corpus = seeds()

        def custom_mutator(data: bytes, max_size: int, seed: int) -> bytes:
            rng = random.Random(seed)
            if not data or rng.random() < 0.3:
                data = rng.choice(corpus)
            roll = rng.random()
            if roll < 0.1:
                try:
                    return structured_mutate(rng.choice(corpus), rng)[:max_size]
                except Exception:
                    return libfuzzer(data, max_size)
            if roll < 0.55:
                return libfuzzer(data, max_size)
            return mutate(data, rng, corpus, max_size)

        return custom_mutator

    _driver.run_atheris(
        argv, modules=("sync.community", "sync.community.document"), mutator=mutator, check=check
    )


if __name__ == "__main__":
    sys.exit(_driver.main(__doc__, loop=run_loop, atheris=run_atheris, check=check))
